/**
 * Organisation vocabulary.
 *   ORG_HEADS: the head noun of a named unit — "Viện Ứng dụng công nghệ", "Sở Ngoại vụ",
 *     "UBND tỉnh", "Công ty Cổ phần X", "Đảng ủy phường Mỹ An", "Ban Chấp hành Công đoàn Viện".
 *   ADMIN_UNITS: administrative units that may stand as an organisation after a title
 *     ("Phó Chủ tịch tỉnh Quảng Nam") and that make the following name a place ("quận Hoàng Mai").
 *   PLACES: provinces and large cities, capitalised runs that are never person names
 *     ("Hà Nội", "Thái Bình", "Hồ Chí Minh" as in "TP. Hồ Chí Minh").
 *   ORG_STOP_WORDS: lower-case words that end an organisation phrase (verbs and links:
 *     "Phó Giám đốc Sở X cho biết" → org "Sở X").
 *   NOT_PERSON_BEFORE: words after which a capitalised name is part of another name
 *     (streets "đường Lê Lợi", schools "Trường THPT Lê Quý Đôn", "tư tưởng Hồ Chí Minh").
 */
import { MORE_COUNTRY_WORDS } from "./countries.js";
export const ORG_HEADS = [
  "Viện", "Phân viện", "Trung tâm", "Ban", "Phòng", "Văn phòng", "Sở", "Bộ", "Cục", "Chi cục", "Tổng cục",
  "Vụ", "Trường", "Đại học", "Học viện", "Khoa", "Bộ môn", "Công ty", "Tổng công ty", "Cty", "Tập đoàn",
  "Công đoàn", "CĐ", "CĐCS", "Liên đoàn", "Liên đoàn Lao động", "LĐLĐ", "Tổng LĐLĐ", "Tổng Liên đoàn",
  "Đảng ủy", "Đảng bộ", "Chi bộ", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng đoàn",
  "Ban cán sự", "Ủy ban", "Ủy ban nhân dân", "UBND", "HĐND", "Hội đồng", "Hội đồng nhân dân", "Hội đồng quản trị",
  "Hội đồng thành viên", "HĐQT", "HĐTV", "BCH", "Ban Chấp hành", "Ban Thường vụ", "Đoàn", "Đoàn Thanh niên",
  "Chi đoàn", "Hội", "Hiệp hội", "Liên hiệp", "Mặt trận", "Ngân hàng", "Bệnh viện", "Tòa án", "TAND",
  "Viện kiểm sát", "VKSND", "Công an", "Bộ Chỉ huy", "Ban Chỉ huy", "Quân khu", "Quân đoàn", "Sư đoàn",
  "Thanh tra", "Kho bạc", "Chi nhánh", "Nhà máy", "Xí nghiệp", "Hợp tác xã", "HTX", "Quỹ", "Thư viện",
  "Bảo tàng", "Nhà xuất bản", "Báo", "Tạp chí", "Đài", "Thông tấn xã", "Chính phủ", "Quốc hội", "Bộ Chính trị",
  "Ban Bí thư", "Trung ương", "T.Ư", "TW", "Tổ", "Tổ công tác", "Tiểu ban", "Câu lạc bộ", "CLB", "Hãng",
  "Trạm", "Phân hiệu", "Ký túc xá", "Nhà văn hóa", "Cơ quan", "Đài Truyền hình", "Hạt", "Chi hội", "Liên chi hội",
  "Cụm thi đua", "Khối thi đua",
] as const;

export const ADMIN_UNITS = [
  "tỉnh", "thành phố", "TP", "huyện", "quận", "thị xã", "thị trấn", "xã", "phường", "thôn", "ấp", "bản",
] as const;

export const PLACES = [
  "Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang",
  "Lào Cai", "Điện Biên", "Lai Châu", "Sơn La", "Yên Bái", "Hòa Bình", "Thái Nguyên", "Lạng Sơn", "Quảng Ninh",
  "Bắc Giang", "Phú Thọ", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hưng Yên", "Thái Bình", "Hà Nam", "Nam Định",
  "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế", "Quảng Nam",
  "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận", "Bình Thuận", "Kon Tum", "Gia Lai",
  "Đắk Lắk", "Đắk Nông", "Lâm Đồng", "Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai", "Bà Rịa", "Vũng Tàu",
  "Long An", "Tiền Giang", "Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang",
  "Hậu Giang", "Sóc Trăng", "Bạc Liêu", "Cà Mau", "Việt Nam", "Hà Đông", "Hoàng Mai", "Long Biên", "Tây Hồ",
  "Đống Đa", "Ba Đình", "Hoàn Kiếm", "Cầu Giấy", "Thanh Xuân", "Hai Bà Trưng", "Từ Liêm", "Nam Từ Liêm",
  "Bắc Từ Liêm", "Gia Lâm", "Đông Anh", "Sóc Sơn", "Mê Linh", "Sơn Tây", "Thủ Đức", "Bình Thạnh", "Gò Vấp",
  "Tân Bình", "Phú Nhuận", "Nha Trang", "Đà Lạt", "Vinh", "Huế", "Hạ Long", "Buôn Ma Thuột", "Pleiku",
  "Tây Nguyên", "Tây Bắc", "Đông Nam Bộ", "Nam Bộ", "Bắc Bộ", "Trung Bộ", "Đồng bằng sông Cửu Long",
  "Trường Sa", "Hoàng Sa", "Phú Quốc", "Côn Đảo", "Cát Bà", "Mỹ Đình", "Hồ Gươm", "Hồ Tây",
  // countries and regions
  "Hoa Kỳ", "Hàn Quốc", "Thái Lan", "Hà Lan", "Trung Quốc", "Nhật Bản", "Ấn Độ", "Đài Loan", "Hồng Kông",
  "Triều Tiên", "Ba Lan", "Tây Ban Nha", "Bồ Đào Nha", "Thụy Điển", "Thụy Sĩ", "Na Uy", "Đan Mạch",
  "Phần Lan", "Ai Cập", "Nam Phi", "Châu Á", "Châu Âu", "Châu Phi", "Châu Mỹ", "Châu Đại Dương",
  "Đông Nam Á", "Đông Á", "Trung Đông", "Bắc Mỹ", "Mỹ Latinh", "Liên bang Nga", "Lào", "Campuchia",
  "Cộng hòa Séc", "Ma Cao", "Tân Tây Lan", "Mông Cổ", "Hy Lạp", "Thổ Nhĩ Kỳ", "Cu Ba", "Ả Rập Xê Út",
  "Nam Triều Tiên", "Bắc Triều Tiên", "Miến Điện", "Đông Timor", "Tân Gia Ba", "Liên minh châu Âu",
  "Liên Hợp Quốc", "Liên hiệp quốc", "Nam Mỹ", "Tây Âu", "Đông Âu", "Bắc Âu", "Nam Á", "Tây Á", "Trung Á",
  "Bắc Phi", "Nam Sudan", "Bắc Kinh", "Thượng Hải", "Đài Bắc", "Biển Đông", "Thái Bình Dương",
  "Đại Tây Dương", "Ấn Độ Dương", "Vịnh Bắc Bộ", "Bắc Trung Bộ", "Nam Trung Bộ", "Tây Nam Bộ",
  "Duyên hải Nam Trung Bộ", "Điện Biên Phủ", "Anh Quốc",
  // kingdoms, whose "Vương" is also a family name ("Vương quốc Anh", but "Vương Quốc Cường" is a person)
  "Vương quốc Anh", "Vương quốc Bỉ", "Vương quốc Hà Lan", "Vương quốc Campuchia", "Vương quốc Thái Lan",
  "Vương quốc Đan Mạch", "Vương quốc Na Uy", "Vương quốc Thụy Điển", "Vương quốc Tây Ban Nha",
  "Vương quốc Ả Rập Xê Út", "Vương quốc Arab Saudi", "Vương quốc Saudi Arabia", "Vương quốc Jordan",
  "Vương quốc Bahrain", "Vương quốc Morocco", "Vương quốc Bhutan", "Vương quốc Brunei",
  // cities and towns whose first syllable is also a family name, and economic zones
  "Uông Bí", "Cẩm Phả", "Móng Cái", "Đông Triều", "Từ Sơn", "Chí Linh", "Kinh Môn", "Sầm Sơn", "Bỉm Sơn",
  "Cửa Lò", "Hồng Lĩnh", "Kỳ Anh", "Đồng Hới", "Ba Đồn", "Đông Hà", "Hương Thủy", "Hương Trà", "Hội An",
  "Tam Kỳ", "Điện Bàn", "Quy Nhơn", "An Nhơn", "Tuy Hòa", "Cam Ranh", "Phan Rang", "Phan Thiết", "La Gi",
  "An Khê", "Bảo Lộc", "Đồng Xoài", "Thủ Dầu Một", "Dĩ An", "Thuận An", "Biên Hòa", "Long Khánh", "Tân An",
  "Mỹ Tho", "Gò Công", "Cao Lãnh", "Sa Đéc", "Hồng Ngự", "Long Xuyên", "Châu Đốc", "Rạch Giá", "Hà Tiên",
  "Vị Thanh", "Ngã Bảy", "Việt Trì", "Vĩnh Yên", "Phúc Yên", "Nghĩa Lộ", "Sa Pa", "Sông Công", "Phổ Yên",
  "Mỹ Hào", "Phủ Lý", "Tam Điệp", "Chu Lai", "Dung Quất", "Vũng Áng", "Nghi Sơn", "Lạch Huyện", "Cái Mép",
] as const;

export const ORG_STOP_WORDS = [
  "cho biết", "cho hay", "cho rằng", "phát biểu", "nhấn mạnh", "khẳng định", "đề nghị", "yêu cầu", "chủ trì",
  "đồng chủ trì", "tham dự", "dự", "đã", "đang", "sẽ", "vừa", "cũng", "được", "bị", "là", "có", "đến", "tới",
  "trao", "tặng", "nhận", "chúc mừng", "ghi nhận", "nêu", "báo cáo", "trình bày", "chỉ đạo", "thăm", "làm việc",
  "lưu ý", "đánh giá", "chia sẻ", "bày tỏ", "kiêm", "nói", "thông tin", "giải thích", "thay mặt", "đồng thời",
  "khi", "như", "trực tiếp", "gồm", "với", "cùng", "và", "hoặc", "để", "theo", "về", "trong", "của", "cho",
  "từ", "đó", "này", "thì", "mà", "nhưng", "ký", "điều hành", "mong muốn", "kêu gọi", "trả lời", "tiếp",
  "khai mạc", "bế mạc", "phát động", "quán triệt", "chúc", "động viên", "biểu dương", "nhận định", "mong",
  "hy vọng", "đặt", "trao đổi", "giới thiệu", "đọc", "công bố", "cũng như", "ông", "bà", "đồng chí", "tiếp thu",
  "đề xuất", "kiến nghị", "thừa nhận", "tuyên bố", "lên", "xuống", "ra", "vào", "sau", "trước",
  "nhiệm kỳ", "khóa", "các khóa", "năm", "ngày", "tháng", "lần", "đánh giá cao", "hướng dẫn", "nhắc", "khen", "ủng hộ",
  "cảm ơn", "tin tưởng", "hoan nghênh", "gửi", "lại", "rất", "luôn", "người", "đi", "vì",
  "tán thành", "đồng ý", "giao", "phụ trách", "kiểm tra", "ban hành", "thông báo", "cảnh báo", "dẫn", "sinh",
  "tuổi", "trú", "quê", "kết luận", "sở hữu", "dành", "chụp", "giữ chức", "thôi giữ", "làm chủ tịch", "kể từ",
  "đạt", "giành", "tổ chức", "thực hiện", "triển khai", "hoàn thành", "tiến hành", "phối hợp", "công nhận",
  "phê duyệt", "xây dựng", "tăng", "giảm", "nhằm", "tham gia", "đón", "tiếp nhận", "bàn giao", "ký kết",
  "hỗ trợ", "cam kết", "xác định", "đề ra", "chuẩn bị", "lắng nghe", "tuyên dương", "khen thưởng", "vượt",
  "nộp", "thu", "chi", "bố trí", "xin", "muốn", "cần", "phải", "nên", "hãy", "không", "chưa", "vẫn", "còn",
  // prepositions and verbs that start the rest of the clause ("Vụ X thuộc Tổng cục Y" → "Vụ X")
  "thuộc", "bằng", "đưa", "đưa ra", "trước khi", "sau khi", "đối với", "về việc", "trở thành",
  "ra mắt", "trực thuộc",
  // speech and decision verbs that open the rest of the sentence ("Công an huyện X xác nhận …")
  "xác nhận", "quyết định", "tiết lộ", "nhận xét", "phản ánh", "lý giải", "khuyến cáo", "bác bỏ",
  // the post held now, after a former one ("Chủ tịch UBND tỉnh X nay là Bí thư Tỉnh ủy X")
  "nay là", "hiện là", "hiện nay là", "hiện đang là",
  // a post taken up, after the one held ("Chánh Văn phòng Thành ủy làm Bí thư Quận ủy": "việc làm" is a field)
  "làm",
  // the one replaced, after the post taken up ("Chủ tịch Hội đồng X thay ông Y")
  "thay", "thay thế",
  // a cause, after the unit ("Trưởng công an xã do sử dụng bằng giả …": the reason, not the unit's name)
  "do",
] as const;

/**
 * Capitalised words that open a sentence, not a unit's next word: after a photo caption run into the text
 * with no full stop ("… trao quyết định cho Vụ trưởng Vụ X Theo quyết định …"), the name ends before one.
 */
export const ORG_SENTENCE_OPENERS = [
  "Theo", "Trong", "Tại", "Sau", "Trước", "Khi", "Tuy nhiên", "Ngoài ra", "Bên cạnh", "Hiện nay",
  "Như vậy", "Trước đó", "Sau đó", "Cũng theo", "Đồng thời", "Được biết", "Để", "Nhằm", "Cụ thể",
] as const;
/** Words of a name that start as one of ORG_SENTENCE_OPENERS ("Tổ chức Theo dõi …", "Ban Biên tập tin Trong nước", "Công ty Dụng Cụ thể thao …"). */
export const ORG_OPENERS_IN_NAMES = ["Theo dõi", "Trong nước", "Sau đại học", "Cụ thể thao"] as const;

export const NOT_PERSON_BEFORE = [
  "đường", "phố", "số", "trường", "THPT", "THCS", "tiểu học", "trung học", "đại học", "học viện", "giải",
  "giải thưởng", "quỹ", "viện", "cầu", "lăng", "bảo tàng", "tư tưởng", "phong cách", "đạo đức", "tấm gương", "quận",
  "huyện", "phường", "xã", "tỉnh", "thành phố", "TP", "thị xã", "thị trấn", "làng", "thôn", "ấp", "khu",
  "chùa", "đền", "tàu", "sân bay", "công viên", "hồ", "sông", "núi", "đảo", "bến", "chợ", "bệnh viện", "ngõ",
  "hẻm", "đại lộ", "tuyến", "nhà văn hóa", "khu di tích", "di tích", "huân chương", "cúp", "mang tên",
  "sư đoàn", "trung đoàn", "trạm", "tượng", "tượng đài", "Cộng sản", "Đoàn TNCS",
  "Thanh niên Cộng sản", "ký túc xá", "học bổng", "chương trình", "dự án", "công ty", "tập đoàn", "Cty",
  "bản", "mầm non", "THPT chuyên", "trường chuyên", "chuyên", "Bác", "TX", "KCN", "khu kinh tế", "khu phức hợp",
  // school heads in older or shorter spellings ("Trường PTCS Lê Quý Đôn", "Trường PTDTNT Nơ Trang Lơng")
  "PTCS", "PTTH", "phổ thông", "PTDTNT", "PTDTBT", "liên cấp", "cao đẳng", "trung cấp", "ĐH",
] as const;

/**
 * Street words before a list of names: every name of the list is a street ("trên các tuyến Lương Nhữ
 * Học, Triệu Quang Phục và …", "các phố Hàng Bông, Hàng Gai"; recognize/name.ts). "tuyến" alone, a
 * route, is in NOT_PERSON_BEFORE too.
 */
export const STREET_LIST_WORDS = ["tuyến", "tuyến đường", "tuyến phố", "đường", "phố", "ngõ", "hẻm", "đại lộ"] as const;
/**
 * Street words after a house number ("1152 - 1154 đường Láng", "tại 25 phố Huế"), and the place words
 * before a single house number (recognize/count-address.ts).
 */
export const HOUSE_STREETS = ["đường", "phố", "ngõ", "ngách", "hẻm", "kiệt", "đại lộ"] as const;
export const ADDRESS_BEFORE = ["tại", "ở", "số", "nhà", "chỉ"] as const;
/** Words that end in a street word but are no street: "thành phố Vận Thành, Vương …", "đường dây". */
export const STREET_LIST_EXCEPT = ["thành phố", "đường dây", "đường lối"] as const;

/**
 * Words that end in a NOT_PERSON_BEFORE word but are other words: "đối tượng Nguyễn Văn A" (the
 * suspect, not "tượng", a statue), "Cục Quản lý thị trường Phạm Văn A" (not "trường", a school),
 * "Sở Tài nguyên và Môi trường Nguyễn Văn A", "thủ quỹ Lê Thị B" (not "quỹ", a fund), "Thủ tướng Nhật
 * Bản Shinzo Abe" (a country, not "bản", a village).
 */
export const NOT_PERSON_BEFORE_EXCEPT = [
  "đối tượng", "thị trường", "môi trường", "hiện trường", "lập trường", "thủ quỹ", "nhu cầu", "yêu cầu",
  "Nhật Bản",
] as const;

/**
 * Historical or fixed names that read as person names but are places or slogans first: a person
 * only right after "Chủ tịch", "anh hùng", "liệt sĩ", "danh nhân", "đồng chí" (people.ts).
 */
export const FIXED_NAMES = [
  "Hồ Chí Minh",
  // historical figures whose names are above all street, school and place names
  "Nguyễn Văn Trỗi", "Nguyễn Thị Minh Khai", "Võ Thị Sáu", "Trần Hưng Đạo", "Lý Thường Kiệt", "Nguyễn Trãi",
  "Trần Phú", "Lê Hồng Phong", "Phan Chu Trinh", "Phan Bội Châu", "Nguyễn Thái Học", "Hoàng Văn Thụ",
  "Nguyễn Đình Chiểu", "Lê Thánh Tông", "Trần Quốc Toản", "Đinh Tiên Hoàng", "Lý Thái Tổ", "Lý Tự Trọng",
  "Trần Quang Khải", "Nguyễn Tri Phương", "Phạm Ngũ Lão", "Võ Văn Tần", "Nguyễn Văn Cừ", "Trần Quốc Tuấn",
  "Nguyễn Bỉnh Khiêm", "Nguyễn Công Trứ", "Phạm Ngọc Thạch",
] as const;

/** Fixed names that also name a city or its institutions ("TP. Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh"): never where an organisation phrase ends. */
export const FIXED_CITY_NAMES = ["Hồ Chí Minh"] as const;

/** Words of foreign organisation, product and place names: a capitalised run holding one is not a person ("Vietjet Air", "Goldman Sachs Group"). */
export const FOREIGN_ORG_WORDS = [
  "Group", "Bank", "Air", "Airlines", "Airways", "Inc", "Corp", "Corporation", "Company", "Co", "Ltd", "Limited",
  "LLC", "Holdings", "Capital", "Motors", "Electronics", "Energy", "Petroleum", "Oil", "Gas", "Pay", "Watch",
  "Phone", "Galaxy", "Store", "Plus", "Pro", "Max", "Foundation", "University", "Institute", "Association",
  "Council", "Fund", "Club", "FC", "United", "City", "Agency", "Times", "News", "Post", "Journal", "Television",
  "TV", "Entertainment", "Studios", "Pictures", "Media", "Technologies", "Tech", "Software", "Systems",
  "Solutions", "Industries", "International", "Global", "Vina", "Mobile", "Network", "Airport", "Hotel",
  "Resort", "Center", "Centre", "Mall", "Street", "Avenue", "Road", "Square", "Tower", "Building",
  "Bridge", "Festival", "Awards", "Cup", "League", "Championship", "Games", "Online", "Securities",
  "Insurance", "Life", "Pharma", "Foods", "Beverage", "Logistics", "Express", "Cement", "Steel", "Land",
  "Real", "Estate", "Invest", "Investment", "Partners", "Ventures", "Labs", "Digital", "Cloud", "Data",
  "Edition", "Series", "Model", "Version", "Of", "The", "Home", "House", "Garden", "Village", "Mart", "Shop",
] as const;

/** One-word country names that may stand before a foreign name ("tỷ phú Mỹ Bill Gates"; more in countries.ts). */
export const COUNTRY_WORDS = ["Mỹ", "Nga", "Pháp", "Đức", "Anh", "Úc", "Ý", "Nhật", "Lào", "Hàn", "Trung", "Ấn", "Bỉ", "Séc", "Canada", "Italy", "Libya", "Israel", "Iran", "Iraq", "Syria", "Ukraine", "Brazil", "Argentina", "Mexico", "Chile", "Peru", "Philippines", "Indonesia", "Malaysia", "Singapore", "Myanmar", "Pakistan", "Afghanistan", "Qatar", "Kuwait", "Cuba", "Venezuela", "Colombia", "Nigeria", "Kenya", "Ethiopia", "Honduras", "Guatemala", "Ecuador", "Bolivia", "Panama", "Jamaica", "Haiti", "Nepal", "Bhutan", "Bangladesh", ...MORE_COUNTRY_WORDS] as const;

/**
 * The kinds of board a shared head (SHARED_HEADS) names with words that elsewhere are verbs ending an
 * organisation (ORG_STOP_WORDS): "trưởng ban chỉ đạo phòng chống thiên tai tỉnh" → "Trưởng ban" of
 * "Ban chỉ đạo phòng chống thiên tai tỉnh", "phó trưởng ban tổ chức", "trưởng phòng kiểm tra". Keyed by
 * the head as SHARED_HEADS writes it.
 */
export const SHARED_HEAD_KINDS: Record<string, readonly string[]> = {
  Ban: ["chỉ đạo", "chỉ huy", "tổ chức", "kiểm tra", "điều hành", "tiếp công dân", "tiếp dân"],
  "Tiểu ban": ["chỉ đạo", "tổ chức", "kiểm tra", "điều hành"],
  Phòng: ["tổ chức", "kiểm tra"],
};
