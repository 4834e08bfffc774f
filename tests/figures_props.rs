//! Property tests: numbers written in either language's digit style parse
//! back exactly, and no input makes the recognizer panic or emit spans out
//! of order, overlapping, or off char boundaries.

mod figures_support;
use article_analyzer::figures::Kind;
use article_analyzer::Lang;
use figures_support::figures;
use proptest::prelude::*;

/// Write `int` with `frac` decimals in a language's style.
fn style(int: u64, frac: &str, grouped: bool, lang: Lang) -> String {
    let (g, d) = match lang {
        Lang::Vi => ('.', ','),
        Lang::En => (',', '.'),
    };
    let digits = int.to_string();
    let mut out = String::new();
    for (k, c) in digits.chars().enumerate() {
        if grouped && k > 0 && (digits.len() - k) % 3 == 0 {
            out.push(g);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(d);
        out.push_str(frac);
    }
    out
}

fn lang_strategy() -> impl Strategy<Value = Lang> {
    prop_oneof![Just(Lang::Vi), Just(Lang::En)]
}

proptest! {
    #[test]
    fn digit_styles_parse_back(
        int in 0u64..1_000_000_000,
        frac in "[0-9]{0,3}",
        grouped in any::<bool>(),
        form in 0u8..3,
        lang in lang_strategy(),
    ) {
        let written = style(int, &frac, grouped, lang);
        let (scale_word, exp) = match (form, lang) {
            (1, Lang::Vi) => (" triệu", 6),
            (1, Lang::En) => (" million", 6),
            _ => ("", 0),
        };
        let percent = form == 2;
        let text = format!("{written}{scale_word}{}", if percent { "%" } else { "" });
        let sentence = match lang {
            Lang::Vi => format!("Có {text} người tham gia."),
            Lang::En => format!("There were {text} people there."),
        };
        let expected: f64 = format!("{int}{}{frac}e{exp}", if frac.is_empty() { "" } else { "." }).parse().unwrap();
        let (doc, figs) = figures(&sentence, lang);
        let got: Vec<String> = figs.iter().map(|f| format!("[{}] {:?}", doc.slice(f.span), f.quantity)).collect();
        let f = figs.iter().find(|f| doc.slice(f.span) == text);
        prop_assert!(f.is_some(), "{sentence:?}: got {got:?}");
        let f = f.unwrap();
        prop_assert_eq!(f.kind(), if percent { Kind::Percent } else { Kind::Number }, "{:?}", sentence);
        prop_assert_eq!(f.value(), Some(expected), "{:?}", sentence);
    }

    #[test]
    fn money_parses_back(int in 1u64..100_000, frac in "[0-9]{0,2}", lang in lang_strategy()) {
        let written = style(int, &frac, true, lang);
        let (text, code) = match lang {
            Lang::Vi => (format!("{written} tỷ đồng"), "VND"),
            Lang::En => (format!("${written} billion"), "USD"),
        };
        let sentence = format!("{text}.");
        let expected: f64 = format!("{int}{}{frac}e9", if frac.is_empty() { "" } else { "." }).parse().unwrap();
        let (doc, figs) = figures(&sentence, lang);
        let f = figs.iter().find(|f| doc.slice(f.span) == text);
        prop_assert!(f.is_some(), "{:?}", sentence);
        let f = f.unwrap();
        prop_assert_eq!(f.value(), Some(expected));
        match &f.quantity {
            article_analyzer::figures::Quantity::Money { currency, .. } => prop_assert_eq!(*currency, code),
            q => prop_assert!(false, "not money: {q:?}"),
        }
    }

    #[test]
    fn never_panics_and_spans_are_sound(
        pieces in proptest::collection::vec(prop_oneof![
            "[0-9]{1,5}", Just(".".to_string()), Just(",".to_string()), Just("/".to_string()),
            Just(":".to_string()), Just("%".to_string()), Just("-".to_string()), Just("–".to_string()),
            Just(" ".to_string()), Just("$".to_string()), Just("€".to_string()), Just("\n".to_string()),
            Just("triệu".to_string()), Just("tỷ đồng".to_string()), Just("hai mươi mốt".to_string()),
            Just("lẻ".to_string()), Just("rưỡi".to_string()), Just("gấp".to_string()), Just("thứ".to_string()),
            Just("từ".to_string()), Just("đến".to_string()), Just("trên".to_string()), Just("số".to_string()),
            Just("Điều".to_string()), Just("phần".to_string()), Just("năm".to_string()), Just("million".to_string()),
            Just("a third of".to_string()), Just("half".to_string()), Just("between".to_string()), Just("and".to_string()),
            Just("XII".to_string()), Just("khóa".to_string()), Just("cứ".to_string()), Just("có".to_string()),
            Just("No.".to_string()), Just("https://x.vn/".to_string()), Just("🙂".to_string()), Just("e\u{301}".to_string()),
            Just("percent".to_string()), Just("-year-old".to_string()), Just("k".to_string()), Just("bn".to_string()),
            "[a-zđơư]{1,6}", ".{0,3}",
        ], 0..40),
        lang in lang_strategy(),
    ) {
        let text: String = pieces.concat();
        let (doc, figs) = figures(&text, lang);
        let t = doc.text();
        let mut last_end = 0;
        for f in &figs {
            prop_assert!(f.span.start < f.span.end, "empty span in {text:?}");
            prop_assert!(f.span.start >= last_end, "overlap or disorder in {text:?}: {figs:?}");
            prop_assert!(t.is_char_boundary(f.span.start) && t.is_char_boundary(f.span.end) && f.span.end <= t.len());
            if let Some(v) = f.value() {
                prop_assert!(v.is_finite(), "non-finite value in {text:?}");
            }
            last_end = f.span.end;
        }
        let report = article_analyzer::analyze(&text, &article_analyzer::Options { lang: Some(lang) });
        prop_assert!(report.is_ok());
    }
}
