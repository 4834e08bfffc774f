//! Vietnamese words that tie figures into claims, and the messages that
//! report on them. Lowercase, NFC; matched on word boundaries.

use crate::checks::words::{Messages, Words};

pub const WORDS: Words = Words {
    share: &["đạt", "chiếm", "tương đương", "tức", "tức là", "bằng", "là", "hay", "khoảng"],
    share_verb: &["đạt", "chiếm", "đạt tỷ lệ", "chiếm tỷ lệ"],
    whole: &["trong tổng số", "trên tổng số", "tổng số", "trong số", "trên", "của"],
    whole_first: &["trong số", "trong tổng số", "trên tổng số", "tổng số"],
    subset: &["trong đó", "trong số đó", "trong số này", "bao gồm"],
    from: &["từ"],
    to_up: &["lên", "lên mức", "lên đến"],
    to_down: &["xuống", "xuống còn", "xuống mức", "còn"],
    to: &["đến", "tới"],
    up: &["tăng", "tăng thêm", "cao hơn", "nhiều hơn", "tăng trưởng", "vượt"],
    down: &["giảm", "giảm bớt", "thấp hơn", "ít hơn", "sụt giảm"],
    compared: &["so với", "so cùng kỳ", "so với mức"],
    total: &["tổng cộng", "tổng số", "tổng", "cả thảy", "tất cả", "nâng tổng số"],
    total_after: &["cộng lại", "tất cả", "tổng cộng", "cả thảy"],
    remaining: &["hiện còn", "hiện nay còn", "nay còn", "còn lại", "hiện có", "hiện nay có"],
    target: &["chỉ tiêu", "kế hoạch", "mục tiêu", "dự toán", "dự kiến"],
    complete: &["không ý kiến", "không trả lời", "còn lại", "số còn lại", "không biết", "khác", "phiếu trắng"],
    complete_intro: &["cơ cấu", "cơ cấu kinh tế", "cơ cấu lao động", "phân bổ như sau", "chia ra"],
    respondents: &["được hỏi", "được khảo sát", "tham gia khảo sát", "trả lời", "người hỏi"],
    founded: &["thành lập", "ra đời", "khởi công", "bắt đầu", "thực hiện từ", "kể từ"],
    elapsed: &["qua", "sau", "sau hơn", "trải qua", "tròn"],
    past: &["đã", "tổ chức", "diễn ra", "vừa", "khai mạc", "bế mạc", "ký", "thông qua", "công bố"],
    future: &["sẽ", "dự kiến", "kế hoạch", "phấn đấu", "đến năm"],
};

pub const MESSAGES: Messages = Messages {
    matches: "khớp với",
    not: "không phải",
    approx_note: " (cách viết ước lượng, chấp nhận sai số lớn hơn)",
    rounded_note: " — chỉ có thể đúng nếu các số đã được làm tròn; cần đối chiếu số liệu gốc",
    increase: "tăng",
    decrease: "giảm",
    from_to: "Từ {a} đến {b}",
    points: "điểm phần trăm",
    relative: "tương đối",
    times: "lần",
    sum: "Tổng các phần",
    shares_sum: "Các tỷ lệ cộng lại",
    no_base: "Không có số liệu gốc để kiểm tra",
    no_previous: "Không có số lượng trước đó để kiểm tra",
    grim: "Với {n} người, không có số nguyên nào cho đúng {p}: gần nhất là {k}/{n} = {q}",
    grim_ok: "Với {n} người, {k}/{n} = {q} — khớp với {p}",
    invalid_date: "Ngày {d} không tồn tại",
    weekday: "Ngày {d} là {real}, không phải {stated}",
    weekday_ok: "Ngày {d} đúng là {real}",
    after_dateline: "Sự kiện ngày {d} được kể ở thì quá khứ nhưng sau ngày đăng bài {p}",
    before_dateline: "Ngày {d} trước ngày đăng bài {p}",
    range_reversed: "Khoảng {a} – {b} kết thúc trước khi bắt đầu",
    duration: "Từ {a} đến {b} là {x} năm",
    repeated: "Cùng một con số được nêu với hai giá trị: {a} và {b}",
    repeated_ok: "Con số được nhắc lại khớp: {a}",
};

