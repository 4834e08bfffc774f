//! share-sum: shares of one whole that the text presents as complete.
//!
//! "45% ủng hộ, 38% phản đối, 12% không ý kiến" lists every answer (the
//! "không ý kiến" label says so), so the shares must add up to 100% within
//! rounding. A list without such a label may be partial and is left alone.

use super::claims::{self, Sentence};
use super::numbers::{format, half_width};
use super::words::{concat, messages};
use super::{Check, Context, Rule, Status};
use crate::figures::Quantity;

pub struct ShareSum;

impl Rule for ShareSum {
    fn name(&self) -> &'static str {
        "share-sum"
    }

    #[inline(never)]
    fn check(&self, cx: &Context, out: &mut Vec<Check>) {
        // One buffer for every sentence's runs, each judged as it ends
        // (in the order they end, as a list of them would be).
        let mut run: Vec<usize> = Vec::new();
        for s in cx.sentences.iter().filter(|s| s.has_percent) {
            // Runs of percents, each followed by its label, separated by commas or "và/and".
            for j in s.figures.clone() {
                let f = cx.fig(j);
                if !claims::is_quantity(f) {
                    continue;
                }
                let is_share = matches!(f.quantity, Quantity::Percent { .. })
                    && cx.direction(j, s).is_none()
                    && !cx.cues.from.any(cx.before(j, s.span.start).rsplit(',').next().unwrap_or(""));
                if !is_share {
                    self.judge(cx, s, &mut run, out);
                    continue;
                }
                if let Some(&prev) = run.last() {
                    let gap = cx.between(prev, j);
                    if gap.len() > claims::WINDOW || gap.contains([';', '(']) || !(gap.contains(',') || cx.cues.and.any(&gap)) {
                        self.judge(cx, s, &mut run, out);
                    }
                }
                run.push(j);
            }
            self.judge(cx, s, &mut run, out);
        }
    }
}

impl ShareSum {
    /// A run of shares has ended: checked if it has two or more and the
    /// text presents it as complete; then emptied.
    fn judge(&self, cx: &Context, s: &Sentence, run: &mut Vec<usize>, out: &mut Vec<Check>) {
        if run.len() >= 2 {
            if let Some(check) = self.complete_run(cx, s, run) {
                out.push(check);
            }
        }
        run.clear();
    }

    fn complete_run(&self, cx: &Context, s: &Sentence, run: &[usize]) -> Option<Check> {
        let lang = cx.doc.lang;
        let (&first, &last) = (run.first()?, run.last()?);
        // Shares of a whole are never negative: "-0,3%" is a change.
        if run.iter().any(|&j| cx.fig(j).value().is_some_and(|v| v < 0.0)) {
            return None;
        }
        let label = cx.after(last, s.span.end);
        let label_end = claims::first_clause(&label);
        let labelled = run.len() >= 3 && (cx.cues.complete.any(label_end) || cx.cues.complete.any(&label));
        // "Cơ cấu kinh tế: nông nghiệp 25,3%, …" — the list is the whole.
        let intro = cx.doc.text().get(s.span.start..cx.fig(first).span.start).unwrap_or("").to_lowercase();
        let introduced = cx.cues.complete_intro.any(&intro);
        let complete = labelled || introduced;
        if !complete {
            return None;
        }
        let mut sum = 0.0;
        let mut slack = 0.0;
        for &j in run {
            if let Quantity::Percent { value, decimals } = cx.fig(j).quantity {
                sum += value;
                slack += half_width(decimals, cx.fig(j).approximate);
            }
        }
        let ok = (sum - 100.0).abs() <= slack + 1e-9;
        let m = messages(lang);
        let sum_s = format(sum, 1, lang);
        let (verb, word) = if ok { (" — ", m.matches) } else { (", ", m.not) };
        let message = concat(&[m.shares_sum, " ", &sum_s, "%", verb, word, " 100%"]);
        Some(Check {
            rule: self.name(),
            status: if ok { Status::Consistent } else { Status::Inconsistent },
            figures: run.to_vec(),
            expected: Some(100.0),
            stated: Some((sum * 1e6).round() / 1e6),
            message,
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::verdicts;

    #[test]
    fn examples() {
        assert_eq!(verdicts("Kết quả: 45% ủng hộ, 38% phản đối, 12% không ý kiến.", "share-sum"), ["inconsistent"]);
        assert_eq!(verdicts("Kết quả: 50% ủng hộ, 38% phản đối, 12% không ý kiến.", "share-sum"), ["consistent"]);
        assert!(verdicts("Có 45% ủng hộ, 38% phản đối, 12% đề nghị hoãn.", "share-sum").is_empty());
        assert_eq!(verdicts("In the poll, 52% backed the plan, 41% opposed it and 9% were undecided.", "share-sum"), ["inconsistent"]);
        // A list introduced as the make-up of a whole.
        assert_eq!(verdicts("Cơ cấu kinh tế: nông nghiệp chiếm 25,3%, công nghiệp 33,1%, dịch vụ 41,6%.", "share-sum"), ["consistent"]);
        assert_eq!(verdicts("Cơ cấu kinh tế: nông nghiệp chiếm 25,3%, công nghiệp 33,1%, dịch vụ 40,6%.", "share-sum"), ["inconsistent"]);
        assert_eq!(verdicts("The breakdown: 62% cars, 30% buses and 8% bikes.", "share-sum"), ["consistent"]);
    }
}
