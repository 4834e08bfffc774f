//! The command line: `article-analyzer analyze [--lang auto|vi|en] [--pretty] [FILE|-]`.

use article_analyzer::{analyze, Lang, Options, MAX_INPUT_BYTES};
use std::io::{Read, Write};
use std::process::ExitCode;

/// The size of the pieces the compact JSON is written out in.
const CHUNK: usize = 1 << 16;

const USAGE: &str = "usage: article-analyzer analyze [--lang auto|vi|en] [--pretty] [FILE|-]";

fn fail(msg: &str) -> ExitCode {
    eprintln!("article-analyzer: {msg}");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("analyze") => {}
        Some("-h") | Some("--help") => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Some("--version") => {
            println!("article-analyzer {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        _ => return fail(USAGE),
    }
    let mut options = Options::default();
    let mut pretty = false;
    let mut file: Option<&str> = None;
    let mut rest = args[1..].iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--pretty" => pretty = true,
            "--lang" => {
                let Some(v) = rest.next() else { return fail("--lang needs a value: auto, vi or en") };
                options.lang = match v.as_str() {
                    "auto" => None,
                    other => match Lang::parse(other) {
                        Some(l) => Some(l),
                        None => return fail(&format!("unknown language {other:?}: use auto, vi or en")),
                    },
                };
            }
            "-" => file = None,
            s if s.starts_with("--") => return fail(&format!("unknown option {s}; {USAGE}")),
            s => {
                if file.is_some() {
                    return fail(&format!("one input file at most; {USAGE}"));
                }
                file = Some(s);
            }
        }
    }
    // Read one byte past the limit at most: enough to know the input is
    // too large without holding a huge file in memory.
    let cap = MAX_INPUT_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    let read = match file {
        Some(path) => std::fs::File::open(path).and_then(|f| f.take(cap).read_to_end(&mut bytes)),
        None => std::io::stdin().lock().take(cap).read_to_end(&mut bytes),
    };
    let source = file.unwrap_or("standard input");
    if let Err(e) = read {
        return fail(&format!("cannot read {source}: {e}"));
    }
    if bytes.len() > MAX_INPUT_BYTES {
        let mib = MAX_INPUT_BYTES / (1024 * 1024);
        return fail(&format!("{source} is larger than the limit of {mib} MiB ({MAX_INPUT_BYTES} bytes); nothing was analyzed"));
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            return fail(&format!("{source} is not valid UTF-8 (first bad byte at offset {})", e.utf8_error().valid_up_to()))
        }
    };
    let report = match analyze(&text, &options) {
        Ok(r) => r,
        Err(e) => return fail(&format!("{source}: {e}")),
    };
    let mut out = std::io::stdout().lock();
    let written = if pretty {
        writeln!(out, "{}", report.to_json(true))
    } else {
        // Compact JSON goes out in pieces as it is written, rather than
        // held whole (it is about four times the input's size).
        let mut result = Ok(());
        let mut buf = String::with_capacity(CHUNK + CHUNK / 4);
        let mut put = |piece: &mut String| {
            if result.is_ok() {
                result = out.write_all(piece.as_bytes());
            }
            piece.clear();
        };
        report.write_json(&mut buf, CHUNK, &mut put);
        buf.push('\n');
        put(&mut buf);
        result.and_then(|()| out.flush())
    };
    if written.is_err() {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
