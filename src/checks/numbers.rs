//! Tolerance and number style for checks.
//!
//! A stated figure is right when the exact value rounds to it at the
//! precision it was written with: "70%" covers [69.5, 70.5), "66,7%"
//! covers [66.65, 66.75). Hedged wording ("khoảng", "about") widens that
//! to the next coarser precision. Recomputed values are printed with one
//! more decimal than the stated figure, in the article's number style.

use crate::lang::Lang;

/// Half the width of the interval a figure written with `decimals`
/// decimals stands for; ten times that when the wording is approximate.
pub fn half_width(decimals: u8, approximate: bool) -> f64 {
    let d = decimals.min(12) as i32;
    let h = 0.5 * pow10(-d);
    if approximate {
        h * 10.0
    } else {
        h
    }
}

/// `10f64.powi(d)`, read from a table for |d| ≤ 12 (every precision the
/// checks use): `powi` is a libcall loop, asked several times per claim.
/// The table holds the same doubles: 10^d is exact for those `d`, and
/// `powi` of a negative one is 1 / 10^|d| rounded once, the nearest double
/// to 10^d, which is what the literal is.
pub fn pow10(d: i32) -> f64 {
    const POWERS: [f64; 25] = [
        1e-12, 1e-11, 1e-10, 1e-9, 1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1.0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
    ];
    match usize::try_from(d + 12).ok().and_then(|k| POWERS.get(k)) {
        Some(&p) => p,
        None => 10f64.powi(d),
    }
}

/// Does `exact` round to `stated` at the stated precision?
pub fn agrees(exact: f64, stated: f64, decimals: u8, approximate: bool) -> bool {
    if !exact.is_finite() || !stated.is_finite() {
        return false;
    }
    // A relative epsilon absorbs binary floating-point noise at the edges.
    (exact - stated).abs() <= half_width(decimals, approximate) * (1.0 + 1e-9) + 1e-12
}

/// Format a number in the article's style: "1.234,5" (vi), "1,234.5" (en).
/// The same text as `format!("{:.*}", decimals, value)` with the article's
/// marks; most values take [`fixed`]'s short way there.
pub fn format(value: f64, decimals: u8, lang: Lang) -> String {
    if !value.is_finite() {
        return "—".into();
    }
    let decimals = decimals.min(12);
    let (group, mark) = match lang {
        Lang::Vi => (b'.', b','),
        Lang::En => (b',', b'.'),
    };
    let mut digits = [0u8; 40];
    let Some((len, nonzero)) = fixed(value.abs(), decimals, &mut digits) else {
        return format_slow(value, decimals, group as char, mark as char);
    };
    let digits = &digits[digits.len() - len..];
    let (int, frac) = digits.split_at(len - decimals as usize);
    let mut out = String::with_capacity(len + len / 3 + 2);
    if value < 0.0 && nonzero {
        out.push('-');
    }
    let n = int.len();
    for (i, &c) in int.iter().enumerate() {
        if i > 0 && (n - i) % 3 == 0 && n > 3 {
            out.push(char::from(group));
        }
        out.push(char::from(c));
    }
    if !frac.is_empty() {
        out.push(char::from(mark));
        out.extend(frac.iter().map(|&c| char::from(c)));
    }
    out
}

/// The digits `format!("{:.*}", decimals, a)` writes for `a >= 0`, right-
/// aligned in `buf`, without the point: their count and whether one is not
/// 0. `None` where this short way cannot be sure of them: `a * 10^decimals`
/// at 2^40 or more, or within 2^-10 of a half, where the one rounding of
/// the product (off by at most 2^-13 below 2^40) could decide which way
/// the exact value rounds. Elsewhere the exact value and the product round
/// to the same whole number, which is what the formatter writes.
fn fixed(a: f64, decimals: u8, buf: &mut [u8; 40]) -> Option<(usize, bool)> {
    let scaled = a * pow10(i32::from(decimals));
    if !(scaled < (1u64 << 40) as f64) || (scaled - scaled.floor() - 0.5).abs() <= 1.0 / 1024.0 {
        return None;
    }
    let mut n = scaled.round() as u64;
    let nonzero = n != 0;
    let mut at = buf.len();
    // At least one digit before the point.
    let width = usize::from(decimals) + 1;
    while n > 0 || buf.len() - at < width {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    Some((buf.len() - at, nonzero))
}

/// [`format`] through the formatting machinery, for what [`fixed`] declines.
fn format_slow(value: f64, decimals: u8, group: char, mark: char) -> String {
    let s = format!("{:.*}", decimals as usize, value.abs());
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s.as_str(), None),
    };
    let mut out = String::new();
    if value < 0.0 && s.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.push('-');
    }
    let n = int.len();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (n - i) % 3 == 0 && n > 3 {
            out.push(group);
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push(mark);
        out.push_str(f);
    }
    out
}

/// The number of decimals to show a value with, when the text gives none:
/// as few as show it exactly, at most `max`.
pub fn natural_decimals(value: f64, max: u8) -> u8 {
    for d in 0..max {
        let scaled = value * pow10(d as i32);
        if (scaled - scaled.round()).abs() < 1e-9 {
            return d;
        }
    }
    max
}

/// A value as the text would write it (no spurious decimals).
pub fn plain(value: f64, lang: Lang) -> String {
    format(value, natural_decimals(value, 3), lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pow10_is_powi() {
        for d in -40..=40 {
            assert_eq!(pow10(d).to_bits(), 10f64.powi(d).to_bits(), "{d}");
            assert_eq!((0.5 * pow10(d)).to_bits(), (0.5 * 10f64.powi(d)).to_bits(), "{d}");
        }
    }

    #[test]
    fn rounding_intervals() {
        assert!(agrees(70.0, 70.0, 0, false));
        assert!(agrees(69.5, 70.0, 0, false));
        assert!(!agrees(69.4, 70.0, 0, false));
        assert!(agrees(66.666, 66.7, 1, false));
        assert!(!agrees(66.6, 66.7, 1, false));
        assert!(agrees(8.58, 8.6, 1, false));
        assert!(agrees(73.0, 70.0, 0, true));
        assert!(!agrees(76.0, 70.0, 0, true));
    }

    /// The short way gives the formatter's text, on values as the checks
    /// make them, on halves and near-halves, on both sides of its limits.
    #[test]
    fn fixed_agrees_with_the_formatter() {
        let mut values = vec![0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1.005, 2.675, 0.05, 0.15, 0.25, 0.35, 1e-12, 5e-13, 1e12, 1e13, 1e15, 1e20, 1e300, 5e-324, -1e-9];
        let mut rng = crate::test_rng(5);
        for i in 0..2_000u64 {
            let (a, b) = (rng(1_000_000) as f64, 1.0 + rng(5000) as f64);
            let k = (i * 7919 % 1_000_003) as f64;
            for v in [a / b, a / b * 100.0, (a - b) / b * 100.0, k / 1000.0, k / 200.0, k / 8.0, k * 1e6 / 7.0, (a / b * 100.0).sqrt(), a * 1e7 / b] {
                values.extend([v, -v, f64::from_bits(v.to_bits() + 1), f64::from_bits(v.to_bits().saturating_sub(1))]);
            }
        }
        for v in values {
            for d in [0u8, 1, 2, 3, 4, 6, 12, 13, 255] {
                for lang in [Lang::Vi, Lang::En] {
                    let (group, mark) = if lang == Lang::Vi { ('.', ',') } else { (',', '.') };
                    assert_eq!(format(v, d, lang), format_slow(v, d.min(12), group, mark), "{v:e} {d}");
                }
            }
        }
    }

    #[test]
    fn styles() {
        assert_eq!(format(70.0, 1, Lang::Vi), "70,0");
        assert_eq!(format(70.0, 1, Lang::En), "70.0");
        assert_eq!(format(1234.5, 1, Lang::Vi), "1.234,5");
        assert_eq!(format(12345.5, 1, Lang::Vi), "12.345,5");
        assert_eq!(format(1_500_000.0, 0, Lang::En), "1,500,000");
        assert_eq!(format(-12.5, 1, Lang::En), "-12.5");
        assert_eq!(plain(0.3, Lang::En), "0.3");
        assert_eq!(plain(2400.0, Lang::Vi), "2.400");
    }
}

/// A large amount the way a newsroom writes it: "2,4 tỷ", "900 million".
/// Amounts under a million stay plain.
pub fn scaled(value: f64, lang: Lang) -> String {
    let words: [(f64, &str, &str); 3] = [(1e12, "nghìn tỷ", "trillion"), (1e9, "tỷ", "billion"), (1e6, "triệu", "million")];
    for (scale, vi, en) in words {
        if value.abs() >= scale {
            let n = value / scale;
            let word = match lang {
                Lang::Vi => vi,
                Lang::En => en,
            };
            return super::words::concat(&[&format(n, natural_decimals(n, 3), lang), " ", word]);
        }
    }
    plain(value, lang)
}

#[cfg(test)]
mod scaled_tests {
    use super::*;

    #[test]
    fn scaled_amounts() {
        assert_eq!(scaled(2_400_000_000.0, Lang::En), "2.4 billion");
        assert_eq!(scaled(900_000_000.0, Lang::Vi), "900 triệu");
        assert_eq!(scaled(3_250_000_000_000.0, Lang::Vi), "3,25 nghìn tỷ");
        assert_eq!(scaled(1_450.0, Lang::En), "1,450");
    }
}
