//! The report's own stages timed on a file: checks, `Report::build`, the
//! JSON writer and the flat writer (what the WASM export hands to JS).
//!
//! `cargo run --release --example writers -- FILE [RUNS]`; under
//! `valgrind --tool=callgrind` use RUNS=1 and read the inclusive counts of
//! `checks::run`, `Report::build`, `report::json::write` and
//! `report::flat::write`.

use article_analyzer::{checks, entities, figures, report, text};
use std::time::Instant;

#[path = "support/args.rs"]
mod args;

fn main() {
    let (text, runs) = args::file_and_runs("writers");
    for _ in 0..runs {
        let doc = text::Document::new(&text, None);
        let figures = figures::recognize(&doc);
        let entities = entities::recognize(&doc);
        let lap = Instant::now();
        let checks = checks::run(&doc, &figures);
        let t_checks = lap.elapsed().as_secs_f64() * 1e3;
        let lap = Instant::now();
        let report = report::Report::build(&doc, figures, entities, checks);
        let t_build = lap.elapsed().as_secs_f64() * 1e3;
        let lap = Instant::now();
        let json = report.to_json(false);
        let t_json = lap.elapsed().as_secs_f64() * 1e3;
        let lap = Instant::now();
        let mut ops = 0;
        let rest = report.write_flat(&mut |p| ops += p.ops.len());
        let t_flat = lap.elapsed().as_secs_f64() * 1e3;
        println!(
            "checks {t_checks:.1} · report {t_build:.1} · json {t_json:.1} ms ({:.1} MB) · flat {t_flat:.1} ms ({} ops)",
            json.len() as f64 / 1e6,
            ops + rest.ops.len()
        );
    }
}
