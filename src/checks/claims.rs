//! Claims: figures the text ties together, found by grammar and proximity.
//!
//! A claim is never "any two numbers that happen to fit". Every pattern
//! here needs the figures in one sentence, in a fixed order, joined by the
//! linking words of the article's language (the tables in `src/lang`), with
//! no other quantity in between. Rules build on these patterns and decide
//! what to recompute.

use super::words::{self, ends_with_word, Words};
use super::Context;
use crate::figures::{Figure, Kind, Quantity};
use crate::span::Span;
use crate::text::Document;
use std::borrow::Cow;
use std::ops::Range;

/// How far (in bytes) around a figure we read for cue words.
pub const WINDOW: usize = 48;

/// One sentence and the figures inside it.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub span: Span,
    /// Indices into the figure list.
    pub figures: Range<usize>,
    /// The changes it states ([`changes`]), which several rules judge.
    pub changes: Vec<Change>,
    /// Does one of its figures state a percent? Rules about shares look
    /// no further into a sentence without one.
    pub has_percent: bool,
}

/// The sentences that hold figures (changes not yet filled in).
#[inline(never)]
pub fn sentences(doc: &Document, figs: &[Figure]) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(doc.sentences.len());
    let mut i = 0;
    for &span in &doc.sentences {
        while i < figs.len() && figs[i].span.start < span.start {
            i += 1;
        }
        let start = i;
        while i < figs.len() && figs[i].span.end <= span.end {
            i += 1;
        }
        if i > start {
            let has_percent = figs[start..i].iter().any(|f| f.kind() == Kind::Percent);
            out.push(Sentence { span, figures: start..i, changes: Vec::new(), has_percent });
        }
    }
    out
}

pub fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The document's text lowercased once, when lowercasing keeps every
/// character's byte length (true of Vietnamese and English text: the
/// exceptions are rare letters such as "İ" and the Kelvin sign), so that
/// byte offsets into the matching text slice it too. Rules read cue words
/// around every figure; lowercasing each window anew was a fifth of the
/// whole analysis.
#[inline(never)]
pub fn lowercase_same_offsets(text: &str) -> Option<String> {
    // One copy, its ASCII lowercased in bulk; then each non-ASCII char is
    // looked at, and the few that change (capitals such as "Đ", "Ả") are
    // overwritten in place with their lowercase of the same length.
    let mut out = text.to_owned();
    out.make_ascii_lowercase();
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            i = next_non_ascii(bytes, i);
            continue;
        }
        // `i` is on a char boundary, so `b` leads a char of 2 to 4 bytes.
        let (b1, b2) = (bytes.get(i + 1).copied().unwrap_or(0), bytes.get(i + 2).copied().unwrap_or(0));
        if already_lower(b, b1, b2) {
            i += if b < 0xE0 { 2 } else { 3 };
            continue;
        }
        // A char of 2 or 3 bytes below the table's end is decoded here and
        // looked up by its code point; most are their own lowercase
        // (distance 0) and passed over.
        let code = match b {
            ..=0xDF => Some(u32::from(b & 0x1F) << 6 | u32::from(b1 & 0x3F)),
            ..=0xEF => Some(u32::from(b & 0x0F) << 12 | u32::from(b1 & 0x3F) << 6 | u32::from(b2 & 0x3F)),
            _ => None,
        };
        if let Some(&0) = code.and_then(|cp| LOWER.get(cp as usize)) {
            i += if b < 0xE0 { 2 } else { 3 };
            continue;
        }
        let c = text.get(i..).and_then(|rest| rest.chars().next())?;
        let len = c.len_utf8();
        let low = lower_same_len(c)?;
        if low != c {
            out.replace_range(i..i + len, low.encode_utf8(&mut [0; 4]));
        }
        i += len;
    }
    Some(out)
}

/// The first byte at or after `i` that is not ASCII (or the end): to the
/// first high bit of eight bytes, and 32 at a time once a run has been
/// ASCII for 32 (English prose; Vietnamese has a letter past ASCII every
/// few bytes, where a longer test would most often fail).
fn next_non_ascii(bytes: &[u8], mut i: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let word = |at: usize| bytes.get(at..at + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()).map(u64::from_le_bytes);
    let mut clean = 0;
    while let Some(w) = word(i) {
        let high = w & HIGH;
        if high != 0 {
            return i + (high.trailing_zeros() / 8) as usize;
        }
        i += 8;
        clean += 1;
        if clean == 4 {
            while let (Some(a), Some(b), Some(c), Some(d)) = (word(i), word(i + 8), word(i + 16), word(i + 24)) {
                if (a | b | c | d) & HIGH != 0 {
                    break;
                }
                i += 32;
            }
        }
    }
    while bytes.get(i).is_some_and(|&b| b < 0x80) {
        i += 1;
    }
    i
}

/// Chars known to be their own lowercase by their first bytes, without a
/// look-up: the common letters of Vietnamese ("à"–"ỹ" of U+00E0–U+00FF, the
/// odd, lowercase code points of U+1EA0–U+1EFF such as "ạ", "ệ", "ữ", and
/// "ā"–"ķ" of U+0100–U+0137 such as "ă" and "đ") and the general punctuation
/// of U+2000–U+203F ("–", "“", "…"). `b` leads a char; `b1`, `b2` follow it.
fn already_lower(b: u8, b1: u8, b2: u8) -> bool {
    match b {
        0xC3 => b1 >= 0xA0,
        0xC4 => b1 <= 0xB7 && b1 & 1 == 1,
        0xE1 => (b1 == 0xBB || (b1 == 0xBA && b2 >= 0xA0)) && b2 & 1 == 1,
        0xE2 => b1 == 0x80,
        _ => false,
    }
}

/// `lower_same_len`'s table: the distance from each code point below
/// 0x2100 to its lowercase.
static LOWER: [u16; 0x2100] = include!(concat!(env!("OUT_DIR"), "/lower.rs"));

/// The lowercase of `c` if it is one char of the same UTF-8 length. The
/// letters of Vietnamese and English articles, and the general punctuation
/// common in news ("“", "–", "…"), below U+2100, are looked up in a table
/// build.rs makes from `char::to_lowercase`: the distance to the
/// lowercase, mod 2^16 (0x8000: none).
fn lower_same_len(c: char) -> Option<char> {
    match LOWER.get(c as usize) {
        Some(0x8000) => None,
        Some(&d) => char::from_u32(u32::from((c as u32 as u16).wrapping_add(d))),
        None => lower_by_tables(c),
    }
}

fn lower_by_tables(c: char) -> Option<char> {
    let mut low = c.to_lowercase();
    match (low.next(), low.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => Some(l),
        _ => None,
    }
}

impl<'d, 'a> Context<'d, 'a> {
    pub fn words(&self) -> &'static Words {
        words::words(self.doc.lang)
    }

    pub fn fig(&self, i: usize) -> &Figure {
        &self.figures[i]
    }

    /// The lowercase text of a byte range of the matching text.
    fn lower(&self, start: usize, end: usize) -> Cow<'d, str> {
        match self.lower {
            Some(low) => Cow::Borrowed(low.get(start..end).unwrap_or("")),
            None => Cow::Owned(self.doc.text().get(start..end).unwrap_or("").to_lowercase()),
        }
    }

    /// Lowercase text between figures `a` and `b` (a before b).
    pub fn between(&self, a: usize, b: usize) -> Cow<'d, str> {
        let (s, e) = (self.figures[a].span.end, self.figures[b].span.start);
        if s >= e {
            return Cow::Borrowed("");
        }
        self.lower(s, e)
    }

    /// Lowercase text of up to `WINDOW` bytes before figure `i`, not
    /// reaching before `limit`.
    pub fn before(&self, i: usize, limit: usize) -> Cow<'d, str> {
        let text = self.doc.text();
        let end = self.figures[i].span.start;
        let start = floor_boundary(text, end.saturating_sub(WINDOW).max(limit));
        self.lower(start, end)
    }

    /// Lowercase text of up to `WINDOW` bytes after figure `i`, not beyond `limit`.
    pub fn after(&self, i: usize, limit: usize) -> Cow<'d, str> {
        let text = self.doc.text();
        let start = self.figures[i].span.end;
        let end = floor_boundary(text, (start + WINDOW).min(limit).max(start));
        self.lower(start, end)
    }

    /// The last byte of the lowercase text before figure `i` once
    /// [`words::trim_cue_end`] has passed over its spaces and marks (`None`
    /// inside: no such byte), read without making the window; `None` without
    /// a lowercase text. The window's trimmed end is that byte, or is empty
    /// if the marks reach past its start.
    pub fn last_byte_before(&self, i: usize) -> Option<Option<u8>> {
        let head = self.lower?.get(..self.figures[i].span.start)?;
        Some(words::trim_cue_end(head).as_bytes().last().copied())
    }

    /// `cues.ends(&self.before(i, limit))`, turned away by the last byte
    /// before the figure alone when no cue ends in it (most figures).
    pub fn ends_before(&self, cues: &words::EndCues, i: usize, limit: usize) -> bool {
        if self.last_byte_before(i).is_some_and(|last| !cues.may_end_last(last)) {
            return false;
        }
        cues.ends(&self.before(i, limit))
    }

    /// `direction_before(self, p, s.span.start)` for figure `p` of
    /// sentence `s`, found once per percent.
    pub fn direction(&self, p: usize, s: &Sentence) -> Option<i8> {
        match self.directions.get(p) {
            Some(Some(d)) => *d,
            _ => direction_before(self, p, s.span.start),
        }
    }

    /// `direction_before(self, p, limit)` for figure `p` of sentence `s`
    /// with `limit` inside the sentence before `p`: the answer found up to
    /// the sentence's start when the shorter window holds a ',', ';' or
    /// '(' (or is the same window), for then both end in one last clause.
    /// The rules ask this with the end of a pair before the stated percent.
    pub fn direction_since(&self, p: usize, s: &Sentence, limit: usize) -> Option<i8> {
        let end = self.figures[p].span.start;
        if let (Some(low), Some(Some(known)), true) = (self.lower, self.directions.get(p), s.span.start <= limit && limit <= end) {
            let near = end.saturating_sub(WINDOW);
            let (short, long) = (floor_boundary(low, near.max(limit)), floor_boundary(low, near.max(s.span.start)));
            if short == long || low.as_bytes().get(short..end).is_some_and(|w| w.iter().any(|&b| matches!(b, b',' | b';' | b'('))) {
                return *known;
            }
        }
        direction_before(self, p, limit)
    }

    /// The figure's text in the caller's words (for messages).
    pub fn text_of(&self, i: usize) -> &str {
        self.doc.slice(self.figures[i].span)
    }
}

/// The cue lists read around nearly every figure, each made ready once
/// per run ([`words::Cues`]).
pub struct ReadyCues {
    /// Up and down words together, for [`direction_before`].
    pub direction: words::Cues,
    pub up: words::Cues,
    pub down: words::Cues,
    pub total: words::Cues,
    /// "from" words, asked before every share (share-sum) and change.
    pub from: words::Cues,
    /// Words after a total ("in total", "cộng lại"), asked after every
    /// amount with two listed before it (sum-total).
    pub total_after: words::Cues,
    /// The last bytes of the "to" words and of the "from" words, asked
    /// before every amount and percent ([`changes`]).
    pub to_ends: words::Ends,
    pub from_ends: words::Ends,
    /// Lists asked at the end of the text before many amounts.
    pub total_end: words::EndCues,
    pub whole: words::EndCues,
    pub whole_first: words::EndCues,
    pub remaining: words::EndCues,
    pub share: words::EndCues,
    pub share_verb: words::EndCues,
    /// Lists asked with [`words::Cues::any`] (or, for two,
    /// [`words::Cues::any_of_both`]) by the rules, once per figure or
    /// claim: made here once, not for each haystack.
    pub to_up_down: words::Cues,
    pub to: words::Cues,
    pub share_any: words::Cues,
    pub subset: words::Cues,
    pub target: words::Cues,
    pub complete: words::Cues,
    pub complete_intro: words::Cues,
    /// `remaining` and `complete` together (sum-total).
    pub remaining_complete: words::Cues,
    /// "và", "and": between the shares of one list (share-sum).
    pub and: words::Cues,
    pub past: words::Cues,
    pub future: words::Cues,
    pub founded: words::Cues,
    pub elapsed: words::Cues,
    pub respondents: words::Cues,
}

impl ReadyCues {
    #[inline(never)]
    pub fn new(w: &'static Words) -> ReadyCues {
        ReadyCues {
            direction: words::Cues::new(w.up, w.down),
            up: words::Cues::new(w.up, &[]),
            down: words::Cues::new(w.down, &[]),
            total: words::Cues::new(w.total, &[]),
            from: words::Cues::new(w.from, &[]),
            total_after: words::Cues::new(w.total_after, &[]),
            to_ends: words::Ends::new(&[w.to_up, w.to_down, w.to]),
            from_ends: words::Ends::new(&[w.from]),
            total_end: words::EndCues::new(w.total),
            whole: words::EndCues::new(w.whole),
            whole_first: words::EndCues::new(w.whole_first),
            remaining: words::EndCues::new(w.remaining),
            share: words::EndCues::new(w.share),
            share_verb: words::EndCues::new(w.share_verb),
            to_up_down: words::Cues::new(w.to_up, w.to_down),
            to: words::Cues::new(w.to, &[]),
            share_any: words::Cues::new(w.share, &[]),
            subset: words::Cues::new(w.subset, &[]),
            target: words::Cues::new(w.target, &[]),
            complete: words::Cues::new(w.complete, &[]),
            complete_intro: words::Cues::new(w.complete_intro, &[]),
            remaining_complete: words::Cues::new(w.remaining, w.complete),
            and: words::Cues::new(AND, &[]),
            past: words::Cues::new(w.past, &[]),
            future: words::Cues::new(w.future, &[]),
            founded: words::Cues::new(w.founded, &[]),
            elapsed: words::Cues::new(w.elapsed, &[]),
            respondents: words::Cues::new(w.respondents, &[]),
        }
    }
}

/// The words that join the shares of one list, in either language.
const AND: &[&str] = &["và", "and"];

/// Figures that count or measure: the ones arithmetic claims are about.
pub fn is_amount(f: &Figure) -> bool {
    matches!(f.kind(), Kind::Number | Kind::Money)
}

pub fn is_quantity(f: &Figure) -> bool {
    matches!(f.kind(), Kind::Number | Kind::Money | Kind::Percent | Kind::Ratio | Kind::PercentagePoint | Kind::Multiplier)
}

/// Digits written as such, before any scale word: "250" in "250 tỷ đồng".
fn leading_numeral(cx: &Context, i: usize) -> Option<f64> {
    // Found bytewise: digits, '.' and ',' are ASCII, never inside a longer
    // UTF-8 char, so the first other byte starts a char.
    let text = cx.text_of(i);
    let start = text.bytes().position(|b| b.is_ascii_digit())?;
    let rest = text.get(start..)?;
    let end = rest.bytes().position(|b| !(b.is_ascii_digit() || b == b'.' || b == b',')).unwrap_or(rest.len());
    let numeral = rest.get(..end)?.trim_end_matches(['.', ',']);
    crate::figures::parse_digits(numeral, cx.doc.lang).map(|(v, _)| v)
}

/// The scale a figure's value carries beyond its digits (10^9 for "tỷ").
fn scale_of(cx: &Context, i: usize) -> f64 {
    match (cx.fig(i).value(), leading_numeral(cx, i)) {
        (Some(v), Some(n)) if n > 0.0 && v > n * 1.5 => v / n,
        _ => 1.0,
    }
}

/// How far a figure's true value may lie from the value written, if it
/// was rounded to the digits shown: "5,2 tỷ" stands for 5,15–5,25 tỷ. A
/// whole number without a scale word ("77", "1.200 hộ") is taken as exact.
pub fn rounding(cx: &Context, i: usize) -> f64 {
    match cx.fig(i).quantity {
        Quantity::Number { decimals, .. } | Quantity::Money { decimals, .. } => {
            let scale = scale_of(cx, i);
            if decimals == 0 && scale == 1.0 {
                0.0
            } else {
                0.5 * super::numbers::pow10(-(decimals.min(12) as i32)) * scale
            }
        }
        Quantity::Percent { decimals, .. } => 0.5 * super::numbers::pow10(-(decimals.min(12) as i32)),
        _ => 0.0,
    }
}

/// A change the text states: from `old` to `new`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Change {
    pub old: usize,
    pub new: usize,
    pub old_value: f64,
    pub new_value: f64,
    /// Where the claim's words end (the stated figure must come after).
    pub sentence: usize,
}

impl Change {
    /// The later of the two figures in the text: "from A to B" ends at B,
    /// "fell to B from A" at A. A stated change comes after it.
    pub fn last(&self) -> usize {
        self.old.max(self.new)
    }
}

/// Do two figures measure the same sort of thing?
fn compatible(a: &Figure, b: &Figure) -> bool {
    match (&a.quantity, &b.quantity) {
        (Quantity::Percent { .. }, Quantity::Percent { .. }) => true,
        (Quantity::Money { currency: x, .. }, Quantity::Money { currency: y, .. }) => x == y,
        (Quantity::Number { .. }, Quantity::Money { .. }) | (Quantity::Money { .. }, Quantity::Number { .. }) => true,
        (Quantity::Number { .. }, Quantity::Number { .. }) => true,
        _ => false,
    }
}

/// The values of two figures of one change, with a scale written once
/// ("từ 200 lên 250 tỷ đồng") applied to both.
pub fn pair_values(cx: &Context, old: usize, new: usize) -> Option<(f64, f64)> {
    let (a, b) = (cx.fig(old), cx.fig(new));
    if !compatible(a, b) {
        return None;
    }
    let (mut va, mut vb) = (a.value()?, b.value()?);
    let (sa, sb) = (scale_of(cx, old), scale_of(cx, new));
    if sa == 1.0 && sb > 1.0 && matches!(a.quantity, Quantity::Number { .. }) {
        va *= sb;
    } else if sb == 1.0 && sa > 1.0 && matches!(b.quantity, Quantity::Number { .. }) {
        vb *= sa;
    }
    // A count and an amount of money are one change only when they are of
    // one size ("từ 200 lên 250 tỷ đồng" after sharing the scale).
    let mixed = std::mem::discriminant(&a.quantity) != std::mem::discriminant(&b.quantity);
    if mixed && !(va > 0.0 && vb > 0.0 && va / vb <= 20.0 && vb / va <= 20.0) {
        return None;
    }
    Some((va, vb))
}

/// "từ A lên B", "from A to B": consecutive quantities of one sentence.
pub fn changes(cx: &Context, s: &Sentence) -> Vec<Change> {
    let w = cx.words();
    let mut out = Vec::new();
    // The words before each figure are read once for both patterns: which
    // of the first 64 figures a "to" word comes right before, for
    // [`reversed_changes`] (one u64 word: a u128 shift is a libcall in WASM).
    let mut to_cued = 0u64;
    for a in s.figures.clone() {
        if !(is_amount(cx.fig(a)) || cx.fig(a).kind() == Kind::Percent) {
            continue;
        }
        // Neither a "to" nor a "from" word can end the window (most figures).
        if cx.last_byte_before(a).is_some_and(|last| !cx.cues.to_ends.may_end_last(last) && !cx.cues.from_ends.may_end_last(last)) {
            continue;
        }
        let before = cx.before(a, s.span.start);
        let tail = words::trim_cue_end(&before);
        if let Some(bit) = figure_bit(s, a) {
            if cx.cues.to_ends.may_end(tail) && [w.to_up, w.to_down, w.to].iter().any(|cues| words::ends_with_word_trimmed(tail, cues)) {
                to_cued |= bit;
            }
        }
        if !(cx.cues.from_ends.may_end(tail) && words::ends_with_word_trimmed(tail, w.from)) {
            continue;
        }
        // The next quantity (dates in between are fine: "từ 2.400 tỷ đồng năm 2020 lên …").
        let Some(b) = (a + 1..s.figures.end).find(|&j| is_quantity(cx.fig(j))) else { continue };
        let between = cx.between(a, b);
        if between.len() > 2 * WINDOW {
            continue;
        }
        if between.contains([';', '.', '(']) || !(cx.cues.to_up_down.any_of_both(&between) || cx.cues.to.any(&between)) {
            continue;
        }
        if let Some((old_value, new_value)) = pair_values(cx, a, b) {
            out.push(Change { old: a, new: b, old_value, new_value, sentence: s.span.end });
        }
    }
    reversed_changes(cx, s, to_cued, &mut out);
    out
}

/// Figure `j`'s bit in a set of a sentence's first 64 figures.
fn figure_bit(s: &Sentence, j: usize) -> Option<u64> {
    u32::try_from(j - s.figures.start).ok().and_then(|k| 1u64.checked_shl(k))
}

/// "fell to 4.1% in February from 4.6% a year earlier": the new value
/// first, after a "to" word, then the old one after a "from" word.
/// `to_cued` says which of the sentence's first 64 figures follow a "to"
/// word (bit `b - s.figures.start`); the others are read here.
fn reversed_changes(cx: &Context, s: &Sentence, to_cued: u64, out: &mut Vec<Change>) {
    let w = cx.words();
    let forward = out.len();
    for b in s.figures.clone() {
        if !(is_amount(cx.fig(b)) || cx.fig(b).kind() == Kind::Percent) {
            continue;
        }
        if out[..forward].iter().any(|c| c.new == b || c.old == b) {
            continue;
        }
        let cued = match figure_bit(s, b) {
            Some(bit) => to_cued & bit != 0,
            None => words::ends_with_any_word(&cx.before(b, s.span.start), &[w.to_up, w.to_down, w.to]),
        };
        if !cued {
            continue;
        }
        let Some(a) = (b + 1..s.figures.end).find(|&j| is_quantity(cx.fig(j))) else { continue };
        if out[..forward].iter().any(|c| c.old == a || c.new == a) {
            continue;
        }
        let between = cx.between(b, a);
        if between.len() > 2 * WINDOW || between.contains([';', '.', '(']) || !ends_with_word(&between, w.from) {
            continue;
        }
        if let Some((old_value, new_value)) = pair_values(cx, a, b) {
            out.push(Change { old: a, new: b, old_value, new_value, sentence: s.span.end });
        }
    }
}

/// "B, tăng P so với A" / "B, gấp M lần so với A" / "B, up P from A":
/// the stated figure `p` sits between the new value and the old one.
pub fn compared(cx: &Context, s: &Sentence, p: usize) -> Option<Change> {
    let w = cx.words();
    let new = (s.figures.start..p).rev().find(|&j| is_amount(cx.fig(j)) || cx.fig(j).kind() == Kind::Percent)?;
    let old = (p + 1..s.figures.end).find(|&j| is_quantity(cx.fig(j)))?;
    let after = cx.between(p, old);
    // "tăng 14,3%, so với mức 354,7 tỷ USD": a comma may set the
    // comparison off, when the comparison word opens what follows it.
    let after = match after.trim_start().strip_prefix(',').map(str::trim_start) {
        Some(rest) if w.compared.iter().any(|c| rest.starts_with(c)) => std::borrow::Cow::Owned(rest.to_string()),
        _ => after,
    };
    // "so với cùng kỳ năm trước (325 ca)": the old value in brackets
    // right after the comparison.
    let bracketed = after.trim_end().strip_suffix('(').filter(|a| !a.contains(['(', ';']));
    let cue_text = bracketed.unwrap_or(&after);
    // "50% larger than last year's $2 billion": a comparison word inside a
    // short clause also ties them ("over" alone is too loose for that).
    let inside = |c: &&str| *c != "over" && !cue_text.contains(',') && words::has_word(cue_text, c);
    let cue = w.compared.iter().any(|c| ends_with_word(cue_text, &[c]) || cue_text.trim_start().starts_with(c) || (bracketed.is_some() && words::has_word(cue_text, c)) || inside(c));
    // The old value stays in the comparison's clause: "up 5% from a year
    // earlier, at 300 stores" compares with no figure.
    if !cue || after.len() > WINDOW || (bracketed.is_none() && after.contains([';', '(', ','])) {
        return None;
    }
    // Nothing but words between the new value and the stated figure.
    if (new + 1..p).any(|j| is_quantity(cx.fig(j))) || cx.between(new, p).len() > WINDOW {
        return None;
    }
    let (old_value, new_value) = pair_values(cx, old, new)?;
    Some(Change { old, new, old_value, new_value, sentence: s.span.end })
}

/// The text after the last ',', ';' or '(' of `text` (all of it if none):
/// `text.rsplit([',', ';', '(']).next()`, found bytewise (an ASCII byte is
/// never part of a longer UTF-8 char). Windows are a few dozen bytes: past
/// 16, `memrchr3` reads them 16 at a time; below, its setup costs more than
/// the plain loop.
pub fn last_clause(text: &str) -> &str {
    let bytes = text.as_bytes();
    let at = if bytes.len() > 16 { memchr::memrchr3(b',', b';', b'(', bytes) } else { bytes.iter().rposition(|&b| matches!(b, b',' | b';' | b'(')) };
    match at {
        Some(p) => &text[p + 1..],
        None => text,
    }
}

/// The text before the first ',', ';' or '.' of `text` (all of it if
/// none): `text.split([',', ';', '.']).next()`, found bytewise.
pub fn first_clause(text: &str) -> &str {
    match text.bytes().position(|b| matches!(b, b',' | b';' | b'.')) {
        Some(p) => &text[..p],
        None => text,
    }
}

/// Direction words right before a stated change figure: +1 up, -1 down.
pub fn direction_before(cx: &Context, i: usize, limit: usize) -> Option<i8> {
    let before = cx.before(i, limit);
    // Only the last clause counts.
    let clause = last_clause(&before);
    let (up, down) = cx.cues.direction.last_first(clause);
    match (up, down) {
        (Some(u), Some(d)) => Some(if u > d { 1 } else { -1 }),
        (Some(_), None) => Some(1),
        (None, Some(_)) => Some(-1),
        (None, None) => {
            // "a 25% increase", "25% lower"
            let after = cx.after(i, usize::MAX);
            let head = first_two_words(&after);
            if cx.cues.up.any(&head) {
                Some(1)
            } else if cx.cues.down.any(&head) {
                Some(-1)
            } else {
                None
            }
        }
    }
}

/// The first two words of `text` joined by one space: a slice of `text`
/// when one space is what parts them there (almost always), else a copy.
pub fn first_two_words(text: &str) -> Cow<'_, str> {
    let mut words = text.split_whitespace();
    let (Some(a), b) = (words.next(), words.next()) else { return Cow::Borrowed("") };
    let Some(b) = b else { return Cow::Borrowed(a) };
    let offset = |w: &str| w.as_ptr() as usize - text.as_ptr() as usize;
    let (start, gap, end) = (offset(a), offset(a) + a.len()..offset(b), offset(b) + b.len());
    if text.get(gap) == Some(" ") {
        Cow::Borrowed(&text[start..end])
    } else {
        Cow::Owned(words::concat(&[a, " ", b]))
    }
}

/// "B, up from A, an increase of P": new, then old after a comparison
/// cue, then the stated figure `p`.
pub fn compared_before(cx: &Context, s: &Sentence, p: usize) -> Option<Change> {
    let w = cx.words();
    let old = (s.figures.start..p).rev().find(|&j| is_quantity(cx.fig(j)))?;
    let new = (s.figures.start..old).rev().find(|&j| is_quantity(cx.fig(j)))?;
    if !(is_amount(cx.fig(old)) || cx.fig(old).kind() == Kind::Percent) {
        return None;
    }
    let link = cx.between(new, old);
    // "B, up from A" ends with the cue; "B, up from an initial estimate of
    // A" has a longer cue inside.
    let cue = ends_with_word(&link, w.compared) || w.compared.iter().any(|c| c.contains(' ') && words::has_word(&link, c));
    if link.len() > 2 * WINDOW || link.contains([';', '(']) || !cue {
        return None;
    }
    if cx.between(old, p).len() > WINDOW {
        return None;
    }
    let (old_value, new_value) = pair_values(cx, old, new)?;
    Some(Change { old, new, old_value, new_value, sentence: s.span.end })
}

#[cfg(test)]
mod lowercase_tests {
    use super::{lower_by_tables, lower_same_len, lowercase_same_offsets};

    /// build.rs's table answers as `char::to_lowercase` does.
    #[test]
    fn lower_table_matches_std() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            assert_eq!(lower_same_len(c), lower_by_tables(c), "{c:?}");
        }
    }

    /// Every ASCII byte at every place of a word, and runs of mixed
    /// text cut at every length, lowercase as `to_lowercase` does.
    #[test]
    fn lowercase_by_words_like_std() {
        for b in 0..0x80u8 {
            for at in 0..8 {
                let mut word = *b"aZ@[`{Mz";
                word[at] = b;
                let s = std::str::from_utf8(&word).unwrap_or_default();
                assert_eq!(lowercase_same_offsets(s).as_deref(), Some(s.to_lowercase().as_str()), "{s:?}");
            }
        }
        let text = "ĐẠT 70% So Với NĂM 2020, The U.S. ẢNH Hưởng TỔNG SỐ 611 ĐẢNG VIÊN @[`{ XYZ".repeat(3);
        for n in (0..=text.len()).filter(|&n| text.is_char_boundary(n)) {
            assert_eq!(lowercase_same_offsets(&text[..n]).as_deref(), Some(text[..n].to_lowercase().as_str()), "{n}");
        }
    }

    /// Every char `already_lower` passes over is its own lowercase, and
    /// each one it declines among those ranges is left to the table.
    #[test]
    fn already_lower_only_for_lowercase() {
        let mut passed = 0;
        for c in (0x80..0x3000).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let e = c.encode_utf8(&mut buf).as_bytes();
            let at = |k: usize| e.get(k).copied().unwrap_or(0);
            if super::already_lower(at(0), at(1), at(2)) {
                assert!(c.to_lowercase().eq([c]), "{c:?}");
                passed += 1;
            }
        }
        assert_eq!(passed, 32 + 28 + 48 + 64, "the four ranges");
    }

    #[test]
    fn lowercase_keeps_offsets_or_declines() {
        let t = "TĂNG 25% SO VỚI Năm 2020, Đạt ĐẠT The U.S.";
        assert_eq!(lowercase_same_offsets(t).as_deref(), Some(t.to_lowercase().as_str()));
        // "İ" lowercases to two characters, the Kelvin sign to one byte: no shared offsets.
        assert_eq!(lowercase_same_offsets("İstanbul"), None);
        assert_eq!(lowercase_same_offsets("5 \u{212A}"), None);
    }

    /// What `Context::last_byte_before` relies on: a window's trimmed end
    /// is empty or ends in the byte the whole text before it trims to.
    #[test]
    fn trimmed_window_ends_like_trimmed_head() {
        use crate::checks::words::trim_cue_end;
        let text = "tổng số  ( 12, “ đạt:\u{a0}\u{3000}\"x tăng \t\n( từ “ 5 up to 7 in total: 3";
        let cuts: Vec<usize> = (0..=text.len()).filter(|&n| text.is_char_boundary(n)).collect();
        for &end in &cuts {
            let head = trim_cue_end(&text[..end]).as_bytes().last();
            for &start in cuts.iter().filter(|&&s| s <= end) {
                let window = trim_cue_end(&text[start..end]);
                assert!(window.is_empty() || window.as_bytes().last() == head, "{start}..{end}");
            }
        }
    }

    #[test]
    fn last_clause_like_rsplit() {
        let long = ["tăng trưởng kinh tế đạt 7%, cao hơn (dự kiến; so với", "rose sharply from a year earlier, the highest in a decade", "không có dấu phẩy nào trong câu dài này cả", "(đầu câu rồi rất nhiều chữ không có dấu", "nhiều chữ không có dấu ở giữa, cuối;"];
        for t in ["", ",", "a, b", "tăng (giảm; x", "đạt, ", "(", "không có", "đạt. tăng", "x.y,z"].into_iter().chain(long) {
            assert_eq!(super::last_clause(t), t.rsplit([',', ';', '(']).next().unwrap_or(""), "{t:?}");
            assert_eq!(super::first_clause(t), t.split([',', ';', '.']).next().unwrap_or(""), "{t:?}");
        }
        // Every cut of the long ones, across the 16-byte switch.
        for t in long {
            for n in (0..=t.len()).filter(|&n| t.is_char_boundary(n)) {
                let (head, tail) = (&t[..n], &t[n..]);
                assert_eq!(super::last_clause(head), head.rsplit([',', ';', '(']).next().unwrap_or(""), "{head:?}");
                assert_eq!(super::last_clause(tail), tail.rsplit([',', ';', '(']).next().unwrap_or(""), "{tail:?}");
            }
        }
    }

    #[test]
    fn first_two_words_like_split_and_join() {
        for t in ["", "  ", "a", " a ", "a b", "  tăng  mạnh so", "up\u{a0}25 x", "a\tb c", "x  y", "một hai ba"] {
            let want = t.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
            assert_eq!(super::first_two_words(t), want, "{t:?}");
        }
    }

    /// The table agrees with `char::to_lowercase` on every char it holds and past it.
    #[test]
    fn table_agrees_with_to_lowercase() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            let s = format!("Ab{c}cD");
            let low: String = s.chars().flat_map(char::to_lowercase).collect();
            let want = (low.len() == s.len() && low.chars().count() == s.chars().count()).then_some(low);
            assert_eq!(lowercase_same_offsets(&s), want, "{c:?}");
        }
    }
}

