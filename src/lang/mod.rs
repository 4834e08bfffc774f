//! Language data, kept apart from the algorithms that use it.
//!
//! Everything a linguist might extend lives here as plain tables, one module
//! per language and per concern (text, figures, entities, checks). Code
//! elsewhere reads these tables; it does not hold words of its own.

pub mod en;
pub mod units;
pub mod vi;

use serde::Serialize;

/// The languages the analyzer has a mode for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Vi,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "vi" | "vie" | "vietnamese" => Some(Lang::Vi),
            "en" | "eng" | "english" => Some(Lang::En),
            _ => None,
        }
    }

    /// Abbreviations after which a period does not end a sentence.
    pub fn abbreviations(self) -> &'static [&'static str] {
        match self {
            Lang::Vi => vi::text::ABBREVIATIONS,
            Lang::En => en::text::ABBREVIATIONS,
        }
    }
}

/// One value per language, built on first use and kept for the process:
/// how each stage holds the index it builds from the tables of that
/// language, so an article pays only for its own language's.
pub struct PerLang<T> {
    vi: std::sync::OnceLock<T>,
    en: std::sync::OnceLock<T>,
}

impl<T> PerLang<T> {
    pub const fn new() -> Self {
        PerLang { vi: std::sync::OnceLock::new(), en: std::sync::OnceLock::new() }
    }

    pub fn get(&self, lang: Lang, build: fn(Lang) -> T) -> &T {
        let cell = match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        };
        cell.get_or_init(|| build(lang))
    }
}

impl<T> Default for PerLang<T> {
    fn default() -> Self {
        Self::new()
    }
}
