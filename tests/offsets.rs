//! Every span the report gives must be exactly what JavaScript's
//! `text.slice(start, end)` returns, whatever the text is made of.

use article_analyzer::{analyze, Options};
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

/// Check every span of a report against the UTF-16 form of `text`.
fn check_spans(text: &str) -> Result<(), TestCaseError> {
    let report = analyze(text, &Options::default()).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let units: Vec<u16> = text.encode_utf16().collect();
    let spans = report
        .figures
        .iter()
        .map(|f| (f.start, f.end, f.text))
        .chain(report.entities.iter().map(|e| (e.start, e.end, e.text)));
    for (start, end, span_text) in spans {
        let (s, e) = (start as usize, end as usize);
        prop_assert!(s <= e && e <= units.len(), "span {s}..{e} out of 0..{}", units.len());
        let sliced = String::from_utf16(&units[s..e]);
        prop_assert!(sliced.is_ok(), "span {s}..{e} splits a surrogate pair");
        prop_assert_eq!(sliced.unwrap_or_default(), span_text);
        prop_assert!(!span_text.is_empty(), "empty span at {}", s);
    }
    Ok(())
}

/// Pieces of news text in the forms drafts arrive in.
fn piece() -> impl Strategy<Value = String> {
    let nfc = [
        "kết nạp 77/110 đảng viên", "đạt 70%", "1.234,5 tỷ đồng", "ngày 12/6/2018", "Mai Thanh Dân",
        "tăng 3,5%", "02 năm", "17:06", "$4.2 million", "77 of 110", "2016 – 2020", "Thành phố Cần Thơ",
        "Mayor Linda Park", "bảy mươi bảy", "50 percent", "€30", "1,250", "TP.HCM", "U.S.",
    ];
    prop_oneof![
        proptest::sample::select(nfc.to_vec()).prop_map(str::to_string),
        proptest::sample::select(nfc.to_vec()).prop_map(|s| s.nfd().collect::<String>()),
        proptest::sample::select(vec![
            " ", "\r\n", "\r", "\n\n", "\u{00A0}", "\u{202F}", "\u{200B}", "\u{200D}", "😀", "👩‍👩‍👧", ". ", ", ",
            "１２３", "％", "\u{0301}", "–", "—", "\t", "\u{FEFF}",
        ])
        .prop_map(str::to_string),
        "[0-9%/.,:\\- ]{1,8}",
        any::<String>().prop_map(|s| s.chars().take(6).collect()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn spans_slice_back_in_utf16(pieces in proptest::collection::vec(piece(), 0..24)) {
        check_spans(&pieces.concat())?;
    }

    #[test]
    fn arbitrary_unicode_never_breaks_offsets(text in any::<String>()) {
        check_spans(&text)?;
    }
}

#[test]
fn nfd_and_nfc_give_the_same_figures() {
    let nfc = "Kết nạp 77/110 đảng viên mới, đạt 70% chỉ tiêu.";
    let nfd: String = nfc.nfd().collect();
    let a = analyze(nfc, &Options::default()).expect("nfc");
    let b = analyze(&nfd, &Options::default()).expect("nfd");
    let values = |r: &article_analyzer::Report| r.figures.iter().map(|f| serde_json::to_value(&f.quantity).ok()).collect::<Vec<_>>();
    assert_eq!(values(&a), values(&b));
    assert!(!a.figures.is_empty());
    check_spans(&nfd).expect("nfd spans");
}

#[test]
fn non_breaking_space_and_fullwidth() {
    check_spans("Tăng\u{00A0}５０％ so với năm\u{202F}2020.\r\nĐạt 1\u{00A0}234 người.").expect("spans");
}
