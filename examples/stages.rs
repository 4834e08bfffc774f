//! Where the time goes: each stage of `analyze` timed on its own, on a file.
//!
//! `cargo run --release --example stages -- FILE [RUNS]` prints one line per
//! run (the best run is the one to read on a busy machine). Under
//! `valgrind --tool=callgrind` use RUNS=1: instruction counts per function
//! are repeatable where wall-clock times are not.

use article_analyzer::{checks, entities, figures, report, text};
use std::time::Instant;

#[path = "support/args.rs"]
mod args;

fn main() {
    let (text, runs) = args::file_and_runs("stages");
    let mb = text.len() as f64 / 1e6;
    for _ in 0..runs {
        let mut ms = Vec::new();
        let mut lap = Instant::now();
        let mut tick = |ms: &mut Vec<f64>| {
            ms.push(lap.elapsed().as_secs_f64() * 1e3);
            lap = Instant::now();
        };
        let doc = text::Document::new(&text, None);
        tick(&mut ms);
        let figures = figures::recognize(&doc);
        tick(&mut ms);
        let entities = entities::recognize(&doc);
        tick(&mut ms);
        let checks = checks::run(&doc, &figures);
        tick(&mut ms);
        let report = report::Report::build(&doc, figures, entities, checks);
        tick(&mut ms);
        let json = report.to_json(false);
        tick(&mut ms);
        let total: f64 = ms[..5].iter().sum();
        println!(
            "text {:.0} · figures {:.0} · entities {:.0} · checks {:.0} · report {:.0} · json {:.0} ms — analyze {:.0} ms = {:.1} MB/s ({:.1} MB of JSON)",
            ms[0], ms[1], ms[2], ms[3], ms[4], ms[5], total, mb / total * 1e3, json.len() as f64 / 1e6
        );
    }
}
