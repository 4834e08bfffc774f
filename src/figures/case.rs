//! Letter case, asked of every character of every token.
//!
//! `char::is_uppercase` searches Unicode's tables for each non-ASCII
//! character, and Vietnamese text is full of them ("đ", "ư", "ế"). The
//! code points below `TABLE_END` (Latin, Greek, Cyrillic and Latin Extended
//! Additional, where Vietnamese's letters live) are looked up in a bitmap
//! build.rs makes from `char::is_uppercase` itself, so the answer is the same.

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
