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

fn needs_fold(s: &str) -> bool {
    s.chars().any(|c| fold(c).is_some())
}

impl<'a> Normalized<'a> {
    pub fn new(orig: &'a str) -> Self {
        let nfc = matches!(is_nfc_quick(orig.chars()), IsNormalized::Yes);
        if nfc && !needs_fold(orig) {
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
