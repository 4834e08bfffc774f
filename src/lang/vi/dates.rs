//! Vietnamese words and patterns for dates (tables only; algorithms live outside src/lang).

/// Weekday names, Monday first; each entry lists the ways it is written.
pub const WEEKDAYS: [&[&str]; 7] = [
    &["thứ hai", "thứ 2"],
    &["thứ ba", "thứ 3"],
    &["thứ tư", "thứ 4"],
    &["thứ năm", "thứ 5"],
    &["thứ sáu", "thứ 6"],
    &["thứ bảy", "thứ 7"],
    &["chủ nhật", "cn"],
];

/// Weekday names as messages write them, Monday first.
pub const WEEKDAY_NAMES: [&str; 7] = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"];

/// Words right before a bare year that make it a date: "năm 2018".
pub const YEAR_CUES: &[&str] = &["năm", "niên độ", "mùa", "khóa"];

/// Words before a day/month that make "12/6" a date.
pub const DAY_CUES: &[&str] = &["ngày", "hôm", "sáng", "chiều", "tối", "đêm", "trưa", "khánh", "dịp", "phiên"];
/// Prepositions before a day/month that make it a date ("có hiệu lực từ 1/7", "đến hết 31/12") unless a
/// share follows ("từ 1/3 số hộ", "từ 1/3 lên 1/2").
pub const WEAK_DAY_CUES: &[&str] = &["từ", "đến", "tới", "hết", "trước", "sau"];
/// After a day/month, these make it a share, not a date.
pub const SHARE_AFTER: &[&str] = &["số", "tổng", "lên", "xuống", "trở", "còn", "dân", "diện", "là"];

/// Between a day without a year and the full date it takes the year from: "ngày 25/1 đến ngày 1/2/2021".
pub const DATE_JOINERS: &[&str] = &["đến", "tới", "và", "ngày", "hết", "hoặc", "từ", "thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "nhật", "sáng", "chiều", "tối"];

/// "tháng 5/2016", "tháng 5 năm 2016".
pub const MONTH_WORD: &str = "tháng";
pub const DAY_WORD: &str = "ngày";
pub const YEAR_WORD: &str = "năm";
/// "quý I/2025", "quý 3 năm 2024": a quarter, by a Roman or a digit numeral.
pub const QUARTER_WORD: &str = "quý";
/// The quarters in Roman numerals.
pub const QUARTER_ROMANS: &[(&str, u8)] = &[("I", 1), ("II", 2), ("III", 3), ("IV", 4)];
/// A decade: "thập niên 1990", "thập kỷ 80", "những năm 1990", "những năm
/// 90" (two digits are of the 1900s, or of the 2000s when "thế kỷ 21"
/// follows). The cue is part of the figure.
pub const DECADE_CUES: &[[&str; 2]] = &[["thập", "niên"], ["thập", "kỷ"], ["thập", "kỉ"], ["những", "năm"]];
/// After a two-digit decade, the century that makes it of the 2000s:
/// "những năm 20 của thế kỷ 21".
pub const DECADE_CENTURY_WORDS: &[&str] = &["của", "thế", "kỷ"];
pub const DECADE_21ST_CENTURY: &[&str] = &["21", "XXI", "này"];
/// A sentence without a digit is scanned for dates only if it has one of
/// these (a cheap test): a quarter in Roman numerals ("quý II").
pub const NO_DIGIT_STEMS: &[&str] = &["quý I", "Quý I", "QUÝ I", "quý V", "Quý V", "QUÝ V"];

/// "8 giờ 30 phút", "lúc 9 giờ".
pub const HOUR_WORDS: &[&str] = &["giờ", "g"];
pub const MINUTE_WORDS: &[&str] = &["phút"];
/// Words before an hour that make it a clock time, not a duration.
pub const TIME_CUES: &[&str] = &["lúc", "vào lúc", "vào", "từ", "đến", "điểm"];
/// Parts of the day after an hour, with the hours they add (afternoon: +12).
pub const DAY_PARTS: &[(&str, u8)] = &[("sáng", 0), ("trưa", 0), ("chiều", 12), ("tối", 12), ("đêm", 12)];
