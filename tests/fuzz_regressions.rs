//! Replays what the fuzzer found and kept, and checks the same invariants
//! on hand-made edge cases and generated text, in a plain `cargo test`:
//!
//! - `tests/data/fuzz/`: every input that once crashed the fuzz target or
//!   broke an invariant (see the README there for what each one was);
//! - `fuzz/corpus/analyze/`: the minimized corpus of the long fuzz run;
//! - edge cases and a property test over pieces of news text;
//! - determinism: the same input gives byte-identical JSON on any thread.
//!
//! Files are read the way the fuzz target reads its bytes
//! (`invariants::decode`: first byte picks auto/vi/en), so a crash file
//! from `fuzz/artifacts/` can be copied here as it is.

mod invariants;

use article_analyzer::{analyze, Lang, Options};
use proptest::prelude::*;
use std::path::{Path, PathBuf};

fn files(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_none_or(|x| x != "md"))
        .collect();
    out.sort();
    out
}

/// Replay every file of `dir`; fail with the list of files that broke.
fn replay(dir: &str, check: fn(&str, &Options) -> Result<(), String>) -> usize {
    let files = files(dir);
    let mut broken = Vec::new();
    for path in &files {
        let data = match std::fs::read(path) {
            Ok(d) => d,
            // A fuzzer running beside the tests replaces corpus files.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => panic!("{}: {e}", path.display()),
        };
        let (options, text) = invariants::decode(&data);
        let outcome = std::panic::catch_unwind(|| check(&text, &options));
        match outcome {
            Ok(Ok(())) => {}
            Ok(Err(why)) => broken.push(format!("{}: {why}", path.display())),
            Err(_) => broken.push(format!("{}: panicked", path.display())),
        }
    }
    assert!(broken.is_empty(), "{} of {} inputs broke:\n{}", broken.len(), files.len(), broken.join("\n"));
    files.len()
}

#[test]
fn crashes_found_by_the_fuzzer_stay_fixed() {
    assert!(replay("tests/data/fuzz", invariants::check) > 0, "the regression folder is empty");
}

#[test]
fn fuzz_corpus_replays_clean() {
    // One run per input (the fuzzer itself checked determinism on each).
    assert!(replay("fuzz/corpus/analyze", invariants::check_once) > 100, "the committed corpus is missing");
}

fn all_options() -> [Options; 3] {
    [Options { lang: None }, Options { lang: Some(Lang::Vi) }, Options { lang: Some(Lang::En) }]
}

fn check_all_langs(text: &str) {
    for options in all_options() {
        if let Err(why) = invariants::check(text, &options) {
            panic!("{why}\ninput: {text:?} {options:?}");
        }
    }
}

#[test]
fn edge_cases() {
    let nines = "9".repeat(5000);
    let long_group = format!("1{}", ".000".repeat(400));
    let marks = "\u{0301}".repeat(300);
    let cases: Vec<String> = vec![
        String::new(),
        " ".into(),
        "\u{FEFF}".into(),
        "\u{0301}".into(),
        marks,
        "a\u{0301}\u{0323}\u{0302}".into(),
        "😀".into(),
        "👩‍👩‍👧 77/110 👩‍👩‍👧 70%".into(),
        "\r".into(),
        "\r\n\r\n".into(),
        "%".into(),
        "%%%%".into(),
        "0%".into(),
        "1/0".into(),
        "0/0 đạt 0%".into(),
        "0 lên 0, tăng 0%".into(),
        "từ 0 lên 5 tỷ đồng, tăng 100%".into(),
        "from 0 to 5, up 100%".into(),
        nines.clone(),
        format!("{nines}%"),
        format!("{nines}/{nines}"),
        format!("tăng từ {nines} lên {nines}9 tỷ đồng, tăng 30%"),
        long_group,
        "1e308 1e309 1.7976931348623157e308".into(),
        "31/2/2018 29/2/2019 0/0/0000 99/99/9999".into(),
        "Thứ Hai, ngày 31/2/2018".into(),
        "25:61 24:00 00:00:60".into(),
        "2020 – 2016".into(),
        "MMMMMMMMMMMMMMMMMMMM XIV IIII".into(),
        "gấp 0 lần, giảm 100 lần, halved, 0-fold".into(),
        "１２３４５６７８９０％".into(),
        "\u{00A0}\u{202F}\u{200B}\u{200D}\u{2060}".into(),
        "TP. HCM. U.S. e.g. Mr. .".into(),
        ". . . ! ? … 。".into(),
        "1.2.3.4.5.6.7.8.9".into(),
        "1,2,3,4,5,6,7,8,9".into(),
        "1/2/3/4/5/6".into(),
        "- - - – — −5 −5% +5%".into(),
        "<script>alert(1)</script> 5% \"=1+1\"".into(),
    ];
    for c in &cases {
        check_all_langs(c);
    }
}

/// Pieces of news text, in the forms drafts arrive in, for the property
/// test: figures that claims are made of, the words around them, and the
/// characters that break naive offset code.
fn piece() -> impl Strategy<Value = String> {
    let words = [
        "kết nạp 77/110 đảng viên", "đạt 70%", "1.234,5 tỷ đồng", "ngày 12/6/2018", "tăng từ 200 lên 250 tỷ đồng",
        "tăng 30%", "tổng số 611 đảng viên", "gấp 3 lần", "giai đoạn 2016 – 2020", "Thứ Hai", "17:06", "02 năm",
        "khoảng", "gần", "chiếm", "trong đó", "$4.2 million", "77 of 110", "rose from 200 to 250", "up 25%",
        "a total of", "percentage points", "twice", "on Monday, June 12, 2018", "between 2016 and 2020",
        "Thành phố Cần Thơ", "Mayor Linda Park", "bảy mươi bảy", "fifty percent", "€30", "1,250", "TP.HCM", "U.S.",
    ];
    let odd = [
        " ", ", ", ". ", "; ", "\n", "\r\n", "\n\n", "\u{00A0}", "\u{202F}", "\u{200B}", "\u{0301}", "\u{FEFF}",
        "😀", "👩‍👩‍👧", "１２", "％", "–", "—", "(", ")", "\"",
    ];
    prop_oneof![
        4 => proptest::sample::select(words.to_vec()).prop_map(str::to_string),
        3 => proptest::sample::select(odd.to_vec()).prop_map(str::to_string),
        2 => "[0-9]{1,4}([.,/:%-][0-9]{1,4}){0,3}",
        1 => any::<String>().prop_map(|s| s.chars().take(4).collect()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn pieces_of_news_keep_every_invariant(pieces in proptest::collection::vec(piece(), 0..32), lang in 0u8..3) {
        let text = pieces.concat();
        let options = all_options()[lang as usize];
        if let Err(why) = invariants::check(&text, &options) {
            return Err(TestCaseError::fail(format!("{why}\ninput: {text:?} {options:?}")));
        }
    }
}

#[test]
fn same_report_on_every_thread() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/samples");
    let mut texts: Vec<String> = std::fs::read_dir(&dir)
        .expect("samples")
        .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
        .collect();
    texts.sort();
    texts.push("😀 đạt\u{00A0}70% 👩‍👩‍👧 tăng １２％\r lone CR\u{200B}zw 1.234,5 tỷ đồng".into());
    assert!(texts.len() >= 3);
    let reports = |texts: &[String]| -> Vec<String> {
        texts.iter().map(|t| analyze(t, &Options::default()).expect("analyze").to_json(false)).collect()
    };
    let here = reports(&texts);
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let texts = texts.clone();
            std::thread::spawn(move || reports(&texts))
        })
        .collect();
    for t in threads {
        assert_eq!(t.join().expect("thread"), here);
    }
}
