//! Checks: the article's claims about its own numbers, recomputed.
//!
//! Each rule is one small type implementing [`Rule`], in a file of its own
//! with its tests beside it, and registered in [`rules`].

pub mod model;

pub use model::{Check, Status};

use crate::figures::Figure;
use crate::text::Document;

/// What a rule sees: the document and its figures.
pub struct Context<'d, 'a> {
    pub doc: &'d Document<'a>,
    pub figures: &'d [Figure],
}

/// One consistency rule.
pub trait Rule {
    /// The rule's stable name in the report ("ratio-percent", …).
    fn name(&self) -> &'static str;
    /// Find this rule's claims in the document and push a check for each.
    fn check(&self, cx: &Context, out: &mut Vec<Check>);
}

/// Every rule, in the order their checks appear in the report.
pub fn rules() -> Vec<Box<dyn Rule>> {
    Vec::new()
}

/// Run every rule.
pub fn run(doc: &Document, figures: &[Figure]) -> Vec<Check> {
    let cx = Context { doc, figures };
    let mut out = Vec::new();
    for rule in rules() {
        rule.check(&cx, &mut out);
    }
    out
}
