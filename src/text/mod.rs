//! The text layer: the caller's text, the matching text, sentences and the
//! language — everything later stages read, computed once.

pub mod detect;
pub mod normalize;
pub mod segment;
pub mod utf16;

use crate::lang::Lang;
use crate::span::Span;
pub use normalize::Normalized;
pub use segment::{Token, TokenKind};

/// A document ready for analysis.
///
/// Recognizers read `text()` (the matching text: NFC, plain spaces, ASCII
/// digits) and report byte spans in it; only the report maps them back to
/// the caller's string.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    pub original: &'a str,
    pub normalized: Normalized<'a>,
    pub lang: Lang,
    /// Sentence spans in the matching text, in order, non-overlapping.
    pub sentences: Vec<Span>,
}

impl<'a> Document<'a> {
    /// Its three steps are functions of their own, each run once: inlined
    /// together they made one 13 KB WASM function, which a browser's
    /// optimizing compiler takes longer over than three smaller ones.
    #[inline(never)]
    pub fn new(original: &'a str, lang: Option<Lang>) -> Self {
        let normalized = Normalized::new(original);
        let lang = lang.unwrap_or_else(|| detect::detect(&normalized.text));
        let sentences = segment::sentences(&normalized.text);
        Document { original, normalized, lang, sentences }
    }

    /// The matching text that spans refer to.
    pub fn text(&self) -> &str {
        &self.normalized.text
    }

    /// The matching text of a span.
    pub fn slice(&self, span: Span) -> &str {
        self.text().get(span.start..span.end).unwrap_or("")
    }

    /// Index of the sentence that contains byte `pos` (or the one just
    /// before it, for positions between sentences).
    pub fn sentence_of(&self, pos: usize) -> usize {
        self.sentences.partition_point(|s| s.start <= pos).saturating_sub(1)
    }

    /// Tokens of a span of the matching text.
    pub fn tokens(&self, span: Span) -> segment::Tokens<'_> {
        segment::tokens(self.text(), span)
    }

    /// The original text's byte range for a span of the matching text.
    pub fn original_range(&self, span: Span) -> (usize, usize) {
        (self.normalized.orig_start(span.start), self.normalized.orig_end(span.end))
    }
}
