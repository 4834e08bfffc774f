//! Entities: the forms the recognizer must read (Vietnamese and English),
//! the links between mentions, and properties that hold for any input
//! (no panic, spans in order, never overlapping, on char boundaries).
//! Quality over whole paragraphs is measured by scripts/score-entities.mjs
//! on tests/data/entities/.

use article_analyzer::entities::{recognize, Entity, EntityKind};
use article_analyzer::text::Document;
use article_analyzer::Lang;
use proptest::prelude::*;
use EntityKind::*;

fn run(text: &str, lang: Lang) -> (Document<'_>, Vec<Entity>) {
    let doc = Document::new(text, Some(lang));
    let ents = recognize(&doc);
    (doc, ents)
}

fn list(text: &str, lang: Lang) -> Vec<(String, EntityKind)> {
    let (doc, ents) = run(text, lang);
    ents.iter().map(|e| (doc.slice(e.span).to_string(), e.kind)).collect()
}

fn has(text: &str, lang: Lang, want: &[(&str, EntityKind)]) {
    let got = list(text, lang);
    for (t, k) in want {
        assert!(got.iter().any(|(g, gk)| g == t && gk == k), "{t:?} as {k:?} not found in {text:?}; got {got:?}");
    }
}

fn lacks(text: &str, lang: Lang, t: &str) {
    let got = list(text, lang);
    assert!(!got.iter().any(|(g, _)| g == t), "{t:?} should not be an entity in {text:?}; got {got:?}");
}

#[test]
fn vietnamese_people() {
    has("Chiều nay, ông Lê Hoàng Phúc đến thăm nhà máy.", Lang::Vi, &[("Lê Hoàng Phúc", Person)]);
    has("Bà Nguyễn Thị Minh Khai phát biểu tại buổi lễ.", Lang::Vi, &[("Nguyễn Thị Minh Khai", Person)]);
    has("Theo PGS.TS Trần Văn Khoa, dịch có thể bùng phát lại.", Lang::Vi, &[("Trần Văn Khoa", Person)]);
    has("Báo cáo do TS. Hà Thu Trang trình bày.", Lang::Vi, &[("Hà Thu Trang", Person)]);
    has("Đồng chí Mai Thanh Dân dự hội nghị.", Lang::Vi, &[("Mai Thanh Dân", Person)]);
    has("Anh Quốc Việt và chị Thanh Hằng cùng làm ở xưởng gỗ.", Lang::Vi, &[("Quốc Việt", Person), ("Thanh Hằng", Person)]);
    has("Tin, ảnh: Minh Thái", Lang::Vi, &[("Minh Thái", Person)]);
    has("Ba người bị bắt gồm Phạm Văn Tài và Đỗ Thị Lan.", Lang::Vi, &[("Phạm Văn Tài", Person), ("Đỗ Thị Lan", Person)]);
}

#[test]
fn vietnamese_organizations_are_bounded() {
    has(
        "Ủy ban nhân dân thành phố Cần Thơ vừa phê duyệt đề án.",
        Lang::Vi,
        &[("Ủy ban nhân dân thành phố Cần Thơ", Organization)],
    );
    has(
        "Hôm qua, Đảng ủy các Khu Chế xuất và Công nghiệp Cần Thơ tổ chức hội nghị.",
        Lang::Vi,
        &[("Đảng ủy các Khu Chế xuất và Công nghiệp Cần Thơ", Organization)],
    );
    has("Sở Kế hoạch và Đầu tư cho biết số doanh nghiệp mới tăng.", Lang::Vi, &[("Sở Kế hoạch và Đầu tư", Organization)]);
    has(
        "Công ty TNHH MTV Cấp thoát nước Sóc Trăng được khen thưởng.",
        Lang::Vi,
        &[("Công ty TNHH MTV Cấp thoát nước Sóc Trăng", Organization)],
    );
    has("Ngân hàng Nhà nước Việt Nam giữ nguyên lãi suất.", Lang::Vi, &[("Ngân hàng Nhà nước Việt Nam", Organization)]);
    has("Bộ Y tế sớm ban hành hướng dẫn.", Lang::Vi, &[("Bộ Y tế", Organization)]);
    has(
        "Sở Nông nghiệp và Phát triển nông thôn tỉnh Sóc Trăng cho biết giá lúa tăng.",
        Lang::Vi,
        &[("Sở Nông nghiệp và Phát triển nông thôn tỉnh Sóc Trăng", Organization)],
    );
    // Named after a person; a verb ends the name.
    has("Trường THPT Lê Quý Đôn tổ chức lễ khai giảng.", Lang::Vi, &[("Trường THPT Lê Quý Đôn", Organization)]);
    has("Công ty Cổ phần Thép Phú Mỹ báo lãi quý I.", Lang::Vi, &[("Công ty Cổ phần Thép Phú Mỹ", Organization)]);
    // "Hội nghị" is a meeting, not an organization.
    lacks("Hội nghị diễn ra trong hai ngày.", Lang::Vi, "Hội nghị");
}

#[test]
fn vietnamese_organizations_known_by_name() {
    // Clubs named by a sponsor and a province, or a surname-like name: not a person, not a place.
    has(
        "Tối qua, Becamex Bình Dương cầm hòa Hoàng Anh Gia Lai trên sân Pleiku.",
        Lang::Vi,
        &[("Becamex Bình Dương", Organization), ("Hoàng Anh Gia Lai", Organization)],
    );
    has("Hà Nội FC và Quảng Nam FC chia điểm.", Lang::Vi, &[("Hà Nội FC", Organization), ("Quảng Nam FC", Organization)]);
    has("Lãi suất tại Vietcombank và Techcombank cùng giảm.", Lang::Vi, &[("Vietcombank", Organization), ("Techcombank", Organization)]);
    // A person whose name holds a company's stays a person.
    has("Ông Nguyễn Trường Hải cho biết Viettel sẽ đầu tư.", Lang::Vi, &[("Nguyễn Trường Hải", Person), ("Viettel", Organization)]);
    // A club named after its city alone is read as the city.
    has("Hải Phòng thắng 1-0 trên sân nhà.", Lang::Vi, &[("Hải Phòng", Location)]);
}

#[test]
fn vietnamese_abbreviations() {
    let (doc, ents) = run("UBND tỉnh An Giang đã làm việc với Tổ chức Y tế Thế giới (WHO) về tiêm chủng.", Lang::Vi);
    let ubnd = ents.iter().find(|e| doc.slice(e.span) == "UBND tỉnh An Giang").expect("UBND tỉnh An Giang");
    assert_eq!(ubnd.kind, Organization);
    assert_eq!(ubnd.expansion.as_deref(), Some("Ủy ban nhân dân tỉnh An Giang"));
    let who = ents.iter().find(|e| doc.slice(e.span) == "WHO").expect("WHO");
    assert_eq!(who.kind, Organization);
    assert_eq!(who.expansion.as_deref(), Some("Tổ chức Y tế Thế giới"));
    has("Hàng nghìn người đổ về TP.HCM dịp lễ.", Lang::Vi, &[("TP.HCM", Location)]);
    has("HĐND tỉnh họp phiên bất thường.", Lang::Vi, &[("HĐND tỉnh", Organization)]);
    // Roman numerals and school levels are not names.
    lacks("Đại hội khóa XIII bàn về thi THPT.", Lang::Vi, "XIII");
    lacks("Đại hội khóa XIII bàn về thi THPT.", Lang::Vi, "THPT");
}

#[test]
fn vietnamese_places() {
    has(
        "Mưa lớn gây ngập ở thành phố Cần Thơ, tỉnh An Giang và quận Ninh Kiều.",
        Lang::Vi,
        &[("thành phố Cần Thơ", Location), ("tỉnh An Giang", Location), ("quận Ninh Kiều", Location)],
    );
    has("Nước ngập sâu ở phường 7, quận 8.", Lang::Vi, &[("phường 7", Location), ("quận 8", Location)]);
    // The gazetteer: provinces before and after 2025, districts, countries, cities.
    has("Đoàn công tác từ Đắk Nông đến Gia Lai.", Lang::Vi, &[("Đắk Nông", Location), ("Gia Lai", Location)]);
    has("Hàng xuất sang Nhật Bản, Hàn Quốc và Ấn Độ tăng.", Lang::Vi, &[("Nhật Bản", Location), ("Hàn Quốc", Location), ("Ấn Độ", Location)]);
    has("Chuyến bay đi Bắc Kinh và Seoul bị hoãn.", Lang::Vi, &[("Bắc Kinh", Location), ("Seoul", Location)]);
    // A country name at a sentence's start that is a pronoun there.
    lacks("Anh ấy nói sẽ quay lại.", Lang::Vi, "Anh");
}

#[test]
fn vietnamese_titles_documents_events() {
    let (doc, ents) = run(
        "Đồng chí Mai Thanh Dân, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tổ chức Thành ủy Cần Thơ đến dự.",
        Lang::Vi,
    );
    let texts: Vec<(&str, EntityKind)> = ents.iter().map(|e| (doc.slice(e.span), e.kind)).collect();
    assert_eq!(
        texts,
        vec![
            ("Mai Thanh Dân", Person),
            ("Ủy viên Ban Thường vụ Thành ủy", Title),
            ("Trưởng Ban Tổ chức Thành ủy Cần Thơ", Title)
        ]
    );
    assert_eq!(ents[1].of, Some(0));
    assert_eq!(ents[2].of, Some(0));
    let (doc, ents) = run("Chủ tịch UBND tỉnh Nguyễn Văn Hòa ký quyết định.", Lang::Vi);
    let t = ents.iter().position(|e| e.kind == Title).expect("title");
    assert_eq!(doc.slice(ents[t].span), "Chủ tịch UBND tỉnh");
    assert_eq!(ents[t].of.map(|p| doc.slice(ents[p].span)), Some("Nguyễn Văn Hòa"));
    has("Đảng ủy quán triệt Nghị quyết Trung ương 4 tới đảng viên.", Lang::Vi, &[("Nghị quyết Trung ương 4", Document)]);
    has("Luật Đất đai 2024 có hiệu lực từ tháng 8.", Lang::Vi, &[("Luật Đất đai 2024", Document)]);
    has("Theo Nghị định 168/2024/NĐ-CP, mức phạt tăng.", Lang::Vi, &[("Nghị định 168/2024/NĐ-CP", Document)]);
    has("Đoàn thể thao dự SEA Games 33 với 800 vận động viên.", Lang::Vi, &[("SEA Games 33", Event)]);
}

#[test]
fn vietnamese_short_mentions_link_to_the_full_name() {
    let (doc, ents) = run("Ông Trần Văn Dân phát biểu. Theo ông Dân, dự án sẽ xong trong năm. Dân cho biết thêm.", Lang::Vi);
    let full = ents.iter().position(|e| doc.slice(e.span) == "Trần Văn Dân").expect("full name");
    let short: Vec<&Entity> = ents.iter().filter(|e| doc.slice(e.span) == "Dân").collect();
    assert_eq!(short.len(), 2, "{ents:?}");
    for s in short {
        assert_eq!(s.kind, Person);
        assert_eq!(s.same_as, Some(full));
    }
}

#[test]
fn english_people_and_titles() {
    let (doc, ents) = run("Mayor Linda Park said the plan was ready. Park will present it on Monday.", Lang::En);
    let texts: Vec<(&str, EntityKind)> = ents.iter().map(|e| (doc.slice(e.span), e.kind)).collect();
    assert_eq!(texts, vec![("Mayor", Title), ("Linda Park", Person), ("Park", Person)]);
    assert_eq!(ents[0].of, Some(1));
    assert_eq!(ents[2].same_as, Some(1));
    has("Texas Gov. Greg Abbott signed the bill.", Lang::En, &[("Texas", Location), ("Gov.", Title), ("Greg Abbott", Person)]);
    has("The award went to Dr. Aisha Rahman and Mr. Paul Okafor.", Lang::En, &[("Aisha Rahman", Person), ("Paul Okafor", Person)]);
    has("Brazil's President Luiz Inácio Lula da Silva flew in.", Lang::En, &[("Luiz Inácio Lula da Silva", Person)]);
    has("Police Chief Maria Lopez spoke first.", Lang::En, &[("Police Chief", Title), ("Maria Lopez", Person)]);
    // A person named like a city, after a title.
    has("Senator Warren visited the plant.", Lang::En, &[("Senator", Title), ("Warren", Person)]);
    // A title-case headline is not a title and a name.
    lacks("Mayor Unveils Plan To Rebuild The Waterfront", Lang::En, "Unveils Plan To Rebuild The Waterfront");
}

#[test]
fn english_organizations_and_places() {
    has(
        "Shares of Brightline Foods Inc. rose after the Springfield Institute praised it.",
        Lang::En,
        &[("Brightline Foods Inc.", Organization), ("Springfield Institute", Organization)],
    );
    has(
        "The University of Michigan and the Ministry of Finance signed a deal.",
        Lang::En,
        &[("University of Michigan", Organization), ("Ministry of Finance", Organization)],
    );
    has(
        "The Centers for Disease Control and Prevention sent staff to Chicago.",
        Lang::En,
        &[("Centers for Disease Control and Prevention", Organization), ("Chicago", Location)],
    );
    has("Storms hit Ohio, Kentucky and Tennessee, then moved to Canada.", Lang::En, &[("Ohio", Location), ("Kentucky", Location), ("Canada", Location)]);
    has("Flights from Tokyo to Paris resumed.", Lang::En, &[("Tokyo", Location), ("Paris", Location)]);
    has("Boeing's plant near Seattle reopened.", Lang::En, &[("Boeing", Organization), ("Seattle", Location)]);
}

#[test]
fn english_sentence_initial_capitals_are_not_names() {
    for t in ["Officials said the bridge would reopen.", "However, prices fell.", "Residents cheered as the parade passed."] {
        assert!(list(t, Lang::En).is_empty(), "{t:?}: {:?}", list(t, Lang::En));
    }
    lacks("The report came out on Tuesday in March.", Lang::En, "Tuesday");
    lacks("The report came out on Tuesday in March.", Lang::En, "March");
}

#[test]
fn the_sample_article() {
    let text = include_str!("../www/samples/vi.txt");
    let got = list(text, Lang::Vi);
    for (t, k) in [
        ("Đảng ủy Khối Doanh nghiệp tỉnh Hậu Giang", Organization),
        ("Trần Quốc Bảo", Person),
        ("Ủy viên Ban Thường vụ Tỉnh ủy", Title),
        ("Nghị quyết Trung ương 4", Document),
    ] {
        assert!(got.iter().any(|(g, gk)| g == t && *gk == k), "{t:?} {k:?} not in {got:?}");
    }
}

fn check_spans(text: &str, lang: Lang) -> Result<(), TestCaseError> {
    let (doc, ents) = run(text, lang);
    let mut prev_end = 0;
    for (i, e) in ents.iter().enumerate() {
        prop_assert!(e.span.start < e.span.end, "empty span");
        prop_assert!(e.span.start >= prev_end, "overlap or disorder");
        prop_assert!(doc.text().get(e.span.start..e.span.end).is_some(), "not on char boundaries");
        if let Some(j) = e.same_as {
            prop_assert!(j < i);
        }
        if let Some(j) = e.of {
            prop_assert!(j < ents.len() && ents[j].kind == Person);
        }
        prev_end = e.span.end;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn any_text_is_safe(text in "\\PC{0,200}") {
        check_spans(&text, Lang::Vi)?;
        check_spans(&text, Lang::En)?;
    }

    #[test]
    fn name_like_text_is_safe(words in proptest::collection::vec(prop_oneof![
        Just("Ông"), Just("Nguyễn"), Just("Văn"), Just("UBND"), Just("tỉnh"), Just("Sở"), Just("Y"), Just("tế"),
        Just("("), Just(")"), Just("."), Just(","), Just("Mayor"), Just("of"), Just("and"), Just("the"),
        Just("University"), Just("Inc."), Just("Gov."), Just("Park"), Just("TP.HCM"), Just("Nghị quyết"),
        Just("số"), Just("57-NQ/TW"), Just("Chủ tịch"), Just("và"), Just("Cần Thơ"), Just("'s"), Just("7"),
    ], 0..40)) {
        let text = words.join(" ");
        check_spans(&text, Lang::Vi)?;
        check_spans(&text, Lang::En)?;
    }
}

/// One sentence made of a single very long capitalized run: the readers
/// look at a bounded number of words per title or connector, so this
/// stays linear (a quadratic reader would not finish).
#[test]
fn long_capitalized_runs_stay_linear() {
    let en = "Apple Mayor Of And University of The ".repeat(10_000);
    let vi = "Nguyễn Văn Sở Y tế và Công ty ".repeat(10_000);
    for (text, lang) in [(en.as_str(), Lang::En), (vi.as_str(), Lang::Vi)] {
        let (doc, ents) = run(text, lang);
        assert!(ents.windows(2).all(|w| w[0].span.end <= w[1].span.start));
        assert!(ents.iter().all(|e| doc.text().get(e.span.start..e.span.end).is_some()));
    }
}

#[test]
fn weekday_names_and_codes_are_no_names() {
    let vi = "Thứ Sáu tuần trước trời mưa, sang Chủ Nhật nắng trở lại, Thứ Ba có dông.";
    for t in ["Sáu", "Nhật", "Ba", "Thứ Sáu", "Chủ Nhật"] {
        lacks(vi, Lang::Vi, t);
    }
    lacks("Sales in Q1 2025 rose, and in Q3 they fell.", Lang::En, "Q");
    lacks("Leaders met in G7 talks.", Lang::En, "G");
}
