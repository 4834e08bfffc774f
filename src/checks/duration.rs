//! duration: a stated elapsed time against the dates it spans.
//!
//! "thành lập 19/5/2016 … qua 02 năm thực hiện" in an article about an
//! event of 12/6/2018 is right (2.1 years); "founded in 1995, the
//! 20-year-old company" in a 2025 article is not. The start is the latest
//! date before the duration that the text ties to a founding word; the end
//! is the article's dateline.

use super::dates::{dateline, dates};
use super::numbers::format;
use super::words::{any_word, fill, messages};
use super::{Check, Context, Rule, Status};
use crate::figures::{Quantity, TimeUnit};

pub struct Duration;

impl Rule for Duration {
    fn name(&self) -> &'static str {
        "duration"
    }

    fn check(&self, cx: &Context, out: &mut Vec<Check>) {
        let Some((p, published)) = dateline(cx) else { return };
        let w = cx.words();
        let lang = cx.doc.lang;
        let m = messages(lang);
        // Dates tied to a founding word, in text order, found once: looking
        // back over every date for each duration cost durations × dates.
        let founding: Vec<_> = dates(cx)
            .into_iter()
            .filter(|&(j, d)| {
                j != p && d < published && {
                    let fs = cx.doc.sentences.get(cx.doc.sentence_of(cx.figures[j].span.start)).copied().unwrap_or_default();
                    any_word(&cx.before(j, fs.start), w.founded)
                }
            })
            .collect();
        for (i, f) in cx.figures.iter().enumerate() {
            let Quantity::Duration { value, unit: TimeUnit::Year } = f.quantity else { continue };
            let s = cx.doc.sentences.get(cx.doc.sentence_of(f.span.start)).copied().unwrap_or_default();
            let before = cx.before(i, s.start);
            let after = cx.after(i, s.end);
            let elapsed = any_word(before.rsplit([',', ';']).next().unwrap_or(""), w.elapsed)
                || after.starts_with("-year-old")
                || after.starts_with(" tuổi");
            if !elapsed {
                continue;
            }
            // The founding date: the nearest earlier date tied to a founding word.
            let k = founding.partition_point(|&(j, _)| j < i);
            let Some(&(a, start)) = k.checked_sub(1).and_then(|k| founding.get(k)) else {
                continue;
            };
            let years = published.as_year() - start.as_year();
            // Precise to a year at best: "qua 02 năm" covers 2 ≤ x < 3,
            // and year-only dates blur it by one more.
            let slack = if start.is_full() { 0.0 } else { 1.0 };
            let ok = years >= value - 0.1 - slack && years < value + 1.0 + slack;
            let args = [("a", cx.text_of(a)), ("b", cx.text_of(p)), ("x", &format(years, 1, lang))];
            let message = if ok {
                format!("{} — {} {}", fill(m.duration, &args), m.matches, cx.text_of(i))
            } else {
                format!("{}, {} {}", fill(m.duration, &args), m.not, cx.text_of(i))
            };
            out.push(Check {
                rule: self.name(),
                status: if ok { Status::Consistent } else { Status::Inconsistent },
                figures: vec![a, i, p],
                expected: Some((years * 10.0).round() / 10.0),
                stated: Some(value),
                message,
            });
        }
    }
}
