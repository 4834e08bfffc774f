//! article-analyzer finds the figures, people, organizations and places in a
//! Vietnamese or English news draft and checks the article's numbers against
//! each other.
//!
//! The pipeline reads top to bottom, and data flows one way:
//!
//! ```text
//! text ─▶ text::Document (matching text, sentences, language)
//!      ─▶ figures::recognize   entities::recognize
//!      ─▶ checks::run (claims found by grammar, recomputed)
//!      ─▶ report::Report (ids, UTF-16 offsets into the caller's string)
//! ```
//!
//! Everything here is plain Rust and knows nothing of JavaScript; the one
//! module that does is `wasm`, compiled only for `wasm32`.

pub mod checks;
pub mod entities;
pub mod figures;
pub mod lang;
pub mod flat;
pub mod report;
pub mod span;
mod table;
pub mod text;

#[cfg(target_arch = "wasm32")]
mod wasm;

/// Random test inputs, the same on every run: an xorshift generator whose
/// closure gives a number below its argument.
#[cfg(test)]
pub(crate) fn test_rng(mut seed: u64) -> impl FnMut(usize) -> usize {
    move |n| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n.max(1) as u64) as usize
    }
}

pub use lang::Lang;
pub use report::Report;

/// Inputs larger than this (in UTF-8 bytes) are refused with
/// [`Error::InputTooLarge`] rather than analyzed.
pub const MAX_INPUT_BYTES: usize = 10 * 1024 * 1024;

/// How to analyze.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Force a language; `None` detects it.
    pub lang: Option<Lang>,
}

/// Why an input was not analyzed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    InputTooLarge { size: usize, limit: usize },
}

impl Error {
    /// A stable machine-readable code ("input-too-large").
    pub fn code(&self) -> &'static str {
        match self {
            Error::InputTooLarge { .. } => "input-too-large",
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::InputTooLarge { size, limit } => {
                write!(f, "input is {size} bytes; the limit is {limit} bytes")
            }
        }
    }
}

impl std::error::Error for Error {}

/// Analyze a draft: its figures, entities and the checks of its claims.
pub fn analyze<'a>(text: &'a str, options: &Options) -> Result<Report<'a>, Error> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(Error::InputTooLarge { size: text.len(), limit: MAX_INPUT_BYTES });
    }
    // Each stage (and each rule) is a function of its own, never inlined
    // here: V8 compiles a WASM function whole when it first gets hot, and
    // one giant `analyze` made the page's first analysis wait for that.
    let doc = text::Document::new(text, options.lang);
    let figures = figures::recognize(&doc);
    // Entities after the checks, which do not read them: the checks'
    // working memory is the largest of any stage, and the entities need
    // not be held beside it.
    let checks = checks::run(&doc, &figures);
    let entities = entities::recognize(&doc);
    Ok(Report::build(&doc, figures, entities, checks))
}
