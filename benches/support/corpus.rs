//! The benchmarks' corpus: Vietnamese and English news-style text generated
//! from our own sentence templates with varied numbers, interleaved with the
//! repo's sample articles. Deterministic (a fixed-seed xorshift), so every run
//! and every machine measures the same bytes. Shared by `benches/figures.rs`
//! and `benches/analyze.rs`; the latter also writes it to `target/bench/` so
//! the WASM and peer benchmarks in Node read exactly the same text.

#![allow(dead_code)]

pub const VI_SAMPLE: &str = include_str!("../../www/samples/vi.txt");
pub const EN_SAMPLE: &str = include_str!("../../www/samples/en.txt");

pub const VI_TEMPLATES: &[&str] = &[
    "Năm {y}, tỉnh kết nạp {a}/{b} đảng viên mới, đạt {p}% chỉ tiêu.",
    "Doanh thu tăng từ {m},{d} tỷ đồng lên {n} tỷ đồng, tương đương tăng {p},{d}%.",
    "Theo Quyết định số {a}/QĐ-UBND ngày {dd}/{mm}/{y}, huyện hỗ trợ {k}.{t} hộ dân.",
    "Có khoảng {a} người tham gia, trong đó hơn {b} người là công nhân.",
    "Thu nhập bình quân đạt {m},{d} triệu đồng/người/tháng, gấp {s} lần so với năm {y}.",
    "Tỷ lệ hộ nghèo giảm {s},{d} điểm phần trăm, còn {p}% trong giai đoạn {y} – {y2}.",
    "Hội nghị lần thứ {s} diễn ra lúc {hh}:{mi}, kéo dài {s} giờ với {a} đại biểu.",
    "Cứ {s} người thì có 1 người dùng điện thoại; hai phần ba số hộ có internet.",
    "Đội nhà thắng {s}-1, nâng tổng số bàn thắng lên hai mươi mốt bàn.",
    "Căn cứ Điều {s} khoản {s} Nghị định {a}/{y}/NĐ-CP, lương từ {s} đến {s2} triệu đồng.",
    "Tổng vốn đầu tư là {k}.{t}.{t} đồng, trong đó ngân sách chiếm {p},{d}%.",
    "Qua 0{s} năm thực hiện, đơn vị tổ chức {a} lớp bồi dưỡng cho {k}.{t} lượt cán bộ.",
    "Thủ tướng nhấn mạnh việc phát triển kinh tế gắn với bảo vệ môi trường và an sinh xã hội.",
    "Ban Thường vụ Tỉnh ủy thường xuyên làm việc với cơ sở để kịp thời nắm bắt khó khăn, vướng mắc.",
];

pub const EN_TEMPLATES: &[&str] = &[
    "In {y}, the council approved a ${m}.{d} million budget, up {p}.{d} percent from last year.",
    "{a} of {b} respondents agreed, or about {p}% of those asked.",
    "Ridership rose from {m}.{d} million trips to {n}.{d} million, an increase of {p}%.",
    "Under Ordinance No. {y}-{s}, the city will spend ${s} million over five years.",
    "The team won {s}-1 and the council voted {s2} to 2 on March {s}, {y}.",
    "Between {s} and {s2} percent of homes lost power for {s} hours on {mm}/{dd}/{y}.",
    "Prices doubled, and a third of the {k},{t} workers earned less than ${a} a week.",
    "The share rose from {p}% to {p2}%, an increase of {s} percentage points.",
    "The 20-year-old firm hired {a} new workers, including {s} drivers and twenty-one mechanics.",
    "Call 555-01{s}{s} or visit https://example.com/news/{y}/{a} for details.",
    "Officials said the plan would keep property taxes flat and protect essential services.",
    "The mayor thanked residents and volunteers who attended the public hearing on the proposal.",
];

/// A tiny deterministic generator (xorshift), so the corpus is the same on every run.
pub struct Rng(pub u64);
impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

pub fn fill(t: &str, r: &mut Rng) -> String {
    let mut s = t.to_string();
    let vals: [(&str, String); 17] = [
        ("{y2}", (2020 + r.below(6)).to_string()),
        ("{y}", (1995 + r.below(30)).to_string()),
        ("{a}", (10 + r.below(900)).to_string()),
        ("{b}", (1000 + r.below(900)).to_string()),
        ("{p2}", (50 + r.below(49)).to_string()),
        ("{p}", (1 + r.below(49)).to_string()),
        ("{m}", (1 + r.below(900)).to_string()),
        ("{n}", (1000 + r.below(900)).to_string()),
        ("{d}", r.below(10).to_string()),
        ("{s2}", (10 + r.below(9)).to_string()),
        ("{s}", (2 + r.below(8)).to_string()),
        ("{k}", (1 + r.below(99)).to_string()),
        ("{t}", format!("{:03}", r.below(1000))),
        ("{dd}", (1 + r.below(28)).to_string()),
        ("{mm}", (1 + r.below(12)).to_string()),
        ("{hh}", format!("{:02}", r.below(24))),
        ("{mi}", format!("{:02}", r.below(60))),
    ];
    for (k, v) in vals.iter() {
        while let Some(p) = s.find(k) {
            s.replace_range(p..p + k.len(), v);
        }
    }
    s
}

pub fn corpus(templates: &[&str], sample: &str, bytes: usize, seed: u64) -> String {
    let mut r = Rng(seed);
    let mut out = String::with_capacity(bytes + 4096);
    while out.len() < bytes {
        if r.below(20) == 0 {
            out.push_str(sample);
            out.push_str("\n\n");
            continue;
        }
        for _ in 0..(3 + r.below(4)) {
            let t = templates[r.below(templates.len() as u64) as usize];
            out.push_str(&fill(t, &mut r));
            out.push(' ');
        }
        out.push_str("\n\n");
    }
    out
}

/// The Vietnamese corpus of at least `bytes` bytes (whole paragraphs).
pub fn vi(bytes: usize) -> String {
    corpus(VI_TEMPLATES, VI_SAMPLE, bytes, 0x9e37_79b9_7f4a_7c15)
}

/// The English corpus of at least `bytes` bytes (whole paragraphs).
pub fn en(bytes: usize) -> String {
    corpus(EN_TEMPLATES, EN_SAMPLE, bytes, 0x2545_f491_4f6c_dd1d)
}

/// The first paragraphs of `text` that fit in `bytes` (at least one).
pub fn head(text: &str, bytes: usize) -> &str {
    if text.len() <= bytes {
        return text;
    }
    let mut end = bytes;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let cut = text[..end].rfind("\n\n").map(|i| i + 2).unwrap_or(end);
    &text[..cut]
}
