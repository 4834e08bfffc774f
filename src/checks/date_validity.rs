//! date-validity: dates that do not exist ("31/2/2020").

use super::words::{fill, messages};
use super::{Check, Context, Rule, Status};
use crate::figures::Quantity;

pub struct DateValidity;

impl Rule for DateValidity {
    fn name(&self) -> &'static str {
        "date-validity"
    }

    #[inline(never)]
    fn check(&self, cx: &Context, out: &mut Vec<Check>) {
        let m = messages(cx.doc.lang);
        for (i, f) in cx.figures.iter().enumerate() {
            if let Quantity::Date { valid: false, .. } = f.quantity {
                out.push(Check {
                    rule: self.name(),
                    status: Status::Inconsistent,
                    figures: vec![i],
                    expected: None,
                    stated: None,
                    message: fill(m.invalid_date, &[("d", cx.text_of(i))]),
                });
            }
        }
    }
}
