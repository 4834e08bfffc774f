//! Checks: the article's claims about its own numbers, recomputed.
//!
//! Each rule is one small type implementing [`Rule`], in a file of its own
//! with its tests beside it, and registered in [`rules`].

pub mod calendar;
pub mod claims;
pub mod dates;
pub mod model;
pub mod numbers;
pub mod words;

mod conversion;
mod date_order;
mod date_validity;
mod date_weekday;
mod duration;
mod granularity;
mod multiplier;
mod percent_change;
mod percentage_point;
mod ratio_percent;
mod repeated_figure;
mod share_sum;
mod sum_total;

pub use model::{Check, Status};

use crate::figures::Figure;
use crate::text::Document;

/// What a rule sees: the document and its figures.
pub struct Context<'d, 'a> {
    pub doc: &'d Document<'a>,
    pub figures: &'d [Figure],
    /// The matching text lowercased, at the same byte offsets (see
    /// `claims::lowercase_same_offsets`); `None` for the rare text where
    /// lowercasing changes a length.
    pub lower: Option<&'d str>,
    /// The sentences that hold figures, with their changes: found once
    /// here rather than again by every rule that reads them.
    pub sentences: Vec<claims::Sentence>,
    /// For each percent of those sentences, its direction word
    /// (`claims::direction_before` up to its sentence's start), which
    /// several rules ask about every percent.
    pub directions: Vec<Option<Option<i8>>>,
    /// Cue lists asked about around nearly every figure, made ready once.
    pub cues: claims::ReadyCues,
}

/// One consistency rule.
pub trait Rule {
    /// The rule's stable name in the report ("ratio-percent", …).
    fn name(&self) -> &'static str;
    /// Find this rule's claims in the document and push a check for each.
    fn check(&self, cx: &Context, out: &mut Vec<Check>);
}

/// Every rule, in the order their checks appear in the report.
pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![
        Box::new(ratio_percent::RatioPercent),
        Box::new(percent_change::PercentChange),
        Box::new(percentage_point::PercentagePoint),
        Box::new(multiplier::Multiplier),
        Box::new(sum_total::SumTotal),
        Box::new(share_sum::ShareSum),
        Box::new(granularity::Granularity),
        Box::new(date_validity::DateValidity),
        Box::new(date_weekday::DateWeekday),
        Box::new(date_order::DateOrder),
        Box::new(duration::Duration),
        Box::new(repeated_figure::RepeatedFigure),
        Box::new(conversion::Conversion),
    ]
}

/// Run every rule.
#[inline(never)]
pub fn run(doc: &Document, figures: &[Figure]) -> Vec<Check> {
    let lower = claims::lowercase_same_offsets(doc.text());
    let cues = claims::ReadyCues::new(words::words(doc.lang));
    let mut cx = Context { doc, figures, lower: lower.as_deref(), sentences: Vec::new(), directions: Vec::new(), cues };
    let mut sentences = claims::sentences(doc, figures);
    let mut directions = vec![None; figures.len()];
    for s in &mut sentences {
        s.changes = claims::changes(&cx, s);
        for p in s.figures.clone() {
            if figures[p].kind() == crate::figures::Kind::Percent {
                directions[p] = Some(claims::direction_before(&cx, p, s.span.start));
            }
        }
    }
    cx.sentences = sentences;
    cx.directions = directions;
    let mut out = Vec::new();
    for rule in rules() {
        rule.check(&cx, &mut out);
    }
    out
}

/// Test support: the verdicts one rule gives on a text, through the whole pipeline.
#[cfg(test)]
pub mod testing {
    pub fn verdicts(text: &str, rule: &str) -> Vec<&'static str> {
        let report = crate::analyze(text, &crate::Options::default()).expect("analyze");
        report
            .checks
            .iter()
            .filter(|c| c.rule == rule)
            .map(|c| match c.status {
                super::Status::Consistent => "consistent",
                super::Status::Inconsistent => "inconsistent",
                super::Status::Unverifiable => "unverifiable",
            })
            .collect()
    }
}
