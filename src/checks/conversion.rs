//! unit-conversion: a measure and its conversion in brackets right after it.
//!
//! "5 miles (8 km)" · "104°F (40°C)" · "cách bờ 200 hải lý (khoảng 370
//! km)". Conversions are where a writer's arithmetic goes unchecked, and
//! one figure in brackets after another of the same dimension is rarely
//! anything else. Both figures are rounded, so the check asks whether some
//! pair of unrounded values, each within the rounding of its own written
//! digits, converts one into the other; only when none does is the pair
//! inconsistent. A whole number in prose is taken to be rounded to its last
//! digit, and one ending in zeros to its zeros, up to 5% ("60 miles (100
//! km)" is then a rounding, not an error); a hedge ("about") widens a
//! figure by 5%. Temperatures are read to the degree, whatever their zeros
//! or hedges: "up to 41°C" converts to the same Fahrenheit as "41°C".

use super::numbers::{format, natural_decimals, pow10};
use super::words::{concat, messages};
use super::{claims, Check, Context, Rule, Status};
use crate::figures::Quantity;
use crate::lang::units::{Dimension, Unit};
use crate::lang::{en, vi, Lang};

pub struct Conversion;

impl Rule for Conversion {
    fn name(&self) -> &'static str {
        "unit-conversion"
    }

    #[inline(never)]
    fn check(&self, cx: &Context, out: &mut Vec<Check>) {
        for s in &cx.sentences {
            for a in s.figures.start..s.figures.end.saturating_sub(1) {
                let b = a + 1;
                // Most neighbours are not two measures with a bracket between: asked first.
                let (fa, fb) = (cx.fig(a), cx.fig(b));
                if fa.unit.is_none() || fb.unit.is_none() {
                    continue;
                }
                let (start, end) = (fa.span.end, fb.span.start);
                let gap = cx.doc.text().as_bytes().get(start..end).unwrap_or(&[]);
                if gap.len() > 48 || !gap.contains(&b'(') {
                    continue;
                }
                let Some(ua) = unit_of(cx, a) else { continue };
                let Some(ub) = unit_of(cx, b) else { continue };
                if ua == ub || ua.dimension() != ub.dimension() || !bracketed(cx, a, &cx.between(a, b)) {
                    continue;
                }
                if let Some(check) = self.judge(cx, (a, ua), (b, ub)) {
                    out.push(check);
                }
            }
        }
    }
}

/// The unit a number figure is measured in, if it is one we convert.
fn unit_of(cx: &Context, i: usize) -> Option<Unit> {
    let f = cx.fig(i);
    let Quantity::Number { .. } = f.quantity else { return None };
    let written = f.unit.as_deref()?.trim();
    let units = match cx.doc.lang {
        Lang::Vi => vi::units::UNITS,
        Lang::En => en::units::UNITS,
    };
    // The tables are lowercase; the text may write "°C", "MPH".
    let same = |name: &str| name.chars().eq(written.chars().flat_map(char::to_lowercase));
    units.iter().find(|(name, _)| same(name)).map(|&(_, u)| u)
}

/// The text between a measure and its conversion (lowercase, from the end
/// of `a`'s span): `a`'s unit unless its span holds it, an opening bracket,
/// and at most a hedge word or two inside it ("(about", "(khoảng").
fn bracketed(cx: &Context, a: usize, between: &str) -> bool {
    let mut rest = between.trim_start();
    if let Some(unit) = cx.fig(a).unit.as_deref() {
        // `between` is lowercase already; the unit is lowered as compared.
        let n = unit.len();
        if rest.len() >= n && rest.is_char_boundary(n) && rest[..n].chars().eq(unit.chars().flat_map(char::to_lowercase)) {
            rest = &rest[n..];
        }
    }
    let Some(inside) = rest.trim().strip_prefix('(') else { return false };
    let inside = inside.trim();
    inside.len() <= 16 && inside.split_whitespace().count() <= 2 && inside.chars().all(|c| c.is_alphabetic() || c == ' ')
}

/// How far the true value may lie from a figure's written one.
fn slack(cx: &Context, i: usize, unit: Unit) -> f64 {
    let f = cx.fig(i);
    let (value, decimals) = match f.quantity {
        Quantity::Number { value, decimals } => (value.abs(), decimals),
        _ => return 0.0,
    };
    let digit = 0.5 * pow10(-(decimals.min(12) as i32));
    let mut half = if unit.dimension() == Dimension::Temperature {
        digit
    } else {
        // A scale word carries the rounding up ("3 million gallons" is 2.5–3.5 million).
        let scaled = claims::rounding(cx, i);
        let mut half = if scaled > 0.0 { scaled } else { digit };
        if decimals == 0 && value >= 10.0 {
            let zeros = trailing_zeros(value);
            half = half.max((0.5 * pow10(zeros)).min(0.05 * value));
        }
        half
    };
    // A hedged length or weight is rounded more freely; a degree is a degree.
    if f.approximate && unit.dimension() != Dimension::Temperature {
        half += 0.05 * value;
    }
    half
}

/// Zeros a whole number ends in (2 for 1,200), up to 12.
fn trailing_zeros(value: f64) -> i32 {
    let mut n = 0;
    let mut v = value.round();
    while n < 12 && v >= 10.0 && (v % 10.0) == 0.0 {
        v /= 10.0;
        n += 1;
    }
    n
}

impl Conversion {
    fn judge(&self, cx: &Context, (a, ua): (usize, Unit), (b, ub): (usize, Unit)) -> Option<Check> {
        let va = cx.fig(a).value()?;
        let vb = cx.fig(b).value()?;
        let (ha, hb) = (slack(cx, a, ua), slack(cx, b, ub));
        // Conversions between these units only grow with their value.
        let lo = ua.convert(va - ha, ub)?;
        let hi = ua.convert(va + ha, ub)?;
        let exact = ua.convert(va, ub)?;
        if !(lo.is_finite() && hi.is_finite() && exact.is_finite()) {
            return None;
        }
        let ok = hi >= vb - hb - 1e-9 * vb.abs() && lo <= vb + hb + 1e-9 * vb.abs();
        let lang = cx.doc.lang;
        let msg = messages(lang);
        let shown_decimals = match cx.fig(b).quantity {
            _ if exact.abs() >= 1000.0 => 0,
            Quantity::Number { decimals, .. } => decimals.max(natural_decimals(vb, 2)).saturating_add(1).min(4),
            _ => 1,
        };
        let unit_b = cx.fig(b).unit.as_deref().unwrap_or("");
        let sep = if unit_b.starts_with('°') || unit_b.starts_with('℃') || unit_b.starts_with('℉') { "" } else { " " };
        let measure = with_unit(cx, a);
        let converted = concat(&[&format(exact, shown_decimals, lang), sep, unit_b]);
        let message = if ok {
            concat(&[&measure, " = ", &converted, " — ", msg.matches, " “", &with_unit(cx, b), "”"])
        } else {
            concat(&[&measure, " = ", &converted, ", ", msg.not, " “", &with_unit(cx, b), "”"])
        };
        Some(Check {
            rule: self.name(),
            status: if ok { Status::Consistent } else { Status::Inconsistent },
            figures: vec![a, b],
            expected: Some(super::ratio_percent::round_to(exact, shown_decimals)),
            stated: Some(vb),
            message,
        })
    }
}

/// A figure's text with its unit, as the article writes them ("5 miles",
/// "104°F"): the unit is outside the figure's span unless attached.
fn with_unit(cx: &Context, i: usize) -> String {
    let text = cx.text_of(i);
    match cx.fig(i).unit.as_deref() {
        Some(u) if !text.ends_with(u) => concat(&[text, " ", u]),
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::verdicts;
    use crate::lang::units::Unit;

    #[test]
    fn conversions_recomputed() {
        assert_eq!(verdicts("The trail runs 5 miles (8 km) along the coast.", "unit-conversion"), ["consistent"]);
        assert_eq!(verdicts("The trail runs 5 miles (10 km) along the coast.", "unit-conversion"), ["inconsistent"]);
        assert_eq!(verdicts("Temperatures hit 104°F (40°C) in Phoenix.", "unit-conversion"), ["consistent"]);
        assert_eq!(verdicts("Temperatures hit 100°F (40°C) in Phoenix.", "unit-conversion"), ["inconsistent"]);
        assert_eq!(verdicts("The catch weighed 10 kg (22 pounds) in all.", "unit-conversion"), ["consistent"]);
        assert_eq!(verdicts("The catch weighed 10 kg (25 pounds) in all.", "unit-conversion"), ["inconsistent"]);
        assert_eq!(verdicts("The farm covers 500 acres (202 hectares).", "unit-conversion"), ["consistent"]);
        assert_eq!(verdicts("The reservoir holds 3 million gallons (11.4 million litres).", "unit-conversion"), ["consistent"]);
        assert_eq!(verdicts("The reservoir holds 3 million gallons (15 million litres).", "unit-conversion"), ["inconsistent"]);
    }

    #[test]
    fn vietnamese_conversions() {
        assert_eq!(verdicts("Tàu cá bị chặn cách bờ 200 hải lý (khoảng 370 km).", "unit-conversion"), ["consistent"]);
        assert_eq!(verdicts("Nhiệt độ lên tới 40 độ C (104 độ F) trong ngày.", "unit-conversion"), ["consistent"]);
        assert_eq!(verdicts("Cây cầu dài 1.000 feet (305 m) bắc qua sông.", "unit-conversion"), ["consistent"]);
        assert_eq!(verdicts("Cây cầu dài 1.000 feet (500 m) bắc qua sông.", "unit-conversion"), ["inconsistent"]);
    }

    #[test]
    fn rounded_prose_is_not_an_error() {
        // 60 miles is 96.6 km: "100 km" rounds it to the hundred, within 5%.
        assert_eq!(verdicts("The fire spread 60 miles (100 km) east.", "unit-conversion"), ["consistent"]);
        // A hedge widens the reading.
        assert_eq!(verdicts("It is about 30 miles (50 km) away.", "unit-conversion"), ["consistent"]);
    }

    #[test]
    fn only_bracketed_measures_of_one_dimension() {
        // Not a conversion: two different measures.
        assert!(verdicts("The truck carried 5 tonnes (10 km) of sand.", "unit-conversion").is_empty());
        // Not in brackets.
        assert!(verdicts("They walked 5 miles and then 10 km more.", "unit-conversion").is_empty());
        // The same unit twice.
        assert!(verdicts("The road is 5 km (5 km of it paved).", "unit-conversion").is_empty());
    }

    #[test]
    fn unit_arithmetic() {
        let close = |a: f64, b: f64| (a - b).abs() < 1e-9 * b.abs().max(1.0);
        assert!(close(Unit::Fahrenheit.convert(212.0, Unit::Celsius).unwrap(), 100.0));
        assert!(close(Unit::Celsius.convert(-40.0, Unit::Fahrenheit).unwrap(), -40.0));
        assert!(close(Unit::Mile.convert(1.0, Unit::Kilometre).unwrap(), 1.609344));
        assert!(close(Unit::Acre.convert(1.0, Unit::Hectare).unwrap(), 0.40468564224));
        assert!(Unit::Mile.convert(1.0, Unit::Kilogram).is_none());
    }
}
