//! What a check is: a claim the article makes about its own numbers,
//! recomputed, with a verdict.

use serde::Serialize;

/// The verdicts of the v1 contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Consistent,
    Inconsistent,
    /// Looks like a claim, but the text lacks what is needed to check it.
    Unverifiable,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    /// The rule's name, e.g. "ratio-percent" (stable, part of the contract).
    pub rule: &'static str,
    pub status: Status,
    /// Indices into the figure list, in the order the claim reads.
    pub figures: Vec<usize>,
    /// The recomputed value, in the unit of `stated`.
    pub expected: Option<f64>,
    /// The value the text states.
    pub stated: Option<f64>,
    /// One sentence in the article's language, in its number style.
    pub message: String,
}
