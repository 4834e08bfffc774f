//! The entity tables of src/lang, indexed once per language.
//!
//! Every question the recognizers ask — "does a title, a place, a cue
//! start at this token?" — is a hash lookup on the token's lowercase text
//! followed by a check of the few phrases that start with it, longest
//! first. The cost per token does not grow with the tables, and the
//! gazetteer (a few thousand names) is read once from the text the
//! generator wrote.

use crate::figures::lexicon::{set, Map, Set};
use crate::lang::{en, vi, Lang, PerLang};
use crate::span::Span;
use crate::text::segment;
use super::tokens::lower_form;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Lowercase `w` onto `out`, as `str::to_lowercase` would: ASCII by the
/// byte, the Latin blocks by `tokens::lower_form`'s arithmetic, the rest
/// (and a word with a capital sigma, whose form depends on its place) by
/// the Unicode tables. Tables hold thousands of words; this runs once per
/// word on the page's way to its first report.
fn push_lowercase(w: &str, out: &mut String) {
    let a = out.len();
    out.push_str(w);
    if w.is_ascii() {
        if let Some(tail) = out.get_mut(a..) {
            tail.make_ascii_lowercase();
        }
        return;
    }
    out.truncate(a);
    for c in w.chars() {
        match lower_form(c) {
            Some(l) => out.push(l),
            None if c == 'Σ' => {
                out.truncate(a);
                out.push_str(&w.to_lowercase());
                return;
            }
            None => out.extend(c.to_lowercase()),
        }
    }
}

/// The lowercase words of a phrase, cut by the text tokenizer, each
/// handed to `each` from one reused buffer.
fn each_word(s: &str, buf: &mut String, mut each: impl FnMut(usize, &str)) {
    for (k, t) in segment::tokens(s, Span::new(0, s.len())).enumerate() {
        if let Some(w) = s.get(t.span.start..t.span.end) {
            buf.clear();
            push_lowercase(w, buf);
            each(k, buf);
        }
    }
}

/// The first lowercase word of a phrase.
fn first_word(s: &str) -> Option<String> {
    let t = segment::tokens(s, Span::new(0, s.len())).next()?;
    let mut w = String::new();
    push_lowercase(s.get(t.span.start..t.span.end)?, &mut w);
    Some(w)
}

/// A hash for words, which are short: eight bytes per multiply, where a
/// byte-at-a-time hash pays one per byte. Every token of the text is
/// looked up in `Lexicon::firsts`.
#[derive(Default)]
pub struct WordHasher(u64);

const MIX: u64 = 0x9E37_79B9_7F4A_7C15;

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0 ^ bytes.len() as u64;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let word = <[u8; 8]>::try_from(c).map(u64::from_le_bytes).unwrap_or(0);
            h = (h ^ word).wrapping_mul(MIX).rotate_left(31);
        }
        let tail = chunks.remainder().iter().rev().fold(0u64, |t, &b| t << 8 | u64::from(b));
        self.0 = (h ^ tail).wrapping_mul(MIX);
    }

    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0 ^ u64::from(b)).wrapping_mul(MIX);
    }

    fn finish(&self) -> u64 {
        self.0 ^ (self.0 >> 29)
    }
}

/// A map keyed by words, with `WordHasher`.
pub type WordMap<V> = HashMap<String, V, BuildHasherDefault<WordHasher>>;

/// The first words of every table, each stored once: word -> (the
/// `F_*` bits of the tables with a phrase starting with it, its number).
/// The tables key their phrases by the number, so a word is one
/// allocation however many tables it opens.
pub type Firsts = WordMap<(u16, u32)>;

fn first_id(firsts: &mut Firsts, w: &str) -> u32 {
    if let Some(&(_, id)) = firsts.get(w) {
        return id;
    }
    let id = u32::try_from(firsts.len()).unwrap_or(u32::MAX);
    firsts.insert(w.to_owned(), (0, id));
    id
}

/// A bit per hash of a word's length and end bytes, set for every word of
/// a set: a word whose bit is clear is not in the set, which a few
/// arithmetic steps tell, where a hash-map lookup hashes the whole word
/// and compares it. Most words of running text are in no table.
pub struct WordFilter {
    bits: Box<[u64; WordFilter::WORDS]>,
}

impl WordFilter {
    /// 2^14 bits: a few thousand words leave most of them clear.
    const SHIFT: u32 = 64 - 14;
    const WORDS: usize = (1 << (64 - Self::SHIFT)) / 64;

    /// The word's bit: from its length and its first two and last two
    /// bytes, read as two 16-bit loads.
    #[inline(always)]
    fn slot(w: &str) -> usize {
        let b = w.as_bytes();
        let n = b.len();
        let pair = |p: Option<&[u8]>| p.and_then(|p| <[u8; 2]>::try_from(p).ok()).map_or(0, |p| u64::from(u16::from_le_bytes(p)));
        let key = match n {
            0 => 0,
            1 => b.first().map_or(0, |&x| u64::from(x)) | 1 << 32,
            _ => pair(b.get(..2)) | pair(b.get(n - 2..)) << 16 | (n as u64) << 32,
        };
        (key.wrapping_mul(MIX) >> Self::SHIFT) as usize
    }

    fn new<'w>(words: impl Iterator<Item = &'w str>) -> WordFilter {
        let mut bits = Box::new([0u64; Self::WORDS]);
        for w in words {
            let k = Self::slot(w);
            if let Some(b) = bits.get_mut(k / 64) {
                *b |= 1 << (k % 64);
            }
        }
        WordFilter { bits }
    }

    /// False only if `w` is not one of the words.
    #[inline]
    pub fn may_hold(&self, w: &str) -> bool {
        let k = Self::slot(w);
        // `k` has 14 bits, so the index is in range (the check folds away).
        self.bits.get(k / 64).is_some_and(|b| b >> (k % 64) & 1 == 1)
    }
}

/// Phrases indexed by their first word, longest first. A table's phrases
/// sit in one list, grouped by first word; the words after the first are
/// kept end to end in one string, a space between two (a token never
/// holds whitespace). So a table costs a few allocations, not one per
/// word or per phrase.
pub struct Phrases<T> {
    /// First word's number -> its phrases' range in `list`.
    first: Map<u32, (u32, u32)>,
    list: Vec<Phrase<T>>,
    rest: String,
}

struct Phrase<T> {
    head: u32,
    /// Token count.
    len: u32,
    /// The words after the first, in `Phrases::rest`.
    rest: (u32, u32),
    value: T,
}

impl<T: Clone> Phrases<T> {
    // Not inlined into `Lexicon::build`, as `figures::lexicon::Phrases::new`.
    #[inline(never)]
    pub fn new<S: AsRef<str>>(firsts: &mut Firsts, entries: impl IntoIterator<Item = (S, T)>) -> Self {
        let entries = entries.into_iter();
        let mut list: Vec<Phrase<T>> = Vec::with_capacity(entries.size_hint().0);
        let mut rest = String::new();
        let (mut head, mut buf) = (String::new(), String::new());
        let offset = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        for (s, value) in entries {
            let a = rest.len();
            let mut len = 0u32;
            each_word(s.as_ref(), &mut buf, |k, w| {
                if k == 0 {
                    head.clear();
                    head.push_str(w);
                } else {
                    if k > 1 {
                        rest.push(' ');
                    }
                    rest.push_str(w);
                }
                len += 1;
            });
            if len > 0 {
                let head = first_id(firsts, &head);
                list.push(Phrase { head, len, rest: (offset(a), offset(rest.len())), value });
            }
        }
        // Grouped by first word, longest first, in the order given among
        // equals; a phrase listed twice keeps its first payload.
        list.sort_by_key(|p| (p.head, std::cmp::Reverse(p.len)));
        let words = |r: (u32, u32)| rest.get(r.0 as usize..r.1 as usize);
        let mut kept: Vec<Phrase<T>> = Vec::with_capacity(list.len());
        let mut group = 0;
        for p in list {
            if kept.last().is_none_or(|q| (q.head, q.len) != (p.head, p.len)) {
                group = kept.len();
            }
            let seen = kept.get(group..).unwrap_or(&[]).iter().any(|q| words(q.rest) == words(p.rest));
            if !seen {
                kept.push(p);
            }
        }
        let mut first: Map<u32, (u32, u32)> = Map::default();
        first.reserve(kept.len());
        for (k, p) in kept.iter().enumerate() {
            first.entry(p.head).or_insert((offset(k), offset(k))).1 = offset(k + 1);
        }
        Phrases { first, list: kept, rest }
    }

    /// The longest phrase starting at token `i`, whose first word is
    /// number `head` in `Firsts`: (token count, payload).
    pub fn at<'w>(&self, head: u32, word: impl Fn(usize) -> Option<&'w str>, i: usize) -> Option<(usize, &T)> {
        let &(a, b) = self.first.get(&head)?;
        let cands = self.list.get(a as usize..b as usize)?;
        // Most candidates fail on the word after the first, which is read
        // once; the later words are read only as far as a phrase matches
        // (reading a token's word is a few steps, not worth a cache).
        let second = word(i + 1);
        let word_at = |k: usize| if k == 1 { second } else { word(i + k) };
        cands
            .iter()
            .find(|p| {
                // Bytes, not `str`: the comparisons are bytewise, and a
                // byte slice needs no char-boundary tests.
                let Some(mut rest) = self.rest.as_bytes().get(p.rest.0 as usize..p.rest.1 as usize) else { return false };
                // The words after the first are `rest`, one space between
                // two; a token holds no space, so matching a prefix and
                // then a space (or the end) matches the word.
                (1..p.len as usize).all(|k| {
                    let Some(w) = word_at(k) else { return false };
                    let w = w.as_bytes();
                    let last = k + 1 == p.len as usize;
                    // The byte after the word (a space, or the end after
                    // the last word) and the first byte are tested before
                    // the bytes are compared: most candidates fail there.
                    let fits = if last { rest.len() == w.len() } else { rest.get(w.len()) == Some(&b' ') };
                    if !fits || w.first().is_some_and(|f| rest.first() != Some(f)) || !rest.starts_with(w) {
                        return false;
                    }
                    rest = rest.get(w.len() + usize::from(!last)..).unwrap_or(&[]);
                    true
                })
            })
            .map(|p| (p.len as usize, &p.value))
    }

    /// The numbers of the first words.
    fn heads(&self) -> impl Iterator<Item = u32> + '_ {
        self.first.keys().copied()
    }
}

/// Kinds of gazetteer entries, from the generator's one-letter types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A province, a country, a state, a continent: unambiguous enough to
    /// stand alone.
    Major,
    /// A district or a smaller city: a place, unless the text says it is a
    /// person's name.
    Minor,
}

/// Bits of `Lexicon::firsts`: which tables have a phrase starting with a word.
pub const F_PLACES: u16 = 1;
pub const F_PLACE_NOUNS: u16 = 2;
pub const F_PLACE_ABBR: u16 = 4;
pub const F_ORG_HEADS: u16 = 8;
pub const F_TITLES: u16 = 16;
pub const F_PERSON_CUES: u16 = 32;
pub const F_BYLINES: u16 = 64;
pub const F_DOC_HEADS: u16 = 128;
pub const F_EVENT_HEADS: u16 = 256;
pub const F_EVENT_NAMES: u16 = 512;
pub const F_KNOWN_ORGS: u16 = 1024;
pub const F_HONORIFICS: u16 = 2048;

/// Everything one language's recognizer looks up.
pub struct Lexicon {
    pub lang: Lang,
    /// For each word, the tables (F_* bits) with a phrase starting with it:
    /// one lookup per token tells which tables are worth asking.
    pub firsts: Firsts,
    /// The tables the recognizer asks about a token that is not a
    /// capitalized word (Vietnamese: only cues, bylines and place nouns
    /// can start at one); `first` gives such a token no other bit.
    pub lower_bits: u16,
    /// The words of `firsts` with a bit of `lower_bits`.
    lower_filter: WordFilter,
    pub places: Phrases<Place>,
    pub place_nouns: Phrases<bool>,
    pub place_abbr: Phrases<&'static str>,
    pub org_abbr: Map<&'static str, &'static str>,
    pub not_caps: Set<&'static str>,
    pub org_heads: Phrases<bool>,
    pub titles: Phrases<()>,
    pub title_modifiers: Set<&'static str>,
    pub person_cues: Phrases<()>,
    pub bylines: Phrases<()>,
    pub surnames: Set<&'static str>,
    pub compounds: Set<&'static str>,
    pub completions: Set<&'static str>,
    pub compound_firsts: Set<String>,
    pub stops: Set<&'static str>,
    pub doc_heads: Phrases<()>,
    pub event_heads: Phrases<()>,
    pub event_names: Phrases<()>,
    pub known_orgs: Phrases<()>,
    pub org_suffixes: Set<&'static str>,
    pub org_heads_of: Set<&'static str>,
    pub loc_suffixes: Set<&'static str>,
    pub loc_heads_of: Set<&'static str>,
    pub place_of_cues: Set<&'static str>,
    pub place_preps: Set<&'static str>,
    pub event_suffixes: Set<&'static str>,
    pub doc_suffixes: Set<&'static str>,
    pub honorifics: Phrases<()>,
    pub not_names: Set<&'static str>,
    pub particles: Set<&'static str>,
}

/// The lines of `src`, as `str::lines` cuts them, found by a plain byte
/// scan: gazetteer lines are short, and the generic search costs more
/// to start than to run on them.
fn lines(src: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(src).filter(|s| !s.is_empty());
    std::iter::from_fn(move || {
        let s = rest?;
        Some(match s.bytes().position(|b| b == b'\n') {
            Some(n) => {
                rest = s.get(n + 1..).filter(|r| !r.is_empty());
                let line = s.get(..n).unwrap_or("");
                line.strip_suffix('\r').unwrap_or(line)
            }
            None => {
                rest = None;
                s
            }
        })
    })
}

/// Gazetteer lines "<type> <name>" as (name, kind).
fn gazetteer(src: &'static str) -> impl Iterator<Item = (&'static str, Place)> {
    lines(src).filter(|l| !l.starts_with('#')).filter_map(|l| {
        let space = l.bytes().position(|b| b == b' ')?;
        let (t, name) = (l.get(..space)?, l.get(space + 1..)?);
        let kind = match t {
            // Districts and cities may share a name with a person.
            "D" | "W" => Place::Minor,
            _ => Place::Major,
        };
        Some((name.trim(), kind))
    })
}

impl Lexicon {
    pub fn get(lang: Lang) -> &'static Lexicon {
        static LEXICONS: PerLang<Lexicon> = PerLang::new();
        LEXICONS.get(lang, Lexicon::build)
    }

    fn build(lang: Lang) -> Lexicon {
        let is_vi = lang == Lang::Vi;
        // Vietnamese text names foreign cities in their English spelling
        // too ("Seoul", "Paris"); English text rarely uses Vietnamese ones.
        let mut places: Vec<(&'static str, Place)> = Vec::new();
        if is_vi {
            places.extend(gazetteer(vi::entities::PLACES));
            places.extend(vi::entities::PLACES_EXTRA.iter().map(|p| (*p, Place::Major)));
            places.extend(gazetteer(en::entities::PLACES).filter(|(n, _)| n.as_bytes().contains(&b' ') || !n.is_ascii() || n.len() > 3).map(|(n, _)| (n, Place::Minor)));
        } else {
            places.extend(gazetteer(en::entities::PLACES));
            places.extend(en::entities::PLACES_EXTRA.iter().map(|p| (*p, Place::Major)));
        }
        // A name listed as both keeps the stronger reading.
        places.sort_by_key(|(_, k)| if *k == Place::Major { 0 } else { 1 });
        let compounds = set(vi::entities::ORG_COMPOUNDS);
        let compound_firsts = compounds.iter().filter_map(|c| first_word(c)).collect();
        let pick = |v: &'static [&'static str], e: &'static [&'static str]| if is_vi { v } else { e };
        let unit = |f: &mut Firsts, xs: &'static [&'static str]| Phrases::new(f, xs.iter().map(|s| (*s, ())));
        let mut f = Firsts::default();
        f.reserve(places.len());
        let lx = Lexicon {
            lang,
            firsts: Firsts::default(),
            // Audited in vi.rs: every other table is asked only after `cap`.
            lower_bits: if is_vi { F_PLACE_NOUNS | F_BYLINES | F_PERSON_CUES } else { u16::MAX },
            lower_filter: WordFilter::new(std::iter::empty()),
            places: Phrases::new(&mut f, places),
            place_nouns: Phrases::new(&mut f, if is_vi { vi::entities::PLACE_NOUNS } else { &[] }.iter().copied()),
            place_abbr: Phrases::new(&mut f, vi::entities::PLACE_ABBREVIATIONS.iter().copied()),
            org_abbr: vi::entities::ORG_ABBREVIATIONS.iter().copied().collect(),
            not_caps: set(vi::entities::NOT_NAMES_CAPS),
            org_heads: Phrases::new(&mut f, if is_vi { vi::entities::ORG_HEADS } else { &[] }.iter().copied()),
            titles: unit(&mut f, pick(vi::entities::TITLE_HEADS, en::entities::TITLES)),
            title_modifiers: set(en::entities::TITLE_MODIFIERS),
            person_cues: unit(&mut f, pick(vi::entities::PERSON_CUES, &[])),
            bylines: unit(&mut f, pick(vi::entities::BYLINE_CUES, &[])),
            surnames: set(vi::entities::SURNAMES),
            compounds,
            completions: set(vi::entities::NAME_COMPLETIONS),
            compound_firsts,
            stops: set(vi::entities::NAME_STOPS),
            doc_heads: unit(&mut f, pick(vi::entities::DOCUMENT_HEADS, &[])),
            event_heads: unit(&mut f, pick(vi::entities::EVENT_HEADS, en::entities::EVENT_HEADS)),
            event_names: unit(&mut f, pick(vi::entities::EVENT_NAMES, &[])),
            known_orgs: unit(&mut f, en::entities::KNOWN_ORGS),
            org_suffixes: set(en::entities::ORG_SUFFIXES),
            org_heads_of: set(en::entities::ORG_HEADS_OF),
            loc_suffixes: set(en::entities::LOC_SUFFIXES),
            loc_heads_of: set(en::entities::LOC_HEADS_OF),
            place_of_cues: set(en::entities::PLACE_OF_CUES),
            place_preps: set(en::entities::PLACE_PREPOSITIONS),
            event_suffixes: set(en::entities::EVENT_SUFFIXES),
            doc_suffixes: set(en::entities::DOCUMENT_SUFFIXES),
            honorifics: unit(&mut f, en::entities::HONORIFICS),
            not_names: set(en::entities::NOT_NAMES),
            particles: set(en::entities::NAME_PARTICLES),
        };
        lx.with_firsts(f)
    }

    #[inline(never)]
    fn with_firsts(mut self, mut f: Firsts) -> Lexicon {
        let tables: [(Vec<u32>, u16); 12] = [
            (self.places.heads().collect(), F_PLACES),
            (self.place_nouns.heads().collect(), F_PLACE_NOUNS),
            (self.place_abbr.heads().collect(), F_PLACE_ABBR),
            (self.org_heads.heads().collect(), F_ORG_HEADS),
            (self.titles.heads().collect(), F_TITLES),
            (self.person_cues.heads().collect(), F_PERSON_CUES),
            (self.bylines.heads().collect(), F_BYLINES),
            (self.doc_heads.heads().collect(), F_DOC_HEADS),
            (self.event_heads.heads().collect(), F_EVENT_HEADS),
            (self.event_names.heads().collect(), F_EVENT_NAMES),
            (self.known_orgs.heads().collect(), F_KNOWN_ORGS),
            (self.honorifics.heads().collect(), F_HONORIFICS),
        ];
        let mut bits = vec![0u16; f.len()];
        for (heads, bit) in tables {
            for h in heads {
                if let Some(b) = bits.get_mut(h as usize) {
                    *b |= bit;
                }
            }
        }
        for (b, id) in f.values_mut() {
            *b = bits.get(*id as usize).copied().unwrap_or(0);
        }
        let lower = self.lower_bits;
        self.lower_filter = WordFilter::new(f.iter().filter(|(_, (b, _))| b & lower != 0).map(|(w, _)| w.as_str()));
        self.firsts = f;
        self
    }

    /// The `firsts` entry of a token's lowercase text `w`: (F_* bits, the
    /// word's number), (0, 0) for a word that starts nothing. A token that
    /// is not a capitalized word gets only the bits of `lower_bits`, and
    /// mostly the filter answers for it without hashing.
    /// The filter is inlined into the token loop, the hash lookup is not.
    #[inline(always)]
    pub fn first(&self, w: &str, capitalized: bool) -> (u16, u32) {
        if !capitalized && !self.lower_filter.may_hold(w) {
            return (0, 0);
        }
        self.first_entry(w, capitalized)
    }

    #[inline(never)]
    fn first_entry(&self, w: &str, capitalized: bool) -> (u16, u32) {
        if capitalized {
            return self.firsts.get(w).copied().unwrap_or((0, 0));
        }
        match self.firsts.get(w) {
            Some(&(b, id)) if b & self.lower_bits != 0 => (b & self.lower_bits, id),
            _ => (0, 0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table lowercasing agrees with `str::to_lowercase` on every
    /// gazetteer name and on the letters it hands to the Unicode tables.
    #[test]
    fn lines_match_std() {
        for src in ["", "\n", "a", "a\n", "a\nb", "a\r\nb\r\n", "a\r", "\n\nx\r\n\r", vi::entities::PLACES, en::entities::PLACES] {
            assert_eq!(lines(src).collect::<Vec<_>>(), src.lines().collect::<Vec<_>>(), "{src:?}");
        }
    }

    #[test]
    fn table_lowercase_matches_std() {
        let names = gazetteer(vi::entities::PLACES).chain(gazetteer(en::entities::PLACES)).map(|(n, _)| n);
        let odd = ["ΣΟΦΙΑ", "ὈΔΥΣΣΕΎΣ", "İstanbul", "ǅemal", "Ǆ", "ΑΘΉΝΑ Σ", "Đà Nẵng", "ỨNG HÒA", "Ꞵ"];
        for w in names.chain(odd) {
            let mut out = String::from("x");
            push_lowercase(w, &mut out);
            assert_eq!(out, format!("x{}", w.to_lowercase()), "{w:?}");
        }
    }
}
