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
    // In place: recognizers emit nearly in order, and for a large input a
    // second vector (or a sort's scratch space) of every figure is what
    // decides the peak memory of the whole analysis.
    let key = |f: &T| (span(f).start, std::cmp::Reverse(span(f).end));
    if !found.is_sorted_by_key(key) {
        found.sort_by_key(key);
    }
    let mut last: Option<Span> = None;
    found.retain(|f| {
        let s = span(f);
        let keep = !s.is_empty() && !last.is_some_and(|l| l.overlaps(s));
        if keep {
            last = Some(s);
        }
        keep
    });
    found
}
