//! The report, contract version 1: what the CLI prints, what the WASM export
//! returns, what the page shows. See docs/report-v1.md.
//!
//! Internally everything points at things by index and at text by byte
//! span in the matching text. Here, at the very end, indices become ids
//! ("f7") and spans become UTF-16 offsets into the caller's own string, so
//! that `text.slice(start, end) === span.text` holds in JavaScript.
//!
//! The report keeps the figures, entities and checks the stages made and
//! only a small [`Place`] per span beside them; ids, span texts (slices of
//! the caller's string) and the other fields of the contract are made on
//! the fly, item by item, when the report is read or written. A second,
//! report-shaped copy of every figure was most of the peak memory of a
//! large input. The compact JSON is written by hand (`json.rs`), several
//! times faster than through serde; serde (for pretty JSON and the JS
//! objects of the WASM export) sees the same item views, and a test holds
//! the two writers to the same bytes.

mod flat;
mod json;

use crate::checks::{Check, Status};
use crate::entities::{Entity, EntityKind};
use crate::figures::{Figure, Quantity};
use crate::lang::Lang;
use crate::span::Span;
use crate::text::utf16::Utf16Index;
use crate::text::Document;
use serde::ser::SerializeStruct;
use serde::Serialize;

pub const VERSION: u32 = 1;

/// The report of one analysis. Its lists are read with `iter()`, which
/// gives each item as the contract shows it ([`FigureOut`], [`EntityOut`],
/// [`CheckOut`]).
#[derive(Debug, Clone)]
pub struct Report<'a> {
    pub version: u32,
    pub language: Lang,
    pub entities: Entities<'a>,
    pub figures: Figures<'a>,
    pub checks: Checks,
}

/// Where a span is in the caller's string: its byte range (for its text)
/// and its UTF-16 offsets (for `start` and `end`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Place {
    from: u32,
    to: u32,
    start: u32,
    end: u32,
}

impl Place {
    fn text<'a>(&self, original: &'a str) -> &'a str {
        original.get(self.from as usize..self.to as usize).unwrap_or("")
    }
}

/// The figures of a report, each with its place in the caller's string.
#[derive(Debug, Clone)]
pub struct Figures<'a> {
    original: &'a str,
    items: Vec<Figure>,
    places: Vec<Place>,
}

/// The entities of a report, each with its place in the caller's string.
#[derive(Debug, Clone)]
pub struct Entities<'a> {
    original: &'a str,
    items: Vec<Entity>,
    places: Vec<Place>,
}

/// The checks of a report.
#[derive(Debug, Clone)]
pub struct Checks {
    items: Vec<Check>,
}

/// A figure as the report shows it.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct FigureOut<'r> {
    pub id: Id,
    #[serde(flatten)]
    pub quantity: &'r Quantity,
    pub text: &'r str,
    pub start: u32,
    pub end: u32,
    /// The counted noun. Left out for durations, whose own `unit` (year,
    /// month, …) is part of the quantity.
    #[serde(rename = "unit", skip_serializing_if = "Option::is_none")]
    pub counted: Option<Option<&'r str>>,
    pub approximate: bool,
}

/// An entity as the report shows it.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct EntityOut<'r> {
    pub id: Id,
    pub kind: EntityKind,
    pub text: &'r str,
    pub start: u32,
    pub end: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub of: Option<Id>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub same_as: Option<Id>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expansion: Option<&'r str>,
}

/// A check as the report shows it.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct CheckOut<'r> {
    pub id: Id,
    pub rule: &'static str,
    pub status: Status,
    pub figures: FigureIds<'r>,
    pub expected: Option<f64>,
    pub stated: Option<f64>,
    pub message: &'r str,
}

/// The figures a check names, as ids, in the order the claim reads.
#[derive(Debug, Clone, Copy)]
pub struct FigureIds<'r>(&'r [usize]);

impl<'r> FigureIds<'r> {
    pub fn iter(&self) -> impl ExactSizeIterator<Item = Id> + 'r {
        self.0.iter().map(|&i| figure_id(i))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for FigureIds<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'a> Figures<'a> {
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn get(&self, i: usize) -> Option<FigureOut<'_>> {
        Some(self.out(i, self.items.get(i)?, self.places.get(i)?))
    }

    pub fn iter(&self) -> impl ExactSizeIterator<Item = FigureOut<'_>> + '_ {
        self.items.iter().zip(&self.places).enumerate().map(|(i, (f, p))| self.out(i, f, p))
    }

    fn out<'r>(&'r self, i: usize, f: &'r Figure, p: &Place) -> FigureOut<'r> {
        FigureOut {
            id: figure_id(i),
            quantity: &f.quantity,
            text: p.text(self.original),
            start: p.start,
            end: p.end,
            counted: match f.quantity {
                Quantity::Duration { .. } => None,
                _ => Some(f.unit.as_deref()),
            },
            approximate: f.approximate,
        }
    }
}

impl<'a> Entities<'a> {
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn get(&self, i: usize) -> Option<EntityOut<'_>> {
        Some(self.out(i, self.items.get(i)?, self.places.get(i)?))
    }

    pub fn iter(&self) -> impl ExactSizeIterator<Item = EntityOut<'_>> + '_ {
        self.items.iter().zip(&self.places).enumerate().map(|(i, (e, p))| self.out(i, e, p))
    }

    fn out<'r>(&'r self, i: usize, e: &'r Entity, p: &Place) -> EntityOut<'r> {
        EntityOut {
            id: entity_id(i),
            kind: e.kind,
            text: p.text(self.original),
            start: p.start,
            end: p.end,
            of: e.of.map(entity_id),
            same_as: e.same_as.map(entity_id),
            expansion: e.expansion.as_deref(),
        }
    }
}

impl Checks {
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn get(&self, i: usize) -> Option<CheckOut<'_>> {
        Some(Self::out(i, self.items.get(i)?))
    }

    pub fn iter(&self) -> impl ExactSizeIterator<Item = CheckOut<'_>> + '_ {
        self.items.iter().enumerate().map(|(i, c)| Self::out(i, c))
    }

    fn out(i: usize, c: &Check) -> CheckOut<'_> {
        CheckOut {
            id: Id::new(b'c', i),
            rule: c.rule,
            status: c.status,
            figures: FigureIds(&c.figures),
            expected: c.expected,
            stated: c.stated,
            message: &c.message,
        }
    }
}

impl Serialize for Figures<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl Serialize for Entities<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl Serialize for Checks {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl Serialize for Report<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut r = s.serialize_struct("Report", 5)?;
        r.serialize_field("version", &self.version)?;
        r.serialize_field("language", &self.language)?;
        r.serialize_field("entities", &self.entities)?;
        r.serialize_field("figures", &self.figures)?;
        r.serialize_field("checks", &self.checks)?;
        r.end()
    }
}

/// An id of the report ("f7" for figure index 6, "e2", "c1"), kept as its
/// prefix and number and written out only when the report is serialized.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Id {
    prefix: u8,
    number: u32,
}

impl Id {
    /// The id of the item at `index` (0-based) of the list `prefix` names.
    pub fn new(prefix: u8, index: usize) -> Id {
        Id { prefix, number: u32::try_from(index + 1).unwrap_or(u32::MAX) }
    }

    /// The id's text, written into `buf` without the formatting machinery.
    fn write<'b>(&self, buf: &'b mut [u8; 11]) -> &'b str {
        let mut n = self.number;
        let mut at = buf.len();
        loop {
            at -= 1;
            buf[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        at -= 1;
        buf[at] = if self.prefix.is_ascii() { self.prefix } else { b'?' };
        std::str::from_utf8(&buf[at..]).unwrap_or("")
    }
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.write(&mut [0; 11]))
    }
}

impl Serialize for Id {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.write(&mut [0; 11]))
    }
}

fn figure_id(i: usize) -> Id {
    Id::new(b'f', i)
}

fn entity_id(i: usize) -> Id {
    Id::new(b'e', i)
}

/// UTF-16 units of a run of UTF-8 bytes: one per char, two for a char
/// outside the BMP (its 4-byte lead is >= 0xF0). Additive over runs, so
/// offsets can be counted from any earlier offset.
/// Eight bytes at a time: a continuation byte is 10xxxxxx (bit 7 set, bit
/// 6 clear), a 4-byte lead 11110xxx (bits 7 to 4 set); each test leaves
/// bit 7 of each byte, and the bits are counted.
pub(crate) fn utf16_units(bytes: &[u8]) -> u32 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut units = 0;
    for chunk in &mut chunks {
        let Ok(word) = <[u8; 8]>::try_from(chunk) else { continue };
        let x = u64::from_le_bytes(word);
        let continuation = x & !(x << 1) & HIGH;
        let four = x & (x << 1) & (x << 2) & (x << 3) & HIGH;
        // Bytes of 0 or 1 summed by a multiply (no popcount instruction in
        // the baseline x86-64 target): 8 - continuation bytes + 4-byte leads.
        let sum = |m: u64| ((m >> 7).wrapping_mul(0x0101_0101_0101_0101) >> 56) as u32;
        units += 8 - sum(continuation) + sum(four);
    }
    units + chunks.remainder().iter().map(|&b| ((b & 0xC0) != 0x80) as u32 + (b >= 0xF0) as u32).sum::<u32>()
}

/// A byte offset as the report keeps it. The input limit is far below
/// `u32::MAX`; a larger offset (a caller that skipped the limit) saturates,
/// and its text slices to "".
fn offset(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Maps spans of the matching text to places in the caller's text.
///
/// Figures and entities come in text order, and are taken together in
/// order of their starts, so their starts are mapped by a cursor that moves
/// forward (each byte counted once) and an end by counting from its own
/// start. A start before the cursor (not expected) is found with the block
/// index, and the cursor moves back there.
struct Locator<'d, 'a> {
    doc: &'d Document<'a>,
    /// The last start mapped: its byte offset and UTF-16 offset.
    cursor: (usize, u32),
    /// The end of the last span mapped, likewise.
    last_end: (usize, u32),
    utf16: Option<Utf16Index<'a>>,
}

impl<'d, 'a> Locator<'d, 'a> {
    fn new(doc: &'d Document<'a>) -> Self {
        Locator { doc, cursor: (0, 0), last_end: (0, 0), utf16: None }
    }

    fn locate(&mut self, span: Span) -> Place {
        let original = self.doc.original;
        let bytes = original.as_bytes();
        let (s, e) = self.doc.original_range(span);
        let (from, to) = match original.get(s..e) {
            Some(_) => (offset(s), offset(e)),
            None => (0, 0),
        };
        let (s, e) = (s.min(bytes.len()), e.min(bytes.len()));
        // From the last end when this span starts at or after it (spans
        // rarely overlap), so that no byte is counted twice.
        let (at, units) = if s >= self.last_end.0 { self.last_end } else { self.cursor };
        let start = if s >= at {
            let u = units + utf16_units(&bytes[at..s]);
            self.cursor = (s, u);
            u
        } else {
            let u = self.utf16.get_or_insert_with(|| Utf16Index::new(original)).at(s);
            self.cursor = (s, u);
            u
        };
        let end = if e >= s {
            let u = start + utf16_units(&bytes[s..e]);
            self.last_end = (e, u);
            u
        } else {
            self.utf16.get_or_insert_with(|| Utf16Index::new(original)).at(e)
        };
        Place { from, to, start, end }
    }
}

impl<'a> Report<'a> {
    #[inline(never)]
    pub fn build(doc: &Document<'a>, figures: Vec<Figure>, entities: Vec<Entity>, checks: Vec<Check>) -> Report<'a> {
        // Both lists in one walk over the text, in order of their starts
        // (each list is in text order).
        let mut loc = Locator::new(doc);
        let mut entity_places = Vec::with_capacity(entities.len());
        let mut figure_places = Vec::with_capacity(figures.len());
        let (mut i, mut j) = (0, 0);
        loop {
            match (entities.get(i), figures.get(j)) {
                (Some(e), Some(f)) if e.span.start <= f.span.start => {
                    entity_places.push(loc.locate(e.span));
                    i += 1;
                }
                (Some(e), None) => {
                    entity_places.push(loc.locate(e.span));
                    i += 1;
                }
                (_, Some(f)) => {
                    figure_places.push(loc.locate(f.span));
                    j += 1;
                }
                (None, None) => break,
            }
        }
        Report {
            version: VERSION,
            language: doc.lang,
            entities: Entities { original: doc.original, items: entities, places: entity_places },
            figures: Figures { original: doc.original, items: figures, places: figure_places },
            checks: Checks { items: checks },
        }
    }

    /// The report as JSON: compact (the contract's bytes, written by hand,
    /// see [`Report::write_json`]) or pretty (through serde).
    pub fn to_json(&self, pretty: bool) -> String {
        if !pretty {
            let mut out = String::with_capacity(json::size_hint(self));
            self.write_json(&mut out, usize::MAX, &mut |_| {});
            return out;
        }
        // Serializing plain structs of strings and finite numbers cannot
        // fail; should it ever, say so in JSON rather than panic.
        serde_json::to_string_pretty(self)
            .unwrap_or_else(|e| format!("{{\"error\":{{\"code\":\"serialize\",\"message\":{:?}}}}}", e.to_string()))
    }

    /// Append the compact JSON to `out`, the same bytes as
    /// `serde_json::to_string`. Whenever `out` has grown to `chunk` bytes
    /// or more, between two items, `drain` is given it to empty, so that a
    /// caller can pass a large report on piece by piece; every piece it
    /// sees ends on a whole character.
    pub fn write_json(&self, out: &mut String, chunk: usize, drain: &mut dyn FnMut(&mut String)) {
        json::write(self, out, chunk, drain);
    }

    /// The report's flat arrays (`crate::flat`), written by hand: exactly
    /// what `crate::flat::encode_in_pieces` gives for its `Serialize`,
    /// pieces and all. Pieces of about [`crate::flat::PIECE`] ops go to
    /// `flush` as they are written; what is left is returned.
    pub fn write_flat(&self, flush: &mut dyn FnMut(&crate::flat::Flat)) -> crate::flat::Flat {
        flat::encode(self, crate::flat::PIECE, Some(flush))
    }

    /// The report's flat arrays whole: what `crate::flat::encode` gives.
    pub fn to_flat(&self) -> crate::flat::Flat {
        flat::encode(self, crate::flat::PIECE, None)
    }
}

/// What the writers' tests share: one report with every kind of quantity,
/// bound, link and optional field, with awkward values (not finite, empty,
/// long, repeated short strings), for each writer to be held to serde's
/// output on.
#[cfg(test)]
pub(crate) mod fixtures {
    use super::Report;
    use crate::checks::{Check, Status};
    use crate::entities::{Entity, EntityKind};
    use crate::figures::{Bound, Figure, Kind, Quantity, TimeUnit};
    use crate::lang::Lang;
    use crate::span::Span;
    use crate::text::Document;

    /// Calls `f` with that report.
    pub fn every_shape(f: impl FnOnce(&Report)) {
            let text = "a \"b\" \\ c\td ế 😀 e\r\nf g h i j k l m n o p q r s t u v w x y z";
            let doc = Document::new(text, Some(Lang::En));
            let bounds: Vec<usize> = (0..=doc.text().len()).filter(|&i| doc.text().is_char_boundary(i)).collect();
            let span = |i: usize| Span::new(bounds[i], bounds[i + 1]);
            let quantities = vec![
                Quantity::Number { value: 611.0, decimals: 0 },
                Quantity::Number { value: 1e300 * 1e300, decimals: 0 },
                Quantity::Number { value: 5e9, decimals: 0 },
                Quantity::Percent { value: 70.5, decimals: 1 },
                Quantity::PercentagePoint { value: f64::NAN, decimals: 255 },
                Quantity::Ratio { numerator: 77.0, denominator: 110.0, value: 0.7 },
                Quantity::Money { value: 3.2e9, currency: "VND", decimals: 1 },
                Quantity::Money { value: -0.0, currency: "USD", decimals: 2 },
                Quantity::Date { iso: "2018-06-12".into(), weekday: Some("Thứ \"Hai\"".into()), valid: true },
                Quantity::Date { iso: "2018-02-31".into(), weekday: None, valid: false },
                Quantity::Time { iso: "17:06".into() },
                Quantity::Range { from: Bound::Value(2016.0), to: Bound::Value(f64::INFINITY), inner: Kind::Number },
                Quantity::Range { from: Bound::Iso("2018-06".into()), to: Bound::Iso("2018-07\n".into()), inner: Kind::Date },
                Quantity::Ordinal { value: 14.0 },
                Quantity::Duration { value: 20.0, unit: TimeUnit::Year },
                Quantity::Duration { value: 1.5, unit: TimeUnit::Minute },
                Quantity::Multiplier { value: 0.5 },
                Quantity::Identifier,
            ];
            let n = quantities.len();
            let long = "a unit longer than the thirty-two bytes kept in the cache".to_string();
            let figures: Vec<Figure> = quantities
                .into_iter()
                .enumerate()
                .map(|(i, q)| Figure {
                    span: span(i * 2),
                    quantity: q,
                    unit: [None, Some("đảng viên".to_string()), Some("a\"b\u{1}".to_string()), Some(String::new()), Some(long.clone())][i % 5].clone(),
                    approximate: i % 2 == 1,
                })
                .collect();
            let entities = vec![
                Entity { span: span(0), kind: EntityKind::Person, of: None, same_as: None, expansion: None },
                Entity { span: span(2), kind: EntityKind::Title, of: Some(0), same_as: Some(0), expansion: Some("Ủy \\ ban".into()) },
                Entity { span: span(4), kind: EntityKind::Organization, of: None, same_as: None, expansion: Some(String::new()) },
                Entity { span: span(6), kind: EntityKind::Location, of: None, same_as: Some(2), expansion: None },
                Entity { span: span(8), kind: EntityKind::Document, of: Some(1), same_as: None, expansion: None },
                Entity { span: span(10), kind: EntityKind::Event, of: None, same_as: None, expansion: Some(long.clone()) },
            ];
            let checks = vec![
                Check { rule: "ratio-percent", status: Status::Consistent, figures: vec![3, 1], expected: Some(70.0), stated: Some(70.5), message: "77/110 = 70,0% — \"khớp\"".into() },
                Check { rule: "share-sum", status: Status::Inconsistent, figures: vec![], expected: Some(f64::NAN), stated: None, message: "x\ny".into() },
                Check { rule: "duration", status: Status::Unverifiable, figures: vec![n - 1, 0, n - 1], expected: None, stated: Some(f64::NEG_INFINITY), message: long.clone() },
            ];
        let report = Report::build(&doc, figures, entities, checks);
        f(&report);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cursor gives the offsets the block index gives, for spans in
    /// order, overlapping, and going back.
    #[test]
    fn locator_agrees_with_the_index() {
        let text = "Ngày 12/6, 😀 ế\r\nb đạt 70%\u{200B} xong. ".repeat(40);
        let doc = Document::new(&text, None);
        let idx = Utf16Index::new(doc.original);
        let bounds: Vec<usize> = (0..=doc.text().len()).filter(|&i| doc.text().is_char_boundary(i)).collect();
        let mut loc = Locator::new(&doc);
        let mut spans: Vec<Span> = bounds.windows(7).step_by(3).map(|w| Span::new(w[0], w[6])).collect();
        spans.push(Span::new(bounds[5], bounds[9]));
        spans.push(Span::new(bounds[bounds.len() - 1], bounds[bounds.len() - 1]));
        for span in spans {
            let (s, e) = doc.original_range(span);
            let place = loc.locate(span);
            let want = (doc.original.get(s..e).unwrap_or(""), idx.at(s), idx.at(e));
            assert_eq!((place.text(doc.original), place.start, place.end), want, "{span:?}");
        }
    }

    /// Eight bytes at a time counts what a byte at a time counts, for
    /// every byte at every place of a word and runs of every length.
    #[test]
    fn utf16_units_bytewise() {
        let bytewise = |b: &[u8]| b.iter().map(|&b| ((b & 0xC0) != 0x80) as u32 + (b >= 0xF0) as u32).sum::<u32>();
        for filler in [b'a', 0x80, 0xBF, 0xC3, 0xE2, 0xF0, 0xFF] {
            for b in 0..=255u8 {
                for at in 0..8 {
                    let mut word = [filler; 8];
                    word[at] = b;
                    assert_eq!(utf16_units(&word), bytewise(&word), "{word:?}");
                }
            }
        }
        let text = "Ngày 12/6, 😀 ế\r\nb đạt 70%\u{200B} xong. 𝄞".repeat(5);
        for n in 0..text.len() {
            assert_eq!(utf16_units(&text.as_bytes()[..n]), bytewise(&text.as_bytes()[..n]), "{n}");
        }
    }

    #[test]
    fn ids() {
        assert_eq!(figure_id(0).to_string(), "f1");
        assert_eq!(entity_id(9).to_string(), "e10");
        assert_eq!(Id::new(b'c', 1234).to_string(), "c1235");
        assert_eq!(Id::new(b'c', u32::MAX as usize - 1).to_string(), "c4294967295");
        assert_eq!(serde_json::to_string(&[figure_id(41)]).ok().as_deref(), Some(r#"["f42"]"#));
    }
}
