//! sum-total: the parts the text lists against the total it states.
//!
//! "gồm 12 nam và 15 nữ, tổng cộng 27 người". The parts are the amounts
//! listed right before the total in the same sentence, joined by commas
//! and "và"/"and", none of them introduced as a whole ("trong số 40").
//! "tiếp nhận 01 chi bộ, giải thể 02 chi bộ, hiện còn 23" has no earlier
//! count to start from: unverifiable.

use super::claims::{self, is_amount, Sentence};
use super::numbers::scaled as plain;
use super::words::{concat, messages};
use super::{Check, Context, Rule, Status};
use crate::figures::Kind;

pub struct SumTotal;

/// More listed parts than this before one total is a table or a list of
/// figures, not a sum the text states; stopping there also keeps a
/// sentence of thousands of "total" figures from costing all pairs.
const MAX_PARTS: usize = 64;

impl Rule for SumTotal {
    fn name(&self) -> &'static str {
        "sum-total"
    }

    #[inline(never)]
    fn check(&self, cx: &Context, out: &mut Vec<Check>) {
        for s in &cx.sentences {
            self.total(cx, s, out);
            if !self.whole_then_parts(cx, s, out) {
                self.remaining(cx, s, out);
            }
        }
    }
}

impl SumTotal {
    fn total(&self, cx: &Context, s: &Sentence, out: &mut Vec<Check>) {
        for t in s.figures.clone() {
            if !is_amount(cx.fig(t)) || listed_before(cx, s, t) < 2 {
                continue;
            }
            let after = cx.after(t, s.span.end);
            let tail = claims::first_clause(&after);
            let marked = cx.ends_before(&cx.cues.total_end, t, s.span.start) || cx.cues.total_after.any(tail);
            if !marked {
                continue;
            }
            // Walk back over the listed parts.
            let mut parts = Vec::new();
            let mut j = t;
            while j > s.figures.start {
                let k = j - 1;
                let f = cx.fig(k);
                if f.kind() == Kind::Date || f.kind() == Kind::Time || f.kind() == Kind::Identifier || f.kind() == Kind::Ordinal {
                    j = k;
                    continue;
                }
                if !is_amount(f) || f.approximate {
                    break;
                }
                let gap = cx.between(k, j);
                if gap.len() > 2 * claims::WINDOW || gap.contains([';', '(', ':']) {
                    break;
                }
                if cx.ends_before(&cx.cues.whole, k, s.span.start) {
                    break; // "trong số 40 tổ chức": the whole, not a part
                }
                parts.push(k);
                j = k;
                if parts.len() > MAX_PARTS {
                    break;
                }
            }
            if parts.len() < 2 || parts.len() > MAX_PARTS {
                continue;
            }
            parts.reverse();
            let (Some(total), Some(sum)) = (cx.fig(t).value(), parts.iter().map(|&p| cx.fig(p).value()).sum::<Option<f64>>()) else {
                continue;
            };
            out.push(self.verdict(cx, &parts, t, sum, total));
        }
    }

    /// "Of the 1,450 people surveyed, 870 backed the plan, 435 opposed it
    /// and the remaining 145 were undecided": a whole first, then parts
    /// that the text presents as all of it (the last one is "the
    /// remaining", "còn lại", "undecided", "không ý kiến"). A list without
    /// such a word may name only some parts and is not checked.
    fn whole_then_parts(&self, cx: &Context, s: &Sentence, out: &mut Vec<Check>) -> bool {
        // A whole and two parts are three amounts.
        if s.figures.clone().filter(|&j| is_amount(cx.fig(j))).nth(2).is_none() {
            return false;
        }
        let Some(whole) = s.figures.clone().find(|&j| is_amount(cx.fig(j)) && cx.ends_before(&cx.cues.whole_first, j, s.span.start))
        else {
            return false;
        };
        let mut parts = Vec::new();
        for k in whole + 1..s.figures.end {
            let f = cx.fig(k);
            if cx.between(whole, k).contains(';') {
                break;
            }
            match f.kind() {
                Kind::Percent | Kind::Date | Kind::Time | Kind::Ordinal | Kind::Identifier => continue,
                _ if is_amount(f) && !f.approximate => parts.push(k),
                _ => return false,
            }
        }
        let Some(&last) = parts.last() else { return false };
        if parts.len() < 2 {
            return false;
        }
        // What sits between the last two parts: "… and the remaining 145",
        // "… and the rest, 60, …".
        let between = cx.between(parts[parts.len() - 2], last);
        let clause_before: &str = &between;
        let after = cx.after(last, s.span.end);
        let clause_after = claims::first_clause(&after);
        let complete = cx.cues.remaining_complete.any_of_both(clause_before) || cx.cues.remaining_complete.any_of_both(clause_after);
        if !complete {
            return false;
        }
        let (Some(total), Some(sum)) = (cx.fig(whole).value(), parts.iter().map(|&p| cx.fig(p).value()).sum::<Option<f64>>()) else {
            return false;
        };
        if sum > total * 10.0 {
            return false; // not parts of this whole
        }
        out.push(self.verdict(cx, &parts, whole, sum, total));
        true
    }

    fn verdict(&self, cx: &Context, parts: &[usize], total_fig: usize, sum: f64, total: f64) -> Check {
        let lang = cx.doc.lang;
        let m = messages(lang);
        let ok = (sum - total).abs() < 1e-9 * total.abs().max(1.0);
        let terms: Vec<String> = parts.iter().filter_map(|&p| cx.fig(p).value()).map(|v| plain(v, lang)).collect();
        let (verb, total_s) = (if ok { " — " } else { ", " }, plain(total, lang));
        let message = concat(&[m.sum, " ", &terms.join(" + "), " = ", &plain(sum, lang), verb, if ok { m.matches } else { m.not }, " ", &total_s]);
        let mut figures = parts.to_vec();
        figures.push(total_fig);
        figures.sort_unstable();
        Check {
            rule: self.name(),
            status: if ok { Status::Consistent } else { Status::Inconsistent },
            figures,
            expected: Some(sum),
            stated: Some(total),
            message,
        }
    }

    /// "hiện còn 23" after additions and removals, with no earlier count.
    fn remaining(&self, cx: &Context, s: &Sentence, out: &mut Vec<Check>) {
        // The changes are amounts before the count.
        let mut amount_before = false;
        for t in s.figures.clone() {
            let earlier = amount_before;
            amount_before |= is_amount(cx.fig(t));
            if !earlier || !is_amount(cx.fig(t)) || !cx.ends_before(&cx.cues.remaining, t, s.span.start) {
                continue;
            }
            // Only the changes of the same clause: a long sentence lists
            // other counts before its last semicolon.
            let at = cx.fig(t).span.start;
            let clause = cx.doc.text().get(s.span.start..at).and_then(|b| b.rfind(';')).map_or(s.span.start, |p| s.span.start + p);
            let changes: Vec<usize> =
                (s.figures.start..t).filter(|&k| cx.fig(k).span.start > clause && is_amount(cx.fig(k))).collect();
            if changes.is_empty() || changes.iter().any(|&k| cx.cues.from.any(&cx.before(k, s.span.start))) {
                continue;
            }
            let mut figures = changes;
            figures.push(t);
            out.push(Check {
                rule: self.name(),
                status: Status::Unverifiable,
                figures,
                expected: None,
                stated: cx.fig(t).value(),
                message: messages(cx.doc.lang).no_previous.to_string(),
            });
        }
    }
}

/// How many figures `total` could walk back over as parts of figure `t`:
/// the run of exact amounts before it (dates and the like passed over),
/// before the words between them are read. Counts up to 2; a long run of
/// dates to pass over also answers 2 (then `total` reads the words), so
/// that no sentence costs all pairs here.
fn listed_before(cx: &Context, s: &Sentence, t: usize) -> usize {
    let mut n = 0;
    for k in (s.figures.start..t).rev().take(MAX_PARTS) {
        let f = cx.fig(k);
        if matches!(f.kind(), Kind::Date | Kind::Time | Kind::Identifier | Kind::Ordinal) {
            continue;
        }
        if !is_amount(f) || f.approximate || n >= 2 {
            break;
        }
        n += 1;
    }
    if t - s.figures.start > MAX_PARTS {
        n = 2;
    }
    n
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::verdicts;

    #[test]
    fn examples() {
        assert_eq!(verdicts("Đoàn gồm 12 nam và 15 nữ, tổng cộng 27 người.", "sum-total"), ["consistent"]);
        assert_eq!(verdicts("Đoàn gồm 12 nam và 15 nữ, tổng cộng 28 người.", "sum-total"), ["inconsistent"]);
        assert_eq!(verdicts("The team has 45 drivers and 30 mechanics, a total of 75 workers.", "sum-total"), ["consistent"]);
        assert_eq!(
            verdicts("Tiếp nhận 01 chi bộ, giải thể 02 chi bộ, hiện còn 23 tổ chức cơ sở đảng.", "sum-total"),
            ["unverifiable"]
        );
    }
}
