//! English words and patterns for figures (tables only; algorithms live
//! outside src/lang). Every entry is lowercase; phrases are words separated
//! by single spaces, matched token by token (hyphens split words, so
//! "seventy-seven" is "seventy" "seven" and "per-cent" is "per" "cent").
//!
//! Currency symbols and ISO codes are shared by both languages and live
//! here too.

use crate::figures::model::TimeUnit;
use crate::figures::words::NumWord::{self, *};

pub const NUMBER_WORDS: &[(&str, NumWord)] = &[
    ("zero", Digit(0)),
    ("one", Digit(1)),
    ("two", Digit(2)),
    ("three", Digit(3)),
    ("four", Digit(4)),
    ("five", Digit(5)),
    ("six", Digit(6)),
    ("seven", Digit(7)),
    ("eight", Digit(8)),
    ("nine", Digit(9)),
    ("ten", Teen(10)),
    ("eleven", Teen(11)),
    ("twelve", Teen(12)),
    ("thirteen", Teen(13)),
    ("fourteen", Teen(14)),
    ("fifteen", Teen(15)),
    ("sixteen", Teen(16)),
    ("seventeen", Teen(17)),
    ("eighteen", Teen(18)),
    ("nineteen", Teen(19)),
    ("twenty", Tens(2)),
    ("thirty", Tens(3)),
    ("forty", Tens(4)),
    ("fourty", Tens(4)),
    ("fifty", Tens(5)),
    ("sixty", Tens(6)),
    ("seventy", Tens(7)),
    ("eighty", Tens(8)),
    ("ninety", Tens(9)),
    ("hundred", Hundred),
    ("thousand", Scale(3)),
    ("million", Scale(6)),
    ("billion", Scale(9)),
    ("trillion", Scale(12)),
    ("dozen", Dozen(12)),
    ("half", Half),
];

/// Ordinal words; tens take a unit ordinal after them ("twenty-first").
pub const ORDINAL_WORDS: &[(&str, u32)] = &[
    ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7),
    ("eighth", 8), ("ninth", 9), ("tenth", 10), ("eleventh", 11), ("twelfth", 12), ("thirteenth", 13),
    ("fourteenth", 14), ("fifteenth", 15), ("sixteenth", 16), ("seventeenth", 17), ("eighteenth", 18),
    ("nineteenth", 19), ("twentieth", 20), ("thirtieth", 30), ("fortieth", 40), ("fiftieth", 50),
    ("sixtieth", 60), ("seventieth", 70), ("eightieth", 80), ("ninetieth", 90), ("hundredth", 100),
    ("thousandth", 1000), ("millionth", 1_000_000),
];

/// Suffixes of digit ordinals ("3rd").
pub const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];

/// Fraction denominators ("a third", "two-thirds", "three quarters").
pub const FRACTION_WORDS: &[(&str, u32)] = &[
    ("half", 2), ("halves", 2), ("third", 3), ("thirds", 3), ("quarter", 4), ("quarters", 4), ("fourth", 4),
    ("fourths", 4), ("fifth", 5), ("fifths", 5), ("sixth", 6), ("sixths", 6), ("seventh", 7), ("sevenths", 7),
    ("eighth", 8), ("eighths", 8), ("ninth", 9), ("ninths", 9), ("tenth", 10), ("tenths", 10),
    ("hundredth", 100), ("hundredths", 100), ("thousandth", 1000), ("thousandths", 1000),
];

/// Words after which a number names a member of a series (an ordinal).
pub const SERIES_CUES: &[&str] = &[
    "phase", "round", "stage", "season", "game", "leg", "world war", "term", "plenum", "congress",
    "century", "pope", "king", "queen", "louis", "henry", "elizabeth", "charles", "george", "edward",
    "super bowl", "vatican",
];

/// Words after which a number names a thing. `true`: the cue belongs in the span.
pub const IDENTIFIER_CUES: &[(&str, bool)] = &[
    ("article", true),
    ("section", true),
    ("clause", true),
    ("chapter", true),
    ("paragraph", true),
    ("page", true),
    ("pages", true),
    ("p.", true),
    ("pp.", true),
    ("figure", true),
    ("fig.", true),
    ("table", true),
    ("appendix", true),
    ("annex", true),
    ("no.", true),
    ("no", true),
    ("nos.", true),
    ("number", true),
    ("#", true),
    ("room", true),
    ("suite", true),
    ("apartment", true),
    ("apt.", true),
    ("flight", true),
    ("train", true),
    ("bus", true),
    ("line", true),
    ("terminal", true),
    ("route", true),
    ("highway", true),
    ("interstate", true),
    ("platform", true),
    ("gate", true),
    ("district", true),
    ("ward", true),
    ("precinct", true),
    ("bill", true),
    ("resolution", true),
    ("ordinance", true),
    ("decree", true),
    ("case", true),
    ("version", true),
    ("model", true),
    ("zip", false),
    ("zip code", false),
    ("postal code", false),
    ("postcode", false),
    ("phone", false),
    ("tel", false),
    ("tel.", false),
    ("telephone", false),
    ("fax", false),
    ("hotline", false),
    ("call", false),
    ("id", true),
    ("isbn", false),
    ("code", true),
];

/// Identifier cues that are also verbs or common nouns ("train 500 teachers",
/// "a bus 3 times a day"): cues only when capitalized ("Train 417", "Line 5").
pub const CAPITALIZED_IDENTIFIER_CUES: &[&str] = &["train", "bus", "line", "terminal"];

pub const HEDGES: &[&str] = &[
    "about", "around", "roughly", "approximately", "approx.", "nearly", "almost", "some", "more than",
    "over", "under", "less than", "fewer than", "at least", "at most", "up to", "close to", "just over",
    "just under", "an estimated", "estimated", "some", "upwards of", "in excess of", "no more than",
    "no fewer than", "no less than", "well over", "well under", "as many as", "as much as", "~", "circa",
    "c.", "nearly half", "an average of",
];

pub const PERCENT_WORDS: &[&str] = &["percent", "per cent", "pct", "pc"];
/// Percentage points ("points" alone may be an index or a score, so it is not here).
pub const POINT_WORDS: &[&str] = &[
    "percentage points", "percentage point", "percent points", "percent point", "pp", "ppt", "ppts",
];

/// Currency words after a number.
pub const CURRENCIES: &[(&str, &str)] = &[
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("us dollars", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("pounds sterling", "GBP"),
    ("sterling", "GBP"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("dong", "VND"),
    ("đồng", "VND"),
    ("rupees", "INR"),
    ("baht", "THB"),
    ("ringgit", "MYR"),
    ("rupiah", "IDR"),
    ("pesos", "PHP"),
    ("francs", "CHF"),
];

/// ISO 4217 codes written before or after a number ("VND 1.2 trillion",
/// "2 triệu USD"); shared by both languages. Matched in capitals only.
pub const CURRENCY_CODES: &[&str] = &[
    "USD", "VND", "VNĐ", "EUR", "GBP", "JPY", "CNY", "RMB", "KRW", "THB", "SGD", "AUD", "CAD", "CHF", "INR",
    "HKD", "TWD", "MYR", "IDR", "PHP", "LAK", "KHR", "RUB", "NZD", "SEK", "NOK", "DKK",
];
/// Symbols before a number, with their code; shared by both languages.
pub const CURRENCY_SYMBOLS: &[(&str, &str)] = &[
    ("$", "USD"),
    ("US$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₫", "VND"),
    ("₩", "KRW"),
    ("₹", "INR"),
    ("S$", "SGD"),
    ("A$", "AUD"),
    ("C$", "CAD"),
    ("HK$", "HKD"),
];
/// Scale suffixes glued to a plain count ("1.2bn users"); of them, `SCALE_OR_LENGTH`
/// are metres and kilometres too ("a 2m wall", "a 5k run") and count only before a
/// plural that is no length ("1.4m people", not "2m metres").
pub const COUNT_SCALES: &[&str] = &["bn", "mn", "mln", "tn", "m", "k"];
pub const SCALE_OR_LENGTH: &[&str] = &["m", "k"];
pub const LENGTH_PLURALS: &[&str] = &["metres", "meters", "kilometres", "kilometers"];
/// Scale suffixes after a money amount ("$5bn", "€30m", "$3k"), exponent.
pub const MONEY_SCALES: &[(&str, u8)] = &[
    ("k", 3), ("K", 3), ("m", 6), ("M", 6), ("mn", 6), ("mln", 6), ("bn", 9), ("B", 9), ("b", 9),
    ("tn", 12), ("tr", 6),
];

pub const TIME_UNITS: &[(&str, TimeUnit)] = &[
    ("years", TimeUnit::Year),
    ("year", TimeUnit::Year),
    ("yrs", TimeUnit::Year),
    ("months", TimeUnit::Month),
    ("month", TimeUnit::Month),
    ("weeks", TimeUnit::Week),
    ("week", TimeUnit::Week),
    ("days", TimeUnit::Day),
    ("day", TimeUnit::Day),
    ("hours", TimeUnit::Hour),
    ("hour", TimeUnit::Hour),
    ("hrs", TimeUnit::Hour),
    ("minutes", TimeUnit::Minute),
    ("minute", TimeUnit::Minute),
    ("mins", TimeUnit::Minute),
];

/// Words before a year-like number that make it a date ("in 2022").
pub const DATE_CONTEXT: &[&str] = &[
    "in", "since", "by", "until", "till", "during", "before", "after", "of", "early", "late", "mid",
    "from", "year", "fiscal", "fy", "class of", "summer", "winter", "spring", "autumn", "fall", "end of",
];
/// Clock markers after a number ("5 p.m.", "9 o'clock").
pub const CLOCK_WORDS: &[&str] = &["a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "gmt", "utc", "et", "pt"];

/// Multiplier words standing alone.
pub const MULTIPLIER_WORDS: &[(&str, f64)] = &[
    ("doubled", 2.0), ("doubling", 2.0), ("doubles", 2.0), ("tripled", 3.0), ("tripling", 3.0),
    ("triples", 3.0), ("trebled", 3.0), ("quadrupled", 4.0), ("quadrupling", 4.0), ("quintupled", 5.0),
    ("halved", 0.5), ("halving", 0.5), ("halves", 0.5), ("twice", 2.0), ("thrice", 3.0), ("twofold", 2.0),
    ("threefold", 3.0), ("fourfold", 4.0), ("fivefold", 5.0), ("tenfold", 10.0), ("hundredfold", 100.0),
];
/// Before a determiner, these compare to what follows: "more than double the 2023 total".
pub const MULTIPLIER_BEFORE_DETERMINER: &[(&str, f64)] = &[("double", 2.0), ("triple", 3.0), ("treble", 3.0), ("quadruple", 4.0)];
pub const DETERMINERS: &[&str] = &["the", "that", "this", "its", "their", "his", "her", "our", "what", "those", "last"];
/// After a number: "times" makes a multiplier when a comparison follows.
pub const TIMES: &[&str] = &["times"];
pub const TIMES_COMPARATIVES: &[&str] = &[
    "as", "more", "higher", "larger", "bigger", "greater", "faster", "less", "lower", "smaller", "the", "over",
    "that", "what", "its", "their", "his", "her",
];
/// After a number: "-fold", "x".
pub const FOLD: &[&str] = &["fold", "x"];
/// Before "half": a multiplier of one half ("cut in half").
pub const HALVING_VERBS: &[&str] = &["in", "by"];

/// Between two numbers, a ratio.
pub const RATIO_CONNECTORS: &[&str] = &[
    "of", "of the", "out of", "out of the", "out of every", "in", "in every", "times in", "times out of",
    "/", "of all", "of its", "of their", "of the last", "of its last", "of their last", "of his last", "of her last",
    "of the past", "of its past", "of their past", "of the first", "of his", "of her", "of our",
];
/// Between two numbers, a range.
pub const RANGE_CONNECTORS: &[&str] = &["to", "-", "–", "—", "and", "through", "~"];
pub const RANGE_OPENERS: &[&str] = &["from", "between", "ranging from", "anywhere from"];
/// Between a clock time and its date, when a range of both is written: "from 9 a.m. on June 1 to 5 p.m. on June 3".
pub const TIME_DATE_GLUE: &[&str] = &["on", ","];
/// Before the first value, these make "X to Y" a change by X to Y, not a range: "fell by 50,000 to 7.6 million".
pub const CHANGE_BY: &[&str] = &["by"];
/// A word that makes the digits after it negative: "minus 40 degrees".
pub const NEGATIVE_WORDS: &[&str] = &["minus"];
/// After these the sign word is one end of a margin ("plus or minus 3.1 points"), no sign.
pub const NEGATIVE_NOT_AFTER: &[&str] = &["or", "and"];
/// After a number and a capitalized name, these make it a street address: "200 Main St.".
pub const STREET_WORDS: &[&str] = &[
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr", "way",
    "place", "pl", "court", "ct", "square", "sq", "highway", "hwy", "parkway", "pkwy", "terrace",
];
/// Between the two values of a change: "from 1.5 to 2 million".
pub const CHANGE_TO: &[&str] = &["to"];
pub const CHANGE_VERBS: &[&str] = &[
    "rose", "rise", "rises", "rising", "risen", "fell", "fall", "falls", "falling", "fallen", "increased",
    "increase", "increases", "increasing", "decreased", "decrease", "decreases", "decreasing", "grew", "grow",
    "grows", "growing", "grown", "climbed", "climb", "climbing", "dropped", "drop", "dropping", "declined",
    "decline", "declining", "jumped", "jump", "surged", "surge", "soared", "plunged", "plummeted", "slipped",
    "slid", "up", "down", "went", "go", "going", "moved", "cut", "raised", "raise", "lowered", "boosted",
    "expanded", "shrank", "doubled", "tripled", "halved", "changed",
];
pub const SCORE_CUES: &[&str] = &[
    "won", "win", "wins", "lost", "lose", "loses", "beat", "beats", "defeated", "defeat", "drew", "draw",
    "tied", "score", "scores", "scored", "led", "leads", "trailed", "scoreline", "voted", "vote", "votes", "victory", "rout", "edged", "thrashed", "margin",
];

pub const COUNT_NOUNS: &[&str] = &[
    "people", "persons", "person", "workers", "worker", "employees", "employee", "members", "member",
    "residents", "resident", "students", "student", "teachers", "patients", "cases", "case", "deaths",
    "units", "unit", "homes", "houses", "households", "families", "companies", "firms", "businesses",
    "routes", "buses", "trips", "votes", "seats", "jobs", "children", "adults", "voters", "respondents",
    "delegates", "officials", "officers", "soldiers", "troops", "passengers", "visitors", "tourists",
    "schools", "hospitals", "beds", "cars", "vehicles", "miles", "kilometres", "kilometers", "km", "kg",
    "tons", "tonnes", "acres", "hectares", "square feet", "square metres", "square meters", "feet", "metres",
    "meters", "barrels", "shares", "items", "products", "projects", "countries", "cities", "states",
    "provinces", "districts", "villages", "communes", "stores", "shops", "branches", "drivers",
    "bus drivers", "mechanics", "nurses", "doctors", "staff", "women", "men", "girls", "boys", "users",
    "customers", "subscribers", "followers", "games", "goals", "points", "runs", "medals", "gold medals",
    "members of parliament", "lawmakers", "senators", "candidates", "applicants", "participants",
    // measures a text converts between (checks::conversion)
    "mph", "kph", "km / h", "m / s", "miles per hour", "knots", "nautical miles", "square miles",
    "square kilometres", "square kilometers", "metric tons", "pounds", "gallons", "litres", "liters",
];
/// Adjectives skipped between a number and its noun ("120 new workers").
pub const UNIT_ADJECTIVES: &[&str] = &[
    "new", "more", "other", "additional", "extra", "old", "young", "local", "foreign", "small", "large",
    "major", "full-time", "part-time", "full", "part", "further", "key", "senior", "junior", "female",
    "male", "elderly", "registered", "confirmed", "active", "former", "current", "previous", "remaining",
    "separate", "different", "similar", "total", "public", "private", "rural", "urban",
];
pub const NOT_UNITS: &[&str] = &[
    "the", "a", "an", "of", "to", "and", "or", "in", "on", "at", "for", "from", "by", "with", "as", "is",
    "was", "were", "are", "be", "been", "has", "have", "had", "its", "this", "that", "these", "those",
    "us", "than", "more", "less", "per", "percent", "now", "then", "who", "which", "each", "every", "all",
    "up", "down", "over", "under", "out", "into", "this", "thus", "yes", "across", "always", "perhaps",
    "plus", "minus", "times", "years", "months", "weeks", "days", "hours", "minutes", "ago", "later",
    "earlier", "before", "after", "since", "last", "next", "million", "billion", "thousand", "hundred",
    "trillion", "dozen", "percentage", "points", "were", "did", "does", "do", "will", "would", "could",
    "should", "may", "might", "must", "can", "so", "such", "also", "only", "just", "still", "even",
    "against", "besides", "his", "this", "was", "has", "does", "goes", "says", "makes", "takes", "gives",
];
/// Singular nouns that end in "s" (not plurals, so not units by themselves).
pub const S_SINGULARS: &[&str] = &[
    "news", "series", "species", "analysis", "basis", "crisis", "process", "address", "access", "success",
    "business", "class", "press", "grass", "glass", "gas", "bus", "status", "bonus", "campus", "virus",
    "census", "focus", "plus", "versus", "whereas", "hers", "ours", "yours", "theirs", "always", "perhaps",
    "across", "thus", "is", "was", "has", "its", "us", "yes", "less", "towards", "afterwards", "sometimes",
];

/// Temperatures and angles: a degree sign after the number, glued or not
/// ("38°C", "40 °C", "45°"), with the scale letter glued to it, or the
/// one-character signs. The unit is written as the text has it.
pub const DEGREE_SIGN: &str = "°";
pub const DEGREE_SCALES: &[&str] = &["C", "F"];
pub const DEGREE_UNITS: &[&str] = &["℃", "℉"];
/// A scale letter glued to a number with no degree sign ("-18F", "40C") is
/// a temperature only near one of these words; else it is a code ("5G").
pub const TEMPERATURE_CUES: &[&str] = &[
    "temperature", "temperatures", "degree", "degrees", "high", "highs", "low", "lows", "chill", "chills",
    "heat", "fahrenheit", "celsius", "thermometer", "thermometers", "warm", "cold", "hot", "freezing", "frost",
];

/// Measurement units written right after the digits ("10km", "5MW", "20GB"):
/// the number keeps its kind and takes the unit.
pub const ATTACHED_UNITS: &[&str] = &[
    "km", "m", "cm", "mm", "kg", "g", "mg", "t", "ha", "m2", "m²", "km2", "km²", "m3", "l", "ml", "MW", "kW",
    "GW", "kWh", "MWh", "GWh", "GB", "MB", "TB", "KB", "Mbps", "Gbps", "Hz", "GHz", "MHz", "mph", "kph",
    "ft", "in", "lb", "lbs", "oz", "mi", "ppm", "dB", "tấn", "ly", "cc",
];
