//! A sentence's tokens as the recognizers see them: span, lowercase text
//! and the few facts about case that names depend on.
//!
//! Lowercase text goes into one buffer reused for every sentence, so a
//! token costs no allocation.

use super::lexicon::{Lexicon, Phrases};
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
    /// The tables with a phrase starting with this word (`lexicon::F_*`).
    pub flags: u32,
}

impl Tok {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
}

/// (uppercase, lowercase, the lowercase form) of a letter. The Latin
/// blocks Vietnamese and English use are answered by arithmetic: this is
/// the hottest loop of the entity pass. `None` for the form means "ask
/// the Unicode tables".
fn case_of(c: char) -> (bool, bool, Option<char>) {
    let n = c as u32;
    let alternating = |n: u32| {
        let up = n % 2 == 0;
        (up, !up, char::from_u32(if up { n + 1 } else { n }))
    };
    match n {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => (true, false, char::from_u32(n + 0x20)),
        0x61..=0x7A | 0xDF..=0xF6 | 0xF8..=0xFF => (false, true, Some(c)),
        0x100..=0x12F | 0x132..=0x137 | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF => alternating(n),
        0x1A0 | 0x1AF => (true, false, char::from_u32(n + 1)),
        0x1A1 | 0x1B0 => (false, true, Some(c)),
        0..=0x7F => (false, false, Some(c)),
        _ => {
            let up = c.is_uppercase();
            let lo = !up && c.is_lowercase();
            (up, lo, if lo { Some(c) } else { None })
        }
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
    pub fn fill(&mut self, doc: &Document, span: Span, lx: &Lexicon) {
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
        for k in 0..self.toks.len() {
            let lo = self.toks[k].lo;
            let flags = self.low.get(lo.0..lo.1).and_then(|w| lx.firsts.get(w)).copied().unwrap_or(0);
            self.toks[k].flags = flags;
        }
    }

    fn push(&mut self, text: &str, span: Span, kind: TokenKind, space_before: bool) {
        let s = text.get(span.start..span.end).unwrap_or("");
        let a = self.low.len();
        let (mut cap, mut caps, mut camel) = (false, false, false);
        if kind != TokenKind::Word {
            self.low.push_str(s);
        } else if s.is_ascii() {
            // The common case, without Unicode tables.
            let b = s.as_bytes();
            cap = b.first().is_some_and(u8::is_ascii_uppercase);
            let (mut upper, mut lower, mut prev_lower) = (0usize, 0usize, false);
            for &c in b {
                let up = c.is_ascii_uppercase();
                camel |= up && prev_lower;
                prev_lower = c.is_ascii_lowercase();
                upper += up as usize;
                lower += prev_lower as usize;
            }
            caps = upper >= 2 && lower == 0;
            self.low.push_str(s);
            if let Some(tail) = self.low.get_mut(a..) {
                tail.make_ascii_lowercase();
            }
        } else {
            let (mut upper, mut lower) = (0usize, 0usize);
            let mut prev_lower = false;
            for (k, c) in s.chars().enumerate() {
                let (up, lo, lower_form) = case_of(c);
                if k == 0 {
                    cap = up;
                }
                if up && prev_lower {
                    camel = true;
                }
                upper += up as usize;
                lower += lo as usize;
                prev_lower = lo;
                match lower_form {
                    Some(l) => self.low.push(l),
                    None => self.low.extend(c.to_lowercase()),
                }
            }
            caps = upper >= 2 && lower == 0;
        }
        self.toks.push(Tok { span, kind, lo: (a, self.low.len()), cap, caps, camel, space_before, flags: 0 });
    }

    /// The longest phrase of `table` starting at token `i`, asked only when
    /// the token's flags say the table has one starting with its word.
    pub fn at<'p, T: Clone>(&self, table: &'p Phrases<T>, bit: u32, i: usize) -> Option<(usize, &'p T)> {
        if self.toks.get(i)?.flags & bit == 0 {
            return None;
        }
        table.at(|k| self.low(k), i)
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

#[cfg(test)]
mod tests {
    use super::case_of;

    /// The arithmetic agrees with the Unicode tables on the blocks it answers.
    #[test]
    fn latin_case_matches_std() {
        let blocks = [0x20u32..0x250, 0x1E00..0x1F00];
        for c in blocks.into_iter().flatten().filter_map(char::from_u32) {
            let (up, lo, lower_form) = case_of(c);
            assert_eq!(up, c.is_uppercase(), "{c:?} upper");
            assert_eq!(lo, c.is_lowercase(), "{c:?} lower");
            if let Some(l) = lower_form {
                assert_eq!(c.to_lowercase().collect::<String>(), l.to_string(), "{c:?} lowercase");
            }
        }
    }
}
