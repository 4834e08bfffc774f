//! Entity-recognition throughput on news prose: the entity dev sets
//! (tests/data/entities/, our own paragraphs, mark-up removed) and the
//! repo's sample articles, each repeated to about 2 MB per language.
//!
//! Run: `cargo bench --bench entities`. Prints MB/s for the entity pass
//! alone (on a prepared Document) and for the whole `analyze`, in CPU time
//! (best of three), so a busy machine does not halve the figures.

use article_analyzer::entities::recognize;
use article_analyzer::text::Document;
use article_analyzer::{analyze, Lang, Options};
use std::time::Instant;

/// Seconds of CPU this thread has used (Linux: /proc/thread-self/schedstat),
/// so that figures stay meaningful on a loaded machine; wall time elsewhere.
fn cpu_seconds(start: Instant) -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|n| n.parse::<f64>().ok()))
        .map(|ns| ns / 1e9)
        .unwrap_or_else(|| start.elapsed().as_secs_f64())
}

/// Time `f` in CPU seconds.
fn timed<T>(f: impl FnOnce() -> T) -> (T, f64) {
    let origin = Instant::now();
    let t0 = cpu_seconds(origin);
    let r = f();
    (r, cpu_seconds(origin) - t0)
}

/// The dev set's text without its [name|kind] mark-up or comments.
fn plain(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    for line in src.lines().filter(|l| !l.starts_with('#')) {
        let mut rest = line;
        while let Some(open) = rest.find('[') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            match (after.find('|'), after.find(']')) {
                (Some(bar), Some(close)) if bar < close => {
                    out.push_str(&after[..bar]);
                    rest = &after[close + 1..];
                }
                _ => {
                    out.push('[');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out.push('\n');
    }
    out
}

fn measure(label: &str, text: &str, lang: Lang) {
    let doc = Document::new(text, Some(lang));
    let runs = 3;
    let mut best = f64::MAX;
    let mut n = 0;
    for _ in 0..runs {
        let (k, secs) = timed(|| recognize(&doc).len());
        n = k;
        best = best.min(secs);
    }
    let mut whole = f64::MAX;
    let mut report = 0;
    let whole_runs = if std::env::var("ENTITIES_BENCH_ONLY").is_ok() { 0 } else { runs };
    for _ in 0..whole_runs {
        let (k, secs) = timed(|| analyze(text, &Options { lang: Some(lang) }).map(|r| r.entities.len()).unwrap_or(0));
        report = k;
        whole = whole.min(secs);
    }
    let mb = text.len() as f64 / 1e6;
    println!(
        "{label}: {mb:.2} MB, {n} entities; entities alone {:.1} MB/s; whole analyze {:.1} MB/s ({report} entities)",
        mb / best,
        mb / whole
    );
}

fn main() {
    let repeat = |s: String| s.repeat(2_000_000 / s.len().max(1) + 1);
    let vi = plain(include_str!("../tests/data/entities/vi.txt")) + include_str!("../www/samples/vi.txt");
    let en = plain(include_str!("../tests/data/entities/en.txt")) + include_str!("../www/samples/en.txt");
    measure("vi", &repeat(vi), Lang::Vi);
    measure("en", &repeat(en), Lang::En);
}
