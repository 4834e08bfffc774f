//! Vietnamese words and patterns for dates (tables only; algorithms live outside src/lang).
