//! English: capitalized runs, split at titles, read by their words.
//!
//! A run is a stretch of capitalized words, with the small words names
//! carry inside them ("University of Michigan", "Centers for Disease
//! Control and Prevention", "Lula da Silva", "Finch & Sons Ltd."). Each run
//! is read once: a title or courtesy word inside it splits it ("Texas
//! Gov. Greg Abbott" is a place, a title and a person); otherwise its last
//! word (Inc., University, County, Act, Olympics), the gazetteer or the
//! list of well-known organizations says what it is, and a run of two to
//! five plain capitalized words is a person's name. A lone capitalized
//! word is a place after "in", "at", "near"; otherwise it waits for the
//! linking pass, which keeps it only if the article names it in full
//! ("Park" after "Linda Park"). A sentence's first word is capitalized by
//! grammar, so it is not taken for a name on its own.

use super::lexicon::*;
use super::tokens::Sentence;
use super::Found;
use crate::entities::EntityKind;
use crate::span::Span;
use crate::text::TokenKind;

/// Words after which a glued period belongs to the name ("Inc.", "Gov.").
const DOTTED: &[&str] = &[
    "inc", "corp", "ltd", "co", "st", "jr", "sr", "gov", "sen", "rep", "dr", "mr", "mrs", "ms", "prof", "gen",
    "lt", "col", "sgt", "capt", "adm", "maj", "cmdr", "rev", "bros", "mt", "ft", "no",
];

pub struct En<'s> {
    pub s: &'s Sentence<'s>,
    pub lx: &'static Lexicon,
}

impl<'s> En<'s> {
    fn w(&self, i: usize) -> Option<&'s str> {
        self.s.low(i)
    }

    fn cap(&self, i: usize) -> bool {
        self.s.cap(i)
    }

    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.s.tok(i).is_some_and(|t| t.kind == TokenKind::Punct) && self.s.is(i, p)
    }

    /// Once a sentence, so not inlined (see `Sentence::fill`).
    #[inline(never)]
    pub fn scan(&self, out: &mut Vec<Found>) {
        let mut i = 0;
        let n = self.s.len();
        while i < n {
            // The words that are not capitalized go by on a slice
            // iterator, with no bounds test per token.
            let rest = self.s.toks.get(i..).unwrap_or(&[]);
            i += rest.iter().position(|t| t.cap() && t.is_word()).unwrap_or(rest.len());
            if i >= n {
                break;
            }
            let end = self.run(i);
            self.segment(i, end, out);
            i = end.max(i + 1);
        }
    }

    /// The end of the capitalized run starting at `i`.
    fn run(&self, i: usize) -> usize {
        let mut j = i;
        let mut joinable = false; // the run so far has a word that takes "of"/"for"/"and"
        let mut words = 0;
        while j < self.s.len() {
            if self.cap(j) {
                let w = self.w(j).unwrap_or("");
                // Once joinable, always: the words are not looked up again.
                if !joinable && (self.lx.org_heads_of.contains(w) || self.lx.loc_heads_of.contains(w) || w == "secretary") {
                    joinable = true;
                }
                if !joinable && words > 0 && self.lx.org_suffixes.contains(w) {
                    joinable = true;
                }
                j += 1;
                words += 1;
                let single = || w.chars().count() == 1;
                if self.is_punct(j, ".") && !self.s.tok(j).is_some_and(|t| t.space_before()) && (single() || DOTTED.contains(&w)) {
                    j += 1;
                }
                continue;
            }
            let Some(w) = self.w(j) else { break };
            let next_cap = self.cap(j + 1);
            if words == 0 || !next_cap {
                // A possessive inside a name: "St. Mary's Hospital".
                if w == "'s" || w == "’s" {
                    let nw = self.w(j + 1).unwrap_or("");
                    if self.cap(j + 1) && (self.lx.org_suffixes.contains(nw) || self.lx.loc_suffixes.contains(nw)) {
                        j += 1;
                        continue;
                    }
                }
                break;
            }
            if w == "&" || self.lx.particles.contains(w) {
                j += 1;
                continue;
            }
            if (w == "'s" || w == "’s") && {
                let nw = self.w(j + 1).unwrap_or("");
                self.lx.org_suffixes.contains(nw) || self.lx.loc_suffixes.contains(nw)
            } {
                j += 1;
                continue;
            }
            if w == "and" && self.stands_alone(j + 1) {
                // "the Department of Transportation and Northgate University",
                // but "the Food and Drug Administration".
                if joinable || self.stands_alone(i) {
                    break;
                }
                j += 1;
                continue;
            }
            if matches!(w, "of" | "for" | "and") && joinable {
                // "Bank of America", not "India and Pakistan".
                j += 1;
                continue;
            }
            break;
        }
        j
    }

    /// Is the capitalized run from `j` a name of its own (by its suffix,
    /// or as a known place or organization)?
    fn stands_alone(&self, j: usize) -> bool {
        // Names are short: a longer run is not looked at (and costs nothing).
        let mut k = j;
        while self.cap(k) {
            k += 1;
            if k > j + 8 {
                return false;
            }
        }
        let last = k.checked_sub(1).and_then(|l| self.w(l)).unwrap_or("");
        k > j + 1 && self.lx.org_suffixes.contains(last)
            || self.s.at(&self.lx.places, F_PLACES, j).is_some_and(|(m, _)| j + m == k)
            || self.s.at(&self.lx.known_orgs, F_KNOWN_ORGS, j).is_some_and(|(m, _)| j + m == k)
    }

    fn words(&self, a: usize, b: usize) -> impl Iterator<Item = &'s str> + '_ {
        (a..b).filter(|&k| self.s.tok(k).is_some_and(|t| t.is_word())).filter_map(|k| self.w(k))
    }

    fn emit(&self, out: &mut Vec<Found>, a: usize, b: usize, kind: EntityKind) {
        if let Some(span) = self.s.span(a, b) {
            out.push(Found::new(span, kind));
        }
    }

    fn at_sentence_start(&self, a: usize) -> bool {
        (0..a).all(|k| self.s.tok(k).is_some_and(|t| t.kind == TokenKind::Punct))
    }

    /// The full run read as one name by its words, if they say what it is.
    /// The words are read in one pass for what is asked of them (count,
    /// first, last two, an "of"), not collected: a run is a few words, and
    /// its allocation cost more than the reading.
    fn strong(&self, a: usize, b: usize) -> Option<EntityKind> {
        let (mut count, mut first, mut before_last, mut last, mut has_of) = (0usize, "", "", "", false);
        for w in self.words(a, b) {
            if count == 0 {
                first = w;
            }
            before_last = last;
            last = w;
            count += 1;
            has_of |= matches!(w, "of" | "for");
        }
        if count == 0 {
            return None;
        }
        let n = b - a;
        // A well-known organization, alone or heading a longer name
        // ("Samsung Electronics").
        if self.s.at(&self.lx.known_orgs, F_KNOWN_ORGS, a).is_some() {
            return Some(EntityKind::Organization);
        }
        if self.s.at(&self.lx.places, F_PLACES, a).is_some_and(|(m, _)| m == n) {
            return Some(EntityKind::Location);
        }
        if count >= 2 && self.two_words_in(&self.lx.event_suffixes, before_last, last) {
            return Some(EntityKind::Event);
        }
        if count >= 2 && self.s.at(&self.lx.event_heads, F_EVENT_HEADS, a).is_some_and(|(m, _)| m < n) {
            return Some(EntityKind::Event);
        }
        if count >= 2 && self.lx.doc_suffixes.contains(last) {
            return Some(EntityKind::Document);
        }
        if count >= 2 && self.lx.event_suffixes.contains(last) {
            return Some(EntityKind::Event);
        }
        if has_of && self.lx.loc_heads_of.contains(first) {
            return Some(EntityKind::Location);
        }
        if self.lx.org_suffixes.contains(last) || (has_of && self.lx.org_heads_of.contains(first)) {
            return Some(EntityKind::Organization);
        }
        if count >= 2 && self.lx.loc_suffixes.contains(last) {
            return Some(EntityKind::Location);
        }
        // A team: a place and plural words ("Denver Broncos", "Kansas City Chiefs").
        if let Some((m, _)) = self.s.at(&self.lx.places, F_PLACES, a) {
            let (mut rest, mut plural) = (0usize, true);
            for w in self.words(a + m, b) {
                rest += 1;
                plural &= w.ends_with('s') && !w.ends_with("ss");
            }
            if rest > 0 && a + m < b && (plural || rest >= 2) {
                return Some(EntityKind::Organization);
            }
        }
        None
    }

    /// Is "`x` `y`" in `set`? Joined in a buffer on the stack: the
    /// question is asked of most runs, and a `String` for it cost an
    /// allocation each time.
    fn two_words_in(&self, set: &WordSet, x: &str, y: &str) -> bool {
        let mut buf = [0u8; 64];
        let n = x.len() + 1 + y.len();
        let Some(dst) = buf.get_mut(..n) else {
            return set.contains(format!("{x} {y}").as_str());
        };
        let (head, tail) = dst.split_at_mut(x.len());
        head.copy_from_slice(x.as_bytes());
        let Some((space, rest)) = tail.split_first_mut() else { return false };
        *space = b' ';
        rest.copy_from_slice(y.as_bytes());
        std::str::from_utf8(dst).is_ok_and(|two| set.contains(two))
    }

    fn segment(&self, a: usize, b: usize, out: &mut Vec<Found>) {
        if a >= b {
            return;
        }
        let n = b - a;
        if self.s.at(&self.lx.known_orgs, F_KNOWN_ORGS, a).is_some_and(|(m, _)| m == n) {
            return self.emit(out, a, b, EntityKind::Organization);
        }
        if self.s.at(&self.lx.places, F_PLACES, a).is_some_and(|(m, _)| m == n) {
            return self.emit(out, a, b, EntityKind::Location);
        }
        // An article is not part of the name ("the Federal Reserve"); a
        // lone word after one may be a name by its suffix ("The Council").
        let mut a = a;
        let mut article = false;
        if self.w(a).is_some_and(|w| matches!(w, "the" | "a" | "an")) && a + 1 < b {
            a += 1;
            article = true;
        }
        // "Pittsburgh-based": the place before "-based".
        if b == a + 1 {
            if let (Some(w), Some(t)) = (self.w(a), self.s.span(a, a + 1)) {
                if let Some(stem) = w.strip_suffix("-based") {
                    let stem_words = stem.split('-').count();
                    if stem_words == 1 && self.lx.firsts.get(stem).is_some_and(|&(_, h)| self.lx.places.at(h, |k| if k == a { Some(stem.as_bytes()) } else { None }, a).is_some()) {
                        out.push(Found::new(Span::new(t.start, t.start + stem.len()), EntityKind::Location));
                    }
                    return;
                }
            }
        }
        // Titles and courtesy words split the run.
        for p in a..b {
            if !self.cap(p) {
                continue;
            }
            let hon = self.s.at(&self.lx.honorifics, F_HONORIFICS, p).map(|(n, _)| n);
            let title = self.s.at(&self.lx.titles, F_TITLES, p).map(|(n, _)| n);
            let Some(n) = hon.or(title) else { continue };
            let q = p + n;
            if q >= b || !self.cap(q) {
                continue;
            }
            // A name follows, not the rest of a title-case headline
            // ("Mayor Unveils Plan To Rebuild Waterfront").
            // At most six words are looked at, so a run of any length costs
            // the same per title.
            let rest: Vec<&str> = self.words(q, b).take(6).collect();
            if rest.len() > 5 || rest.iter().any(|w| self.lx.not_names.contains(w) && !self.lx.particles.contains(w)) {
                continue;
            }
            let mut ts = p;
            if hon.is_none() {
                while ts > a && self.w(ts - 1).is_some_and(|w| self.lx.title_modifiers.contains(w)) && self.cap(ts - 1) {
                    ts -= 1;
                }
            }
            self.prefix(a, ts, out);
            if hon.is_none() {
                self.emit(out, ts, q, EntityKind::Title);
            }
            // After a title comes a person, even one named like a place
            // ("Senator Warren"); an organization only by its suffix.
            let rest = match self.strong(q, b) {
                Some(EntityKind::Location) | None => EntityKind::Person,
                Some(k) => k,
            };
            self.emit(out, q, b, rest);
            return;
        }
        if self.words(a, b).count() == 1 && !article {
            // Single words take no suffix reading: "Police", "Union".
        } else if let Some(k) = self.strong(a, b) {
            return self.emit(out, a, b, k);
        }
        // Strip the words grammar capitalizes ("The", "In", "Officials").
        let mut a2 = a;
        while a2 < b && self.w(a2).is_some_and(|w| self.lx.not_names.contains(w) || w == ".") {
            a2 += 1;
        }
        if a2 >= b {
            return;
        }
        if a2 > a {
            if let Some(k) = self.strong(a2, b) {
                return self.emit(out, a2, b, k);
            }
        }
        self.plain(a2, b, a2 == a && self.at_sentence_start(a), out);
    }

    /// The part of a run before a title: a place or organization
    /// ("Texas Gov."), or nothing (a nationality, "Ukrainian").
    fn prefix(&self, a: usize, b: usize, out: &mut Vec<Found>) {
        if a >= b {
            return;
        }
        if let Some(k) = self.strong(a, b) {
            self.emit(out, a, b, k);
        }
    }

    /// A run no suffix or list explains.
    fn plain(&self, a: usize, b: usize, sentence_start: bool, out: &mut Vec<Found>) {
        // Counted, not collected (see `strong`).
        let (mut count, mut first) = (0usize, "");
        for w in self.words(a, b) {
            if count == 0 {
                first = w;
            }
            count += 1;
        }
        let before = a.checked_sub(1).and_then(|k| self.w(k));
        let before2 = a.checked_sub(2).and_then(|k| self.w(k));
        let place_of = before == Some("of") && before2.is_some_and(|w| self.lx.place_of_cues.contains(w));
        if place_of {
            return self.emit(out, a, b, EntityKind::Location);
        }
        if count == 1 {
            let t = self.s.tok(a).copied();
            let w = first;
            if self.lx.not_names.contains(w) {
                return;
            }
            // A letter glued to digits is a code ("Q1", "G7"), no name.
            let next = self.s.tok(b).copied();
            if w.len() == 1 && next.is_some_and(|n| n.kind == TokenKind::Number && !n.space_before()) {
                return;
            }
            if t.is_some_and(|t| t.caps()) && (2..=5).contains(&w.len()) {
                return self.emit(out, a, b, EntityKind::Organization);
            }
            if !sentence_start && before.is_some_and(|p| self.lx.place_preps.contains(p)) && !self.cap(a.wrapping_sub(1)) {
                return self.emit(out, a, b, EntityKind::Location);
            }
            if let Some(span) = self.s.span(a, b) {
                let mut f = Found::new(span, EntityKind::Person);
                f.pending = true;
                out.push(f);
            }
            return;
        }
        if (2..=6).contains(&count) && self.words(a, b).all(|w| !self.lx.not_names.contains(w) || self.lx.particles.contains(w)) {
            // After "in", "near", "outside" a name is a place's ("in Santa Clara").
            let kind = match before {
                Some("in" | "near" | "outside") => EntityKind::Location,
                _ => EntityKind::Person,
            };
            self.emit(out, a, b, kind);
        }
    }
}
