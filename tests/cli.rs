//! The command line, run as a user would: files, stdin, bad input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_article-analyzer"))
}

fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = bin().args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("spawn");
    let mut stdin = child.stdin.take().expect("stdin");
    let data = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&data);
    });
    let out = child.wait_with_output().expect("wait");
    writer.join().expect("writer");
    out
}

fn json(out: &Output) -> serde_json::Value {
    assert!(out.status.success(), "exit {:?}, stderr {}", out.status, String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

fn sample(name: &str) -> String {
    format!("{}/www/samples/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn analyzes_a_file() {
    let out = bin().args(["analyze", &sample("vi.txt")]).output().expect("run");
    let r = json(&out);
    assert_eq!(r["version"], 1);
    assert_eq!(r["language"], "vi");
    assert!(!r["figures"].as_array().expect("figures").is_empty());
    assert!(r["entities"].is_array() && r["checks"].is_array());
}

#[test]
fn reads_stdin_with_dash_and_without_file() {
    let text = std::fs::read(sample("en.txt")).expect("sample");
    let a = json(&run_stdin(&["analyze", "-"], &text));
    let b = json(&run_stdin(&["analyze"], &text));
    assert_eq!(a, b);
    assert_eq!(a["language"], "en");
}

#[test]
fn pretty_is_the_same_report() {
    let a = json(&bin().args(["analyze", &sample("vi.txt")]).output().expect("run"));
    let b = json(&bin().args(["analyze", "--pretty", &sample("vi.txt")]).output().expect("run"));
    assert_eq!(a, b);
}

#[test]
fn lang_can_be_forced() {
    let r = json(&run_stdin(&["analyze", "--lang", "en"], "Kết nạp 77/110 đảng viên".as_bytes()));
    assert_eq!(r["language"], "en");
}

#[test]
fn empty_input_is_an_empty_report() {
    let r = json(&run_stdin(&["analyze"], b""));
    assert_eq!(r["figures"].as_array().map(Vec::len), Some(0));
    assert_eq!(r["entities"].as_array().map(Vec::len), Some(0));
    assert_eq!(r["checks"].as_array().map(Vec::len), Some(0));
}

fn assert_usage_error(out: &Output, needle: &str) {
    assert_eq!(out.status.code(), Some(2), "stderr {}", String::from_utf8_lossy(&out.stderr));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    assert!(err.contains(needle), "{err:?} should mention {needle:?}");
    assert!(out.stdout.is_empty());
}

#[test]
fn invalid_utf8_is_exit_2_with_one_line() {
    let out = run_stdin(&["analyze"], b"ok \xff\xfe bad");
    assert_usage_error(&out, "not valid UTF-8");
}

#[test]
fn bad_usage_is_exit_2() {
    assert_usage_error(&bin().output().expect("run"), "usage");
    assert_usage_error(&bin().args(["analyze", "--frobnicate"]).output().expect("run"), "unknown option");
    assert_usage_error(&bin().args(["analyze", "--lang", "fr"]).output().expect("run"), "unknown language");
    assert_usage_error(&bin().args(["analyze", "/no/such/file.txt"]).output().expect("run"), "cannot read");
}

#[test]
fn five_megabytes_work() {
    let unit = std::fs::read_to_string(sample("vi.txt")).expect("sample");
    let mut text = String::new();
    while text.len() < 5 * 1024 * 1024 {
        text.push_str(&unit);
        text.push('\n');
    }
    let r = json(&run_stdin(&["analyze"], text.as_bytes()));
    assert!(r["figures"].as_array().map(Vec::len).unwrap_or(0) > 1000);
}

#[test]
fn too_large_is_exit_2() {
    let text = vec![b'a'; article_analyzer::MAX_INPUT_BYTES + 1];
    assert_usage_error(&run_stdin(&["analyze"], &text), "limit");
}

#[test]
fn exactly_the_limit_is_analyzed() {
    let head = "Đạt 70%. ";
    let mut text = head.as_bytes().to_vec();
    text.resize(article_analyzer::MAX_INPUT_BYTES, b'x');
    let r = json(&run_stdin(&["analyze"], &text));
    assert_eq!(r["figures"][0]["kind"], "percent");
}

#[test]
fn too_large_says_the_limit_in_one_line() {
    // Multi-byte text: the limit counts UTF-8 bytes, not characters.
    let text = "ế".repeat(article_analyzer::MAX_INPUT_BYTES / 3 + 1);
    let out = run_stdin(&["analyze", "--lang", "vi"], text.as_bytes());
    assert_usage_error(&out, &article_analyzer::MAX_INPUT_BYTES.to_string());
}

#[test]
fn too_large_file_is_exit_2_and_not_read_whole() {
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("too-large.txt");
    std::fs::write(&path, vec![b'7'; article_analyzer::MAX_INPUT_BYTES + 4096]).expect("write");
    let out = bin().args(["analyze"]).arg(&path).output().expect("run");
    let _ = std::fs::remove_file(&path);
    assert_usage_error(&out, "larger than the limit of 10 MiB");
}

#[test]
fn same_input_same_bytes_across_runs() {
    let text = std::fs::read(sample("vi.txt")).expect("sample");
    let runs: Vec<Vec<u8>> = (0..3).map(|_| run_stdin(&["analyze"], &text).stdout).collect();
    assert!(!runs[0].is_empty());
    assert!(runs.iter().all(|r| r == &runs[0]), "the CLI gave different bytes for the same input");
}
