//! Links between mentions, over the whole article: titles to their person,
//! later mentions to the first full one, one kind per name.
//!
//! Everything is keyed by a mention's text (or its last word, for people),
//! so linking is one pass with hash maps, not a comparison of all pairs.

use super::{Entity, EntityKind, Found};
use crate::table::WordHashMap;
use crate::text::Document;

/// Only spaces between two spans.
fn adjacent(doc: &Document, a: usize, b: usize) -> bool {
    a <= b && doc.text().get(a..b).is_some_and(|g| g.chars().all(char::is_whitespace))
}

/// A comma (and spaces) between two spans: "Mai Thanh Dân, Ủy viên ...".
fn comma_between(doc: &Document, a: usize, b: usize) -> bool {
    a <= b && doc.text().get(a..b).is_some_and(|g| g.trim() == "," || g.trim() == "và" || g.trim() == "and")
}

fn last_word(s: &str) -> &str {
    s.rsplit(' ').next().unwrap_or(s)
}

/// Once an article, after the scans; a function of its own rather than
/// a part of `recognize` (see `Sentence::fill`).
#[inline(never)]
pub(crate) fn link(doc: &Document, found: Vec<Found>) -> Vec<Entity> {
    // Pending lone words survive only when the article names them in full.
    // The maps are keyed by names, hashed eight bytes a step
    // (`table::WordHasher`) rather than one (FNV), and sized for every
    // mention at once rather than grown as they fill.
    let n = found.len();
    let mut full_people: WordHashMap<&str, ()> = WordHashMap::with_capacity_and_hasher(n, Default::default());
    let mut names: WordHashMap<&str, EntityKind> = WordHashMap::with_capacity_and_hasher(n, Default::default());
    for f in found.iter().filter(|f| !f.pending) {
        let t = doc.slice(f.span);
        if f.kind == EntityKind::Person && t.contains(' ') {
            full_people.insert(last_word(t), ());
        }
        if f.kind != EntityKind::Title {
            names.entry(t).or_insert(f.kind);
        }
    }
    let found: Vec<Found> = found
        .into_iter()
        .filter_map(|mut f| {
            let t = doc.slice(f.span);
            // A one-word place that is the surname of someone the article
            // names ("Jackson" after "Michael Jackson") is that person.
            if f.kind == EntityKind::Location && !t.contains(' ') && full_people.contains_key(t) {
                f.kind = EntityKind::Person;
                return Some(f);
            }
            if !f.pending {
                return Some(f);
            }
            if full_people.contains_key(t) {
                f.kind = EntityKind::Person;
                Some(f)
            } else if let Some(k) = names.get(t) {
                f.kind = *k;
                Some(f)
            } else {
                None
            }
        })
        .collect();

    let mut out: Vec<Entity> = Vec::with_capacity(found.len());
    let mut first_by_text: WordHashMap<&str, usize> = WordHashMap::with_capacity_and_hasher(found.len(), Default::default());
    let mut first_by_last: WordHashMap<&str, usize> = WordHashMap::with_capacity_and_hasher(found.len(), Default::default());
    for (i, f) in found.iter().enumerate() {
        let text = doc.slice(f.span);
        let mut e = Entity::new(f.span, f.kind);
        e.expansion = f.expansion.clone().or_else(|| f.expansion_of.map(|s| doc.slice(s).to_string()));
        if f.kind != EntityKind::Title {
            if let Some(&j) = first_by_text.get(text) {
                e.same_as = Some(out[j].same_as.unwrap_or(j));
                e.kind = out[j].kind;
                if e.expansion.is_none() {
                    e.expansion = out[j].expansion.clone();
                }
            } else if f.kind == EntityKind::Person && !text.contains(' ') {
                if let Some(&j) = first_by_last.get(text) {
                    e.same_as = Some(j);
                }
            }
            first_by_text.entry(text).or_insert(i);
            if f.kind == EntityKind::Person && text.contains(' ') {
                first_by_last.entry(last_word(text)).or_insert(i);
            }
        }
        out.push(e);
    }

    // Titles: "Mayor Linda Park", "Mai Thanh Dân, Trưởng Ban ...", and a
    // second title after a first ("..., Ủy viên Ban Thường vụ, Trưởng Ban ...").
    for i in 0..out.len() {
        if out[i].kind != EntityKind::Title {
            continue;
        }
        let span = out[i].span;
        if let Some(next) = out.get(i + 1) {
            if next.kind == EntityKind::Person && adjacent(doc, span.end, next.span.start) {
                out[i].of = Some(i + 1);
                continue;
            }
        }
        if let Some(prev) = i.checked_sub(1).and_then(|p| out.get(p)) {
            if comma_between(doc, prev.span.end, span.start) {
                let of = match prev.kind {
                    EntityKind::Person => Some(i - 1),
                    EntityKind::Title => prev.of,
                    _ => None,
                };
                out[i].of = of;
            }
        }
    }
    out
}
