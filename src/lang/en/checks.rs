//! English words and patterns for checks (tables only; algorithms live outside src/lang).
