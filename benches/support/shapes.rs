//! Adversarial inputs: the shapes most likely to make a scanner or a rule
//! go quadratic (a regex that backtracks, a walk back to the start of a
//! token, an all-pairs loop over a sentence's figures). Each is built at
//! any size, so a benchmark can compare its time per byte at two sizes.

#![allow(dead_code)]

/// One adversarial shape: a name, how it scales, and a builder.
pub struct Shape {
    pub name: &'static str,
    /// The size the performance issue names, in the builder's unit.
    pub full: usize,
    /// The builder's unit: bytes, or a count of numbers/words.
    pub unit: &'static str,
    pub build: fn(usize) -> String,
}

fn cycle(pattern: &str, bytes: usize) -> String {
    pattern.repeat(bytes / pattern.len() + 1)[..bytes].to_string()
}

fn digits(bytes: usize) -> String {
    cycle("0123456789", bytes)
}

fn slashes(bytes: usize) -> String {
    cycle("1/", bytes)
}

fn percents(bytes: usize) -> String {
    cycle("%", bytes)
}

fn dots(bytes: usize) -> String {
    cycle("1.", bytes)
}

/// The Vietnamese corpus with every space and line break taken out: one
/// token of a megabyte, full of digits, punctuation and diacritics.
fn no_spaces(bytes: usize) -> String {
    let text: String = super::corpus::vi(bytes * 11 / 10).chars().filter(|c| !c.is_whitespace()).collect();
    let mut end = bytes.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].to_string()
}

/// `n` numbers in one paragraph and one sentence, with the separators that
/// make number grouping ambiguous (a space, a comma, "và", "and", "%").
fn numbers(n: usize) -> String {
    let mut r = super::corpus::Rng(0x51_7cc1_b727_220a);
    let seps = [" ", ", ", " và ", " and ", "; ", "% ", " - "];
    let mut out = String::with_capacity(n * 8);
    for i in 0..n {
        out.push_str(&(r.below(100_000)).to_string());
        out.push_str(seps[i % seps.len()]);
    }
    out
}

/// `n` capitalized words in a row, no punctuation: every one could start
/// or continue a name.
fn capitalized(n: usize) -> String {
    const WORDS: &[&str] = &[
        "Nguyễn", "Văn", "Trần", "Thị", "Lê", "Hoàng", "Ủy", "Ban", "Nhân", "Dân", "Tỉnh", "Hậu", "Giang", "Cần",
        "Thơ", "Công", "Ty", "The", "City", "Council", "Of", "New", "York", "Bank", "Mr", "Park", "Đảng", "Bộ",
    ];
    let mut r = super::corpus::Rng(0x2f6b_1d3a_9c4e_8b75);
    let mut out = String::with_capacity(n * 6);
    for _ in 0..n {
        out.push_str(WORDS[r.below(WORDS.len() as u64) as usize]);
        out.push(' ');
    }
    out
}

/// The shapes of the performance issue, plus one of ours ("1.1.1.…": a
/// period after every digit, for the sentence splitter).
pub const SHAPES: &[Shape] = &[
    Shape { name: "digits", full: 1_000_000, unit: "bytes", build: digits },
    Shape { name: "1/1/1/…", full: 1_000_000, unit: "bytes", build: slashes },
    Shape { name: "%%%%", full: 1_000_000, unit: "bytes", build: percents },
    Shape { name: "no spaces", full: 1_000_000, unit: "bytes", build: no_spaces },
    Shape { name: "numbers in one paragraph", full: 200_000, unit: "numbers", build: numbers },
    Shape { name: "capitalized words", full: 50_000, unit: "words", build: capitalized },
    Shape { name: "1.1.1.…", full: 1_000_000, unit: "bytes", build: dots },
];
