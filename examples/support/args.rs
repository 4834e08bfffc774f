//! The timing examples' command line, `NAME FILE [RUNS]`: the file's text
//! and the number of runs (3 unless given), or a usage line and exit 2.

pub fn file_and_runs(name: &str) -> (String, usize) {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: {name} FILE [RUNS]");
        std::process::exit(2);
    };
    let runs: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(3);
    match std::fs::read_to_string(&path) {
        Ok(text) => (text, runs),
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    }
}
