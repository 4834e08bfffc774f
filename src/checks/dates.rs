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

/// The article's own date: a full date in its first sentences that stands
/// in a short line of its own or beside a time.
pub fn dateline(cx: &Context) -> Option<(usize, CalDate)> {
    let limit = cx.doc.sentences.get(DATELINE_SENTENCES).map(|s| s.start).unwrap_or(usize::MAX);
    dates(cx).into_iter().find(|(i, d)| {
        let f = &cx.figures[*i];
        if !d.is_full() || f.span.start >= limit {
            return false;
        }
        let s = cx.doc.sentence_of(f.span.start);
        let sent = cx.doc.sentences.get(s).map(|sp| cx.doc.slice(*sp)).unwrap_or("");
        sent.chars().count() <= 60
    })
}
