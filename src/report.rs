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
    pub id: String,
    pub kind: EntityKind,
    pub text: &'a str,
    pub start: u32,
    pub end: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub of: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub same_as: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expansion: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FigureOut<'a> {
    pub id: String,
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
    pub id: String,
    pub rule: &'static str,
    pub status: Status,
    pub figures: Vec<String>,
    pub expected: Option<f64>,
    pub stated: Option<f64>,
    pub message: String,
}

fn figure_id(i: usize) -> String {
    format!("f{}", i + 1)
}

fn entity_id(i: usize) -> String {
    format!("e{}", i + 1)
}

/// Maps spans of the matching text to the caller's text and UTF-16 offsets.
struct Locator<'d, 'a> {
    doc: &'d Document<'a>,
    utf16: Utf16Index<'a>,
}

impl<'a> Locator<'_, 'a> {
    fn locate(&self, span: Span) -> (&'a str, u32, u32) {
        let (s, e) = self.doc.original_range(span);
        let text = self.doc.original.get(s..e).unwrap_or("");
        (text, self.utf16.at(s), self.utf16.at(e))
    }
}

impl<'a> Report<'a> {
    pub fn build(doc: &Document<'a>, figures: Vec<Figure>, entities: Vec<Entity>, checks: Vec<Check>) -> Report<'a> {
        let loc = Locator { doc, utf16: Utf16Index::new(doc.original) };
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
                id: format!("c{}", i + 1),
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
