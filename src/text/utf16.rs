//! Byte offsets to UTF-16 code-unit offsets.
//!
//! Spans are found as byte ranges, but the caller lives in JavaScript, where
//! `text.slice(start, end)` counts UTF-16 code units. Converting by walking
//! the text from the start for every span would be quadratic, so we keep one
//! checkpoint per block of bytes and count only inside a block.
//!
//! Counting needs no decoding: every byte that is not a UTF-8 continuation
//! byte starts one char (one UTF-16 unit), and a 4-byte lead (>= 0xF0)
//! starts a char outside the BMP (two units).

const BLOCK: usize = 256;

#[derive(Debug, Clone)]
pub struct Utf16Index<'a> {
    bytes: &'a [u8],
    /// UTF-16 offset at byte `i * BLOCK`; empty when the text is ASCII.
    checkpoints: Vec<u32>,
}

fn units(bytes: &[u8]) -> usize {
    bytes.iter().map(|&b| ((b & 0xC0) != 0x80) as usize + (b >= 0xF0) as usize).sum()
}

impl<'a> Utf16Index<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        if text.is_ascii() {
            return Utf16Index { bytes, checkpoints: Vec::new() };
        }
        let mut checkpoints = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut acc = 0usize;
        for chunk in bytes.chunks(BLOCK) {
            checkpoints.push(acc as u32);
            acc += units(chunk);
        }
        Utf16Index { bytes, checkpoints }
    }

    /// The UTF-16 offset of byte offset `byte` (which must be a char boundary).
    pub fn at(&self, byte: usize) -> u32 {
        let byte = byte.min(self.bytes.len());
        if self.checkpoints.is_empty() {
            return byte as u32;
        }
        // The end of a text whose length is a multiple of BLOCK has no
        // checkpoint of its own: count it from the last block's.
        let block = (byte / BLOCK).min(self.checkpoints.len().saturating_sub(1));
        let base = self.checkpoints.get(block).copied().unwrap_or(0) as usize;
        (base + units(self.bytes.get(block * BLOCK..byte).unwrap_or(&[]))) as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_like_javascript() {
        let s = "a😀ế\r\nb".repeat(100);
        let idx = Utf16Index::new(&s);
        for (i, _) in s.char_indices() {
            assert_eq!(idx.at(i) as usize, s[..i].encode_utf16().count());
        }
        assert_eq!(idx.at(s.len()) as usize, s.encode_utf16().count());
    }

    /// Found by the fuzzer: the end of a non-ASCII text exactly one or
    /// more blocks long mapped to 0.
    #[test]
    fn end_of_a_whole_number_of_blocks() {
        for blocks in 1..4 {
            let s = format!("{}{}", "\u{FFFD}", "a".repeat(blocks * BLOCK - 3));
            assert_eq!(s.len(), blocks * BLOCK);
            let idx = Utf16Index::new(&s);
            assert_eq!(idx.at(s.len()) as usize, s.encode_utf16().count());
            assert_eq!(idx.at(s.len() - 1) as usize, s.encode_utf16().count() - 1);
        }
    }
}
