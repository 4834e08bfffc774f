//! Dates and times.
//!
//! Dates are found before anything else, because the shapes they take
//! ("12/6/2018", "17:06", "2016-05") would otherwise read as ratios,
//! ranges or plain numbers. A shape only counts as a date when it is one
//! beyond doubt: day, month and year in range, not glued to the letters
//! and slashes of a document number ("số 12/2018/NĐ-CP"), and — for the
//! shorter shapes ("12/6", "tháng 5/2016", "2018") — a cue word in front.
//!
//! The scan works on the tokens of one sentence at a time and looks at a
//! handful of tokens around each candidate, so it is linear in the text.

use super::case::Lower;
use super::model::{Figure, Quantity};
use crate::checks::calendar::is_valid;
use crate::lang::{en, vi, Lang};
use crate::span::Span;
use crate::text::{Document, Token, TokenKind};
use super::lexicon::WordMap;
use std::sync::OnceLock;

/// Dates and times of the document, in text order, non-overlapping.
pub fn recognize_dates(doc: &Document) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut scanner = super::scan::Scanner::new(doc);
    for &sent in &doc.sentences {
        scanner.load(sent);
        sentence_dates(doc, sent, scanner.lower(), scanner.has_digit(), &mut out);
    }
    out
}

/// Dates and times of one sentence, appended to `out` in text order;
/// `low` is its tokens, with their lowercase text (the scanner's `lower`,
/// so that the sentence is cut and each word lowercased once);
/// `has_digit` says whether the sentence has an ASCII digit (the scanner's
/// `has_digit`, from the same pass).
#[inline(never)]
pub fn sentence_dates(doc: &Document, sent: Span, low: Lower<'_>, has_digit: bool, out: &mut Vec<Figure>) {
    let text = doc.text();
    // Cheap test first: most sentences of an article have no digits.
    // English months need no digit ("in March"), nor quarters ("the second
    // quarter", "quý II"): look for their stems.
    let stems = match doc.lang {
        Lang::En => en::dates::NO_DIGIT_STEMS,
        Lang::Vi => vi::dates::NO_DIGIT_STEMS,
    };
    let worth = |s: &str| stems.iter().any(|m| s.contains(m));
    if !has_digit && !text.get(sent.start..sent.end).is_some_and(worth) {
        return;
    }
    let before = out.len();
    Scan { doc, text, low }.run(out);
    fill_missing_years(text, &mut out[before..]);
}

/// "ngày 25/1 đến ngày 1/2/2021": a day without a year takes the year of
/// the next full date — when only a range or list word stands between them
/// ("on July 25, surpassing the record set in August 2023" is no range).
fn fill_missing_years(text: &str, figs: &mut [Figure]) {
    let mut next_year: Option<String> = None;
    let mut next_start = usize::MAX;
    for f in figs.iter_mut().rev() {
        let joined = text.get(f.span.end..next_start).is_some_and(|gap| {
            gap.split(|c: char| c.is_whitespace() || matches!(c, ',' | '-' | '–' | '—' | '/' | '(' | ')'))
                .filter(|w| !w.is_empty())
                .all(|w| vi::dates::DATE_JOINERS.iter().chain(en::dates::DATE_JOINERS).any(|j| eq_ci(w, j)))
        });
        let start = f.span.start;
        if let Quantity::Date { iso, valid, .. } = &mut f.quantity {
            if let Some(rest) = iso.strip_prefix("--") {
                if let Some(y) = next_year.as_ref().filter(|_| joined) {
                    let parts: Vec<u8> = rest.split('-').filter_map(|p| p.parse().ok()).collect();
                    if let ([m, d], Ok(year)) = (parts.as_slice(), y.parse::<i32>()) {
                        *valid = is_valid(year, *m, *d);
                    }
                    *iso = format!("{y}-{rest}");
                }
            } else if let Some(y) = iso.get(..4) {
                next_year = Some(y.to_string());
            }
            next_start = start;
        }
    }
}

/// The words of `StartWords`, of both languages. The scanner marks them
/// with `W_DATE_START` as it looks each token up, and asks
/// `hyphenated_start` of a hyphenated word (looked up in parts).
pub(super) fn start_words() -> impl Iterator<Item = &'static str> {
    let weekdays = en::dates::WEEKDAYS.iter().flat_map(|names| names.iter());
    let months = en::dates::MONTHS.iter().map(|(n, _)| n);
    let vi_words = [&"chủ", &"thứ", &vi::dates::DAY_WORD, &vi::dates::MONTH_WORD, &vi::dates::QUARTER_WORD];
    let cues = vi::dates::DAY_CUES.iter().chain(vi::dates::WEAK_DAY_CUES);
    let quarters = [&en::dates::QUARTER_LETTER].into_iter().chain(en::dates::QUARTER_ORDINALS.iter().map(|(w, _)| w));
    weekdays.chain(months).chain(vi_words).chain(cues).chain(quarters).copied()
}

/// Can a date start at hyphenated word `lower` (lowercase), as `can_start`
/// asks? The scanner looks such a word up in parts, so asks here.
pub(super) fn hyphenated_start(lower: &str) -> bool {
    lower.as_bytes().starts_with(b"mid-") || StartWords::get().contains(lower)
}

/// The lowercase words a date, a time or a weekday may start with, at the
/// token itself (cues such as "in" or "lúc" are looked at from the number
/// after them): weekday names, "chủ"/"thứ", "ngày", "tháng", month names
/// and the day cues. Built once from the tables the readings use.
///
/// Asked of every word of every sentence with a digit, so a bitmap keyed
/// on the word's length and end bytes turns most words away before the
/// hash lookup.
struct StartWords {
    bloom: [u64; 64],
    set: WordMap<()>,
}

impl StartWords {
    fn get() -> &'static StartWords {
        static WORDS: OnceLock<StartWords> = OnceLock::new();
        WORDS.get_or_init(|| {
            let mut words = StartWords { bloom: [0; 64], set: WordMap::default() };
            for w in start_words() {
                let k = Self::key(w);
                if let Some(slot) = words.bloom.get_mut(k / 64) {
                    *slot |= 1 << (k % 64);
                }
                words.set.insert(w.to_string(), ());
            }
            words
        })
    }

    /// A 12-bit key from the length, the first two and the last byte.
    #[inline]
    fn key(w: &str) -> usize {
        let b = w.as_bytes();
        let at = |k: usize| u64::from(b.get(k).copied().unwrap_or(0));
        let h = b.len() as u64 | at(0) << 8 | at(1) << 16 | at(b.len().wrapping_sub(1)) << 24;
        (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 52) as usize
    }

    #[inline]
    fn contains(&self, w: &str) -> bool {
        let k = Self::key(w);
        self.bloom.get(k / 64).is_some_and(|slot| slot >> (k % 64) & 1 != 0) && self.set.contains_key(w)
    }
}

struct Scan<'s> {
    doc: &'s Document<'s>,
    text: &'s str,
    /// The tokens lowercased, index for index (words only are asked:
    /// `char::to_lowercase` of each capital, which differs from
    /// `str::to_lowercase` only in a Greek final sigma, never in a word
    /// of the date tables).
    low: Lower<'s>,
}

/// A date found at some token, before its weekday is attached.
struct Found {
    span: Span,
    next: usize,
    quantity: Quantity,
}

fn eq_ci(word: &str, lower: &str) -> bool {
    // Called for most tokens against many table words: decide the common
    // cases (all ASCII, or a first letter that differs) without walking
    // Unicode case tables over the whole word.
    if word.is_ascii() && lower.is_ascii() {
        return word.len() == lower.len() && word.bytes().zip(lower.bytes()).all(|(x, y)| x.to_ascii_lowercase() == y);
    }
    match (word.chars().next(), lower.chars().next()) {
        (Some(a), Some(b)) if a.to_lowercase().next() != Some(b) => false,
        _ => word.chars().flat_map(char::to_lowercase).eq(lower.chars()),
    }
}

/// The number of an English month name or abbreviation, lowercase.
fn month_number(lower: &str) -> Option<u8> {
    // Cheap test first: every name is 3 to 9 ASCII letters.
    if !(3..=9).contains(&lower.len()) {
        return None;
    }
    en::dates::MONTHS.iter().find(|(n, _)| *n == lower).map(|&(_, m)| m)
}

fn number(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 4 {
        return None;
    }
    // Up to four ASCII digits: read here, `str::parse` costs more.
    s.bytes().try_fold(0u32, |n, b| b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0')))
}

/// A day or month number: `None` past 255 rather than wrapping ("ngày 257
/// tháng 6" is no date, not the 1st).
fn small(s: &str) -> Option<u8> {
    number(s).and_then(|n| u8::try_from(n).ok())
}

fn year_of(s: &str) -> Option<i32> {
    match s.len() {
        4 => number(s).map(|y| y as i32).filter(|y| (1900..=2100).contains(y)),
        _ => None,
    }
}

/// An ISO 8601 string written field by field: `format!` with its padding
/// costs over a thousand instructions a date, and every date has one.
struct Iso(String);

impl Iso {
    fn new() -> Self {
        Iso(String::with_capacity(10))
    }

    fn sep(mut self, c: char) -> Self {
        self.0.push(c);
        self
    }

    /// As `{n:02}`.
    fn two(self, n: u32) -> Self {
        self.padded(n, 2)
    }

    /// As `{y:04}`.
    fn year(mut self, y: i32) -> Self {
        match u32::try_from(y) {
            Ok(y) => self.padded(y, 4),
            Err(_) => {
                self.0.push_str(&format!("{y:04}"));
                self
            }
        }
    }

    fn padded(mut self, n: u32, width: usize) -> Self {
        let mut digits = [0u8; 10];
        let mut len = 0;
        let mut v = n;
        while let Some(slot) = digits.get_mut(len) {
            *slot = b'0' + (v % 10) as u8;
            len += 1;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        for _ in len..width {
            self.0.push('0');
        }
        for &d in digits.get(..len).unwrap_or(&[]).iter().rev() {
            self.0.push(char::from(d));
        }
        self
    }
}

fn date(y: i32, m: u8, d: u8) -> Quantity {
    Quantity::Date { iso: Iso::new().year(y).sep('-').two(m.into()).sep('-').two(d.into()).0, weekday: None, valid: is_valid(y, m, d) }
}

fn month_date(y: i32, m: u8) -> Quantity {
    Quantity::Date { iso: Iso::new().year(y).sep('-').two(m.into()).0, weekday: None, valid: (1..=12).contains(&m) }
}

fn year_date(y: i32) -> Quantity {
    Quantity::Date { iso: Iso::new().year(y).0, weekday: None, valid: true }
}

/// A month without its year ("tháng 9", "mid-March"): ISO 8601's "--MM",
/// which takes the year of a later full date like a day does.
fn month_only(m: u8) -> Quantity {
    Quantity::Date { iso: Iso::new().sep('-').sep('-').two(m.into()).0, weekday: None, valid: (1..=12).contains(&m) }
}

/// What may touch a quarter's numeral ("Q3/2024", "quý II,"); anything
/// else glued to it makes a code ("Q3a", "quý IIb").
const QUARTER_GLUE: &[&str] = &["/", "-", ",", ".", "'", ")", ":", ";"];

/// "2025-Q1", or "--Q1" with no year.
fn quarter_date(y: Option<i32>, q: u8) -> Quantity {
    let iso = match y {
        Some(y) => format!("{}-Q{q}", Iso::new().year(y).0),
        None => format!("--Q{q}"),
    };
    Quantity::Date { iso, weekday: None, valid: true }
}

fn day_month(m: u8, d: u8) -> Quantity {
    // Valid in some year (29/2 in a leap year); fixed once the year is known.
    Quantity::Date { iso: Iso::new().sep('-').sep('-').two(m.into()).sep('-').two(d.into()).0, weekday: None, valid: is_valid(2000, m, d) }
}

/// A clock time. Hour 24 stays 24 at 24:00 ("24h ngày 31/8"): the end of
/// that day, which "00:00" would move back to its start. Any later minute
/// of hour 24 is read on the next day's clock.
fn time(h: u32, m: u32, s: Option<u32>) -> Quantity {
    let h = if h == 24 && m == 0 && s.unwrap_or(0) == 0 { 24 } else { h % 24 };
    let iso = match s {
        Some(s) => Iso::new().two(h).sep(':').two(m).sep(':').two(s).0,
        None => Iso::new().two(h).sep(':').two(m).0,
    };
    Quantity::Time { iso }
}

impl<'s> Scan<'s> {
    fn run(&self, out: &mut Vec<Figure>) {
        let mut i = 0;
        while i < self.low.len() {
            let found = if self.can_start(i) {
                self.with_weekday(i)
                    .or_else(|| self.quarter(i))
                    .or_else(|| self.may_start(i).then(|| self.date_at(i).or_else(|| self.time_at(i))).flatten())
            } else {
                None
            };
            match found {
                Some(f) if f.next > i => {
                    out.push(Figure::new(f.span, f.quantity));
                    i = f.next;
                    // "9h sáng 10/9": the part of the day that ends a time
                    // is also the day cue of the date after it.
                    if self.start_word_in(i - 1, vi::dates::DAY_CUES) {
                        if let Some(d) = self.day_month(i) {
                            out.push(Figure::new(d.span, d.quantity));
                            i = d.next;
                        }
                    }
                }
                _ => i += 1,
            }
        }
    }

    /// Can anything start at token `i`? Every reading starts with a number
    /// or with a word of the date tables, but for "mid-March" (one token):
    /// this rejects the other words before any reading is tried.
    fn can_start(&self, i: usize) -> bool {
        match self.tok(i).map(|t| t.kind) {
            Some(TokenKind::Number) => true,
            // Of hyphenated words only "mid-" ones are read ("mid-March"):
            // `english_month` wants the part before the hyphen to be "mid".
            // The lowercase word starts with "mid-" exactly when the word
            // does, in any case: only "M", "I", "D" lowercase to "m", "i",
            // "d" ("İ" is "i" and a combining dot).
            Some(TokenKind::Word) => self.low.date_start(i),
            _ => false,
        }
    }

    /// Can a date or time start at token `i`, other than with a weekday?
    /// Every other reading needs a number here or right after, a capital
    /// (a month name) or a hyphen ("mid-March"): most tokens have none.
    fn may_start(&self, i: usize) -> bool {
        match self.tok(i).map(|t| t.kind) {
            Some(TokenKind::Number) => true,
            Some(TokenKind::Word) => self.is(i + 1, TokenKind::Number) || {
                let s = self.s(i);
                s.chars().next().is_some_and(char::is_uppercase) || s.as_bytes().contains(&b'-')
            },
            _ => false,
        }
    }

    fn tok(&self, i: usize) -> Option<Token> {
        self.low.token(i)
    }

    /// Token `i`'s text, as the scanner sliced it.
    fn s(&self, i: usize) -> &'s str {
        self.low.raw(i)
    }

    fn is(&self, i: usize, kind: TokenKind) -> bool {
        self.tok(i).is_some_and(|t| t.kind == kind)
    }

    /// Tokens `i` and `i + 1` touch (no space between).
    fn glued(&self, i: usize) -> bool {
        match (self.tok(i), self.tok(i + 1)) {
            (Some(a), Some(b)) => a.span.end == b.span.start,
            _ => false,
        }
    }

    /// Token `i` lowercased.
    fn lw(&self, i: usize) -> &str {
        self.low.get(i)
    }

    fn word_is(&self, i: usize, lower: &str) -> bool {
        self.is(i, TokenKind::Word) && self.lw(i) == lower
    }

    /// `word_in` for a list of `start_words` (the day cues): a word
    /// without the scanner's mark is in none.
    fn start_word_in(&self, i: usize, list: &[&str]) -> bool {
        self.low.date_start(i) && self.word_in(i, list)
    }

    fn word_in(&self, i: usize, list: &[&str]) -> bool {
        self.is(i, TokenKind::Word) && {
            let w = self.lw(i);
            list.iter().any(|x| *x == w)
        }
    }

    fn span(&self, a: usize, b: usize) -> Span {
        match (self.tok(a), self.tok(b)) {
            (Some(x), Some(y)) => Span::new(x.span.start, y.span.end),
            _ => Span::default(),
        }
    }

    /// The character right after token `i`, or before token `i`.
    fn char_after(&self, i: usize) -> Option<char> {
        self.tok(i).and_then(|t| self.text.get(t.span.end..)).and_then(|s| s.chars().next())
    }

    fn char_before(&self, i: usize) -> Option<char> {
        self.tok(i).and_then(|t| self.text.get(..t.span.start)).and_then(|s| s.chars().next_back())
    }

    /// A numeric shape glued to more of itself: part of a code, not a date.
    fn glued_code_after(&self, last: usize) -> bool {
        match self.char_after(last) {
            Some(c) if c.is_alphanumeric() => true,
            Some('/') => true,
            Some('-') | Some('.') => {
                let rest = self.tok(last).and_then(|t| self.text.get(t.span.end + 1..)).unwrap_or("");
                rest.chars().next().is_some_and(|c| c.is_alphanumeric())
            }
            _ => false,
        }
    }

    fn glued_code_before(&self, first: usize) -> bool {
        matches!(self.char_before(first), Some(c) if c.is_alphanumeric() || c == '/' || c == '.' || c == '-' || c == ',')
    }

    // ---------------------------------------------------------------- dates

    /// "Thứ Hai, 12/6/2018", "thứ 3 ngày 12/6", "Monday, June 12, 2018",
    /// "Chủ nhật (12/6)".
    fn with_weekday(&self, i: usize) -> Option<Found> {
        let (index, mut j) = self.weekday_at(i)?;
        let mut paren = false;
        loop {
            match self.s(j) {
                "," => j += 1,
                "(" => {
                    paren = true;
                    j += 1
                }
                _ if self.word_is(j, vi::dates::DAY_WORD) => j += 1,
                _ => break,
            }
        }
        let mut found = self.date_at(j).or_else(|| self.day_month(j))?;
        if !matches!(&found.quantity, Quantity::Date { iso, .. } if iso.len() >= 10 || iso.starts_with("--")) {
            return None;
        }
        if paren && self.s(found.next) == ")" {
            found.next += 1;
        }
        let end = self.tok(found.next - 1)?.span.end;
        found.span = Span::new(self.tok(i)?.span.start, end.max(found.span.end));
        let names = match self.doc.lang {
            Lang::Vi => &vi::dates::WEEKDAY_NAMES,
            Lang::En => &en::dates::WEEKDAY_NAMES,
        };
        if let Quantity::Date { weekday, .. } = &mut found.quantity {
            *weekday = names.get(index).map(|s| s.to_string());
        }
        Some(found)
    }

    /// A weekday name at `i`: its index (Monday = 0) and the token after it.
    fn weekday_at(&self, i: usize) -> Option<(usize, usize)> {
        if !self.is(i, TokenKind::Word) {
            return None;
        }
        // Cheap test first: every weekday form, English or Vietnamese
        // ("chủ nhật", "thứ hai"), starts with one of these letters.
        if !matches!(self.lw(i).as_bytes().first(), Some(b'm' | b't' | b'w' | b'f' | b's' | b'c')) {
            return None;
        }
        let capital = self.s(i).chars().next().is_some_and(char::is_uppercase);
        // Weekday names are 3 to 9 letters ("Fri", "Wednesday").
        let n = self.s(i).len();
        for (idx, names) in en::dates::WEEKDAYS.iter().enumerate().filter(|_| (3..=9).contains(&n)) {
            // Full English names; an abbreviation ("Fri", "Sat.") only
            // capitalized, and the caller wants a date right after it.
            let w = self.lw(i);
            if names.first().is_some_and(|n| *n == w) || capital && names.iter().skip(1).any(|n| *n == w) {
                let next = if self.s(i + 1) == "." && self.glued(i) { i + 2 } else { i + 1 };
                return Some((idx, next));
            }
        }
        if self.word_is(i, "chủ") && self.word_is(i + 1, "nhật") {
            return Some((6, i + 2));
        }
        if self.word_is(i, "thứ") {
            let next = self.s(i + 1);
            for (idx, names) in vi::dates::WEEKDAYS.iter().enumerate() {
                for n in names.iter() {
                    if let Some(rest) = n.strip_prefix("thứ ") {
                        if eq_ci(next, rest) {
                            return Some((idx, i + 2));
                        }
                    }
                }
            }
        }
        None
    }

    fn date_at(&self, i: usize) -> Option<Found> {
        self.decade(i)
            .or_else(|| self.numeric_date(i))
            .or_else(|| self.vietnamese_words(i))
            .or_else(|| self.english_month(i))
            .or_else(|| self.cued_year(i))
            .or_else(|| self.cued_day_month(i))
    }

    /// A decade at number token `i`: "the 1990s", "the '90s", "mid-1990s",
    /// "thập niên 1990", "những năm 90". ISO 8601-2 writes a decade with
    /// its unspecified digit as "X": "199X"; "the 1800s" is a century,
    /// "18XX". Never a range's end ("những năm 1990-2000" are years).
    fn decade(&self, i: usize) -> Option<Found> {
        if !self.is(i, TokenKind::Number) {
            return None;
        }
        let s = self.s(i);
        let n = number(s).filter(|n| n % 10 == 0 && matches!(s.len(), 2 | 4))?;
        // The two digits of a decade of the 1900s ("'90s"), or of the
        // 2000s ("'00s", "'10s"); "'20s" is either, and left alone.
        let two = |n: u32, later: bool| match n {
            0 | 10 => Some(2000 + n),
            20 if later => Some(2020),
            30..=90 if !later => Some(1900 + n),
            _ => None,
        };
        let (first, last, year) = match self.doc.lang {
            Lang::En => {
                // "1990s" or "1990's", the "s" not glued to more.
                let apostrophe = |k: usize| matches!(self.s(k), "'" | "’") && self.glued(k);
                let suffix = if self.glued(i) && self.word_is(i + 1, en::dates::DECADE_SUFFIX) {
                    i + 1
                } else if self.glued(i) && apostrophe(i + 1) && self.word_is(i + 2, en::dates::DECADE_SUFFIX) {
                    i + 2
                } else {
                    return None;
                };
                if self.glued(suffix) && matches!(self.tok(suffix + 1).map(|t| t.kind), Some(TokenKind::Word | TokenKind::Number)) {
                    return None;
                }
                let (mut first, year) = if s.len() == 4 {
                    (i, n)
                } else if i > 0 && apostrophe(i - 1) {
                    (i - 1, two(n, false)?)
                } else {
                    return None;
                };
                if first >= 2 && self.s(first - 1) == "-" && self.glued(first - 1) && self.glued(first - 2) && self.word_in(first - 2, en::dates::DECADE_PREFIXES) {
                    first -= 2;
                } else if first > 0 && self.glued(first - 1) {
                    return None;
                }
                (first, suffix, year)
            }
            Lang::Vi => {
                let cued = i >= 2 && vi::dates::DECADE_CUES.iter().any(|[a, b]| self.word_is(i - 2, a) && self.word_is(i - 1, b));
                if !cued || self.glued_code_after(i) {
                    return None;
                }
                // "những năm 1990 - 2000": years, not a decade.
                if matches!(self.s(i + 1), "-" | "–" | "—") && self.is(i + 2, TokenKind::Number) {
                    return None;
                }
                let year = if s.len() == 4 {
                    n
                } else {
                    let w = vi::dates::DECADE_CENTURY_WORDS;
                    let later = (0..w.len()).all(|k| self.word_is(i + 1 + k, w[k])) && vi::dates::DECADE_21ST_CENTURY.contains(&self.s(i + 1 + w.len()));
                    two(n, later)?
                };
                (i - 2, i, year)
            }
        };
        if !(1000..=2100).contains(&year) {
            return None;
        }
        // "the 1800s": the century; "the 2000s" is read as the decade.
        let iso = if year % 100 == 0 && year < 2000 { format!("{}XX", year / 100) } else { format!("{}X", year / 10) };
        Some(Found { span: self.span(first, last), next: last + 1, quantity: Quantity::Date { iso, weekday: None, valid: true } })
    }

    /// "12/6/2018", "14/06/2018", "12-6-2018", "12.6.2018", "6/12/2018"
    /// (US order in English), "2018-06-12".
    fn numeric_date(&self, i: usize) -> Option<Found> {
        if !self.is(i, TokenKind::Number) {
            return None;
        }
        let first = self.s(i);
        let dotted = first.bytes().filter(|&b| b == b'.').count() == 2 && !first.contains(',');
        // Cheap test first: every shape below is one dotted token or a
        // number glued to "/" or "-" and a number; most numbers are neither.
        let sep = self.s(i + 1);
        let separated = matches!(sep, "/" | "-") && self.glued(i) && self.glued(i + 1) && self.is(i + 2, TokenKind::Number);
        if !dotted && !separated || self.glued_code_before(i) {
            return None;
        }
        // One token "12.6.2018" (the tokenizer keeps dots between digits).
        if dotted {
            let parts: Vec<&str> = first.split('.').collect();
            if let [d, m, y] = parts.as_slice() {
                if d.len() <= 2 && m.len() <= 2 && y.len() == 4 && !self.glued_code_after(i) {
                    let (d, m, y) = (small(d)?, small(m)?, year_of(y)?);
                    if (1..=31).contains(&d) && (1..=12).contains(&m) {
                        return Some(Found { span: self.span(i, i), next: i + 1, quantity: date(y, m, d) });
                    }
                }
            }
            return None;
        }
        let second = self.s(i + 2);
        let has_third = self.s(i + 3) == sep && self.glued(i + 2) && self.glued(i + 3) && self.is(i + 4, TokenKind::Number);
        // ISO: 2018-06-12 / 2016-05
        if sep == "-" && first.len() == 4 {
            let y = year_of(first)?;
            let m = number(second).filter(|_| second.len() == 2)? as u8;
            if !(1..=12).contains(&m) {
                return None;
            }
            if has_third && self.s(i + 4).len() == 2 && !self.glued_code_after(i + 4) {
                let d = small(self.s(i + 4))?;
                return Some(Found { span: self.span(i, i + 4), next: i + 5, quantity: date(y, m, d) });
            }
            return None;
        }
        if !has_third || first.len() > 2 || second.len() > 2 || self.glued_code_after(i + 4) {
            return None;
        }
        let third = self.s(i + 4);
        let y = match third.len() {
            4 => year_of(third)?,
            2 if sep == "/" => {
                let yy = number(third)? as i32;
                if yy < 50 {
                    2000 + yy
                } else {
                    1900 + yy
                }
            }
            _ => return None,
        };
        let (a, b) = (small(first)?, small(second)?);
        let (d, m) = match self.doc.lang {
            Lang::En if a <= 12 && b <= 31 => (b, a),
            _ => (a, b),
        };
        if !(1..=31).contains(&d) || !(1..=12).contains(&m) {
            return None;
        }
        Some(Found { span: self.span(i, i + 4), next: i + 5, quantity: date(y, m, d) })
    }

    /// A quarter of a year: "quý I/2025", "quý 3 năm 2024", "Q1 2025",
    /// "Q3/2024", "first quarter of 2025"; "quý II" or "Q2" alone is the
    /// quarter of no stated year ("--Q2", as "--06" is June). A quarter
    /// written only in words or Roman numerals needs its year: without a
    /// digit, the sentence is not scanned for dates at all.
    fn quarter(&self, i: usize) -> Option<Found> {
        if !self.is(i, TokenKind::Word) || !self.low.date_start(i) {
            return None;
        }
        let w = self.lw(i);
        // The quarter's number and the token after it.
        let (q, mut j, alone) = if self.doc.lang == Lang::Vi && w == vi::dates::QUARTER_WORD {
            let n = self.s(i + 1);
            match vi::dates::QUARTER_ROMANS.iter().find(|(r, _)| *r == n) {
                // "quý II" alone is read, but not "quý II-A" or "quý IIa".
                Some(&(_, q)) => {
                    if self.glued(i + 1) && !QUARTER_GLUE.contains(&self.s(i + 2)) {
                        return None;
                    }
                    (q, i + 2, true)
                }
                None if self.is(i + 1, TokenKind::Number) && matches!(n, "1" | "2" | "3" | "4") => (n.parse().ok()?, i + 2, true),
                _ => return None,
            }
        } else if self.doc.lang == Lang::En && w == en::dates::QUARTER_LETTER {
            // "Q1": the letter glued to one digit, capitalized.
            let n = self.s(i + 1);
            if self.s(i) != "Q" || !self.glued(i) || !self.is(i + 1, TokenKind::Number) || !matches!(n, "1" | "2" | "3" | "4") {
                return None;
            }
            if self.glued(i + 1) && !QUARTER_GLUE.contains(&self.s(i + 2)) {
                return None;
            }
            (n.parse().ok()?, i + 2, true)
        } else if self.doc.lang == Lang::En {
            let q = en::dates::QUARTER_ORDINALS.iter().find(|(o, _)| *o == w)?.1;
            if !self.word_is(i + 1, en::dates::QUARTER_WORD) {
                return None;
            }
            let year = self.word_is(i + 2, "of").then(|| year_of(self.s(i + 3)).filter(|_| self.is(i + 3, TokenKind::Number))).flatten();
            if let Some(y) = year {
                return Some(Found { span: self.span(i, i + 3), next: i + 4, quantity: quarter_date(Some(y), q) });
            }
            // "in the second quarter": the quarter of no stated year, after
            // a determiner ("a second quarter" is no date).
            if i == 0 || !self.word_in(i - 1, en::dates::QUARTER_DETERMINERS) {
                return None;
            }
            return Some(Found { span: self.span(i, i + 1), next: i + 2, quantity: quarter_date(None, q) });
        } else {
            return None;
        };
        // The year: glued after "/" or "-", after "năm", or after a space.
        let year_at = |k: usize| year_of(self.s(k)).filter(|_| self.is(k, TokenKind::Number) && !self.glued_code_after(k));
        let mut year = None;
        if matches!(self.s(j), "/" | "-") && self.glued(j - 1) && self.glued(j) {
            year = year_at(j + 1);
            if year.is_some() {
                j += 2;
            }
        } else if self.doc.lang == Lang::Vi && self.word_is(j, vi::dates::YEAR_WORD) {
            year = year_at(j + 1);
            if year.is_some() {
                j += 2;
            }
        } else if self.doc.lang == Lang::En && !self.glued(j - 1) {
            year = year_at(j);
            if year.is_some() {
                j += 1;
            }
        }
        if year.is_none() && !alone {
            return None;
        }
        Some(Found { span: self.span(i, j - 1), next: j, quantity: quarter_date(year, q) })
    }

    /// "ngày 12 tháng 6 năm 2018", "tháng 6 năm 2018", "tháng 5/2016",
    /// "ngày 12/6" (the day cue makes it a date), "năm 2018".
    fn vietnamese_words(&self, i: usize) -> Option<Found> {
        let day_w = vi::dates::DAY_WORD;
        let month_w = vi::dates::MONTH_WORD;
        let year_w = vi::dates::YEAR_WORD;
        if self.word_is(i, day_w) && self.is(i + 1, TokenKind::Number) && self.word_is(i + 2, month_w) && self.is(i + 3, TokenKind::Number) {
            let d = small(self.s(i + 1))?;
            let m = small(self.s(i + 3))?;
            if !(1..=31).contains(&d) || !(1..=12).contains(&m) {
                return None;
            }
            if self.word_is(i + 4, year_w) {
                if let Some(y) = year_of(self.s(i + 5)) {
                    return Some(Found { span: self.span(i, i + 5), next: i + 6, quantity: date(y, m, d) });
                }
            }
            return Some(Found { span: self.span(i, i + 3), next: i + 4, quantity: day_month(m, d) });
        }
        if self.word_is(i, month_w) && self.is(i + 1, TokenKind::Number) {
            let m = number(self.s(i + 1)).filter(|m| (1..=12).contains(m))? as u8;
            if self.word_is(i + 2, year_w) {
                let y = year_of(self.s(i + 3))?;
                return Some(Found { span: self.span(i, i + 3), next: i + 4, quantity: month_date(y, m) });
            }
            if self.s(i + 2) == "/" && self.glued(i + 1) && self.glued(i + 2) && !self.glued_code_after(i + 3) {
                let y = year_of(self.s(i + 3))?;
                return Some(Found { span: self.span(i, i + 3), next: i + 4, quantity: month_date(y, m) });
            }
            // "riêng tháng 9": a month name; "2 tháng 9" (a day before it, or
            // a count of months and days) is left alone, and so is a code.
            let counted = i > 0 && self.is(i - 1, TokenKind::Number);
            if counted || self.glued(i + 1) || self.s(i + 2) == "/" || self.s(i + 2) == "-" && self.glued(i + 1) {
                return None;
            }
            return Some(Found { span: self.span(i, i + 1), next: i + 2, quantity: month_only(m) });
        }
        None
    }

    /// "ngày 12/6", "sáng 25/1": a day and month after a day cue.
    fn cued_day_month(&self, i: usize) -> Option<Found> {
        // Cheap test first: a cue is a word before a number.
        if !self.is(i, TokenKind::Word) || !self.is(i + 1, TokenKind::Number) {
            return None;
        }
        if self.doc.lang == Lang::Vi && self.start_word_in(i, vi::dates::WEAK_DAY_CUES) {
            let f = self.day_month(i + 1)?;
            if self.word_in(f.next, vi::dates::SHARE_AFTER) {
                return None;
            }
            return Some(f);
        }
        if !self.start_word_in(i, vi::dates::DAY_CUES) {
            return None;
        }
        // The cue stays outside the figure, as with full dates.
        self.day_month(i + 1)
    }

    /// "12/6" alone (the caller has seen the cue).
    fn day_month(&self, i: usize) -> Option<Found> {
        if let Some(f) = self.numeric_date(i) {
            return Some(f);
        }
        if !(self.is(i, TokenKind::Number) && self.s(i + 1) == "/" && self.glued(i) && self.glued(i + 1) && self.is(i + 2, TokenKind::Number)) {
            return None;
        }
        if self.glued_code_after(i + 2) {
            return None;
        }
        let (a, b) = (self.s(i), self.s(i + 2));
        if a.len() > 2 || b.len() > 2 {
            return None;
        }
        let (d, m) = (small(a)?, small(b)?);
        if !(1..=31).contains(&d) || !(1..=12).contains(&m) {
            return None;
        }
        Some(Found { span: self.span(i, i + 2), next: i + 3, quantity: day_month(m, d) })
    }

    /// "năm 2018", "in 2018", "fiscal 2024": a year after its cue word.
    /// Only the year is the figure; the cue stays outside it.
    fn cued_year(&self, i: usize) -> Option<Found> {
        let y = year_of(self.s(i)).filter(|_| self.is(i, TokenKind::Number))?;
        if i == 0 {
            return None;
        }
        let cues: &[&str] = match self.doc.lang {
            Lang::Vi => vi::dates::YEAR_CUES,
            Lang::En => en::dates::YEAR_CUES,
        };
        // "the 2023 total": a year before a noun — not before a plural or a
        // counted noun ("the 2000 delegates" counts).
        let adjective = self.doc.lang == Lang::En && self.word_in(i - 1, en::dates::YEAR_BEFORE_NOUN_CUES) && self.is(i + 1, TokenKind::Word) && {
            let next = self.s(i + 1);
            next.chars().all(|c| c.is_lowercase()) && !next.ends_with('s') && !en::figures::COUNT_NOUNS.iter().any(|n| eq_ci(next, n))
        };
        let cued = self.word_in(i - 1, cues)
            || adjective
            || (self.s(i - 1) == "-" && self.glued(i - 1) && self.word_is(i.checked_sub(2)?, "mid"));
        if !cued || self.glued_code_after(i) {
            return None;
        }
        // "năm 2018 người" would be a count; a year is not followed by a unit noun
        // written in lower case directly — keep it simple: reject "%" and decimals.
        if matches!(self.char_after(i), Some('%')) {
            return None;
        }
        Some(Found { span: self.span(i, i), next: i + 1, quantity: year_date(y) })
    }

    /// English month names: "June 12, 2018", "June 12", "12 June 2018",
    /// "June 2018", "Feb. 1, 2021".
    /// The month an English month name at token `j` names. Inlined: asked
    /// at most numbers, and most tokens fail the first test.
    #[inline(always)]
    fn month_at(&self, j: usize) -> Option<u8> {
        // Month names are words of `start_words`: most words are not.
        if !self.is(j, TokenKind::Word) || !self.low.date_start(j) {
            return None;
        }
        let w = self.s(j);
        // Month names are capitalized; "may" and "march" in lower case are verbs.
        if !w.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        // The word is lowercased already; month names are ASCII without
        // a "k" (the one letter a non-ASCII capital, the Kelvin sign,
        // lowercases to), so equality here is `eq_ci`.
        month_number(self.lw(j))
    }

    fn english_month(&self, i: usize) -> Option<Found> {
        // "mid-March" is one token.
        if let Some((pre, rest)) = Some(self.s(i)).filter(|s| self.is(i, TokenKind::Word) && s.as_bytes().contains(&b'-')).and_then(|s| s.split_once('-')) {
            // The prefix first: most hyphenated words are not "mid-".
            let m = if eq_ci(pre, "mid") { en::dates::MONTHS.iter().find(|(n, _)| eq_ci(rest, n)).map(|&(_, m)| m) } else { None };
            if let Some(m) = m.filter(|_| rest.chars().next().is_some_and(char::is_uppercase)) {
                return Some(Found { span: self.span(i, i), next: i + 1, quantity: month_only(m) });
            }
        }
        // Month first.
        if let Some(m) = self.month_at(i) {
            let mut j = i + 1;
            if self.s(j) == "." && self.glued(i) {
                j += 1;
            }
            if self.is(j, TokenKind::Number) {
                let n = self.s(j);
                if let Some(y) = year_of(n) {
                    return Some(Found { span: self.span(i, j), next: j + 1, quantity: month_date(y, m) });
                }
                let d = number(n).filter(|d| n.len() <= 2 && (1..=31).contains(d))? as u8;
                // "June 12th"
                let mut end = j;
                if self.is(j + 1, TokenKind::Word) && self.glued(j) && matches!(self.s(j + 1), "st" | "nd" | "rd" | "th") {
                    end = j + 1;
                }
                let mut k = end + 1;
                if self.s(k) == "," {
                    k += 1;
                }
                if let Some(y) = year_of(self.s(k)).filter(|_| self.is(k, TokenKind::Number)) {
                    return Some(Found { span: self.span(i, k), next: k + 1, quantity: date(y, m, d) });
                }
                return Some(Found { span: self.span(i, end), next: end + 1, quantity: day_month(m, d) });
            }
            // "in March", "by late October", "mid-March": a month with its cue.
            let mid = i >= 2 && self.s(i - 1) == "-" && self.glued(i - 2) && self.glued(i - 1) && self.word_is(i - 2, "mid");
            let cues = if m == 5 { en::dates::MAY_CUES } else { en::dates::MONTH_CUES };
            let cued = i > 0 && !mid && self.is(i - 1, TokenKind::Word) && cues.iter().any(|c| self.word_is(i - 1, c));
            if mid || cued {
                let start = if mid { i - 2 } else { i };
                return Some(Found { span: self.span(start, i), next: i + 1, quantity: month_only(m) });
            }
            return None;
        }
        // Day first: "12 June 2018".
        if self.is(i, TokenKind::Number) {
            let n = self.s(i);
            // A day has at most two digits: cheap test before parsing.
            if n.len() > 2 {
                return None;
            }
            let d = number(n).filter(|d| (1..=31).contains(d))? as u8;
            let m = self.month_at(i + 1)?;
            if let Some(y) = year_of(self.s(i + 2)).filter(|_| self.is(i + 2, TokenKind::Number)) {
                return Some(Found { span: self.span(i, i + 2), next: i + 3, quantity: date(y, m, d) });
            }
            return Some(Found { span: self.span(i, i + 1), next: i + 2, quantity: day_month(m, d) });
        }
        None
    }

    // ---------------------------------------------------------------- times

    fn time_at(&self, i: usize) -> Option<Found> {
        // The hour first: one or two digits (cheaper than the glue test).
        if !self.is(i, TokenKind::Number) || self.s(i).len() > 2 {
            return None;
        }
        let h = number(self.s(i))?;
        // Every shape below has ":" or a word after the hour (cheaper than
        // the glue test).
        if !self.is(i + 1, TokenKind::Word) && self.s(i + 1) != ":" || self.glued_code_before(i) {
            return None;
        }
        // 17:06, 17:06:30, 5:30 pm
        if self.s(i + 1) == ":" && self.glued(i) && self.glued(i + 1) && self.is(i + 2, TokenKind::Number) {
            let mm = self.s(i + 2);
            let m = number(mm).filter(|m| mm.len() == 2 && *m <= 59)?;
            let mut end = i + 2;
            let mut sec = None;
            if self.s(i + 3) == ":" && self.glued(i + 2) && self.glued(i + 3) && self.s(i + 4).len() == 2 {
                sec = number(self.s(i + 4)).filter(|s| *s <= 59);
                if sec.is_some() {
                    end = i + 4;
                }
            }
            if self.char_after(end) == Some(':') || h > 24 {
                return None;
            }
            let (h, end) = self.meridiem(h, end);
            if h > 24 {
                return None;
            }
            return Some(Found { span: self.span(i, end), next: end + 1, quantity: time(h, m, sec) });
        }
        // 8h30, 20h
        if self.is(i + 1, TokenKind::Word) && self.glued(i) && (self.s(i + 1) == "h" || self.s(i + 1) == "g") {
            if h > 24 {
                return None;
            }
            if self.is(i + 2, TokenKind::Number) && self.glued(i + 1) {
                let mm = self.s(i + 2);
                let m = number(mm).filter(|m| mm.len() == 2 && *m <= 59)?;
                if self.glued_code_after(i + 2) {
                    return None;
                }
                let (hour, end) = self.day_part(h, i + 2);
                return Some(Found { span: self.span(i, end), next: end + 1, quantity: time(hour, m, None) });
            }
            if self.glued_code_after(i + 1) {
                return None;
            }
            // "9h sáng", "8h tối": the part of the day belongs to the time.
            let (hour, end) = self.day_part(h, i + 1);
            return Some(Found { span: self.span(i, end), next: end + 1, quantity: time(hour, 0, None) });
        }
        // 8 giờ 30 phút, lúc 9 giờ, 8 giờ sáng
        if self.word_is(i + 1, "giờ") && h <= 24 {
            let mut end = i + 1;
            let mut m = 0;
            let mut clock = false;
            if self.is(i + 2, TokenKind::Number) {
                if let Some(mm) = number(self.s(i + 2)).filter(|m| *m <= 59) {
                    m = mm;
                    end = i + 2;
                    clock = true;
                    if self.word_in(i + 3, vi::dates::MINUTE_WORDS) {
                        end = i + 3;
                    }
                }
            }
            let mut hour = h;
            if let Some(&(_, add)) = vi::dates::DAY_PARTS.iter().find(|(w, _)| self.word_is(end + 1, w)) {
                end += 1;
                clock = true;
                if hour < 12 {
                    hour += add as u32;
                }
            }
            // "0 giờ ngày 1/4/2024": an hour of a stated day is on the clock.
            let of_day = self.word_is(end + 1, vi::dates::DAY_WORD) && self.is(end + 2, TokenKind::Number);
            let cued = i > 0 && self.word_in(i - 1, vi::dates::TIME_CUES) || of_day;
            if clock || cued {
                return Some(Found { span: self.span(i, end), next: end + 1, quantity: time(hour, m, None) });
            }
            return None;
        }
        // 5 p.m., 10 am
        if h <= 12 {
            let (hh, end) = self.meridiem(h, i);
            if end > i {
                return Some(Found { span: self.span(i, end), next: end + 1, quantity: time(hh, 0, None) });
            }
        }
        None
    }

    /// "a.m."/"p.m." after token `end`: the 24-hour hour and the new end.
    /// A Vietnamese part of the day after token `end` ("sáng", "chiều"):
    /// the 24-hour hour and the new end.
    fn day_part(&self, h: u32, end: usize) -> (u32, usize) {
        match vi::dates::DAY_PARTS.iter().find(|(w, _)| self.word_is(end + 1, w)) {
            Some(&(_, add)) if h < 12 => (h + add as u32, end + 1),
            Some(_) => (h, end + 1),
            None => (h, end),
        }
    }

    fn meridiem(&self, h: u32, end: usize) -> (u32, usize) {
        let j = end + 1;
        if !self.is(j, TokenKind::Word) {
            return (h, end);
        }
        // The word lowercased already: against these ASCII words, plain
        // equality is `eq_ci`.
        let w = self.lw(j);
        let pm = |h: u32, is_pm: bool| match (is_pm, h) {
            (true, 1..=11) => h + 12,
            (false, 12) => 0,
            _ => h,
        };
        if w == "am" || w == "pm" {
            return (pm(h, w == "pm"), j);
        }
        // "a.m." is the tokens a . m .
        if (w == "a" || w == "p") && self.s(j + 1) == "." && self.word_is(j + 2, "m") && self.glued(j) && self.glued(j + 1) {
            let last = if self.s(j + 3) == "." && self.glued(j + 2) { j + 3 } else { j + 2 };
            return (pm(h, w == "p"), last);
        }
        (h, end)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn eq_ci_agrees_with_full_lowercasing() {
        let words = ["Tháng", "THÁNG", "tháng", "thg", "Tháng1", "ẞ", "ß", "March", "MARCH", "march", "Mar", "", "Ngày", "NĂM", "năm", "\u{212A}m", "km", "İ", "i\u{307}", "Đ", "đ", "x"];
        for w in words {
            for l in words.iter().map(|l| l.to_lowercase()) {
                let reference = w.chars().flat_map(char::to_lowercase).eq(l.chars());
                assert_eq!(super::eq_ci(w, &l), reference, "{w:?} vs {l:?}");
            }
        }
    }

    #[test]
    fn iso_strings_are_written_as_format_has_them() {
        use super::Iso;
        for y in [-12345, -1, 0, 7, 99, 1900, 2018, 2100, 9999, 10000, i32::MAX, i32::MIN] {
            assert_eq!(Iso::new().year(y).0, format!("{y:04}"));
        }
        for n in [0u32, 1, 9, 10, 59, 99, 100, 255, 1000, u32::MAX] {
            assert_eq!(Iso::new().two(n).sep(':').two(n).0, format!("{n:02}:{n:02}"));
        }
        assert_eq!(super::date(2018, 6, 12), super::Quantity::Date { iso: "2018-06-12".into(), weekday: None, valid: true });
    }

    /// `month_number` on the lowercased word decides as `eq_ci` over the table.
    #[test]
    fn month_number_agrees_with_eq_ci() {
        use super::{en, eq_ci, month_number};
        let words = ["March", "MARCH", "Mar", "May", "Sept", "SEPT", "Dec", "Decembers", "Ma", "\u{212A}an", "Jän", "İan", "December", "Oct", "Octo"];
        for w in words {
            let reference = en::dates::MONTHS.iter().find(|(n, _)| eq_ci(w, n)).map(|&(_, m)| m);
            assert_eq!(month_number(&w.to_lowercase()), reference, "{w:?}");
        }
    }

    use super::*;

    fn dates(text: &str) -> Vec<(String, String)> {
        let doc = Document::new(text, None);
        recognize_dates(&doc)
            .into_iter()
            .map(|f| {
                let iso = match &f.quantity {
                    Quantity::Date { iso, weekday, valid } => {
                        format!("{iso}{}{}", weekday.as_ref().map(|w| format!(" {w}")).unwrap_or_default(), if *valid { "" } else { " invalid" })
                    }
                    Quantity::Time { iso } => format!("T{iso}"),
                    _ => String::new(),
                };
                (doc.slice(f.span).to_string(), iso)
            })
            .collect()
    }

    fn one(text: &str, want_text: &str, want: &str) {
        let got = dates(text);
        assert!(got.iter().any(|(t, v)| t == want_text && v == want), "{text:?}: got {got:?}");
    }

    #[test]
    fn vietnamese() {
        one("Ngày 12/6/2018, hội nghị", "12/6/2018", "2018-06-12");
        one("17:06 - 14/06/2018", "14/06/2018", "2018-06-14");
        one("17:06 - 14/06/2018", "17:06", "T17:06");
        one("ngày 12 tháng 6 năm 2018", "ngày 12 tháng 6 năm 2018", "2018-06-12");
        one("trong tháng 5/2016", "tháng 5/2016", "2016-05");
        one("trong năm 2018", "2018", "2018");
        one("Thứ Hai, 12/6/2018, hội nghị", "Thứ Hai, 12/6/2018", "2018-06-12 Thứ Hai");
        one("ngày 31/2/2020", "31/2/2020", "2020-02-31 invalid");
        one("từ ngày 25/1 đến ngày 1/2/2021", "25/1", "2021-01-25");
        one("lúc 8h30 sáng", "8h30 sáng", "T08:30");
        one("kết thúc lúc 11 giờ 30 phút", "11 giờ 30 phút", "T11:30");
        one("lúc 2 giờ chiều", "2 giờ chiều", "T14:00");
        one("đến 9h sáng 10/9 đã có", "9h sáng", "T09:00");
        one("đến 9h sáng 10/9 đã có", "10/9", "--09-10");
        one("riêng tháng 9 ước đạt", "tháng 9", "--09");
        // The end of a day is its own 24:00, not the 00:00 that starts it.
        one("áp dụng đến 24h ngày 31/8", "24h", "T24:00");
        one("từ 0h ngày 1/9", "0h", "T00:00");
        one("đóng cửa lúc 24 giờ ngày 30/4", "24 giờ", "T24:00");
        one("kết thúc lúc 24:00 đêm 31/12", "24:00", "T24:00");
        one("mở lại lúc 24h30", "24h30", "T00:30");
    }

    #[test]
    fn english() {
        one("On June 12, 2018, the council met.", "June 12, 2018", "2018-06-12");
        one("on 12 June 2018 it rained", "12 June 2018", "2018-06-12");
        one("Tuesday, March 12, 2024, the council", "Tuesday, March 12, 2024", "2024-03-12 Tuesday");
        one("at 10:40 p.m. sharp", "10:40 p.m.", "T22:40");
        one("at 5 p.m. today", "5 p.m.", "T17:00");
        one("in 2018 the plan", "2018", "2018");
        one("2018-06-12 was", "2018-06-12", "2018-06-12");
        one("on 6/12/2018 it", "6/12/2018", "2018-06-12");
        one("The line opens in mid-March.", "mid-March", "--03");
        one("Fri March 1, 2024 at noon", "Fri March 1, 2024", "2024-03-01 Friday");
        one("by late October the river", "October", "--10");
        one("peaked on July 25, above the record set in August 2023", "July 25", "--07-25");
        one("from June 3 to June 5, 2024", "June 3", "2024-06-03");
    }

    #[test]
    fn not_dates() {
        for t in [
            "Quyết định số 1234/QĐ-UBND",
            "Nghị định số 12/2018/NĐ-CP",
            "đạt 77/110 đảng viên",
            "thắng 3-1",
            "1/1/1/1/1/1",
            "có 2018 người",
            "phiên bản 2.1",
            "đường dây nóng 0292 3821 234",
            "tỷ lệ 3/4",
            "It may rain in march",
        ] {
            assert!(dates(t).is_empty(), "{t:?}: {:?}", dates(t));
        }
    }

    /// A day or month over 255 used to wrap ("257" read as 1).
    #[test]
    fn out_of_range_numbers_are_no_dates() {
        for text in ["Khai mạc ngày 257 tháng 6 năm 2018.", "ngày 12 tháng 262 năm 2018"] {
            let got = dates(text);
            assert!(got.iter().all(|(_, iso)| !iso.starts_with("2018-06-01") && !iso.starts_with("2018-06-12")), "{text}: {got:?}");
        }
    }
}
