//! repeated-figure: the same total stated twice with different values.
//!
//! "nâng tổng số đảng viên lên 611 đảng viên" … later "tổng số 621 đảng
//! viên". Only figures the text marks as a total ("tổng số", "a total
//! of") are compared, and only when they count the same noun: two plain
//! counts of "đảng viên" in different clauses are different groups.

use super::claims;
use super::numbers::plain;
use super::words::{concat, fill, messages};
use super::{Check, Context, Rule, Status};
use crate::figures::Kind;
use std::collections::HashMap;

pub struct RepeatedFigure;

impl Rule for RepeatedFigure {
    fn name(&self) -> &'static str {
        "repeated-figure"
    }

    #[inline(never)]
    fn check(&self, cx: &Context, out: &mut Vec<Check>) {
        let lang = cx.doc.lang;
        let m = messages(lang);
        // First total seen per counted noun.
        let mut first: HashMap<&str, usize> = HashMap::new();
        for s in &cx.sentences {
            for j in s.figures.clone() {
                let f = cx.fig(j);
                if !matches!(f.kind(), Kind::Number | Kind::Money) || f.approximate {
                    continue;
                }
                let Some(unit) = f.unit.as_deref() else { continue };
                let before = cx.before(j, s.span.start);
                let clause = claims::last_clause(&before);
                if !cx.cues.total.any(clause) {
                    continue;
                }
                match first.get(unit) {
                    None => {
                        first.insert(unit, j);
                    }
                    Some(&i) => {
                        let (Some(a), Some(b)) = (cx.fig(i).value(), f.value()) else { continue };
                        let ok = a == b;
                        let (sa, sb) = (plain(a, lang), plain(b, lang));
                        let message = if ok {
                            fill(m.repeated_ok, &[("a", &concat(&[&sa, " ", unit]))])
                        } else {
                            fill(m.repeated, &[("a", &concat(&[&sa, " ", unit])), ("b", &concat(&[&sb, " ", unit]))])
                        };
                        out.push(Check {
                            rule: self.name(),
                            status: if ok { Status::Consistent } else { Status::Inconsistent },
                            figures: vec![i, j],
                            expected: Some(a),
                            stated: Some(b),
                            message,
                        });
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::verdicts;

    #[test]
    fn examples() {
        let text = "Đảng bộ nâng tổng số đảng viên lên 611 đảng viên. Hiện nay, tổng số 621 đảng viên sinh hoạt tại 23 chi bộ.";
        assert_eq!(verdicts(text, "repeated-figure"), ["inconsistent"]);
        let text = "Đảng bộ có 611 đảng viên. Kết nạp thêm 12 đảng viên trong năm.";
        assert!(verdicts(text, "repeated-figure").is_empty());
    }
}
