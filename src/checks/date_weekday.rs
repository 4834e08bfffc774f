//! date-weekday: a stated weekday against the calendar ("Thứ Hai,
//! 12/6/2018" — it was a Tuesday).

use super::calendar::{weekday, CalDate};
use super::dates::{weekday_index, weekday_name};
use super::words::{fill, messages};
use super::{Check, Context, Rule, Status};
use crate::figures::Quantity;

pub struct DateWeekday;

impl Rule for DateWeekday {
    fn name(&self) -> &'static str {
        "date-weekday"
    }

    #[inline(never)]
    fn check(&self, cx: &Context, out: &mut Vec<Check>) {
        let lang = cx.doc.lang;
        let m = messages(lang);
        for (i, f) in cx.figures.iter().enumerate() {
            let Quantity::Date { iso, weekday: Some(stated), valid: true } = &f.quantity else { continue };
            let Some(CalDate { year, month: Some(mo), day: Some(d) }) = CalDate::from_iso(iso) else { continue };
            let (Some(real), Some(said)) = (weekday(year, mo, d), weekday_index(stated, lang)) else { continue };
            let ok = real == said;
            let args = [("d", cx.text_of(i)), ("real", weekday_name(real, lang)), ("stated", stated.as_str())];
            out.push(Check {
                rule: self.name(),
                status: if ok { Status::Consistent } else { Status::Inconsistent },
                figures: vec![i],
                expected: Some(real as f64),
                stated: Some(said as f64),
                message: fill(if ok { m.weekday_ok } else { m.weekday }, &args),
            });
        }
    }
}
