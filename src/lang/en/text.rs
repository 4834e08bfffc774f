//! English words the text layer needs: abbreviations and the common
//! function words that identify the language.

/// Abbreviations written with a trailing period (case-sensitive, without it).
/// A period after one of these does not end a sentence.
pub const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Sgt", "Capt", "Cmdr",
    "Adm", "Rev", "Hon", "St", "Jr", "Sr", "Inc", "Corp", "Ltd", "Co", "Bros", "No", "Nos", "vs",
    "v", "e.g", "i.e", "cf", "approx", "est", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
    "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat",
    "Sun", "U.S", "U.K", "U.N", "E.U", "D.C", "a.m", "p.m", "Ave", "Blvd", "Rd", "Mt", "Ft", "fig",
    "Fig", "vol", "Vol", "pp", "p", "ch", "Ch", "ed", "Ed", "Dept", "Univ", "Assn", "Mass", "Calif",
    "Fla", "Ill", "Wash", "Pa", "Va",
];

/// Abbreviations that often end a sentence too: after one of these, a
/// capitalized word from `SENTENCE_STARTERS` begins a new sentence ("at
/// 10:30 a.m. The council …", "… Acme Inc. It said …").
pub const ENDING_ABBREVIATIONS: &[&str] = &["a.m", "p.m", "U.S", "U.K", "U.N", "E.U", "D.C", "Inc", "Corp", "Ltd", "Co", "Jr", "Sr", "etc"];

/// Words that begin sentences and rarely follow one of
/// `ENDING_ABBREVIATIONS` inside a sentence (case-sensitive).
pub const SENTENCE_STARTERS: &[&str] = &[
    "The", "A", "An", "It", "He", "She", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
    "In", "On", "At", "But", "And", "One", "Two", "Three", "Some", "Most", "Many", "His", "Her", "Its", "Their",
    "Our", "After", "Before", "When", "While", "If", "As",
];

/// Frequent English words, lowercase.
pub const FUNCTION_WORDS: &[&str] = &[
    "the", "of", "and", "to", "in", "is", "was", "for", "that", "on", "with", "as", "by", "at",
    "from", "it", "an", "be", "are", "were", "has", "have", "had", "this", "which", "said", "its",
    "their", "but", "not", "or", "will", "would", "than", "more", "after", "about", "who", "percent",
    "million", "year", "years", "people", "up", "down", "out", "into", "over", "last", "also", "been",
    "we", "they", "he", "she", "his", "her", "new", "one", "two", "three", "first",
];
