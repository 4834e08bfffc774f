//! Vietnamese.
pub mod text;
