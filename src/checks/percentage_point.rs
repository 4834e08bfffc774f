//! percentage-point: a change between two percentages, in points.
//!
//! "từ 40% lên 45%, tăng 5 điểm phần trăm" is right; "from 40% to 45%, an
//! increase of 5 percent" is not — that is 5 points, a 12.5% relative rise.

use super::claims;
use super::numbers::{agrees, format};
use super::ratio_percent::round_to;
use super::words::{concat, messages};
use super::{Check, Context, Rule, Status};
use crate::figures::{Kind, Quantity};

pub struct PercentagePoint;

/// Counted nouns that mean percentage points after a change of percents.
const POINTS: &[&str] = &["points", "point", "pts", "điểm"];

impl Rule for PercentagePoint {
    fn name(&self) -> &'static str {
        "percentage-point"
    }

    #[inline(never)]
    fn check(&self, cx: &Context, out: &mut Vec<Check>) {
        let lang = cx.doc.lang;
        let m = messages(lang);
        for s in &cx.sentences {
            for c in &s.changes {
                if cx.fig(c.old).kind() != Kind::Percent || cx.fig(c.new).kind() != Kind::Percent {
                    continue;
                }
                let Some(p) = (c.last() + 1..s.figures.end).find(|&j| claims::is_quantity(cx.fig(j))) else { continue };
                if cx.between(c.last(), p).len() > 2 * claims::WINDOW {
                    continue;
                }
                let points = c.new_value - c.old_value;
                let relative = if c.old_value > 0.0 { points / c.old_value * 100.0 } else { f64::NAN };
                let approximate = cx.fig(p).approximate;
                let dir = cx.direction_since(p, s, cx.fig(c.last()).span.end);
                let right_dir = dir.is_none_or(|d| (d > 0) == (points >= 0.0));
                // "from 3.9% to 4.2%, up 0.3 points": between two percents,
                // bare points are percentage points.
                let quantity = match cx.fig(p).quantity {
                    Quantity::Number { value, decimals } if cx.fig(p).unit.as_deref().is_some_and(|u| POINTS.contains(&u)) => {
                        Quantity::PercentagePoint { value, decimals }
                    }
                    ref q => q.clone(),
                };
                match quantity {
                    Quantity::PercentagePoint { value, decimals } => {
                        let ok = right_dir && agrees(points.abs(), value, decimals, approximate);
                        let shown = format(points.abs(), decimals, lang);
                        let message = if ok {
                            concat(&[cx.text_of(c.old), " → ", cx.text_of(c.new), ": ", &shown, " ", m.points, " — ", m.matches, " ", cx.text_of(p)])
                        } else {
                            concat(&[cx.text_of(c.old), " → ", cx.text_of(c.new), ": ", &shown, " ", m.points, ", ", m.not, " ", cx.text_of(p)])
                        };
                        out.push(Check {
                            rule: self.name(),
                            status: if ok { Status::Consistent } else { Status::Inconsistent },
                            figures: vec![c.old, c.new, p],
                            expected: Some(round_to(points, decimals)),
                            stated: Some(value),
                            message,
                        });
                    }
                    Quantity::Percent { value, decimals } if dir.is_some() => {
                        // Points written as percent: flag, unless it is right as a relative change.
                        if agrees(points.abs(), value, decimals, approximate) && !agrees(relative.abs(), value, decimals, approximate) {
                            let (points_s, value_s) = (format(points.abs(), decimals, lang), format(value, decimals, lang));
                            let relative_s = format(relative.abs(), decimals + 1, lang);
                            let message = concat(&[cx.text_of(c.old), " → ", cx.text_of(c.new), ": ", &points_s, " ", m.points, ", ", m.not, " ", &value_s, "% (", m.relative, " ", &relative_s, "%)"]);
                            out.push(Check {
                                rule: self.name(),
                                status: Status::Inconsistent,
                                figures: vec![c.old, c.new, p],
                                expected: Some(round_to(relative, decimals + 1)),
                                stated: Some(value),
                                message,
                            });
                        }
                    }
                    _ => {}
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
        assert_eq!(verdicts("Tỷ lệ tăng từ 40% lên 45%, tăng 5 điểm phần trăm.", "percentage-point"), ["consistent"]);
        assert_eq!(verdicts("Tỷ lệ tăng từ 40% lên 45%, tăng 6 điểm phần trăm.", "percentage-point"), ["inconsistent"]);
        assert_eq!(verdicts("It rose from 40% to 45%, an increase of 5 percent.", "percentage-point"), ["inconsistent"]);
        assert!(verdicts("It rose from 40% to 45%, an increase of 12.5 percent.", "percentage-point").is_empty());
        assert_eq!(verdicts("The jobless rate rose from 3.9% to 4.2%, up 0.3 points.", "percentage-point"), ["consistent"]);
        assert_eq!(verdicts("Tỷ lệ giảm từ 12,5% xuống 10,1%, giảm 2,6 điểm.", "percentage-point"), ["inconsistent"]);
    }
}
