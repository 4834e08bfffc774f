//! Figure-recognition throughput on a mixed Vietnamese/English corpus of
//! a few megabytes, generated here from our own sentence templates with
//! varied numbers, plus the repo's sample articles.
//!
//! Run: `cargo bench --bench figures`. Prints MB/s per language and overall.

use article_analyzer::figures::recognize;
use article_analyzer::text::Document;
use article_analyzer::Lang;
use std::time::Instant;

const VI_TEMPLATES: &[&str] = &[
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

const EN_TEMPLATES: &[&str] = &[
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
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

fn fill(t: &str, r: &mut Rng) -> String {
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

fn corpus(templates: &[&str], sample: &str, bytes: usize, seed: u64) -> String {
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

fn measure(name: &str, text: &str, lang: Lang) -> (usize, f64) {
    let doc = Document::new(text, Some(lang));
    // Warm up (tables are built once).
    let mut count = recognize(&doc).len();
    let mut best = f64::MAX;
    for _ in 0..5 {
        let t = Instant::now();
        count = std::hint::black_box(recognize(&doc)).len();
        best = best.min(t.elapsed().as_secs_f64());
    }
    let mbs = text.len() as f64 / 1e6 / best;
    println!("{name}: {:.2} MB, {count} figures, {:.1} ms, {mbs:.1} MB/s", text.len() as f64 / 1e6, best * 1e3);
    (text.len(), best)
}

fn main() {
    let vi = corpus(VI_TEMPLATES, include_str!("../www/samples/vi.txt"), 2_000_000, 0x9e37_79b9_7f4a_7c15);
    let en = corpus(EN_TEMPLATES, include_str!("../www/samples/en.txt"), 2_000_000, 0x2545_f491_4f6c_dd1d);
    if std::env::var("FIGURES_BENCH_TOKENS").is_ok() {
        tokens_only(&vi, Lang::Vi);
        tokens_only(&en, Lang::En);
    }
    let (b1, t1) = measure("figures vi", &vi, Lang::Vi);
    let (b2, t2) = measure("figures en", &en, Lang::En);
    println!("figures mixed: {:.2} MB, {:.1} MB/s", (b1 + b2) as f64 / 1e6, (b1 + b2) as f64 / 1e6 / (t1 + t2));
    // Article density: the sample articles alone, repeated (about one
    // figure per 60–80 bytes, as in real news; the templates above are
    // three to four times denser).
    let repeat = |s: &str| s.repeat(1_000_000 / s.len() + 1);
    let (b3, t3) = measure("articles vi", &repeat(include_str!("../www/samples/vi.txt")), Lang::Vi);
    let (b4, t4) = measure("articles en", &repeat(include_str!("../www/samples/en.txt")), Lang::En);
    println!("articles mixed: {:.2} MB, {:.1} MB/s", (b3 + b4) as f64 / 1e6, (b3 + b4) as f64 / 1e6 / (t3 + t4));
}

#[allow(dead_code)]
fn tokens_only(text: &str, lang: Lang) {
    let doc = Document::new(text, Some(lang));
    let t = Instant::now();
    let mut n = 0;
    for s in &doc.sentences {
        n += doc.tokens(*s).count();
    }
    println!("tokenizer alone: {n} tokens, {:.1} MB/s", text.len() as f64 / 1e6 / t.elapsed().as_secs_f64());
}
