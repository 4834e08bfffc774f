//! A sentence's tokens as the recognizers see them: span, lowercase text
//! and the few facts about case that names depend on.
//!
//! Lowercase text goes into one buffer reused for every sentence, so a
//! token costs no allocation.

use crate::span::Span;
use crate::text::{Document, TokenKind};

#[derive(Debug, Clone, Copy)]
pub struct Tok {
    pub span: Span,
    pub kind: TokenKind,
    /// Range of the lowercase text in the buffer.
    lo: (usize, usize),
    /// Starts with an uppercase letter.
    pub cap: bool,
    /// Two or more letters, all uppercase ("UBND", "WHO").
    pub caps: bool,
    /// An uppercase letter after a lowercase one ("VinFast").
    pub camel: bool,
    /// Whitespace before this token.
    pub space_before: bool,
}

impl Tok {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
}

#[derive(Default)]
pub struct Sentence {
    pub toks: Vec<Tok>,
    low: String,
    pub start: usize,
}

impl Sentence {
    /// Cut `span` of the document into tokens. A possessive "'s" is split
    /// off a word so that "Boeing's" names "Boeing".
    pub fn fill(&mut self, doc: &Document, span: Span) {
        self.toks.clear();
        self.low.clear();
        self.start = span.start;
        let text = doc.text();
        let mut prev_end = span.start;
        for t in doc.tokens(span) {
            let s = text.get(t.span.start..t.span.end).unwrap_or("");
            let space_before = t.span.start > prev_end || self.toks.is_empty();
            prev_end = t.span.end;
            let mut core = t.span;
            let mut poss = None;
            if t.kind == TokenKind::Word {
                for suf in ["'s", "’s", "'S"] {
                    if s.len() > suf.len() + 1 && s.ends_with(suf) {
                        core = Span::new(t.span.start, t.span.end - suf.len());
                        poss = Some(Span::new(core.end, t.span.end));
                    }
                }
            }
            self.push(text, core, t.kind, space_before);
            if let Some(p) = poss {
                self.push(text, p, TokenKind::Punct, false);
            }
        }
    }

    fn push(&mut self, text: &str, span: Span, kind: TokenKind, space_before: bool) {
        let s = text.get(span.start..span.end).unwrap_or("");
        let a = self.low.len();
        let mut cap = false;
        let mut upper = 0usize;
        let mut letters = 0usize;
        let mut camel = false;
        let mut prev_lower = false;
        for (k, c) in s.chars().enumerate() {
            if c.is_alphabetic() {
                letters += 1;
                let up = c.is_uppercase();
                if k == 0 && up {
                    cap = true;
                }
                if up {
                    upper += 1;
                    if prev_lower {
                        camel = true;
                    }
                }
                prev_lower = c.is_lowercase();
            }
            if c.is_ascii() {
                self.low.push(c.to_ascii_lowercase());
            } else {
                self.low.extend(c.to_lowercase());
            }
        }
        let caps = letters >= 2 && upper == letters;
        self.toks.push(Tok { span, kind, lo: (a, self.low.len()), cap, caps, camel, space_before });
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The lowercase text of token `i`.
    pub fn low(&self, i: usize) -> Option<&str> {
        let t = self.toks.get(i)?;
        self.low.get(t.lo.0..t.lo.1)
    }

    pub fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }

    pub fn cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.cap && t.is_word())
    }

    pub fn is(&self, i: usize, w: &str) -> bool {
        self.low(i) == Some(w)
    }

    /// The span from token `a` to the end of token `b - 1`.
    pub fn span(&self, a: usize, b: usize) -> Option<Span> {
        let s = self.toks.get(a)?.span.start;
        let e = self.toks.get(b.checked_sub(1)?)?.span.end;
        (b > a).then(|| Span::new(s, e))
    }
}
