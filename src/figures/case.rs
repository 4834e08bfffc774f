//! Letter case, asked of every character of every token.
//!
//! `char::is_uppercase` searches Unicode's tables for each non-ASCII
//! character, and Vietnamese text is full of them ("đ", "ư", "ế"). The
//! code points below `TABLE_END` (Latin, Greek, Cyrillic and Latin Extended
//! Additional, where Vietnamese's letters live) are looked up in a bitmap
//! build.rs makes from `char::is_uppercase` itself, so the answer is the same.

use crate::span::Span;

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

/// Where a token's lowercase text is: its own text (it has no capital) or
/// a range of a buffer of lowercased words.
#[derive(Debug, Clone, Copy)]
pub struct LowRef {
    start: usize,
    end: usize,
    in_buf: bool,
}

impl LowRef {
    pub fn text(span: Span) -> LowRef {
        LowRef { start: span.start, end: span.end, in_buf: false }
    }

    pub fn buf(start: usize, end: usize) -> LowRef {
        LowRef { start, end, in_buf: true }
    }
}

/// A sentence's tokens lowercased, index for index: each token is
/// lowercased once, by the scanner's `load`, and read by the date
/// recognizer too.
#[derive(Clone, Copy)]
pub struct Lower<'a> {
    text: &'a str,
    buf: &'a str,
    words: &'a [LowRef],
}

impl<'a> Lower<'a> {
    pub fn new(text: &'a str, buf: &'a str, words: &'a [LowRef]) -> Self {
        Lower { text, buf, words }
    }

    /// Token `i` lowercased ("" past the end).
    #[inline]
    pub fn get(&self, i: usize) -> &'a str {
        let Some(w) = self.words.get(i) else { return "" };
        let src = if w.in_buf { self.buf } else { self.text };
        src.get(w.start..w.end).unwrap_or("")
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
