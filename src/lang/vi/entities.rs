//! Vietnamese words and patterns for entities (tables only; algorithms live
//! outside src/lang). Phrases are lowercase NFC, words separated by spaces,
//! matched token by token ("ts ." is "TS." in the text).

/// The generated gazetteer (see scripts/gen-gazetteer.py): provinces before
/// and after the 2025 merger, pre-2025 districts, country names, world
/// cities written in Vietnamese.
pub const PLACES: &str = include_str!("places.txt");

/// Place names Vietnamese newsrooms write that the generated lists spell
/// differently or lack: countries, regions, cities.
pub const PLACES_EXTRA: &[&str] = &[
    "Việt Nam", "Hoa Kỳ", "Mỹ", "Nhật Bản", "Nhật", "Hàn Quốc", "Triều Tiên", "Trung Quốc", "Đài Loan",
    "Hồng Kông", "Ma Cao", "Campuchia", "Lào", "Thái Lan", "Myanmar", "Malaysia", "Singapore",
    "Indonesia", "Philippines", "Brunei", "Đông Timor", "Ấn Độ", "Pakistan", "Bangladesh", "Úc",
    "Australia", "New Zealand", "Nga", "Ukraine", "Belarus", "Anh", "Pháp", "Đức", "Ý", "Italy",
    "Tây Ban Nha", "Bồ Đào Nha", "Hà Lan", "Bỉ", "Thụy Sĩ", "Thụy Điển", "Na Uy", "Đan Mạch",
    "Phần Lan", "Ba Lan", "Séc", "Hungary", "Áo", "Hy Lạp", "Thổ Nhĩ Kỳ", "Iran", "Iraq", "Israel",
    "Ai Cập", "Nam Phi", "Nigeria", "Brazil", "Argentina", "Mexico", "Canada", "Cuba", "Chile",
    "Peru", "Colombia", "Venezuela", "Ả Rập Xê Út", "Qatar", "Các Tiểu vương quốc Ả Rập Thống nhất",
    "Mông Cổ", "Kazakhstan", "Cộng hòa Séc", "Liên bang Nga", "Vương quốc Anh", "Đông Nam Á",
    "Trung Đông", "Bắc Mỹ", "Nam Mỹ", "Mỹ Latinh", "Tây Âu", "Đông Âu", "Bắc Âu", "Biển Đông",
    "Trường Sa", "Hoàng Sa", "Đồng bằng sông Cửu Long", "Tây Nguyên", "Tây Bắc", "Nam Bộ", "Bắc Bộ",
    "Trung Bộ", "Mát-xcơ-va", "Matxcơva", "Washington", "Oa-sinh-tơn", "Bắc Kinh", "Thượng Hải",
    "Tokyo", "Seoul", "Bangkok", "Viêng Chăn", "Phnôm Pênh", "Phnom Penh", "Kuala Lumpur", "Jakarta",
    "Manila", "Paris", "London", "Luân Đôn", "Berlin", "Rome", "New York", "Sydney", "Melbourne",
    "Geneva", "Giơ-ne-vơ", "Brussels", "Busan", "Osaka", "Thâm Quyến", "Quảng Châu", "Côn Minh",
    "Nam Ninh", "Sài Gòn", "Thừa Thiên Huế", "Huế", "Phú Quốc", "Côn Đảo", "Hạ Long", "Sa Pa",
    "Đà Lạt", "Nha Trang", "Vũng Tàu", "Quy Nhơn", "Mũi Né", "Hội An", "Mỹ Sơn",
];

/// Words before a name that make it a place, with the word kept in the
/// span ("tỉnh An Giang", "phường 7", "sông Hậu"). `true` when a number may
/// stand for the name ("quận 8", "phường 7").
pub const PLACE_NOUNS: &[(&str, bool)] = &[
    ("tỉnh", false), ("thành phố", false), ("tp", false), ("tp .", false), ("quận", true),
    ("huyện", false), ("thị xã", false), ("thị trấn", false), ("phường", true), ("xã", false),
    ("ấp", true), ("thôn", true), ("bản", false), ("khóm", true), ("khu phố", true), ("tổ dân phố", true),
    ("làng", false), ("đường", false), ("phố", false), ("đại lộ", false), ("quốc lộ", true),
    ("sông", false), ("kênh", false), ("rạch", false), ("hồ", false), ("núi", false), ("đèo", false),
    ("vịnh", false), ("đảo", false), ("quần đảo", false), ("bán đảo", false), ("biển", false),
    ("cầu", false), ("chợ", false), ("sân", false), ("sân bay", false), ("cảng", false),
    ("vòng xoay", false), ("nút giao", false), ("công viên", false), ("quảng trường", false),
    ("châu", false), ("bang", false), ("vùng", false), ("khu du lịch", false), ("bến", false),
    ("ga", false), ("bến xe", false), ("tp.", false),
];

/// Written forms of places that are one token or abbreviation, with their long form.
pub const PLACE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("tp . hcm", "Thành phố Hồ Chí Minh"), ("tphcm", "Thành phố Hồ Chí Minh"),
    ("tp hcm", "Thành phố Hồ Chí Minh"), ("tp . hồ chí minh", "Thành phố Hồ Chí Minh"),
    ("hn", "Hà Nội"), ("đbscl", "Đồng bằng sông Cửu Long"), ("tp . hà nội", "Thành phố Hà Nội"),
];

/// Abbreviations of organizations, with their long form. Some also start a
/// longer name ("UBND tỉnh An Giang").
pub const ORG_ABBREVIATIONS: &[(&str, &str)] = &[
    ("ubnd", "Ủy ban nhân dân"), ("hđnd", "Hội đồng nhân dân"), ("mttq", "Mặt trận Tổ quốc"),
    ("nhnn", "Ngân hàng Nhà nước"), ("who", "Tổ chức Y tế Thế giới"), ("vff", "Liên đoàn Bóng đá Việt Nam"),
    ("afc", "Liên đoàn Bóng đá châu Á"), ("fifa", "Liên đoàn Bóng đá Quốc tế"), ("asean", "Hiệp hội các quốc gia Đông Nam Á"),
    ("liên hợp quốc", "Liên hợp quốc"), ("lhq", "Liên hợp quốc"), ("un", "Liên hợp quốc"), ("imf", "Quỹ Tiền tệ Quốc tế"),
    ("wb", "Ngân hàng Thế giới"), ("adb", "Ngân hàng Phát triển châu Á"), ("wto", "Tổ chức Thương mại Thế giới"),
    ("evn", "Tập đoàn Điện lực Việt Nam"), ("pvn", "Tập đoàn Dầu khí Việt Nam"), ("vcci", "Liên đoàn Thương mại và Công nghiệp Việt Nam"),
    ("tgct", "Ban Tuyên giáo Thành ủy Cần Thơ"), ("ttxvn", "Thông tấn xã Việt Nam"), ("vtv", "Đài Truyền hình Việt Nam"),
    ("vov", "Đài Tiếng nói Việt Nam"), ("csgt", "Cảnh sát giao thông"), ("bch", "Ban Chấp hành"),
    ("đhqg", "Đại học Quốc gia"), ("eu", "Liên minh châu Âu"), ("nato", "Tổ chức Hiệp ước Bắc Đại Tây Dương"),
    ("unicef", "Quỹ Nhi đồng Liên hợp quốc"), ("apec", "Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương"),
    ("ubkt", "Ủy ban Kiểm tra"), ("bhxh", "Bảo hiểm xã hội"), ("vks", "Viện Kiểm sát"), ("vksnd", "Viện Kiểm sát nhân dân"),
    ("tand", "Tòa án nhân dân"), ("ubmttq", "Ủy ban Mặt trận Tổ quốc"),
];

/// Well-known organizations written without a head word that gives them
/// away ("Tập đoàn", "Ngân hàng", "CLB"): companies, banks and football clubs
/// (which a province's or a sponsor's name would otherwise make a place or a
/// person: "Becamex Bình Dương", "Hoàng Anh Gia Lai"). Clubs named after their
/// city alone ("Hải Phòng", "Quảng Nam") stay places: only context tells them
/// apart. Added, for Vietnamese text, to the English list (its names longer
/// than three letters).
pub const KNOWN_ORGS: &[&str] = &[
    // banks and insurers
    "vietcombank", "vietinbank", "agribank", "techcombank", "vpbank", "mbbank", "sacombank", "hdbank",
    "tpbank", "seabank", "eximbank", "lpbank", "pvcombank", "vietbank", "kienlongbank", "nam a bank",
    "bac a bank", "abbank", "baoviet", "bảo việt", "prudential", "manulife",
    // companies
    "viettel", "vnpt", "mobifone", "vinaphone", "petrolimex", "petrovietnam", "vinhomes", "vincom",
    "vinmec", "vinschool", "vinpearl", "masan", "sabeco", "habeco", "vinatex", "vinacomin", "vietnam airlines",
    "vietjet air", "bamboo airways", "vietravel", "saigontourist", "novaland", "thaco", "sun group",
    "bitexco", "vinaconex", "viglacera", "vissan", "grab", "shopee", "lazada", "tiki", "zalo", "momo",
    "thế giới di động", "điện máy xanh", "bách hóa xanh",
    // football clubs
    "hoàng anh gia lai", "hagl", "sông lam nghệ an", "slna", "becamex bình dương", "becamex tp . hcm",
    "thép xanh nam định", "đông á thanh hóa", "đông á thanh hoá", "hồng lĩnh hà tĩnh", "shb đà nẵng",
    "công an hà nội", "thể công viettel", "thể công - viettel", "thể công – viettel", "topenland bình định", "than quảng ninh",
    "hà nội fc", "viettel fc", "fc hà nội", "hải phòng fc", "nam định fc",
];

/// All-caps words that are not names (school levels, indicators, units).
pub const NOT_NAMES_CAPS: &[&str] = &[
    "thpt", "thcs", "cpi", "gdp", "grdp", "fdi", "oda", "otp", "usd", "vnd", "vnđ", "km", "ha", "tnhh",
    "mtv", "cp", "covid", "sars", "atm", "pc", "it", "ai", "ok", "tv", "sms", "gps", "cccd", "cmnd",
    "vip", "mc", "ceo", "cfo", "ktxh", "kt", "xh", "hs", "gv", "sv", "bhyt", "pccc", "gplx", "nq", "tw",
    "qh", "nđ", "cp", "ttg", "qđ", "tt", "ct", "bct", "btc", "ubtvqh", "ntm", "ocop",
];

/// Words that start an organization's name when capitalized. `true` when
/// the word alone names one ("Quốc hội", "Thành ủy").
pub const ORG_HEADS: &[(&str, bool)] = &[
    ("ủy ban nhân dân", false), ("ủy ban", false), ("uỷ ban", false), ("ủy ban mặt trận tổ quốc", false),
    ("hội đồng nhân dân", false), ("hội đồng", false), ("ubnd", true), ("hđnd", true), ("ubmttq", false),
    ("mặt trận tổ quốc", true), ("sở", false), ("bộ", false), ("ban", false), ("cục", false),
    ("tổng cục", false), ("chi cục", false), ("viện", false), ("viện kiểm sát nhân dân", false),
    ("viện kiểm sát", false), ("tòa án nhân dân", false), ("toà án nhân dân", false), ("tòa án", false),
    ("tand", false), ("vksnd", false), ("công an", false), ("bộ tư lệnh", false), ("quân khu", false),
    ("bộ chỉ huy", false), ("công ty", false), ("tổng công ty", false), ("tập đoàn", false),
    ("ngân hàng", false), ("trường", false), ("trường đại học", false), ("đại học", false),
    ("học viện", false), ("bệnh viện", false), ("trung tâm", false), ("hội", false), ("hiệp hội", false),
    ("liên đoàn", false), ("liên minh", false), ("câu lạc bộ", false), ("clb", false), ("đảng ủy", true),
    ("đảng uỷ", true), ("đảng bộ", false), ("thành ủy", true), ("thành uỷ", true), ("tỉnh ủy", true),
    ("tỉnh uỷ", true), ("huyện ủy", true), ("quận ủy", true), ("thị ủy", true), ("báo", false),
    ("tạp chí", false), ("đài", false), ("đài truyền hình", false), ("thông tấn xã", false),
    ("công đoàn", false), ("tổng liên đoàn", false), ("đoàn thanh niên", false), ("hãng", false),
    ("quốc hội", true), ("chính phủ", true), ("bộ chính trị", true), ("ban bí thư", true),
    ("ban chấp hành", false), ("ban thường vụ", false), ("văn phòng", false), ("kho bạc", false),
    ("tổ chức", false), ("quỹ", false), ("hợp tác xã", false), ("nhà máy", false), ("xí nghiệp", false),
    ("liên hợp quốc", true), ("ủy ban thường vụ quốc hội", true), ("kiểm toán nhà nước", true),
    ("thanh tra", false), ("tổng công ty", false), ("nhà xuất bản", false),
    ("đại sứ quán", false), ("lãnh sự quán", false), ("cảng vụ", false), ("sở giao dịch", false),
    ("ngân hàng nhà nước", true), ("bảo hiểm xã hội", false), ("ủy ban kiểm tra", false),
];

/// Roles that, capitalized, make a title ("Chủ tịch UBND tỉnh An Giang").
pub const TITLE_HEADS: &[&str] = &[
    "chủ tịch", "phó chủ tịch", "chủ tịch nước", "phó chủ tịch nước", "bí thư", "phó bí thư",
    "tổng bí thư", "giám đốc", "phó giám đốc", "tổng giám đốc", "phó tổng giám đốc", "bộ trưởng",
    "thứ trưởng", "thủ tướng", "phó thủ tướng", "chủ nhiệm", "phó chủ nhiệm", "trưởng ban",
    "phó trưởng ban", "ủy viên", "uỷ viên", "hiệu trưởng", "phó hiệu trưởng", "tổng thống",
    "phó tổng thống", "đại sứ", "trưởng khoa", "phó trưởng khoa", "cục trưởng", "phó cục trưởng",
    "vụ trưởng", "phó vụ trưởng", "viện trưởng", "phó viện trưởng", "chánh án", "phó chánh án",
    "thủ hiến", "chánh văn phòng", "phó chánh văn phòng", "tổng thư ký", "người phát ngôn", "thống đốc",
    "phó thống đốc", "trưởng phòng", "phó trưởng phòng", "giám đốc điều hành", "tổng biên tập",
    "phó tổng biên tập", "chánh thanh tra", "tư lệnh", "phó tư lệnh", "chính ủy", "tham mưu trưởng",
    "tổng tham mưu trưởng", "trưởng đoàn", "phó trưởng đoàn", "đại biểu quốc hội", "trưởng công an",
    "phó trưởng công an", "giám đốc công an", "phó giám đốc công an", "quốc vương", "nữ hoàng",
    "thủ tướng chính phủ", "chủ tịch quốc hội", "phó chủ tịch quốc hội", "trưởng khoa", "tổng cục trưởng",
    "phó tổng cục trưởng", "chi cục trưởng", "tổng lãnh sự", "ngoại trưởng", "chủ tịch hội đồng quản trị",
];

/// Words before a name that make it a person's; not part of the span.
pub const PERSON_CUES: &[&str] = &[
    "ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ", "em", "cháu", "bé", "đồng chí", "đ / c",
    "ts .", "ts", "ths .", "ths", "pgs .", "pgs", "pgs . ts .", "pgs . ts", "gs .", "gs", "gs . ts .",
    "gs . ts", "bs .", "bs", "bsckii", "bsckii .", "ks .", "ls .", "nhà báo", "nhà văn", "nhà thơ",
    "nghệ sĩ", "ca sĩ", "diễn viên", "nhạc sĩ", "họa sĩ", "bác sĩ", "bác sỹ", "y tá", "điều dưỡng",
    "luật sư", "kỹ sư", "kĩ sư", "giáo sư", "tiến sĩ", "thạc sĩ", "cầu thủ", "thủ môn", "tiền vệ",
    "tiền đạo", "hậu vệ", "trung vệ", "huấn luyện viên", "hlv", "vận động viên", "vđv", "tay vợt",
    "võ sĩ", "kỳ thủ", "bị cáo", "bị can", "nghi phạm", "nghi can", "đối tượng", "trợ lý", "đại tướng",
    "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá", "trung tá", "thiếu tá",
    "đại úy", "thượng úy", "trung úy", "thiếu úy", "linh mục", "hòa thượng", "thượng tọa", "ni sư",
    "nông dân", "chủ hộ", "tiểu thương", "doanh nhân", "sinh viên", "học sinh", "giáo viên", "thầy",
    "thầy giáo", "cô giáo", "nạn nhân", "phóng viên", "nhà nghiên cứu", "chuyên gia", "người dân",
    "tài xế", "ngài", "tân binh", "nữ sinh", "nam sinh", "cựu chủ tịch",
];

/// Bylines: the name after them is the author's.
pub const BYLINE_CUES: &[&str] = &[
    "tin , ảnh :", "tin và ảnh :", "bài , ảnh :", "bài và ảnh :", "ảnh :", "tin :", "bài :",
    "bài , ảnh", "tin , ảnh", "thực hiện :", "nhóm phóng viên :",
];

/// Vietnamese surnames: a capitalized run of 2-4 syllables starting with
/// one is read as a personal name.
pub const SURNAMES: &[&str] = &[
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ",
    "ngô", "dương", "lý", "mai", "trương", "đinh", "lâm", "thái", "tô", "đào", "danh", "trịnh", "lương",
    "hà", "tạ", "châu", "cao", "quách", "lưu", "thạch", "kim", "lục", "tăng", "triệu", "chu", "đoàn",
    "hứa", "từ", "la", "vương", "kiều", "diệp", "tôn", "khúc", "phùng", "vi", "lò", "lã", "mạc",
    "nông", "giáp", "hầu", "âu", "văn", "ninh", "quan", "thân", "khổng", "mẫn", "đồng", "ông", "tống",
    "bạch", "lại", "lạc", "doãn", "nghiêm", "khương", "thi", "đàm", "cù", "cấn", "hán", "y", "sơn",
    "hồng", "viên", "tiêu", "đường", "mã", "bế", "trình", "kha", "dư", "giang", "thiều", "lỗ", "ông",
];

/// Lowercase words inside organization names that may follow a
/// capitalized word and carry on the name ("Trung tâm Dự báo khí tượng
/// thủy văn quốc gia"): compounds and the tails of official names.
pub const ORG_COMPOUNDS: &[&str] = &[
    "nhân dân", "quốc gia", "trung ương", "tối cao", "cấp cao", "khí tượng", "thủy văn", "thuỷ văn",
    "chế xuất", "công nghiệp", "công nghệ", "khoa học", "kỹ thuật", "dự án", 
    "giao thông", "vận tải", "công trình", "quản lý", "quản trị", "tập đoàn", "công ty",
    "cổ phần", "trách nhiệm", "hữu hạn", "một thành viên", "thành viên", "thương mại", "dịch vụ",
    "xuất nhập khẩu", "bất động sản", "thủy sản", "nông nghiệp",
    "nông thôn", "môi trường", "tài nguyên", "đào tạo", "giáo dục", "y tế", "văn hóa", "văn hoá",
    "thể thao", "du lịch", "thông tin", "truyền thông", "lao động", "thương binh", "xã hội", "an ninh",
    "quốc phòng", "tư pháp", "nội vụ", "ngoại giao", "tài chính", "kế hoạch", "ngân sách", "thuế",
    "hải quan", "kiểm toán", "thống kê", "chứng khoán", "bảo hiểm", "điện lực", "dầu khí", "than",
    "khoáng sản", "hàng không", "hàng hải", "đường sắt", "đường bộ", "cảng", "bưu chính",
    "viễn thông", "nhi đồng", "phụ nữ", "thanh niên", "cựu chiến binh", "nông dân", "chữ thập đỏ",
    "bóng đá", "điền kinh", "thể dục", "an toàn", "thực phẩm", "dược", "trang thiết bị", "tiêm chủng",
    "dịch bệnh", "bệnh tật", "ung bướu", "nhi", "sản",
    "nhi trung ương", "mạng", "phòng cháy", "chữa cháy", "cứu nạn", "cứu hộ", "thường trực", "thường vụ",
    "chấp hành", "tuyên giáo", "dân vận", "nội chính", "kinh tế", "nhà nước",
    "đô thị", "hạ tầng", "năng lượng", "tái tạo", "cấp nước", "thoát nước", "vệ sinh", "sữa",
    "nước giải khát", "thực phẩm", "hóa chất", "phân bón", "cao su", "dệt may", "da giày", "ô tô",
    "xe máy", "điện tử", "phần mềm", "bán dẫn", "vật liệu", "gia dụng", "tiêu dùng", "bán lẻ",
    "hậu cần", "logistics", "khu công nghiệp", "chế biến", "lương thực", "nông sản", "lâm nghiệp",
    "lâm sản", "giống", "cây trồng", "vật nuôi", "thú y", "bảo vệ thực vật", "thủy lợi", "đê điều",
    "biển đảo", "biên giới", "biên phòng", "cảnh sát", "hình sự", "kinh tế", "ma túy", "trật tự",
    "quân đội", "quân sự", "hậu cần", "chính trị", "hành chính", "công vụ", "tiền tệ", "tín dụng",
    "nhà ở", "đất đai", "quy hoạch", "kiến trúc", "đa khoa", "quân y", "răng hàm mặt", "mắt",
    "tim mạch", "truyền máu", "huyết học", "ung thư", "lao", "phổi", "tâm thần", "nội tiết",
    "chấn thương", "chỉnh hình", "y học", "cổ truyền", "phục hồi", "chức năng", "sư phạm", "bách khoa",
    "kinh doanh", "luật", "ngoại thương", "ngoại ngữ", "nghệ thuật", "mỹ thuật", "âm nhạc", "sân khấu",
    "điện ảnh", "báo chí", "tuyên truyền", "xuất bản", "phát thanh", "truyền hình", "nông lâm",
    "thủy sản", "hàng hóa", "liên doanh", "tập thể", "tư nhân", "quốc tế", "thế giới", "khu vực",
    "lao động việt nam",
];

/// Capitalized-then-lowercase pairs that stay one word of a name even
/// though the second is in NAME_STOPS ("Trung tâm Dự báo ...").
pub const NAME_COMPLETIONS: &[&str] = &[
    "dự báo", "thông báo", "tình báo", "họa báo", "kiểm tra", "giám sát", "phát triển", "chỉ huy",
    "tiếp nhận", "khai thác", "khai khoáng", "thu ngân", "chi trả", "mua bán", "xây lắp", "tổ quốc",
    "phát thanh", "phát hành", "sản phát", "xuất phát",
];

/// Lowercase words that end a name: a capitalized word is not carried on
/// by one of these (function words, frequent verbs after a subject).
pub const NAME_STOPS: &[&str] = &[
    "và", "của", "các", "những", "được", "là", "có", "trong", "cho", "với", "không", "này", "đã",
    "để", "tại", "từ", "khi", "đến", "cũng", "về", "thì", "như", "sẽ", "vào", "ra", "lên", "đang",
    "nhưng", "hơn", "vừa", "mới", "đều", "bị", "do", "nên", "hay", "hoặc", "theo", "sau", "trước",
    "trên", "dưới", "cùng", "ngày", "tháng", "năm", "cho biết", "nói", "tổ chức", "yêu cầu", "đề nghị",
    "ban hành", "công bố", "thông qua", "khai mạc", "bế mạc", "tiếp", "ký", "thắng", "thua", "giữ",
    "trao", "mở", "tặng", "gửi", "làm", "đi", "về", "đó", "ấy", "kia", "nay", "qua", "đây", "hôm",
    "sáng", "chiều", "tối", "đêm", "trưa", "lúc", "chủ trì", "phát biểu", "dự", "thăm", "tiếp nhận",
    "triển khai", "phối hợp", "chỉ đạo", "cho rằng", "khẳng định", "nhấn mạnh", "ghi", "cản",
    "tuyên", "truy", "xử", "phạt", "bắt", "khởi", "điều", "chúc", "cảm", "trình", "bày", "sơ",
    "kết", "nạp", "thường", "xuyên", "sớm", "chia", "đổ", "người", "ông", "bà", "anh", "chị",
    "hơn", "gần", "khoảng", "đạt", "tăng", "giảm", "có", "hiện", "vẫn", "còn", "rất", "đã", "lại",
    "thực", "hành", "bảo", "đảm", "tự", "cấp", "xét", "giải", "quyết", "điều", "chỉnh", "hạ", "mức",
    "tổ", "khai", "triển", "phát", "họp", "kiểm", "ra", "vừa", "tiếp", "trao", "xây",
    "báo", "lãi", "lỗ", "nộp", "bán", "mua", "thu", "chi", "tuyển", "huy", "xin", "nhận", "chịu",
    "nghị", "thảo", "đầu", "phận", "hợp", "viên", "khóa", "khoá", "nhiệm", "lần", "kỳ", "kì", "đợt",
];

/// Capitalized words and phrases that head a named document.
pub const DOCUMENT_HEADS: &[&str] = &[
    "nghị quyết", "luật", "bộ luật", "nghị định", "thông tư", "quyết định", "chỉ thị", "hiến pháp",
    "pháp lệnh", "kết luận", "thông tư liên tịch", "hiệp định", "công ước", "hiệp ước", "chiến lược",
    "chương trình mục tiêu quốc gia", "đề án", "văn kiện",
];

/// Capitalized words and phrases that head a named event, and whole names.
pub const EVENT_HEADS: &[&str] = &[
    "đại hội", "festival", "liên hoan", "lễ hội", "hội chợ", "giải", "triển lãm", "diễn đàn",
];
pub const EVENT_NAMES: &[&str] = &[
    "sea games", "asiad", "olympic", "world cup", "aff cup", "asean cup", "v . league", "v-league",
    "tết nguyên đán", "euro", "apec", "asian cup", "paralympic", "tết trung thu", "giáng sinh",
    "quốc khánh", "ngày quốc khánh",
];
