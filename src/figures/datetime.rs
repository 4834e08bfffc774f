//! Dates and times.

use super::Figure;
use crate::text::Document;

/// Dates and times of the document, in text order, non-overlapping.
pub fn recognize_dates(_doc: &Document) -> Vec<Figure> {
    Vec::new()
}
