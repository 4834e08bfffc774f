//! ratio-percent: a part of a whole against the share the text states.
//!
//! "kết nạp 77/110 đảng viên mới, đạt 70% chỉ tiêu" · "77 of 110
//! respondents (75%)" · "chiếm 35% trong tổng số 1.200 hộ, tức 420 hộ".
//! The share must be tied to the ratio by a linking word or brackets, with
//! no other quantity between them.

use super::claims::{self, is_amount, Sentence};
use super::numbers::{agrees, format, plain};
use super::words::{concat, messages};
use super::{Check, Context, Rule, Status};
use crate::figures::{Figure, Kind, Quantity};

pub struct RatioPercent;

impl Rule for RatioPercent {
    fn name(&self) -> &'static str {
        "ratio-percent"
    }

    #[inline(never)]
    fn check(&self, cx: &Context, out: &mut Vec<Check>) {
        // Every claim form here states a percent.
        for s in cx.sentences.iter().filter(|s| s.has_percent) {
            let before = out.len();
            self.ratio_then_share(cx, s, out);
            self.share_of_whole(cx, s, out);
            self.part_of_earlier_whole(cx, s, out, before);
            self.share_then_part_of_whole(cx, s, out, before);
            self.share_of_target(cx, s, out, before);
            let used: Vec<usize> = out[before..].iter().flat_map(|c| c.figures.iter().copied()).collect();
            self.without_base(cx, s, &used, out);
        }
    }
}

/// The percents of a sentence that no check of this rule has taken yet,
/// with their value and decimals, in order: each claim form below gets
/// the rest. Those of its first 64 figures are a set of bits in one u64
/// (those past them a list), so that no list is made per form and
/// sentence; a u128 would shift by a libcall in WASM.
fn open_shares<'c>(cx: &Context<'c, '_>, s: &Sentence, taken: &[Check]) -> OpenShares<'c> {
    let base = s.figures.start;
    let head = base..s.figures.end.min(base + 64);
    let mut bits = 0u64;
    for p in head.clone().filter(|&p| percent_of(&cx.fig(p).quantity).is_some()) {
        bits |= 1 << (p - base);
    }
    for &p in taken.iter().flat_map(|c| c.figures.iter()).filter(|p| head.contains(p)) {
        bits &= !(1 << (p - base));
    }
    let rest: Vec<usize> = match head.end < s.figures.end {
        true => (head.end..s.figures.end)
            .filter(|p| !taken.iter().any(|c| c.figures.contains(p)))
            .filter(|&p| percent_of(&cx.fig(p).quantity).is_some())
            .collect(),
        false => Vec::new(),
    };
    OpenShares { figures: cx.figures, base, bits, rest: rest.into_iter() }
}

/// [`open_shares`]' answer.
struct OpenShares<'c> {
    figures: &'c [Figure],
    base: usize,
    bits: u64,
    rest: std::vec::IntoIter<usize>,
}

impl Iterator for OpenShares<'_> {
    type Item = (usize, f64, u8);

    fn next(&mut self) -> Option<(usize, f64, u8)> {
        loop {
            let p = if self.bits != 0 {
                let k = self.bits.trailing_zeros() as usize;
                self.bits &= self.bits - 1;
                self.base + k
            } else {
                self.rest.next()?
            };
            if let Some((v, d)) = self.figures.get(p).and_then(|f| percent_of(&f.quantity)) {
                return Some((p, v, d));
            }
        }
    }
}

/// Is all the sentence has before figure `j` a word that opens a whole
/// ("Of 500 people surveyed, …")? See `Words::whole_opening`.
fn opens_with_whole(cx: &Context, j: usize, s: &Sentence) -> bool {
    // `before` is lowercase already.
    let head = cx.before(j, s.span.start);
    let head = head.trim();
    head.len() <= 12 && cx.words().whole_opening.contains(&head)
}

fn percent_of(q: &Quantity) -> Option<(f64, u8)> {
    match *q {
        // A negative share is no share: "-5%" is a change.
        Quantity::Percent { value, decimals } if value >= 0.0 => Some((value, decimals)),
        _ => None,
    }
}

// Each claim form is a function of its own, not inlined into `check`: V8
// compiles a WASM function whole before running it at full speed, and one
// 19 KB `check` took it ~70 ms; the forms are called once per sentence with
// a percent, so the calls cost nothing to speak of natively.
impl RatioPercent {
    /// "đạt 97%" right after a count, with nothing to take it of.
    #[inline(never)]
    fn without_base(&self, cx: &Context, s: &Sentence, used: &[usize], out: &mut Vec<Check>) {
        for p in s.figures.clone() {
            let Some((stated, _)) = percent_of(&cx.fig(p).quantity) else { continue };
            if used.contains(&p) {
                continue;
            }
            // The last clause's trimmed end is the byte before the percent
            // or nothing: when no share verb ends in either, the window
            // need not be read (most percents).
            let verb = &cx.cues.share_verb;
            if cx.last_byte_before(p).is_some_and(|last| !verb.may_end_last(last) && !verb.may_end_last(None)) {
                continue;
            }
            let before = cx.before(p, s.span.start);
            let clause = claims::last_clause(&before);
            // The share verb directly before the percent, and an amount it would be a share of.
            if !verb.ends(clause) {
                continue;
            }
            // "or 56% over budget" states a change, not a share.
            if cx.direction(p, s).is_some() {
                continue;
            }
            // The count it follows, if any, is shown with it.
            let prev = (s.figures.start..p).rev().find(|&j| claims::is_quantity(cx.fig(j))).filter(|&j| is_amount(cx.fig(j)));
            let mut figures: Vec<usize> = prev.into_iter().collect();
            figures.push(p);
            out.push(Check {
                rule: self.name(),
                status: Status::Unverifiable,
                figures,
                expected: None,
                stated: Some(stated),
                message: messages(cx.doc.lang).no_base.to_string(),
            });
        }
    }

    /// A ratio figure followed by its share.
    #[inline(never)]
    fn ratio_then_share(&self, cx: &Context, s: &Sentence, out: &mut Vec<Check>) {
        for r in s.figures.clone() {
            let Quantity::Ratio { numerator, denominator, .. } = cx.fig(r).quantity else { continue };
            let Some(p) = (r + 1..s.figures.end).find(|&j| claims::is_quantity(cx.fig(j))) else { continue };
            let Some((stated, decimals)) = percent_of(&cx.fig(p).quantity) else { continue };
            let between = cx.between(r, p);
            let bracket = between.trim_end().ends_with('(');
            let linked = bracket || cx.cues.share.ends(&between) || cx.cues.share_any.any(&between);
            if !linked || between.len() > claims::WINDOW || between.contains(';') {
                continue;
            }
            if denominator == 0.0 || share_of_something_else(cx, r, p, s.span.end) {
                continue;
            }
            let exact = numerator / denominator * 100.0;
            let numbers = concat(&[&plain(numerator, cx.doc.lang), "/", &plain(denominator, cx.doc.lang)]);
            out.push(verdict(cx, self.name(), vec![r, p], exact, stated, decimals, cx.fig(p).approximate, &numbers));
        }
    }

    /// "chiếm 35% trong tổng số 1.200 hộ, tức 420 hộ": a share, its whole
    /// (after a whole cue) and its part, all in one sentence.
    #[inline(never)]
    fn share_of_whole(&self, cx: &Context, s: &Sentence, out: &mut Vec<Check>) {
        // Exactly three quantities, one of them a percent and two amounts
        // (counted in arrays: this is asked of every sentence with a percent).
        let mut quantities = s.figures.clone().filter(|&j| claims::is_quantity(cx.fig(j)));
        let (Some(a), Some(b), Some(c), None) = (quantities.next(), quantities.next(), quantities.next(), quantities.next()) else { return };
        let idx = [a, b, c];
        let Some(&p) = idx.iter().find(|&&j| cx.fig(j).kind() == Kind::Percent) else { return };
        let mut amounts = idx.iter().copied().filter(|&j| is_amount(cx.fig(j)));
        let (Some(a0), Some(a1), None) = (amounts.next(), amounts.next(), amounts.next()) else { return };
        let amounts = [a0, a1];
        // The whole is the amount introduced by a whole cue.
        let is_whole = |j: usize| cx.ends_before(&cx.cues.whole, j, s.span.start);
        let (whole, part) = match (is_whole(amounts[0]), is_whole(amounts[1])) {
            (true, false) => (amounts[0], amounts[1]),
            (false, true) => (amounts[1], amounts[0]),
            _ => return,
        };
        // All three in one clause: "…, 45 xã đạt chuẩn; 80% số trạm …" is
        // a share of something else.
        let (lo, hi) = (idx[0], idx[2]);
        if cx.between(lo, hi).contains(';') {
            return;
        }
        // The share is tied by a share cue ("chiếm", "đạt", "tức", "or").
        let before_p = cx.before(p, s.span.start);
        let around = concat(&[&before_p, " ", &cx.between(part.min(p), part.max(p))]);
        if !cx.cues.share_any.any(&around) {
            return;
        }
        let (Some(pv), Some(wv)) = (cx.fig(part).value(), cx.fig(whole).value()) else { return };
        if wv <= 0.0 || pv < 0.0 || pv > wv {
            return;
        }
        // Units may differ ("420 teachers … of the 1,200 new staff"): the
        // whole cue already says what the share is of.
        let Some((stated, decimals)) = percent_of(&cx.fig(p).quantity) else { return };
        let exact = pv / wv * 100.0;
        let numbers = concat(&[&plain(pv, cx.doc.lang), "/", &plain(wv, cx.doc.lang)]);
        let mut figs = vec![part, whole, p];
        figs.sort_unstable();
        out.push(verdict(cx, self.name(), figs, exact, stated, decimals, cx.fig(p).approximate, &numbers));
    }

    /// "Trong số 120 đại biểu được hỏi, có 84 người (chiếm 70%)" · "of the
    /// 2,000 people surveyed, 512 (25.6%) said so": the whole comes first,
    /// then each part with its share right after it.
    #[inline(never)]
    fn part_of_earlier_whole(&self, cx: &Context, s: &Sentence, out: &mut Vec<Check>, first: usize) {
        for (p, stated, decimals) in open_shares(cx, s, &out[first..]) {
            // The part: the quantity right before the share, tied to it.
            let Some(part) = (s.figures.start..p).rev().find(|&j| claims::is_quantity(cx.fig(j))) else { continue };
            if !is_amount(cx.fig(part)) {
                continue;
            }
            let between = cx.between(part, p);
            let linked = between.trim_end().ends_with('(') || cx.cues.share.ends(&between);
            if !linked || between.len() > claims::WINDOW || between.contains([';', ')']) {
                continue;
            }
            // The whole: the nearest earlier amount that a whole-first cue
            // introduces, in the same clause run (no semicolon between).
            // Or the amount that "trong đó" / "of which" splits: "Tỉnh có 120
            // xã, trong đó 96 xã đạt chuẩn, chiếm 80%".
            let same_unit = |j: usize| match (&cx.fig(j).unit, &cx.fig(part).unit) {
                (Some(a), Some(b)) => a == b || b.starts_with(a.as_str()) || a.starts_with(b.as_str()),
                _ => true,
            };
            let Some(whole) = (s.figures.start..part).rev().filter(|&j| is_amount(cx.fig(j))).find(|&j| {
                cx.ends_before(&cx.cues.whole_first, j, s.span.start)
                    || (j == s.figures.start && opens_with_whole(cx, j, s))
                    || (cx.cues.subset.any(&cx.between(j, part)) && same_unit(j))
            }) else {
                continue;
            };
            // A semicolon ends the whole's clause, unless what follows it
            // splits that whole ("…; trong đó thu nội địa 10.200 tỷ đồng").
            let gap = cx.between(whole, part);
            if gap.rsplit_once(';').is_some_and(|(_, after)| !cx.cues.subset.any(after)) {
                continue;
            }
            let (Some(pv), Some(wv)) = (cx.fig(part).value(), cx.fig(whole).value()) else { continue };
            if wv <= 0.0 || pv < 0.0 || pv > wv {
                continue;
            }
            // Amounts with a scale word or a currency are shown as written
            // ("10.200 tỷ đồng"), not as a long row of digits.
            let shown = |i: usize, v: f64| match cx.text_of(i) {
                t if t.chars().any(char::is_alphabetic) => t.to_string(),
                _ => plain(v, cx.doc.lang),
            };
            let numbers = concat(&[&shown(part, pv), "/", &shown(whole, wv)]);
            let exact = pv / wv * 100.0;
            out.push(verdict(cx, self.name(), vec![whole, part, p], exact, stated, decimals, cx.fig(p).approximate, &numbers));
        }
    }

    /// "mới đạt 32,4% (khoảng 1.520 tỷ đồng trên tổng số 4.690 tỷ đồng)" ·
    /// "35%, or 420 of the 1,200 households": the share first, then the
    /// part and its whole, explained in brackets or after "tức", "or".
    #[inline(never)]
    fn share_then_part_of_whole(&self, cx: &Context, s: &Sentence, out: &mut Vec<Check>, first: usize) {
        let w = cx.words();
        for (p, stated, decimals) in open_shares(cx, s, &out[first..]) {
            let mut next = (p + 1..s.figures.end).filter(|&j| claims::is_quantity(cx.fig(j)));
            let Some(part) = next.next() else { continue };
            let lead = cx.between(p, part);
            let lead_words = lead.trim_start().trim_start_matches(['(', ',', ' ']);
            let opens = lead.trim_start().starts_with('(') || w.share.iter().any(|c| lead_words.starts_with(c));
            if lead.len() > claims::WINDOW || lead.contains([';', ')']) {
                continue;
            }
            if !opens {
                // "1.500 lao động, trong đó 60% là nữ, tương đương 900
                // người" · "1,500 people, 60% of them women, or about 900".
                if let Some(c) = self.whole_before(cx, s, p, part, &lead, stated, decimals) {
                    out.push(c);
                }
                continue;
            }
            // "85% (3,400 of the 4,200 eligible children)": one ratio figure.
            if let Quantity::Ratio { numerator, denominator, .. } = cx.fig(part).quantity {
                if denominator > 0.0 && numerator <= denominator {
                    let exact = numerator / denominator * 100.0;
                    let numbers = concat(&[&plain(numerator, cx.doc.lang), "/", &plain(denominator, cx.doc.lang)]);
                    out.push(verdict(cx, self.name(), vec![p, part], exact, stated, decimals, cx.fig(p).approximate, &numbers));
                }
                continue;
            }
            let after = next.next().and_then(|whole| self.whole_after(cx, p, part, whole, stated, decimals));
            if let Some(c) = after.or_else(|| self.whole_before(cx, s, p, part, &lead, stated, decimals)) {
                out.push(c);
            }
        }
    }

    /// "35%, or 420 of the 1,200 households": the whole after the part.
    fn whole_after(&self, cx: &Context, p: usize, part: usize, whole: usize, stated: f64, decimals: u8) -> Option<Check> {
        if !is_amount(cx.fig(part)) || !is_amount(cx.fig(whole)) {
            return None;
        }
        let link = cx.between(part, whole);
        if !cx.cues.whole.ends(&link) || link.len() > claims::WINDOW || link.contains([';', ')', ',']) {
            return None;
        }
        let (pv, wv) = (cx.fig(part).value()?, cx.fig(whole).value()?);
        if wv <= 0.0 || pv < 0.0 || pv > wv {
            return None;
        }
        let numbers = concat(&[cx.text_of(part), "/", cx.text_of(whole)]);
        let exact = pv / wv * 100.0;
        let approximate = cx.fig(p).approximate || cx.fig(part).approximate;
        Some(verdict(cx, self.name(), vec![p, part, whole], exact, stated, decimals, approximate, &numbers))
    }

    /// The whole split before its share, the part after it, restated by a
    /// share word in the share's next clause: "1.500 lao động, trong đó
    /// 60% là nữ, tương đương 900 người". `lead` is the text from the
    /// share to the part.
    #[allow(clippy::too_many_arguments)]
    fn whole_before(&self, cx: &Context, s: &Sentence, p: usize, part: usize, lead: &str, stated: f64, decimals: u8) -> Option<Check> {
        let w = cx.words();
        let restated = claims::last_clause(lead).trim_start();
        if lead.matches(',').count() != 1 || !w.share.iter().any(|c| restated.starts_with(c)) {
            return None;
        }
        let whole = (s.figures.start..p).rev().find(|&j| claims::is_quantity(cx.fig(j)))?;
        let gap = cx.between(whole, p);
        if !is_amount(cx.fig(whole)) || !is_amount(cx.fig(part)) || gap.len() > claims::WINDOW || gap.contains([';', '(', ')']) {
            return None;
        }
        if !(cx.cues.subset.any(&gap) || cx.cues.subset.any(lead)) {
            return None;
        }
        let (pv, wv) = (cx.fig(part).value()?, cx.fig(whole).value()?);
        if wv <= 0.0 || pv < 0.0 || pv > wv {
            return None;
        }
        let numbers = concat(&[cx.text_of(part), "/", cx.text_of(whole)]);
        let approximate = cx.fig(p).approximate || cx.fig(part).approximate;
        Some(verdict(cx, self.name(), vec![whole, p, part], pv / wv * 100.0, stated, decimals, approximate, &numbers))
    }

    /// "Thu ngân sách đạt 1.050 tỷ đồng, bằng 105% kế hoạch năm 1.000 tỷ
    /// đồng" · "$1.05 billion, or 105% of the $1 billion target": an amount,
    /// its share, and the target it is a share of. Over 100% is fine.
    #[inline(never)]
    fn share_of_target(&self, cx: &Context, s: &Sentence, out: &mut Vec<Check>, first: usize) {
        for (p, stated, decimals) in open_shares(cx, s, &out[first..]) {
            let Some(part) = (s.figures.start..p).rev().find(|&j| claims::is_quantity(cx.fig(j))) else { continue };
            let Some(whole) = (p + 1..s.figures.end).find(|&j| claims::is_quantity(cx.fig(j))) else { continue };
            if !is_amount(cx.fig(part)) || !is_amount(cx.fig(whole)) {
                continue;
            }
            let lead = cx.between(part, p);
            if lead.len() > claims::WINDOW || lead.contains([';', ')']) || !(cx.cues.share.ends(&lead) || lead.trim_end().ends_with('(')) {
                continue;
            }
            let link = cx.between(p, whole);
            // The target word before the whole ("kế hoạch năm 1.000 tỷ") or
            // right after it ("the $1 billion target").
            let after_whole = cx.after(whole, s.span.end);
            let next = claims::first_two_words(&after_whole);
            if link.len() > claims::WINDOW || link.contains([';', ',', '(', ')']) || !(cx.cues.target.any(&link) || cx.cues.target.any(&next)) {
                continue;
            }
            let Some((pv, wv)) = claims::pair_values(cx, whole, part) else { continue };
            if wv <= 0.0 || pv <= 0.0 {
                continue;
            }
            let exact = wv / pv * 100.0;
            let numbers = concat(&[cx.text_of(part), "/", cx.text_of(whole)]);
            out.push(verdict(cx, self.name(), vec![part, p, whole], exact, stated, decimals, cx.fig(p).approximate, &numbers));
        }
    }
}

/// "nine times in ten, or 75% of routes": the share names its own whole
/// ("of routes", "của …"), and it is not what the ratio counts.
fn share_of_something_else(cx: &Context, r: usize, p: usize, limit: usize) -> bool {
    let after = cx.after(p, limit);
    let rest = after.trim_start();
    let Some(whole) = rest.strip_prefix("of ").or_else(|| rest.strip_prefix("của ")) else { return false };
    match &cx.fig(r).unit {
        Some(unit) => !whole.starts_with(unit.to_lowercase().as_str()),
        // A frequency ("nine times in ten") is not a count of anything.
        None => {
            let ratio = cx.text_of(r).to_lowercase();
            ratio.contains("times") || ratio.contains("lần")
        }
    }
}

/// The verdict on "numbers = exact %" against a stated percent.
pub fn verdict(
    cx: &Context,
    rule: &'static str,
    figures: Vec<usize>,
    exact: f64,
    stated: f64,
    decimals: u8,
    approximate: bool,
    numbers: &str,
) -> Check {
    let m = messages(cx.doc.lang);
    let lang = cx.doc.lang;
    let shown = format(exact, decimals + 1, lang);
    let stated_s = format(stated, decimals, lang);
    let ok = agrees(exact, stated, decimals, approximate);
    let note = if approximate && !agrees(exact, stated, decimals, false) { m.approx_note } else { "" };
    let message = if ok {
        concat(&[numbers, " = ", &shown, "% — ", m.matches, " ", &stated_s, "%", note])
    } else {
        concat(&[numbers, " = ", &shown, "%, ", m.not, " ", &stated_s, "%", note])
    };
    Check {
        rule,
        status: if ok { Status::Consistent } else { Status::Inconsistent },
        figures,
        expected: Some(round_to(exact, decimals + 1)),
        stated: Some(stated),
        message,
    }
}

/// Round for the report's `expected` field (no binary noise in JSON).
pub fn round_to(v: f64, decimals: u8) -> f64 {
    let f = super::numbers::pow10(decimals.min(12) as i32);
    (v * f).round() / f
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::verdicts;

    #[test]
    fn vietnamese() {
        assert_eq!(verdicts("Kết nạp 77/110 đảng viên mới, đạt 70% chỉ tiêu.", "ratio-percent"), ["consistent"]);
        assert_eq!(verdicts("Kết nạp 77/110 đảng viên mới, đạt 75% chỉ tiêu.", "ratio-percent"), ["inconsistent"]);
        assert_eq!(verdicts("Có 420 hộ, chiếm 35% trong tổng số 1.200 hộ.", "ratio-percent"), ["consistent"]);
        assert_eq!(verdicts("Thu ngân sách đạt 1.050 tỷ đồng, bằng 105% kế hoạch năm 1.000 tỷ đồng.", "ratio-percent"), ["consistent"]);
        assert_eq!(verdicts("Thu ngân sách đạt 1.050 tỷ đồng, bằng 110% kế hoạch năm 1.000 tỷ đồng.", "ratio-percent"), ["inconsistent"]);
        assert_eq!(verdicts("Tỉnh có 120 xã, trong đó 96 xã đạt chuẩn nông thôn mới, chiếm 80%.", "ratio-percent"), ["consistent"]);
        assert_eq!(verdicts("Tỉnh có 120 xã, trong đó 90 xã đạt chuẩn nông thôn mới, chiếm 80%.", "ratio-percent"), ["inconsistent"]);
        assert_eq!(
            verdicts("Trong số 120 đại biểu được hỏi, có 84 người (chiếm 70%) đồng ý, 30 người (chiếm 20%) phản đối.", "ratio-percent"),
            ["consistent", "inconsistent"]
        );
    }

    #[test]
    fn english() {
        assert_eq!(verdicts("77 of 110 respondents (75%) agreed.", "ratio-percent"), ["inconsistent"]);
        assert_eq!(verdicts("One in five (20%) said no.", "ratio-percent"), ["consistent"]);
        assert_eq!(verdicts("The agency collected $1.05 billion, or 105% of the $1 billion target.", "ratio-percent"), ["consistent"]);
        assert_eq!(verdicts("The agency collected $1.05 billion, or 110% of the $1 billion target.", "ratio-percent"), ["inconsistent"]);
        assert_eq!(verdicts("The firm employs 1,200 staff, of whom 300 (25%) work abroad.", "ratio-percent"), ["consistent"]);
        assert_eq!(
            verdicts("Of the 2,000 people surveyed, 512 (25.6%) said so and 300 (16%) did not.", "ratio-percent"),
            ["consistent", "inconsistent"]
        );
    }
}
