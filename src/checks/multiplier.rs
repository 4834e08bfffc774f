//! multiplier: "gấp 3 lần", "doubled", "halved" against the two values.
//!
//! "từ 120 lên 360, gấp 3 lần" · "doubled from 40 to 90" · "đạt 8,5
//! triệu, gấp 1,7 lần so với 5 triệu". The multiplier is tied to a change
//! next to it in the same sentence, before or after.

use super::claims::{self, Change};
use super::numbers::{agrees, format, natural_decimals};
use super::ratio_percent::round_to;
use super::words::{fill_then, messages};
use super::{Check, Context, Rule, Status};
use crate::figures::{Kind, Quantity};

pub struct Multiplier;

impl Rule for Multiplier {
    fn name(&self) -> &'static str {
        "multiplier"
    }

    #[inline(never)]
    fn check(&self, cx: &Context, out: &mut Vec<Check>) {
        for s in &cx.sentences {
            let changes = &s.changes;
            for m in s.figures.clone() {
                let Quantity::Multiplier { value } = cx.fig(m).quantity else { continue };
                // The change right after ("doubled from 40 to 90") or right before ("từ 120 lên 360, gấp 3 lần").
                let next = (m + 1..s.figures.end).find(|&j| claims::is_quantity(cx.fig(j)));
                let prev = (s.figures.start..m).rev().find(|&j| claims::is_quantity(cx.fig(j)));
                let change = changes
                    .iter()
                    .find(|c| Some(c.old) == next && cx.between(m, c.old).len() <= claims::WINDOW)
                    .or_else(|| changes.iter().find(|c| Some(c.last()) == prev && cx.between(c.last(), m).len() <= claims::WINDOW))
                    .copied()
                    .or_else(|| claims::compared(cx, s, m));
                if let Some(c) = change {
                    // No multiple of nothing: "gấp 1,7 lần so với 0" is not
                    // checked (as percent-change skips a change from 0).
                    // Nor of a negative: "gấp đôi" from -5 says nothing.
                    if cx.fig(c.old).kind() == Kind::Percent || c.old_value <= 0.0 || c.new_value < 0.0 || !(c.new_value / c.old_value).is_finite() {
                        continue;
                    }
                    out.push(self.judge(cx, &c, m, value));
                }
            }
        }
    }
}

impl Multiplier {
    fn judge(&self, cx: &Context, c: &Change, m: usize, stated: f64) -> Check {
        let lang = cx.doc.lang;
        let msg = messages(lang);
        let exact = c.new_value / c.old_value;
        // "gấp 1,7 lần" is written to tenths and read as such. A whole
        // multiple ("gấp 3 lần", "doubled") is not a rounded figure: 2.25×
        // is not "doubled". We allow 5% (15% when hedged).
        let decimals = natural_decimals(stated, 2);
        let approximate = cx.fig(m).approximate;
        let ok = if decimals > 0 {
            agrees(exact, stated, decimals, approximate)
        } else {
            (exact - stated).abs() <= stated * if approximate { 0.15 } else { 0.05 } + 1e-9
        };
        let from_to = [("a", cx.text_of(c.old)), ("b", cx.text_of(c.new))];
        let shown = format(exact, decimals + 1, lang);
        let stated_s = format(stated, decimals, lang);
        let message = if ok {
            fill_then(msg.from_to, &from_to, &[": × ", &shown, " — ", msg.matches, " “", cx.text_of(m), "”"])
        } else {
            fill_then(msg.from_to, &from_to, &[": × ", &shown, ", ", msg.not, " “", cx.text_of(m), "” (× ", &stated_s, ")"])
        };
        let mut figures = vec![c.old, c.new, m];
        figures.sort_unstable();
        Check {
            rule: self.name(),
            status: if ok { Status::Consistent } else { Status::Inconsistent },
            figures,
            expected: Some(round_to(exact, decimals + 1)),
            stated: Some(stated),
            message,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::verdicts;

    #[test]
    fn examples() {
        assert_eq!(verdicts("Sản lượng tăng từ 120 lên 360 tấn, gấp 3 lần.", "multiplier"), ["consistent"]);
        assert_eq!(verdicts("Sales doubled from 40 to 90 units.", "multiplier"), ["inconsistent"]);
        assert_eq!(verdicts("Sales doubled from 40 to 80 units.", "multiplier"), ["consistent"]);
        assert_eq!(
            verdicts("Thu nhập đạt 8,5 triệu đồng, gấp 1,7 lần so với mức 5 triệu đồng năm 2019.", "multiplier"),
            ["consistent"]
        );
    }

    /// Found by the fuzzer: a multiple of 0 gave expected = NaN.
    #[test]
    fn no_multiple_of_zero() {
        assert!(verdicts("Thu nhập đạt 9 triệu đồng, gấp 1,7 lần so với mức 0 triệu đồng năm 2019.", "multiplier").is_empty());
        assert!(verdicts("Sales doubled from 0 to 80 units.", "multiplier").is_empty());
    }
}
