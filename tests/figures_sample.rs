//! The repo's own Vietnamese sample article (www/samples/vi.txt): every
//! number in it is found, with the right kind and value. Dates and times
//! belong to the date recognizer; here they must only never become numbers
//! or ratios.

mod figures_support;
use article_analyzer::figures::{Bound, Kind, Quantity};
use article_analyzer::Lang;
use figures_support::figures;

const SAMPLE: &str = include_str!("../www/samples/vi.txt");

/// (text, kind, value, unit) in order of appearance; ranges give `from`.
const EXPECTED: &[(&str, Kind, f64, Option<&str>)] = &[
    ("2020 – 2025", Kind::Range, 2020.0, None),
    ("2020 – 2025", Kind::Range, 2020.0, None),
    ("03 năm", Kind::Duration, 3.0, None),
    ("18", Kind::Number, 18.0, Some("lớp")),
    ("4", Kind::Ordinal, 4.0, None),
    ("5", Kind::Ordinal, 5.0, None),
    ("6", Kind::Ordinal, 6.0, None),
    ("XIII", Kind::Ordinal, 13.0, None),
    ("1.250", Kind::Number, 1250.0, Some("lượt cán bộ, đảng viên")),
    ("96%", Kind::Percent, 96.0, None),
    ("84/120", Kind::Ratio, 0.7, Some("đảng viên")),
    ("70%", Kind::Percent, 70.0, None),
    ("735", Kind::Number, 735.0, Some("đảng viên")),
    ("2.400 tỷ đồng", Kind::Money, 2.4e12, None),
    ("3.000 tỷ đồng", Kind::Money, 3e12, None),
    ("25%", Kind::Percent, 25.0, None),
    ("8,5 triệu đồng", Kind::Money, 8.5e6, None),
    ("gấp 1,7 lần", Kind::Multiplier, 1.7, None),
    ("5 triệu đồng", Kind::Money, 5e6, None),
    ("412,6 tỷ đồng", Kind::Money, 412.6e9, None),
    ("40", Kind::Number, 40.0, Some("tổ chức cơ sở đảng")),
    ("12", Kind::Number, 12.0, Some("tổ chức")),
    ("25", Kind::Number, 25.0, Some("tổ chức")),
    ("3", Kind::Number, 3.0, Some("tổ chức")),
    ("40", Kind::Number, 40.0, Some("tổ chức")),
    ("35", Kind::Number, 35.0, Some("tuổi")),
    ("28%", Kind::Percent, 28.0, None),
    ("33%", Kind::Percent, 33.0, None),
    ("5 điểm phần trăm", Kind::PercentagePoint, 5.0, None),
    ("36", Kind::Number, 36.0, Some("đảng viên")),
    ("100%", Kind::Percent, 100.0, None),
];

/// Dates and times in the sample, left to the date recognizer.
const DATES: &[&str] = &["08:30", "21/07/2023", "19/7/2023", "15/6/2020", "năm 2020", "năm 2022", "năm 2019", "năm 2025", "11 giờ 30 phút"];

#[test]
fn every_number_of_the_sample() {
    let (doc, figs) = figures(SAMPLE, Lang::Vi);
    let ours: Vec<_> = figs.iter().filter(|f| !matches!(f.kind(), Kind::Date | Kind::Time)).collect();
    let got: Vec<String> = ours.iter().map(|f| format!("[{}] {:?} {:?}", doc.slice(f.span), f.quantity, f.unit)).collect();
    assert_eq!(ours.len(), EXPECTED.len(), "got:\n{}", got.join("\n"));
    for (f, (text, kind, value, unit)) in ours.iter().zip(EXPECTED) {
        assert_eq!(doc.slice(f.span), *text, "got:\n{}", got.join("\n"));
        assert_eq!(f.kind(), *kind, "{text}");
        let v = match &f.quantity {
            Quantity::Range { from: Bound::Value(v), inner, .. } => {
                assert_eq!(*inner, Kind::Date, "{text}");
                Some(*v)
            }
            q => q.value(),
        };
        assert_eq!(v, Some(*value), "{text}");
        if unit.is_some() {
            assert_eq!(f.unit.as_deref(), *unit, "{text}");
        }
    }
    // The hedged figures.
    let approx: Vec<&str> = ours.iter().filter(|f| f.approximate).map(|f| doc.slice(f.span)).collect();
    assert_eq!(approx, vec!["8,5 triệu đồng", "35"]);
}

#[test]
fn every_digit_is_accounted_for() {
    let (doc, figs) = figures(SAMPLE, Lang::Vi);
    let text = doc.text();
    let date_spans: Vec<(usize, usize)> =
        DATES.iter().flat_map(|d| text.match_indices(d).map(|(s, m)| (s, s + m.len()))).collect();
    for (i, c) in text.char_indices() {
        if !c.is_ascii_digit() {
            continue;
        }
        let in_fig = figs.iter().any(|f| f.span.start <= i && i < f.span.end);
        let in_date = date_spans.iter().any(|&(s, e)| s <= i && i < e);
        assert!(in_fig || in_date, "digit at {i} not covered: {:?}", text.get(i.saturating_sub(20)..(i + 20).min(text.len())));
        if in_date {
            assert!(
                !figs.iter().any(|f| f.span.start <= i && i < f.span.end && matches!(f.kind(), Kind::Number | Kind::Ratio)),
                "a date/time digit became a number or ratio at {i}"
            );
        }
    }
}
