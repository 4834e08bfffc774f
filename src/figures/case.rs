//! Letter case, asked of every character of every token.
//!
//! `char::is_uppercase` searches Unicode's tables for each non-ASCII
//! character, and Vietnamese text is full of them ("đ", "ư", "ế"). The
//! code points below `TABLE_END` (Latin, Greek, Cyrillic and Latin Extended
//! Additional, where Vietnamese's letters live) are looked up in a bitmap
//! build.rs makes from `char::is_uppercase` itself, so the answer is the same.

use crate::span::Span;
use crate::text::segment::CharCase;
use crate::text::{Token, TokenKind};

const TABLE_END: u32 = 0x2000;

/// Uppercase flags of the code points below `TABLE_END`, one bit each.
pub struct Upper([u64; (TABLE_END / 64) as usize]);

impl Upper {
    pub fn get() -> &'static Upper {
        // Made by build.rs from `char::is_uppercase`, the page's first
        // report being spared the 8192 lookups.
        static TABLE: Upper = Upper(include!(concat!(env!("OUT_DIR"), "/upper.rs")));
        &TABLE
    }

    /// Same as `c.is_uppercase()`.
    #[inline]
    pub fn is(&self, c: char) -> bool {
        let cp = c as u32;
        match self.0.get((cp / 64) as usize) {
            Some(w) => w >> (cp % 64) & 1 != 0,
            None => c.is_uppercase(),
        }
    }
}

/// The scanner's tokenizer asks, of each non-ASCII letter as it cuts a
/// word, only whether it is uppercase: a word with no capital (most of
/// them) is then never read again to find one. Given as (uppercase, not
/// uppercase, `true`), so that the tokenizer's "every char after the first
/// is lowercase" reads "no char after the first is uppercase".
impl CharCase for Upper {
    #[inline(always)]
    fn case(&self, b: &[u8], i: usize, lead: u8) -> (bool, bool, bool) {
        let cont = |k: usize| b.get(i + k).map_or(0, |&x| u32::from(x & 0x3F));
        let lead = u32::from(lead);
        let cp = match lead {
            0..=0xDF => (lead & 0x1F) << 6 | cont(1),
            0xE0..=0xEF => (lead & 0x0F) << 12 | cont(1) << 6 | cont(2),
            _ => (lead & 0x07) << 18 | cont(1) << 12 | cont(2) << 6 | cont(3),
        };
        let up = match self.0.get((cp / 64) as usize) {
            Some(w) => w >> (cp % 64) & 1 != 0,
            None => char::from_u32(cp).is_some_and(char::is_uppercase),
        };
        (up, !up, true)
    }
}

/// A token of the sentence: its text, sliced once by the scanner, where
/// it is and what kind it is (the date recognizer reads its tokens from
/// here, so that the scanner keeps no second list of them), and where its
/// lowercase text is (the text itself when it has no capital, else a range
/// of a buffer of lowercased words). The range is kept in 32 bits, `end` 0
/// meaning "no range" (a lowercased word is never empty), and `end`'s top
/// bit says whether a date may start with the word (`DATE_START`).
#[derive(Debug, Clone, Copy)]
pub struct LowRef<'d> {
    raw: &'d str,
    start: u32,
    end: u32,
    /// Where `raw` starts in the text.
    pos: usize,
    kind: TokenKind,
}

const DATE_START: u32 = 1 << 31;

impl<'d> LowRef<'d> {
    /// A token with no capital at `pos` of the text: its text is its
    /// lowercase text.
    pub fn text(raw: &'d str, pos: usize, kind: TokenKind) -> LowRef<'d> {
        LowRef { raw, start: 0, end: 0, pos, kind }
    }

    /// A token lowercased into `buf[start..end]`. A buffer past 2 GiB
    /// (a sentence that long) reads as its own text rather than wrap.
    pub fn buf(raw: &'d str, pos: usize, kind: TokenKind, start: usize, end: usize) -> LowRef<'d> {
        match (u32::try_from(start), u32::try_from(end)) {
            (Ok(start), Ok(end)) if end < DATE_START => LowRef { raw, start, end, pos, kind },
            _ => LowRef::text(raw, pos, kind),
        }
    }

    /// The same, marked as a word a date may start with when `start`.
    #[inline]
    pub fn date_start_if(self, start: bool) -> LowRef<'d> {
        LowRef { end: self.end | if start { DATE_START } else { 0 }, ..self }
    }

    /// Its range of the buffer, `.1` 0 for none.
    #[inline]
    pub fn range(&self) -> (u32, u32) {
        (self.start, self.end & !DATE_START)
    }

    /// Its lowercase text, `buf` being the buffer it points into.
    #[inline]
    pub fn lower<'b>(&self, buf: &'b str) -> &'b str
    where
        'd: 'b,
    {
        let end = self.end & !DATE_START;
        if end != 0 {
            buf.get(self.start as usize..end as usize).unwrap_or("")
        } else {
            self.raw
        }
    }
}

/// A sentence's tokens lowercased, index for index: each token is
/// lowercased once, by the scanner's `load`, and read by the date
/// recognizer too, which also reads their texts from here rather than
/// slicing the document again.
#[derive(Clone, Copy)]
pub struct Lower<'a> {
    buf: &'a str,
    words: &'a [LowRef<'a>],
}

impl<'a> Lower<'a> {
    pub fn new(buf: &'a str, words: &'a [LowRef<'a>]) -> Self {
        Lower { buf, words }
    }

    /// Token `i` lowercased ("" past the end).
    #[inline]
    pub fn get(&self, i: usize) -> &'a str {
        self.words.get(i).map_or("", |w| w.lower(self.buf))
    }

    /// Is token `i` a word a date may start with (`datetime::start_words`,
    /// or "mid-" and more)? False past the end.
    #[inline]
    pub fn date_start(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w.end & DATE_START != 0)
    }

    /// Token `i`'s text as written ("" past the end).
    #[inline]
    pub fn raw(&self, i: usize) -> &'a str {
        self.words.get(i).map_or("", |w| w.raw)
    }

    /// The number of tokens.
    #[inline]
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Token `i` as the tokenizer cut it.
    #[inline]
    pub fn token(&self, i: usize) -> Option<Token> {
        self.words.get(i).map(|w| Token { span: Span::new(w.pos, w.pos + w.raw.len()), kind: w.kind })
    }
}

#[cfg(test)]
mod tests {
    use super::Upper;

    #[test]
    fn agrees_with_char_is_uppercase() {
        let up = Upper::get();
        for cp in 0..0x11000u32 {
            if let Some(c) = char::from_u32(cp) {
                assert_eq!(up.is(c), c.is_uppercase(), "U+{cp:04X}");
            }
        }
    }
}
