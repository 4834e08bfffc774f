//! English words and patterns for entities (tables only; algorithms live
//! outside src/lang). Entries are lowercase; phrases are words separated by
//! spaces, matched token by token ("gov ." is "Gov." in the text).

/// The generated gazetteer (see scripts/gen-gazetteer.py): countries, US
/// states, world cities.
pub const PLACES: &str = include_str!("places.txt");

/// Places the generated lists lack or spell otherwise: short country
/// names, continents and regions.
pub const PLACES_EXTRA: &[&str] = &[
    "U.S.", "U.S.A.", "US", "USA", "America", "U.K.", "UK", "Britain", "Great Britain", "England",
    "Scotland", "Wales", "Northern Ireland", "South Korea", "North Korea", "Russia", "Iran", "Syria",
    "Vietnam", "Viet Nam", "Laos", "Taiwan", "Hong Kong", "Macau", "Bolivia", "Venezuela", "Tanzania",
    "Moldova", "Czech Republic", "Czechia", "Ivory Coast", "Congo", "Holland", "Burma", "Palestine",
    "Gaza", "West Bank", "Europe", "Asia", "Africa", "Antarctica", "Oceania", "North America",
    "South America", "Latin America", "Central America", "Southeast Asia", "South Asia", "East Asia",
    "Central Asia", "Middle East", "the Middle East", "Western Europe", "Eastern Europe", "Scandinavia",
    "the Balkans", "Balkans", "Caribbean", "Pacific", "Atlantic", "Arctic", "Mediterranean",
    "Silicon Valley", "Midwest", "New England", "Wall Street", "Washington, D.C.", "D.C.",
    "Kyiv", "Kiev", "Beijing", "Hanoi", "Haiphong", "Ho Chi Minh City", "Saigon", "Da Nang", "Brussels",
    "Geneva", "Davos", "Strasbourg", "The Hague", "Manhattan", "Brooklyn", "Queens", "the Bronx",
    "Hollywood", "Yorkshire", "Cornwall", "Bavaria", "Catalonia", "Quebec", "Ontario", "British Columbia",
    "Alberta", "Kashmir", "Crimea", "Donbas", "Tibet", "Xinjiang", "Sagaing", "Rakhine",
];

/// Well-known organizations written without a suffix that gives them away.
pub const KNOWN_ORGS: &[&str] = &[
    "apple", "google", "alphabet", "microsoft", "amazon", "meta", "facebook", "instagram", "tesla",
    "boeing", "airbus", "toyota", "honda", "nissan", "samsung", "intel", "nvidia", "ibm", "oracle",
    "netflix", "uber", "lyft", "walmart", "target", "costco", "volvo", "volkswagen", "bmw", "ford",
    "general motors", "chrysler", "stellantis", "siemens", "sony", "huawei", "alibaba", "tencent",
    "spacex", "openai", "twitter", "tiktok", "bytedance", "pfizer", "moderna", "exxon", "exxonmobil",
    "chevron", "shell", "bp", "goldman sachs", "jpmorgan", "morgan stanley", "citigroup", "hsbc",
    "barclays", "nasa", "nato", "fbi", "cia", "nsa", "fda", "cdc", "epa", "faa", "ftc", "sec", "irs",
    "imf", "who", "unicef", "unesco", "opec", "asean", "fifa", "uefa", "nba", "nfl", "mlb", "nhl",
    "reuters", "bloomberg", "labour", "conservatives", "tories", "democrats", "republicans", "gop",
    "hamas", "hezbollah", "taliban", "pentagon", "kremlin", "congress", "parliament", "senate",
    "interpol", "europol", "red cross", "red crescent", "greenpeace", "vinamilk", "vingroup", "vinfast", "vietjet",
    "starbucks", "mcdonald's", "disney", "paramount", "warner bros.", "pepsico", "coca-cola", "nike",
    "adidas", "ikea", "nestle", "nestlé", "unilever", "bayer", "novartis", "roche", "astrazeneca",
];

/// Last words that make a capitalized name an organization's.
pub const ORG_SUFFIXES: &[&str] = &[
    "inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc", "group", "holdings", "bank",
    "university", "college", "institute", "council", "ministry", "department", "agency", "association",
    "commission", "committee", "union", "party", "foundation", "federation", "organization",
    "organisation", "service", "court", "board", "office", "administration", "authority", "reserve",
    "hospital", "center", "centre", "centers", "chamber", "bureau", "fund", "club", "trust", "airlines",
    "airways", "motors", "systems", "technologies", "partners", "capital", "school", "academy",
    "police", "army", "navy", "guard", "forces", "times", "post", "journal", "network", "society",
    "alliance", "coalition", "league", "fc", "assembly", "senate", "cabinet", "international",
    "industries", "enterprises", "laboratories", "labs", "pharmaceuticals", "energy", "media", "news",
    "press", "church", "clinic", "institution", "program", "programme", "secretariat", "tribunal",
    "city", "united", "rovers", "athletic", "county council",
];

/// First words that, followed by "of", start an organization's name
/// ("University of Michigan", "Bank of England").
pub const ORG_HEADS_OF: &[&str] = &[
    "university", "bank", "ministry", "department", "institute", "college", "council", "board",
    "court", "office", "school", "church", "federation", "association", "union", "league", "house",
    "chamber", "bureau", "academy", "museum", "centers", "center", "centre", "society", "commission",
    "committee", "corporation", "agency", "organization", "government", "parliament",
    "international", "national", "american", "federal",
];

/// Last words that make a capitalized name a place's.
pub const LOC_SUFFIXES: &[&str] = &[
    "county", "river", "street", "st", "avenue", "ave", "road", "boulevard", "airport", "stadium",
    "island", "islands", "lake", "mountain", "mountains", "bay", "gulf", "sea", "ocean", "valley",
    "province", "square", "bridge", "capitol", "side", "beach", "harbor", "harbour", "canyon",
    "desert", "peninsula", "coast", "strait", "canal", "arena", "field", "highway", "freeway",
    "station", "falls", "hills", "heights", "district", "borough", "township", "plaza", "mall",
    "forest", "creek", "port", "region", "state park", "national park",
];

/// First words that, followed by "of", start a place's name ("Gulf of Mexico").
pub const LOC_HEADS_OF: &[&str] = &["gulf", "bay", "sea", "isle", "strait", "straits", "cape", "lake", "city", "republic", "kingdom", "state", "province", "line"];

/// Words before "of" that make the name after it a place ("the state of X").
pub const PLACE_OF_CUES: &[&str] = &["state", "city", "town", "province", "village", "region", "county", "island", "capital"];

/// Prepositions after which a lone capitalized word is most often a place.
pub const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "near", "from", "outside", "across", "throughout", "to"];

/// Last words of event names, and heads written before the name.
pub const EVENT_SUFFIXES: &[&str] = &[
    "olympics", "games", "cup", "open", "summit", "festival", "championship", "championships",
    "conference", "expo", "fair", "marathon", "grand prix", "series", "war", "election", "forum",
    "premier league",
];
pub const EVENT_HEADS: &[&str] = &["hurricane", "typhoon", "storm", "tropical storm", "cyclone", "operation", "super bowl", "world cup"];

/// Last words of named laws and documents.
pub const DOCUMENT_SUFFIXES: &[&str] = &["act", "treaty", "accord", "accords", "agreement", "amendment", "constitution", "code", "bill", "declaration", "charter", "protocol", "convention", "directive"];

/// Titles written before a name ("Mayor Linda Park"), and words that may
/// qualify them ("Finance Minister", "Vice President").
pub const TITLES: &[&str] = &[
    "mayor", "gov .", "gov", "governor", "sen .", "sen", "senator", "rep .", "rep", "representative",
    "president", "vice president", "prime minister", "minister", "secretary", "secretary of state",
    "secretary of defense", "secretary-general", "chancellor", "judge", "justice", "chief justice",
    "chair", "chairman", "chairwoman", "chairperson", "superintendent", "coach", "commissioner",
    "councilman", "councilwoman", "councilmember", "council member", "ambassador", "attorney general",
    "director", "chief", "chief executive", "ceo", "king", "queen", "prince", "princess", "pope", "sheriff",
    "detective", "officer", "sgt .", "sgt", "sergeant", "lt .", "lieutenant", "capt .", "captain",
    "gen .", "general", "col .", "colonel", "adm .", "admiral", "maj .", "major", "cmdr .", "commander",
    "speaker", "minister-president", "provost", "dean", "bishop", "archbishop", "cardinal",
    "rabbi", "imam", "rev .", "reverend", "father", "sister", "brother", "president-elect",
    "spokesman", "spokeswoman", "spokesperson", "treasurer", "comptroller", "prosecutor",
    "district attorney", "state senator", "assemblyman", "assemblywoman", "alderman",
];
pub const TITLE_MODIFIERS: &[&str] = &[
    "vice", "deputy", "foreign", "finance", "defense", "defence", "health", "education", "interior",
    "home", "trade", "energy", "treasury", "transport", "transportation", "labor", "labour", "justice",
    "agriculture", "commerce", "economy", "economic", "environment", "interim", "acting", "former",
    "chief", "executive", "senior", "assistant", "associate", "state", "city", "county", "police",
    "fire", "army", "navy", "air", "prime", "general", "managing", "first", "lead", "head", "associate",
    "attorney", "district", "lord", "grand", "supreme", "army", "national", "security", "house",
    "senate", "majority", "minority",
];

/// Courtesy words before a name: the name is a person's; the word is not
/// part of it.
pub const HONORIFICS: &[&str] = &["mr .", "mr", "mrs .", "mrs", "ms .", "ms", "dr .", "dr", "prof .", "prof", "miss", "sir", "dame", "lady", "lord"];

/// Capitalized words that are not names: weekdays, months, sentence
/// openers and other words English capitalizes.
pub const NOT_NAMES: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "i", "category", "christmas", "easter", "thanksgiving", "ramadan", "english", "the", "a", "an",
    "this", "that", "these", "those", "it", "he", "she", "they", "we", "you", "his", "her", "their",
    "its", "our", "my", "your", "in", "on", "at", "for", "but", "and", "or", "so", "yet", "after",
    "before", "during", "when", "while", "since", "as", "if", "though", "although", "because",
    "according", "meanwhile", "however", "also", "still", "then", "there", "here", "what", "who",
    "why", "how", "where", "which", "some", "many", "most", "more", "all", "both", "each", "every",
    "no", "not", "one", "two", "three", "new", "last", "next", "first", "second", "third", "by",
    "from", "with", "about", "of", "to", "over", "under", "until", "despite", "among", "between",
    "without", "within", "officials", "police", "residents", "voters", "farmers", "prosecutors",
    "shares", "health", "union", "wages", "forecasters", "economists", "critics", "analysts",
    "investors", "experts", "scientists", "researchers", "doctors", "workers", "students", "parents",
    "chief", "state", "federal", "national", "local", "city", "county", "covid", "ok", "tv", "am",
    "pm", "gdp", "ceo", "cfo", "ai", "it", "us", "am", "mph", "st", "inc", "ltd", "corp", "co",
    "do", "did", "does", "is", "was", "are", "were", "be", "been", "has", "have", "had",
    "will", "would", "can", "could", "should", "may", "might", "must", "said", "says", "let",
    "yes", "oh", "well", "now", "today", "tomorrow", "yesterday", "tonight", "only", "just", "even",
    "once", "twice", "such", "other", "another", "any", "few", "several", "same", "like", "unlike",
    "republican", "democratic", "democrat", "northern", "southern", "eastern", "western", "central",
];

/// Lowercase words allowed between capitalized words of one name.
pub const NAME_PARTICLES: &[&str] = &["de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "al", "y", "ter", "ibn"];
