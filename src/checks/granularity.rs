//! granularity: a percent of a small group that no whole count can give
//! (the GRIM test).
//!
//! "7 người được hỏi, 50% đồng ý" cannot be: 3/7 = 42,9%, 4/7 = 57,1%.
//! The group must be introduced as the people asked ("được hỏi", "of the
//! 20 respondents") in the same sentence as the share.

use super::claims;
use super::numbers::{agrees, format, plain};
use super::words::{concat, fill, messages};
use super::{Check, Context, Rule, Status};
use crate::figures::{Kind, Quantity};

pub struct Granularity;

/// Beyond this many people rounding hides everything; GRIM says nothing.
const MAX_GROUP: f64 = 200.0;

impl Rule for Granularity {
    fn name(&self) -> &'static str {
        "granularity"
    }

    #[inline(never)]
    fn check(&self, cx: &Context, out: &mut Vec<Check>) {
        let lang = cx.doc.lang;
        let m = messages(lang);
        let mut around = String::new();
        for s in &cx.sentences {
            // Only a number before one of the sentence's percents can be
            // the group a percent is judged against.
            let Some(last_percent) = s.figures.clone().rev().find(|&p| matches!(cx.fig(p).quantity, Quantity::Percent { .. })) else { continue };
            let mut by_cue = false;
            // The group is the first count the sentence introduces as the
            // people asked: when that one is too large for the test ("Of
            // 500 people surveyed, 130 (26%)…"), a later, smaller count is
            // a part of it, not a group of its own.
            let Some(n) = (s.figures.start..last_percent).find(|&j| {
                if cx.fig(j).kind() != Kind::Number {
                    return false;
                }
                // A group of people asked is what the sentence's shares are
                // of; a whole that is merely named ("Of the 7 members")
                // reaches only to the end of its clause.
                by_cue = !asked(cx, s, j, &mut around);
                !by_cue || cx.ends_before(&cx.cues.whole_first, j, s.span.start)
            }) else {
                continue;
            };
            let f = cx.fig(n);
            if !(f.value().is_some_and(|v| v >= 1.0 && v <= MAX_GROUP && v.fract() == 0.0) && !f.approximate) {
                continue;
            }
            let Some(size) = cx.fig(n).value() else { continue };
            for p in s.figures.clone() {
                let Quantity::Percent { value, decimals } = cx.fig(p).quantity else { continue };
                if p < n || cx.fig(p).approximate || cx.direction_since(p, s, cx.fig(n).span.end).is_some() || !(0.0..=100.0).contains(&value) {
                    continue;
                }
                // "…; 45% of cases were children": a share of another whole.
                if (by_cue && cx.between(n, p).contains(';')) || names_other_whole(&cx.after(p, s.span.end)) {
                    continue;
                }
                // "4 of them (57%)": the percent is that count's share, which
                // ratio-percent checks.
                if p > n + 1 && cx.fig(p - 1).kind() == Kind::Number && matches!(cx.between(p - 1, p).trim(), "(" | "," | "") {
                    continue;
                }
                let total = size as u32;
                let best = (0..=total)
                    .min_by(|&a, &b| {
                        let da = (a as f64 / size * 100.0 - value).abs();
                        let db = (b as f64 / size * 100.0 - value).abs();
                        da.total_cmp(&db)
                    })
                    .unwrap_or(0);
                let q = best as f64 / size * 100.0;
                let ok = agrees(q, value, decimals, false);
                let args = [
                    ("n", plain(size, lang)),
                    ("p", concat(&[&format(value, decimals, lang), "%"])),
                    ("k", best.to_string()),
                    ("q", concat(&[&format(q, decimals + 1, lang), "%"])),
                ];
                let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                out.push(Check {
                    rule: self.name(),
                    status: if ok { Status::Consistent } else { Status::Inconsistent },
                    figures: vec![n, p],
                    expected: Some(super::ratio_percent::round_to(q, decimals + 1)),
                    stated: Some(value),
                    message: fill(if ok { m.grim_ok } else { m.grim }, &args),
                });
            }
        }
    }
}

/// Is the number `j` introduced as the people asked ("được hỏi",
/// "respondents"), in the 160 characters around it? `buf` is reused.
fn asked(cx: &Context, s: &claims::Sentence, j: usize, buf: &mut String) -> bool {
    use std::fmt::Write;
    buf.clear();
    let _ = write!(buf, "{} {}", cx.before(j, s.span.start), cx.after(j, s.span.end));
    if buf.len() > 160 {
        if let Some((cut, _)) = buf.char_indices().nth(160) {
            buf.truncate(cut);
        }
    }
    cx.cues.respondents.any(buf)
}

/// Does the text after a percent name a whole of its own ("45% of cases",
/// "45% số ca") rather than the group ("50% of them", "50% trong số đó")?
fn names_other_whole(after: &str) -> bool {
    let rest = after.trim_start();
    let Some(whole) = rest.strip_prefix("of ").or_else(|| rest.strip_prefix("của ")).or_else(|| rest.strip_prefix("số ")) else {
        return false;
    };
    !["them", "those", "these", "the group", "họ", "đó", "này"].iter().any(|w| whole.starts_with(w))
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::verdicts;

    #[test]
    fn examples() {
        assert_eq!(verdicts("Trong 7 người được hỏi, 50% đồng ý.", "granularity"), ["inconsistent"]);
        assert_eq!(verdicts("Trong 8 người được hỏi, 50% đồng ý.", "granularity"), ["consistent"]);
        assert_eq!(verdicts("Of the 20 respondents, 35% said yes.", "granularity"), ["consistent"]);
        assert_eq!(verdicts("Of the 20 respondents, 33% said yes.", "granularity"), ["inconsistent"]);
        // A part with its share is no group: the group is the 500 asked,
        // too many for the test.
        assert!(verdicts("Of 500 people surveyed, 320 (64%) agreed, 130 (26%) did not and 50 (10%) gave no answer.", "granularity").is_empty());
        assert!(verdicts("Trong 500 người được hỏi, 130 người (26%) không đồng ý.", "granularity").is_empty());
        // A group introduced as the whole, whoever they are.
        assert_eq!(verdicts("Of the 7 board members, 50% voted yes.", "granularity"), ["inconsistent"]);
        assert_eq!(verdicts("Trong số 9 ca mắc, 33% là trẻ em.", "granularity"), ["consistent"]);
        // A share of another whole is not a share of the group.
        assert_eq!(verdicts("Of the 7 clinics, all reported cases and 50% of cases were children.", "granularity"), Vec::<&str>::new());
    }
}
