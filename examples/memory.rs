//! Peak heap of `analyze` on a file, stage by stage (what WASM linear memory must hold).
//!
//! `cargo run --release --example memory -- FILE`
use article_analyzer::{checks, entities, figures, report, text};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;
static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let n = NOW.fetch_add(l.size(), Relaxed) + l.size();
        PEAK.fetch_max(n, Relaxed);
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        NOW.fetch_sub(l.size(), Relaxed);
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        // The old and the new block are both alive while the data moves.
        let n = NOW.fetch_add(new, Relaxed) + new;
        PEAK.fetch_max(n, Relaxed);
        NOW.fetch_sub(l.size(), Relaxed);
        unsafe { System.realloc(p, l, new) }
    }
}
#[global_allocator]
static A: Counting = Counting;

fn mib(n: usize) -> String {
    format!("{:.1} MiB", n as f64 / 1048576.0)
}

fn main() {
    let path = std::env::args().nth(1).expect("usage: memory FILE");
    let text = std::fs::read_to_string(path).expect("readable UTF-8 file");
    let base = NOW.load(Relaxed);
    let line = |what: &str| {
        println!("{what:<10} live {:>10}  peak so far {:>10}", mib(NOW.load(Relaxed) - base), mib(PEAK.load(Relaxed) - base));
    };
    PEAK.store(base, Relaxed);
    let doc = text::Document::new(&text, None);
    line("text");
    // In the order `analyze` runs the stages.
    let figures = figures::recognize(&doc);
    line(&format!("figures {}", figures.len()));
    let checks = checks::run(&doc, &figures);
    line("checks");
    let entities = entities::recognize(&doc);
    line("entities");
    let report = report::Report::build(&doc, figures, entities, checks);
    drop(doc);
    line("report");
    // As analyzeJson hands it to JS: in 256 KiB pieces, each let go.
    let mut piece = String::with_capacity((1 << 18) + (1 << 16));
    let mut total = 0;
    report.write_json(&mut piece, 1 << 18, &mut |p| {
        total += p.len();
        p.clear();
    });
    total += piece.len();
    drop(piece);
    line(&format!("json in pieces {total}"));
    let json = report.to_json(false);
    line("json whole");
    drop(report);
    line(&format!("json only {}", json.len()));
    println!("size_of Figure {} Entity {} Check {}", std::mem::size_of::<figures::Figure>(), std::mem::size_of::<entities::Entity>(), std::mem::size_of::<checks::Check>());
}
