//! Vietnamese words and patterns for figures (tables only; algorithms live
//! outside src/lang). Every entry is lowercase NFC; phrases are words
//! separated by single spaces, matched token by token.

use crate::figures::model::TimeUnit;
use crate::figures::words::NumWord::{self, *};

/// Number words and what each does in a number.
pub const NUMBER_WORDS: &[(&str, NumWord)] = &[
    ("không", Digit(0)),
    ("một", Digit(1)),
    ("mốt", DigitLate(1)),
    ("hai", Digit(2)),
    ("ba", Digit(3)),
    ("bốn", Digit(4)),
    ("tư", DigitLate(4)),
    ("năm", Digit(5)),
    ("lăm", DigitLate(5)),
    ("nhăm", DigitLate(5)),
    ("sáu", Digit(6)),
    ("bảy", Digit(7)),
    ("bẩy", Digit(7)),
    ("tám", Digit(8)),
    ("chín", Digit(9)),
    ("mười", Ten),
    ("mươi", TensMark),
    ("chục", Dozen(10)),
    ("trăm", Hundred),
    ("linh", ZeroTens),
    ("lẻ", ZeroTens),
    ("nghìn", Scale(3)),
    ("ngàn", Scale(3)),
    ("vạn", Scale(4)),
    ("triệu", Scale(6)),
    ("tỷ", Scale(9)),
    ("tỉ", Scale(9)),
    ("rưỡi", Half),
];

/// Ordinal words after "thứ" that are not plain numbers.
pub const ORDINAL_WORDS: &[(&str, u32)] = &[("nhất", 1), ("nhì", 2), ("tư", 4)];

/// Words that make the number after them an ordinal ("thứ 3", "lần thứ 2").
pub const ORDINAL_PREFIXES: &[&str] = &["thứ", "hạng"];

/// Words after which a number (or a Roman numeral) names a member of a
/// series: a term, a plenum, a century, a round. Such numbers are ordinals,
/// and a list after them ("Trung ương 4, 5, 6") is a list of ordinals.
pub const SERIES_CUES: &[&str] = &[
    "khóa", "khoá", "đại hội", "trung ương", "hội nghị trung ương", "thế kỷ", "thế kỉ", "kỳ họp", "kì họp",
    "đợt", "giai đoạn", "vòng", "phiên", "quốc hội khóa", "nhiệm kỳ thứ", "lần", "lớp", "báo động", "cấp độ",
];

/// Words after which a number names a thing (a clause, a district, a road)
/// rather than counting. `true` when the cue belongs in the identifier's span.
pub const IDENTIFIER_CUES: &[(&str, bool)] = &[
    ("điều", true),
    ("khoản", true),
    ("chương", true),
    ("mục", true),
    ("tiểu mục", true),
    ("phụ lục", true),
    ("trang", true),
    ("bảng", true),
    ("hình", true),
    ("biểu đồ", true),
    ("quận", true),
    ("phường", true),
    ("ấp", true),
    ("khu phố", true),
    ("tổ dân phố", true),
    ("khóm", true),
    ("quốc lộ", true),
    ("tỉnh lộ", true),
    ("đường số", true),
    ("số nhà", true),
    ("phòng", true),
    ("lô", true),
    ("tuyến số", true),
    ("mã số", true),
    ("mã số thuế", true),
    ("mã số doanh nghiệp", true),
    ("mã", true),
    ("số hiệu", true),
    ("biển số", true),
    ("biển kiểm soát", true),
    ("số tài khoản", true),
    ("tài khoản", true),
    ("hotline", false),
    ("đường dây nóng", false),
    ("điện thoại", false),
    ("đt", false),
    ("sđt", false),
    ("fax", false),
    ("mã bưu chính", false),
    ("mã bưu điện", false),
    ("cmnd", false),
    ("cccd", false),
    ("phiên bản", true),
];

/// "số" before a number is a document or house number after these words
/// ("Quyết định số 1234"), and a count elsewhere ("tổng số 611").
pub const DOCUMENT_TYPES: &[&str] = &[
    "quyết định", "nghị quyết", "công văn", "thông tư", "nghị định", "chỉ thị", "luật", "kế hoạch",
    "thông báo", "tờ trình", "báo cáo", "quy định", "hướng dẫn", "văn bản", "pháp lệnh", "công điện",
    "giấy phép", "hợp đồng", "bản án", "thông tư liên tịch", "kết luận", "đề án", "chương trình", "nhà",
    "hẻm", "ngõ", "ngách", "kiệt", "đường", "phòng", "tuyến", "xe", "hồ sơ", "giấy chứng nhận",
];

/// After "số N", these make N a house number ("số 12 đường Trần Phú").
pub const STREET_WORDS: &[&str] = &["đường", "phố", "ngõ", "hẻm", "ngách", "kiệt"];

/// Before "số", these make it a count ("trong số 40", "tổng số 611").
pub const COUNT_BEFORE_NUMBER_SIGN: &[&str] = &["trong", "tổng", "con", "các", "những", "một", "đa", "thiểu", "chỉ", "điểm"];

/// The word "số" itself.
pub const NUMBER_SIGN: &[&str] = &["số"];

/// Hedges before a figure: the text does not claim the exact value.
pub const HEDGES: &[&str] = &[
    "khoảng", "gần", "hơn", "trên", "dưới", "xấp xỉ", "ước tính", "ước", "chừng", "khoảng chừng", "gần như",
    "ngót", "ngót nghét", "tầm", "trên dưới", "ít nhất", "tối thiểu", "tối đa", "không quá", "chưa đến",
    "chưa tới", "hàng", "cỡ", "độ chừng", "hơn một", "có khoảng", "vào khoảng", "trong khoảng", "lên tới",
    "lên đến", "đến gần",
];

/// Percent words after a number.
pub const PERCENT_WORDS: &[&str] = &["phần trăm"];

/// Percentage-point words after a number.
pub const POINT_WORDS: &[&str] = &["điểm phần trăm", "điểm %"];

/// Currency words after a number, with their ISO code.
pub const CURRENCIES: &[(&str, &str)] = &[
    ("đồng", "VND"),
    ("đ", "VND"),
    ("vnđ", "VND"),
    ("vnd", "VND"),
    ("việt nam đồng", "VND"),
    ("đô la mỹ", "USD"),
    ("đô la", "USD"),
    ("đôla", "USD"),
    ("đô", "USD"),
    ("usd", "USD"),
    ("euro", "EUR"),
    ("bảng anh", "GBP"),
    ("yên nhật", "JPY"),
    ("yên", "JPY"),
    ("nhân dân tệ", "CNY"),
    ("won", "KRW"),
    ("bạt", "THB"),
    ("baht", "THB"),
    ("rúp", "RUB"),
];

/// After a number, "đồng" starts these words too; then it is not money.
pub const DONG_COMPOUNDS: &[&str] = &["nghiệp", "chí", "bào", "hồ", "ruộng", "thời", "đội", "hương", "bằng", "loại", "minh", "phục", "tâm", "ý", "lòng"];

/// Units of time after a number ("02 năm", "3 tháng").
pub const TIME_UNITS: &[(&str, TimeUnit)] = &[
    ("năm", TimeUnit::Year),
    ("tháng", TimeUnit::Month),
    ("tuần", TimeUnit::Week),
    ("tuần lễ", TimeUnit::Week),
    ("ngày", TimeUnit::Day),
    ("ngày đêm", TimeUnit::Day),
    ("giờ", TimeUnit::Hour),
    ("tiếng", TimeUnit::Hour),
    ("tiếng đồng hồ", TimeUnit::Hour),
    ("phút", TimeUnit::Minute),
];

/// Words before a number that make it part of a date or a time ("ngày 12",
/// "tháng 5", "năm 2018", "lúc 8"): left to the date recognizer.
pub const DATE_CONTEXT: &[&str] = &[
    "ngày", "tháng", "năm", "lúc", "quý", "hôm", "sáng", "chiều", "tối", "đêm", "trưa", "rạng sáng", "mùng",
    "mồng", "đầu năm", "cuối năm", "giữa năm",
];

/// Markers right after a number that make it a clock time ("8 giờ 30", "8h").
pub const CLOCK_WORDS: &[&str] = &["giờ", "h"];

/// "gấp" before a number: a multiplier ("gấp 3 lần", "gấp đôi", "gấp rưỡi").
pub const MULTIPLIER_PREFIX: &[&str] = &["gấp"];
/// Multiplier words standing alone after "gấp".
pub const MULTIPLIER_WORDS: &[(&str, f64)] = &[("đôi", 2.0), ("rưỡi", 1.5)];
/// The word after a multiplier's number ("lần").
pub const TIMES: &[&str] = &["lần"];
/// Verbs that, before "một nửa", make a multiplier of one half.
pub const HALVING_VERBS: &[&str] = &["giảm", "cắt", "cắt giảm", "giảm đi", "còn"];
/// "một nửa", "nửa": one half.
pub const HALF_WORDS: &[&str] = &["một nửa", "nửa"];

/// Between two numbers, "phần" makes a fraction ("hai phần ba").
pub const FRACTION_SEPARATORS: &[&str] = &["phần"];

/// Between two numbers, a ratio: "77 trên 110", "77 trong số 110".
pub const RATIO_CONNECTORS: &[&str] = &["trên", "trong số", "trong tổng số", "/", "trên tổng số", "trong"];
/// "cứ 5 người thì có 1": the word before the denominator and the words
/// before the numerator.
pub const RATIO_EVERY: &[&str] = &["cứ"];
pub const RATIO_EVERY_THEN: &[&str] = &["thì có", "có"];

/// Between two numbers, a range: "5 đến 7", "2016 - 2020".
pub const RANGE_CONNECTORS: &[&str] = &["đến", "tới", "đến hết", "tới hết", "-", "–", "—", "~"];
/// Before the first number of a range.
pub const RANGE_OPENERS: &[&str] = &["từ", "trong khoảng từ", "khoảng từ"];
/// Between a clock time and its date, when a range of both is written: "từ 0h ngày 1/9 đến 24h ngày 31/8".
pub const TIME_DATE_GLUE: &[&str] = &["ngày", "hôm"];
/// Between the two values of a change: "từ 200 lên 250 tỷ đồng".
/// Before the first value, these make "X đến Y" a change by X (none in Vietnamese: "thêm" reads as a range too).
pub const CHANGE_BY: &[&str] = &[];
/// A word that makes the digits after it negative: "âm 5 độ C", "tăng trưởng âm 1,2%".
pub const NEGATIVE_WORDS: &[&str] = &["âm"];
/// After these the sign word is one end of a margin ("dương hoặc âm 3%"), no sign.
pub const NEGATIVE_NOT_AFTER: &[&str] = &["hoặc", "và"];
pub const CHANGE_TO: &[&str] = &["lên", "xuống", "xuống còn", "còn", "lên mức", "xuống mức", "lên đến", "đến", "tới"];
/// Verbs of change: "tăng từ 200 lên 250" is a change, not a range.
pub const CHANGE_VERBS: &[&str] = &[
    "tăng", "giảm", "lên", "xuống", "nâng", "hạ", "tụt", "rút", "rút xuống", "tăng trưởng", "sụt", "sụt giảm",
    "đi", "điều chỉnh",
];

/// Words before a pair of numbers that make it a score or a vote ("thắng 3-1").
pub const SCORE_CUES: &[&str] = &["thắng", "thua", "hòa", "hoà", "tỷ số", "tỉ số", "cách biệt", "đánh bại", "hạ gục", "bỏ phiếu", "biểu quyết"];

/// Counted nouns: the unit of the number before them. Longest match wins.
pub const COUNT_NOUNS: &[&str] = &[
    "người", "người dân", "người lao động", "lao động", "đảng viên", "cán bộ", "công chức",
    "viên chức", "cán bộ, đảng viên", "lớp", "hộ", "hộ dân", "hộ gia đình", "hộ nghèo", "gia đình",
    "doanh nghiệp", "công ty", "hợp tác xã", "tổ chức", "tổ chức cơ sở đảng", "chi bộ", "đảng bộ", "đảng bộ cơ sở",
    "học sinh", "sinh viên", "giáo viên", "giảng viên", "bác sĩ", "y tá", "bệnh nhân", "ca", "ca mắc", "ca bệnh",
    "ca nhiễm", "ca tử vong", "trường hợp", "xã", "phường", "thị trấn", "huyện", "quận", "tỉnh", "thành phố",
    "tỉnh, thành phố", "quốc gia", "nước", "trường", "trường học", "bệnh viện", "trạm y tế", "dự án", "công trình",
    "km", "ha", "héc-ta", "hecta", "tấn", "kg", "m2", "m", "mét", "lít", "chiếc", "xe", "ô tô", "xe máy",
    "căn hộ", "căn nhà", "căn", "ngôi nhà", "nhà", "việc làm", "cử tri", "đại biểu", "thành viên", "hội viên",
    "đoàn viên", "vụ", "vụ án", "vụ việc", "vụ tai nạn", "đơn vị", "cơ sở", "sản phẩm", "lượt", "lượt người",
    "phiếu", "ý kiến", "bài", "bài viết", "cuộc", "hội nghị", "buổi", "chuyến", "chuyến bay", "tuyến",
    "tuổi", "con", "cây", "cây số", "phòng", "giường", "giường bệnh", "nhân viên", "công nhân", "chiến sĩ",
    "thí sinh", "vận động viên", "huy chương", "huy chương vàng", "bàn thắng", "điểm", "mô hình", "sáng kiến",
    "đề tài", "tập thể", "cá nhân", "văn bản", "nghị quyết", "chỉ thị", "kế hoạch", "lần", "đợt", "sự kiện",
    "cuốn", "quyển", "bộ", "cặp", "gói", "hồ sơ", "thủ tục", "tài khoản", "thuê bao", "máy", "thiết bị",
    "camera", "tàu", "thuyền", "con tàu", "máy bay", "đàn", "con bò", "con lợn", "ngôi trường", "phòng học",
    "lao động nữ", "lao động nam", "nam", "nữ", "trẻ", "trẻ em", "cụ", "gia súc", "ký", "cân", "bao",
    "thôn", "ấp", "bản", "làng", "khu", "khu công nghiệp", "cụm công nghiệp", "chợ", "siêu thị", "cửa hàng",
    "tổ", "nhóm", "đội", "câu lạc bộ", "chi hội", "hội", "ban", "sở", "ngành", "cấp",
    "phần quà", "suất quà", "suất", "học bổng", "suất học bổng", "mm", "cm", "m3", "km2", "MW", "kWh", "độ",
    "ngư dân", "nông dân", "hành khách", "du khách", "lượt khách", "khách", "tiểu thương", "hộ kinh doanh",
    // measures a text converts between (checks::conversion)
    "hải lý", "dặm", "feet", "inch", "pound", "mẫu anh", "km / h", "km / giờ", "dặm / giờ", "hải lý / giờ",
    "mét vuông", "mét khối",
];

/// Classifiers: the noun after them belongs to the unit ("lượt cán bộ").
pub const CLASSIFIERS: &[&str] = &["lượt", "con", "cái", "chiếc", "ngôi", "căn", "tấm", "bức", "quyển", "cuốn", "cây", "tờ", "bộ"];

/// The word for a degree, which takes a scale letter after it as English
/// writes it after "°": "38 độ C".
pub const DEGREE_WORD: &str = "độ";
/// As English's `TEMPERATURE_CUES`: "nhiệt độ 40C", "rét đậm, có nơi 3C".
pub const TEMPERATURE_CUES: &[&str] = &["nhiệt", "nóng", "lạnh", "rét", "độ", "oi", "giá"];

/// Words that are never (the start of) a counted noun after a number.
pub const NOT_UNITS: &[&str] = &[
    "và", "của", "các", "những", "được", "là", "có", "trong", "cho", "với", "không", "này", "đã", "theo",
    "để", "tại", "từ", "khi", "đến", "cũng", "về", "thì", "như", "sẽ", "vào", "ra", "lên", "đang", "nhưng",
    "hơn", "trên", "dưới", "đạt", "tăng", "giảm", "so", "mới", "nay", "qua", "trước", "sau", "còn", "chỉ",
    "đều", "nữa", "rồi", "lại", "bằng", "hay", "hoặc", "tới", "năm", "tháng", "ngày", "giờ", "phút", "tuần",
    "lần", "thứ", "chiếm", "gồm", "là", "tương", "tức", "ở", "do", "bị", "vì", "nên", "mà", "đó", "kia",
    "ấy", "đây", "thêm", "nhất", "trên", "khoảng", "gần", "vừa", "đi", "xuống", "nhằm", "mỗi", "mọi",
    "phần", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "đồng", "chục", "rưỡi",
    // First syllables of common verbs and adverbs that follow a number.
    "thực", "hoàn", "tham", "tiếp", "triển", "đề", "đưa", "giúp", "làm", "tạo", "xây", "nâng", "tiến",
    "bảo", "quản", "kiểm", "phát", "đánh", "giải", "yêu", "cần", "phải", "muốn", "hiện", "vẫn", "luôn",
    "đồng", "cùng", "trở", "liên", "lần", "tương", "ứng", "tính", "kể", "bao", "gồm", "tổng", "nhiều",
    "ít", "đầu", "cuối", "giữa", "trực", "thuộc", "dành", "nhận", "đặt", "chưa", "không", "cả",
    // Parts of the day and words of a date after a number are when, not what
    // was counted: "thắng 2-1 tối 12/6" ("đêm", "chiều" and "hôm" can be
    // counted: "3 đêm", "không gian 3 chiều", "mấy hôm").
    "sáng", "tối", "trưa", "rạng", "lúc", "sớm", "khuya",
];
