//! Digit numerals in the article's style.
//!
//! Vietnamese groups thousands with "." and marks decimals with ","
//! (1.234,5); English does the reverse (1,234.5). A numeral with both marks
//! says which is which by their order. A numeral with one mark is decided by
//! the grouping pattern when it can be (several marks, or not exactly three
//! digits after it, or a leading "0"), and by the article's language only
//! when it cannot ("1.250" is 1250 in Vietnamese and 1.25 in English).
//! Anything else ("1.2.3", "192.168.1.1") is not a number at all.

use super::decimal::Dec;
use crate::lang::Lang;

/// A digit numeral read from one token.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Digits {
    pub value: Dec,
    /// Digits after the decimal mark.
    pub decimals: u8,
    /// Written with thousands separators.
    pub grouped: bool,
    /// Digits before the decimal mark.
    pub int_digits: usize,
    /// Starts with "0" and has more digits before the decimal mark ("02").
    pub leading_zero: bool,
}

impl Digits {
    /// A bare integer: no separators, no decimals.
    pub fn plain(&self) -> bool {
        !self.grouped && self.decimals == 0
    }

    /// Looks like a year: four plain digits between 1000 and 2199.
    pub fn year_like(&self) -> bool {
        self.plain() && self.int_digits == 4 && !self.leading_zero && {
            let v = self.value.to_u128().unwrap_or(0);
            (1000..2200).contains(&v)
        }
    }
}

/// Groups of a grouped numeral: 1–3 digits (not starting with 0), then
/// one or more groups of exactly 3, `sep` (an ASCII mark) between them.
/// On bytes: a `str::split` on a char costs more than the numeral.
fn valid_groups(s: &str, sep: u8) -> bool {
    let b = s.as_bytes();
    let Some(first) = b.iter().position(|&c| c == sep) else { return false };
    (1..=3).contains(&first) && b.first() != Some(&b'0') && b.get(first + 1..).unwrap_or(&[]).split(|&c| c == sep).all(|g| g.len() == 3)
}

/// `int_part` may hold (already validated) group separators.
fn build(int_part: &str, frac: &str, grouped: bool) -> Option<Digits> {
    let int_digits = int_part.bytes().filter(|b| b.is_ascii_digit()).count();
    if int_digits == 0 || frac.len() > 30 {
        return None;
    }
    // Up to 19 digits fit in a u64 (and are fewer than 38 significant
    // ones): the common case, without u128 arithmetic.
    if int_digits + frac.len() <= 19 {
        let mut m: u64 = 0;
        for b in int_part.bytes().filter(|&b| b != b'.' && b != b',').chain(frac.bytes()) {
            if !b.is_ascii_digit() {
                return None;
            }
            m = m * 10 + u64::from(b - b'0');
        }
        return Some(digits_of(u128::from(m), int_part, frac.len(), int_digits, grouped));
    }
    let mut m: u128 = 0;
    let mut significant = 0usize;
    for b in int_part.bytes().filter(|&b| b != b'.' && b != b',').chain(frac.bytes()) {
        if !b.is_ascii_digit() {
            return None;
        }
        let d = (b - b'0') as u128;
        if m > 0 || d > 0 {
            significant += 1;
        }
        // More than 38 significant digits is not a quantity anyone writes.
        if significant > 38 {
            return None;
        }
        m = m * 10 + d;
    }
    Some(digits_of(m, int_part, frac.len(), int_digits, grouped))
}

fn digits_of(m: u128, int_part: &str, decimals: usize, int_digits: usize, grouped: bool) -> Digits {
    Digits {
        value: Dec { m, e: -(decimals as i32) }.norm(),
        decimals: decimals as u8,
        grouped,
        int_digits,
        leading_zero: int_part.starts_with('0') && int_digits > 1,
    }
}

/// Read a token made of digits, "." and "," (as the tokenizer yields them).
pub fn parse(s: &str, lang: Lang) -> Option<Digits> {
    if s.is_empty() {
        return None;
    }
    // One pass: the marks counted, the other bytes checked, and the value
    // of a plain integer (the common case) read on the way.
    let (mut dots, mut commas) = (0usize, 0usize);
    let mut plain: u64 = 0;
    for b in s.bytes() {
        match b {
            b'0'..=b'9' => plain = plain.wrapping_mul(10).wrapping_add(u64::from(b - b'0')),
            b'.' => dots += 1,
            b',' => commas += 1,
            _ => return None,
        }
    }
    match (dots, commas) {
        // Up to 19 digits cannot overflow a u64 (nor reach 38 significant digits).
        (0, 0) if s.len() <= 19 => Some(Digits {
            value: Dec { m: u128::from(plain), e: 0 }.norm(),
            decimals: 0,
            grouped: false,
            int_digits: s.len(),
            leading_zero: s.len() > 1 && s.as_bytes().first() == Some(&b'0'),
        }),
        (0, 0) => build(s, "", false),
        (_, 0) | (0, _) => {
            let sep = if dots > 0 { '.' } else { ',' };
            let count = dots + commas;
            if count > 1 {
                return if valid_groups(s, sep as u8) { build(s, "", true) } else { None };
            }
            let (int_part, frac) = s.split_once(sep)?;
            let could_group = valid_groups(s, sep as u8);
            let group_sep = match lang {
                Lang::Vi => '.',
                Lang::En => ',',
            };
            if could_group && (sep == group_sep) {
                build(s, "", true)
            } else if int_part.is_empty() || frac.is_empty() {
                None
            } else {
                build(int_part, frac, false)
            }
        }
        _ => {
            // Both marks: the last one is the decimal mark, used once.
            let last = s.rfind(['.', ','])?;
            let dec = s[last..].chars().next()?;
            let group = if dec == '.' { ',' } else { '.' };
            let (int_part, frac) = (&s[..last], &s[last + 1..]);
            if frac.is_empty() || int_part.contains(dec) {
                return None;
            }
            if !valid_groups(int_part, group as u8) {
                return None;
            }
            build(int_part, frac, true)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str, lang: Lang) -> Option<f64> {
        parse(s, lang).map(|d| d.value.to_f64())
    }

    #[test]
    fn styles() {
        assert_eq!(v("1.234,5", Lang::Vi), Some(1234.5));
        assert_eq!(v("1,234.5", Lang::En), Some(1234.5));
        assert_eq!(v("1,234.5", Lang::Vi), Some(1234.5));
        assert_eq!(v("1.250", Lang::Vi), Some(1250.0));
        assert_eq!(v("1.250", Lang::En), Some(1.25));
        assert_eq!(v("1,250", Lang::En), Some(1250.0));
        assert_eq!(v("1,250", Lang::Vi), Some(1.25));
        assert_eq!(v("3,5", Lang::Vi), Some(3.5));
        assert_eq!(v("3.5", Lang::Vi), Some(3.5));
        assert_eq!(v("0.250", Lang::Vi), Some(0.25));
        assert_eq!(v("1.234.567", Lang::En), Some(1234567.0));
        assert_eq!(v("02", Lang::Vi), Some(2.0));
        assert_eq!(v("1.2.3", Lang::En), None);
        assert_eq!(v("192.168.1.1", Lang::En), None);
        assert_eq!(v("1.23.456", Lang::Vi), None);
        assert_eq!(parse("3,50", Lang::Vi).map(|d| d.decimals), Some(2));
    }

    #[test]
    fn groups_as_split_reads_them() {
        fn by_split(s: &str, sep: char) -> bool {
            let mut parts = s.split(sep);
            let Some(first) = parts.next() else { return false };
            let mut rest = 0;
            for g in parts {
                if g.len() != 3 {
                    return false;
                }
                rest += 1;
            }
            (1..=3).contains(&first.len()) && !first.starts_with('0') && rest > 0
        }
        let alphabet = ['0', '1', '.', ','];
        for len in 0..=8u32 {
            for mut k in 0..4usize.pow(len) {
                let mut s = String::new();
                for _ in 0..len {
                    s.push(alphabet[k % 4]);
                    k /= 4;
                }
                for sep in ['.', ','] {
                    assert_eq!(valid_groups(&s, sep as u8), by_split(&s, sep), "{s:?} {sep}");
                }
            }
        }
    }

    #[test]
    fn plain_integers_read_as_build_reads_them() {
        let mut next = crate::test_rng(0x2545_F491_4F6C_DD1D);
        for len in 1..=24 {
            for _ in 0..200 {
                let s: String = (0..len).map(|_| (b'0' + next(10) as u8) as char).collect();
                assert_eq!(parse(&s, Lang::Vi), build(&s, "", false), "{s}");
            }
        }
        for s in ["0", "00", "0000000000000000000", "9999999999999999999", "18446744073709551615", "10000000000000000000"] {
            assert_eq!(parse(s, Lang::En), build(s, "", false), "{s}");
        }
    }
}
