//! duration: a stated elapsed time against the dates it spans.
//!
//! "thành lập 19/5/2016 … qua 02 năm thực hiện" in an article about an
//! event of 12/6/2018 is right (2.1 years); "founded in 1995, the
//! 20-year-old company" in a 2025 article is not. The start is the latest
//! date before the duration that the text ties to a founding word; the end
//! is the article's dateline.

use super::dates::{dateline, dates};
use super::numbers::format;
use super::words::{fill_then, messages};
use super::{Check, Context, Rule, Status};
use crate::figures::{Quantity, TimeUnit};

pub struct Duration;

impl Rule for Duration {
    fn name(&self) -> &'static str {
        "duration"
    }

    #[inline(never)]
    fn check(&self, cx: &Context, out: &mut Vec<Check>) {
        let Some((p, published)) = dateline(cx) else { return };
        let lang = cx.doc.lang;
        let m = messages(lang);
        // Dates tied to a founding word, in text order, found once: looking
        // back over every date for each duration cost durations × dates.
        let founding: Vec<_> = dates(cx)
            .into_iter()
            .filter(|&(j, d)| {
                j != p && d < published && {
                    let fs = cx.doc.sentences.get(cx.doc.sentence_of(cx.figures[j].span.start)).copied().unwrap_or_default();
                    cx.cues.founded.any(&cx.before(j, fs.start))
                }
            })
            .collect();
        for (i, f) in cx.figures.iter().enumerate() {
            let Quantity::Duration { value, unit: TimeUnit::Year } = f.quantity else { continue };
            let s = cx.doc.sentences.get(cx.doc.sentence_of(f.span.start)).copied().unwrap_or_default();
            let before = cx.before(i, s.start);
            let after = cx.after(i, s.end);
            // An age ("the 20-year-old company") counts only with "the"
            // pointing back at what was founded: "a 20-year-old apprentice"
            // and "ông A, 65 tuổi" are people's ages.
            let own = cx.text_of(i).to_lowercase();
            let age = after.starts_with("-year-old") || own.ends_with("year-old") || own.ends_with("years old");
            let points_back = before.trim_end().ends_with(" the") || before.trim_end() == "the";
            let elapsed = cx.cues.elapsed.any(before.rsplit([',', ';']).next().unwrap_or("")) || (age && points_back);
            if !elapsed {
                continue;
            }
            // The founding date: the nearest earlier date tied to a founding word.
            let k = founding.partition_point(|&(j, _)| j < i);
            let Some(&(a, start)) = k.checked_sub(1).and_then(|k| founding.get(k)) else {
                continue;
            };
            // A year alone is compared year to year: 1974 to 2024 is 50.
            let years = if start.is_full() { published.as_year() - start.as_year() } else { (published.year - start.year) as f64 };
            // Precise to a year at best: "qua 02 năm" covers 2 ≤ x < 3,
            // and year-only dates blur it by one more.
            let slack = if start.is_full() { 0.0 } else { 1.0 };
            let ok = years >= value - 0.1 - slack && years < value + 1.0 + slack;
            let shown = format(years, if start.is_full() { 1 } else { 0 }, lang);
            let args = [("a", cx.text_of(a)), ("b", cx.text_of(p)), ("x", &shown)];
            let message = if ok {
                fill_then(m.duration, &args, &[" — ", m.matches, " ", cx.text_of(i)])
            } else {
                fill_then(m.duration, &args, &[", ", m.not, " ", cx.text_of(i)])
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

#[cfg(test)]
mod tests {
    use crate::checks::testing::verdicts;

    #[test]
    fn founding_years_against_the_dateline() {
        let head = "Acme turns 30\nPublished March 3, 2025\n\n";
        assert_eq!(verdicts(&format!("{head}Founded in 1995, the 20-year-old company employs 300 people."), "duration"), ["inconsistent"]);
        assert_eq!(verdicts(&format!("{head}Founded in 1995, the 30-year-old company employs 300 people."), "duration"), ["consistent"]);
        let head = "Trường kỷ niệm ngày thành lập\n10:00 - 20/11/2024\n\n";
        assert_eq!(verdicts(&format!("{head}Thành lập năm 1974, sau 50 năm xây dựng, trường đã lớn mạnh."), "duration"), ["consistent"]);
        assert_eq!(verdicts(&format!("{head}Thành lập năm 1974, sau 40 năm xây dựng, trường đã lớn mạnh."), "duration"), ["inconsistent"]);
    }

    #[test]
    fn no_dateline_no_check() {
        assert!(verdicts("Founded in 1995, the 20-year-old company employs 300 people.", "duration").is_empty());
    }
}
