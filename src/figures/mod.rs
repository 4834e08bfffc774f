//! Figures: every quantity the text states, with its value.
//!
//! Recognition is a single left-to-right scan per sentence (see `scan`):
//! numerals in digits or words are widened by what surrounds them (a
//! percent sign, a scale word, a currency, a unit of time) into the figure
//! they are part of, and neighbours the text joins become ranges and
//! ratios. Dates and times come from `datetime`, first; their spans are
//! taken, so "12/6/2018" never yields the ratio 12/6.
//!
//! Values are exact: numerals are assembled as decimal mantissa and
//! exponent (`decimal`) and converted to f64 once.

mod case;
pub mod datetime;
pub mod decimal;
pub mod digits;
pub mod lexicon;
pub mod model;
mod scan;
pub mod words;

pub use model::{Bound, Figure, Kind, Quantity, TimeUnit};

use crate::lang::Lang;
use crate::text::Document;

/// Parse a digit numeral in the article's style: in Vietnamese "." groups
/// thousands and "," marks decimals; in English the reverse. Returns the
/// value and the number of decimals written.
pub fn parse_digits(s: &str, lang: Lang) -> Option<(f64, u8)> {
    digits::parse(s, lang).map(|d| (d.value.to_f64(), d.decimals))
}

/// All figures of the document, in text order, non-overlapping.
#[inline(never)]
pub fn recognize(doc: &Document) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut scanner = scan::Scanner::new(doc);
    // One token pass per sentence, shared by the date recognizer and the
    // scanner: the scanner's `load` lowercases and looks up each token
    // once, and the date recognizer reads its lowercase words. The
    // buffers are reused from sentence to sentence. The three steps are
    // out of line: in WASM the optimizer would otherwise inline them all
    // into this loop, one function V8 takes long to compile before it
    // runs at full speed; three of a third the size tier up sooner.
    let mut dates = Vec::new();
    for &sent in &doc.sentences {
        scanner.load(sent);
        dates.clear();
        // Sentences do not overlap and a date lies inside its sentence's
        // tokens, so sorting each sentence's dates sorts them all.
        datetime::sentence_dates(doc, sent, scanner.lower(), scanner.has_digit(), &mut dates);
        dates.sort_by_key(|f: &Figure| (f.span.start, std::cmp::Reverse(f.span.end)));
        scanner.sentence(&mut dates, &mut out);
    }
    crate::span::one_layer(out, |f| f.span)
}
