//! percent-change: (new − old) / old against the change the text states.
//!
//! "tăng từ 200 lên 250 tỷ đồng, tương đương tăng 25%" · "fell from 1.5
//! million to 1.2 million, down 25%" · "đạt 3.000 tỷ, tăng 25% so với
//! 2.400 tỷ". Changes between two percentages stated in points are the
//! percentage-point rule's.

use super::claims::{self, Change, Sentence};
use super::numbers::{agrees, format};
use super::ratio_percent::round_to;
use super::words::{fill_then, messages};
use super::{Check, Context, Rule, Status};
use crate::figures::{Kind, Quantity};

pub struct PercentChange;

impl Rule for PercentChange {
    fn name(&self) -> &'static str {
        "percent-change"
    }

    #[inline(never)]
    fn check(&self, cx: &Context, out: &mut Vec<Check>) {
        // The stated change is a percent, after or before the pair or
        // between them.
        for s in cx.sentences.iter().filter(|s| s.has_percent) {
            let changes = &s.changes;
            let mut used = Vec::new();
            for c in changes {
                let stated = stated_after(cx, s, c).map(|(p, dir)| (p, Some(dir))).or_else(|| stated_before(cx, s, c).map(|p| (p, None)));
                if let Some((p, dir)) = stated {
                    used.push(p);
                    if let Some(check) = self.judge(cx, s, c, p, dir) {
                        out.push(check);
                    }
                }
            }
            // "B, tăng P so với A"
            for p in s.figures.clone() {
                if used.contains(&p) || cx.fig(p).kind() != Kind::Percent {
                    continue;
                }
                if cx.direction(p, s).is_none() {
                    continue;
                }
                if let Some(c) = claims::compared(cx, s, p).or_else(|| claims::compared_before(cx, s, p)) {
                    if let Some(check) = self.judge(cx, s, &c, p, None) {
                        out.push(check);
                    }
                }
            }
        }
    }
}

/// The percent stated for a change: the next quantity after it in the
/// sentence, a percent with a direction word ("tăng 25%", "up 25%"), and
/// that word's direction (what [`PercentChange::judge`] asks again).
pub fn stated_after(cx: &Context, s: &Sentence, c: &Change) -> Option<(usize, i8)> {
    let p = (c.last() + 1..s.figures.end).find(|&j| claims::is_quantity(cx.fig(j)))?;
    if cx.fig(p).kind() != Kind::Percent || cx.between(c.last(), p).len() > 2 * claims::WINDOW {
        return None;
    }
    cx.direction_since(p, s, cx.fig(c.last()).span.end).map(|dir| (p, dir))
}

/// "The index rose 2.1% to 1,250 points from 1,224": the stated change
/// right before the pair, with its direction word.
fn stated_before(cx: &Context, s: &Sentence, c: &Change) -> Option<usize> {
    let first = c.old.min(c.new);
    let p = (s.figures.start..first).rev().find(|&j| claims::is_quantity(cx.fig(j)))?;
    if cx.fig(p).kind() != Kind::Percent || cx.between(p, first).len() > claims::WINDOW {
        return None;
    }
    cx.direction(p, s).map(|_| p)
}

impl PercentChange {
    /// `known`: `cx.direction_since(p, s, cx.fig(c.last()).span.end)` when
    /// the caller has found it already.
    fn judge(&self, cx: &Context, s: &Sentence, c: &Change, p: usize, known: Option<i8>) -> Option<Check> {
        let Quantity::Percent { value: stated, decimals } = cx.fig(p).quantity else { return None };
        let both_percent = cx.fig(c.old).kind() == Kind::Percent && cx.fig(c.new).kind() == Kind::Percent;
        // A change in percent of nothing, or of a negative ("from -2 to 3
        // billion"), is no figure a writer states.
        if c.old_value <= 0.0 || stated < 0.0 {
            return None;
        }
        let exact = (c.new_value - c.old_value) / c.old_value * 100.0;
        let approximate = cx.fig(p).approximate;
        if both_percent && agrees((c.new_value - c.old_value).abs(), stated, decimals, approximate) && !agrees(exact.abs(), stated, decimals, approximate) {
            return None; // points stated as percent: the percentage-point rule says so
        }
        let lang = cx.doc.lang;
        let m = messages(lang);
        let dir = known.or_else(|| cx.direction_since(p, s, cx.fig(c.last()).span.end)).unwrap_or(if exact >= 0.0 { 1 } else { -1 });
        let same_direction = (dir > 0) == (exact >= 0.0) || exact == 0.0;
        let ok = same_direction && agrees(exact.abs(), stated, decimals, approximate);
        let word = |up: bool| if up { m.increase } else { m.decrease };
        let shown = format(exact.abs(), decimals + 1, lang);
        let from_to = [("a", cx.text_of(c.old)), ("b", cx.text_of(c.new))];
        let note = if approximate && !agrees(exact.abs(), stated, decimals, false) {
            m.approx_note
        } else if !ok && same_direction && rounding_explains(cx, c, if exact < 0.0 { -stated } else { stated }, decimals) {
            m.rounded_note
        } else {
            ""
        };
        let stated_s = format(stated, decimals, lang);
        let message = if ok {
            fill_then(m.from_to, &from_to, &[": ", word(exact >= 0.0), " ", &shown, "% — ", m.matches, " ", &stated_s, "%", note])
        } else {
            fill_then(m.from_to, &from_to, &[": ", word(exact >= 0.0), " ", &shown, "%, ", m.not, " ", word(dir > 0), " ", &stated_s, "%", note])
        };
        Some(Check {
            rule: self.name(),
            status: if ok { Status::Consistent } else { Status::Inconsistent },
            figures: vec![c.old, c.new, p],
            expected: Some(round_to(exact, decimals + 1)),
            stated: Some(if dir < 0 { -stated } else { stated }),
            message,
        })
    }
}

/// Could unrounded values behind the two figures give the stated change
/// (`stated` signed: negative for a fall)? (n − o)/o grows with n and
/// shrinks with o, so its extremes lie at corners of the rounding intervals.
fn rounding_explains(cx: &Context, c: &Change, stated: f64, decimals: u8) -> bool {
    let (ho, hn) = (claims::rounding(cx, c.old), claims::rounding(cx, c.new));
    if (ho == 0.0 && hn == 0.0) || c.old_value - ho <= 0.0 {
        return false;
    }
    let lo = ((c.new_value - hn) / (c.old_value + ho) - 1.0) * 100.0;
    let hi = ((c.new_value + hn) / (c.old_value - ho) - 1.0) * 100.0;
    let h = super::numbers::half_width(decimals, false);
    stated + h >= lo && stated - h <= hi
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::verdicts;

    #[test]
    fn examples() {
        assert_eq!(verdicts("Doanh thu tăng từ 200 lên 250 tỷ đồng, tương đương tăng 25%.", "percent-change"), ["consistent"]);
        assert_eq!(verdicts("Doanh thu tăng từ 200 lên 250 tỷ đồng, tăng 30%.", "percent-change"), ["inconsistent"]);
        assert_eq!(verdicts("Ridership fell from 1.5 million to 1.2 million, down 25%.", "percent-change"), ["inconsistent"]);
        assert_eq!(verdicts("Ridership fell from 1.5 million to 1.2 million, down 20%.", "percent-change"), ["consistent"]);
        assert_eq!(verdicts("Doanh thu đạt 3.000 tỷ đồng, tăng 25% so với 2.400 tỷ đồng.", "percent-change"), ["consistent"]);
    }

    #[test]
    fn stated_before_the_pair() {
        assert_eq!(verdicts("The index rose 2.1% to 1,250 points from 1,224.", "percent-change"), ["consistent"]);
        assert_eq!(verdicts("The index rose 4% to 1,250 points from 1,224.", "percent-change"), ["inconsistent"]);
    }

    #[test]
    fn rounded_inputs_are_named_in_the_message() {
        let r = crate::analyze("Revenue was $5.2 billion, down 8% from $5.6 billion a year earlier.", &crate::Options::default()).expect("analyze");
        let c = r.checks.iter().find(|c| c.rule == "percent-change").expect("check");
        assert!(c.message.contains("rounded"), "{}", c.message);
        // Exact counts leave no such doubt.
        let r = crate::analyze("Doanh thu tăng từ 200 lên 250 đơn hàng, tăng 30%.", &crate::Options::default()).expect("analyze");
        let c = r.checks.iter().find(|c| c.rule == "percent-change").expect("check");
        assert!(!c.message.contains("làm tròn"), "{}", c.message);
    }
}
