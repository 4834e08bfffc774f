//! Vietnamese words and patterns for entities (tables only; algorithms live outside src/lang).
