/**
 * Words that keep a two-word foreign run from being a person's name when its last word alone
 * speaks elsewhere ("… Reuters cho biết", "Chelsea cho biết"): read by recognize/people-foreign.ts.
 */

/**
 * Labels that open a run before what they label, never a given name: "Video Chelsea hạ Arsenal",
 * "Clip Tzuyu …", "Fan Gigi …", "Trang Sina đưa tin", "Salon Scarborough".
 */
export const FOREIGN_LABELS = [
  "Video", "Clip", "Ảnh", "Photo", "Fan", "Fans", "Internet", "Trang", "Salon", "Album", "MV", "Trailer",
  "Teaser", "Website", "Blog", "Fanpage", "Hashtag", "Game", "Show", "Livestream",
] as const;

/**
 * Outlets, clubs, brands, leagues and places that speak as themselves ("Reuters cho biết", "Dortmund
 * cho biết") or stand before another one ("Microsoft Kaspersky", "Bundesliga Steinhaus"): never one
 * word of a person's two-word name.
 */
export const FOREIGN_NOT_NAMES = [
  // news outlets and agencies
  "Reuters", "AFP", "AP", "Bloomberg", "CNN", "BBC", "CNBC", "Xinhua", "Yonhap", "Kyodo", "Sputnik", "TASS",
  "RIA", "Guardian", "Telegraph", "Independent", "Mirror", "Fortune", "Politico", "Axios",
  // companies and brands
  "Facebook", "Google", "Microsoft", "Apple", "Amazon", "Samsung", "Huawei", "Xiaomi", "Oppo", "Sony",
  "Intel", "Nokia", "Twitter", "YouTube", "Instagram", "Alibaba", "Tencent", "Uber", "Mercedes", "BMW",
  "Audi", "Toyota", "Hyundai", "Kia", "Maserati", "Volkswagen", "Nissan", "Mazda", "Lexus", "Boeing", "Airbus",
  "Tesla", "SpaceX", "Netflix", "Yahoo", "Snapchat", "Baidu", "Foxconn", "Qualcomm", "Nvidia", "Walmart", "Starbucks",
  // leagues
  "Bundesliga", "Premier", "Serie", "Ligue", "Liga", "Champions", "Europa",
  // regions and countries not in COUNTRY_WORDS
  "Baltic", "Estonia", "Latvia", "Lithuania", "Europe", "Asia", "Africa", "America", "Scandinavia",
] as const;

/**
 * Football clubs, and the cities a club's name ends with, that speak as the club ("Chelsea cho
 * biết", "Dortmund cho biết"): never the last word of a person's name ("Atletico Madrid",
 * "Borussia Dortmund", "Arsenal Chelsea"); as a first word they may be a given name ("Chelsea Clinton").
 */
export const FOREIGN_CLUBS = [
  "Chelsea", "Arsenal", "Liverpool", "Tottenham", "Everton", "Juventus", "Barcelona", "Madrid", "Dortmund",
  "Munich", "München", "Milan", "Napoli", "Lazio", "Leipzig", "Leverkusen", "Schalke", "Ajax", "Benfica",
  "Sevilla", "Villarreal", "Palace", "Southampton", "Leicester", "Newcastle", "Sunderland", "Burnley",
  "Watford", "Bournemouth", "Swansea", "Stoke", "Brom", "Hotspur", "Atletico", "Borussia", "Bayern",
] as const;

/**
 * Last words of a school's, an institute's or a band's name, with a role after it like a person's:
 * "Harvard Kennedy School - nhà nghiên cứu chính sách …" is the school, no one's name.
 */
export const FOREIGN_ORG_ENDS = [
  "School", "University", "Institute", "Academy", "College", "Music", "Foundation", "Conservatory",
  "Hospital", "Clinic", "Laboratory", "Lab", "Society", "Orchestra", "Band", "Museum", "Library", "Gallery",
  "Studio", "Center", "Centre", "Association", "Council", "Group", "Press", "Review", "Magazine",
] as const;

/**
 * Words after which a capitalised word names a place or a company, not a person: "tại Australia",
 * "sang Italia", "người Moldova", "hãng Grab", "ứng dụng Grab". name-lead.ts reads a word written so
 * elsewhere in the text as the organisation or the country before a foreign name after a title
 * ("Thủ tướng Australia Malcolm Turnbull"), never a first name ("của Gina" is said of a person too).
 */
export const PLACE_OR_FIRM_BEFORE = [
  "tại", "ở", "sang", "đến", "tới", "từ", "khắp", "toàn", "nước", "người", "quốc tịch", "xứ",
  "hãng", "công ty", "tập đoàn", "ứng dụng", "thương hiệu", "nhãn hàng", "dịch vụ", "mạng", "đội", "câu lạc bộ", "CLB",
] as const;

/**
 * Roles of an office held for a country, a body or a club: after one of them (or a title), a
 * capitalised word the text writes alone elsewhere after any lower-case word ("của Australia",
 * "Bayern thua") is the country's or the club's before a foreign name, not its first word ("Thủ
 * tướng Australia Malcolm Turnbull"). Not a person's roles as a performer ("công chúa", "người mẫu",
 * "võ sĩ"), whose first names stand alone too ("của Gina").
 */
export const OFFICE_ROLES = ["tổng thống", "thủ tướng", "ngoại trưởng", "quốc vương", "HLV", "huấn luyện viên"] as const;

/**
 * Roles before a Vietnamese name with a Western given name first ("kình ngư Paul Lê Nguyễn", "linh mục
 * Joseph Trần Văn Bảo"; name-lead.ts westernGivenFirst), besides the honorifics. Not titles or roles of
 * business, before which the word is a firm's ("Chủ tịch Vingroup Phạm Nhật Vượng").
 */
export const GIVEN_NAME_ROLES = [
  "vận động viên", "VĐV", "kình ngư", "cầu thủ", "tay vợt", "võ sĩ", "ca sĩ", "nghệ sĩ", "diễn viên", "linh mục",
  "nhà văn", "nhà thơ", "nhạc sĩ", "người mẫu", "hoa hậu", "du học sinh", "Việt kiều",
] as const;

/** Foreign forms of address written before a Vietnamese name ("Madame Nguyễn Thị Nga"): never a given name. */
export const FOREIGN_ADDRESS = ["Madame", "Madam", "Mme", "Monsieur", "Mr", "Mrs", "Ms", "Miss", "Mister", "Sir", "Lady", "Lord", "Dr"] as const;
