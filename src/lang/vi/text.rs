//! Vietnamese words the text layer needs: abbreviations and the common
//! function words that identify the language.

/// Abbreviations written with a trailing period (case-sensitive, without it).
/// A period after one of these does not end a sentence.
pub const ABBREVIATIONS: &[&str] = &[
    "TP", "Tp", "tp", "TS", "ThS", "Th.S", "PGS", "PGS.TS", "GS", "GS.TS", "BS", "BSCKII", "BSCKI",
    "KS", "CN", "NCS", "TT", "Q", "P", "H", "X", "TX", "TT", "Nxb", "NXB", "tr", "St", "Ths", "Ls",
    "LS", "Đ/c", "đ/c", "v.v", "vv", "Tr", "ĐT", "Số", "số", "Lt", "Đc", "Bs",
];

/// Frequent Vietnamese words, written without regard to case. Several lack
/// diacritics on purpose: they still only occur in Vietnamese text.
pub const FUNCTION_WORDS: &[&str] = &[
    "và", "của", "các", "những", "được", "là", "có", "trong", "cho", "với", "không", "này", "đã",
    "người", "năm", "theo", "một", "để", "tại", "từ", "khi", "đến", "cũng", "về", "thì", "nhiều",
    "đó", "như", "sẽ", "vào", "ra", "lên", "đang", "nhưng", "hơn", "tỷ", "triệu", "đồng", "ông",
    "bà", "tổ", "chức", "thực", "hiện", "ngày", "tháng", "đạt", "nhằm", "phát", "triển", "sau",
    "trên", "dưới", "cùng", "việc", "nhà", "nước", "hội", "nghị", "thành", "phố", "tỉnh", "huyện",
    "xã", "chính", "quyền", "kinh", "tế", "xuất", "khẩu",
];
