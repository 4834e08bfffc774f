//! Number words from an independent oracle (num2words, see
//! scripts/gen-number-words.py) parse back to their value, plus the
//! newsroom forms the oracle does not write.

mod figures_support;
use article_analyzer::figures::Kind;
use article_analyzer::Lang;
use figures_support::figures;

fn parse_back(lang: Lang, words: &str, value: f64) -> Result<(), String> {
    let sentence = match lang {
        Lang::Vi => format!("Có {words} người tham gia."),
        Lang::En => format!("There were {words} people there."),
    };
    let (doc, figs) = figures(&sentence, lang);
    let got: Vec<String> = figs.iter().map(|f| format!("[{}] {:?}", doc.slice(f.span), f.quantity)).collect();
    match figs.iter().find(|f| doc.slice(f.span) == words) {
        Some(f) if f.kind() == Kind::Number && f.value() == Some(value) => Ok(()),
        _ => Err(format!("{lang:?} {value} {words:?}: got {got:?}")),
    }
}

#[test]
fn oracle_fixture_parses_back() {
    let data = include_str!("data/figures/number_words.tsv");
    let mut errors = Vec::new();
    let mut n = 0;
    for line in data.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
        let mut cols = line.split('\t');
        let (Some(lang), Some(value), Some(words)) = (cols.next(), cols.next(), cols.next()) else {
            panic!("bad fixture line {line:?}");
        };
        let lang = Lang::parse(lang).expect("lang");
        let value: f64 = value.parse().expect("value");
        // Zero and a lone "one"/"một" are not shown as numbers on their own
        // ("không" is "not", "một" is "a").
        if value < 2.0 {
            continue;
        }
        n += 1;
        if let Err(e) = parse_back(lang, words, value) {
            errors.push(e);
        }
    }
    assert!(n > 1000, "fixture too small: {n}");
    assert!(errors.is_empty(), "{} of {n} failed:\n{}", errors.len(), errors.join("\n"));
}

#[test]
fn newsroom_forms() {
    let cases: &[(Lang, &str, f64)] = &[
        (Lang::Vi, "hai mươi mốt", 21.0),
        (Lang::Vi, "ba mươi mốt", 31.0),
        (Lang::Vi, "mười lăm", 15.0),
        (Lang::Vi, "hai mươi lăm", 25.0),
        (Lang::Vi, "bốn mươi nhăm", 45.0),
        (Lang::Vi, "hai mươi tư", 24.0),
        (Lang::Vi, "một trăm linh năm", 105.0),
        (Lang::Vi, "một trăm lẻ năm", 105.0),
        (Lang::Vi, "hai nghìn linh tư", 2004.0),
        (Lang::Vi, "hai triệu rưỡi", 2_500_000.0),
        (Lang::Vi, "một trăm rưỡi", 150.0),
        (Lang::Vi, "ba nghìn rưỡi", 3500.0),
        (Lang::Vi, "hai ngàn", 2000.0),
        (Lang::Vi, "ba tỉ", 3e9),
        (Lang::Vi, "năm chục", 50.0),
        (Lang::Vi, "3 triệu 500 nghìn", 3_500_000.0),
        (Lang::Vi, "1 tỷ 200 triệu", 1_200_000_000.0),
        (Lang::Vi, "2,5 triệu", 2_500_000.0),
        (Lang::Vi, "hai trăm năm mươi", 250.0),
        (Lang::Vi, "một nghìn không trăm linh một", 1001.0),
        (Lang::En, "seventy-seven", 77.0),
        (Lang::En, "a hundred", 100.0),
        (Lang::En, "a dozen", 12.0),
        (Lang::En, "three dozen", 36.0),
        (Lang::En, "half a million", 500_000.0),
        (Lang::En, "1.5 million", 1_500_000.0),
        (Lang::En, "two hundred thousand", 200_000.0),
        (Lang::En, "twenty one", 21.0),
    ];
    let errors: Vec<String> = cases.iter().filter_map(|(l, w, v)| parse_back(*l, w, *v).err()).collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}
