//! The language tables of src/lang, indexed once for the scanner.
//!
//! The scanner asks two kinds of question, many times per sentence: "is
//! this word one that can start a figure?" and "does a phrase from table X
//! start (or end) at this token?". Both are answered by hash lookups keyed
//! on one word, so the cost per token does not grow with the tables.
//! Phrases are split into words as the tokenizer splits the text, so
//! "điểm %" and "No." match exactly the tokens the text yields; build.rs
//! does it (and the lowercasing and sorting), and a test checks its cut
//! against the tokenizer's, so the first analysis only fills the maps.

use super::model::TimeUnit;
use super::words::NumWord;
use crate::lang::{en, vi, Lang, PerLang};
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// What a trigger word may start (bits of `Lexicon::triggers`).
pub const T_IDENT: u8 = 1;
pub const T_SERIES: u8 = 2;
pub const T_CODE: u8 = 4;
pub const T_ORD_PREFIX: u8 = 8;
/// Numbers, ordinals, multipliers, fractions and the language's special words.
pub const T_OTHER: u8 = 16;

/// Where the `triggers` flags sit in `Lexicon::word_bits`.
pub const TRIGGER_SHIFT: u32 = 56;
/// Bits of `Lexicon::word_bits` for word sets the scanner asks about at
/// every number (after the phrase tables' bits, before the triggers').
pub const W_NUMBER: u64 = 1 << 42;
pub const W_CLASSIFIER: u64 = 1 << 43;
pub const W_NOT_UNIT: u64 = 1 << 44;
pub const W_TIMES: u64 = 1 << 45;
pub const W_FOLD: u64 = 1 << 46;
pub const W_FRACTION_SEPARATOR: u64 = 1 << 47;
/// Bits for the multiplier sets `at_word` asks of every trigger word.
pub const W_MULTIPLIER_PREFIX: u64 = 1 << 48;
pub const W_MULTIPLIER_BEFORE_DET: u64 = 1 << 49;
pub const W_MULTIPLIER_WORD: u64 = 1 << 50;
/// A word a date, time or weekday may start with (`datetime::start_words`),
/// so that the date recognizer need not look each word up again.
pub const W_DATE_START: u64 = 1 << 51;

/// A small fast hash for short words (FNV-1a).
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The hash of the word-bits map, asked once per token: eight bytes per
/// step instead of FNV's one, the tail read in at most two loads.
#[derive(Default)]
pub struct WordHasher(u64);

const MIX: u64 = 0x9E37_79B9_7F4A_7C15;

impl Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0 ^ bytes.len() as u64;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = c.try_into().map_or(0, u64::from_le_bytes);
            h = (h ^ w).wrapping_mul(MIX).rotate_left(23);
        }
        let r = chunks.remainder();
        let u32_at = |k: usize| r.get(k..k + 4).and_then(|b| b.try_into().ok()).map_or(0, |b| u64::from(u32::from_le_bytes(b)));
        let tail = match r.len() {
            0 => 0,
            1..=3 => {
                let b = |k: usize| u64::from(r.get(k).copied().unwrap_or(0));
                b(0) | b(r.len() / 2) << 8 | b(r.len() - 1) << 16
            }
            n => u32_at(0) | u32_at(n - 4) << 32,
        };
        self.0 = (h ^ tail).wrapping_mul(MIX);
    }

    #[inline]
    fn write_u8(&mut self, b: u8) {
        // `str`'s terminator; the length is already in.
        self.0 ^= u64::from(b);
    }

    #[inline]
    fn finish(&self) -> u64 {
        // The table picks buckets from the low bits: fold the high ones down.
        self.0 ^ self.0 >> 29
    }
}

/// A bitmap of the words of `Lexicon::word_bits` keyed on a word's
/// length, first two bytes and last byte: every token is looked up, and
/// half of them are in no table; most of those miss the bitmap and are
/// never hashed (a word in it may still be absent: the map decides).
pub struct WordFilter([u64; 64]);

impl WordFilter {
    fn of<'w>(words: impl Iterator<Item = &'w str>) -> WordFilter {
        let mut f = WordFilter([0; 64]);
        for w in words {
            let k = WordFilter::slot(w.as_bytes());
            if let Some(slot) = f.0.get_mut(k / 64) {
                *slot |= 1 << (k % 64);
            }
        }
        f
    }

    #[inline]
    fn slot(b: &[u8]) -> usize {
        let at = |k: usize| u64::from(b.get(k).copied().unwrap_or(0));
        let h = b.len() as u64 | at(0) << 8 | at(1) << 16 | at(b.len().wrapping_sub(1)) << 24;
        (h.wrapping_mul(MIX) >> 52) as usize
    }

    /// Could `w` be a word of the map? False only when it is not.
    #[inline]
    pub fn may_contain(&self, w: &str) -> bool {
        let k = WordFilter::slot(w.as_bytes());
        self.0.get(k / 64).is_some_and(|slot| slot >> (k % 64) & 1 != 0)
    }
}

/// `Lexicon::word_bits`: each word's bits in an open-addressed table of
/// at most half load, probed linearly from the word's `WordHasher` hash.
/// Asked once per token (half of them hits): a probe is a length and a
/// byte compare, without the general map's group search.
pub struct WordTable {
    /// (word, bits); bits 0 marks an empty slot (every word has a bit).
    slots: Vec<(&'static str, u64)>,
    mask: usize,
}

impl WordTable {
    fn of(map: &WordBits) -> WordTable {
        let len = (map.len() * 2).next_power_of_two().max(16);
        let mut t = WordTable { slots: vec![("", 0); len], mask: len - 1 };
        for (&w, &bits) in map {
            if bits == 0 {
                continue;
            }
            let mut k = WordTable::hash(w) & t.mask;
            while t.slots.get(k).is_some_and(|s| s.1 != 0) {
                k = (k + 1) & t.mask;
            }
            if let Some(slot) = t.slots.get_mut(k) {
                *slot = (w, bits);
            }
        }
        t
    }

    #[inline]
    fn hash(w: &str) -> usize {
        let mut h = WordHasher::default();
        h.write(w.as_bytes());
        h.finish() as usize
    }

    /// The bits of `w`, 0 when it is in no table.
    #[inline]
    pub fn get(&self, w: &str) -> u64 {
        let mut k = WordTable::hash(w) & self.mask;
        // At most half the slots are full: the probe ends at an empty one.
        while let Some(&(key, bits)) = self.slots.get(k) {
            if bits == 0 {
                return 0;
            }
            if key.len() == w.len() && key == w {
                return bits;
            }
            k = (k + 1) & self.mask;
        }
        0
    }
}

/// A map keyed by lowercase words, with `WordHasher`.
pub type WordMap<V> = HashMap<String, V, BuildHasherDefault<WordHasher>>;

/// `Lexicon::word_bits`: its words are the tables' (build.rs's) static
/// strings, so filling it allocates none.
pub type WordBits = HashMap<&'static str, u64, BuildHasherDefault<WordHasher>>;

pub type Map<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
pub type Set<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// A phrase's lowercase words (as the text tokenizer, plus the scanner's
/// hyphen split, cuts it) and its payload.
type Cand<T> = (&'static [&'static str], T);

/// A table of phrases with a payload, indexed by first and by last word.
/// build.rs cuts, lowercases and sorts the phrases; a table costs its two
/// maps, of static slices.
pub struct Phrases<T: 'static> {
    first: Map<&'static str, &'static [Cand<T>]>,
    last: Map<&'static str, &'static [Cand<T>]>,
    /// This table's bits in `Lexicon::word_bits`: set on every word that
    /// starts (ends) one of its phrases.
    pub first_bit: u64,
    pub last_bit: u64,
}

/// One table as build.rs writes it: each first (last) word with its
/// phrases, longest first.
struct Table<T: 'static> {
    first: &'static [(&'static str, &'static [Cand<T>])],
    last: &'static [(&'static str, &'static [Cand<T>])],
}

/// One language's phrase tables as build.rs writes them.
struct Tables {
    ordinal_prefixes: Table<()>,
    series: Table<()>,
    identifiers: Table<bool>,
    document_types: Table<()>,
    hedges: Table<()>,
    percent: Table<()>,
    points: Table<()>,
    currencies: Table<&'static str>,
    time_units: Table<TimeUnit>,
    date_context: Table<()>,
    clock: Table<()>,
    halving_verbs: Table<()>,
    half_words: Table<()>,
    ratio_connectors: Table<()>,
    ratio_every_then: Table<()>,
    range_connectors: Table<()>,
    range_openers: Table<()>,
    change_verbs: Table<()>,
    change_to: Table<()>,
    score_cues: Table<()>,
    count_nouns: Table<()>,
}

mod generated {
    use super::{Table, Tables, TimeUnit};
    include!(concat!(env!("OUT_DIR"), "/figure_tables.rs"));
}

impl<T: Copy> Phrases<T> {
    // Not inlined (nor the other steps of `Lexicon::build`): the build runs
    // once, in WASM first in the baseline compiler, and a build that is one
    // huge function is also one huge, slow optimizing compile that the
    // engine starts while the page waits for its first report.
    #[inline(never)]
    fn of(t: &'static Table<T>) -> Self {
        let map = |side: &'static [(&'static str, &'static [Cand<T>])]| {
            let mut m: Map<&'static str, &'static [Cand<T>]> = Map::default();
            m.reserve(side.len());
            m.extend(side.iter().copied());
            m
        };
        Phrases { first: map(t.first), last: map(t.last), first_bit: 0, last_bit: 0 }
    }

    /// The longest phrase starting at token `i`: (token count, payload).
    pub fn at<'w>(&self, word: impl Fn(usize) -> Option<&'w str>, i: usize) -> Option<(usize, T)> {
        let cands = self.first.get(word(i)?)?;
        cands
            .iter()
            .find(|(ws, _)| ws.iter().enumerate().skip(1).all(|(k, w)| word(i + k) == Some(*w)))
            .map(|(ws, v)| (ws.len(), *v))
    }

    /// The longest phrase ending right before token `end`: (start token, payload).
    pub fn before<'w>(&self, word: impl Fn(usize) -> Option<&'w str>, end: usize) -> Option<(usize, T)> {
        let lastw = word(end.checked_sub(1)?)?;
        let cands = self.last.get(lastw)?;
        cands
            .iter()
            .find(|(ws, _)| {
                ws.len() <= end && ws.iter().rev().enumerate().all(|(k, w)| word(end - 1 - k) == Some(*w))
            })
            .map(|(ws, v)| (end - ws.len(), *v))
    }

    pub fn first_words(&self) -> impl Iterator<Item = &&'static str> {
        self.first.keys()
    }

    /// Take the next two bits of `bits` for this table's first and last words.
    #[inline(never)]
    fn index(&mut self, next: &mut u32, bits: &mut WordBits) {
        self.first_bit = 1 << *next;
        self.last_bit = 1 << (*next + 1);
        *next += 2;
        for w in self.first.keys() {
            *bits.entry(*w).or_insert(0) |= self.first_bit;
        }
        for w in self.last.keys() {
            *bits.entry(*w).or_insert(0) |= self.last_bit;
        }
    }
}

/// Everything the scanner needs from one language's tables.
pub struct Lexicon {
    pub lang: Lang,
    pub numbers: Map<&'static str, NumWord>,
    /// Lowercase words that can start a figure.
    pub triggers: Map<&'static str, u8>,
    /// For each lowercase word, the tables of phrases it starts or ends
    /// (`Phrases::first_bit`, `last_bit`) and, shifted by `TRIGGER_SHIFT`,
    /// its `triggers` flags: one lookup per token answers "can a phrase of
    /// table X start here?" for every table at once.
    pub word_bits: WordTable,
    /// Says "no" to most words not in `word_bits`, before they are hashed.
    pub word_filter: WordFilter,
    pub ordinal_words: Map<&'static str, u32>,
    pub ordinal_prefixes: Phrases<()>,
    pub ordinal_suffixes: Set<&'static str>,
    pub fractions: Map<&'static str, u32>,
    pub series: Phrases<()>,
    pub identifiers: Phrases<bool>,
    pub document_types: Phrases<()>,
    pub capitalized_cues: Set<&'static str>,
    pub number_sign: Set<&'static str>,
    pub street_words: Set<&'static str>,
    pub count_before_sign: Set<&'static str>,
    pub hedges: Phrases<()>,
    pub percent: Phrases<()>,
    pub points: Phrases<()>,
    pub currencies: Phrases<&'static str>,
    pub codes: Map<&'static str, &'static str>,
    pub symbols: Map<&'static str, &'static str>,
    pub money_scales: Map<&'static str, u8>,
    pub dong_compounds: Set<&'static str>,
    pub time_units: Phrases<TimeUnit>,
    pub date_context: Phrases<()>,
    pub clock: Phrases<()>,
    pub multiplier_prefix: Set<&'static str>,
    pub multiplier_words: Map<&'static str, f64>,
    pub multiplier_before_det: Map<&'static str, f64>,
    pub determiners: Set<&'static str>,
    pub times: Set<&'static str>,
    pub times_comparatives: Set<&'static str>,
    pub fold: Set<&'static str>,
    pub halving_verbs: Phrases<()>,
    pub half_words: Phrases<()>,
    pub fraction_separators: Set<&'static str>,
    pub ratio_connectors: Phrases<()>,
    pub ratio_every: Set<&'static str>,
    pub ratio_every_then: Phrases<()>,
    pub range_connectors: Phrases<()>,
    pub range_openers: Phrases<()>,
    /// Words between a time and its date inside a range of both.
    pub time_date_glue: Set<&'static str>,
    pub change_verbs: Phrases<()>,
    pub change_to: Phrases<()>,
    pub change_by: Set<&'static str>,
    /// Words that make the number after them negative ("âm", "minus"):
    /// a list of one or two, asked of the word before every figure, where
    /// comparing the lengths first is cheaper than hashing.
    pub negative_words: &'static [&'static str],
    /// Words after which a sign word is a margin's end ("plus or minus").
    pub negative_not_after: Set<&'static str>,
    pub score_cues: Phrases<()>,
    pub count_nouns: Phrases<()>,
    pub classifiers: Set<&'static str>,
    pub not_units: Set<&'static str>,
    pub unit_adjectives: Set<&'static str>,
    pub s_singulars: Set<&'static str>,
    pub attached_units: Set<&'static str>,
    /// Words that make a glued "C" or "F" a temperature's scale.
    pub temperature_cues: Set<&'static str>,
}

/// A table of words as a set.
#[inline(never)]
pub fn set(xs: &[&'static str]) -> Set<&'static str> {
    xs.iter().copied().collect()
}

impl Lexicon {
    pub fn get(lang: Lang) -> &'static Lexicon {
        static LEXICONS: PerLang<Lexicon> = PerLang::new();
        LEXICONS.get(lang, Lexicon::build)
    }

    fn build(lang: Lang) -> Lexicon {
        let is_vi = lang == Lang::Vi;
        let t = if is_vi { &generated::VI } else { &generated::EN };
        let pick = |v: &'static [&'static str], e: &'static [&'static str]| if is_vi { v } else { e };
        let numbers: Map<&'static str, NumWord> =
            if is_vi { vi::figures::NUMBER_WORDS } else { en::figures::NUMBER_WORDS }.iter().copied().collect();
        let ordinal_words: Map<&'static str, u32> =
            if is_vi { vi::figures::ORDINAL_WORDS } else { en::figures::ORDINAL_WORDS }.iter().copied().collect();
        let fractions: Map<&'static str, u32> =
            if is_vi { &[][..] } else { en::figures::FRACTION_WORDS }.iter().copied().collect();
        let multiplier_words: Map<&'static str, f64> =
            if is_vi { vi::figures::MULTIPLIER_WORDS } else { en::figures::MULTIPLIER_WORDS }.iter().copied().collect();
        let lx = Lexicon {
            lang,
            numbers,
            triggers: Map::default(),
            word_bits: WordTable { slots: Vec::new(), mask: 0 },
            word_filter: WordFilter([0; 64]),
            ordinal_words,
            ordinal_prefixes: Phrases::of(&t.ordinal_prefixes),
            ordinal_suffixes: set(pick(&[], en::figures::ORDINAL_SUFFIXES)),
            fractions,
            series: Phrases::of(&t.series),
            identifiers: Phrases::of(&t.identifiers),
            document_types: Phrases::of(&t.document_types),
            number_sign: set(pick(vi::figures::NUMBER_SIGN, &[])),
            capitalized_cues: set(pick(&[], en::figures::CAPITALIZED_IDENTIFIER_CUES)),
            street_words: set(pick(vi::figures::STREET_WORDS, en::figures::STREET_WORDS)),
            count_before_sign: set(pick(vi::figures::COUNT_BEFORE_NUMBER_SIGN, &[])),
            hedges: Phrases::of(&t.hedges),
            percent: Phrases::of(&t.percent),
            points: Phrases::of(&t.points),
            currencies: Phrases::of(&t.currencies),
            codes: en::figures::CURRENCY_CODES.iter().map(|c| (*c, if *c == "VNĐ" { "VND" } else if *c == "RMB" { "CNY" } else { *c })).collect(),
            symbols: en::figures::CURRENCY_SYMBOLS.iter().copied().collect(),
            money_scales: en::figures::MONEY_SCALES.iter().copied().collect(),
            dong_compounds: set(vi::figures::DONG_COMPOUNDS),
            time_units: Phrases::of(&t.time_units),
            date_context: Phrases::of(&t.date_context),
            clock: Phrases::of(&t.clock),
            multiplier_prefix: set(pick(vi::figures::MULTIPLIER_PREFIX, &[])),
            multiplier_words,
            multiplier_before_det: if is_vi { &[][..] } else { en::figures::MULTIPLIER_BEFORE_DETERMINER }.iter().copied().collect(),
            determiners: set(pick(&[], en::figures::DETERMINERS)),
            times: set(pick(vi::figures::TIMES, en::figures::TIMES)),
            times_comparatives: set(pick(&[], en::figures::TIMES_COMPARATIVES)),
            fold: set(pick(&[], en::figures::FOLD)),
            halving_verbs: Phrases::of(&t.halving_verbs),
            half_words: Phrases::of(&t.half_words),
            fraction_separators: set(pick(vi::figures::FRACTION_SEPARATORS, &[])),
            ratio_connectors: Phrases::of(&t.ratio_connectors),
            ratio_every: set(pick(vi::figures::RATIO_EVERY, &[])),
            ratio_every_then: Phrases::of(&t.ratio_every_then),
            range_connectors: Phrases::of(&t.range_connectors),
            range_openers: Phrases::of(&t.range_openers),
            change_verbs: Phrases::of(&t.change_verbs),
            change_to: Phrases::of(&t.change_to),
            change_by: set(pick(vi::figures::CHANGE_BY, en::figures::CHANGE_BY)),
            negative_words: pick(vi::figures::NEGATIVE_WORDS, en::figures::NEGATIVE_WORDS),
            time_date_glue: set(pick(vi::figures::TIME_DATE_GLUE, en::figures::TIME_DATE_GLUE)),
            negative_not_after: set(pick(vi::figures::NEGATIVE_NOT_AFTER, en::figures::NEGATIVE_NOT_AFTER)),
            score_cues: Phrases::of(&t.score_cues),
            count_nouns: Phrases::of(&t.count_nouns),
            classifiers: set(pick(vi::figures::CLASSIFIERS, &[])),
            not_units: set(pick(vi::figures::NOT_UNITS, en::figures::NOT_UNITS)),
            unit_adjectives: set(pick(&[], en::figures::UNIT_ADJECTIVES)),
            s_singulars: set(pick(&[], en::figures::S_SINGULARS)),
            attached_units: set(en::figures::ATTACHED_UNITS),
            temperature_cues: set(pick(vi::figures::TEMPERATURE_CUES, en::figures::TEMPERATURE_CUES)),
        };
        lx.with_triggers().with_word_bits()
    }

    #[inline(never)]
    fn with_triggers(mut self) -> Lexicon {
        let mut t: Map<&'static str, u8> = Map::default();
        let mut add = |w: &'static str, bit: u8| *t.entry(w).or_insert(0) |= bit;
        for k in self.numbers.keys().chain(self.ordinal_words.keys()).chain(self.fractions.keys()).chain(self.multiplier_words.keys()).chain(self.multiplier_before_det.keys()) {
            add(k, T_OTHER);
        }
        for k in self.multiplier_prefix.iter().chain(self.ratio_every.iter()) {
            add(k, T_OTHER);
        }
        for k in self.half_words.first_words() {
            add(k, T_OTHER);
        }
        for k in self.number_sign.iter() {
            add(k, T_IDENT);
        }
        for k in self.identifiers.first_words() {
            add(k, T_IDENT);
        }
        for k in self.series.first_words() {
            add(k, T_SERIES);
        }
        for k in self.ordinal_prefixes.first_words() {
            add(k, T_ORD_PREFIX);
        }
        for k in generated::CODES_LOWER {
            add(k, T_CODE);
        }
        let special: &[&'static str] = match self.lang {
            Lang::Vi => &["hàng", "http", "https", "www"],
            Lang::En => &["a", "an", "half", "hundreds", "thousands", "millions", "billions", "dozens", "tens", "http", "https", "www"],
        };
        for k in special {
            add(k, T_OTHER);
        }
        self.triggers = t;
        self
    }

    #[inline(never)]
    fn with_word_bits(mut self) -> Lexicon {
        let mut bits = WordBits::default();
        let mut next = 0u32;
        let n = &mut next;
        let b = &mut bits;
        self.ordinal_prefixes.index(n, b);
        self.series.index(n, b);
        self.identifiers.index(n, b);
        self.document_types.index(n, b);
        self.hedges.index(n, b);
        self.percent.index(n, b);
        self.points.index(n, b);
        self.currencies.index(n, b);
        self.time_units.index(n, b);
        self.date_context.index(n, b);
        self.clock.index(n, b);
        self.halving_verbs.index(n, b);
        self.half_words.index(n, b);
        self.ratio_connectors.index(n, b);
        self.ratio_every_then.index(n, b);
        self.range_connectors.index(n, b);
        self.range_openers.index(n, b);
        self.change_verbs.index(n, b);
        self.change_to.index(n, b);
        self.score_cues.index(n, b);
        self.count_nouns.index(n, b);
        assert!(1u64 << next <= W_NUMBER, "too many phrase tables for the word bits");
        let sets: [(&Set<&'static str>, u64); 5] = [
            (&self.classifiers, W_CLASSIFIER),
            (&self.not_units, W_NOT_UNIT),
            (&self.times, W_TIMES),
            (&self.fold, W_FOLD),
            (&self.fraction_separators, W_FRACTION_SEPARATOR),
        ];
        for (set, bit) in sets {
            for w in set.iter() {
                *bits.entry(w).or_insert(0) |= bit;
            }
        }
        for w in self.numbers.keys() {
            *bits.entry(w).or_insert(0) |= W_NUMBER;
        }
        for w in self.multiplier_prefix.iter() {
            *bits.entry(w).or_insert(0) |= W_MULTIPLIER_PREFIX;
        }
        for w in self.multiplier_before_det.keys() {
            *bits.entry(w).or_insert(0) |= W_MULTIPLIER_BEFORE_DET;
        }
        for w in self.multiplier_words.keys() {
            *bits.entry(w).or_insert(0) |= W_MULTIPLIER_WORD;
        }
        for (w, &flags) in &self.triggers {
            *bits.entry(w).or_insert(0) |= (flags as u64) << TRIGGER_SHIFT;
        }
        for w in super::datetime::start_words() {
            *bits.entry(w).or_insert(0) |= W_DATE_START;
        }
        self.word_filter = WordFilter::of(bits.keys().copied());
        self.word_bits = WordTable::of(&bits);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;
    use crate::text::segment;
    use std::fmt::Debug;

    /// The lowercase words of a phrase, as the text tokenizer (plus the
    /// scanner's hyphen split) cuts it: the runtime builder's.
    fn phrase_words(s: &str) -> Vec<String> {
        let mut out = Vec::new();
        for t in segment::tokens(s, Span::new(0, s.len())) {
            let piece = s.get(t.span.start..t.span.end).unwrap_or("");
            for part in piece.split('-').filter(|p| !p.is_empty()) {
                out.push(part.to_lowercase());
            }
        }
        out
    }

    type Side<T> = Map<String, Vec<(Vec<String>, T)>>;

    /// A table as the runtime builder made it: by first and by last word,
    /// longest first.
    fn reference<T: Copy>(entries: impl IntoIterator<Item = (&'static str, T)>) -> (Side<T>, Side<T>) {
        let mut first: Side<T> = Map::default();
        let mut last: Side<T> = Map::default();
        for (s, v) in entries {
            let words = phrase_words(s);
            if let (Some(f), Some(l)) = (words.first().cloned(), words.last().cloned()) {
                first.entry(f).or_default().push((words.clone(), v));
                last.entry(l).or_default().push((words, v));
            }
        }
        for v in first.values_mut().chain(last.values_mut()) {
            v.sort_by(|a, b| b.0.len().cmp(&a.0.len()));
        }
        (first, last)
    }

    fn same_side<T: Copy + PartialEq + Debug>(name: &str, r: &Side<T>, g: &Map<&'static str, &'static [Cand<T>]>) {
        assert_eq!(r.len(), g.len(), "{name}: words");
        for (w, list) in r {
            let got: Vec<(Vec<String>, T)> = g.get(w.as_str()).map_or(Vec::new(), |l| l.iter().map(|(ws, v)| (ws.iter().map(|w| w.to_string()).collect(), *v)).collect());
            assert_eq!(list, &got, "{name}: {w:?}");
        }
    }

    fn same<T: Copy + PartialEq + Debug>(name: &str, entries: impl IntoIterator<Item = (&'static str, T)>, g: &Phrases<T>) {
        let (first, last) = reference(entries);
        same_side(name, &first, &g.first);
        same_side(name, &last, &g.last);
    }

    fn units(xs: &'static [&'static str]) -> impl Iterator<Item = (&'static str, ())> {
        xs.iter().map(|s| (*s, ()))
    }

    /// build.rs's phrase tables are the runtime builder's, for both
    /// languages: the same words with the same phrases, payloads and order.
    #[test]
    fn generated_tables_match_the_runtime_builder() {
        use crate::lang::{en::figures as e, vi::figures as v};
        assert!(generated::CODES_LOWER.iter().copied().eq(e::CURRENCY_CODES.iter().map(|c| c.to_lowercase())));
        for lang in [Lang::Vi, Lang::En] {
            let is_vi = lang == Lang::Vi;
            let pick = |a: &'static [&'static str], b: &'static [&'static str]| if is_vi { a } else { b };
            let lx = Lexicon::get(lang);
            let mut currencies: Vec<(&'static str, &'static str)> = if is_vi { v::CURRENCIES } else { e::CURRENCIES }.to_vec();
            currencies.extend(if is_vi { e::CURRENCIES } else { v::CURRENCIES }.iter().filter(|(w, _)| w.chars().count() > 2));
            same("ordinal_prefixes", units(pick(v::ORDINAL_PREFIXES, &[])), &lx.ordinal_prefixes);
            same("series", units(pick(v::SERIES_CUES, e::SERIES_CUES)), &lx.series);
            same("identifiers", if is_vi { v::IDENTIFIER_CUES } else { e::IDENTIFIER_CUES }.iter().copied(), &lx.identifiers);
            same("document_types", units(pick(v::DOCUMENT_TYPES, &[])), &lx.document_types);
            same("hedges", units(pick(v::HEDGES, e::HEDGES)), &lx.hedges);
            same("percent", units(pick(v::PERCENT_WORDS, e::PERCENT_WORDS)), &lx.percent);
            same("points", units(pick(v::POINT_WORDS, e::POINT_WORDS)), &lx.points);
            same("currencies", currencies, &lx.currencies);
            same("time_units", if is_vi { v::TIME_UNITS } else { e::TIME_UNITS }.iter().copied(), &lx.time_units);
            same("date_context", units(pick(v::DATE_CONTEXT, e::DATE_CONTEXT)), &lx.date_context);
            same("clock", units(pick(v::CLOCK_WORDS, e::CLOCK_WORDS)), &lx.clock);
            same("halving_verbs", units(pick(v::HALVING_VERBS, e::HALVING_VERBS)), &lx.halving_verbs);
            same("half_words", units(pick(v::HALF_WORDS, &[])), &lx.half_words);
            same("ratio_connectors", units(pick(v::RATIO_CONNECTORS, e::RATIO_CONNECTORS)), &lx.ratio_connectors);
            same("ratio_every_then", units(pick(v::RATIO_EVERY_THEN, &[])), &lx.ratio_every_then);
            same("range_connectors", units(pick(v::RANGE_CONNECTORS, e::RANGE_CONNECTORS)), &lx.range_connectors);
            same("range_openers", units(pick(v::RANGE_OPENERS, e::RANGE_OPENERS)), &lx.range_openers);
            same("change_verbs", units(pick(v::CHANGE_VERBS, e::CHANGE_VERBS)), &lx.change_verbs);
            same("change_to", units(pick(v::CHANGE_TO, e::CHANGE_TO)), &lx.change_to);
            same("score_cues", units(pick(v::SCORE_CUES, e::SCORE_CUES)), &lx.score_cues);
            same("count_nouns", units(pick(v::COUNT_NOUNS, e::COUNT_NOUNS)), &lx.count_nouns);
        }
    }
}
