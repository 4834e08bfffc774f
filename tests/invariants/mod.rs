//! The invariants every report must keep, whatever the input: the one
//! checker shared by the fuzz target (`fuzz/fuzz_targets/analyze.rs`
//! includes this file by path) and the regression and property tests
//! (`tests/fuzz_regressions.rs`). A report that breaks one is a bug even
//! when nothing panicked, because the page trusts these to highlight the
//! author's text without corrupting it.
//!
//! The fuzzer's input bytes are read the same way here and there
//! ([`decode`]), so a crash file saved by the fuzzer replays exactly as a
//! regression test.

#![allow(dead_code)]

use article_analyzer::report::{Id, Report};
use article_analyzer::{analyze, Lang, Options};
use std::borrow::Cow;
use std::collections::HashSet;

/// Fuzzer bytes to analyzer input: the first byte picks the language
/// (0 → detect, 1 → vi, 2 → en, by its value mod 3), the rest is the text
/// (invalid UTF-8 replaced, as a browser would when decoding a file).
pub fn decode(data: &[u8]) -> (Options, Cow<'_, str>) {
    let Some((&first, rest)) = data.split_first() else {
        return (Options::default(), Cow::Borrowed(""));
    };
    let lang = match first % 3 {
        1 => Some(Lang::Vi),
        2 => Some(Lang::En),
        _ => None,
    };
    (Options { lang }, String::from_utf8_lossy(rest))
}

/// Analyze `text` once and check the report.
pub fn check_once(text: &str, options: &Options) -> Result<(), String> {
    let report = analyze(text, options).map_err(|e| format!("refused: {e}"))?;
    check_report(text, &report)
}

/// Analyze `text` and check every invariant, determinism included; `Err`
/// says which one broke.
pub fn check(text: &str, options: &Options) -> Result<(), String> {
    let report = analyze(text, options).map_err(|e| format!("refused: {e}"))?;
    check_report(text, &report)?;
    // Determinism within the process: a second run gives the same bytes.
    let again = analyze(text, options).map_err(|e| format!("refused the second time: {e}"))?;
    if report.to_json(false) != again.to_json(false) {
        return Err("two runs on the same input gave different reports".into());
    }
    Ok(())
}

/// Check a report made from `text`.
pub fn check_report(text: &str, report: &Report) -> Result<(), String> {
    let units: Vec<u16> = text.encode_utf16().collect();

    // Spans: inside the text, on UTF-16 char boundaries, slicing back to
    // their own text.
    let spans = report
        .figures
        .iter()
        .map(|f| (f.id.to_string(), f.start, f.end, f.text))
        .chain(report.entities.iter().map(|e| (e.id.to_string(), e.start, e.end, e.text)));
    for (id, start, end, span_text) in spans {
        let (s, e) = (start as usize, end as usize);
        if !(s < e && e <= units.len()) {
            return Err(format!("{id}: span {s}..{e} is empty or outside 0..{}", units.len()));
        }
        let sliced = String::from_utf16(&units[s..e]).map_err(|_| format!("{id}: span {s}..{e} splits a surrogate pair"))?;
        if sliced != span_text {
            return Err(format!("{id}: text.slice({s}, {e}) is {sliced:?}, the report says {span_text:?}"));
        }
    }

    // Ids: unique; every reference points at an existing one.
    let figure_ids = unique_ids("figure", report.figures.iter().map(|f| f.id.to_string()))?;
    let entity_ids = unique_ids("entity", report.entities.iter().map(|e| e.id.to_string()))?;
    unique_ids("check", report.checks.iter().map(|c| c.id.to_string()))?;
    for c in report.checks.iter() {
        for f in c.figures.iter() {
            if !figure_ids.contains(&f.to_string()) {
                return Err(format!("{}: refers to figure {f}, which does not exist", c.id));
            }
        }
        for (name, v) in [("expected", c.expected), ("stated", c.stated)] {
            if v.is_some_and(|x| !x.is_finite()) {
                return Err(format!("{}: {name} is {v:?}, which JSON cannot carry", c.id));
            }
        }
        if c.message.is_empty() {
            return Err(format!("{}: empty message", c.id));
        }
    }
    for e in report.entities.iter() {
        for (name, target) in [("of", &e.of), ("same_as", &e.same_as)] {
            if let Some(t) = target {
                if !entity_ids.contains(&t.to_string()) {
                    return Err(format!("{}: {name} refers to entity {t}, which does not exist", e.id));
                }
                if t == &e.id {
                    return Err(format!("{}: {name} refers to itself", e.id));
                }
            }
        }
    }

    // Each layer is in text order (the page paints marks in one pass).
    for (layer, starts) in [
        ("figures", report.figures.iter().map(|f| (f.id.to_string(), f.start)).collect::<Vec<_>>()),
        ("entities", report.entities.iter().map(|e| (e.id.to_string(), e.start)).collect()),
    ] {
        if let Some(w) = starts.windows(2).find(|w| w[1].1 < w[0].1) {
            return Err(format!("{layer}: {} (at {}) comes after {} (at {})", w[1].0, w[1].1, w[0].0, w[0].1));
        }
    }

    // One layer's spans nest or stay apart, never cross.
    no_partial_overlap("figures", report.figures.iter().map(|f| (f.id, f.start, f.end)))?;
    no_partial_overlap("entities", report.entities.iter().map(|e| (e.id, e.start, e.end)))?;

    // Figures carry finite numbers (JSON has no NaN; serde_json would write
    // null and the page would read a number field as null).
    for f in report.figures.iter() {
        let q = serde_json::to_value(&f.quantity).map_err(|e| format!("{}: quantity does not serialize: {e}", f.id))?;
        if let Some(obj) = q.as_object() {
            if let Some((k, _)) = obj.iter().find(|(_, v)| v.is_null()) {
                return Err(format!("{}: field {k} is not a finite number ({:?})", f.id, f.quantity));
            }
        }
    }

    // The whole report serializes, to JSON that parses back.
    let json = serde_json::to_string(report).map_err(|e| format!("report does not serialize: {e}"))?;
    serde_json::from_str::<serde_json::Value>(&json).map_err(|e| format!("report JSON does not parse: {e}"))?;
    // The hand-written compact JSON (what the CLI and analyzeJson give) is
    // serde's, byte for byte.
    let fast = report.to_json(false);
    if fast != json {
        let at = fast.bytes().zip(json.bytes()).take_while(|(a, b)| a == b).count();
        let near = |s: &str| s.get(at.saturating_sub(40)..).unwrap_or("").chars().take(80).collect::<String>();
        return Err(format!("to_json differs from serde at byte {at}: {:?} vs serde {:?}", near(&fast), near(&json)));
    }
    Ok(())
}

fn unique_ids(what: &str, ids: impl Iterator<Item = String>) -> Result<HashSet<String>, String> {
    let mut seen = HashSet::new();
    for id in ids {
        if seen.contains(&id) {
            return Err(format!("{what} id {id} appears twice"));
        }
        seen.insert(id);
    }
    Ok(seen)
}

/// Spans of one layer may nest (a range and its ends) or be apart, but
/// never overlap partly. Sorted by start, then longest first, a stack of
/// open spans finds a crossing in O(n log n).
fn no_partial_overlap(layer: &str, spans: impl Iterator<Item = (Id, u32, u32)>) -> Result<(), String> {
    let mut spans: Vec<_> = spans.collect();
    spans.sort_by_key(|&(_, s, e)| (s, std::cmp::Reverse(e)));
    let mut open: Vec<(Id, u32, u32)> = Vec::new();
    for (id, s, e) in spans {
        while open.last().is_some_and(|&(_, _, oe)| oe <= s) {
            open.pop();
        }
        if let Some(&(oid, os, oe)) = open.last() {
            if e > oe {
                return Err(format!("{layer}: {oid} ({os}..{oe}) and {id} ({s}..{e}) overlap partly"));
            }
        }
        open.push((id, s, e));
    }
    Ok(())
}
