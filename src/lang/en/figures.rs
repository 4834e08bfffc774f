//! English words and patterns for figures (tables only; algorithms live outside src/lang).
