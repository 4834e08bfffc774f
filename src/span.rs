//! Where something is in the matching text.

/// A byte range `[start, end)` in the document's matching text (see
/// [`crate::text::Document`]). Spans never cross a char boundary. The report
/// converts them to UTF-16 offsets in the caller's original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    pub fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// Keep what a recognizer found in text order and without overlaps or
/// empty spans: of two that overlap, the earlier wins, then the longer.
/// Figures and entities each form one layer of non-overlapping marks.
pub fn one_layer<T>(mut found: Vec<T>, span: impl Fn(&T) -> Span) -> Vec<T> {
    found.sort_by_key(|f| (span(f).start, std::cmp::Reverse(span(f).end)));
    let mut out: Vec<T> = Vec::with_capacity(found.len());
    for f in found {
        if span(&f).is_empty() {
            continue;
        }
        match out.last() {
            Some(last) if span(last).overlaps(span(&f)) => {}
            _ => out.push(f),
        }
    }
    out
}
