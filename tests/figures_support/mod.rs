//! Shared checker for the table-driven figure tests.
//!
//! A case is a sentence, the text of one figure in it, and what that figure
//! must be: "kind value key=val …". Keys: unit, cur (currency), dec
//! (decimals), num/den (ratio), from/to/inner (range), tu (time unit),
//! approx (approximate), noapprox. Values are compared exactly: the
//! recognizer promises the f64 nearest to the written decimal.

#![allow(dead_code)]

use article_analyzer::figures::{recognize, Bound, Figure, Kind, Quantity};
use article_analyzer::text::Document;
use article_analyzer::Lang;

pub fn figures(text: &str, lang: Lang) -> (Document<'_>, Vec<Figure>) {
    let doc = Document::new(text, Some(lang));
    let figs = recognize(&doc);
    (doc, figs)
}

fn kind_name(k: Kind) -> String {
    serde_json::to_value(k).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default()
}

fn bound(b: &Bound) -> String {
    match b {
        Bound::Value(v) => format!("{v}"),
        Bound::Iso(s) => s.clone(),
    }
}

fn num(s: &str) -> f64 {
    s.parse().unwrap_or_else(|_| panic!("bad number in case: {s}"))
}

/// Check one case; returns an error message instead of panicking so a
/// table reports all its failures at once.
pub fn check(lang: Lang, sentence: &str, text: &str, expect: &str) -> Result<(), String> {
    let (doc, figs) = figures(sentence, lang);
    let shown: Vec<String> = figs.iter().map(|f| format!("[{}] {:?}", doc.slice(f.span), f.quantity)).collect();
    let Some(f) = figs.iter().find(|f| doc.slice(f.span) == text) else {
        return Err(format!("{sentence:?}: no figure {text:?}; got {shown:?}"));
    };
    let mut parts = expect.split_whitespace();
    let kind = parts.next().unwrap_or("");
    let fail = |what: String| Err(format!("{sentence:?} [{text}]: {what}; got {:?} unit={:?} approx={}", f.quantity, f.unit, f.approximate));
    if kind_name(f.kind()) != kind {
        return fail(format!("kind {kind}"));
    }
    let mut rest: Vec<&str> = parts.collect();
    if let Some(first) = rest.first() {
        if !first.contains('=') && *first != "approx" && *first != "noapprox" {
            let v = num(first);
            if f.value() != Some(v) {
                return fail(format!("value {v}"));
            }
            rest.remove(0);
        }
    }
    // Keys may hold spaces ("unit=đảng viên"): re-join tokens without "=".
    let mut keys: Vec<String> = Vec::new();
    for p in rest {
        if p.contains('=') || p == "approx" || p == "noapprox" || keys.is_empty() {
            keys.push(p.to_string());
        } else if let Some(last) = keys.last_mut() {
            last.push(' ');
            last.push_str(p);
        }
    }
    for k in keys {
        let (key, val) = k.split_once('=').unwrap_or((k.as_str(), ""));
        let ok = match (key, &f.quantity) {
            ("approx", _) => f.approximate,
            ("noapprox", _) => !f.approximate,
            ("unit", _) => f.unit.as_deref() == if val == "-" { None } else { Some(val) },
            ("cur", Quantity::Money { currency, .. }) => *currency == val,
            ("dec", Quantity::Money { decimals, .. } | Quantity::Percent { decimals, .. } | Quantity::Number { decimals, .. } | Quantity::PercentagePoint { decimals, .. }) => {
                *decimals as f64 == num(val)
            }
            ("num", Quantity::Ratio { numerator, .. }) => *numerator == num(val),
            ("den", Quantity::Ratio { denominator, .. }) => *denominator == num(val),
            ("from", Quantity::Range { from, .. }) => bound(from) == val,
            ("to", Quantity::Range { to, .. }) => bound(to) == val,
            ("iso", Quantity::Date { iso, .. } | Quantity::Time { iso }) => iso == val,
            ("inner", Quantity::Range { inner, .. }) => kind_name(*inner) == val,
            ("tu", Quantity::Duration { unit, .. }) => {
                serde_json::to_value(unit).ok().and_then(|v| v.as_str().map(String::from)).as_deref() == Some(val)
            }
            _ => false,
        };
        if !ok {
            return fail(format!("{key}={val}"));
        }
    }
    Ok(())
}

/// No number or ratio figure may overlap `text` in `sentence`.
pub fn check_not_quantity(lang: Lang, sentence: &str, text: &str) -> Result<(), String> {
    let (doc, figs) = figures(sentence, lang);
    let Some(start) = sentence.find(text) else {
        return Err(format!("{sentence:?}: case text {text:?} not in sentence"));
    };
    let end = start + text.len();
    for f in &figs {
        let (s, e) = doc.original_range(f.span);
        let counting = matches!(f.kind(), Kind::Number | Kind::Ratio | Kind::Percent | Kind::Money | Kind::Multiplier);
        if counting && s < end && start < e {
            return Err(format!("{sentence:?}: {text:?} yields {:?} [{}]", f.quantity, doc.slice(f.span)));
        }
    }
    Ok(())
}

pub fn run_table(lang: Lang, cases: &[(&str, &str, &str)]) {
    let errors: Vec<String> = cases.iter().filter_map(|(s, t, e)| check(lang, s, t, e).err()).collect();
    assert!(errors.is_empty(), "{} of {} cases failed:\n{}", errors.len(), cases.len(), errors.join("\n"));
}

pub fn run_not_quantity(lang: Lang, cases: &[(&str, &str)]) {
    let errors: Vec<String> = cases.iter().filter_map(|(s, t)| check_not_quantity(lang, s, t).err()).collect();
    assert!(errors.is_empty(), "{} of {} cases failed:\n{}", errors.len(), cases.len(), errors.join("\n"));
}
