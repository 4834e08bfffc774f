//! Sentences and tokens.
//!
//! Claims are tied to sentences ("77/110 … đạt 70%" is one claim because
//! both figures are in one sentence), so sentence boundaries must be right
//! for news text: periods inside numbers (1.234,5 · 3.5), abbreviations
//! ("TP. Cần Thơ", "Mr. Park", "U.S."), initials, and paragraphs that are
//! headlines or captions without a final period. A single line break only
//! ends a sentence when the next line looks like a new one; captions in
//! Vietnamese papers are often wrapped mid-sentence.
//!
//! Tokens are produced lazily by an iterator: storing them for a 10 MB
//! input would cost more memory than the input itself.

use crate::lang::Lang;
use crate::span::Span;
use crate::table::WordHashMap;
use std::sync::OnceLock;

/// Characters that end a sentence.
fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？')
}

/// Characters that may close a sentence after its terminator.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '›')
}

/// Could a sentence start with this character?
fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_numeric()
        || matches!(c, '"' | '\'' | '“' | '‘' | '«' | '(' | '[' | '-' | '–' | '—' | '•' | '*')
}

fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// The word (letters, digits, periods) that ends right before `end`.
fn word_before(text: &str, end: usize) -> &str {
    let head = &text[..end];
    let b = head.as_bytes();
    let mut start = end;
    while let Some(&x) = start.checked_sub(1).and_then(|k| b.get(k)) {
        if x < 0x80 {
            if !(x.is_ascii_alphanumeric() || x == b'.' || x == b'/') {
                break;
            }
            start -= 1;
            continue;
        }
        // A non-ASCII char ends here: back to its lead byte.
        let mut k = start - 1;
        while k > 0 && b[k] & 0xC0 == 0x80 {
            k -= 1;
        }
        match char_at(head, k) {
            Some(c) if is_alphanumeric(c) => start = k,
            _ => break,
        }
    }
    &head[start..]
}

/// `char::is_alphanumeric`, with the Latin letters of Vietnamese and
/// English (U+00C0–U+024F less × and ÷, U+1E00–U+1EFF) answered without
/// the Unicode tables, whose search costs hundreds of instructions a char.
fn is_alphanumeric(c: char) -> bool {
    match c as u32 {
        0xD7 | 0xF7 => false,
        0xC0..=0x24F | 0x1E00..=0x1EFF => true,
        _ => c.is_alphanumeric(),
    }
}

/// The abbreviations of both languages, and what a word must have to be
/// one: at most `longest` bytes and a first byte in `firsts`. Most words
/// before a period fail that and are not hashed.
struct Abbreviations {
    set: WordHashMap<&'static str, ()>,
    longest: usize,
    firsts: [bool; 256],
}

/// Is `w` an abbreviation of either language ("TP", "Mr", "e.g")? Both
/// lists apply: Vietnamese articles quote "Mr." and English ones write
/// "TP.HCM".
fn is_abbreviation(w: &str) -> bool {
    static ABBR: OnceLock<Abbreviations> = OnceLock::new();
    let a = ABBR.get_or_init(|| {
        let set: WordHashMap<&'static str, ()> = Lang::Vi.abbreviations().iter().chain(Lang::En.abbreviations()).map(|&w| (w, ())).collect();
        let mut firsts = [false; 256];
        for w in set.keys() {
            if let Some(&b) = w.as_bytes().first() {
                firsts[usize::from(b)] = true;
            }
        }
        Abbreviations { longest: set.keys().map(|w| w.len()).max().unwrap_or(0), set, firsts }
    });
    let Some(&b) = w.as_bytes().first() else { return a.set.contains_key(w) };
    w.len() <= a.longest && a.firsts[usize::from(b)] && a.set.contains_key(w)
}

/// "at 10:30 a.m. The council …": an abbreviation that can end a sentence
/// (`word`, before the period), then a word that starts one.
fn starts_after_abbreviation(word: &str, after: &str) -> bool {
    if !crate::lang::en::text::ENDING_ABBREVIATIONS.contains(&word) {
        return false;
    }
    let next = after.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    crate::lang::en::text::SENTENCE_STARTERS.contains(&next)
}

/// Does a period end a sentence, given the word before it (`word_before`)?
fn period_ends_sentence(word: &str) -> bool {
    if word.is_empty() {
        return true;
    }
    // A single capital letter is an initial ("J. Smith", "U.S.").
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return false;
        }
    }
    // Dotted abbreviations such as "U.S" or "e.g" are followed by more text.
    let known = is_abbreviation;
    if known(word) {
        return false;
    }
    // The part after the last period of a dotted word.
    if let Some(last) = word.bytes().rposition(|b| b == b'.').and_then(|dot| word.get(dot + 1..)) {
        if known(last) || last.chars().count() == 1 {
            return false;
        }
    }
    true
}

/// Where the next byte that may end a sentence is. Only a line break or
/// a terminator can; the non-ASCII terminators ('…', '。', '！', '？') start
/// with one of three lead bytes. Every other byte is skipped by `memchr`'s
/// vector search, three bytes per search, each search's next hit kept until
/// the scan passes it.
struct Stops<'a> {
    bytes: &'a [u8],
    /// The next hit of each search at or after the last position asked
    /// (`usize::MAX`: none left).
    hits: [usize; 3],
}

impl<'a> Stops<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        let mut s = Stops { bytes, hits: [0; 3] };
        for k in 0..3 {
            s.hits[k] = s.search(k, 0);
        }
        s
    }

    fn search(&self, k: usize, from: usize) -> usize {
        let Some(hay) = self.bytes.get(from..) else { return usize::MAX };
        let hit = match k {
            0 => memchr::memchr3(b'\n', b'.', b'?', hay),
            1 => memchr::memchr3(b'!', 0xE2, 0xE3, hay),
            _ => memchr::memchr(0xEF, hay),
        };
        hit.map_or(usize::MAX, |off| from + off)
    }

    /// The first stop byte at or after `from`.
    fn find(&mut self, from: usize) -> Option<usize> {
        for k in 0..3 {
            if self.hits[k] < from {
                self.hits[k] = self.search(k, from);
            }
        }
        let first = self.hits.iter().copied().min().unwrap_or(usize::MAX);
        (first != usize::MAX).then_some(first)
    }
}

/// Split `text` into sentence spans (trimmed of surrounding whitespace;
/// empty sentences are skipped). Runs in one pass over the text. Once a
/// document, so kept out of `Document::new` (see there).
#[inline(never)]
pub fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0usize;
    let push = |out: &mut Vec<Span>, s: usize, e: usize| push_trimmed(text, out, s, e);
    let bytes = text.as_bytes();
    let mut stops = Stops::new(bytes);
    let mut next = 0;
    while let Some(i) = stops.find(next) {
        let Some(c) = char_at(text, i) else { break };
        next = i + c.len_utf8();
        if c == '\n' {
            // Blank line, or a new line that starts like a sentence: boundary.
            let rest = &text[i + 1..];
            let next_line = rest.trim_start_matches([' ', '\t', '\r']);
            let blank = next_line.starts_with('\n');
            let prev = text[start..i].trim_end();
            let prev_closed = prev.chars().last().map(|c| is_terminator(c) || is_closer(c) || c == ':').unwrap_or(true);
            let next_starts = next_line.chars().next().map(starts_sentence).unwrap_or(true);
            if blank || prev_closed || next_starts {
                push(&mut out, start, i);
                start = i + 1;
            }
            continue;
        }
        if !is_terminator(c) {
            continue;
        }
        // Swallow runs of terminators and closers ("?!", "...", '."').
        let mut end = next;
        while let Some(d) = char_at(text, end).filter(|&d| is_terminator(d) || is_closer(d)) {
            end += d.len_utf8();
        }
        next = end;
        // A boundary needs whitespace after it, then something that can
        // start a sentence (or the end of the text). A visible ASCII char
        // right after ("3.5", "TP.HCM", most periods in figures) is told
        // by its byte.
        if bytes.get(end).is_some_and(|&x| x > b' ' && x < 0x80) {
            continue;
        }
        let rest = &text[end..];
        let after = match (bytes.get(end), bytes.get(end + 1)) {
            // One space, then a visible ASCII char: most sentence ends.
            (Some(b' '), Some(&x)) if x > b' ' && x < 0x80 => text.get(end + 1..).unwrap_or(""),
            _ => rest.trim_start_matches(|c: char| is_space(c) && c != '\n'),
        };
        if after.len() == rest.len() && !rest.is_empty() {
            continue; // "3.5", "U.S.A", "TP.HCM"
        }
        if let Some(n) = after.chars().next() {
            if n == '\n' {
                continue; // the line break decides
            }
            if !starts_sentence(n) {
                continue;
            }
        }
        // One period in the run ('.' is ASCII: its bytes are its chars).
        if c == '.' && bytes.get(i..end).is_some_and(|run| run.iter().filter(|&&d| d == b'.').count() == 1) {
            // Read once for both tests.
            let word = word_before(text, i);
            if !period_ends_sentence(word) && !starts_after_abbreviation(word, after) {
                continue;
            }
        }
        push(&mut out, start, end);
        start = end;
    }
    push(&mut out, start, text.len());
    if out.iter().any(|s| s.len() > MAX_SENTENCE_BYTES) {
        out = out.into_iter().flat_map(|s| split_long(text, s)).collect();
    }
    out
}

/// The longest sentence we keep whole, in bytes. News sentences run to a
/// few hundred bytes (the longest in our samples is about 750); text that
/// goes on for kilobytes without a sentence end is a table, a list of
/// figures or not prose at all. Cutting it into pieces bounds what any
/// stage may spend on one sentence (rules compare figures within a
/// sentence), so time stays linear in the input whatever its shape, and a
/// sentence's tokens stay small enough to sit in cache.
pub const MAX_SENTENCE_BYTES: usize = 4096;

/// Cut a span longer than `MAX_SENTENCE_BYTES` into trimmed pieces of at
/// most that length: at the last whitespace in the second half of each
/// window, else after the last character that is neither a letter, a digit
/// nor a separator a number may hold (so "12,5" is not cut in two), else
/// after any such separator, else at a character boundary.
fn split_long(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut s = span.start;
    while span.end - s > MAX_SENTENCE_BYTES {
        let mut hi = s + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(hi) {
            hi -= 1;
        }
        let mut lo = s + MAX_SENTENCE_BYTES / 2;
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        let window = &text[lo..hi];
        let (cut, next) = if let Some((i, c)) = window.char_indices().rev().find(|&(_, c)| c.is_whitespace()) {
            (lo + i, lo + i + c.len_utf8())
        } else if let Some((i, c)) = window
            .char_indices()
            .rev()
            .find(|&(_, c)| !c.is_alphanumeric() && !matches!(c, '.' | ',' | '/' | '-' | ':' | '%' | '\''))
            .or_else(|| window.char_indices().rev().find(|&(_, c)| !c.is_alphanumeric()))
        {
            (lo + i + c.len_utf8(), lo + i + c.len_utf8())
        } else {
            (hi, hi)
        };
        push_trimmed(text, &mut out, s, cut);
        s = next;
    }
    push_trimmed(text, &mut out, s, span.end);
    out
}

/// Push `text[s..e]` trimmed of whitespace (as `str::trim` has it), if
/// anything is left. ASCII whitespace is stepped over by the byte; only a
/// non-ASCII byte at either end (rarely whitespace) goes to `str::trim`.
fn push_trimmed(text: &str, out: &mut Vec<Span>, s: usize, e: usize) {
    let b = text.as_bytes();
    let ascii_space = |x: u8| matches!(x, b' ' | b'\t'..=b'\r');
    let (mut a, mut z) = (s, e.min(b.len()));
    while a < z && b.get(a).is_some_and(|&x| ascii_space(x)) {
        a += 1;
    }
    while z > a && b.get(z - 1).is_some_and(|&x| ascii_space(x)) {
        z -= 1;
    }
    let plain = |k: usize| b.get(k).is_some_and(|x| x.is_ascii());
    if a == z {
        return;
    }
    if plain(a) && plain(z - 1) {
        out.push(Span::new(a, z));
        return;
    }
    // What is left of the whitespace at the ends, if any, is not ASCII;
    // `a` and `z` are char boundaries (next to ASCII bytes, or `s`, `e`).
    let Some(piece) = text.get(a..z) else { return };
    let start_trimmed = piece.trim_start();
    let lead = piece.len() - start_trimmed.len();
    let trimmed = start_trimmed.trim_end();
    if !trimmed.is_empty() {
        out.push(Span::new(a + lead, a + lead + trimmed.len()));
    }
}

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (with their combining marks), possibly with inner apostrophes
    /// or hyphens ("don't", "co-founder").
    Word,
    /// Digits with the separators that can occur inside a number
    /// ("1.234,5", "77/110", "2016-2020" is three tokens: number, dash, number).
    Number,
    /// Any other single visible character.
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

/// Tokens of `text[span]`, with spans in the coordinates of `text`. A
/// span off a char boundary has no tokens (rather than a panic).
pub fn tokens(text: &str, span: Span) -> Tokens<'_> {
    match text.get(..span.end.min(text.len())) {
        Some(t) if t.is_char_boundary(span.start) => Tokens { text: t, pos: span.start },
        _ => Tokens { text: "", pos: 0 },
    }
}

pub struct Tokens<'a> {
    /// The text up to the span's end.
    text: &'a str,
    /// Always a char boundary of `text`.
    pos: usize,
}

/// Letters and combining marks. Vietnamese and English letters all sit in
/// a few Latin blocks, which we answer without the Unicode tables: this is
/// the tokenizer's hottest test.
fn is_word_char(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphabetic(),
        0xD7 | 0xF7 => false,
        0xC0..=0x24F | 0x300..=0x36F | 0x1E00..=0x1EFF => true,
        _ => c.is_alphabetic() || unicode_normalization::char::is_combining_mark(c),
    }
}

/// The char at byte `i` (a char boundary) of `text`, decoded from the
/// bytes (the text is valid UTF-8, so the lead byte gives the length).
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    decode_at(text.as_bytes(), i)
}

/// What a byte says about the token it is in, without decoding: the
/// tokenizer's dispatch is one table lookup per byte.
const OTHER: u8 = 0;
const SPACE: u8 = 1;
const DIGIT: u8 = 2;
const ALPHA: u8 = 3;
/// The lead byte of a non-ASCII char (continuation bytes are never looked up).
const MULTI: u8 = 4;

const CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b' ' | b'\t'..=b'\r' => SPACE,
            b'0'..=b'9' => DIGIT,
            b'a'..=b'z' | b'A'..=b'Z' => ALPHA,
            0x80..=0xFF => MULTI,
            _ => OTHER,
        };
        b += 1;
    }
    t
};

#[inline]
fn class(b: u8) -> u8 {
    CLASS[b as usize]
}

/// The length of the UTF-8 char whose lead byte is `lead`.
#[inline]
fn utf8_len(lead: u8) -> usize {
    match lead {
        0..=0x7F => 1,
        0x80..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// The length of the word char at byte `i`, if there is one there.
///
/// The letters of Vietnamese and English are answered from their bytes:
/// ASCII, U+00C0–U+023F (lead bytes C3–C8, less × and ÷), the combining
/// marks U+0300–U+036F (CC, CD 80–AF) and Latin Extended Additional
/// U+1E00–U+1EFF (E1 B8–BB). Anything else is decoded and asked of
/// `is_word_char`.
#[inline(always)]
fn word_char_len(b: &[u8], i: usize) -> Option<usize> {
    let &lead = b.get(i)?;
    match lead {
        b'a'..=b'z' | b'A'..=b'Z' => Some(1),
        0..=0x7F => None,
        0xC3 => match b.get(i + 1) {
            Some(0x97 | 0xB7) => None,
            _ => Some(2),
        },
        0xC4..=0xC8 | 0xCC => Some(2),
        0xCD if b.get(i + 1).is_some_and(|&x| x < 0xB0) => Some(2),
        0xE1 if b.get(i + 1).is_some_and(|&x| (0xB8..=0xBB).contains(&x)) => Some(3),
        _ => decoded_word_char_len(b, i),
    }
}

/// Does `s` start with a char a word token starts with (a letter)? A
/// token of another kind never holds such a text.
pub(crate) fn starts_word(s: &str) -> bool {
    word_char_len(s.as_bytes(), 0).is_some()
}

/// `word_char_len` for the chars its bytes do not answer, out of line so
/// that the common path stays small where it is inlined.
#[inline(never)]
fn decoded_word_char_len(b: &[u8], i: usize) -> Option<usize> {
    decode_at(b, i).filter(|&c| is_word_char(c)).map(char::len_utf8)
}

/// The char at byte `i` of the valid UTF-8 `b`, where `i` is a char boundary.
#[inline]
fn decode_at(b: &[u8], i: usize) -> Option<char> {
    let lead = u32::from(*b.get(i)?);
    let cont = |k: usize| b.get(i + k).map(|&x| u32::from(x & 0x3F));
    let n = match lead {
        0..=0x7F => lead,
        0x80..=0xDF => (lead & 0x1F) << 6 | cont(1)?,
        0xE0..=0xEF => (lead & 0x0F) << 12 | cont(1)? << 6 | cont(2)?,
        _ => (lead & 0x07) << 18 | cont(1)? << 12 | cont(2)? << 6 | cont(3)?,
    };
    char::from_u32(n)
}

/// The end of the number whose first digit is at `start`: digits, and a
/// `.` or `,` that has a digit on both sides.
fn number_end(b: &[u8], start: usize) -> usize {
    let mut j = start;
    loop {
        match b.get(j) {
            Some(d) if d.is_ascii_digit() => j += 1,
            Some(b'.' | b',') if b.get(j + 1).is_some_and(u8::is_ascii_digit) => j += 1,
            _ => return j,
        }
    }
}

/// The end of the word whose first char ends at `j`: word chars, and an
/// apostrophe or hyphen that has one on both sides.
#[inline(always)]
fn word_end(b: &[u8], mut j: usize) -> usize {
    loop {
        // The ASCII letters of a word go by without a call.
        while b.get(j).is_some_and(|&d| class(d) == ALPHA) {
            j += 1;
        }
        let Some(&d) = b.get(j) else { return j };
        let sep_len = match d {
            b'\'' | b'-' => 1,
            0..=0x7F => return j,
            _ => match word_char_len(b, j) {
                Some(n) => {
                    j += n;
                    continue;
                }
                // '’' (U+2019), the typographic apostrophe.
                None if b.get(j..j + 3) == Some(&[0xE2, 0x80, 0x99]) => 3,
                None => return j,
            },
        };
        match word_char_len(b, j + sep_len) {
            Some(n) => j += sep_len + n,
            None => return j,
        }
    }
}

/// `word_end`, and whether every char from `j` on is a lowercase letter
/// that lowercasing leaves as it is: an ASCII one, or a non-ASCII word
/// char `case` says is one (see `Tokens::next_watched`). The entity pass
/// asks this of every word, and reading it here spares it a second pass
/// over the word. Kept apart from `word_end` (the same steps) so that the
/// figures' tokenizer stays as it is; `tests::watched_tokens_are_tokens`
/// holds the two together.
#[inline(always)]
fn word_end_watched(b: &[u8], mut j: usize, case: &impl CharCase) -> (usize, bool) {
    let mut all_lower = true;
    loop {
        while b.get(j).is_some_and(u8::is_ascii_lowercase) {
            j += 1;
        }
        let Some(&d) = b.get(j) else { return (j, all_lower) };
        let sep_len = match d {
            b'A'..=b'Z' => {
                all_lower = false;
                j += 1;
                continue;
            }
            b'\'' | b'-' => 1,
            0..=0x7F => return (j, all_lower),
            _ => match word_char_len(b, j) {
                Some(n) => {
                    all_lower = all_lower && {
                        let (_, lower, same) = case.case(b, j, d);
                        lower && same
                    };
                    j += n;
                    continue;
                }
                // '’' (U+2019), the typographic apostrophe.
                None if b.get(j..j + 3) == Some(&[0xE2, 0x80, 0x99]) => 3,
                None => return (j, all_lower),
            },
        };
        match word_char_len(b, j + sep_len) {
            Some(n) => {
                // A separator is not a letter.
                all_lower = false;
                j += sep_len + n;
            }
            None => return (j, all_lower),
        }
    }
}

/// The length of the whitespace char (as `char::is_whitespace` has it) at
/// byte `i`, whose lead byte is not ASCII. Only four lead bytes start one
/// (U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000).
#[inline]
fn multi_space_len(b: &[u8], i: usize) -> Option<usize> {
    match b.get(i)? {
        0xC2 | 0xE1 | 0xE2 | 0xE3 => decode_at(b, i).filter(|c| c.is_whitespace()).map(char::len_utf8),
        _ => None,
    }
}

/// How `Tokens::next_watched` reads a non-ASCII char's case: given the
/// bytes, the char's position and its lead byte, (uppercase, lowercase,
/// lowercasing leaves it as it is). A trait rather than a closure: a
/// function passed as a closure was called through a shim that was not
/// inlined, a call per non-ASCII letter.
pub(crate) trait CharCase {
    fn case(&self, b: &[u8], i: usize, lead: u8) -> (bool, bool, bool);
}

/// What `Tokens::next_watched` reads of a word's case as it cuts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WordCase {
    /// The first char is uppercase.
    pub first_upper: bool,
    /// Lowercasing leaves the first char as it is (said only of a first
    /// char that is not uppercase: an uppercase ASCII letter has `true`).
    pub first_same: bool,
    /// Every char after the first is a lowercase letter that lowercasing
    /// leaves as it is.
    pub rest_lower: bool,
}

impl Tokens<'_> {
    /// `next`, and for a word what its chars' case is (for a token of
    /// another kind, all `false`): ASCII letters by the byte, a non-ASCII
    /// char by `case` (given the bytes, the char's position and its lead
    /// byte: uppercase, lowercase, lowercasing leaves it as it is). The
    /// entity pass reads a word's case this way, in the one reading of its
    /// bytes. The steps are `next`'s (see there), with `word_end_watched`.
    #[inline(always)]
    pub(crate) fn next_watched(&mut self, case: &impl CharCase) -> Option<(Token, WordCase)> {
        let b = self.text.as_bytes();
        let mut start = self.pos;
        let other = WordCase { first_upper: false, first_same: false, rest_lower: false };
        let (kind, end, word_case) = loop {
            while b.get(start) == Some(&b' ') {
                start += 1;
            }
            let &c0 = b.get(start)?;
            match class(c0) {
                SPACE => start += 1,
                DIGIT => break (TokenKind::Number, number_end(b, start), other),
                ALPHA => {
                    let (end, rest_lower) = word_end_watched(b, start + 1, case);
                    break (TokenKind::Word, end, WordCase { first_upper: c0 <= b'Z', first_same: true, rest_lower });
                }
                OTHER => break (TokenKind::Punct, start + 1, other),
                _ => {
                    if let Some(n) = word_char_len(b, start) {
                        let (first_upper, _, first_same) = case.case(b, start, c0);
                        let (end, rest_lower) = word_end_watched(b, start + n, case);
                        break (TokenKind::Word, end, WordCase { first_upper, first_same, rest_lower });
                    }
                    if let Some(n) = multi_space_len(b, start) {
                        start += n;
                        continue;
                    }
                    break (TokenKind::Punct, start + utf8_len(c0), other);
                }
            }
        };
        self.pos = end;
        Some((Token { span: Span::new(start, end), kind }, word_case))
    }
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    /// Reads bytes, decoding a char only where the byte is not ASCII and
    /// not a Vietnamese letter: this runs over every sentence for figures,
    /// dates and entities alike. Inlined into its few callers' loops: a
    /// call, its register saves and the returned token in memory cost a
    /// third of a short word's reading.
    #[inline(always)]
    fn next(&mut self) -> Option<Token> {
        let b = self.text.as_bytes();
        let mut start = self.pos;
        let (kind, end) = loop {
            // The one space between two words, the most common byte after
            // a token, by a compare rather than the dispatch below.
            while b.get(start) == Some(&b' ') {
                start += 1;
            }
            let &c0 = b.get(start)?;
            match class(c0) {
                SPACE => start += 1,
                DIGIT => break (TokenKind::Number, number_end(b, start)),
                ALPHA => break (TokenKind::Word, word_end(b, start + 1)),
                OTHER => break (TokenKind::Punct, start + 1),
                _ => {
                    // A letter first: no letter is whitespace, and a
                    // Vietnamese word may start with one (lead byte E1,
                    // which some spaces share).
                    if let Some(n) = word_char_len(b, start) {
                        break (TokenKind::Word, word_end(b, start + n));
                    }
                    if let Some(n) = multi_space_len(b, start) {
                        start += n;
                        continue;
                    }
                    break (TokenKind::Punct, start + utf8_len(c0));
                }
            }
        };
        self.pos = end;
        Some(Token { span: Span::new(start, end), kind })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn vietnamese_sentences() {
        let t = "Ngày 12/6/2018, TP. Cần Thơ tổ chức hội nghị. Kết nạp 1.234,5 người! TS. Lê Văn A phát biểu.";
        assert_eq!(
            split(t),
            vec![
                "Ngày 12/6/2018, TP. Cần Thơ tổ chức hội nghị.",
                "Kết nạp 1.234,5 người!",
                "TS. Lê Văn A phát biểu."
            ]
        );
    }

    #[test]
    fn english_sentences() {
        let t = "Mr. Park met U.S. officials on Jan. 5. The rate rose 3.5 percent. \"It works,\" she said.";
        assert_eq!(
            split(t),
            vec!["Mr. Park met U.S. officials on Jan. 5.", "The rate rose 3.5 percent.", "\"It works,\" she said."]
        );
    }

    #[test]
    fn abbreviations_that_end_sentences() {
        let t = "Shares rose at 10:30 a.m. One in four traders sold. He works for Acme Inc. It grew. She met U.S. officials.";
        assert_eq!(
            split(t),
            vec!["Shares rose at 10:30 a.m.", "One in four traders sold.", "He works for Acme Inc.", "It grew.", "She met U.S. officials."]
        );
    }

    #[test]
    fn lines() {
        let t = "Tiêu đề không có dấu chấm\n17:06 - 14/06/2018\n\nĐồng chí Mai Thanh Dân, Trưởng Ban\nphát biểu chỉ đạo.\r\nCâu mới.";
        assert_eq!(
            split(t),
            vec![
                "Tiêu đề không có dấu chấm",
                "17:06 - 14/06/2018",
                "Đồng chí Mai Thanh Dân, Trưởng Ban\nphát biểu chỉ đạo.",
                "Câu mới."
            ]
        );
    }

    /// The tokenizer as first written, char by char: the byte-level one
    /// must cut every text exactly as it does.
    fn reference_tokens(text: &str, span: Span) -> Vec<Token> {
        let mut out = Vec::new();
        let Some(text) = text.get(..span.end.min(text.len())) else { return out };
        let mut pos = span.start;
        loop {
            let Some(rest) = text.get(pos..) else { return out };
            let Some(c) = rest.chars().next() else { return out };
            if c.is_whitespace() {
                pos += c.len_utf8();
                continue;
            }
            let start = pos;
            let mut it = rest.char_indices().peekable();
            let kind;
            let mut len;
            if c.is_ascii_digit() {
                kind = TokenKind::Number;
                len = 0;
                while let Some((j, d)) = it.next() {
                    if d.is_ascii_digit() {
                        len = j + 1;
                    } else if matches!(d, '.' | ',') {
                        match it.peek() {
                            Some(&(_, n)) if n.is_ascii_digit() => {}
                            _ => break,
                        }
                    } else {
                        break;
                    }
                }
            } else if is_word_char(c) {
                kind = TokenKind::Word;
                len = 0;
                while let Some((j, d)) = it.next() {
                    if is_word_char(d) {
                        len = j + d.len_utf8();
                    } else if matches!(d, '\'' | '’' | '-') {
                        match it.peek() {
                            Some(&(_, n)) if is_word_char(n) => {}
                            _ => break,
                        }
                    } else {
                        break;
                    }
                }
            } else {
                kind = TokenKind::Punct;
                len = c.len_utf8();
            }
            pos = start + len;
            out.push(Token { span: Span::new(start, start + len), kind });
        }
    }

    #[test]
    fn tokens_match_the_reference() {
        let pieces = [
            "a", "Z", "đ", "Ệ", "ư", "1", "0", ".", ",", "'", "’", "-", "–", " ", "\t", "\n", "\r", "\u{0B}",
            "\u{85}", "\u{A0}", "\u{3000}", "\u{300}", "\u{1E00}", "é", "ß", "Ω", "я", "中", "😀", "%", "/",
            "\u{200B}", "١", "×", "÷", "ª", "\u{24F}", "\u{250}", "\u{36F}", "\u{370}", "\u{1680}", "\u{2028}",
            "\u{1DFF}", "\u{1EFF}", "\u{1F00}", "ạ", "ờ", "ư", "Ð",
        ];
        let mut next = crate::test_rng(0x2545_F491_4F6C_DD1Du64);
        for _ in 0..20_000 {
            let len = next(24);
            let text: String = (0..len).map(|_| pieces[next(pieces.len())]).collect();
            let (a, b) = (next(text.len() + 2), next(text.len() + 2));
            for span in [Span::new(0, text.len()), Span::new(a.min(b), a.max(b))] {
                let got: Vec<Token> = tokens(&text, span).collect();
                assert_eq!(got, reference_tokens(&text, span), "{text:?} {span:?}");
            }
        }
    }

    /// The watched tokenizer cuts as the plain one does, and says of a
    /// word what its chars after the first say.
    #[test]
    fn watched_tokens_are_tokens() {
        let pieces = [
            "a", "Z", "đ", "Ệ", "ư", "1", ".", "'", "’", "-", " ", "\n", "\u{A0}", "\u{300}", "é", "ß", "Ω", "я",
            "中", "%", "ạ", "ờ", "Ð", "'s", "İ", "ǅ",
        ];
        struct ByTables;
        impl CharCase for ByTables {
            fn case(&self, b: &[u8], i: usize, _: u8) -> (bool, bool, bool) {
                let c = decode_at(b, i).unwrap_or('\0');
                (c.is_uppercase(), c.is_lowercase(), c.to_lowercase().eq([c]))
            }
        }
        let mut next = crate::test_rng(0x9E37_79B9_7F4A_7C15u64);
        for _ in 0..20_000 {
            let len = next(16);
            let text: String = (0..len).map(|_| pieces[next(pieces.len())]).collect();
            let a = next(text.len() + 2);
            for span in [Span::new(0, text.len()), Span::new(a.min(text.len()), text.len())] {
                let mut watched = tokens(&text, span);
                let mut got = Vec::new();
                while let Some((t, wc)) = watched.next_watched(&ByTables) {
                    if t.kind == TokenKind::Word {
                        let word = &text[t.span.start..t.span.end];
                        let mut chars = word.chars();
                        let first = chars.next().unwrap_or('\0');
                        let rest_lower = chars.all(|c| c.is_lowercase() && c.to_lowercase().eq([c]));
                        let upper = first.is_uppercase();
                        let want = (upper, !upper && first.to_lowercase().eq([first]), rest_lower);
                        assert_eq!((wc.first_upper, !wc.first_upper && wc.first_same, wc.rest_lower), want, "{text:?} {word:?}");
                    }
                    got.push(t);
                }
                assert_eq!(got, tokens(&text, span).collect::<Vec<_>>(), "{text:?} {span:?}");
            }
        }
    }

    /// The byte-level trim keeps what `str::trim` keeps, whatever
    /// whitespace (ASCII or not) sits at the ends.
    #[test]
    fn trimmed_as_str_trim() {
        let pieces = [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{A0}", "\u{3000}", "\u{2028}", "a", "Đ", "ạ", ".", "\u{85}"];
        let mut next = crate::test_rng(0x2545_F491_4F6C_DD1Du64);
        for _ in 0..5_000 {
            let len = next(10);
            let text: String = (0..len).map(|_| pieces[next(pieces.len())]).collect();
            let mut out = Vec::new();
            push_trimmed(&text, &mut out, 0, text.len());
            let t = text.trim();
            let want: Vec<Span> = if t.is_empty() { vec![] } else { let a = text.len() - text.trim_start().len(); vec![Span::new(a, a + t.len())] };
            assert_eq!(out, want, "{text:?}");
        }
    }

    /// The searches find the same stop bytes as a byte-by-byte scan, from
    /// any position, in any order of asking.
    #[test]
    fn stops_are_found_as_by_a_scan() {
        let pieces = ["a", " ", ".", "!", "?", "\n", "…", "。", "！", "？", "“", "ạ", "12", "\u{FEFF}"];
        let mut next = crate::test_rng(0x9E37_79B9_7F4A_7C15u64);
        for _ in 0..2_000 {
            let len = next(40);
            let text: String = (0..len).map(|_| pieces[next(pieces.len())]).collect();
            let b = text.as_bytes();
            let mut stops = Stops::new(b);
            let mut from = 0;
            while from <= b.len() + 1 {
                let want = (from..b.len()).find(|&k| matches!(b[k], b'\n' | b'.' | b'!' | b'?' | 0xE2 | 0xE3 | 0xEF));
                assert_eq!(stops.find(from), want, "{text:?} from {from}");
                from += 1 + next(3);
            }
        }
    }

    /// The byte-level answers agree with the char-level ones for every char.
    #[test]
    fn byte_tests_agree_with_chars() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            let word = is_word_char(c).then_some(c.len_utf8());
            assert_eq!(word_char_len(b, 0), word, "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            if !c.is_ascii() {
                assert_eq!(multi_space_len(b, 0), c.is_whitespace().then_some(c.len_utf8()), "{c:?}");
            }
            assert_eq!(utf8_len(b[0]), c.len_utf8(), "{c:?}");
        }
    }

    #[test]
    fn token_kinds() {
        let t = "Kết nạp 1.234,5 người, đạt 70%.";
        let toks: Vec<(&str, TokenKind)> =
            tokens(t, Span::new(0, t.len())).map(|k| (&t[k.span.start..k.span.end], k.kind)).collect();
        assert_eq!(
            toks,
            vec![
                ("Kết", TokenKind::Word),
                ("nạp", TokenKind::Word),
                ("1.234,5", TokenKind::Number),
                ("người", TokenKind::Word),
                (",", TokenKind::Punct),
                ("đạt", TokenKind::Word),
                ("70", TokenKind::Number),
                ("%", TokenKind::Punct),
                (".", TokenKind::Punct),
            ]
        );
    }

    #[test]
    fn endless_sentences_are_cut_between_words_and_numbers() {
        // 20,000 numbers with no sentence end: pieces of bounded length,
        // cut at spaces, covering every number exactly once.
        let text: String = (0..20_000).map(|i| format!("{} và ", i * 7919 % 100_000)).collect();
        let spans = sentences(&text);
        assert!(spans.len() > 1);
        assert!(spans.iter().all(|s| s.len() <= MAX_SENTENCE_BYTES));
        assert!(spans.windows(2).all(|w| w[0].end < w[1].start));
        let words: Vec<&str> = spans.iter().flat_map(|s| text[s.start..s.end].split_whitespace()).collect();
        assert_eq!(words, text.split_whitespace().collect::<Vec<_>>());
        // No spaces at all: cut after punctuation, never inside a number.
        let text = "12,5%;".repeat(2_000) + &"đ".repeat(3_000);
        let spans = sentences(&text);
        assert!(spans.iter().all(|s| s.len() <= MAX_SENTENCE_BYTES && text.is_char_boundary(s.start) && text.is_char_boundary(s.end)));
        assert!(spans.iter().take(spans.len() - 2).all(|s| text[s.start..s.end].ends_with(';')));
        assert_eq!(spans.iter().map(|s| s.len()).sum::<usize>(), text.len());
        // Ordinary sentences are untouched.
        assert_eq!(split("Một câu. Câu hai."), vec!["Một câu.", "Câu hai."]);
    }
}
