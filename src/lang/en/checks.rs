//! English words that tie figures into claims, and the messages that
//! report on them. Lowercase; matched on word boundaries.

use crate::checks::words::{Messages, Words};

pub const WORDS: Words = Words {
    share: &["or", "i.e.", "that is", "representing", "accounting for", "equal to", "equivalent to", "amounting to", "about", "roughly", "nearly", "some", "making up", "which is"],
    share_verb: &["accounting for", "representing", "or"],
    whole: &["out of", "of a total of", "of the", "of all", "of its", "of their", "of our", "of", "among"],
    whole_first: &["of the", "out of the", "of all", "of all the", "among the", "among", "of a total of"],
    subset: &["of which", "of whom", "among them", "including"],
    from: &["from"],
    to_up: &["to"],
    to_down: &["to"],
    to: &["to"],
    up: &["up", "rose", "rise", "risen", "rising", "increase", "increased", "increasing", "grew", "grown", "growth", "gain", "gained", "higher", "jumped", "climbed", "more", "over budget", "above the estimate", "jump", "hike", "surge", "boost", "larger", "bigger", "greater"],
    down: &["down", "fell", "fall", "fallen", "falling", "decrease", "decreased", "declined", "decline", "dropped", "drop", "lower", "shrank", "cut", "less", "slid", "plunged", "smaller", "reduction", "lower than", "plunge", "slump"],
    compared: &["compared with", "compared to", "from", "than", "versus", "over", "up from", "down from", "as many as", "as much as"],
    total: &["a total of", "in total", "total", "totaling", "totalling", "altogether", "combined", "in all", "bringing the total to"],
    total_after: &["in total", "altogether", "combined", "in all", "all told"],
    remaining: &["now has", "remaining", "left", "still has"],
    target: &["target", "plan", "goal", "quota", "budgeted", "forecast", "projected"],
    complete: &["undecided", "no opinion", "don't know", "did not answer", "the rest", "the remainder", "other", "others", "unsure", "not sure"],
    complete_intro: &["breakdown", "broken down", "split between", "split among", "made up of", "composition"],
    respondents: &["respondents", "surveyed", "asked", "polled", "participants", "interviewed", "people questioned"],
    founded: &["founded", "established", "since", "began", "started", "opened", "launched", "created"],
    elapsed: &["after", "over", "for the past", "for the last", "in the past", "-year-old", "year-old", "years old"],
    past: &["was", "were", "held", "took place", "met", "signed", "approved", "voted", "said", "announced", "opened", "ended", "had"],
    future: &["will", "would", "plans", "is expected", "is scheduled", "by"],
};

pub const MESSAGES: Messages = Messages {
    matches: "matches",
    not: "not",
    approx_note: " (approximate wording, wider tolerance)",
    rounded_note: " — possible only if the figures were rounded from other values; check the unrounded source",
    increase: "increase",
    decrease: "decrease",
    from_to: "From {a} to {b}",
    points: "percentage points",
    relative: "relative",
    times: "times",
    sum: "The parts add up to",
    shares_sum: "The shares add up to",
    no_base: "No base figure to check this against",
    no_previous: "No earlier count to check this against",
    grim: "With {n} people no whole number gives {p}: the nearest is {k}/{n} = {q}",
    grim_ok: "With {n} people, {k}/{n} = {q} — matches {p}",
    invalid_date: "{d} is not a real date",
    weekday: "{d} was a {real}, not a {stated}",
    weekday_ok: "{d} was indeed a {real}",
    after_dateline: "The event dated {d} is told in the past tense but comes after the article's date {p}",
    before_dateline: "{d} is before the article's date {p}",
    range_reversed: "The range {a} – {b} ends before it starts",
    duration: "From {a} to {b} is {x} years",
    repeated: "The same figure is given two values: {a} and {b}",
    repeated_ok: "The repeated figure agrees: {a}",
};

