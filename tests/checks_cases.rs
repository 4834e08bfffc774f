//! The checks' case files: every line of tests/data/checks/{vi,en}.tsv runs
//! through the whole pipeline. A case names the rule and the verdict that
//! must come out; a trap ("clean") must yield no inconsistent check at all.

use article_analyzer::checks::Status;
use article_analyzer::{analyze, Options};

struct Case {
    line: usize,
    rule: String,
    expected: String,
    text: String,
}

fn cases(file: &str) -> Vec<Case> {
    let path = format!("{}/tests/data/checks/{file}", env!("CARGO_MANIFEST_DIR"));
    let data = std::fs::read_to_string(&path).expect("case file");
    data.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| {
            let mut parts = l.splitn(3, '\t');
            let rule = parts.next().unwrap_or("").to_string();
            let expected = parts.next().unwrap_or("").to_string();
            let text = parts.next().unwrap_or("").replace("\\n", "\n");
            Case { line: i + 1, rule, expected, text }
        })
        .collect()
}

fn status_name(s: Status) -> &'static str {
    match s {
        Status::Consistent => "consistent",
        Status::Inconsistent => "inconsistent",
        Status::Unverifiable => "unverifiable",
    }
}

fn run(file: &str, min_cases: usize, min_traps: usize) {
    let cases = cases(file);
    let traps = cases.iter().filter(|c| c.expected == "clean").count();
    assert!(cases.len() - traps >= min_cases, "{file}: {} rule cases, want {min_cases}", cases.len() - traps);
    assert!(traps >= min_traps, "{file}: {traps} traps, want {min_traps}");
    let mut failures = Vec::new();
    for c in &cases {
        let report = analyze(&c.text, &Options::default()).expect("analyze");
        let got: Vec<String> =
            report.checks.iter().map(|k| format!("{}:{} ({})", k.rule, status_name(k.status), k.message)).collect();
        let ok = if c.expected == "clean" {
            report.checks.iter().all(|k| k.status != Status::Inconsistent)
        } else {
            let hit = report.checks.iter().any(|k| k.rule == c.rule && status_name(k.status) == c.expected);
            // A right verdict must not come with a false alarm beside it.
            let alarm = c.expected != "inconsistent" && report.checks.iter().any(|k| k.status == Status::Inconsistent);
            hit && !alarm
        };
        if !ok {
            failures.push(format!("{file}:{} want {} {} — got {:?}\n    {}", c.line, c.rule, c.expected, got, c.text));
        }
    }
    let per_rule = |rule: &str| cases.iter().filter(|c| c.rule == rule).count();
    eprintln!(
        "{file}: {} cases ({} traps), {} failing; per rule: {}",
        cases.len(),
        traps,
        failures.len(),
        article_analyzer::checks::rules().iter().map(|r| format!("{} {}", r.name(), per_rule(r.name()))).collect::<Vec<_>>().join(", ")
    );
    assert!(failures.is_empty(), "{} failing cases:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn vietnamese_cases() {
    run("vi.tsv", 60, 25);
}

#[test]
fn english_cases() {
    run("en.tsv", 60, 25);
}

#[test]
fn sample_articles_have_no_false_alarm() {
    for name in ["vi.txt", "en.txt"] {
        let path = format!("{}/www/samples/{name}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).expect("sample");
        let report = analyze(&text, &Options::default()).expect("analyze");
        let alarms: Vec<&str> =
            report.checks.iter().filter(|c| c.status == Status::Inconsistent).map(|c| c.message).collect();
        assert!(alarms.is_empty(), "{name}: {alarms:?}");
    }
    let text = std::fs::read_to_string(format!("{}/www/samples/vi.txt", env!("CARGO_MANIFEST_DIR"))).expect("sample");
    let report = analyze(&text, &Options::default()).expect("analyze");
    assert!(report.checks.iter().any(|c| c.rule == "ratio-percent" && c.status == Status::Consistent && c.message.starts_with("84/120 = 70,0%")));
}
