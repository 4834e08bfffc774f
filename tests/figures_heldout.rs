//! Held-out figure quality: paragraphs the recognizer was not written for,
//! annotated by hand (tests/data/figures/heldout/{vi,en}.tsv, format in the
//! header of vi.tsv). The table-driven tests say each form works; this says
//! how well the recognizer does on running news text, and fails when that
//! drops below the floors. Run with `--nocapture` to see the table, the
//! misses and the spurious figures.
//!
//! Scoring. Identifiers are not scored as figures (they are shown dimmed and
//! never checked): a gold identifier only asks that no counting figure covers
//! it. Strict = same span and kind; lenient = same kind, overlapping span
//! (one gold to one figure). Value accuracy is over the lenient matches whose
//! gold value is given. Figures over an "opt" text, and non-counting figures
//! over a "not" text, are neither right nor wrong.

use article_analyzer::figures::{recognize, Bound, Figure, Kind, Quantity, TimeUnit};
use article_analyzer::text::Document;
use article_analyzer::Lang;

struct Paragraph {
    id: String,
    text: String,
    gold: Vec<Gold>,
}

#[derive(Clone)]
struct Gold {
    start: usize,
    end: usize,
    text: String,
    kind: String,
    value: String,
}

fn load(lang: &str) -> Vec<Paragraph> {
    let path = format!("{}/tests/data/figures/heldout/{lang}.tsv", env!("CARGO_MANIFEST_DIR"));
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut out: Vec<Paragraph> = Vec::new();
    let mut cursor = 0;
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(rest) = line.strip_prefix('@') {
            let (id, text) = rest.split_once('\t').unwrap_or_else(|| panic!("{path}:{}: paragraph needs id<TAB>text", n + 1));
            out.push(Paragraph { id: id.to_string(), text: text.to_string(), gold: Vec::new() });
            cursor = 0;
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let (id, text, kind) = match cols.as_slice() {
            [id, text, kind, ..] => (*id, *text, *kind),
            _ => panic!("{path}:{}: want id<TAB>text<TAB>kind[<TAB>value]", n + 1),
        };
        let value = cols.get(3).copied().unwrap_or("*").to_string();
        let para = out.last_mut().filter(|p| p.id == id).unwrap_or_else(|| panic!("{path}:{}: {id} is not the current paragraph", n + 1));
        let at = find_word(para.text.get(cursor..).unwrap_or(""), text).unwrap_or_else(|| {
            panic!("{path}:{}: {text:?} not found in {id} after byte {cursor} (lines must be in text order)", n + 1)
        });
        let start = cursor + at;
        let end = start + text.len();
        if !["not", "opt"].contains(&kind) && kind_of(kind).is_none() {
            panic!("{path}:{}: unknown kind {kind}", n + 1);
        }
        para.gold.push(Gold { start, end, text: text.to_string(), kind: kind.to_string(), value });
        cursor = end;
    }
    out
}

/// The first occurrence of `needle` that does not cut a word ("second" is
/// not inside "seconds").
fn find_word(hay: &str, needle: &str) -> Option<usize> {
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut from = 0;
    while let Some(k) = hay.get(from..)?.find(needle) {
        let at = from + k;
        let before = hay.get(..at).and_then(|h| h.chars().next_back());
        let after = hay.get(at + needle.len()..).and_then(|h| h.chars().next());
        let cuts_before = alnum(before) && alnum(needle.chars().next());
        let cuts_after = alnum(after) && alnum(needle.chars().next_back());
        if !cuts_before && !cuts_after {
            return Some(at);
        }
        from = at + needle.chars().next().map_or(1, char::len_utf8);
    }
    None
}

fn kind_name(k: Kind) -> String {
    serde_json::to_value(k).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default()
}

fn kind_of(name: &str) -> Option<Kind> {
    [
        Kind::Number,
        Kind::Percent,
        Kind::PercentagePoint,
        Kind::Ratio,
        Kind::Money,
        Kind::Date,
        Kind::Time,
        Kind::Range,
        Kind::Ordinal,
        Kind::Duration,
        Kind::Multiplier,
        Kind::Identifier,
    ]
    .into_iter()
    .find(|k| kind_name(*k) == name)
}

/// Kinds a fact-checker would compute with: these must never cover a "not".
fn counting(k: Kind) -> bool {
    matches!(k, Kind::Number | Kind::Ratio | Kind::Percent | Kind::Money | Kind::Multiplier | Kind::PercentagePoint)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn num_is(want: &str, got: f64) -> bool {
    want.parse::<f64>().map(|w| close(w, got)).unwrap_or(false)
}

fn bound_is(want: &str, got: &Bound) -> bool {
    match got {
        Bound::Value(v) => num_is(want, *v),
        Bound::Iso(s) => s == want,
    }
}

fn unit_name(u: TimeUnit) -> String {
    serde_json::to_value(u).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default()
}

/// Does the figure carry the gold value ("*" always does)?
fn value_ok(want: &str, q: &Quantity) -> bool {
    if want == "*" {
        return true;
    }
    let mut parts = want.split_whitespace();
    let first = parts.next().unwrap_or("");
    let second = parts.next().unwrap_or("");
    match q {
        Quantity::Number { value, .. }
        | Quantity::Percent { value, .. }
        | Quantity::PercentagePoint { value, .. }
        | Quantity::Ordinal { value }
        | Quantity::Multiplier { value } => num_is(first, *value),
        Quantity::Money { value, currency, .. } => num_is(first, *value) && *currency == second,
        Quantity::Duration { value, unit } => num_is(first, *value) && (second.is_empty() || unit_name(*unit) == second),
        Quantity::Ratio { numerator, denominator, .. } => match first.split_once('/') {
            Some((n, d)) => num_is(n, *numerator) && num_is(d, *denominator),
            None => false,
        },
        Quantity::Date { iso, .. } | Quantity::Time { iso } => iso == first,
        Quantity::Range { from, to, .. } => match first.split_once("..") {
            Some((f, t)) => bound_is(f, from) && bound_is(t, to),
            None => false,
        },
        Quantity::Identifier => false,
    }
}

fn describe(q: &Quantity) -> String {
    match q {
        Quantity::Number { value, .. } => format!("number {value}"),
        Quantity::Percent { value, .. } => format!("percent {value}"),
        Quantity::PercentagePoint { value, .. } => format!("percentage-point {value}"),
        Quantity::Ratio { numerator, denominator, .. } => format!("ratio {numerator}/{denominator}"),
        Quantity::Money { value, currency, .. } => format!("money {value} {currency}"),
        Quantity::Date { iso, .. } => format!("date {iso}"),
        Quantity::Time { iso } => format!("time {iso}"),
        Quantity::Range { from, to, inner } => {
            let b = |b: &Bound| match b {
                Bound::Value(v) => format!("{v}"),
                Bound::Iso(s) => s.clone(),
            };
            format!("range {}..{} ({})", b(from), b(to), kind_name(*inner))
        }
        Quantity::Ordinal { value } => format!("ordinal {value}"),
        Quantity::Duration { value, unit } => format!("duration {value} {}", unit_name(*unit)),
        Quantity::Multiplier { value } => format!("multiplier {value}"),
        Quantity::Identifier => "identifier".to_string(),
    }
}

#[derive(Default)]
struct Score {
    gold: usize,
    predicted: usize,
    strict: usize,
    lenient: usize,
    valued: usize,
    value_right: usize,
    ids: usize,
    ids_clean: usize,
    nots: usize,
    not_violations: usize,
    misses: Vec<String>,
    spurious: Vec<String>,
    wrong_values: Vec<String>,
    violations: Vec<String>,
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn score_paragraph(p: &Paragraph, lang: Lang, s: &mut Score) {
    let doc = Document::new(&p.text, Some(lang));
    let figs: Vec<Figure> = recognize(&doc);
    let ranges: Vec<(usize, usize)> = figs.iter().map(|f| doc.original_range(f.span)).collect();
    let text_of = |r: (usize, usize)| p.text.get(r.0..r.1).unwrap_or("?").to_string();

    // Which figures are out of scoring: identifiers, anything over "opt",
    // non-counting figures over "not".
    let mut ignored = vec![false; figs.len()];
    for (i, f) in figs.iter().enumerate() {
        if f.kind() == Kind::Identifier {
            ignored[i] = true;
        }
        for g in &p.gold {
            let over = overlaps(ranges[i], (g.start, g.end));
            if over && (g.kind == "opt" || (g.kind == "not" && !counting(f.kind()))) {
                ignored[i] = true;
            }
        }
    }

    let mut used = vec![false; figs.len()];
    for g in &p.gold {
        let r = (g.start, g.end);
        match g.kind.as_str() {
            "opt" => continue,
            "not" | "identifier" => {
                let bad: Vec<usize> = (0..figs.len()).filter(|&i| counting(figs[i].kind()) && overlaps(ranges[i], r)).collect();
                if g.kind == "not" {
                    s.nots += 1;
                } else {
                    s.ids += 1;
                }
                if bad.is_empty() {
                    if g.kind == "identifier" {
                        s.ids_clean += 1;
                    }
                } else {
                    if g.kind == "not" {
                        s.not_violations += 1;
                    }
                    for i in bad {
                        s.violations.push(format!("{}: {:?} (must not count) got [{}] {}", p.id, g.text, text_of(ranges[i]), describe(&figs[i].quantity)));
                    }
                }
                continue;
            }
            _ => {}
        }
        s.gold += 1;
        let want = kind_of(&g.kind);
        let strict = (0..figs.len()).find(|&i| !used[i] && ranges[i] == r && Some(figs[i].kind()) == want);
        let lenient = strict.or_else(|| (0..figs.len()).find(|&i| !used[i] && Some(figs[i].kind()) == want && overlaps(ranges[i], r)));
        match lenient {
            Some(i) => {
                used[i] = true;
                s.lenient += 1;
                if strict.is_some() {
                    s.strict += 1;
                } else {
                    s.misses.push(format!("{}: {:?} {} — span differs: [{}]", p.id, g.text, g.kind, text_of(ranges[i])));
                }
                if g.value != "*" {
                    s.valued += 1;
                    if value_ok(&g.value, &figs[i].quantity) {
                        s.value_right += 1;
                    } else {
                        s.wrong_values.push(format!("{}: {:?} want {} {} got {}", p.id, g.text, g.kind, g.value, describe(&figs[i].quantity)));
                    }
                }
            }
            None => {
                let near: Vec<String> = (0..figs.len())
                    .filter(|&i| overlaps(ranges[i], r))
                    .map(|i| format!("[{}] {}", text_of(ranges[i]), describe(&figs[i].quantity)))
                    .collect();
                let got = if near.is_empty() { "nothing".to_string() } else { near.join(", ") };
                s.misses.push(format!("{}: {:?} {} {} — got {got}", p.id, g.text, g.kind, g.value));
            }
        }
    }
    for i in 0..figs.len() {
        if ignored[i] {
            continue;
        }
        s.predicted += 1;
        if !used[i] {
            s.spurious.push(format!("{}: [{}] {}", p.id, text_of(ranges[i]), describe(&figs[i].quantity)));
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

struct Floors {
    strict_f1: f64,
    lenient_f1: f64,
    value_accuracy: f64,
    max_not_violations: usize,
}

/// Score one set (a file under tests/data/figures/heldout/) and hold it to its floors.
fn evaluate(set: &str, lang: Lang, min_paragraphs: usize, floors: Floors) {
    let paragraphs = load(set);
    assert!(paragraphs.len() >= min_paragraphs, "{set}: only {} paragraphs", paragraphs.len());
    let mut s = Score::default();
    for p in &paragraphs {
        score_paragraph(p, lang, &mut s);
    }
    let (sp, sr) = (ratio(s.strict, s.predicted), ratio(s.strict, s.gold));
    let (lp, lr) = (ratio(s.lenient, s.predicted), ratio(s.lenient, s.gold));
    let (sf, lf) = (f1(sp, sr), f1(lp, lr));
    let va = ratio(s.value_right, s.valued);
    println!("\n== figures held-out [{set}]: {} paragraphs, {} gold figures, {} predicted", paragraphs.len(), s.gold, s.predicted);
    println!("{:<10} {:>6} {:>6} {:>6}", "match", "P", "R", "F1");
    println!("{:<10} {:>6.3} {:>6.3} {:>6.3}", "strict", sp, sr, sf);
    println!("{:<10} {:>6.3} {:>6.3} {:>6.3}", "lenient", lp, lr, lf);
    println!("value accuracy {:.3} ({}/{})", va, s.value_right, s.valued);
    println!("not-a-quantity violations {}/{}; identifiers left uncounted {}/{}", s.not_violations, s.nots, s.ids_clean, s.ids);
    for (title, list) in [("misses", &s.misses), ("spurious", &s.spurious), ("wrong values", &s.wrong_values), ("counted but must not be", &s.violations)] {
        println!("-- {title} ({})", list.len());
        for m in list {
            println!("   {m}");
        }
    }
    assert!(sf >= floors.strict_f1, "{set}: strict F1 {sf:.3} below floor {}", floors.strict_f1);
    assert!(lf >= floors.lenient_f1, "{set}: lenient F1 {lf:.3} below floor {}", floors.lenient_f1);
    assert!(va >= floors.value_accuracy, "{set}: value accuracy {va:.3} below floor {}", floors.value_accuracy);
    assert!(
        s.not_violations <= floors.max_not_violations,
        "{set}: {} not-a-quantity texts counted (at most {})",
        s.not_violations,
        floors.max_not_violations
    );
}

// Floors sit a few points under the scores reached (see the README's
// "Figures (held-out)"), so a regression fails and noise does not: on the
// small sets one figure is about two points. Sets were written in turn, A
// to E, each annotated before the recognizer ran on it; each set's score
// before its own fixes is the figure for text the recognizer has not seen.

#[test]
fn vietnamese_heldout() {
    evaluate("vi", Lang::Vi, 25, Floors { strict_f1: 0.95, lenient_f1: 0.96, value_accuracy: 0.98, max_not_violations: 1 });
}

#[test]
fn english_heldout() {
    evaluate("en", Lang::En, 25, Floors { strict_f1: 0.95, lenient_f1: 0.96, value_accuracy: 0.98, max_not_violations: 2 });
}

#[test]
fn vietnamese_heldout_b() {
    evaluate("vi-b", Lang::Vi, 12, Floors { strict_f1: 0.92, lenient_f1: 0.92, value_accuracy: 0.97, max_not_violations: 1 });
}

#[test]
fn english_heldout_b() {
    evaluate("en-b", Lang::En, 12, Floors { strict_f1: 0.95, lenient_f1: 0.95, value_accuracy: 0.97, max_not_violations: 1 });
}

#[test]
fn vietnamese_heldout_c() {
    evaluate("vi-c", Lang::Vi, 10, Floors { strict_f1: 0.95, lenient_f1: 0.95, value_accuracy: 0.97, max_not_violations: 1 });
}

#[test]
fn english_heldout_c() {
    evaluate("en-c", Lang::En, 10, Floors { strict_f1: 0.95, lenient_f1: 0.95, value_accuracy: 0.97, max_not_violations: 1 });
}

#[test]
fn vietnamese_heldout_d() {
    evaluate("vi-d", Lang::Vi, 8, Floors { strict_f1: 0.95, lenient_f1: 0.95, value_accuracy: 0.97, max_not_violations: 1 });
}

#[test]
fn english_heldout_d() {
    evaluate("en-d", Lang::En, 8, Floors { strict_f1: 0.95, lenient_f1: 0.95, value_accuracy: 0.97, max_not_violations: 1 });
}

#[test]
fn vietnamese_heldout_e() {
    evaluate("vi-e", Lang::Vi, 8, Floors { strict_f1: 0.95, lenient_f1: 0.95, value_accuracy: 0.97, max_not_violations: 1 });
}

#[test]
fn english_heldout_e() {
    evaluate("en-e", Lang::En, 8, Floors { strict_f1: 0.95, lenient_f1: 0.95, value_accuracy: 0.97, max_not_violations: 1 });
}
