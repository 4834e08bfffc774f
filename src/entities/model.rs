//! What an entity is: a named person, organization, place, title, document
//! or event, and its links to other mentions.

use crate::span::Span;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub span: Span,
    pub kind: EntityKind,
    /// For a title: the index of the person it qualifies.
    pub of: Option<usize>,
    /// For a later short mention: the index of the full mention.
    pub same_as: Option<usize>,
    /// For an abbreviation: its expansion, from the article or a known list.
    pub expansion: Option<String>,
}

impl Entity {
    pub fn new(span: Span, kind: EntityKind) -> Entity {
        Entity { span, kind, of: None, same_as: None, expansion: None }
    }
}

/// The entity kinds of the v1 contract (see docs/report-v1.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EntityKind {
    Person,
    Organization,
    Location,
    Title,
    Document,
    Event,
}
