//! Figure-recognition throughput on a mixed Vietnamese/English corpus of
//! a few megabytes (`support/corpus.rs`: our own sentence templates with
//! varied numbers, plus the repo's sample articles).
//!
//! Run: `cargo bench --bench figures`. Prints MB/s per language and overall.

use article_analyzer::figures::recognize;
use article_analyzer::text::Document;
use article_analyzer::Lang;
use std::time::Instant;

#[path = "support/corpus.rs"]
mod corpus;

fn measure(name: &str, text: &str, lang: Lang) -> (usize, f64) {
    let doc = Document::new(text, Some(lang));
    // Warm up (tables are built once).
    let mut count = recognize(&doc).len();
    let mut best = f64::MAX;
    for _ in 0..5 {
        let t = Instant::now();
        count = std::hint::black_box(recognize(&doc)).len();
        best = best.min(t.elapsed().as_secs_f64());
    }
    let mbs = text.len() as f64 / 1e6 / best;
    println!("{name}: {:.2} MB, {count} figures, {:.1} ms, {mbs:.1} MB/s", text.len() as f64 / 1e6, best * 1e3);
    (text.len(), best)
}

fn main() {
    let vi = corpus::vi(2_000_000);
    let en = corpus::en(2_000_000);
    if std::env::var("FIGURES_BENCH_TOKENS").is_ok() {
        tokens_only(&vi, Lang::Vi);
        tokens_only(&en, Lang::En);
    }
    let (b1, t1) = measure("figures vi", &vi, Lang::Vi);
    let (b2, t2) = measure("figures en", &en, Lang::En);
    println!("figures mixed: {:.2} MB, {:.1} MB/s", (b1 + b2) as f64 / 1e6, (b1 + b2) as f64 / 1e6 / (t1 + t2));
    // Article density: the sample articles alone, repeated (about one
    // figure per 60–80 bytes, as in real news; the templates above are
    // three to four times denser).
    let repeat = |s: &str| s.repeat(1_000_000 / s.len() + 1);
    let (b3, t3) = measure("articles vi", &repeat(corpus::VI_SAMPLE), Lang::Vi);
    let (b4, t4) = measure("articles en", &repeat(corpus::EN_SAMPLE), Lang::En);
    println!("articles mixed: {:.2} MB, {:.1} MB/s", (b3 + b4) as f64 / 1e6, (b3 + b4) as f64 / 1e6 / (t3 + t4));
}

#[allow(dead_code)]
fn tokens_only(text: &str, lang: Lang) {
    let doc = Document::new(text, Some(lang));
    let t = Instant::now();
    let mut n = 0;
    for s in &doc.sentences {
        n += doc.tokens(*s).count();
    }
    println!("tokenizer alone: {n} tokens, {:.1} MB/s", text.len() as f64 / 1e6 / t.elapsed().as_secs_f64());
}
