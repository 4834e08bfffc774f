//! date-order: an event told in the past tense but dated after the
//! article's own dateline, and ranges or terms that end before they start.

use super::claims::floor_boundary;
use super::dates::{dateline, dates};
use super::words::{concat, fill, messages};
use super::{Check, Context, Rule, Status};
use crate::figures::{Bound, Kind, Quantity};

/// How far past a date (in bytes) its clause's verb is looked for.
const TENSE_REACH: usize = 160;

pub struct DateOrder;

impl Rule for DateOrder {
    fn name(&self) -> &'static str {
        "date-order"
    }

    #[inline(never)]
    fn check(&self, cx: &Context, out: &mut Vec<Check>) {
        let lang = cx.doc.lang;
        let m = messages(lang);
        if let Some((p, published)) = dateline(cx) {
            for (i, d) in dates(cx) {
                if i == p || !d.is_full() {
                    continue;
                }
                // The tense of the clause the date is in.
                let f = &cx.figures[i];
                let s = cx.doc.sentences.get(cx.doc.sentence_of(f.span.start)).copied();
                let Some(s) = s else { continue };
                // The verb often comes after a long subject ("Ngày 12/6, Đảng ủy
                // các Khu Chế xuất … tổ chức"), so look at the sentence up
                // to a bounded distance, not just the claim window.
                let text = cx.doc.text();
                let end = floor_boundary(text, s.end.min(f.span.end + TENSE_REACH));
                let clause = concat(&[&cx.before(i, s.start), " ", text.get(f.span.end..end).unwrap_or("")]).to_lowercase();
                let past = cx.cues.past.any(&clause) && !cx.cues.future.any(&clause);
                if !past {
                    continue;
                }
                let ok = d <= published;
                let args = [("d", cx.text_of(i)), ("p", cx.text_of(p))];
                out.push(Check {
                    rule: self.name(),
                    status: if ok { Status::Consistent } else { Status::Inconsistent },
                    figures: vec![i, p],
                    expected: None,
                    stated: None,
                    message: fill(if ok { m.before_dateline } else { m.after_dateline }, &args),
                });
            }
        }
        for (i, f) in cx.figures.iter().enumerate() {
            let Quantity::Range { from, to, inner: Kind::Date } = &f.quantity else { continue };
            let reversed = match (from, to) {
                (Bound::Value(a), Bound::Value(b)) => b < a,
                (Bound::Iso(a), Bound::Iso(b)) => b < a && a.len() == b.len(),
                _ => false,
            };
            if reversed {
                let text = cx.text_of(i);
                let (a, b) = text.split_once(['-', '–', '—']).unwrap_or((text, ""));
                out.push(Check {
                    rule: self.name(),
                    status: Status::Inconsistent,
                    figures: vec![i],
                    expected: None,
                    stated: None,
                    message: fill(m.range_reversed, &[("a", a.trim()), ("b", b.trim())]),
                });
            }
        }
    }
}
