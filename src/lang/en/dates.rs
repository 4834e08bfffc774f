//! English words and patterns for dates (tables only; algorithms live outside src/lang).

/// Weekday names, Monday first; each entry lists the ways it is written.
pub const WEEKDAYS: [&[&str]; 7] = [
    &["monday", "mon"],
    &["tuesday", "tue", "tues"],
    &["wednesday", "wed"],
    &["thursday", "thu", "thurs"],
    &["friday", "fri"],
    &["saturday", "sat"],
    &["sunday", "sun"],
];

/// Weekday names as messages write them, Monday first.
pub const WEEKDAY_NAMES: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Month names and abbreviations, lowercase, with their numbers.
pub const MONTHS: &[(&str, u8)] = &[
    ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4),
    ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8),
    ("aug", 8), ("september", 9), ("sep", 9), ("sept", 9), ("october", 10), ("oct", 10),
    ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
];

/// Quarters: "Q1 2025", "Q3/2024", "the first quarter of 2025".
pub const QUARTER_LETTER: &str = "q";
pub const QUARTER_WORD: &str = "quarter";
pub const QUARTER_ORDINALS: &[(&str, u8)] = &[("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("1st", 1), ("2nd", 2), ("3rd", 3), ("4th", 4)];
/// Before an ordinal quarter with no year, to be a date of its own ("in the
/// second quarter" is "--Q2"; "a second quarter" is no date).
pub const QUARTER_DETERMINERS: &[&str] = &["the", "this", "last", "next", "its", "their"];
/// A sentence without a digit is scanned for dates only if it has one of
/// these (a cheap test): how every month name starts, capitalized, and the
/// quarter word.
pub const NO_DIGIT_STEMS: &[&str] = &["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "quarter"];

/// A decade: "the 1990s", "the 1990's", "the '90s", and "mid-1990s" with one
/// of these glued before it by a hyphen (the word is part of the figure).
pub const DECADE_SUFFIX: &str = "s";
pub const DECADE_PREFIXES: &[&str] = &["mid", "early", "late"];

/// Words right before a bare year that make it a date: "in 2018".
pub const YEAR_CUES: &[&str] = &[
    "in", "since", "by", "until", "till", "of", "from", "fiscal", "early", "late", "mid", "during",
    "before", "after", "through", "year", "end", "spring", "summer", "autumn", "fall", "winter",
];


/// Before a year used as an adjective: "the 2023 total", "the 2024 election".
pub const YEAR_BEFORE_NOUN_CUES: &[&str] = &["the", "its", "their", "his", "her", "this", "that"];

/// Between a day without a year and the full date it takes the year from: "June 3 to June 5, 2024".
pub const DATE_JOINERS: &[&str] = &["to", "and", "through", "until", "till", "or", "from", "between", "&"];

/// Words right before a month name with no day that make it a date: "in March".
pub const MONTH_CUES: &[&str] = &[
    "in", "since", "by", "until", "till", "from", "to", "through", "during", "early", "late", "mid", "last",
    "next", "this", "before", "after", "between", "of",
];
/// "May" is also a name and a verb: only these make it the month.
pub const MAY_CUES: &[&str] = &["in", "since", "until", "till", "early", "late", "mid", "during", "last", "next"];

/// After an hour: "5 p.m.", "5pm".
pub const MERIDIEM: &[(&str, bool)] = &[("a.m.", false), ("am", false), ("a.m", false), ("p.m.", true), ("pm", true), ("p.m", true)];
