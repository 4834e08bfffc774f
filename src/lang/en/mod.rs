//! English.
pub mod checks;
pub mod dates;
pub mod entities;
pub mod figures;
pub mod text;
pub mod units;
