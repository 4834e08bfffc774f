//! What the date rules share: the date figures with their calendar
//! values, weekday names, and the article's own date (its dateline).

use super::calendar::CalDate;
use super::Context;
use crate::figures::Quantity;
use crate::lang::{en, vi, Lang};

/// A date figure's index and calendar value.
pub fn dates(cx: &Context) -> Vec<(usize, CalDate)> {
    cx.figures
        .iter()
        .enumerate()
        .filter_map(|(i, f)| match &f.quantity {
            Quantity::Date { iso, valid: true, .. } => CalDate::from_iso(iso).map(|d| (i, d)),
            _ => None,
        })
        .collect()
}

/// The weekday (0 = Monday) a stated name means.
pub fn weekday_index(name: &str, lang: Lang) -> Option<u8> {
    let name = name.trim().to_lowercase();
    let tables = match lang {
        Lang::Vi => [&vi::dates::WEEKDAYS, &en::dates::WEEKDAYS],
        Lang::En => [&en::dates::WEEKDAYS, &vi::dates::WEEKDAYS],
    };
    for table in tables {
        if let Some(i) = table.iter().position(|names| names.contains(&name.as_str())) {
            return Some(i as u8);
        }
    }
    None
}

pub fn weekday_name(i: u8, lang: Lang) -> &'static str {
    let names = match lang {
        Lang::Vi => &vi::dates::WEEKDAY_NAMES,
        Lang::En => &en::dates::WEEKDAY_NAMES,
    };
    names.get(i as usize).copied().unwrap_or("")
}

/// How many leading sentences may hold the dateline (headline, dateline,
/// lead): "17:06 - 14/06/2018", "Published 9:15 a.m., March 14, 2024".
const DATELINE_SENTENCES: usize = 3;

/// The article's own date: a full date near the top that stands in a short
/// line or sentence of its own or beside a time. Lines count as well as
/// sentences because a dateline usually has no full stop, so it runs into
/// the headline above it as one "sentence".
pub fn dateline(cx: &Context) -> Option<(usize, CalDate)> {
    let text = cx.doc.text();
    let limit = cx.doc.sentences.get(DATELINE_SENTENCES).map(|s| s.start).unwrap_or(usize::MAX);
    let line_limit = nth_line_start(text, DATELINE_SENTENCES);
    // The last line measured, (start, end, short enough): dates come in
    // text order, so each line is measured once, not once per date on it
    // (a text without line breaks is one line).
    let mut last_line: Option<(usize, usize, bool)> = None;
    dates(cx).into_iter().find(|(i, d)| {
        let f = &cx.figures[*i];
        if !d.is_full() || (f.span.start >= limit && f.span.start >= line_limit) {
            return false;
        }
        let s = cx.doc.sentence_of(f.span.start);
        let sent = cx.doc.sentences.get(s).map(|sp| cx.doc.slice(*sp)).unwrap_or("");
        if sent.chars().count() <= DATELINE_CHARS {
            return true;
        }
        match last_line {
            Some((start, end, short)) if start <= f.span.start && f.span.end <= end => short,
            _ => {
                let line_start = text.get(..f.span.start).and_then(|t| t.rfind('\n')).map_or(0, |p| p + 1);
                let line_end = text.get(f.span.end..).and_then(|t| t.find('\n')).map_or(text.len(), |p| f.span.end + p);
                let line = text.get(line_start..line_end).unwrap_or("");
                let short = line.trim().chars().nth(DATELINE_CHARS).is_none();
                // Kept only for a line with no break inside: one whose
                // date spans a line break would not be the line of the next.
                if !line.contains('\n') {
                    last_line = Some((line_start, line_end, short));
                }
                short
            }
        }
    })
}

/// The longest line or sentence a dateline can be.
const DATELINE_CHARS: usize = 60;

/// Byte offset where the `n`-th non-empty line starts (0-based), or the
/// text's end.
fn nth_line_start(text: &str, n: usize) -> usize {
    let mut seen = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        if !line.trim().is_empty() {
            if seen == n {
                return pos;
            }
            seen += 1;
        }
        pos += line.len();
    }
    text.len()
}
