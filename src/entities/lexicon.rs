//! The entity tables of src/lang, indexed once per language.
//!
//! Every question the recognizers ask — "does a title, a place, a cue
//! start at this token?" — is a hash lookup on the token's lowercase text
//! followed by a check of the few phrases that start with it, longest
//! first. The cost per token does not grow with the tables, and the
//! gazetteer (a few thousand names) is read once from the text the
//! generator wrote.

use crate::figures::lexicon::{Map, Set};
use crate::lang::{en, vi, Lang};
use crate::span::Span;
use crate::text::segment;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// The lowercase words of a phrase, cut by the text tokenizer.
fn words_of(s: &str) -> Vec<String> {
    segment::tokens(s, Span::new(0, s.len()))
        .filter_map(|t| s.get(t.span.start..t.span.end))
        .map(|w| w.to_lowercase())
        .collect()
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

/// Phrases indexed by their first word, longest first.
pub struct Phrases<T> {
    first: Map<String, Vec<(Vec<String>, T)>>,
}

impl<T: Clone> Phrases<T> {
    pub fn new<S: AsRef<str>>(entries: impl IntoIterator<Item = (S, T)>) -> Self {
        let mut first: Map<String, Vec<(Vec<String>, T)>> = Map::default();
        for (s, v) in entries {
            let words = words_of(s.as_ref());
            if let Some(f) = words.first().cloned() {
                let list = first.entry(f).or_default();
                if !list.iter().any(|(w, _)| *w == words) {
                    list.push((words, v));
                }
            }
        }
        for v in first.values_mut() {
            v.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
        }
        Phrases { first }
    }

    /// The longest phrase starting at token `i`: (token count, payload).
    pub fn at<'w>(&self, word: impl Fn(usize) -> Option<&'w str>, i: usize) -> Option<(usize, &T)> {
        let cands = self.first.get(word(i)?)?;
        cands
            .iter()
            .find(|(ws, _)| ws.iter().enumerate().skip(1).all(|(k, w)| word(i + k) == Some(w.as_str())))
            .map(|(ws, v)| (ws.len(), v))
    }

    pub fn starts(&self, w: &str) -> bool {
        self.first.contains_key(w)
    }

    pub fn first_words(&self) -> impl Iterator<Item = &String> {
        self.first.keys()
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

fn set(xs: &[&'static str]) -> Set<&'static str> {
    xs.iter().copied().collect()
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
    pub firsts: WordMap<u16>,
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

/// Gazetteer lines "<type> <name>" as (name, kind).
fn gazetteer(src: &'static str) -> impl Iterator<Item = (&'static str, Place)> {
    src.lines().filter(|l| !l.starts_with('#')).filter_map(|l| {
        let (t, name) = l.split_once(' ')?;
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
        static VI: OnceLock<Lexicon> = OnceLock::new();
        static EN: OnceLock<Lexicon> = OnceLock::new();
        match lang {
            Lang::Vi => VI.get_or_init(|| Lexicon::build(Lang::Vi)),
            Lang::En => EN.get_or_init(|| Lexicon::build(Lang::En)),
        }
    }

    fn build(lang: Lang) -> Lexicon {
        let is_vi = lang == Lang::Vi;
        // Vietnamese text names foreign cities in their English spelling
        // too ("Seoul", "Paris"); English text rarely uses Vietnamese ones.
        let mut places: Vec<(&'static str, Place)> = Vec::new();
        if is_vi {
            places.extend(gazetteer(vi::entities::PLACES));
            places.extend(vi::entities::PLACES_EXTRA.iter().map(|p| (*p, Place::Major)));
            places.extend(gazetteer(en::entities::PLACES).filter(|(n, _)| n.split(' ').count() > 1 || !n.is_ascii() || n.len() > 3).map(|(n, _)| (n, Place::Minor)));
        } else {
            places.extend(gazetteer(en::entities::PLACES));
            places.extend(en::entities::PLACES_EXTRA.iter().map(|p| (*p, Place::Major)));
        }
        // A name listed as both keeps the stronger reading.
        places.sort_by_key(|(_, k)| if *k == Place::Major { 0 } else { 1 });
        let compounds = set(vi::entities::ORG_COMPOUNDS);
        let compound_firsts = compounds.iter().filter_map(|c| words_of(c).into_iter().next()).collect();
        let pick = |v: &'static [&'static str], e: &'static [&'static str]| if is_vi { v } else { e };
        let unit = |xs: &'static [&'static str]| Phrases::new(xs.iter().map(|s| (*s, ())));
        let lx = Lexicon {
            lang,
            firsts: WordMap::default(),
            places: Phrases::new(places),
            place_nouns: Phrases::new(if is_vi { vi::entities::PLACE_NOUNS } else { &[] }.iter().copied()),
            place_abbr: Phrases::new(vi::entities::PLACE_ABBREVIATIONS.iter().copied()),
            org_abbr: vi::entities::ORG_ABBREVIATIONS.iter().copied().collect(),
            not_caps: set(vi::entities::NOT_NAMES_CAPS),
            org_heads: Phrases::new(if is_vi { vi::entities::ORG_HEADS } else { &[] }.iter().copied()),
            titles: unit(pick(vi::entities::TITLE_HEADS, en::entities::TITLES)),
            title_modifiers: set(en::entities::TITLE_MODIFIERS),
            person_cues: unit(pick(vi::entities::PERSON_CUES, &[])),
            bylines: unit(pick(vi::entities::BYLINE_CUES, &[])),
            surnames: set(vi::entities::SURNAMES),
            compounds,
            completions: set(vi::entities::NAME_COMPLETIONS),
            compound_firsts,
            stops: set(vi::entities::NAME_STOPS),
            doc_heads: unit(pick(vi::entities::DOCUMENT_HEADS, &[])),
            event_heads: unit(pick(vi::entities::EVENT_HEADS, en::entities::EVENT_HEADS)),
            event_names: unit(pick(vi::entities::EVENT_NAMES, &[])),
            known_orgs: unit(en::entities::KNOWN_ORGS),
            org_suffixes: set(en::entities::ORG_SUFFIXES),
            org_heads_of: set(en::entities::ORG_HEADS_OF),
            loc_suffixes: set(en::entities::LOC_SUFFIXES),
            loc_heads_of: set(en::entities::LOC_HEADS_OF),
            place_of_cues: set(en::entities::PLACE_OF_CUES),
            place_preps: set(en::entities::PLACE_PREPOSITIONS),
            event_suffixes: set(en::entities::EVENT_SUFFIXES),
            doc_suffixes: set(en::entities::DOCUMENT_SUFFIXES),
            honorifics: unit(en::entities::HONORIFICS),
            not_names: set(en::entities::NOT_NAMES),
            particles: set(en::entities::NAME_PARTICLES),
        };
        lx.with_firsts()
    }

    fn with_firsts(mut self) -> Lexicon {
        let mut f: WordMap<u16> = WordMap::default();
        let mut add = |keys: Vec<String>, bit: u16| {
            for k in keys {
                *f.entry(k).or_insert(0) |= bit;
            }
        };
        add(self.places.first_words().cloned().collect(), F_PLACES);
        add(self.place_nouns.first_words().cloned().collect(), F_PLACE_NOUNS);
        add(self.place_abbr.first_words().cloned().collect(), F_PLACE_ABBR);
        add(self.org_heads.first_words().cloned().collect(), F_ORG_HEADS);
        add(self.titles.first_words().cloned().collect(), F_TITLES);
        add(self.person_cues.first_words().cloned().collect(), F_PERSON_CUES);
        add(self.bylines.first_words().cloned().collect(), F_BYLINES);
        add(self.doc_heads.first_words().cloned().collect(), F_DOC_HEADS);
        add(self.event_heads.first_words().cloned().collect(), F_EVENT_HEADS);
        add(self.event_names.first_words().cloned().collect(), F_EVENT_NAMES);
        add(self.known_orgs.first_words().cloned().collect(), F_KNOWN_ORGS);
        add(self.honorifics.first_words().cloned().collect(), F_HONORIFICS);
        self.firsts = f;
        self
    }
}
