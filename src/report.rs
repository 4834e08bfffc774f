//! The report, contract version 1: what the CLI prints, what the WASM export
//! returns, what the page shows. See docs/report-v1.md.
//!
//! Internally everything points at things by index and at text by byte
//! span in the matching text. Here, at the very end, indices become ids
//! ("f7") and spans become UTF-16 offsets into the caller's own string, so
//! that `text.slice(start, end) === span.text` holds in JavaScript.

use crate::checks::{Check, Status};
use crate::entities::{Entity, EntityKind};
use crate::figures::{Figure, Quantity};
use crate::lang::Lang;
use crate::span::Span;
use crate::text::utf16::Utf16Index;
use crate::text::Document;
use serde::Serialize;

pub const VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize)]
pub struct Report<'a> {
    pub version: u32,
    pub language: Lang,
    pub entities: Vec<EntityOut<'a>>,
    pub figures: Vec<FigureOut<'a>>,
    pub checks: Vec<CheckOut>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EntityOut<'a> {
    pub id: Id,
    pub kind: EntityKind,
    pub text: &'a str,
    pub start: u32,
    pub end: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub of: Option<Id>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub same_as: Option<Id>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expansion: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FigureOut<'a> {
    pub id: Id,
    #[serde(flatten)]
    pub quantity: Quantity,
    pub text: &'a str,
    pub start: u32,
    pub end: u32,
    /// The counted noun. Left out for durations, whose own `unit` (year,
    /// month, …) is part of the quantity.
    #[serde(rename = "unit", skip_serializing_if = "Option::is_none")]
    pub counted: Option<Option<String>>,
    pub approximate: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct CheckOut {
    pub id: Id,
    pub rule: &'static str,
    pub status: Status,
    pub figures: Vec<Id>,
    pub expected: Option<f64>,
    pub stated: Option<f64>,
    pub message: String,
}

/// An id of the report ("f7" for figure index 6, "e2", "c1"), kept as its
/// prefix and number and written out only when the report is serialized:
/// a report has an id for every figure, entity and check and one for every
/// figure a check names, and as strings they were a fifth of its memory.
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
fn utf16_units(bytes: &[u8]) -> u32 {
    bytes.iter().map(|&b| ((b & 0xC0) != 0x80) as u32 + (b >= 0xF0) as u32).sum()
}

/// Maps spans of the matching text to the caller's text and UTF-16 offsets.
///
/// Figures and entities come in text order, so their starts are mapped by
/// a cursor that moves forward (each byte counted once) and an end by
/// counting from its own start. Each list starts from the text's start; a
/// start before the cursor (not expected) is found with the block index,
/// and the cursor moves back there.
struct Locator<'d, 'a> {
    doc: &'d Document<'a>,
    /// The last start mapped: its byte offset and UTF-16 offset.
    cursor: (usize, u32),
    utf16: Option<Utf16Index<'a>>,
}

impl<'d, 'a> Locator<'d, 'a> {
    fn new(doc: &'d Document<'a>) -> Self {
        Locator { doc, cursor: (0, 0), utf16: None }
    }

    /// Back to the start of the text, for the next list of spans.
    fn rewind(&mut self) {
        self.cursor = (0, 0);
    }

    fn locate(&mut self, span: Span) -> (&'a str, u32, u32) {
        let original = self.doc.original;
        let bytes = original.as_bytes();
        let (s, e) = self.doc.original_range(span);
        let text = original.get(s..e).unwrap_or("");
        let (s, e) = (s.min(bytes.len()), e.min(bytes.len()));
        let (at, units) = self.cursor;
        let start = if s >= at {
            let u = units + utf16_units(&bytes[at..s]);
            self.cursor = (s, u);
            u
        } else {
            let u = self.utf16.get_or_insert_with(|| Utf16Index::new(original)).at(s);
            self.cursor = (s, u);
            u
        };
        let end = if e >= s { start + utf16_units(&bytes[s..e]) } else { self.utf16.get_or_insert_with(|| Utf16Index::new(original)).at(e) };
        (text, start, end)
    }
}

impl<'a> Report<'a> {
    pub fn build(doc: &Document<'a>, figures: Vec<Figure>, entities: Vec<Entity>, checks: Vec<Check>) -> Report<'a> {
        let mut loc = Locator::new(doc);
        let entities = entities
            .into_iter()
            .enumerate()
            .map(|(i, e)| {
                let (text, start, end) = loc.locate(e.span);
                EntityOut {
                    id: entity_id(i),
                    kind: e.kind,
                    text,
                    start,
                    end,
                    of: e.of.map(entity_id),
                    same_as: e.same_as.map(entity_id),
                    expansion: e.expansion,
                }
            })
            .collect();
        loc.rewind();
        let figures = figures
            .into_iter()
            .enumerate()
            .map(|(i, f)| {
                let (text, start, end) = loc.locate(f.span);
                FigureOut {
                    id: figure_id(i),
                    text,
                    start,
                    end,
                    counted: match f.quantity {
                        Quantity::Duration { .. } => None,
                        _ => Some(f.unit),
                    },
                    quantity: f.quantity,
                    approximate: f.approximate,
                }
            })
            .collect();
        let checks = checks
            .into_iter()
            .enumerate()
            .map(|(i, c)| CheckOut {
                id: Id::new(b'c', i),
                rule: c.rule,
                status: c.status,
                figures: c.figures.into_iter().map(figure_id).collect(),
                expected: c.expected,
                stated: c.stated,
                message: c.message,
            })
            .collect();
        Report { version: VERSION, language: doc.lang, entities, figures, checks }
    }

    pub fn to_json(&self, pretty: bool) -> String {
        let r = if pretty { serde_json::to_string_pretty(self) } else { serde_json::to_string(self) };
        // Serializing plain structs of strings and finite numbers cannot
        // fail; should it ever, say so in JSON rather than panic.
        r.unwrap_or_else(|e| format!("{{\"error\":{{\"code\":\"serialize\",\"message\":{:?}}}}}", e.to_string()))
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
            let want = (doc.original.get(s..e).unwrap_or(""), idx.at(s), idx.at(e));
            assert_eq!(loc.locate(span), want, "{span:?}");
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
