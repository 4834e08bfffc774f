//! English.
pub mod text;
