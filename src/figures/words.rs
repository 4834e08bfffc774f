//! Numbers written in words, and mixed with digits.
//!
//! Vietnamese builds numbers from syllables with position-dependent forms:
//! "mốt" and "lăm"/"nhăm" are 1 and 5 only after a ten ("hai mươi mốt",
//! "mười lăm"), "tư" is 4 after a ten, "linh"/"lẻ" stand for an empty tens
//! place ("một trăm linh năm"), "rưỡi" is half of the unit before it ("hai
//! triệu rưỡi"). Newsrooms mix digits and words freely ("3 triệu 500
//! nghìn", "3,2 tỷ"), so a digit numeral is one more kind of group here.
//! English is simpler: groups below a thousand ("seventy-seven", "one
//! hundred and five") joined by scale words, with "a" standing for one
//! before a scale ("a million", "a dozen").
//!
//! The parsers read a short window of items and return the longest number
//! they can make, with its exact value. They never guess: a form that could
//! be something else ("mười năm" is "ten years") stops the number.

use super::decimal::Dec;

/// What a number word does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumWord {
    /// 0–9 anywhere a digit may stand ("một", "five").
    Digit(u8),
    /// A digit form used only after a ten ("mốt", "lăm", "nhăm", "tư").
    DigitLate(u8),
    /// Vietnamese "mười" (10, begins a group's tens).
    Ten,
    /// English 10–19.
    Teen(u8),
    /// English twenty … ninety (value of the tens digit).
    Tens(u8),
    /// Vietnamese "mươi": the digit before it counts tens.
    TensMark,
    /// "chục" (×10), "dozen" (×12).
    Dozen(u8),
    Hundred,
    /// Vietnamese "linh"/"lẻ": an empty tens place.
    ZeroTens,
    /// A power of ten (3 for "nghìn"/"thousand").
    Scale(u8),
    /// Vietnamese "rưỡi": half of the unit before it.
    Half,
}

/// One item of the window the parsers read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Item {
    /// A number word.
    Word(NumWord),
    /// English "a"/"an", which counts as one before a scale.
    Article,
    /// English "and" inside a number ("one hundred and five").
    And,
    /// A comma between English groups ("one million, two hundred …").
    Comma,
    /// A digit numeral; `true` when it is a plain integer.
    Digits(Dec, bool),
    /// Anything else: stops the number.
    Other,
}

/// A number read from the window.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Parsed {
    pub value: Dec,
    /// Items consumed.
    pub len: usize,
    /// Some of them were words (not only digits and scales).
    pub words: bool,
    /// The exponent of the scale word the number ends with (6 for "2
    /// triệu"), so that "từ 5 đến 7 triệu" can share it.
    pub trailing_scale: i32,
    /// The number of scale words used.
    pub scales: u8,
}

fn word(items: &[Item], i: usize) -> Option<NumWord> {
    match items.get(i) {
        Some(Item::Word(w)) => Some(*w),
        _ => None,
    }
}

/// A Vietnamese group below a thousand, from words. Returns value and length.
fn vi_group(items: &[Item], start: usize) -> Option<(u128, usize)> {
    let mut p = start;
    let mut v: u128 = 0;
    let mut hundreds = false;
    if let (Some(NumWord::Digit(d)), Some(NumWord::Hundred)) = (word(items, p), word(items, p + 1)) {
        v = d as u128 * 100;
        p += 2;
        hundreds = true;
        if word(items, p) == Some(NumWord::Half) {
            return Some((v + 50, p + 1 - start));
        }
    }
    if word(items, p) == Some(NumWord::ZeroTens) {
        let tens_follow = matches!(word(items, p + 2), Some(NumWord::TensMark | NumWord::Dozen(10)));
        match word(items, p + 1) {
            // "nghìn lẻ hai mươi" (num2words' 2020): the zero marks the empty hundreds.
            Some(NumWord::Digit(d)) if d > 0 && tens_follow && (hundreds || start > 0) => p += 1,
            Some(NumWord::Digit(d)) | Some(NumWord::DigitLate(d)) if d > 0 && (hundreds || start > 0) => {
                return Some((v + d as u128, p + 2 - start));
            }
            // "lẻ hai mươi" (num2words writes 2020 as "hai nghìn lẻ hai mươi").
            Some(NumWord::Ten) if start > 0 || hundreds => p += 1,
            _ => return if hundreds { Some((v, p - start)) } else { None },
        }
    }
    match word(items, p) {
        Some(NumWord::Ten) => {
            v += 10;
            p += 1;
            match word(items, p) {
                // "mười năm" is more often "ten years" than fifteen.
                Some(NumWord::Digit(d)) if (1..=9).contains(&d) && d != 5 => {
                    v += d as u128;
                    p += 1;
                }
                Some(NumWord::DigitLate(d)) if d == 5 => {
                    v += 5;
                    p += 1;
                }
                _ => {}
            }
        }
        Some(NumWord::Digit(d)) if d >= 1 => match word(items, p + 1) {
            Some(NumWord::TensMark) => {
                v += d as u128 * 10;
                p += 2;
                match word(items, p) {
                    Some(NumWord::Digit(u)) if (1..=9).contains(&u) && u != 5 => {
                        v += u as u128;
                        p += 1;
                    }
                    Some(NumWord::DigitLate(u)) => {
                        v += u as u128;
                        p += 1;
                    }
                    _ => {}
                }
            }
            Some(NumWord::Dozen(10)) => {
                v += d as u128 * 10;
                p += 2;
            }
            _ => {
                v += d as u128;
                p += 1;
            }
        },
        _ => {}
    }
    if p == start {
        None
    } else {
        Some((v, p - start))
    }
}

/// An English group below a thousand. "a" counts as one only before
/// "hundred" (the caller handles it before scales).
fn en_group(items: &[Item], start: usize) -> Option<(u128, usize)> {
    let mut p = start;
    let mut v: u128 = 0;
    let lead = match (items.get(p), word(items, p + 1)) {
        (Some(Item::Word(NumWord::Digit(d))), Some(NumWord::Hundred)) if *d > 0 => Some(*d as u128),
        (Some(Item::Article), Some(NumWord::Hundred)) => Some(1),
        _ => None,
    };
    if let Some(d) = lead {
        v = d * 100;
        p += 2;
        if items.get(p) == Some(&Item::And) && matches!(word(items, p + 1), Some(NumWord::Digit(_) | NumWord::Teen(_) | NumWord::Tens(_))) {
            p += 1;
        }
    }
    match word(items, p) {
        Some(NumWord::Tens(t)) => {
            v += t as u128 * 10;
            p += 1;
            if let Some(NumWord::Digit(u)) = word(items, p) {
                if u > 0 {
                    v += u as u128;
                    p += 1;
                }
            }
        }
        Some(NumWord::Teen(t)) => {
            v += t as u128;
            p += 1;
        }
        Some(NumWord::Digit(d)) if !(lead.is_some() && d == 0) => {
            v += d as u128;
            p += 1;
        }
        _ => {}
    }
    if p == start {
        None
    } else {
        Some((v, p - start))
    }
}

fn pow10(k: u8) -> Dec {
    Dec { m: 1, e: k as i32 }
}

/// Scale words at `p` ("nghìn tỷ" multiplies: 10^12). Returns exponent and length.
fn scales(items: &[Item], mut p: usize) -> (u8, usize) {
    let start = p;
    let mut exp = 0u8;
    while let Some(NumWord::Scale(k)) = word(items, p) {
        if exp > 0 && k <= exp {
            break;
        }
        exp = exp.saturating_add(k);
        p += 1;
    }
    (exp, p - start)
}

/// Read a number (words, digits and scale words, in either language's
/// grammar; `vi` picks the group grammar).
pub fn parse(items: &[Item], vi: bool) -> Option<Parsed> {
    let mut p = 0usize;
    let mut total = Dec::ZERO;
    let mut words = false;
    let mut last_scale: i32 = -1;
    let mut trailing_scale = 0;
    let mut nscales = 0u8;
    let mut any = false;
    // English "half a million".
    if !vi {
        if let (Some(Item::Word(NumWord::Half)), Some(Item::Article), Some(NumWord::Scale(k))) =
            (items.first(), items.get(1), word(items, 2))
        {
            return Some(Parsed {
                value: pow10(k).half()?,
                len: 3,
                words: true,
                trailing_scale: k as i32,
                scales: 1,
            });
        }
    }
    loop {
        let after_scale = last_scale >= 0;
        // A group: digits, or words.
        let (group, glen, from_words, plain_digits) = match items.get(p) {
            Some(Item::Digits(d, plain)) => (*d, 1, false, *plain),
            Some(Item::Article) if !vi && !after_scale => match word(items, p + 1) {
                Some(NumWord::Scale(_)) | Some(NumWord::Dozen(_)) => (Dec::int(1), 1, true, false),
                _ => match en_group(items, p) {
                    Some((v, l)) => (Dec::int(v), l, true, false),
                    None => break,
                },
            },
            Some(Item::And) | Some(Item::Comma) if !vi && after_scale => {
                match items.get(p + 1).and_then(|_| en_group(items, p + 1)) {
                    Some((v, l)) => (Dec::int(v), l + 1, true, false),
                    None => break,
                }
            }
            _ => {
                let g = if vi { vi_group(items, p) } else { en_group(items, p) };
                match g {
                    Some((v, l)) => (Dec::int(v), l, true, false),
                    None => break,
                }
            }
        };
        let gp = p + glen;
        // "chục"/"dozen" after a group multiplies it ("hai chục" is handled
        // in the group; "a dozen", "two dozen", "3 chục").
        let mut group = group;
        let mut gend = gp;
        if let Some(NumWord::Dozen(k)) = word(items, gp) {
            group = group.mul(Dec::int(k as u128))?;
            gend = gp + 1;
        }
        // Hundreds after digits ("5 trăm").
        let mut hundred_exp = 0u8;
        if !from_words && word(items, gend) == Some(NumWord::Hundred) {
            hundred_exp = 2;
            gend += 1;
        }
        let (exp, slen) = scales(items, gend);
        let exp = exp.saturating_add(hundred_exp);
        if exp == 0 {
            // A group with no scale ends the number. After a scale it is
            // only part of the number when it cannot be read as the
            // colloquial next-lower unit ("hai triệu ba" is 2.3 million):
            // so digits, and single bare words, stop here.
            if after_scale && (!from_words || plain_digits || (vi && glen == 1)) {
                break;
            }
            total = total.add(group)?;
            words |= from_words;
            any = true;
            p = gend;
            trailing_scale = 0;
            break;
        }
        // Scales must fall: "hai tỷ ba trăm triệu". A larger one multiplies
        // all that came before ("một nghìn tỷ" via "nghìn" + "tỷ").
        let e = exp as i32;
        if after_scale && e >= last_scale {
            // Multiplying what came before by a larger scale ("một trăm
            // nghìn tỷ") only happens without a gap; otherwise stop.
            break;
        }
        total = total.add(group.mul(pow10(exp))?)?;
        words |= from_words;
        any = true;
        nscales = nscales.saturating_add(1);
        last_scale = e;
        trailing_scale = e;
        p = gend + slen;
        if vi && word(items, p) == Some(NumWord::Half) && e >= 2 {
            total = total.add(pow10(exp).half()?)?;
            p += 1;
            words = true;
            break;
        }
        // "linh"/"lẻ" after a scale: an empty place before the next group.
        if vi && word(items, p) == Some(NumWord::ZeroTens) {
            if let Some((v, l)) = vi_group(items, p) {
                if v < 10u128.saturating_pow(last_scale as u32) {
                    total = total.add(Dec::int(v))?;
                    p += l;
                    trailing_scale = 0;
                }
            }
            break;
        }
    }
    if !any {
        return None;
    }
    Some(Parsed { value: total, len: p, words, trailing_scale, scales: nscales })
}

#[cfg(test)]
mod tests {
    use super::*;
    use NumWord::*;

    fn w(x: NumWord) -> Item {
        Item::Word(x)
    }

    fn val(items: &[Item], vi: bool) -> Option<(f64, usize)> {
        parse(items, vi).map(|p| (p.value.to_f64(), p.len))
    }

    #[test]
    fn vietnamese_groups() {
        // bảy mươi bảy
        assert_eq!(val(&[w(Digit(7)), w(TensMark), w(Digit(7))], true), Some((77.0, 3)));
        // hai mươi mốt
        assert_eq!(val(&[w(Digit(2)), w(TensMark), w(DigitLate(1))], true), Some((21.0, 3)));
        // mười lăm
        assert_eq!(val(&[w(Ten), w(DigitLate(5))], true), Some((15.0, 2)));
        // một trăm linh năm
        assert_eq!(val(&[w(Digit(1)), w(Hundred), w(ZeroTens), w(Digit(5))], true), Some((105.0, 4)));
        // hai triệu rưỡi
        assert_eq!(val(&[w(Digit(2)), w(Scale(6)), w(Half)], true), Some((2_500_000.0, 3)));
        // 3 triệu 500 nghìn
        let three = Item::Digits(Dec::int(3), true);
        let five_hundred = Item::Digits(Dec::int(500), true);
        assert_eq!(val(&[three, w(Scale(6)), five_hundred, w(Scale(3))], true), Some((3_500_000.0, 4)));
        // 1 nghìn tỷ
        assert_eq!(val(&[Item::Digits(Dec::int(1), true), w(Scale(3)), w(Scale(9))], true), Some((1e12, 3)));
        // 3,2 tỷ
        assert_eq!(val(&[Item::Digits(Dec { m: 32, e: -1 }, false), w(Scale(9))], true), Some((3.2e9, 2)));
        // hai triệu ba: stops before "ba"
        assert_eq!(val(&[w(Digit(2)), w(Scale(6)), w(Digit(3))], true), Some((2e6, 2)));
        // mười năm: stops before "năm"
        assert_eq!(val(&[w(Ten), w(Digit(5))], true), Some((10.0, 1)));
    }

    #[test]
    fn english_groups() {
        // seventy-seven
        assert_eq!(val(&[w(Tens(7)), w(Digit(7))], false), Some((77.0, 2)));
        // one hundred and five
        assert_eq!(val(&[w(Digit(1)), w(Hundred), Item::And, w(Digit(5))], false), Some((105.0, 4)));
        // a dozen
        assert_eq!(val(&[Item::Article, w(Dozen(12))], false), Some((12.0, 2)));
        // one million, two hundred thousand
        assert_eq!(
            val(&[w(Digit(1)), w(Scale(6)), Item::Comma, w(Digit(2)), w(Hundred), w(Scale(3))], false),
            Some((1_200_000.0, 6))
        );
        // half a million
        assert_eq!(val(&[w(Half), Item::Article, w(Scale(6))], false), Some((500_000.0, 3)));
    }
}
