//! Entities: the people, organizations and places the text names, the
//! titles that qualify people, named documents and events.
//!
//! Each language has its own scanner (`vi`, `en`) because the languages
//! mark names differently: Vietnamese capitalizes every syllable of a
//! person's or place's name but only the first of each part of an
//! organization's, and leans on cue words ("ông", "tỉnh", "Sở"); English
//! capitalizes whole names and leans on suffixes ("Inc.", "University")
//! and titles ("Mayor"). Both read a sentence's tokens once, left to
//! right, with hash lookups into the tables of src/lang, so the cost is
//! linear in the text.
//!
//! `link` then works on the whole article: a title is tied to the person
//! it qualifies, a later short mention ("ông Dân", "Park") to the full one,
//! and every mention of one name gets the kind of its first.

mod en;
pub mod lexicon;
mod link;
pub mod model;
mod tokens;
mod vi;

pub use model::{Entity, EntityKind};

use crate::lang::Lang;
use crate::span::Span;
use crate::text::Document;
use lexicon::Lexicon;
use tokens::Sentence;

/// An entity as a scanner finds it, before linking.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub span: Span,
    pub kind: EntityKind,
    pub expansion: Option<String>,
    /// The abbreviation stands for the name at this span ("... (WHO)").
    pub expansion_of: Option<Span>,
    /// A lone capitalized word kept only if the article names it in full
    /// elsewhere ("Park" after "Linda Park").
    pub pending: bool,
}

impl Found {
    pub fn new(span: Span, kind: EntityKind) -> Found {
        Found { span, kind, expansion: None, expansion_of: None, pending: false }
    }
}

/// All entities of the document, in text order, non-overlapping.
#[inline(never)]
pub fn recognize(doc: &Document) -> Vec<Entity> {
    let lx = Lexicon::get(doc.lang);
    let mut found = Vec::new();
    let mut sent = Sentence::default();
    for &span in &doc.sentences {
        sent.fill(doc, span, lx);
        match doc.lang {
            Lang::Vi => vi::Vi { s: &sent, lx, text: doc.text() }.scan(&mut found),
            Lang::En => en::En { s: &sent, lx }.scan(&mut found),
        }
    }
    link::link(doc, crate::span::one_layer(found, |f| f.span))
}

