//! Figures: every quantity the text states, with its value.
//!
//! Recognition is a single left-to-right scan for numerals (digits or
//! number words); each numeral is then widened by what surrounds it (a
//! percent sign, a scale word, a currency, a date pattern) into the figure
//! it is part of.

pub mod datetime;
pub mod model;

pub use model::{Bound, Figure, Kind, Quantity, TimeUnit};

use crate::lang::Lang;
use crate::span::Span;
use crate::text::{Document, TokenKind};

/// Parse a digit numeral in the article's style: in Vietnamese "." groups
/// thousands and "," marks decimals; in English the reverse.
pub fn parse_digits(s: &str, lang: Lang) -> Option<(f64, u8)> {
    let (group, decimal) = match lang {
        Lang::Vi => ('.', ','),
        Lang::En => (',', '.'),
    };
    let mut int = String::new();
    let mut frac = String::new();
    let mut seen_decimal = false;
    for c in s.chars() {
        if c.is_ascii_digit() {
            if seen_decimal { frac.push(c) } else { int.push(c) }
        } else if c == decimal && !seen_decimal {
            seen_decimal = true;
        } else if c != group {
            return None;
        }
    }
    let text = if frac.is_empty() { int } else { format!("{int}.{frac}") };
    text.parse().ok().map(|v| (v, frac.len().min(255) as u8))
}

/// All figures of the document, in text order, non-overlapping.
pub fn recognize(doc: &Document) -> Vec<Figure> {
    let text = doc.text();
    let mut out = Vec::new();
    let whole = Span::new(0, text.len());
    let mut toks = doc.tokens(whole).peekable();
    while let Some(tok) = toks.next() {
        if tok.kind != TokenKind::Number {
            continue;
        }
        let Some((value, decimals)) = parse_digits(doc.slice(tok.span), doc.lang) else {
            continue;
        };
        let percent = toks.peek().filter(|n| n.span.start == tok.span.end && doc.slice(n.span) == "%").copied();
        let figure = match percent {
            Some(p) => {
                toks.next();
                Figure::new(tok.span.cover(p.span), Quantity::Percent { value, decimals })
            }
            None => Figure::new(tok.span, Quantity::Number { value, decimals }),
        };
        out.push(figure);
    }
    out
}
