//! The entity tables of src/lang, indexed per language.
//!
//! Every question the recognizers ask — "does a title, a place, a cue
//! start at this token?" — is a hash lookup on the token's lowercase text
//! followed by a check of the few phrases that start with it, longest
//! first. The cost per token does not grow with the tables. The phrases
//! (a few thousand gazetteer names among them) are cut, lowercased,
//! numbered and sorted by build.rs: an article's first analysis unpacks
//! the tables with a few additions per phrase and hashes the first words
//! into a `crate::table::WordTable`, with no tokenizing, lowercasing,
//! sorting or allocation per phrase.

use crate::figures::lexicon::{Map, Set};
use crate::lang::{en, vi, Lang, PerLang};
use crate::table::WordTable;

/// The first words of every table, each stored once: word -> (the
/// `F_*` bits of the tables with a phrase starting with it, its number).
/// The tables key their phrases by the number.
pub type Firsts = WordTable<(u16, u32)>;

const MIX: u64 = 0x9E37_79B9_7F4A_7C15;

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

    /// The word's bit: from its length and its first two and last four
    /// bytes (last two, below four), read as two loads. Four, not two:
    /// running text's "trong" and a table's "trang" share their ends and
    /// length, and passed the filter to a lookup hundreds of times.
    #[inline(always)]
    fn slot(b: &[u8]) -> usize {
        let n = b.len();
        let pair = |p: Option<&[u8]>| p.and_then(|p| <[u8; 2]>::try_from(p).ok()).map_or(0, |p| u64::from(u16::from_le_bytes(p)));
        let quad = |p: Option<&[u8]>| p.and_then(|p| <[u8; 4]>::try_from(p).ok()).map_or(0, |p| u64::from(u32::from_le_bytes(p)));
        let key = match n {
            0 => 0,
            1 => b.first().map_or(0, |&x| u64::from(x)) | 1 << 32,
            2 | 3 => pair(b.get(..2)) | pair(b.get(n - 2..)) << 16 | (n as u64) << 32,
            _ => pair(b.get(..2)) | quad(b.get(n - 4..)) << 16 | (n as u64) << 48,
        };
        (key.wrapping_mul(MIX) >> Self::SHIFT) as usize
    }

    fn new<'w>(words: impl Iterator<Item = &'w str>) -> WordFilter {
        let mut bits = Box::new([0u64; Self::WORDS]);
        for w in words {
            let k = Self::slot(w.as_bytes());
            if let Some(b) = bits.get_mut(k / 64) {
                *b |= 1 << (k % 64);
            }
        }
        WordFilter { bits }
    }

    /// False only if `w` is not one of the words.
    #[inline]
    pub fn may_hold(&self, w: &[u8]) -> bool {
        let k = Self::slot(w);
        // `k` has 14 bits, so the index is in range (the check folds away).
        self.bits.get(k / 64).is_some_and(|b| b >> (k % 64) & 1 == 1)
    }
}

/// A set of table words behind a `WordFilter`: the scanners ask one of
/// most capitalized words (is it an organization's suffix, a word that
/// starts no name?), and most are in no set, which the filter tells
/// without hashing the word.
pub struct WordSet {
    filter: WordFilter,
    set: Set<&'static str>,
}

impl WordSet {
    fn of(words: &[&'static str]) -> WordSet {
        WordSet { filter: WordFilter::new(words.iter().copied()), set: words.iter().copied().collect() }
    }

    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        self.filter.may_hold(w.as_bytes()) && self.set.contains(w)
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.set.len()
    }
}

/// Phrases indexed by their first word, longest first. A table's phrases
/// sit in one list, grouped by first word; the words after the first are
/// kept end to end in one static string, a space between two (a token
/// never holds whitespace). build.rs writes the table, packed.
pub struct Phrases<T: 'static> {
    list: Vec<Phrase<T>>,
    rest: &'static str,
    /// (first word's number, its phrases' range in `list`), by number.
    heads: Vec<(u16, u16, u16)>,
    /// For each number from the first of `heads` to the last, 1 + its
    /// place in `heads` (0: no phrase starts with that word). The small
    /// tables' first words are spread over the numbering, where a binary
    /// search of `heads` cost a hundred instructions a question.
    index: Box<[u16]>,
}

/// Small fields: there is one per gazetteer name.
struct Phrase<T> {
    /// Token count.
    len: u8,
    /// The words after the first, in `Phrases::rest`.
    rest: (u16, u16),
    value: T,
}

/// One table as build.rs writes it: per phrase (grouped by first word,
/// longest first) its token count, the byte length of its words after the
/// first and its payload; per first word (by number) the step from the
/// previous number and its phrase count. Small numbers rather than
/// offsets, which `Phrases::of` sums up: the page downloads these, and
/// gzip packs a run of small numbers well, an increasing run badly.
struct Packed<T: 'static> {
    lens: &'static [u8],
    rest_lens: &'static [u8],
    rest: &'static str,
    values: &'static [T],
    head_steps: &'static [u16],
    counts: &'static [u8],
}

/// The first words as build.rs writes them: end to end, their byte
/// lengths, each one's `F_*` bits.
struct Words {
    text: &'static str,
    lens: &'static [u8],
    bits: &'static [u16],
}

/// One language's tables as build.rs writes them.
struct Tables {
    firsts: Words,
    places: Packed<Place>,
    place_nouns: Packed<bool>,
    place_abbr: Packed<&'static str>,
    org_heads: Packed<bool>,
    titles: Packed<()>,
    person_cues: Packed<()>,
    bylines: Packed<()>,
    doc_heads: Packed<()>,
    event_heads: Packed<()>,
    event_names: Packed<()>,
    known_orgs: Packed<()>,
    honorifics: Packed<()>,
}

mod generated {
    use super::{Packed, Place, Tables, Words};
    include!(concat!(env!("OUT_DIR"), "/entity_tables.rs"));
}

impl<T: Copy> Phrases<T> {
    /// The table, unpacked: a pass of additions per phrase, two
    /// allocations. Not inlined into `Lexicon::build`, as
    /// `figures::lexicon::Phrases::of`.
    #[inline(never)]
    fn of(t: &'static Packed<T>) -> Self {
        let mut end = 0u16;
        let list = t.lens.iter().zip(t.rest_lens).zip(t.values).map(|((&len, &n), &value)| {
            let start = end;
            end = end.wrapping_add(u16::from(n));
            Phrase { len, rest: (start, end), value }
        });
        let (mut head, mut k) = (0u16, 0u16);
        let heads = t.head_steps.iter().zip(t.counts).map(|(&step, &n)| {
            head = head.wrapping_add(step);
            let start = k;
            k = k.wrapping_add(u16::from(n));
            (head, start, k)
        });
        let heads: Vec<(u16, u16, u16)> = heads.collect();
        let lo = heads.first().map_or(0, |h| usize::from(h.0));
        let span = heads.last().map_or(0, |h| usize::from(h.0) + 1 - lo);
        let mut index = vec![0u16; span].into_boxed_slice();
        for (k, h) in heads.iter().enumerate() {
            if let Some(slot) = usize::from(h.0).checked_sub(lo).and_then(|d| index.get_mut(d)) {
                *slot = u16::try_from(k + 1).unwrap_or(0);
            }
        }
        Phrases { list: list.collect(), rest: t.rest, heads, index }
    }
}

impl<T: Clone> Phrases<T> {
    /// The range in `list` of the phrases whose first word is number
    /// `head`: two indexed reads.
    #[inline]
    fn range(&self, head: u32) -> Option<(u32, u32)> {
        let lo = u32::from(self.heads.first()?.0);
        let k = usize::from(*self.index.get(head.checked_sub(lo)? as usize)?).checked_sub(1)?;
        self.heads.get(k).map(|h| (h.1.into(), h.2.into()))
    }

    /// The longest phrase starting at token `i`, whose first word is
    /// number `head` in `Firsts`: (token count, payload).
    /// `word(k)` is token `k`'s lowercase text as bytes: the comparisons
    /// are bytewise, and a byte slice is cut with no char-boundary tests.
    pub fn at<'w>(&self, head: u32, word: impl Fn(usize) -> Option<&'w [u8]>, i: usize) -> Option<(usize, &T)> {
        let (a, b) = self.range(head)?;
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
    /// Every word of `firsts`: most capitalized words (names, a
    /// sentence's first word) start no phrase, and this tells so without
    /// hashing the word.
    cap_filter: WordFilter,
    /// Does a word of `firsts` with a bit of `lower_bits` start with a
    /// char no word token starts with (a digit, a sign)? If not, a number
    /// or a punctuation token starts nothing and is not looked up.
    pub nonword_firsts: bool,
    pub places: Phrases<Place>,
    pub place_nouns: Phrases<bool>,
    pub place_abbr: Phrases<&'static str>,
    pub org_abbr: Map<&'static str, &'static str>,
    pub not_caps: WordSet,
    pub org_heads: Phrases<bool>,
    pub titles: Phrases<()>,
    pub title_modifiers: WordSet,
    pub person_cues: Phrases<()>,
    pub bylines: Phrases<()>,
    pub surnames: WordSet,
    pub compounds: WordSet,
    pub completions: WordSet,
    pub compound_firsts: WordSet,
    pub stops: WordSet,
    pub doc_heads: Phrases<()>,
    pub event_heads: Phrases<()>,
    pub event_names: Phrases<()>,
    pub known_orgs: Phrases<()>,
    pub org_suffixes: WordSet,
    pub org_heads_of: WordSet,
    pub loc_suffixes: WordSet,
    pub loc_heads_of: WordSet,
    pub place_of_cues: WordSet,
    pub place_preps: WordSet,
    pub event_suffixes: WordSet,
    pub doc_suffixes: WordSet,
    pub honorifics: Phrases<()>,
    pub not_names: WordSet,
    pub particles: WordSet,
}

impl Lexicon {
    pub fn get(lang: Lang) -> &'static Lexicon {
        static LEXICONS: PerLang<Lexicon> = PerLang::new();
        LEXICONS.get(lang, Lexicon::build)
    }

    fn build(lang: Lang) -> Lexicon {
        let is_vi = lang == Lang::Vi;
        let t = if is_vi { &generated::VI } else { &generated::EN };
        // Audited in vi.rs: every other table is asked only after `cap`.
        let lower_bits = if is_vi { F_PLACE_NOUNS | F_BYLINES | F_PERSON_CUES } else { u16::MAX };
        let w = &t.firsts;
        let firsts = Firsts::new(w.text, w.lens, w.bits.iter().enumerate().map(|(id, &b)| (b, u32::try_from(id).unwrap_or(u32::MAX))).collect());
        let lower_filter = WordFilter::new(firsts.iter().filter(|&(_, &(b, _))| b & lower_bits != 0).map(|(w, _)| w));
        let cap_filter = WordFilter::new(firsts.iter().map(|(w, _)| w));
        let nonword_firsts = firsts.iter().any(|(w, &(b, _))| b & lower_bits != 0 && !crate::text::segment::starts_word(w));
        Lexicon {
            lang,
            firsts,
            lower_bits,
            lower_filter,
            cap_filter,
            nonword_firsts,
            places: Phrases::of(&t.places),
            place_nouns: Phrases::of(&t.place_nouns),
            place_abbr: Phrases::of(&t.place_abbr),
            org_abbr: vi::entities::ORG_ABBREVIATIONS.iter().copied().collect(),
            not_caps: WordSet::of(vi::entities::NOT_NAMES_CAPS),
            org_heads: Phrases::of(&t.org_heads),
            titles: Phrases::of(&t.titles),
            title_modifiers: WordSet::of(en::entities::TITLE_MODIFIERS),
            person_cues: Phrases::of(&t.person_cues),
            bylines: Phrases::of(&t.bylines),
            surnames: WordSet::of(vi::entities::SURNAMES),
            compounds: WordSet::of(vi::entities::ORG_COMPOUNDS),
            completions: WordSet::of(vi::entities::NAME_COMPLETIONS),
            compound_firsts: WordSet::of(generated::COMPOUND_FIRSTS),
            stops: WordSet::of(vi::entities::NAME_STOPS),
            doc_heads: Phrases::of(&t.doc_heads),
            event_heads: Phrases::of(&t.event_heads),
            event_names: Phrases::of(&t.event_names),
            known_orgs: Phrases::of(&t.known_orgs),
            org_suffixes: WordSet::of(en::entities::ORG_SUFFIXES),
            org_heads_of: WordSet::of(en::entities::ORG_HEADS_OF),
            loc_suffixes: WordSet::of(en::entities::LOC_SUFFIXES),
            loc_heads_of: WordSet::of(en::entities::LOC_HEADS_OF),
            place_of_cues: WordSet::of(en::entities::PLACE_OF_CUES),
            place_preps: WordSet::of(en::entities::PLACE_PREPOSITIONS),
            event_suffixes: WordSet::of(en::entities::EVENT_SUFFIXES),
            doc_suffixes: WordSet::of(en::entities::DOCUMENT_SUFFIXES),
            honorifics: Phrases::of(&t.honorifics),
            not_names: WordSet::of(en::entities::NOT_NAMES),
            particles: WordSet::of(en::entities::NAME_PARTICLES),
        }
    }

    /// The `firsts` entry of a token's lowercase text `w`: (F_* bits, the
    /// word's number), (0, 0) for a word that starts nothing. A token that
    /// is not a capitalized word gets only the bits of `lower_bits`, and
    /// mostly a filter answers for it without hashing, as one of all the
    /// words answers for most capitalized words.
    /// The filter is inlined into the token loop, the hash lookup is not.
    #[inline(always)]
    pub fn first(&self, w: &[u8], capitalized: bool) -> (u16, u32) {
        let filter = if capitalized { &self.cap_filter } else { &self.lower_filter };
        if !filter.may_hold(w) {
            return (0, 0);
        }
        self.first_entry(w, capitalized)
    }

    #[inline(never)]
    fn first_entry(&self, w: &[u8], capitalized: bool) -> (u16, u32) {
        if capitalized {
            return self.firsts.get_bytes(w).copied().unwrap_or((0, 0));
        }
        match self.firsts.get_bytes(w) {
            Some(&(b, id)) if b & self.lower_bits != 0 => (b & self.lower_bits, id),
            _ => (0, 0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;
    use crate::text::segment;
    use std::fmt::Debug;

    /// Word numbers as the runtime builder kept them, before build.rs.
    type RefFirsts = std::collections::HashMap<String, (u16, u32)>;

    fn first_id(firsts: &mut RefFirsts, w: &str) -> u32 {
        if let Some(&(_, id)) = firsts.get(w) {
            return id;
        }
        let id = u32::try_from(firsts.len()).unwrap_or(u32::MAX);
        firsts.insert(w.to_owned(), (0, id));
        id
    }

    /// The lowercase words of a phrase, cut by the text tokenizer.
    fn words(s: &str) -> Vec<String> {
        segment::tokens(s, Span::new(0, s.len())).filter_map(|t| s.get(t.span.start..t.span.end)).map(str::to_lowercase).collect()
    }

    /// A phrase as the runtime builder kept it, with its first word's number.
    struct RefPhrase<T> {
        head: u32,
        len: u32,
        rest: (u32, u32),
        value: T,
    }

    /// A table as the runtime builder made it.
    struct RefPhrases<T> {
        first: Map<u32, (u32, u32)>,
        list: Vec<RefPhrase<T>>,
        rest: String,
    }

    /// The runtime builder: cut with the text tokenizer, number the first
    /// words, group, sort longest first, drop repeats.
    fn phrases<S: AsRef<str>, T>(firsts: &mut RefFirsts, entries: impl IntoIterator<Item = (S, T)>) -> RefPhrases<T> {
        let mut list: Vec<RefPhrase<T>> = Vec::new();
        let mut rest = String::new();
        let offset = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        for (s, value) in entries {
            let ws = words(s.as_ref());
            let Some(head) = ws.first() else { continue };
            let a = rest.len();
            rest.push_str(&ws[1..].join(" "));
            let head = first_id(firsts, head);
            list.push(RefPhrase { head, len: offset(ws.len()), rest: (offset(a), offset(rest.len())), value });
        }
        list.sort_by_key(|p| (p.head, std::cmp::Reverse(p.len)));
        let words = |r: (u32, u32)| rest.get(r.0 as usize..r.1 as usize);
        let mut kept: Vec<RefPhrase<T>> = Vec::with_capacity(list.len());
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
        for (k, p) in kept.iter().enumerate() {
            first.entry(p.head).or_insert((offset(k), offset(k))).1 = offset(k + 1);
        }
        RefPhrases { first, list: kept, rest }
    }

    /// Gazetteer lines "<type> <name>" as (name, kind).
    fn gazetteer(src: &'static str) -> impl Iterator<Item = (&'static str, Place)> {
        src.lines().filter(|l| !l.starts_with('#')).filter_map(|l| {
            let (t, name) = l.split_once(' ')?;
            Some((name.trim(), if matches!(t, "D" | "W") { Place::Minor } else { Place::Major }))
        })
    }

    /// The same phrases under the same numbers, in the same order.
    fn same<T: Clone + PartialEq + Debug>(name: &str, firsts: &RefFirsts, bit: u16, r: &RefPhrases<T>, g: &Phrases<T>) {
        let heads: Map<u32, (u32, u32)> = g.heads.iter().map(|&(h, a, b)| (h.into(), (a.into(), b.into()))).collect();
        assert_eq!(r.first, heads, "{name}: first words");
        for (&h, &range) in &r.first {
            assert_eq!(g.range(h), Some(range), "{name}: range of {h}");
        }
        assert_eq!(g.range(u32::MAX), None);
        assert_eq!(r.list.len(), g.list.len(), "{name}: phrase count");
        let rest = |s: &'static str, p: &Phrase<T>| s.get(p.rest.0 as usize..p.rest.1 as usize).map(str::to_owned);
        let rest_r = |p: &RefPhrase<T>| r.rest.get(p.rest.0 as usize..p.rest.1 as usize).map(str::to_owned);
        for (a, b) in r.list.iter().zip(&g.list) {
            assert_eq!((a.len, rest_r(a), &a.value), (b.len.into(), rest(g.rest, b), &b.value), "{name}");
        }
        for (w, &(bits, id)) in firsts {
            assert_eq!(bits & bit != 0, r.first.contains_key(&id), "{name}: bit of {w:?}");
        }
    }

    /// build.rs's tables are the runtime builder's, word for word, for
    /// both languages: the same first words with the same numbers and
    /// bits, the same phrases with the same payloads in the same order.
    #[test]
    fn generated_tables_match_the_runtime_builder() {
        for lang in [Lang::Vi, Lang::En] {
            let is_vi = lang == Lang::Vi;
            let mut places: Vec<(&'static str, Place)> = Vec::new();
            if is_vi {
                places.extend(gazetteer(vi::entities::PLACES));
                places.extend(vi::entities::PLACES_EXTRA.iter().map(|p| (*p, Place::Major)));
                places.extend(gazetteer(en::entities::PLACES).filter(|(n, _)| n.as_bytes().contains(&b' ') || !n.is_ascii() || n.len() > 3).map(|(n, _)| (n, Place::Minor)));
            } else {
                places.extend(gazetteer(en::entities::PLACES));
                places.extend(en::entities::PLACES_EXTRA.iter().map(|p| (*p, Place::Major)));
            }
            places.sort_by_key(|(_, k)| if *k == Place::Major { 0 } else { 1 });
            let pick = |v: &'static [&'static str], e: &'static [&'static str]| if is_vi { v } else { e };
            let unit = |f: &mut RefFirsts, xs: &'static [&'static str]| phrases(f, xs.iter().map(|s| (*s, ())));
            let f = &mut RefFirsts::default();
            // In the order the runtime builder numbered the first words.
            let r_places = phrases(f, places);
            let r_place_nouns = phrases(f, if is_vi { vi::entities::PLACE_NOUNS } else { &[] }.iter().copied());
            let r_place_abbr = phrases(f, vi::entities::PLACE_ABBREVIATIONS.iter().copied());
            let r_org_heads = phrases(f, if is_vi { vi::entities::ORG_HEADS } else { &[] }.iter().copied());
            let r_titles = unit(f, pick(vi::entities::TITLE_HEADS, en::entities::TITLES));
            let r_person_cues = unit(f, pick(vi::entities::PERSON_CUES, &[]));
            let r_bylines = unit(f, pick(vi::entities::BYLINE_CUES, &[]));
            let r_doc_heads = unit(f, pick(vi::entities::DOCUMENT_HEADS, &[]));
            let r_event_heads = unit(f, pick(vi::entities::EVENT_HEADS, en::entities::EVENT_HEADS));
            let r_event_names = unit(f, pick(vi::entities::EVENT_NAMES, &[]));
            let en_orgs = en::entities::KNOWN_ORGS.iter().filter(|s| !is_vi || s.len() > 3);
            let known_orgs = en_orgs.chain(if is_vi { vi::entities::KNOWN_ORGS } else { &[] });
            let r_known_orgs = phrases(f, known_orgs.map(|s| (*s, ())));
            let r_honorifics = unit(f, en::entities::HONORIFICS);
            let heads: [(&Map<u32, (u32, u32)>, u16); 12] = [
                (&r_places.first, F_PLACES),
                (&r_place_nouns.first, F_PLACE_NOUNS),
                (&r_place_abbr.first, F_PLACE_ABBR),
                (&r_org_heads.first, F_ORG_HEADS),
                (&r_titles.first, F_TITLES),
                (&r_person_cues.first, F_PERSON_CUES),
                (&r_bylines.first, F_BYLINES),
                (&r_doc_heads.first, F_DOC_HEADS),
                (&r_event_heads.first, F_EVENT_HEADS),
                (&r_event_names.first, F_EVENT_NAMES),
                (&r_known_orgs.first, F_KNOWN_ORGS),
                (&r_honorifics.first, F_HONORIFICS),
            ];
            for (b, id) in f.values_mut() {
                *b = heads.iter().filter(|(m, _)| m.contains_key(id)).fold(0, |acc, (_, bit)| acc | bit);
            }
            let lx = Lexicon::build(lang);
            assert_eq!(lx.firsts.len(), f.len(), "{lang:?}: first words");
            for (w, v) in f.iter() {
                assert_eq!(lx.firsts.get(w.as_str()), Some(v), "{lang:?}: {w:?}");
            }
            let f = &*f;
            same("places", f, F_PLACES, &r_places, &lx.places);
            same("place_nouns", f, F_PLACE_NOUNS, &r_place_nouns, &lx.place_nouns);
            same("place_abbr", f, F_PLACE_ABBR, &r_place_abbr, &lx.place_abbr);
            same("org_heads", f, F_ORG_HEADS, &r_org_heads, &lx.org_heads);
            same("titles", f, F_TITLES, &r_titles, &lx.titles);
            same("person_cues", f, F_PERSON_CUES, &r_person_cues, &lx.person_cues);
            same("bylines", f, F_BYLINES, &r_bylines, &lx.bylines);
            same("doc_heads", f, F_DOC_HEADS, &r_doc_heads, &lx.doc_heads);
            same("event_heads", f, F_EVENT_HEADS, &r_event_heads, &lx.event_heads);
            same("event_names", f, F_EVENT_NAMES, &r_event_names, &lx.event_names);
            same("known_orgs", f, F_KNOWN_ORGS, &r_known_orgs, &lx.known_orgs);
            same("honorifics", f, F_HONORIFICS, &r_honorifics, &lx.honorifics);
            let compound_firsts: Set<String> = vi::entities::ORG_COMPOUNDS.iter().filter_map(|c| words(c).into_iter().next()).collect();
            assert_eq!(lx.compound_firsts.len(), compound_firsts.len());
            assert!(compound_firsts.iter().all(|w| lx.compound_firsts.contains(w.as_str())));
            // The filter lets every word with a lower bit through.
            for (w, &(b, _)) in f {
                if b & lx.lower_bits != 0 {
                    assert!(lx.lower_filter.may_hold(w.as_bytes()), "{w:?}");
                }
            }
        }
    }
}
