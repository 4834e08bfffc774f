//! A sentence's tokens as the recognizers see them: span, lowercase text
//! and the few facts about case that names depend on.
//!
//! A token that lowercasing leaves as it is (most of them: running text,
//! numbers, punctuation) is its own lowercase text, a range of the
//! document; only the others are lowercased, into one buffer reused for
//! every sentence. So a token costs no allocation and, mostly, no copy.

use super::lexicon::{Lexicon, Phrases};
use crate::span::Span;
use crate::text::segment::CharCase;
use crate::text::{Document, TokenKind};

/// 24 bytes: one is written per token of every sentence, and the
/// writing cost as much as a short word's reading when it was 40 (a
/// `Span` and five `bool`s). Offsets are from the sentence's start (a
/// sentence's text fits in 32 bits; `Sentence::span` gives the
/// document's span), the case facts are bits.
#[derive(Debug, Clone, Copy)]
pub struct Tok {
    /// Byte range in the sentence: `Sentence::start` + these.
    at: (u32, u32),
    /// Range of the lowercase text in the sentence's buffer, unless
    /// `AS_WRITTEN`.
    lo: (u32, u32),
    /// The word's number in `Lexicon::firsts`, when it has flags.
    head: u32,
    /// The tables with a phrase starting with this word (`lexicon::F_*`).
    pub flags: u16,
    pub kind: TokenKind,
    /// `CAP`, `CAPS`, `CAMEL`, `SPACE_BEFORE`, `AS_WRITTEN`.
    bits: u8,
}

/// Starts with an uppercase letter.
const CAP: u8 = 1;
/// Two or more letters, all uppercase ("UBND", "WHO").
const CAPS: u8 = 2;
/// An uppercase letter after a lowercase one ("VinFast").
const CAMEL: u8 = 4;
/// Whitespace before this token.
const SPACE_BEFORE: u8 = 8;
/// The lowercase text is the token as written.
const AS_WRITTEN: u8 = 16;

impl Tok {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// Starts with an uppercase letter.
    pub fn cap(&self) -> bool {
        self.bits & CAP != 0
    }

    /// Two or more letters, all uppercase ("UBND", "WHO").
    pub fn caps(&self) -> bool {
        self.bits & CAPS != 0
    }

    /// An uppercase letter after a lowercase one ("VinFast").
    pub fn camel(&self) -> bool {
        self.bits & CAMEL != 0
    }

    /// Whitespace before this token.
    pub fn space_before(&self) -> bool {
        self.bits & SPACE_BEFORE != 0
    }
}

/// (uppercase, lowercase, the lowercase form) of a letter. The Latin
/// blocks Vietnamese and English use are answered by arithmetic: this is
/// the hottest loop of the entity pass. `None` for the form means "ask
/// the Unicode tables".
#[inline]
fn case_of(c: char) -> (bool, bool, Option<char>) {
    let n = c as u32;
    let alternating = |n: u32| {
        let up = n % 2 == 0;
        (up, !up, char::from_u32(if up { n + 1 } else { n }))
    };
    match n {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => (true, false, char::from_u32(n + 0x20)),
        0x61..=0x7A | 0xDF..=0xF6 | 0xF8..=0xFF => (false, true, Some(c)),
        0x100..=0x12F | 0x132..=0x137 | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF => alternating(n),
        0x1A0 | 0x1AF => (true, false, char::from_u32(n + 1)),
        0x1A1 | 0x1B0 => (false, true, Some(c)),
        0..=0x7F => (false, false, Some(c)),
        _ => {
            let up = c.is_uppercase();
            let lo = !up && c.is_lowercase();
            (up, lo, if lo { Some(c) } else { None })
        }
    }
}

/// The code point whose UTF-8 sequence starts with `lead` (not ASCII) at
/// byte `i` of `b`, and the sequence's length. `b` is a `str`'s bytes, so
/// the continuation bytes are there.
#[inline(always)]
fn decode(b: &[u8], i: usize, lead: u8) -> (u32, usize) {
    let cont = |k: usize| b.get(i + k).map_or(0, |&x| u32::from(x & 0x3F));
    let lead = u32::from(lead);
    match lead {
        0..=0xDF => ((lead & 0x1F) << 6 | cont(1), 2),
        0xE0..=0xEF => ((lead & 0x0F) << 12 | cont(1) << 6 | cont(2), 3),
        _ => ((lead & 0x07) << 18 | cont(1) << 12 | cont(2) << 6 | cont(3), 4),
    }
}

/// `case_of` of the char `n` as (uppercase, lowercase, lowercasing leaves
/// it as it is), inlined into the token loop: the Latin blocks by
/// arithmetic on the code point, the rest by `case_of` itself.
#[inline(always)]
fn case_of_code(n: u32) -> (bool, bool, bool) {
    match n {
        0xC0..=0xD6 | 0xD8..=0xDE => (true, false, false),
        0xDF..=0xF6 | 0xF8..=0xFF => (false, true, true),
        0x100..=0x12F | 0x132..=0x137 | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF => {
            let up = n % 2 == 0;
            (up, !up, !up)
        }
        // Ơ Ư, ơ ư.
        0x1A0 | 0x1AF => (true, false, false),
        0x1A1 | 0x1B0 => (false, true, true),
        _ => match char::from_u32(n) {
            Some(c) => {
                let (up, lo, form) = case_of(c);
                (up, lo, form == Some(c))
            }
            None => (false, false, false),
        },
    }
}

/// `case_of_code` of the char whose lead byte `lead` (not ASCII) is at
/// byte `i` of `b`, read from the bytes for the letters Vietnamese writes
/// most: U+00C0–U+00FF (lead C3), U+0100–U+012F (C4 80–AF), Ơ ơ Ư ư (C6)
/// and Latin Extended Additional (E1 B8–BB). The tokenizer asks this of
/// every non-ASCII char of a word; decoding and the range tests, out of
/// line, cost some fifty instructions a char. Any other char goes to
/// `case_of_code`.
#[inline(always)]
fn case_at(b: &[u8], i: usize, lead: u8) -> (bool, bool, bool) {
    let at = |k: usize| b.get(i + k).copied().unwrap_or(0);
    let alternating = |x: u8| {
        // Uppercase even, lowercase odd (the code point's parity is its
        // last byte's).
        let up = x % 2 == 0;
        (up, !up, !up)
    };
    match lead {
        0xC3 => match at(1) {
            // U+00C0–U+00D6, U+00D8–U+00DE.
            0x80..=0x96 | 0x98..=0x9E => (true, false, false),
            // U+00DF–U+00F6, U+00F8–U+00FF.
            0x9F..=0xB6 | 0xB8..=0xBF => (false, true, true),
            _ => case_at_decoded(b, i, lead),
        },
        0xC4 => match at(1) {
            x @ 0x80..=0xAF => alternating(x),
            _ => case_at_decoded(b, i, lead),
        },
        0xC6 => match at(1) {
            0xA0 | 0xAF => (true, false, false),
            0xA1 | 0xB0 => (false, true, true),
            _ => case_at_decoded(b, i, lead),
        },
        0xE1 => match (at(1), at(2)) {
            // U+1E00–U+1E7F, U+1EC0–U+1EFF; U+1E80–U+1E95, U+1EA0–U+1EBF.
            (0xB8 | 0xB9 | 0xBB, x @ 0x80..=0xBF) | (0xBA, x @ (0x80..=0x95 | 0xA0..=0xBF)) => alternating(x),
            _ => case_at_decoded(b, i, lead),
        },
        _ => case_at_decoded(b, i, lead),
    }
}

/// `case_at` as the tokenizer asks it, inlined into its loop.
struct LatinCase;

impl CharCase for LatinCase {
    #[inline(always)]
    fn case(&self, b: &[u8], i: usize, lead: u8) -> (bool, bool, bool) {
        case_at(b, i, lead)
    }
}

/// `case_at` for the chars its bytes do not answer, out of line so that
/// the common path stays small where it is inlined.
#[inline(never)]
fn case_at_decoded(b: &[u8], i: usize, lead: u8) -> (bool, bool, bool) {
    case_of_code(decode(b, i, lead).0)
}

/// `case_of(c).2` (the lowercase form, `None` for "ask the tables"),
/// with the blocks names are written in answered inline.
#[inline(always)]
fn lower_of(c: char) -> Option<char> {
    let n = c as u32;
    match n {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => char::from_u32(n + 0x20),
        // Uppercase even, lowercase odd: the lowercase form is the odd one.
        0x100..=0x12F | 0x132..=0x137 | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF => char::from_u32(n | 1),
        0x1A0 | 0x1AF => char::from_u32(n + 1),
        0..=0x7F | 0xDF..=0xF6 | 0xF8..=0xFF | 0x1A1 | 0x1B0 => Some(c),
        _ => case_of(c).2,
    }
}

/// The case of a word's first char, (uppercase, lowercasing leaves it as
/// it is), when every char after it is a lowercase letter that
/// lowercasing leaves as it is: most words, which this reads with one
/// test per char. `None` for any other word.
#[inline(always)]
fn plain_word(b: &[u8]) -> Option<(bool, bool)> {
    let &x0 = b.first()?;
    let (up, same, mut i) = if x0 < 0x80 {
        (x0.is_ascii_uppercase(), true, 1)
    } else {
        let (n, len) = decode(b, 0, x0);
        let (up, _, same) = case_of_code(n);
        (up, same, len)
    };
    while let Some(&x) = b.get(i) {
        // A lowercase ASCII letter, the most common byte, is one test.
        if x.is_ascii_lowercase() {
            i += 1;
        } else if x < 0x80 {
            return None;
        } else {
            let (n, len) = decode(b, i, x);
            let (_, lo, same) = case_of_code(n);
            if !(lo && same) {
                return None;
            }
            i += len;
        }
    }
    Some((up, same))
}

/// A word's case facts, (capitalized, all caps, camel case, lowercasing
/// leaves it as it is), read char by char: ASCII by the byte, the other
/// chars decoded in place.
fn word_case(b: &[u8]) -> (bool, bool, bool, bool) {
    let (mut cap, mut camel, mut unchanged) = (false, false, true);
    let (mut upper, mut lower, mut prev_lower, mut first) = (0usize, 0usize, false, true);
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        let (up, lo) = if x < 0x80 {
            i += 1;
            (x.is_ascii_uppercase(), x.is_ascii_lowercase())
        } else {
            let (n, len) = decode(b, i, x);
            i += len;
            let (up, lo, same) = case_of_code(n);
            unchanged &= same;
            (up, lo)
        };
        if first {
            cap = up;
            first = false;
        }
        unchanged &= !up;
        camel |= up && prev_lower;
        upper += up as usize;
        lower += lo as usize;
        prev_lower = lo;
    }
    (cap, upper >= 2 && lower == 0, camel, unchanged)
}

#[derive(Default)]
pub struct Sentence<'a> {
    pub toks: Vec<Tok>,
    /// The sentence's matching text, which token offsets index.
    text: &'a str,
    low: String,
    pub start: usize,
    /// `Lexicon::lower_bits`: all a token that is not a capitalized word knows.
    lower_bits: u16,
}

impl<'a> Sentence<'a> {
    /// Cut `span` of the document into tokens. A possessive "'s" is split
    /// off a word so that "Boeing's" names "Boeing".
    ///
    /// Not inlined into `recognize` (it runs once a sentence): the
    /// tokenizer and the case tests inlined here make one large function,
    /// which a browser's optimizing compiler takes longest over, and
    /// keeping it apart from the scanners lets it be compiled on its own.
    #[inline(never)]
    pub fn fill(&mut self, doc: &'a Document, span: Span, lx: &Lexicon) {
        self.toks.clear();
        self.low.clear();
        self.start = span.start;
        // The sentence's own text, tokenized from its start: the tokenizer
        // reads nothing before its start position, so the tokens are the
        // document's, their offsets from the sentence's start (what `Tok`
        // keeps) as they come.
        let whole = doc.text();
        let text = whole.get(span.start..span.end.min(whole.len())).unwrap_or("");
        self.text = text;
        self.lower_bits = lx.lower_bits;
        let mut prev_end = 0;
        // Bytes, not `str`: a token is read bytewise, and a byte slice
        // needs no char-boundary tests (the tokenizer cut at chars).
        let bytes = text.as_bytes();
        let mut toks = crate::text::segment::tokens(text, Span::new(0, text.len()));
        // The tokenizer reads a word's case as it finds its end: whether
        // every char after the first is a lowercase letter that
        // lowercasing leaves as it is (`plain_word`'s test).
        while let Some((t, wc)) = toks.next_watched(&LatinCase) {
            let s = bytes.get(t.span.start..t.span.end).unwrap_or(&[]);
            let space_before = t.span.start > prev_end || self.toks.is_empty();
            prev_end = t.span.end;
            if t.kind == TokenKind::Word && wc.rest_lower {
                // No apostrophe in it, so no possessive to split off.
                self.push(s, t.span, t.kind, space_before, lx, Some((wc.first_upper, wc.first_same)));
                continue;
            }
            let mut core = t.span;
            let mut poss = None;
            // Every suffix ends in 's' or 'S': one byte tells most words apart.
            if t.kind == TokenKind::Word && matches!(s.last(), Some(b's' | b'S')) {
                for suf in ["'s", "’s", "'S"] {
                    if s.len() > suf.len() + 1 && s.ends_with(suf.as_bytes()) {
                        core = Span::new(t.span.start, t.span.end - suf.len());
                        poss = Some(Span::new(core.end, t.span.end));
                    }
                }
            }
            let plain = |w: &[u8]| if t.kind == TokenKind::Word { plain_word(w) } else { None };
            let Some(p) = poss else {
                self.push(s, core, t.kind, space_before, lx, plain(s));
                continue;
            };
            let (word, tail) = s.split_at_checked(core.len()).unwrap_or((s, &[]));
            self.push(word, core, t.kind, space_before, lx, plain(word));
            self.push(tail, p, TokenKind::Punct, false, lx, None);
        }
    }

    /// Append a token with its case facts and table flags. A word is read
    /// once, ASCII by the byte and other chars decoded in place; it is
    /// copied, lowercased, only when it has a letter that lowercasing
    /// changes. Inlined: the call cost as much as a plain word's reading.
    /// `span` is the token's byte range in the sentence; `plain` is
    /// `plain_word(s)` for a word (the caller may know it already).
    #[inline(always)]
    fn push(&mut self, s: &[u8], span: Span, kind: TokenKind, space_before: bool, lx: &Lexicon, plain: Option<(bool, bool)>) {
        let (mut cap, mut caps, mut camel) = (false, false, false);
        let mut unchanged = true;
        // Only the first char changes when lowercased ("Thơ"): the rest is
        // copied as it is.
        let mut first_only = false;
        if kind == TokenKind::Word {
            if let Some((up, same)) = plain {
                // Only the first char may be uppercase: one uppercase
                // letter at most, none after a lowercase one.
                cap = up;
                unchanged = same && !up;
                first_only = true;
            } else {
                (cap, caps, camel, unchanged) = word_case(s);
            }
        }
        // Offsets in the buffer of one sentence fit in 32 bits: a
        // document's sentences are at most `MAX_SENTENCE_BYTES` (and `usize`
        // is 32 bits in WASM). A plain cast, not a saturating conversion,
        // whose compare costs as much as the rest of a token's offsets; on
        // a span past 4 GiB either would give meaningless offsets, and
        // neither panics.
        let offset = |n: usize| n as u32;
        let mut lo = (0, 0);
        let low = if unchanged {
            s
        } else {
            let a = self.low.len();
            // The token's text as a `str` (`span` is the slice `s`).
            let mut chars = self.text.get(span.start..span.end).unwrap_or("").chars();
            for c in chars.by_ref() {
                match lower_of(c) {
                    Some(l) => self.low.push(l),
                    None => self.low.extend(c.to_lowercase()),
                }
                if first_only {
                    // `plain_word`: every later char is a lowercase letter
                    // that lowercasing leaves as it is.
                    self.low.push_str(chars.as_str());
                    break;
                }
            }
            lo = (offset(a), offset(self.low.len()));
            self.low.as_bytes().get(a..).unwrap_or(&[])
        };
        let (flags, head) = if kind == TokenKind::Word || lx.nonword_firsts { lx.first(low, cap) } else { (0, 0) };
        let bits = u8::from(cap) * CAP | u8::from(caps) * CAPS | u8::from(camel) * CAMEL | u8::from(space_before) * SPACE_BEFORE | u8::from(unchanged) * AS_WRITTEN;
        let at = (offset(span.start), offset(span.end));
        self.toks.push(Tok { at, lo, head, flags, kind, bits });
    }

    /// The longest phrase of `table` starting at token `i`, asked only when
    /// the token's flags say the table has one starting with its word.
    /// The flag test is inlined into every caller; most tokens stop there.
    #[inline]
    pub fn at<'p, T: Clone>(&self, table: &'p Phrases<T>, bit: u16, i: usize) -> Option<(usize, &'p T)> {
        let t = self.toks.get(i)?;
        debug_assert!(t.cap() || bit & !self.lower_bits == 0, "table {bit} asked of an uncapitalized token");
        if t.flags & bit == 0 {
            return None;
        }
        self.phrase_at(table, i)
    }

    #[inline(never)]
    fn phrase_at<'p, T: Clone>(&self, table: &'p Phrases<T>, i: usize) -> Option<(usize, &'p T)> {
        table.at(self.toks.get(i)?.head, |k| self.low_bytes(k), i)
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The lowercase text of token `i`.
    pub fn low(&self, i: usize) -> Option<&str> {
        let t = self.toks.get(i)?;
        if t.bits & AS_WRITTEN != 0 {
            self.text.get(t.at.0 as usize..t.at.1 as usize)
        } else {
            self.low.get(t.lo.0 as usize..t.lo.1 as usize)
        }
    }

    /// `low` as bytes, for the phrase tables' bytewise comparisons: cut
    /// with no char-boundary tests.
    fn low_bytes(&self, i: usize) -> Option<&[u8]> {
        let t = self.toks.get(i)?;
        if t.bits & AS_WRITTEN != 0 {
            self.text.as_bytes().get(t.at.0 as usize..t.at.1 as usize)
        } else {
            self.low.as_bytes().get(t.lo.0 as usize..t.lo.1 as usize)
        }
    }

    pub fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }

    pub fn cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.cap() && t.is_word())
    }

    pub fn is(&self, i: usize, w: &str) -> bool {
        self.low(i) == Some(w)
    }

    /// The span from token `a` to the end of token `b - 1`.
    pub fn span(&self, a: usize, b: usize) -> Option<Span> {
        let s = self.toks.get(a)?.at.0 as usize;
        let e = self.toks.get(b.checked_sub(1)?)?.at.1 as usize;
        (b > a).then(|| Span::new(self.start + s, self.start + e))
    }
}

#[cfg(test)]
mod tests {
    use super::{case_at, case_of, case_of_code, decode, lower_of, plain_word, word_case, Lexicon, Sentence, TokenKind};

    /// The one-test-per-char reading agrees with the full one wherever it answers.
    #[test]
    fn plain_words_match_word_case() {
        let pieces = ["a", "Z", "ư", "Ư", "ờ", "Ờ", "đ", "Đ", "ß", "İ", "ǅ", "\u{301}", "'", "-", "x", "Σ", "ꞵ", "ﬃ"];
        let mut next = crate::test_rng(0x2545_F491_4F6C_DD1Du64);
        for _ in 0..50_000 {
            let len = 1 + next(5);
            let w: String = (0..len).map(|_| pieces[next(pieces.len())]).collect();
            let (cap, caps, camel, unchanged) = word_case(w.as_bytes());
            if let Some((up, same)) = plain_word(w.as_bytes()) {
                assert_eq!((up, false, false, same && !up), (cap, caps, camel, unchanged), "{w:?}");
            }
        }
    }

    /// The in-place decoding and the code-point arithmetic agree with
    /// `str::chars` and `case_of` on every char up to U+FFFF and a few beyond.
    #[test]
    fn code_case_matches_case_of() {
        let chars = (0x80u32..0x1_0000).chain([0x1_0000, 0x1_F600, 0x10_FFFF]).filter_map(char::from_u32);
        for c in chars {
            let s = format!("{c}x");
            let b = s.as_bytes();
            let (n, len) = decode(b, 0, b[0]);
            assert_eq!((n, len), (c as u32, c.len_utf8()), "{c:?} decode");
            let (up, lo, form) = case_of(c);
            assert_eq!(case_of_code(n), (up, lo, form == Some(c)), "{c:?} case");
            assert_eq!(case_at(b, 0, b[0]), case_of_code(n), "{c:?} bytes");
            assert_eq!(lower_of(c), form, "{c:?} lower");
        }
    }

    /// Every token's lowercase text is its chars lowercased one by one, and
    /// its case facts are those `word_case` reads, however the word is
    /// made ("Thơ", "ĐÀ", "VinFast", "İz", "Boeing's").
    #[test]
    fn tokens_lowercase_as_chars_do() {
        use crate::lang::Lang;
        use crate::text::Document;
        let pieces = ["a", "Z", "ư", "Ư", "ờ", "Ờ", "đ", "Đ", "ß", "İ", "ǅ", "Σ", "ꞵ", "Ω", "é", "É", "'s", "-", " ", ". ", "7", "ﬃ"];
        let mut next = crate::test_rng(0x9E37_79B9_7F4A_7C15u64);
        for _ in 0..3_000 {
            let len = 1 + next(12);
            let text: String = (0..len).map(|_| pieces[next(pieces.len())]).collect();
            for lang in [Lang::Vi, Lang::En] {
                let doc = Document::new(&text, Some(lang));
                let lx = Lexicon::get(lang);
                let mut sent = Sentence::default();
                for &span in &doc.sentences {
                    sent.fill(&doc, span, lx);
                    for (i, t) in sent.toks.iter().enumerate() {
                        let written = sent.span(i, i + 1).map_or("", |sp| doc.slice(sp));
                        let want: String = written.chars().flat_map(char::to_lowercase).collect();
                        assert_eq!(sent.low(i), Some(want.as_str()), "{text:?} token {i}");
                        if t.kind == TokenKind::Word {
                            let (cap, caps, camel, _) = word_case(written.as_bytes());
                            assert_eq!((t.cap(), t.caps(), t.camel()), (cap, caps, camel), "{text:?} token {i}");
                        }
                    }
                }
            }
        }
    }

    /// The arithmetic agrees with the Unicode tables on the blocks it answers.
    #[test]
    fn latin_case_matches_std() {
        let blocks = [0x20u32..0x250, 0x1E00..0x1F00];
        for c in blocks.into_iter().flatten().filter_map(char::from_u32) {
            let (up, lo, lower_form) = case_of(c);
            assert_eq!(up, c.is_uppercase(), "{c:?} upper");
            assert_eq!(lo, c.is_lowercase(), "{c:?} lower");
            if let Some(l) = lower_form {
                assert_eq!(c.to_lowercase().collect::<String>(), l.to_string(), "{c:?} lowercase");
            }
        }
    }
}
