//! The scanner: one left-to-right pass over each sentence's tokens.
//!
//! At each token that can start a figure (a digit, a currency sign, a word
//! from the tables), small hand-written parsers try, in order, the readings
//! that must win over a plain count: dates and clock times (left to the date
//! recognizer), identifiers (document numbers, codes, clause numbers),
//! ordinals and multipliers, money with its sign before. Then the numeral
//! itself is read (digits, words, scale words) and widened by what follows
//! it: "%", "phần trăm", a currency, a unit of time, a fraction word, or the
//! counted noun that becomes its unit.
//!
//! A second pass over the sentence's figures joins neighbours that the text
//! joins: "2016 – 2020", "từ 5 đến 7 triệu", "77 trên 110", "1 in 5",
//! "cứ 5 người thì có 1". That pass is why some numerals are kept but not
//! shown: "one" alone is not worth a highlight, but "one in five" is a ratio.

use super::case::{LowRef, Lower, Upper};
use super::decimal::Dec;
use super::digits::{self, Digits};
use super::lexicon::{Lexicon, Phrases, TRIGGER_SHIFT, T_CODE, T_IDENT, T_ORD_PREFIX, T_OTHER, T_SERIES};
use super::lexicon::{W_CLASSIFIER, W_DATE_START, W_FOLD, W_FRACTION_SEPARATOR, W_NOT_UNIT, W_NUMBER, W_TIMES};
use super::lexicon::{W_MULTIPLIER_BEFORE_DET, W_MULTIPLIER_PREFIX, W_MULTIPLIER_WORD};
use super::model::{Bound, Figure, Kind, Quantity, TimeUnit};
use super::words::{self, Item, NumWord};
use crate::lang::Lang;
use crate::span::Span;
use crate::text::{Document, TokenKind};

/// 56 bytes (72 with a `Span`, a `usize` range and an `Option`): the
/// scanner writes one a token and reads them many times.
#[derive(Debug, Clone, Copy)]
struct Tok<'d> {
    /// The token's text, sliced once here: the readings ask it of a
    /// token many times (`raw`, `w`), and a slice of the text checks its
    /// bounds and char boundaries each time.
    raw: &'d str,
    /// Where `raw` starts in the text (it ends `raw.len()` later).
    start: usize,
    /// The lowercase word's `Lexicon::word_bits`.
    bits: u64,
    /// Where the lowercase text is in the scanner's buffer, `lo.1` 0
    /// when the text is already lowercase (see `LowRef`).
    lo: (u32, u32),
    /// A number token's digit numeral, read once (the readings at a
    /// number all start from it): its index in `Scanner::nums`, or
    /// `NO_DIGITS`.
    digits: u32,
    kind: TokenKind,
    /// No whitespace between this token and the previous one.
    joined: bool,
    /// Starts with an uppercase letter.
    cap: bool,
    /// Inside a date or time the date recognizer found.
    taken: bool,
}

const NO_DIGITS: u32 = u32::MAX;

/// `load`'s end of the previous token before the first: no token starts
/// there (a token's start is before the text's end).
const NO_TOKEN: usize = usize::MAX;

impl Tok<'_> {
    fn end(&self) -> usize {
        self.start + self.raw.len()
    }
}

/// A figure in the making, with what the joining pass needs to know.
#[derive(Debug, Clone)]
struct Found {
    fig: Figure,
    t0: usize,
    t1: usize,
    /// Shown in the report (some numerals only serve the joining pass).
    emit: bool,
    /// A plain number with no suffix, which may share its neighbour's.
    bare: bool,
    /// The scale word the number ends with (6 for "7 triệu").
    scale: i32,
    /// A year, for ranges of years.
    year: Option<f64>,
    /// Came from the date recognizer.
    date: bool,
    /// The value as written, for exact arithmetic when joining.
    dec: Option<Dec>,
}

enum Step {
    Fig(Found, usize),
    Skip(usize),
}

/// A numeral read at a token.
#[derive(Debug, Clone, Copy)]
struct Numeral {
    value: Dec,
    decimals: u8,
    t0: usize,
    t1: usize,
    words: bool,
    scale: i32,
    first: Option<Digits>,
}

pub struct Scanner<'d, 'a> {
    doc: &'d Document<'a>,
    lx: &'static Lexicon,
    upper: &'static Upper,
    vi: bool,
    toks: Vec<Tok<'d>>,
    /// The digit numerals of the sentence's number tokens (kept apart, so
    /// that the tokens stay small).
    nums: Vec<Digits>,
    low: String,
    /// The sentence's tokens as the tokenizer cut them (hyphenated words
    /// whole), lowercased: what the date recognizer reads.
    words: Vec<LowRef<'d>>,
    /// Some token of the sentence has an ASCII digit.
    has_digit: bool,
    /// A list of series members continues after this token ("4, 5, 6").
    series_until: std::cell::Cell<Option<usize>>,
    /// Reused buffer for the number-word parser.
    items: std::cell::RefCell<Vec<Item>>,
    /// Reused buffer for a sentence's figures before joining.
    found: Vec<Found>,
    /// The first bytes of the currency signs (`Lexicon::symbols`), one bit each.
    symbol_starts: [u64; 4],
}

/// Asked at every number: inlined, and decided by the first byte for
/// most tokens ("-" or the lead byte of the Unicode dashes, U+2010–U+2212).
#[inline(always)]
fn is_dash(s: &str) -> bool {
    match s.as_bytes().first() {
        Some(b'-') => s.len() == 1,
        Some(0xE2) => matches!(s, "–" | "—" | "‐" | "‑" | "−"),
        _ => false,
    }
}

/// The quantity with its value's sign turned, for the kinds a sign can
/// stand before.
fn negated(q: &Quantity) -> Option<Quantity> {
    Some(match *q {
        Quantity::Number { value, decimals } if value != 0.0 => Quantity::Number { value: -value, decimals },
        Quantity::Percent { value, decimals } if value != 0.0 => Quantity::Percent { value: -value, decimals },
        Quantity::PercentagePoint { value, decimals } if value != 0.0 => Quantity::PercentagePoint { value: -value, decimals },
        Quantity::Money { value, currency, decimals } if value != 0.0 => Quantity::Money { value: -value, currency, decimals },
        _ => return None,
    })
}

fn roman(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 12 || !s.bytes().all(|b| b"IVXLCDM".contains(&b)) {
        return None;
    }
    let val = |b: u8| match b {
        b'I' => 1,
        b'V' => 5,
        b'X' => 10,
        b'L' => 50,
        b'C' => 100,
        b'D' => 500,
        _ => 1000,
    };
    let bytes = s.as_bytes();
    let mut total = 0u32;
    let mut k = 0;
    while k < bytes.len() {
        let v = val(bytes[k]);
        let next = bytes.get(k + 1).map(|&n| val(n)).unwrap_or(0);
        if next > v {
            total += next - v;
            k += 2;
        } else {
            total += v;
            k += 1;
        }
    }
    // Only canonical forms: writing the value back must give the same text.
    (to_roman(total) == s).then_some(total)
}

fn to_roman(mut n: u32) -> String {
    const T: [(u32, &str); 13] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
        (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];
    let mut s = String::new();
    for (v, r) in T {
        while n >= v && s.len() < 20 {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// What `push_tok` needs to know of a token's bytes, in one pass: bits
/// `UPPER_ASCII`, `NON_ASCII`, `HYPHEN`, `DIGIT`.
fn byte_class(s: &str) -> u8 {
    s.bytes().fold(0, |acc, b| acc | BYTE_CLASS[b as usize])
}

const UPPER_ASCII: u8 = 1;
const NON_ASCII: u8 = 2;
const HYPHEN: u8 = 4;
const DIGIT: u8 = 8;

const BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = if b >= 0x80 {
            NON_ASCII
        } else if b >= b'A' as usize && b <= b'Z' as usize {
            UPPER_ASCII
        } else if b == b'-' as usize {
            HYPHEN
        } else if b >= b'0' as usize && b <= b'9' as usize {
            DIGIT
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Append `piece` lowercased to `low` when it has an uppercase letter
/// (`class` is `byte_class(piece)`), and say whether its first letter is
/// one; `None` (nothing appended) when it is lowercase already. Only a
/// piece with an uppercase letter is copied; an ASCII one without a
/// capital is never decoded.
#[inline(always)]
fn lower_into(low: &mut String, up: &Upper, piece: &str, class: u8) -> Option<bool> {
    let needs = class & UPPER_ASCII != 0 || class & NON_ASCII != 0 && piece.chars().any(|c| c as u32 >= 0x80 && up.is(c));
    if !needs {
        return None;
    }
    if class & NON_ASCII == 0 {
        // One copy, then lowercased in place (no push per byte).
        let s = low.len();
        low.push_str(piece);
        if let Some(added) = low.get_mut(s..) {
            added.make_ascii_lowercase();
        }
        Some(piece.as_bytes().first().is_some_and(u8::is_ascii_uppercase))
    } else {
        for c in piece.chars() {
            if up.is(c) {
                low.extend(c.to_lowercase());
            } else {
                low.push(c);
            }
        }
        Some(piece.chars().next().is_some_and(|c| up.is(c)))
    }
}

impl<'d, 'a> Scanner<'d, 'a> {
    pub fn new(doc: &'d Document<'a>) -> Self {
        let lx = Lexicon::get(doc.lang);
        Scanner {
            doc,
            lx,
            upper: Upper::get(),
            vi: doc.lang == Lang::Vi,
            toks: Vec::new(),
            nums: Vec::new(),
            low: String::new(),
            words: Vec::new(),
            has_digit: false,
            series_until: std::cell::Cell::new(None),
            items: std::cell::RefCell::new(Vec::with_capacity(64)),
            found: Vec::new(),
            symbol_starts: {
                let mut m = [0u64; 4];
                for b in lx.symbols.keys().filter_map(|k| k.as_bytes().first()) {
                    m[usize::from(b >> 6)] |= 1 << (b & 63);
                }
                m
            },
        }
    }

    // ---- token access -------------------------------------------------

    fn n(&self) -> usize {
        self.toks.len()
    }

    fn w(&self, i: usize) -> Option<&str> {
        let t = self.toks.get(i)?;
        if t.lo.1 != 0 {
            self.low.get(t.lo.0 as usize..t.lo.1 as usize)
        } else {
            Some(t.raw)
        }
    }

    /// `digits::parse` of number token `i`'s text.
    fn digits(&self, i: usize) -> Option<Digits> {
        self.toks.get(i).and_then(|t| self.nums.get(t.digits as usize)).copied()
    }

    /// Is token `i`'s lowercase word in the set that `bit` stands for
    /// (`W_NUMBER`, `W_CLASSIFIER`, ...)?
    fn has(&self, bit: u64, i: usize) -> bool {
        self.bits(i) & bit != 0
    }

    fn bits(&self, i: usize) -> u64 {
        self.toks.get(i).map_or(0, |t| t.bits)
    }

    /// Token `i`'s `Lexicon::triggers` flags (`T_CODE`, `T_OTHER`, ...).
    /// A word without a flag is in none of the sets the flag stands for,
    /// so the set need not be asked.
    fn flags(&self, i: usize) -> u8 {
        (self.bits(i) >> TRIGGER_SHIFT) as u8
    }

    /// `table.at(i)`, answered from the token's word bits when no phrase
    /// of the table starts with its word (most tokens, most tables).
    #[inline]
    fn phrase_at<T: Copy>(&self, table: &Phrases<T>, i: usize) -> Option<(usize, T)> {
        if self.bits(i) & table.first_bit == 0 {
            return None;
        }
        table.at(|k| self.w(k), i)
    }

    /// `table.before(end)`, with the same shortcut on the word before `end`.
    /// The shortcut is inlined, the search not: most calls end at the
    /// shortcut, and a call for it cost more than the test.
    #[inline(always)]
    fn phrase_before<T: Copy>(&self, table: &Phrases<T>, end: usize) -> Option<(usize, T)> {
        if self.bits(end.checked_sub(1)?) & table.last_bit == 0 {
            return None;
        }
        self.phrase_before_search(table, end)
    }

    #[inline(never)]
    fn phrase_before_search<T: Copy>(&self, table: &Phrases<T>, end: usize) -> Option<(usize, T)> {
        table.before(|k| self.w(k), end)
    }

    fn wis(&self, i: usize, s: &str) -> bool {
        self.w(i) == Some(s)
    }

    fn raw(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.raw)
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Number)
    }

    fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word)
    }

    fn is_punct(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Punct)
    }

    fn joined(&self, i: usize) -> bool {
        self.toks.get(i).map(|t| t.joined).unwrap_or(false)
    }

    fn free(&self, i: usize) -> bool {
        self.toks.get(i).map(|t| !t.taken).unwrap_or(false)
    }

    fn cap(&self, i: usize) -> bool {
        self.toks.get(i).map(|t| t.cap).unwrap_or(false)
    }

    fn span(&self, t0: usize, t1: usize) -> Span {
        match (self.toks.get(t0), t1.checked_sub(1).and_then(|k| self.toks.get(k))) {
            (Some(a), Some(b)) if t1 > t0 => Span::new(a.start, b.end()),
            (Some(a), _) => Span::new(a.start, a.end()),
            _ => Span::default(),
        }
    }

    fn text(&self, t0: usize, t1: usize) -> String {
        // Most units are one word: its text is sliced already.
        if t1 == t0 + 1 {
            return self.raw(t0).to_string();
        }
        self.doc.slice(self.span(t0, t1)).to_string()
    }

    /// Does a word that could begin a sentence-internal name start here
    /// (capitalized, not at the start of the sentence or after an opener)?
    /// The capital is tested inlined: most words have none.
    #[inline(always)]
    fn name_like(&self, i: usize) -> bool {
        self.cap(i) && i > 0 && !self.opener(i - 1)
    }

    #[inline(never)]
    fn opener(&self, i: usize) -> bool {
        matches!(self.raw(i), "(" | "\"" | "“" | "'" | "‘" | ":" | "-" | "–" | "—" | "•" | "*" | "[")
    }

    // ---- sentence -----------------------------------------------------

    /// Read one sentence's tokens: cut by the tokenizer (what the date
    /// recognizer reads, from `lower`), and split, lowercased and looked up
    /// once for both the date recognizer and `sentence`, in the same pass.
    #[inline(never)]
    pub fn load(&mut self, sent: Span) {
        self.toks.clear();
        self.nums.clear();
        self.low.clear();
        self.words.clear();
        let text: &'d str = self.doc.text();
        // Where the previous token ends; `NO_TOKEN` before the first.
        let mut prev_end: usize = NO_TOKEN;
        let mut has_digit = false;
        // The tokenizer says, as it cuts a word, whether a char of it is
        // uppercase (see `Upper`'s `CharCase`): a word with no capital and
        // no hyphen or apostrophe, most of them, has its bytes read once.
        let upper: &'static Upper = self.upper;
        let mut cut = crate::text::segment::tokens(text, sent);
        while let Some((t, case)) = cut.next_watched(upper) {
            let piece = text.get(t.span.start..t.span.end).unwrap_or("");
            // The tokenizer's kinds say most of `byte_class`: a number is
            // ASCII digits with "." and ",", punctuation one char; only a
            // word's bytes need reading, and only when it may have a
            // capital or a hyphen (0 says it has neither).
            let class = match t.kind {
                TokenKind::Number => {
                    has_digit = true;
                    DIGIT
                }
                TokenKind::Punct => piece.as_bytes().first().map_or(0, |&b| BYTE_CLASS[usize::from(b)]),
                TokenKind::Word if case.rest_lower && !case.first_upper => 0,
                TokenKind::Word => byte_class(piece),
            };
            if t.kind == TokenKind::Word && class & HYPHEN != 0 {
                self.push_hyphenated(t.span, piece, class, &mut prev_end);
                continue;
            }
            let word = self.push_tok(t.span, t.kind, piece, class, &mut prev_end);
            self.words.push(word);
        }
        self.has_digit = has_digit;
    }

    /// `load`'s hyphenated word ("seventy-seven", "20-year-old"): its
    /// parts are tokens of their own, the whole word one of the date
    /// recognizer's ("mid-March"). Out of line: few words have a hyphen.
    #[inline(never)]
    fn push_hyphenated(&mut self, span: Span, piece: &'d str, class: u8, prev_end: &mut usize) {
        let mut off = span.start;
        for (k, part) in piece.split('-').enumerate() {
            let s = off;
            off += part.len() + 1;
            if part.is_empty() {
                continue;
            }
            // The tokenizer keeps a hyphen in a word only between two
            // letters: every part after the first follows its hyphen, glued.
            if k > 0 {
                *prev_end = s;
            }
            let _ = self.push_tok(Span::new(s, s + part.len()), TokenKind::Word, part, byte_class(part), prev_end);
        }
        let s = self.low.len();
        let lowered = lower_into(&mut self.low, self.upper, piece, class).is_some();
        let (pos, kind) = (span.start, TokenKind::Word);
        let word = if lowered { LowRef::buf(piece, pos, kind, s, self.low.len()) } else { LowRef::text(piece, pos, kind) };
        let start = super::datetime::hyphenated_start(word.lower(&self.low));
        self.words.push(word.date_start_if(start));
    }

    /// Does a token of the sentence `load` read have an ASCII digit? The
    /// tokenizer leaves out only whitespace, and only its numbers have
    /// ASCII digits, so: does the sentence have a number?
    pub fn has_digit(&self) -> bool {
        self.has_digit
    }

    /// The tokens `load` read, lowercased, index for index.
    pub fn lower(&self) -> Lower<'_> {
        Lower::new(&self.low, &self.words)
    }

    /// `class` is `byte_class(piece)`. Inlined: called once per token.
    /// Returns where the token's lowercase text is.
    #[inline(always)]
    fn push_tok(&mut self, span: Span, kind: TokenKind, piece: &'d str, class: u8, prev_end: &mut usize) -> LowRef<'d> {
        // A hyphenated word's parts after the first are joined to the one
        // before (`push_hyphenated` says so by `prev_end`).
        let joined = *prev_end == span.start;
        let s = self.low.len();
        let lowered = lower_into(&mut self.low, self.upper, piece, class);
        let cap = lowered.unwrap_or(false);
        let word = match lowered {
            Some(_) => LowRef::buf(piece, span.start, kind, s, self.low.len()),
            None => LowRef::text(piece, span.start, kind),
        };
        let lower = word.lower(&self.low);
        let bits = if self.lx.word_filter.may_contain(lower) {
            self.lx.word_bits.get(lower)
        } else {
            0
        };
        let digits = match kind {
            TokenKind::Number => match digits::parse(piece, self.doc.lang) {
                Some(d) => {
                    self.nums.push(d);
                    self.nums.len() as u32 - 1
                }
                None => NO_DIGITS,
            },
            _ => NO_DIGITS,
        };
        let lo = word.range();
        self.toks.push(Tok { raw: piece, start: span.start, bits, lo, digits, kind, joined, cap, taken: false });
        *prev_end = span.end;
        word.date_start_if(bits & W_DATE_START != 0)
    }

    /// Figures of the sentence `load` read, appended to
    /// `out`; `dates` are the date recognizer's figures of the sentence,
    /// taken (the buffer is left empty).
    #[inline(never)]
    pub fn sentence(&mut self, dates: &mut Vec<Figure>, out: &mut Vec<Figure>) {
        self.series_until.set(None);
        let mut found = std::mem::take(&mut self.found);
        found.clear();
        for d in dates.drain(..) {
            // Tokens are in text order and do not overlap: binary search,
            // or a sentence of many dates costs dates × tokens.
            let t0 = self.toks.partition_point(|t| t.end() <= d.span.start);
            let t1 = self.toks.partition_point(|t| t.start < d.span.end);
            if t0 >= self.toks.len() || t1 <= t0 {
                continue;
            }
            for t in self.toks.get_mut(t0..t1).into_iter().flatten() {
                t.taken = true;
            }
            let year = match &d.quantity {
                Quantity::Date { iso, .. } if iso.len() == 4 => iso.parse::<f64>().ok(),
                _ => None,
            };
            found.push(Found { fig: d, t0, t1, emit: true, bare: false, scale: 0, year, date: true, dec: None });
        }
        let mut i = 0;
        let n = self.n();
        while i < n {
            if !self.free(i) || !self.may_start(i) {
                i += 1;
                continue;
            }
            let step = self.at(i);
            // Never let a figure run into a date. Tested by reference, so
            // that the figure is moved once, from the step into `found`.
            let ok = match &step {
                Some(Step::Fig(f, _)) => (f.t0..f.t1).all(|k| self.free(k)),
                _ => true,
            };
            match step {
                Some(Step::Fig(f, next)) if ok => {
                    found.push(f);
                    i = next.max(i + 1);
                }
                Some(Step::Skip(next)) => i = next.max(i + 1),
                _ => i += 1,
            }
        }
        // Each source's figures are in token order; most sentences have
        // only one source, and a sorted slice need not be sorted (stable
        // sorting leaves it as it is).
        let key = |f: &Found| (f.t0, f.date as u8);
        if !found.is_sorted_by_key(key) {
            found.sort_by_key(key);
        }
        self.signs(&mut found);
        self.join(&mut found, out);
        self.found = found;
    }

    /// Negative figures: a minus sign glued before the number ("-3 độ C",
    /// "−0,3%", "−$4.5 billion") or a sign word before its digits ("âm 5
    /// độ C", "minus 40 degrees"). A dash right after a number or a figure
    /// ("20 -30", "5 triệu -7 triệu") joins a range instead, one glued to
    /// a word names something ("COVID-19"), and one that opens the
    /// sentence is a list's bullet: those stay as they are. A negative
    /// figure keeps no exact decimal, so it joins no range or ratio.
    fn signs(&self, found: &mut [Found]) {
        let mut prev_end = usize::MAX;
        for f in found.iter_mut() {
            let end = f.t1;
            if !f.date && f.t0 > 0 && prev_end != f.t0 - 1 && self.sign_before(f.t0) {
                if let Some(q) = negated(&f.fig.quantity) {
                    let k = f.t0 - 1;
                    f.fig.quantity = q;
                    f.fig.span = Span::new(self.toks.get(k).map_or(f.fig.span.start, |t| t.start), f.fig.span.end);
                    f.t0 = k;
                    f.dec = None;
                    f.year = None;
                    f.bare = false;
                }
            }
            prev_end = end;
        }
    }

    /// Is token `t0 - 1` a minus sign of the figure starting at `t0`?
    fn sign_before(&self, t0: usize) -> bool {
        let k = t0 - 1;
        if !self.free(k) {
            return false;
        }
        let before_is_number = k > 0 && self.is_num(k - 1);
        match self.raw(k) {
            "-" | "\u{2212}" => {
                if !self.joined(t0) || k == 0 || before_is_number {
                    return false;
                }
                !self.joined(k) || matches!(self.raw(k - 1), "(" | "[")
            }
            // A sign word is as long as one of the list, in any case:
            // most words before a figure fail that before anything else.
            raw => {
                self.lx.negative_words.iter().any(|n| n.len() == raw.len())
                    && self.is_word(k)
                    && self.is_num(t0)
                    && !self.joined(t0)
                    && !before_is_number
                    && self.w(k).is_some_and(|w| self.lx.negative_words.contains(&w))
                    && !(k > 0 && self.w(k - 1).is_some_and(|w| self.lx.negative_not_after.contains(w)))
            }
        }
    }

    // ---- dispatch -----------------------------------------------------

    /// Can `at(i)` find anything? False for the many tokens it would pass
    /// over at its first tests: a word with no trigger flag, not glued to
    /// what follows and not a capitalized Roman numeral; punctuation that begins
    /// no currency sign and is no "+" or "#".
    fn may_start(&self, i: usize) -> bool {
        match self.kind(i) {
            Some(TokenKind::Number) => true,
            // Of a capitalized word with no flag, not glued to what follows,
            // `at_word` reads only a Roman numeral ("khóa XII").
            Some(TokenKind::Word) => self.flags(i) != 0 || self.joined(i + 1) || self.cap(i) && self.roman_start(i),
            Some(TokenKind::Punct) => {
                let first = self.raw(i).as_bytes().first().copied().unwrap_or(0);
                self.symbol_starts[usize::from(first >> 6)] >> (first & 63) & 1 != 0 || first == b'+' || first == b'#'
            }
            None => false,
        }
    }

    /// Token `i` starts with a letter of the Roman numerals.
    fn roman_start(&self, i: usize) -> bool {
        let first = self.toks.get(i).and_then(|t| t.raw.as_bytes().first());
        matches!(first, Some(b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M'))
    }

    /// The readings at token `i`, by its kind. The readings at a number
    /// and at a word are out of line: in WASM this function, with both
    /// inlined, was one of 25 KB, which V8 takes long to compile.
    fn at(&self, i: usize) -> Option<Step> {
        match self.kind(i)? {
            TokenKind::Number => self.at_number(i),
            TokenKind::Punct => self.at_punct(i),
            TokenKind::Word => self.at_word(i),
        }
    }

    /// End of the run of tokens glued to token `i` (no spaces), not ending
    /// in punctuation. Inlined is the common case, a token with a space
    /// after it.
    #[inline(always)]
    fn chain_end(&self, i: usize) -> usize {
        if !self.joined(i + 1) {
            return i + 1;
        }
        self.chain_end_glued(i)
    }

    #[inline(never)]
    fn chain_end_glued(&self, i: usize) -> usize {
        let mut j = i + 1;
        while j < self.n() && self.joined(j) {
            let r = self.raw(j);
            if self.is_punct(j) && !matches!(r, "/" | "-" | "." | "_" | ":" | "@" | "#" | "=" | "?" | "&" | "+" | "~" | "%") {
                break;
            }
            j += 1;
        }
        while j > i + 1 && self.is_punct(j - 1) {
            j -= 1;
        }
        j
    }

    fn chain_has_digit(&self, i: usize, j: usize) -> bool {
        (i..j).any(|k| self.is_num(k))
    }

    fn found(&self, t0: usize, t1: usize, q: Quantity) -> Found {
        Found { fig: Figure::new(self.span(t0, t1), q), t0, t1, emit: true, bare: false, scale: 0, year: None, date: false, dec: None }
    }

    fn ident(&self, t0: usize, t1: usize) -> Step {
        Step::Fig(self.found(t0, t1, Quantity::Identifier), t1)
    }

    fn approx_before(&self, t0: usize) -> bool {
        self.phrase_before(&self.lx.hedges, t0).is_some()
    }

    // ---- punctuation --------------------------------------------------

    fn at_punct(&self, i: usize) -> Option<Step> {
        let raw = self.raw(i);
        if let Some(code) = self.lx.symbols.get(raw).copied() {
            // "US$", "S$", "HK$": the letters are glued before the sign.
            let mut start = i;
            if i > 0 && self.joined(i) && self.is_word(i - 1) && self.free(i - 1) {
                let both = format!("{}{}", self.raw(i - 1), raw);
                if let Some(c) = self.lx.symbols.get(both.as_str()).copied() {
                    return self.money_prefix(i - 1, i + 1, c);
                }
            }
            if self.is_num(i + 1) {
                start = i;
            }
            return self.money_prefix(start, i + 1, code);
        }
        if raw == "+" && self.is_num(i + 1) && self.joined(i + 1) && !self.joined(i) {
            let end = self.phone_end(i + 1);
            return Some(self.ident(i, end));
        }
        if raw == "#" && self.is_num(i + 1) && self.joined(i + 1) {
            let end = self.chain_end(i + 1);
            return Some(self.ident(i, end));
        }
        None
    }

    /// Digit groups of a phone number after its first group.
    fn phone_end(&self, i: usize) -> usize {
        let mut end = self.chain_end(i);
        let mut groups = 0;
        loop {
            let mut k = end;
            if matches!(self.raw(k), "-" | "." | ")" | "(") {
                k += 1;
            }
            let r = self.raw(k);
            if groups < 5 && self.is_num(k) && (2..=4).contains(&r.len()) && r.bytes().all(|b| b.is_ascii_digit()) {
                end = k + 1;
                groups += 1;
            } else {
                break;
            }
        }
        end
    }

    // ---- words --------------------------------------------------------

    #[inline(never)]
    fn at_word(&self, i: usize) -> Option<Step> {
        // Letters glued to digits: "COVID-19", "v2.1", "G7", "Q3", "H5N1".
        if self.joined(i + 1) && (self.is_num(i + 1) || (matches!(self.raw(i + 1), "-" | "_" | "." | "/") && self.is_num(i + 2) && self.joined(i + 2))) {
            let raw = self.raw(i);
            let code = self.lx.codes.get(raw).copied();
            if let Some(code) = code {
                return self.money_prefix(i, i + 1, code);
            }
            if !(self.joined(i + 1) && self.lx.symbols.contains_key(self.raw(i + 1))) && !(self.vi && (self.wis(i, "h") || self.wis(i, "ngày"))) {
                let end = self.chain_end(i);
                return Some(self.ident(i, end));
            }
        }
        // Roman numerals after a name or a series word: "khóa XII", "Elizabeth II".
        // They start with a capital: other words skip the test.
        if self.cap(i) {
            let raw = self.raw(i);
            if raw.len() >= 2 && raw.bytes().all(|b| b"IVXLCDM".contains(&b)) && raw.bytes().any(|b| b"IVX".contains(&b)) {
                if let Some(v) = roman(raw) {
                    let cue = self.phrase_before(&self.lx.series, i).is_some();
                    if cue || (i > 0 && self.cap(i - 1)) || self.wis(i.wrapping_sub(1), "(") {
                        let mut f = self.found(i, i + 1, Quantity::Ordinal { value: v as f64 });
                        f.dec = Some(Dec::int(v as u128));
                        self.series_until.set(Some(i + 1));
                        return Some(Step::Fig(f, i + 1));
                    }
                }
            }
        }
        // The word's `triggers` flags, from its word bits: most words have
        // none, and need not be sliced.
        let flags = (self.bits(i) >> TRIGGER_SHIFT) as u8;
        if flags == 0 {
            return None;
        }
        let raw = self.raw(i);
        let low = self.w(i)?;
        let code_here = if flags & T_CODE != 0 { self.lx.codes.get(raw).copied() } else { None };
        if matches!(low, "http" | "https" | "www") && self.joined(i + 1) {
            let mut end = i + 1;
            while end < self.n() && self.joined(end) {
                end += 1;
            }
            while end > i + 1 && self.is_punct(end - 1) {
                end -= 1;
            }
            return Some(if self.chain_has_digit(i, end) { self.ident(i, end) } else { Step::Skip(end) });
        }
        if flags & T_IDENT != 0 {
            if let Some(s) = self.identifier_cue(i) {
                return Some(s);
            }
        }
        if flags & T_SERIES != 0 {
            if let Some(s) = self.series_cue(i) {
                return Some(s);
            }
        }
        if let Some(code) = code_here {
            if self.is_num(i + 1) {
                return self.money_prefix(i, i + 1, code);
            }
        }
        if flags & T_ORD_PREFIX != 0 && self.phrase_at(&self.lx.ordinal_prefixes, i).is_some() {
            if let Some(s) = self.ordinal_after_prefix(i) {
                return Some(s);
            }
        }
        if flags & T_OTHER == 0 {
            return None;
        }
        // The sets below are asked through the word's bits first: most
        // trigger words are number words, in none of them.
        if self.has(W_MULTIPLIER_PREFIX, i) {
            return self.multiplier_prefix(i);
        }
        // "more than double the 2023 total": "double" compares when a determiner follows.
        if let Some(&v) = if self.has(W_MULTIPLIER_BEFORE_DET, i) { self.lx.multiplier_before_det.get(low) } else { None } {
            if self.w(i + 1).is_some_and(|x| self.lx.determiners.contains(x)) {
                let mut f = self.found(i, i + 1, Quantity::Multiplier { value: v });
                f.fig.approximate = self.approx_before(i);
                return Some(Step::Fig(f, i + 1));
            }
            return None;
        }
        if let Some(&v) = if self.has(W_MULTIPLIER_WORD, i) { self.lx.multiplier_words.get(low) } else { None } {
            if self.vi {
                return None;
            }
            let mut f = self.found(i, i + 1, Quantity::Multiplier { value: v });
            f.fig.approximate = self.approx_before(i);
            return Some(Step::Fig(f, i + 1));
        }
        if self.vi {
            if let Some(s) = self.vi_special(i, low) {
                return Some(s);
            }
        } else if let Some(s) = self.en_special(i, low) {
            return Some(s);
        }
        if self.has(W_NUMBER, i) || matches!(low, "a" | "an") {
            if self.name_like(i) {
                return None;
            }
            return self.numeral_figure(i, i);
        }
        None
    }

    fn identifier_cue(&self, i: usize) -> Option<Step> {
        // "số" is a number sign after a document type, or when capitalized,
        // or before a code; "tổng số 611" is a count.
        if self.lx.number_sign.contains(self.w(i)?) {
            if !self.is_num(i + 1) {
                return None;
            }
            let end = self.chain_end(i + 1);
            let code = (i + 1..end).any(|k| self.is_word(k) || matches!(self.raw(k), "/" | "-"));
            if i > 0 && self.w(i - 1).map(|x| self.lx.count_before_sign.contains(x)).unwrap_or(false) {
                return None;
            }
            let doc = self.phrase_before(&self.lx.document_types, i).is_some() || self.cap(i) || self.w(i + 2).map(|x| self.lx.street_words.contains(x)).unwrap_or(false);
            // "áo số 10", "Bão số 3", "tuyến metro số 1": a label after the
            // noun it names — unless what follows is counted ("số 1.200 hộ").
            let after = self.numeral_end(i + 1);
            let counted = self.raw(after) == "%"
                || self.phrase_at(&self.lx.count_nouns, after).is_some()
                || self.w(after).is_some_and(|x| self.lx.classifiers.contains(x) || self.lx.numbers.contains_key(x))
                || self.phrase_at(&self.lx.currencies, after).is_some()
                || self.phrase_at(&self.lx.percent, after).is_some()
                || self.phrase_at(&self.lx.time_units, after).is_some();
            let plain = self.raw(i + 1).bytes().all(|b| b.is_ascii_digit());
            let label = i > 0 && self.is_word(i - 1) && plain && !counted;
            if code || doc || label {
                let end = if code { end } else { self.numeral_end(i + 1) };
                return Some(self.ident(i, end));
            }
            return None;
        }
        let (len, include) = self.phrase_at(&self.lx.identifiers, i)?;
        if !self.cap(i) && self.w(i).is_some_and(|x| self.lx.capitalized_cues.contains(x)) {
            return None;
        }
        let mut j = i + len;
        let cue_raw = self.raw(i);
        if !self.vi && self.wis(i, "no") && !(cue_raw.starts_with('N') || self.raw(j) == ".") {
            return None;
        }
        if matches!(self.raw(j), "." | ":" | "#") || matches!(self.w(j), Some("is" | "was" | "là")) && self.is_num(j + 1) {
            j += 1;
        }
        let roman_ok = roman(self.raw(j)).is_some() && self.cap(i);
        if !(self.is_num(j) || roman_ok) || !self.free(j) {
            return None;
        }
        // "page 5" yes; "5 pages" is a count and never reaches here.
        let mut end = self.chain_end(j);
        if self.is_num(j) && end == j + 1 {
            end = self.phone_end(j).max(end);
        }
        // A list: "Điều 5, 6 và 7" stays one identifier only when glued.
        let start = if include { i } else { j };
        Some(self.ident(start, end))
    }

    /// End token of a plain numeral starting at `i` (for spans).
    fn numeral_end(&self, i: usize) -> usize {
        self.chain_end(i)
    }

    fn series_cue(&self, i: usize) -> Option<Step> {
        let (len, ()) = self.phrase_at(&self.lx.series, i)?;
        let j = i + len;
        if !self.free(j) {
            return None;
        }
        if let Some(v) = roman(self.raw(j)) {
            let mut f = self.found(j, j + 1, Quantity::Ordinal { value: v as f64 });
            f.dec = Some(Dec::int(v as u128));
            self.series_until.set(Some(j + 1));
            return Some(Step::Fig(f, j + 1));
        }
        if self.is_num(j) {
            let d = self.digits(j)?;
            if !d.plain() || d.year_like() || self.joined(j + 1) && !self.is_punct(j + 1) {
                return None;
            }
            // "phiên 15/11": a slash figure (a date, a ratio), not a member.
            if self.raw(j + 1) == "/" && self.joined(j + 1) && self.is_num(j + 2) {
                return None;
            }
            // "đợt 2" is an ordinal, "đợt 2 người"? not a thing; but a unit
            // or a percent after it means a count after all.
            if self.raw(j + 1) == "%" || self.phrase_at(&self.lx.count_nouns, j + 1).is_some() {
                return None;
            }
            let mut f = self.found(j, j + 1, Quantity::Ordinal { value: d.value.to_f64() });
            f.dec = Some(d.value);
            self.series_until.set(Some(j + 1));
            return Some(Step::Fig(f, j + 1));
        }
        None
    }

    fn ordinal_after_prefix(&self, i: usize) -> Option<Step> {
        let j = i + 1;
        // "Thứ Hai" (a weekday) belongs to dates.
        if self.cap(i) && self.cap(j) && self.is_word(j) {
            return Some(Step::Skip(j + 1));
        }
        let start = if i > 0 && self.wis(i - 1, "lần") { i - 1 } else { i };
        let (value, end) = if let Some(&v) = self.w(j).and_then(|w| self.lx.ordinal_words.get(w)) {
            (Dec::int(v as u128), j + 1)
        } else if let Some(v) = roman(self.raw(j)) {
            (Dec::int(v as u128), j + 1)
        } else if self.is_num(j) {
            let d = self.digits(j)?;
            if !d.plain() || self.joined(j + 1) && matches!(self.raw(j + 1), "/" | ":") {
                return None;
            }
            (d.value, j + 1)
        } else {
            let num = self.numeral(j)?;
            if !num.value.is_integer() {
                return None;
            }
            (num.value, num.t1)
        };
        let mut f = self.found(start, end, Quantity::Ordinal { value: value.to_f64() });
        f.dec = Some(value);
        Some(Step::Fig(f, end))
    }

    fn multiplier_prefix(&self, i: usize) -> Option<Step> {
        // "gấp gần 5 lần": a hedge may sit inside.
        let hedge = self.phrase_at(&self.lx.hedges, i + 1).map(|(len, ())| len);
        let j = i + 1 + hedge.unwrap_or(0);
        let (value, mut end) = if let Some(&v) = self.w(j).and_then(|w| self.lx.multiplier_words.get(w)) {
            (Dec { m: (v * 10.0) as u128, e: -1 }.norm(), j + 1)
        } else {
            let num = self.numeral(j)?;
            (num.value, num.t1)
        };
        if self.has(W_TIMES, end) {
            end += 1;
        }
        let start = i;
        let mut f = self.found(start, end, Quantity::Multiplier { value: value.to_f64() });
        f.dec = Some(value);
        f.fig.approximate = self.approx_before(start) || hedge.is_some();
        Some(Step::Fig(f, end))
    }

    fn vi_special(&self, i: usize, low: &str) -> Option<Step> {
        // "hàng trăm", "hàng nghìn": hundreds, thousands (approximate).
        if low == "hàng" {
            let v = match self.w(i + 1).and_then(|x| self.lx.numbers.get(x)) {
                Some(NumWord::Hundred) => Dec::int(100),
                Some(NumWord::Dozen(k)) => Dec::int(*k as u128),
                Some(NumWord::Scale(k)) => Dec { m: 1, e: *k as i32 },
                _ => return None,
            };
            let mut f = self.found(i, i + 2, Quantity::Number { value: v.to_f64(), decimals: 0 });
            f.fig.approximate = true;
            f.fig.unit = self.unit_after(i + 2);
            f.dec = Some(v);
            return Some(Step::Fig(f, i + 2));
        }
        if let Some((len, ())) = self.phrase_at(&self.lx.half_words, i) {
            let halving = self.phrase_before(&self.lx.halving_verbs, i).is_some();
            let end = i + len;
            if halving {
                let f = self.found(i, end, Quantity::Multiplier { value: 0.5 });
                return Some(Step::Fig(f, end));
            }
            if len >= 2 || self.wis(end, "số") {
                let mut f = self.found(i, end, Quantity::Ratio { numerator: 1.0, denominator: 2.0, value: 0.5 });
                f.fig.approximate = self.approx_before(i);
                return Some(Step::Fig(f, end));
            }
            return None;
        }
        // A ratio word ("cứ") is joined later, from the numbers after it.
        None
    }

    fn en_special(&self, i: usize, low: &str) -> Option<Step> {
        // "hundreds of", "tens of thousands of": approximate counts.
        let plural_scale = |s: &str| -> Option<Dec> {
            Some(match s {
                "dozens" => Dec::int(12),
                "hundreds" => Dec::int(100),
                "thousands" => Dec::int(1000),
                "millions" => Dec::int(1_000_000),
                "billions" => Dec::int(1_000_000_000),
                _ => return None,
            })
        };
        if low == "tens" && self.wis(i + 1, "of") {
            if let Some(v) = self.w(i + 2).and_then(plural_scale) {
                if self.wis(i + 3, "of") {
                    let v = v.mul(Dec::int(10))?;
                    return Some(self.approx_count(i, i + 3, v));
                }
            }
            return None;
        }
        if let Some(v) = plural_scale(low) {
            if self.wis(i + 1, "of") {
                return Some(self.approx_count(i, i + 1, v));
            }
            return None;
        }
        if low == "half" {
            if self.phrase_before(&self.lx.halving_verbs, i).is_some() && !self.wis(i + 1, "of") {
                let f = self.found(i - 1, i + 1, Quantity::Multiplier { value: 0.5 });
                return Some(Step::Fig(f, i + 1));
            }
            if matches!(self.w(i + 1), Some("of" | "the" | "its" | "their" | "all")) {
                let mut f = self.found(i, i + 1, Quantity::Ratio { numerator: 1.0, denominator: 2.0, value: 0.5 });
                f.fig.approximate = self.approx_before(i);
                f.fig.unit = self.unit_after_of(i + 1);
                return Some(Step::Fig(f, i + 1));
            }
            if self.wis(i + 1, "a") {
                return self.numeral_figure(i, i);
            }
            // "one in four spends over half": a hedged half is a share.
            if self.approx_before(i) {
                let mut f = self.found(i, i + 1, Quantity::Ratio { numerator: 1.0, denominator: 2.0, value: 0.5 });
                f.fig.approximate = true;
                return Some(Step::Fig(f, i + 1));
            }
            return None;
        }
        // "a third of", "an eighth".
        if matches!(low, "a" | "an" | "one") {
            if let Some(&d) = self.w(i + 1).and_then(|x| self.lx.fractions.get(x)) {
                let after = self.w(i + 2);
                let ends = self.toks.get(i + 2).map(|t| t.kind == TokenKind::Punct).unwrap_or(true);
                if low == "one" || ends || matches!(after, Some("of" | "the")) {
                    let mut f = self.found(i, i + 2, Quantity::Ratio { numerator: 1.0, denominator: d as f64, value: 1.0 / d as f64 });
                    f.fig.approximate = self.approx_before(i);
                    f.fig.unit = self.unit_after_of(i + 2);
                    return Some(Step::Fig(f, i + 2));
                }
                return Some(Step::Skip(i + 1));
            }
        }
        // Ordinal words: "third", "twenty-first".
        if let Some(&v) = self.lx.ordinal_words.get(low) {
            let mut f = self.found(i, i + 1, Quantity::Ordinal { value: v as f64 });
            f.dec = Some(Dec::int(v as u128));
            return Some(Step::Fig(f, i + 1));
        }
        if let Some(NumWord::Tens(t)) = self.lx.numbers.get(low) {
            if self.joined(i + 1) {
                if let Some(&v) = self.w(i + 1).and_then(|x| self.lx.ordinal_words.get(x)) {
                    if v < 10 {
                        let v = *t as u32 * 10 + v;
                        let mut f = self.found(i, i + 2, Quantity::Ordinal { value: v as f64 });
                        f.dec = Some(Dec::int(v as u128));
                        return Some(Step::Fig(f, i + 2));
                    }
                }
            }
        }
        None
    }

    fn approx_count(&self, t0: usize, t1: usize, v: Dec) -> Step {
        let mut f = self.found(t0, t1, Quantity::Number { value: v.to_f64(), decimals: 0 });
        f.fig.approximate = true;
        f.fig.unit = self.unit_after(t1 + 1);
        f.dec = Some(v);
        Step::Fig(f, t1)
    }

    /// The noun after "of (the)" for fractions ("half of the respondents").
    fn unit_after_of(&self, mut k: usize) -> Option<String> {
        if self.wis(k, "of") {
            k += 1;
        }
        if matches!(self.w(k), Some("the" | "its" | "their" | "all")) {
            k += 1;
        }
        if self.vi && self.wis(k, "số") {
            k += 1;
        }
        self.unit_after(k)
    }

    // ---- numbers --------------------------------------------------------

    #[inline(never)]
    fn at_number(&self, i: usize) -> Option<Step> {
        let raw = self.raw(i);
        // A list after a series word: "Trung ương 4, 5, 6".
        if let Some(after) = self.series_until.get() {
            let gap_ok = (after..i).all(|k| matches!(self.w(k), Some("," | "và" | "and" | "&")));
            if gap_ok && after < i + 1 {
                if let Some(d) = self.digits(i) {
                    if d.plain() && !self.joined(i + 1) || matches!(self.raw(i + 1), "," | ")" | ";" | ".") {
                        let mut f = self.found(i, i + 1, Quantity::Ordinal { value: d.value.to_f64() });
                        f.dec = Some(d.value);
                        self.series_until.set(Some(i + 1));
                        return Some(Step::Fig(f, i + 1));
                    }
                }
            }
            self.series_until.set(None);
        }
        let next = self.raw(i + 1);
        let glued = self.joined(i + 1);
        // Clock times and dates: the date recognizer's, never ours.
        if glued && next == ":" && self.is_num(i + 2) && self.joined(i + 2) {
            let mut end = i + 3;
            while self.raw(end) == ":" && self.joined(end) && self.is_num(end + 1) {
                end += 2;
            }
            if self.phrase_at(&self.lx.clock, end).is_some() {
                end += self.phrase_at(&self.lx.clock, end).map(|x| x.0).unwrap_or(0);
            }
            return Some(Step::Skip(end));
        }
        if glued && (next == "/" || next == "-" || next == ".") && self.is_num(i + 2) && self.joined(i + 2) && self.raw(i + 3) == next && self.joined(i + 3) && self.is_num(i + 4) && self.joined(i + 4) {
            // d/m/y, y-m-d
            let end = self.chain_end(i);
            if !(i..end).any(|k| self.is_word(k)) {
                return Some(Step::Skip(end));
            }
        }
        // Dotted dates the tokenizer keeps whole: "12.6.2018". A numeral
        // never has that shape (two dots are thousands groups of three).
        if self.digits(i).is_none() && raw.bytes().filter(|&b| b == b'.').count() == 2 && !raw.contains(',') {
            let parts: Vec<&str> = raw.split('.').collect();
            if parts.len() == 3 && parts[0].len() <= 2 && parts[1].len() <= 2 && parts[2].len() == 4 {
                return Some(Step::Skip(i + 1));
            }
        }
        // Codes: "1234/QĐ-UBND", "29-NQ/TW", "15/CV", "5G", "3D".
        let end = self.chain_end(i);
        // "50-100mm", "5-7kg": a range whose unit is glued to its end.
        let unit_range = end == i + 4 && is_dash(self.raw(i + 1)) && self.is_num(i + 2) && self.is_word(i + 3) && self.lx.attached_units.contains(self.raw(i + 3));
        if end > i + 1 && !unit_range {
            let has_upper_word = (i + 1..end).any(|k| self.is_word(k) && self.cap(k));
            let has_sep = (i + 1..end).any(|k| matches!(self.raw(k), "/" | "-" | "_" | "@" | ":" | "#" | "=" | "?" | "&"));
            let attached_unit = end == i + 2 && self.is_word(i + 1) && (self.lx.attached_units.contains(self.raw(i + 1)) || self.lx.money_scales.contains_key(self.raw(i + 1)) || self.lx.ordinal_suffixes.contains(self.w(i + 1).unwrap_or("")));
            if has_upper_word && !attached_unit && !(end == i + 2 && self.glued_degree(i + 1)) {
                return Some(self.ident(i, end));
            }
            let words_in_chain = (i + 1..end).filter(|k| self.is_word(*k)).count();
            if has_sep && words_in_chain > 0 && (i + 1..end).any(|k| self.is_word(k) && !self.phrase_at(&self.lx.time_units, k).is_some() && !self.lx.fold.contains(self.w(k).unwrap_or("")) && !matches!(self.w(k), Some("old" | "plus" | "odd" | "long" | "strong" | "year" | "month" | "day" | "week"))) {
                // A lowercase code with digits ("abc-123") is an identifier
                // too, unless it reads as a number with a unit ("20-year-old").
                if (i + 1..end).filter(|&k| self.is_num(k)).count() >= 1 || self.raw(i + 1) == "/" {
                    return Some(self.ident(i, end));
                }
            }
        }
        // Seasons: "2024/25", "2023/2024" — a year and the next.
        if glued && next == "/" && self.is_num(i + 2) && self.joined(i + 2) && !(self.joined(i + 3) && matches!(self.raw(i + 3), "/" | "-")) {
            let second = self.raw(i + 2);
            if let (Ok(x), Ok(y)) = (raw.parse::<u32>(), second.parse::<u32>()) {
                let y = if second.len() == 2 { x / 100 * 100 + y } else { y };
                if raw.len() == 4 && (1900..2100).contains(&x) && matches!(second.len(), 2 | 4) && y == x + 1 {
                    let q = Quantity::Range { from: Bound::Value(x as f64), to: Bound::Value(y as f64), inner: Kind::Date };
                    return Some(Step::Fig(self.found(i, i + 3, q), i + 3));
                }
            }
        }
        // Dates written with a slash: "12/6", "tháng 5/2016", "6/2018".
        if glued && next == "/" && self.is_num(i + 2) && self.joined(i + 2) {
            let a = self.digits(i);
            let b = self.digits(i + 2);
            if let (Some(a), Some(b)) = (a, b) {
                let av = a.value.to_u128().unwrap_or(0);
                let bv = b.value.to_u128().unwrap_or(0);
                let date_cue = self.phrase_before(&self.lx.date_context, i).is_some();
                if (b.year_like() && (1..=12).contains(&av)) || (date_cue && (1..=31).contains(&av) && (1..=12).contains(&bv)) {
                    return Some(Step::Skip(i + 3));
                }
            }
        }
        // Fractions and ratios written with a slash: "77/110", "3/4".
        if glued && next == "/" && self.is_num(i + 2) && self.joined(i + 2) && !(self.joined(i + 3) && matches!(self.raw(i + 3), "/" | "-")) {
            let a = self.digits(i);
            let b = self.digits(i + 2);
            if let (Some(a), Some(b)) = (a, b) {
                // A part of a whole is not larger than the whole: "24/7" is not a ratio
                // — unless it counts something, as plans overshoot: "1.050/1.000 tỷ đồng".
                let counted = b.value.lt(a.value)
                    && (self.unit_after(i + 3).is_some()
                        || self.lx.numbers.contains_key(self.w(i + 3).unwrap_or(""))
                        || self.phrase_at(&self.lx.currencies, i + 3).is_some());
                if b.value.m > 0 && (!b.value.lt(a.value) || counted) {
                    let (x, y) = (a.value.to_f64(), b.value.to_f64());
                    let mut f = self.found(i, i + 3, Quantity::Ratio { numerator: x, denominator: y, value: x / y });
                    f.fig.approximate = self.approx_before(i);
                    f.fig.unit = self.unit_after(i + 3);
                    return Some(Step::Fig(f, i + 3));
                }
            }
            return Some(Step::Skip(i + 3));
        }
        let Some(d) = self.digits(i) else {
            // Not a number: "1.2.3", "192.168.1.1".
            return if raw.contains(['.', ',']) { Some(self.ident(i, end.max(i + 1))) } else { None };
        };
        // "(555) 301-2287": an area code in brackets before a phone number.
        if i > 0 && self.raw(i - 1) == "(" && self.raw(i + 1) == ")" && raw.len() == 3 && d.plain() && self.is_num(i + 2) && self.raw(i + 2).len() == 3 {
            let end = self.phone_end(i + 2);
            if end > i + 3 {
                return Some(self.ident(i - 1, end));
            }
        }
        // "200 Main St.", "1600 Pennsylvania Avenue": a house number.
        if !self.vi && d.plain() && self.cap(i + 1) && self.is_word(i + 1) {
            let mut k = i + 1;
            while k < i + 4 && self.is_word(k) && self.cap(k) {
                k += 1;
            }
            let street = |k: usize| self.w(k).is_some_and(|x| self.lx.street_words.contains(x));
            if street(k) || k > i + 2 && street(k - 1) {
                return Some(self.ident(i, i + 1));
            }
        }
        // Phone numbers and other long codes.
        if (d.leading_zero && d.int_digits >= 4 && d.decimals == 0) || (d.plain() && d.int_digits >= 10) {
            let end = self.phone_end(i);
            return Some(self.ident(i, end));
        }
        // A number after a name is part of the name: "Windows 11", "Apollo 13".
        if i > 0 && self.is_word(i - 1) && self.name_like(i - 1) && d.plain() && !d.year_like() && !self.joined(i) {
            let prev = self.w(i - 1).unwrap_or("");
            let counted = self.raw(i + 1) == "%"
                || self.phrase_at(&self.lx.count_nouns, i + 1).is_some()
                || self.phrase_at(&self.lx.time_units, i + 1).is_some()
                || self.phrase_at(&self.lx.currencies, i + 1).is_some()
                || self.phrase_at(&self.lx.percent, i + 1).is_some()
                || self.lx.numbers.contains_key(self.w(i + 1).unwrap_or(""))
                || self.lx.codes.contains_key(self.raw(i + 1));
            let cue = self.phrase_before(&self.lx.date_context, i).is_some() || self.lx.codes.contains_key(self.raw(i - 1)) || self.lx.numbers.contains_key(prev) || self.phrase_before(&self.lx.hedges, i).is_some();
            // "S&P 500", "AT&T": a name joined by "&" is a brand, whatever follows.
            let ampersand = i >= 3 && self.raw(i - 2) == "&" && self.joined(i - 1) && self.joined(i - 2);
            let all_caps_word = self.raw(i - 1).chars().all(|c| c.is_uppercase()) && !ampersand;
            // "thắng Indonesia 2-0", "beat Indonesia 3-1": a score after a name.
            let short = |k: usize| self.raw(k).len() <= 2;
            let score = is_dash(self.raw(i + 1)) && self.is_num(i + 2) && self.joined(i + 1) && self.joined(i + 2) && short(i) && short(i + 2);
            if !counted && !cue && !score && !(all_caps_word && self.unit_after(i + 1).is_some()) {
                // "Boeing 737-800": the model code runs on.
                let code = is_dash(self.raw(i + 1)) && self.is_num(i + 2) && self.joined(i + 1) && self.joined(i + 2);
                return Some(self.ident(i, if code { i + 3 } else { i + 1 }));
            }
        }
        // Numbers in a date ("ngày 12", "tháng 5") or at a clock ("lúc 8",
        // "8 giờ 30", "8h30", "5 p.m.").
        let date_cue = self.phrase_before(&self.lx.date_context, i);
        if self.phrase_at(&self.lx.clock, i + 1).is_some() {
            let after = i + 1 + self.phrase_at(&self.lx.clock, i + 1).map(|x| x.0).unwrap_or(0);
            let vi_hour = self.vi && (self.wis(i + 1, "h") && (glued || self.is_num(after)) || self.wis(i + 1, "giờ") && (self.is_num(after) || matches!(self.w(after), Some("sáng" | "chiều" | "tối" | "trưa" | "đêm" | "kém")) || date_cue.is_some()));
            if !self.vi || vi_hour {
                let mut end = after;
                if self.is_num(end) {
                    end += 1;
                    if matches!(self.w(end), Some("phút" | "p")) {
                        end += 1;
                    }
                }
                return Some(Step::Skip(end));
            }
        }
        if let Some((cue, ())) = date_cue {
            let cue_word = self.w(cue).unwrap_or("");
            if d.year_like() {
                // A year: kept (unshown) for ranges of years.
                let mut f = self.found(i, i + 1, Quantity::Number { value: d.value.to_f64(), decimals: 0 });
                f.year = Some(d.value.to_f64());
                f.emit = false;
                return Some(Step::Fig(f, i + 1));
            }
            if self.vi && matches!(cue_word, "ngày" | "tháng" | "lúc" | "quý" | "mùng" | "mồng" | "hôm") && d.plain() {
                return Some(Step::Skip(i + 1));
            }
        }
        self.numeral_figure(i, i)
    }

    /// Items for the word-number parser, from token `i`.
    fn load_items(&self, i: usize, items: &mut Vec<Item>) {
        items.clear();
        let mut len = 0;
        let mut k = i;
        while k < self.n() && len < 64 && self.free(k) {
            let item = match self.kind(k) {
                Some(TokenKind::Number) => {
                    // A digit group glued to a slash or colon is something else.
                    if self.joined(k + 1) && matches!(self.raw(k + 1), "/" | ":") && !self.rate_slash(k + 1) || (k > i && self.joined(k)) {
                        if k == i { Item::Other } else { break }
                    } else {
                        match self.digits(k) {
                            Some(d) => Item::Digits(d.value, d.plain()),
                            None => Item::Other,
                        }
                    }
                }
                Some(TokenKind::Word) => {
                    let w = self.w(k).unwrap_or("");
                    let nw = if self.has(W_NUMBER, k) { self.lx.numbers.get(w) } else { None };
                    match nw {
                        Some(nw) if !(k > i && self.name_like(k)) => Item::Word(*nw),
                        _ if !self.vi && (w == "a" || w == "an") => Item::Article,
                        _ if !self.vi && w == "and" => Item::And,
                        _ => Item::Other,
                    }
                }
                Some(TokenKind::Punct) if !self.vi && self.raw(k) == "," => Item::Comma,
                _ => Item::Other,
            };
            if item == Item::Other {
                break;
            }
            items.push(item);
            len += 1;
            k += 1;
        }
    }

    /// Read a numeral at token `i`.
    fn numeral(&self, i: usize) -> Option<Numeral> {
        if !self.free(i) {
            return None;
        }
        // Most numerals are one digit token before a word that is no number
        // word: the word parser would read the digits alone, as they are.
        if let Some(d) = self.lone_digits(i) {
            return Some(Numeral { value: d.value, decimals: d.decimals, t0: i, t1: i + 1, words: false, scale: 0, first: Some(d) });
        }
        let Ok(mut buf) = self.items.try_borrow_mut() else { return None };
        self.load_items(i, &mut buf);
        let items: &[Item] = &buf;
        if items.is_empty() {
            return None;
        }
        let p = words::parse(items, self.vi)?;
        if p.len == 0 {
            return None;
        }
        let first = if self.is_num(i) { self.digits(i) } else { None };
        // A lone article is not a number.
        if !self.vi && p.len == 1 && matches!(items.first(), Some(Item::Article)) {
            return None;
        }
        Some(Numeral {
            value: p.value,
            decimals: first.map(|d| d.decimals).unwrap_or(0),
            t0: i,
            t1: i + p.len,
            words: p.words,
            scale: p.trailing_scale,
            first,
        })
    }

    /// Number token `i`'s digits when the word parser would read them and
    /// stop: the token starts an item (not glued to a "/" or ":") and what
    /// follows is no number word. Anything else after it (digits, a comma,
    /// "and", another word) ends the number there, as `words::parse` does
    /// after a group that no "chục", "trăm" or scale word follows.
    fn lone_digits(&self, i: usize) -> Option<Digits> {
        if !self.is_num(i) || self.joined(i + 1) && matches!(self.raw(i + 1), "/" | ":") && !self.rate_slash(i + 1) || self.has(W_NUMBER, i + 1) {
            return None;
        }
        self.digits(i)
    }

    /// A numeral at `i` and what follows it; `start` is where the figure's
    /// text begins (before a currency sign, say).
    fn numeral_figure(&self, start: usize, i: usize) -> Option<Step> {
        let num = self.numeral(i)?;
        let j = num.t1;
        let value = num.value.to_f64();
        let dec = num.value;
        let approx = self.approx_before(start);
        let mk = |s: &Self, t1: usize, q: Quantity| {
            let mut f = s.found(start, t1, q);
            f.fig.approximate = approx;
            f.dec = Some(dec);
            f.scale = num.scale;
            Step::Fig(f, t1)
        };
        // "3rd", "21st".
        if num.first.is_some() && j == i + 1 && self.joined(j) && self.is_word(j) && self.lx.ordinal_suffixes.contains(self.w(j).unwrap_or("")) && !self.joined(j + 1) {
            return Some(mk(self, j + 1, Quantity::Ordinal { value }));
        }
        // Percent.
        if self.raw(j) == "%" {
            let step = mk(self, j + 1, Quantity::Percent { value, decimals: num.decimals });
            return Some(self.with_per(step, j + 1));
        }
        if let Some((len, ())) = self.phrase_at(&self.lx.points, j) {
            return Some(mk(self, j + len, Quantity::PercentagePoint { value, decimals: num.decimals }));
        }
        if let Some((len, ())) = self.phrase_at(&self.lx.percent, j) {
            return Some(mk(self, j + len, Quantity::Percent { value, decimals: num.decimals }));
        }
        // Money after the number: "3,2 tỷ đồng", "2 triệu USD", "5 dollars".
        if let Some(code) = if self.flags(j) & T_CODE != 0 { self.lx.codes.get(self.raw(j)).copied() } else { None } {
            let step = mk(self, j + 1, Quantity::Money { value, currency: code, decimals: num.decimals });
            return Some(self.with_per(step, j + 1));
        }
        if let Some((len, code)) = self.phrase_at(&self.lx.currencies, j) {
            let compound = self.wis(j, "đồng") && self.w(j + 1).map(|x| self.lx.dong_compounds.contains(x)).unwrap_or(false) && !self.joined(j + 1);
            if !compound && !self.name_like(j) {
                let step = mk(self, j + len, Quantity::Money { value, currency: code, decimals: num.decimals });
                return Some(self.with_per(step, j + len));
            }
        }
        // Fractions: "hai phần ba", "two-thirds", "three quarters".
        if num.value.is_integer() && self.has(W_FRACTION_SEPARATOR, j) && !self.phrase_at(&self.lx.percent, j).is_some() {
            let den = if self.wis(j + 1, "tư") {
                Some((Dec::int(4), j + 2))
            } else {
                self.numeral(j + 1).map(|d| (d.value, d.t1))
            };
            if let Some((den, end)) = den {
                let dv = den.to_f64();
                if den.is_integer() && dv >= 2.0 && !dec.lt(Dec::ZERO) {
                    let mut f = self.found(start, end, Quantity::Ratio { numerator: value, denominator: dv, value: value / dv });
                    f.fig.approximate = approx;
                    f.fig.unit = self.unit_after_of(end);
                    return Some(Step::Fig(f, end));
                }
            }
        }
        if !self.vi && self.flags(j) & T_OTHER != 0 && num.value.is_integer() {
            if let Some(&d) = self.w(j).and_then(|x| self.lx.fractions.get(x)) {
                let plural = self.w(j).map(|x| x.ends_with('s')).unwrap_or(false);
                if (value > 1.0 && (plural || self.joined(j))) || value == 1.0 {
                    let mut f = self.found(start, j + 1, Quantity::Ratio { numerator: value, denominator: d as f64, value: value / d as f64 });
                    f.fig.approximate = approx;
                    f.fig.unit = self.unit_after_of(j + 1);
                    return Some(Step::Fig(f, j + 1));
                }
            }
        }
        // Durations: "02 năm", "six months", "20-year-old", "five-year".
        let mut k = j;
        if is_dash(self.raw(k)) && self.joined(k) && self.joined(k + 1) && self.is_word(k + 1) {
            k += 1;
        }
        if let Some((len, unit)) = self.phrase_at(&self.lx.time_units, k) {
            let end = k + len;
            // "12 tháng 6", "5 năm 2018": part of a date; "3 giờ 30": a time.
            let date_like = self.is_num(end) && (self.vi || unit == TimeUnit::Year);
            if date_like {
                return Some(Step::Skip(end + 1));
            }
            let hyphened = k > j || self.joined(k);
            // "the 20-year-old company": a hyphened unit is singular.
            let mut end = end;
            if hyphened && self.wis(end, "old") && self.joined(end) {
                end += 1;
            }
            let step = mk(self, end, Quantity::Duration { value, unit });
            // "over five years" is a span of time, not a hedge.
            if let Step::Fig(mut f, e) = step {
                if matches!(self.w(start.wrapping_sub(1)), Some("over" | "trong" | "suốt")) {
                    f.fig.approximate = false;
                }
                return Some(Step::Fig(f, e));
            }
            return Some(step);
        }
        // Multipliers: "3 times as many", "threefold", "3x", "tăng 3 lần".
        {
            if self.has(W_TIMES, j) {
                let en_cmp = !self.vi && self.w(j + 1).map(|x| self.lx.times_comparatives.contains(x)).unwrap_or(false);
                let vi_up = self.vi && i > 0 && matches!(self.w(i - 1), Some("tăng" | "giảm"));
                if en_cmp || vi_up {
                    return Some(mk(self, j + 1, Quantity::Multiplier { value }));
                }
            }
        }
        {
            let mut k = j;
            if is_dash(self.raw(k)) && self.joined(k) {
                k += 1;
            }
            if self.joined(k) && self.has(W_FOLD, k) && (k > j || self.raw(k) == "x" || num.words) {
                return Some(mk(self, k + 1, Quantity::Multiplier { value }));
            }
        }
        // "1.4m people", "10k runners", "1.2bn users": a scale letter glued
        // to a count (English). "m" and "k" are metres and kilometres too
        // ("a 2m wall", "a 5k run"): read as a scale only before a plural.
        if !self.vi && num.first.is_some() && j == i + 1 && self.joined(j) && self.is_word(j) && !self.joined(j + 1) {
            use crate::lang::en::figures::{COUNT_SCALES, LENGTH_PLURALS, SCALE_OR_LENGTH};
            let suffix = self.raw(j);
            if let Some(&e) = self.lx.money_scales.get(suffix).filter(|_| COUNT_SCALES.contains(&suffix)) {
                let plural_after = self.is_word(j + 1) && !self.cap(j + 1)
                    && self.w(j + 1).is_some_and(|w| w.len() > 3 && w.ends_with('s') && !LENGTH_PLURALS.contains(&w))
                    || self.phrase_at(&self.lx.count_nouns, j + 1).is_some();
                if !SCALE_OR_LENGTH.contains(&suffix) || plural_after {
                    let shifted = dec.shift(i32::from(e));
                    let mut f = self.found(start, j + 1, Quantity::Number { value: shifted.to_f64(), decimals: num.decimals });
                    f.fig.approximate = approx;
                    f.fig.unit = self.unit_after(j + 1);
                    f.dec = Some(shifted);
                    f.scale = i32::from(e);
                    return Some(Step::Fig(f, j + 1));
                }
            }
        }
        // A plain number, with its counted noun.
        let mut end = j;
        let mut unit = None;
        if num.first.is_some() && j == i + 1 && self.joined(j) && self.is_word(j) && self.lx.attached_units.contains(self.raw(j)) {
            unit = Some(self.raw(j).to_string());
            end = j + 1;
        }
        if unit.is_none() && num.first.is_some() {
            if let Some((u, k)) = self.degrees(j) {
                unit = Some(u);
                if self.joined(j) {
                    end = k;
                }
            }
        }
        // A year alone ("năm 2023 các", "in 2023 the") shows no unit: its
        // unit is not looked for (in Vietnamese most words after a number
        // are one, a String made and dropped at every year).
        let year_alone = num.first.is_some_and(|d| d.year_like()) && num.t1 == i + 1 && !self.phrase_at(&self.lx.count_nouns, j).is_some();
        if unit.is_none() && !year_alone {
            unit = self.unit_after(j);
            // "38 độ C": the scale letter after the degree word.
            if self.vi && unit.as_deref() == Some(crate::lang::vi::figures::DEGREE_WORD) && crate::lang::en::figures::DEGREE_SCALES.contains(&self.raw(j + 1)) {
                unit = Some(self.text(j, j + 2));
            }
        }
        // "6,5 tấn/ha", "305 người/km2": a rate, its denominator part of the
        // unit (and read past: "km2" is no code of its own).
        let mut next = end;
        if let Some(u) = unit.as_mut().filter(|u| !u.contains('/')) {
            if let Some((per, after)) = self.per_unit(self.unit_end(j, u.len())) {
                u.push_str(&per);
                next = after;
            }
        }
        let single_word = num.words && num.t1 == num.t0 + 1;
        // The figure's fields as locals, the figure built once at the end,
        // in the value returned (not built, changed, then moved).
        let mut unit = unit;
        let mut bare = num.scale == 0 && unit.is_none();
        let mut year = None;
        let mut emit = true;
        if year_alone {
            unit = None;
            bare = num.scale == 0;
            year = Some(value);
            emit = false;
        }
        if single_word && value == 1.0 {
            emit = false;
        }
        // "năm" alone is far more often "year" than five.
        if self.vi && single_word && self.wis(i, "năm") {
            let counted = self.phrase_at(&self.lx.count_nouns, j).is_some();
            if !counted {
                return None;
            }
        }
        // A lone number word before a name: "Ba Đình", "Hai Bà Trưng".
        if single_word && self.cap(j) && self.is_word(j) {
            return None;
        }
        let fig = Figure { span: self.span(start, end), quantity: Quantity::Number { value, decimals: num.decimals }, unit, approximate: approx };
        Some(Step::Fig(Found { fig, t0: start, t1: end, emit, bare, scale: num.scale, year, date: false, dec: Some(dec) }, end.max(next)))
    }

    fn money_prefix(&self, start: usize, j: usize, code: &'static str) -> Option<Step> {
        let num = self.numeral(j)?;
        let mut end = num.t1;
        let mut value = num.value;
        let mut decimals = num.decimals;
        if self.joined(end) && self.is_word(end) {
            if let Some(&k) = self.lx.money_scales.get(self.raw(end)) {
                if !self.joined(end + 1) || self.is_punct(end + 1) {
                    value = value.shift(k as i32);
                    end += 1;
                }
            }
        }
        if num.words && num.first.is_none() && value.to_f64() == 1.0 && end == num.t0 + 1 {
            decimals = 0;
        }
        let mut f = self.found(start, end, Quantity::Money { value: value.to_f64(), currency: code, decimals });
        f.fig.approximate = self.approx_before(start);
        f.dec = Some(value);
        f.scale = num.scale;
        Some(self.with_per(Step::Fig(f, end), end))
    }

    /// A figure that ends at token `k`, with the rate's denominator there
    /// ("/lít", "/năm") as its unit. The figure's text stays as it was: the
    /// denominator is the unit's, like a counted noun after a number.
    fn with_per(&self, step: Step, k: usize) -> Step {
        match step {
            Step::Fig(mut f, end) if f.fig.unit.is_none() => match self.per_unit(k) {
                Some((per, next)) => {
                    f.fig.unit = Some(per);
                    Step::Fig(f, end.max(next))
                }
                None => Step::Fig(f, end),
            },
            other => other,
        }
    }

    // ---- units ----------------------------------------------------------

    /// The counted noun at token `j`, if the tables or the general rule
    /// recognize one. Conservative: `None` when unsure.
    /// A degree unit starting at token `j` ("°C", "°", "℃"), and the token
    /// after it.
    fn degrees(&self, j: usize) -> Option<(String, usize)> {
        use crate::lang::en::figures::{DEGREE_SCALES, DEGREE_SIGN, DEGREE_UNITS};
        let raw = self.raw(j);
        if raw == DEGREE_SIGN {
            if self.joined(j + 1) && DEGREE_SCALES.contains(&self.raw(j + 1)) {
                return Some((self.text(j, j + 2), j + 2));
            }
            return Some((raw.to_string(), j + 1));
        }
        if self.glued_degree(j) {
            return Some((raw.to_string(), j + 1));
        }
        DEGREE_UNITS.contains(&raw).then(|| (raw.to_string(), j + 1))
    }

    /// A rate's denominator at token `k`: "/ha" in "6,5 tấn/ha", "/lít" in
    /// "500 đồng/lít", "/năm" in "4,7%/năm", "/km2" in "305 người/km2":
    /// a slash glued on both sides to one word (and a glued "2" or "3" of
    /// an area or a volume), not to more ("a/b/c" is no rate). Its text,
    /// and the token after it.
    fn per_unit(&self, k: usize) -> Option<(String, usize)> {
        self.per_end(k).map(|end| (self.text(k, end), end))
    }

    /// `per_unit`'s token after the denominator, without its text.
    fn per_end(&self, k: usize) -> Option<usize> {
        if self.raw(k) != "/" || !self.joined(k) || !self.joined(k + 1) || !self.is_word(k + 1) {
            return None;
        }
        let mut end = k + 2;
        if self.joined(end) && self.is_num(end) && matches!(self.raw(end), "2" | "3") {
            end += 1;
        }
        if self.joined(end) && !matches!(self.raw(end), "," | "." | ";" | ":" | ")" | "]" | "!" | "?" | "\"" | "”") {
            return None;
        }
        Some(end)
    }

    /// A slash after digits that starts a rate's lowercase denominator:
    /// "$3.50/gallon" ("15/CV", a document's number, is none).
    fn rate_slash(&self, k: usize) -> bool {
        self.per_end(k).is_some() && !self.cap(k + 1)
    }

    /// The token a unit of `len` bytes starting at token `j` ends before.
    fn unit_end(&self, j: usize, len: usize) -> usize {
        let Some(start) = self.toks.get(j).map(|t| t.start) else { return j };
        let mut e = j;
        while let Some(t) = self.toks.get(e) {
            if t.start >= start + len {
                break;
            }
            e += 1;
        }
        e
    }

    /// "-18F", "40C": a scale letter glued to the number before it, with a
    /// minus sign before the number or a word of temperature in the ten
    /// words before ("5G" and "3D" are codes).
    fn glued_degree(&self, j: usize) -> bool {
        use crate::lang::en::figures::DEGREE_SCALES;
        if !(j > 0 && self.joined(j) && self.is_num(j - 1) && DEGREE_SCALES.contains(&self.raw(j))) || self.joined(j + 1) && self.is_word(j + 1) {
            return false;
        }
        let n = j - 1;
        if n > 0 && self.sign_before(n) {
            return true;
        }
        (n.saturating_sub(10)..n).any(|k| self.is_word(k) && self.w(k).is_some_and(|w| self.lx.temperature_cues.contains(w)))
    }

    fn unit_after(&self, j: usize) -> Option<String> {
        if !self.is_word(j) || self.cap(j) || !self.free(j) {
            return None;
        }
        if self.vi {
            if self.has(W_CLASSIFIER, j) {
                if let Some((len, ())) = self.phrase_at(&self.lx.count_nouns, j + 1) {
                    return Some(self.text(j, j + 1 + len));
                }
            }
            if let Some((len, ())) = self.phrase_at(&self.lx.count_nouns, j) {
                return Some(self.text(j, j + len));
            }
            if self.has(W_NOT_UNIT, j) || self.has(W_NUMBER, j) || self.phrase_at(&self.lx.currencies, j).is_some() {
                return None;
            }
            if self.has(W_CLASSIFIER, j) && self.is_word(j + 1) && !self.cap(j + 1) {
                if !self.has(W_NOT_UNIT, j + 1) {
                    return Some(self.text(j, j + 2));
                }
            }
            return Some(self.text(j, j + 1));
        }
        let mut k = j;
        if self.lx.unit_adjectives.contains(self.w(k)?) && self.is_word(k + 1) && !self.cap(k + 1) {
            k += 1;
        }
        if let Some((len, ())) = self.phrase_at(&self.lx.count_nouns, k) {
            // Prefer a two-word noun ending in a plural: "bus drivers".
            return Some(self.text(k, k + len));
        }
        let word = self.w(k)?;
        if self.has(W_NOT_UNIT, k) || self.has(W_NUMBER, k) {
            return None;
        }
        let plural = |x: &str| {
            x.len() > 3 && x.ends_with('s') && !x.ends_with("ss") && !self.lx.s_singulars.contains(x) && !self.lx.not_units.contains(x) && x.bytes().all(|b| b.is_ascii_lowercase())
        };
        if plural(word) {
            return Some(self.text(k, k + 1));
        }
        if self.is_word(k + 1) && !self.cap(k + 1) && !self.joined(k + 1) {
            let next = self.w(k + 1)?;
            if (plural(next) || self.phrase_at(&self.lx.count_nouns, k + 1).is_some()) && !self.lx.not_units.contains(next) && word.bytes().all(|b| b.is_ascii_lowercase()) {
                return Some(self.text(k, k + 2));
            }
        }
        None
    }

    // ---- joining ----------------------------------------------------------

    /// Join neighbouring figures the text joins: ranges, ratios, scores.
    /// `found` is left empty; the figures to show of the result are
    /// appended to `out`. Read in place, by index: only a figure shown is
    /// moved, once, into `out` (a draining, peeking iterator moved every
    /// `Found`, some 200 bytes, twice more).
    fn join(&self, found: &mut Vec<Found>, out: &mut Vec<Figure>) {
        let mut k = 0;
        while k < found.len() {
            if let Some(r) = found.get(k..k + 4).and_then(|four| self.time_date_range(four)) {
                out.push(r.fig);
                k += 4;
                continue;
            }
            if let (Some(a), Some(b)) = (found.get(k), found.get(k + 1)) {
                if b.t0 >= a.t1 && b.t0 - a.t1 <= 8 {
                    if let Some(j) = self.join_pair(a, b).or_else(|| self.join_every(a, b)) {
                        if j.emit {
                            out.push(j.fig);
                        }
                        k += 2;
                        continue;
                    }
                    if let Some(q) = self.change_start(a, b) {
                        let unit = if a.fig.unit.is_none() { b.fig.unit.clone() } else { None };
                        if let Some(a) = found.get_mut(k) {
                            a.fig.quantity = q;
                            if a.fig.unit.is_none() {
                                a.fig.unit = unit;
                            }
                        }
                    }
                }
            }
            if let Some(a) = found.get_mut(k).filter(|a| a.emit) {
                out.push(std::mem::replace(&mut a.fig, Figure::new(Span::default(), Quantity::Identifier)));
            }
            k += 1;
        }
        found.clear();
    }

    fn gap_is(&self, a: &Found, b: &Found, set: &Phrases<()>) -> bool {
        match self.phrase_at(set, a.t1) {
            Some((len, ())) => a.t1 + len == b.t0,
            None => false,
        }
    }

    fn number_like(f: &Found) -> bool {
        matches!(f.fig.quantity, Quantity::Number { .. })
    }

    /// "Từ 0h ngày 1/9/2023 đến 24h ngày 31/8/2024", "from 9 a.m. on
    /// June 1 to 5 p.m. on June 3, 2024": a range of two clock times, each
    /// with its full date, one figure from "2023-09-01T00:00" to
    /// "2024-08-31T24:00". A time and a date alone stay two figures.
    fn time_date_range(&self, four: &[Found]) -> Option<Found> {
        let [t1, d1, t2, d2] = four else { return None };
        let at = |t: &Found, d: &Found| -> Option<String> {
            let (Quantity::Time { iso: time }, Quantity::Date { iso: day, .. }) = (&t.fig.quantity, &d.fig.quantity) else { return None };
            let glue = (t.t1..d.t0).all(|k| self.w(k).is_some_and(|w| self.lx.time_date_glue.contains(w)) || matches!(self.raw(k), "," | "."));
            (day.len() == 10 && d.t0 >= t.t1 && d.t0 - t.t1 <= 2 && glue).then(|| format!("{day}T{time}"))
        };
        let (from, to) = (at(t1, d1)?, at(t2, d2)?);
        let conn = self.phrase_at(&self.lx.range_connectors, d1.t1).is_some_and(|(len, ())| d1.t1 + len == t2.t0);
        let opener = self.phrase_before(&self.lx.range_openers, t1.t0).map(|(s, ())| s);
        if !conn || opener.is_none() || from >= to {
            return None;
        }
        let t0 = opener.unwrap_or(t1.t0);
        Some(self.found(t0, d2.t1, Quantity::Range { from: Bound::Iso(from), to: Bound::Iso(to), inner: Kind::Date }))
    }

    fn join_pair(&self, a: &Found, b: &Found) -> Option<Found> {
        // "từ 4,7%/năm đến 5,2%/năm": the connector after the first end's
        // rate denominator, which both ends have.
        // The unit test first: it spares most pairs the token reads.
        let same_per = a.fig.unit.as_deref().is_some_and(|u| u.starts_with('/')) && a.fig.unit == b.fig.unit;
        let moved;
        let a = match if same_per { self.per_end(a.t1) } else { None } {
            Some(e) => {
                moved = Found { t1: e, ..a.clone() };
                &moved
            }
            _ => a,
        };
        let dash_gap = b.t0 == a.t1 + 1 && is_dash(self.raw(a.t1));
        // "từ năm 2016 đến năm 2020": a date word may sit after each word.
        let years = a.year.is_some() && b.year.is_some() || a.date || b.date;
        let b_cue = || if years && self.phrase_before(&self.lx.date_context, b.t0).is_some() { b.t0 - 1 } else { b.t0 };
        let conn = self.phrase_at(&self.lx.range_connectors, a.t1).is_some_and(|(len, ())| a.t1 + len == b.t0 || a.t1 + len == b_cue());
        // Scores and ranges need a dash or a connector between the two;
        // most neighbours have neither and can only be a ratio.
        if !dash_gap && !conn {
            return self.join_ratio(a, b);
        }
        let a_cue = if years && self.phrase_before(&self.lx.date_context, a.t0).is_some() { a.t0 - 1 } else { a.t0 };
        let opener = self.phrase_before(&self.lx.range_openers, a.t0).or_else(|| self.phrase_before(&self.lx.range_openers, a_cue));
        let opener_start = opener.map(|(s, ())| s);
        let conn_word = conn && !dash_gap;
        // Scores and votes: "thắng 3-1", "voted 7 to 2".
        let small_ints = |f: &Found| f.dec.map(|d| d.is_integer() && d.to_f64() <= 200.0).unwrap_or(false) && Self::number_like(f) && f.fig.unit.is_none();
        // Asked only when the cheaper tests pass.
        let score_cue = || (a.t0.saturating_sub(4)..a.t0).any(|k| self.phrase_at(&self.lx.score_cues, k).is_some());
        let glued = dash_gap && self.joined(a.t1) && self.joined(b.t0);
        let descending = matches!((a.dec, b.dec), (Some(x), Some(y)) if y.lt(x));
        if (dash_gap || (conn_word && self.wis(a.t1, "to"))) && small_ints(a) && small_ints(b) && (score_cue() || glued && descending) && !a.date && !b.date {
            let mut f = self.found(a.t0, b.t1, Quantity::Identifier);
            f.emit = true;
            return Some(f);
        }
        // "fell by 50,000 to 7.6 million": a change by the first, to the second.
        let by = a.t0 > 0 && self.w(a.t0 - 1).is_some_and(|x| self.lx.change_by.contains(x));
        // Ranges.
        if (dash_gap || conn) && !(by && conn_word) {
            // "between 10 and 12" needs its "between".
            if self.wis(a.t1, "and") && !self.wis(opener_start.unwrap_or(usize::MAX), "between") {
                return None;
            }
            // "rose from 40% to 46%", "tăng từ 200 lên 250": a change, not a range.
            if let Some(s) = opener_start {
                let change = (s.saturating_sub(8)..s).any(|k| self.phrase_at(&self.lx.change_verbs, k).is_some());
                if change && conn_word {
                    return None;
                }
            }
            if !self.vi && conn_word && opener.is_none() && self.wis(a.t1, "to") && !b.fig.approximate {
                // "5 to 7 percent" is a range; "from 5 to 7" too; a bare
                // "7 to 2" is not.
                // "$25 million to $30 million", "5% to 7%": both ends carry
                // the same sign of what they are.
                let same_kind = matches!((&a.fig.quantity, &b.fig.quantity),
                    (Quantity::Money { currency: x, .. }, Quantity::Money { currency: y, .. }) if x == y)
                    || matches!((&a.fig.quantity, &b.fig.quantity), (Quantity::Percent { .. }, Quantity::Percent { .. }));
                // Two bare numbers ("aged 45 to 70") read as a range
                // unless a verb of change or a vote sits right before.
                let change = (a.t0.saturating_sub(3)..a.t0).any(|k| self.phrase_at(&self.lx.change_verbs, k).is_some());
                let bare_range = a.bare && b.bare && !change;
                if !(a.bare && !b.bare) && !same_kind && !bare_range {
                    return None;
                }
            }
            if let Some(r) = self.range(a, b) {
                // "từ 5 đến 7" keeps its "từ"; in "ran from 2019–2023" the
                // dash joins the years and "from" stays the verb's.
                let t0 = if conn_word { opener_start.unwrap_or(a.t0) } else { a.t0 };
                let mut f = self.found(t0.min(a.t0), b.t1, r);
                f.fig.approximate = a.fig.approximate || b.fig.approximate;
                f.fig.unit = b.fig.unit.clone().or_else(|| a.fig.unit.clone());
                return Some(f);
            }
        }
        self.join_ratio(a, b)
    }

    /// Ratios: "77 trên 110", "77 of 110", "1 in 5", "nine in ten".
    fn join_ratio(&self, a: &Found, b: &Found) -> Option<Found> {
        if Self::number_like(a) && Self::number_like(b) && !a.date && !b.date && self.gap_is(a, b, &self.lx.ratio_connectors) {
            let (x, y) = (a.dec?, b.dec?);
            let in_conn = matches!(self.w(a.t1), Some("in" | "trong"));
            if x.is_integer() && y.is_integer() && y.m > 0 && !y.lt(x) && !(in_conn && b.year.is_some()) && b.scale == 0 && a.scale == 0 {
                let (xv, yv) = (x.to_f64(), y.to_f64());
                let mut f = self.found(a.t0, b.t1, Quantity::Ratio { numerator: xv, denominator: yv, value: xv / yv });
                f.fig.approximate = a.fig.approximate;
                f.fig.unit = b.fig.unit.clone().or_else(|| a.fig.unit.clone());
                return Some(f);
            }
        }
        None
    }

    /// "tăng từ 200 lên 250 tỷ đồng", "rose from 1.5 to 2 million": the bare
    /// first value of a change is written without the scale, currency or
    /// percent sign the second one carries, and means them too. Taken only
    /// when the two stay within a factor of ten of each other ("từ 800 lên
    /// 1,2 tỷ" is 800 million, which the text does not say, so it stays 800).
    fn change_start(&self, a: &Found, b: &Found) -> Option<Quantity> {
        // "$40 to $52 million" writes the currency twice and the scale once.
        let same_money = matches!((&a.fig.quantity, &b.fig.quantity),
            (Quantity::Money { currency: c1, .. }, Quantity::Money { currency: c2, .. }) if c1 == c2 && b.scale > 0);
        let plain = a.bare && Self::number_like(a) && a.fig.unit.is_none();
        if !(plain || same_money) || a.scale != 0 || a.date || b.date {
            return None;
        }
        self.phrase_before(&self.lx.range_openers, a.t0)?;
        if !self.gap_is(a, b, &self.lx.change_to) {
            return None;
        }
        let (x, y) = (a.dec?, b.dec?);
        let x = x.shift(b.scale);
        let (xv, yv) = (x.to_f64(), y.to_f64());
        if b.scale > 0 && !(yv > 0.0 && xv / yv <= 10.0 && yv / xv.max(f64::MIN_POSITIVE) <= 10.0) {
            return None;
        }
        let decimals = match a.fig.quantity {
            Quantity::Number { decimals, .. } | Quantity::Money { decimals, .. } => decimals,
            _ => 0,
        };
        match b.fig.quantity {
            Quantity::Money { currency, .. } => Some(Quantity::Money { value: xv, currency, decimals }),
            Quantity::Percent { .. } if b.scale == 0 => Some(Quantity::Percent { value: xv, decimals }),
            Quantity::Number { .. } if b.scale > 0 => Some(Quantity::Number { value: xv, decimals }),
            _ => None,
        }
    }

    /// "cứ 5 người thì có 1": one in five.
    fn join_every(&self, a: &Found, b: &Found) -> Option<Found> {
        if !self.vi || a.t0 == 0 || self.flags(a.t0 - 1) & T_OTHER == 0 || !self.lx.ratio_every.contains(self.w(a.t0 - 1)?) {
            return None;
        }
        if !Self::number_like(a) || !Self::number_like(b) {
            return None;
        }
        let (start, ()) = self.phrase_before(&self.lx.ratio_every_then, b.t0)?;
        if start < a.t1 {
            return None;
        }
        let (den, num) = (a.dec?, b.dec?);
        if !den.is_integer() || !num.is_integer() || den.m == 0 || den.lt(num) {
            return None;
        }
        let (n, d) = (num.to_f64(), den.to_f64());
        let mut f = self.found(a.t0 - 1, b.t1, Quantity::Ratio { numerator: n, denominator: d, value: n / d });
        f.fig.unit = a.fig.unit.clone();
        Some(f)
    }

    /// A day/month written "d/m" that the slash rule read as a ratio.
    fn slash_day_month(&self, f: &Found) -> Option<(u8, u8)> {
        if f.t1 != f.t0 + 3 || self.raw(f.t0 + 1) != "/" || !self.joined(f.t0 + 1) || !self.joined(f.t0 + 2) {
            return None;
        }
        let (d, m) = (self.raw(f.t0), self.raw(f.t0 + 2));
        if d.len() > 2 || m.len() > 2 {
            return None;
        }
        let (d, m): (u8, u8) = (d.parse().ok()?, m.parse().ok()?);
        ((1..=31).contains(&d) && (1..=12).contains(&m)).then_some((d, m))
    }

    /// A bare day of the month: "14" in "từ 14 đến 16/10/2025", "5" in "Sept. 3-5".
    fn bare_day(f: &Found) -> Option<u8> {
        let d = f.dec?;
        if !f.bare || !Self::number_like(f) || !d.is_integer() || f.fig.unit.is_some() {
            return None;
        }
        let v = d.to_u128()?;
        (1..=31).contains(&v).then_some(v as u8)
    }

    /// Ranges of days: an end written short takes the other end's month
    /// and year ("từ 14 đến 16/10/2025", "Sept. 3-5", "từ ngày 2/6 đến 5/6").
    fn date_range(&self, a: &Found, b: &Found) -> Option<Quantity> {
        let day_iso = |f: &Found| match &f.fig.quantity {
            Quantity::Date { iso, .. } if iso.len() == 10 || iso.len() == 7 && iso.starts_with("--") => Some(iso.clone()),
            _ => None,
        };
        // "YYYY-MM-" or "--MM-" and the day.
        let split = |iso: &str| iso.len().checked_sub(2).and_then(|k| Some((iso.get(..k)?.to_string(), iso.get(k..)?.parse::<u8>().ok()?)));
        let range = |x: String, y: String| (x < y).then(|| Quantity::Range { from: Bound::Iso(x), to: Bound::Iso(y), inner: Kind::Date });
        match (day_iso(a), day_iso(b)) {
            (None, Some(y)) => {
                let (head, _) = split(&y)?;
                let d = Self::bare_day(a).map(|d| format!("{head}{d:02}")).or_else(|| {
                    let (d, m) = self.slash_day_month(a)?;
                    Some(format!("{}{m:02}-{d:02}", head.get(..head.len().checked_sub(3)?)?))
                })?;
                range(d, y)
            }
            (Some(x), None) => {
                let (head, _) = split(&x)?;
                let glued = self.joined(b.t0) && self.joined(a.t1);
                let d = Self::bare_day(b).filter(|_| glued || !is_dash(self.raw(a.t1))).map(|d| format!("{head}{d:02}")).or_else(|| {
                    let (d, m) = self.slash_day_month(b)?;
                    Some(format!("{}{m:02}-{d:02}", head.get(..head.len().checked_sub(3)?)?))
                })?;
                range(x, d)
            }
            _ => None,
        }
    }

    /// "2024-25", "2019-20": a year and the last two digits of the next.
    fn short_year_range(&self, a: &Found, b: &Found) -> Option<Quantity> {
        let x = a.year?;
        let d = b.dec?;
        let glued = is_dash(self.raw(a.t1)) && b.t0 == a.t1 + 1 && self.joined(a.t1) && self.joined(b.t0);
        if !glued || b.year.is_some() || !b.bare || self.raw(b.t0).len() != 2 || !d.is_integer() {
            return None;
        }
        let y = (x / 100.0).floor() * 100.0 + d.to_f64();
        (y > x && y - x <= 10.0).then(|| Quantity::Range { from: Bound::Value(x), to: Bound::Value(y), inner: Kind::Date })
    }

    /// The range two figures make, if their kinds agree.
    fn range(&self, a: &Found, b: &Found) -> Option<Quantity> {
        if let Some(q) = self.date_range(a, b).or_else(|| self.short_year_range(a, b)) {
            return Some(q);
        }
        // Years: "2016 – 2020" (numbers the date recognizer left, or its dates).
        if let (Some(x), Some(y)) = (a.year, b.year) {
            // A reversed range ("2025 – 2020") is kept: the date-order check flags it.
            if x != y {
                return Some(Quantity::Range { from: Bound::Value(x), to: Bound::Value(y), inner: Kind::Date });
            }
            return None;
        }
        match (&a.fig.quantity, &b.fig.quantity) {
            (Quantity::Date { iso: x, .. }, Quantity::Date { iso: y, .. }) if x < y => {
                return Some(Quantity::Range { from: Bound::Iso(x.clone()), to: Bound::Iso(y.clone()), inner: Kind::Date })
            }
            (Quantity::Time { iso: x }, Quantity::Time { iso: y }) => {
                return Some(Quantity::Range { from: Bound::Iso(x.clone()), to: Bound::Iso(y.clone()), inner: Kind::Time })
            }
            _ => {}
        }
        if a.date || b.date || a.year.is_some() && !a.bare || b.year.is_some() {
            return None;
        }
        let inner = b.fig.kind();
        if !matches!(inner, Kind::Number | Kind::Percent | Kind::Money | Kind::Duration | Kind::PercentagePoint | Kind::Multiplier) {
            return None;
        }
        let same = std::mem::discriminant(&a.fig.quantity) == std::mem::discriminant(&b.fig.quantity);
        let (x, y) = (a.dec?, b.dec?);
        // "từ 5 đến 7 triệu": the first number shares the second's scale.
        let shared = x.shift(b.scale);
        let x = if a.scale == 0 && b.scale > 0 && (a.bare || same) && shared.lt(y) { shared } else { x };
        if !(same || a.bare) {
            return None;
        }
        if same {
            if let (Quantity::Money { currency: c1, .. }, Quantity::Money { currency: c2, .. }) = (&a.fig.quantity, &b.fig.quantity) {
                if c1 != c2 {
                    return None;
                }
            }
            if let (Quantity::Duration { unit: u1, .. }, Quantity::Duration { unit: u2, .. }) = (&a.fig.quantity, &b.fig.quantity) {
                if u1 != u2 {
                    return None;
                }
            }
        }
        if !x.lt(y) {
            return None;
        }
        Some(Quantity::Range { from: Bound::Value(x.to_f64()), to: Bound::Value(y.to_f64()), inner })
    }
}
