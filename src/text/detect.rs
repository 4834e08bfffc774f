//! Vietnamese or English, from as little as one sentence.
//!
//! Vietnamese is easy to spot when it has its diacritics: letters such as
//! ơ, ư, đ, ạ, ế occur in no English word. Without diacritics (telegraphic
//! headlines, ASCII-only sources) the function words still differ. We count
//! both signals over the first part of the text; a long article settles
//! within its first few kilobytes, so we stop there.

use crate::lang::{en, vi, Lang};
use crate::table::WordHashMap;

/// How much of the text to look at: enough for a verdict, bounded in time.
const SAMPLE_BYTES: usize = 16 * 1024;

/// Letters that only Vietnamese uses among the two languages.
fn is_vietnamese_letter(c: char) -> bool {
    matches!(c,
        'ă' | 'â' | 'đ' | 'ê' | 'ô' | 'ơ' | 'ư' | 'Ă' | 'Â' | 'Đ' | 'Ê' | 'Ô' | 'Ơ' | 'Ư'
        | 'à' | 'á' | 'ả' | 'ã' | 'ạ' | 'ằ' | 'ắ' | 'ẳ' | 'ẵ' | 'ặ' | 'ầ' | 'ấ' | 'ẩ' | 'ẫ' | 'ậ'
        | 'è' | 'é' | 'ẻ' | 'ẽ' | 'ẹ' | 'ề' | 'ế' | 'ể' | 'ễ' | 'ệ'
        | 'ì' | 'í' | 'ỉ' | 'ĩ' | 'ị'
        | 'ò' | 'ó' | 'ỏ' | 'õ' | 'ọ' | 'ồ' | 'ố' | 'ổ' | 'ỗ' | 'ộ' | 'ờ' | 'ớ' | 'ở' | 'ỡ' | 'ợ'
        | 'ù' | 'ú' | 'ủ' | 'ũ' | 'ụ' | 'ừ' | 'ứ' | 'ử' | 'ữ' | 'ự'
        | 'ỳ' | 'ý' | 'ỷ' | 'ỹ' | 'ỵ'
        | 'Ạ' | 'Ả' | 'Ấ' | 'Ầ' | 'Ậ' | 'Ắ' | 'Ằ' | 'Ặ' | 'Ẹ' | 'Ế' | 'Ề' | 'Ệ' | 'Ị' | 'Ọ' | 'Ố'
        | 'Ồ' | 'Ộ' | 'Ớ' | 'Ờ' | 'Ợ' | 'Ụ' | 'Ứ' | 'Ừ' | 'Ự' | 'Ỳ' | 'Ý')
}

/// Evidence for each language in a piece of text.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct Evidence {
    pub vi: u32,
    pub en: u32,
    /// Words seen at all.
    pub words: u32,
}

pub fn evidence(text: &str) -> Evidence {
    let mut cut = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let sample = &text[..cut];
    let mut ev = Evidence::default();
    let mut word = String::new();
    let flush = |word: &mut String, ev: &mut Evidence| {
        if !word.is_empty() {
            ev.words += 1;
            let of = function_word(word);
            ev.vi += 2 * u32::from(of & VI != 0);
            ev.en += 2 * u32::from(of & EN != 0);
            word.clear();
        }
    };
    for c in sample.chars() {
        // ASCII first: no Vietnamese letter, and case by a bit.
        if c.is_ascii() {
            if c.is_ascii_alphabetic() {
                word.push(c.to_ascii_lowercase());
            } else {
                flush(&mut word, &mut ev);
            }
        } else if is_letter(c) {
            if is_vietnamese_letter(c) {
                ev.vi += 1;
            }
            word.extend(c.to_lowercase());
        } else {
            flush(&mut word, &mut ev);
        }
    }
    flush(&mut word, &mut ev);
    ev
}

/// `char::is_alphabetic`, with the Latin letters (U+00C0–U+024F less ×
/// and ÷, U+1E00–U+1EFF) answered without the Unicode tables, whose
/// search costs hundreds of instructions a char.
fn is_letter(c: char) -> bool {
    match c as u32 {
        0xD7 | 0xF7 => false,
        0xC0..=0x24F | 0x1E00..=0x1EFF => true,
        _ => c.is_alphabetic(),
    }
}

const VI: u8 = 1;
const EN: u8 = 2;

/// Whose function word `w` is (`VI`, `EN`, both or neither): one lookup in
/// a map of both lists instead of a scan of each, for every word of the
/// sample on every analysis.
fn function_word(w: &str) -> u8 {
    static MAP: std::sync::OnceLock<(usize, WordHashMap<&'static str, u8>)> = std::sync::OnceLock::new();
    let (longest, map) = MAP.get_or_init(|| {
        let mut map = WordHashMap::default();
        for (list, bit) in [(vi::text::FUNCTION_WORDS, VI), (en::text::FUNCTION_WORDS, EN)] {
            for &f in list {
                *map.entry(f).or_insert(0) |= bit;
            }
        }
        (map.keys().map(|k| k.len()).max().unwrap_or(0), map)
    });
    if w.len() > *longest {
        return 0;
    }
    map.get(w).copied().unwrap_or(0)
}

/// The best guess between the supported languages. Text with words but
/// not one Vietnamese letter or function word is English; text with no
/// words at all (only digits) goes to Vietnamese, the first users' language.
/// Once a document, so kept out of `Document::new` (see there).
#[inline(never)]
pub fn detect(text: &str) -> Lang {
    let ev = evidence(text);
    if ev.en > ev.vi || (ev.vi == 0 && ev.words > 0) {
        Lang::En
    } else {
        Lang::Vi
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_as_the_tables_have_them() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    /// The evidence as first written: a scan of each list per word.
    fn evidence_by_scan(text: &str) -> Evidence {
        let mut cut = text.len().min(SAMPLE_BYTES);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let mut ev = Evidence::default();
        let mut word = String::new();
        let flush = |word: &mut String, ev: &mut Evidence| {
            if !word.is_empty() {
                ev.words += 1;
                if vi::text::FUNCTION_WORDS.contains(&word.as_str()) {
                    ev.vi += 2;
                }
                if en::text::FUNCTION_WORDS.contains(&word.as_str()) {
                    ev.en += 2;
                }
                word.clear();
            }
        };
        for c in text[..cut].chars() {
            if c.is_alphabetic() {
                if is_vietnamese_letter(c) {
                    ev.vi += 1;
                }
                word.extend(c.to_lowercase());
            } else {
                flush(&mut word, &mut ev);
            }
        }
        flush(&mut word, &mut ev);
        ev
    }

    #[test]
    fn evidence_agrees_with_the_scan() {
        let mut rng = crate::test_rng(7);
        let pieces = [
            "và", "Của", "THE", "of", "Percent", "người", "NGƯỜI", "ĐÃ", "đã", "x", " ", ", ", "\n", "İ", "ß", "Ǆ", "ǅ",
            "Ω", "К", "1", "70%", "tỷ", "TỶ", "which", "Which's", "e\u{301}", "năm", "Hà Nội", "a", "an",
        ];
        for _ in 0..3000 {
            let n = rng(40);
            let text: String = (0..n).map(|_| pieces[rng(pieces.len())]).collect();
            assert_eq!(evidence(&text), evidence_by_scan(&text), "{text:?}");
        }
        let long = "Ông Trần Văn An và the mayor of Hà Nội said 70% tăng. ".repeat(500);
        assert_eq!(evidence(&long), evidence_by_scan(&long));
    }

    #[test]
    fn single_sentences() {
        assert_eq!(detect("Kết nạp 77/110 đảng viên mới, đạt 70% chỉ tiêu."), Lang::Vi);
        assert_eq!(detect("77 of 110 respondents agreed, or 70 percent."), Lang::En);
        assert_eq!(detect("Tang tu 200 len 250 ty dong trong nam nay"), Lang::Vi);
        assert_eq!(detect("The city of Hanoi grew by 5% in 2023."), Lang::En);
        assert_eq!(detect("Ông Nguyễn Văn An nói"), Lang::Vi);
        assert_eq!(detect("Inspectors passed 18/24 restaurants, representing 75%."), Lang::En);
        assert_eq!(detect("12/6/2018"), Lang::Vi);
    }
}
