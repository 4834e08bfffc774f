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
pub fn recognize(doc: &Document) -> Vec<Figure> {
    let mut dates = datetime::recognize_dates(doc);
    dates.sort_by_key(|f| (f.span.start, std::cmp::Reverse(f.span.end)));
    let mut out = Vec::new();
    let mut scanner = scan::Scanner::new(doc);
    let mut d0 = 0;
    for &sent in &doc.sentences {
        while d0 < dates.len() && dates[d0].span.end <= sent.start {
            // A date outside every sentence (between them): keep it.
            out.push(dates[d0].clone());
            d0 += 1;
        }
        let mut d1 = d0;
        while d1 < dates.len() && dates[d1].span.start < sent.end {
            d1 += 1;
        }
        scanner.sentence(sent, dates.get(d0..d1).unwrap_or(&[]), &mut out);
        d0 = d1;
    }
    out.extend(dates.get(d0..).unwrap_or(&[]).iter().cloned());
    crate::span::one_layer(out, |f| f.span)
}

