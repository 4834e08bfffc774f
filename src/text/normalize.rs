//! Matching text that is easy to match, with a way back to the caller's text.
//!
//! Drafts arrive in whatever form the author's tools produced: Vietnamese
//! from some sources is decomposed (NFD: "a" + U+0300 …), spaces may be
//! non-breaking or thin, digits may be full-width. Every recognizer would
//! have to know all of that if it worked on the raw text. Instead we build
//! one *matching text* — NFC, plain spaces, ASCII digits and punctuation,
//! no zero-width characters — and keep a compact list of the places where
//! it differs from the original, so any byte range found in the matching
//! text maps back to the exact original range.
//!
//! For the common case (text already NFC with ordinary spaces) the list is
//! empty and the matching text is a borrow of the original: no copy, no map.

use super::segment;
use std::borrow::Cow;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// One place where the matching text differs from the original:
/// `norm[norm_start..norm_end]` stands for `orig[orig_start..orig_end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Edit {
    norm_start: usize,
    norm_end: usize,
    orig_start: usize,
    orig_end: usize,
}

/// The matching text and its map back to the original (both in bytes).
#[derive(Debug, Clone)]
pub struct Normalized<'a> {
    pub text: Cow<'a, str>,
    edits: Vec<Edit>,
}

/// What a single character becomes in the matching text, apart from NFC.
fn fold(c: char) -> Option<Fold> {
    match c {
        // Spaces that look like spaces: no-break, figure, thin, hair,
        // narrow no-break, ideographic, en/em spaces and friends.
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
            Some(Fold::To(' '))
        }
        // Invisible characters that would split a number or a word.
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => {
            Some(Fold::Drop)
        }
        // Full-width ASCII (digits, %, letters) from East-Asian input methods.
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFF01 + 0x21).map(Fold::To),
        _ => None,
    }
}

enum Fold {
    To(char),
    Drop,
}

/// Characters that are starters, NFC and unfolded, like ASCII: the Latin
/// letters of Vietnamese and English, dashes, quotes, the ellipsis. The
/// quick check need not look them up (a test holds the list to that).
fn is_plain(c: char) -> bool {
    matches!(c as u32, 0x80..=0x9F | 0xA1..=0xAC | 0xAE..=0x24F | 0x1E00..=0x1EFF | 0x2010..=0x2027 | 0x2030..=0x205E)
}

/// The length of the `is_plain` char at byte `i` of `b` (valid UTF-8, `i`
/// a char boundary) when its first bytes tell it, without decoding: the
/// letters U+00C0–U+023F (lead bytes C3–C8) and U+1E00–U+1EFF (E1 B8–BB),
/// and the dashes and quotes U+2010–U+2027 (E2 80 90–A7). Vietnamese
/// has one such char in every few.
#[inline(always)]
fn plain_len(b: &[u8], i: usize) -> Option<usize> {
    match *b.get(i)? {
        0xC3..=0xC8 => Some(2),
        0xE1 if b.get(i + 1).is_some_and(|x| (0xB8..=0xBB).contains(x)) => Some(3),
        0xE2 if b.get(i + 1) == Some(&0x80) && b.get(i + 2).is_some_and(|x| (0x90..=0xA7).contains(x)) => Some(3),
        _ => None,
    }
}

/// Is the text its own matching text? Unicode's NFC quick check answering
/// "yes" (with the ASCII and `is_plain` characters taken as read) and no
/// character to fold.
fn is_matching_text(s: &str) -> bool {
    let mut last_cc = 0u8;
    let mut maybe = false;
    let mut i = 0;
    let bytes = s.as_bytes();
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            last_cc = 0;
            // The ASCII run goes by eight bytes at a time; the word that
            // ends it says where its first non-ASCII byte is.
            loop {
                let Some(word) = bytes.get(i..i + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()) else {
                    while bytes.get(i).is_some_and(|&x| x < 0x80) {
                        i += 1;
                    }
                    break;
                };
                let high = u64::from_le_bytes(word) & 0x8080_8080_8080_8080;
                if high != 0 {
                    i += (high.trailing_zeros() / 8) as usize;
                    break;
                }
                i += 8;
            }
            continue;
        }
        if let Some(n) = plain_len(bytes, i) {
            i += n;
            last_cc = 0;
            continue;
        }
        let Some(c) = segment::char_at(s, i) else { return false };
        i += c.len_utf8();
        if is_plain(c) {
            last_cc = 0;
            continue;
        }
        if fold(c).is_some() {
            return false;
        }
        let cc = canonical_combining_class(c);
        if last_cc > cc && cc != 0 {
            return false;
        }
        match is_nfc_quick(std::iter::once(c)) {
            IsNormalized::Yes => {}
            IsNormalized::No => return false,
            IsNormalized::Maybe => maybe = true,
        }
        last_cc = cc;
    }
    !maybe
}

impl<'a> Normalized<'a> {
    /// Once a document, so kept out of `Document::new` (see there).
    #[inline(never)]
    pub fn new(orig: &'a str) -> Self {
        if is_matching_text(orig) {
            return Normalized { text: Cow::Borrowed(orig), edits: Vec::new() };
        }
        let mut out = String::with_capacity(orig.len());
        let mut edits = Vec::new();
        // Work one cluster at a time: a starter and the combining marks
        // that follow it. NFC never composes across such clusters for the
        // scripts we analyze, so each cluster maps as a unit.
        let mut cluster_start = 0;
        let bytes = orig.len();
        let mut iter = orig.char_indices().peekable();
        while let Some((i, _)) = iter.next() {
            let mut end = bytes;
            while let Some(&(j, c)) = iter.peek() {
                if canonical_combining_class(c) == 0 {
                    end = j;
                    break;
                }
                iter.next();
            }
            debug_assert_eq!(i, cluster_start);
            let cluster = &orig[cluster_start..end];
            let norm_start = out.len();
            let mut first = cluster.chars();
            let single = first.next().filter(|_| first.as_str().is_empty());
            match single.and_then(fold) {
                Some(Fold::To(c)) => out.push(c),
                Some(Fold::Drop) => {}
                None => {
                    if cluster.len() == 1 || cluster.nfc().eq(cluster.chars()) {
                        out.push_str(cluster);
                    } else {
                        out.extend(cluster.nfc());
                    }
                }
            }
            let norm = &out[norm_start..];
            if norm != cluster {
                edits.push(Edit {
                    norm_start,
                    norm_end: out.len(),
                    orig_start: cluster_start,
                    orig_end: end,
                });
            }
            cluster_start = end;
        }
        Normalized { text: Cow::Owned(out), edits }
    }

    /// Is the matching text byte-for-byte the original?
    pub fn is_identity(&self) -> bool {
        self.edits.is_empty()
    }

    /// Map the start of a range in the matching text to the original.
    /// A start inside an edit snaps to the edit's start; a start at an
    /// edit's end (e.g. after a dropped zero-width space) snaps after it.
    pub fn orig_start(&self, norm: usize) -> usize {
        self.map(norm, true)
    }

    /// Map the end of a range in the matching text to the original.
    /// An end inside an edit snaps to the edit's end; an end at an edit's
    /// start stays before it.
    pub fn orig_end(&self, norm: usize) -> usize {
        self.map(norm, false)
    }

    fn map(&self, norm: usize, is_start: bool) -> usize {
        // A start belongs with the edits at or before it (so it skips a
        // dropped character right at `norm`); an end only with the edits
        // strictly before it (so it stays before one).
        let idx = if is_start {
            self.edits.partition_point(|e| e.norm_start <= norm)
        } else {
            self.edits.partition_point(|e| e.norm_start < norm)
        };
        let Some(e) = idx.checked_sub(1).map(|k| self.edits[k]) else {
            return norm;
        };
        if norm < e.norm_end {
            if is_start {
                e.orig_start
            } else {
                e.orig_end
            }
        } else {
            e.orig_end + (norm - e.norm_end)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(orig: &str, needle: &str, want: &str) {
        let n = Normalized::new(orig);
        let at = n.text.find(needle).expect("needle in matching text");
        let (s, e) = (n.orig_start(at), n.orig_end(at + needle.len()));
        assert_eq!(&orig[s..e], want, "in {orig:?}");
    }

    /// The characters the quick check skips would pass it one by one and
    /// reset it as a starter does.
    #[test]
    fn plain_characters_are_nfc_starters() {
        for c in (0x80..0x2100).filter_map(char::from_u32).filter(|&c| is_plain(c)) {
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
            assert!(fold(c).is_none(), "{c:?}");
        }
    }

    /// The chars whose bytes `plain_len` answers are plain.
    #[test]
    fn plain_bytes_are_plain_chars() {
        for c in (0x80..0x11_0000).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            if let Some(n) = plain_len(c.encode_utf8(&mut buf).as_bytes(), 0) {
                assert!(is_plain(c) && n == c.len_utf8(), "{c:?}");
            }
        }
    }

    /// The fast check agrees with the quick check over the whole text.
    #[test]
    fn matching_text_check_agrees() {
        let samples = [
            "đạt 70% chỉ tiêu", "a\u{0301}", "e\u{0323}\u{0302}", "e\u{0302}\u{0323}", "\u{0344}", "x\u{00A0}y",
            "x\u{200B}", "ǅ “ok” – …", "\u{0300}", "Ω\u{2126}", "\u{1100}\u{1161}", "中文", "é\u{0301}",
        ];
        let long: Vec<String> = samples.iter().map(|s| format!("ascii run of some length {s} and more ascii {s}")).collect();
        for s in samples.iter().copied().chain(long.iter().map(String::as_str)) {
            let slow = matches!(is_nfc_quick(s.chars()), IsNormalized::Yes) && !s.chars().any(|c| fold(c).is_some());
            assert_eq!(is_matching_text(s), slow, "{s:?}");
        }
    }

    #[test]
    fn nfc_input_is_borrowed() {
        let n = Normalized::new("đạt 70% chỉ tiêu");
        assert!(n.is_identity());
        assert!(matches!(n.text, Cow::Borrowed(_)));
    }

    #[test]
    fn nfd_maps_back() {
        let nfd: String = "kết nạp 77/110 đảng viên, đạt 70%".nfd().collect();
        check(&nfd, "đạt 70%", &"đạt 70%".nfd().collect::<String>());
        check(&nfd, "77/110", "77/110");
    }

    #[test]
    fn spaces_and_fullwidth_fold() {
        check("tăng\u{00A0}５０％ nữa", "50%", "５０％");
        check("1\u{202F}234 người", "1 234", "1\u{202F}234");
    }

    #[test]
    fn dropped_characters_are_outside_spans() {
        check("a \u{200B}70%\u{200B} b", "70%", "70%");
        check("7\u{200B}0%", "70%", "7\u{200B}0%");
    }
}
