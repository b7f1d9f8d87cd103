/**
 * Counted nouns and the category of what they count (GOLD.md `category`).
 *
 *   "126 nhiệm vụ", "14/19 tiêu chí"           → task
 *   "29 bài báo", "2 bằng sáng chế"              → publication
 *   "145 học viên", "44 lớp", "85 chuyên ngành"  → training
 *   "81.406 đoàn viên", "23.415 CNLĐ"            → personnel
 *   "1.320 CĐCS", "224 DN", "3 đối tác"          → organization
 *   "9 tập thể", "6 cờ thi đua", "2 Huy chương"  → award
 *   "16 phiên chợ", "2.915 cuộc thanh tra"       → event
 *   "530.000 phần quà", "2.000 vụ", "63 tỉnh"   → other
 *
 * A noun of people or units (PEOPLE_FLEX, UNIT_FLEX) takes the category of its clause when the
 * clause speaks of training or of awards ("740 cán bộ được tập huấn" → training, "8 đơn vị được
 * tặng Bằng khen" → award). Matching is on folded text, so case and "tỷ/tỉ" do not matter.
 */

export const TASK_NOUNS = [
  "nhiệm vụ",
  "đầu việc",
  "đầu công việc",
  "đề tài",
  "dự án",
  "chương trình",
  "chỉ tiêu",
  "tiêu chí",
  "đề án",
  "hợp đồng",
  "công trình",
  "sáng kiến",
  "nội dung",
  "kế hoạch",
  "mục tiêu",
  "chương trình mục tiêu quốc gia",
  "nhiệm vụ khoa học",
  "gói thầu",
  "hạng mục",
  "giải pháp",
  "nhóm nhiệm vụ",
];

export const PUBLICATION_NOUNS = [
  "bài báo",
  "công bố",
  "công trình khoa học",
  "công trình nghiên cứu",
  "cuốn sách",
  "đầu sách",
  "sách",
  "giáo trình",
  "chương sách",
  "sách chuyên khảo",
  "chuyên khảo",
  "tài liệu",
  "bằng sáng chế",
  "sáng chế",
  "giải pháp hữu ích",
  "bằng độc quyền",
  "văn bằng bảo hộ",
  "bài viết",
  "tác phẩm",
  "ấn phẩm",
  "tập san",
];

export const TRAINING_NOUNS = [
  "học viên",
  "học sinh",
  "hs",
  "sinh viên",
  "sv",
  "nghiên cứu sinh",
  "ncs",
  "thạc sĩ",
  "tân thạc sĩ",
  "tân tiến sĩ",
  "tân cử nhân",
  "cử nhân",
  "kỹ sư",
  "học viên cao học",
  "học viên mới",
  "thực tập sinh",
  "lớp",
  "lớp học",
  "lớp tập huấn",
  "lớp bồi dưỡng",
  "lớp đào tạo",
  "khóa học",
  "khóa đào tạo",
  "khóa tập huấn",
  "chuyên ngành",
  "ngành đào tạo",
  "ngành học",
  "mã ngành",
  "luận án",
  "luận văn",
  "học bổng",
  "lượt đào tạo",
  "lượt tập huấn",
  "học viên tốt nghiệp",
  "em học sinh",
  "thí sinh",
  "nữ sinh",
  "nam sinh",
];

/** Staff and office holders: counted as personnel, and flexible (see PEOPLE_FLEX below). */
const STAFF_PEOPLE = [
  "người", "người lao động", "lao động", "công nhân", "cn", "cnlđ", "cán bộ", "cán bộ, công chức",
  "công chức", "viên chức", "nhân viên", "cán bộ, nhân viên", "giáo viên", "nhà giáo", "tiến sĩ",
  "đoàn viên", "đảng viên", "hội viên", "thành viên", "đại biểu", "đồng chí", "đ/c", "chiến sĩ",
  "cán bộ, chiến sĩ", "cán bộ chiến sĩ", "lượt người", "chủ tịch", "phó chủ tịch", "giám đốc", "phó giám đốc",
  // a deputy of any post ("hai phó công an xã", "2 phó phòng"), "cấp phó"
  "phó", "cấp phó",
  "tổng giám đốc", "hiệu trưởng", "phó hiệu trưởng", "bí thư", "phó bí thư", "trưởng phòng",
  "trưởng ban", "phó trưởng ban", "phó trưởng phòng", "chánh văn phòng", "phó chánh văn phòng", "chánh thanh tra",
  "phó chánh thanh tra", "cán bộ quản lý", "cán bộ chủ chốt", "chủ tịch công đoàn", "thầy cô", "thầy, cô",
  "thầy giáo", "cô giáo", "gv", "đv", "cb", "nv", "hv", "cbcc", "cbccvc", "cbnv", "cbgv", "cbcs",
];

export const PERSONNEL_NOUNS = [
  ...STAFF_PEOPLE,
  "nlđ", "lđ", "cnvc", "cnvclđ", "cnvc-lđ", "cbcnv", "cbcnvc", "cbcnvlđ", "giảng viên",
  "giảng viên chính", "cán bộ giảng dạy", "giáo sư", "phó giáo sư", "bác sĩ", "y bác sĩ",
  "phóng viên", "biên tập viên", "đoàn viên công đoàn", "đảng viên mới", "hội viên mới", "ủy viên",
  "cổ đông", "sĩ quan", "quân nhân", "tình nguyện viên", "nhà khoa học", "chuyên gia",
  "nghiên cứu viên", "kiểm sát viên", "thẩm phán", "lãnh đạo", "khách mời", "người tham dự",
  "vận động viên", "diễn viên", "nghệ sĩ", "hướng dẫn viên", "y tá", "điều dưỡng", "dược sĩ",
  "kỹ thuật viên", "bộ đội", "công an", "nhân sự",
  // athletes and coaches, written out or short ("55 VĐV", "14 HLV")
  "vđv", "huấn luyện viên", "hlv",
  // "tám vị tham gia Ủy ban": the classifier of people standing alone
  "vị",
];

export const ORGANIZATION_NOUNS = [
  "đơn vị",
  "đơn vị trực thuộc",
  "doanh nghiệp",
  "dn",
  "công ty",
  "tổng công ty",
  "tập đoàn",
  "ngân hàng",
  "hợp tác xã",
  "htx",
  "cơ sở",
  "cơ sở sản xuất",
  "công đoàn cơ sở",
  "cđcs",
  "cđ cơ sở",
  "cđ cấp ngành",
  "công đoàn cấp ngành",
  "lđlđ",
  "liên đoàn lao động",
  "tổ công đoàn",
  "công đoàn",
  "cđ",
  "chi bộ",
  "đảng bộ",
  "chi hội",
  "chi đoàn",
  "hội",
  "câu lạc bộ",
  "clb",
  "tổ chức",
  "tổ chức công đoàn",
  "cơ quan",
  "trường",
  "trường học",
  "trường đại học",
  "viện",
  "viện nghiên cứu",
  "trung tâm",
  "khoa",
  "bộ môn",
  "phòng",
  "phòng ban",
  "phòng ban chức năng",
  "ban",
  "bql dự án",
  "ban quản lý dự án",
  "bệnh viện",
  // abbreviations of headlines and tables ("50 BV tham gia", "12 TYT đạt chuẩn"): NOUN_ABBREVIATIONS
  "bv",
  "tyt",
  "nhà máy",
  "xí nghiệp",
  "chi nhánh",
  "hãng",
  "đối tác",
  "quân đội",
  "kcn",
  "khu công nghiệp",
  "khu chế xuất",
  "cụm công nghiệp",
  "bộ, ngành",
  "bộ, ban, ngành",
  "bộ ban ngành",
  "bộ, ban ngành",
  "ban, ngành",
  "ban ngành",
  "ngành",
  "sở",
  "sở, ngành",
  "chi cục",
  "tổng cục",
  "vụ, cục",
  "tòa soạn",
  "cơ quan báo chí",
  "đài",
  "tổ",
  "nhóm",
  "đội",
  "tổ chức đảng",
  "bên",
  "pháp nhân",
  "nhà băng",
  "đơn vị sự nghiệp",
  "đơn vị sự nghiệp công lập",
  "đvsncl",
  "điểm trường",
  "nhà thầu",
  "hộ kinh doanh",
  "hộ kinh doanh cá thể",
  // funds, and police units named by their level ("15 quỹ đầu tư", "8 Công an tỉnh giáp ranh"; "300 công an" stays
  // people, and a bare "quỹ" may be of time, "quỹ thời gian")
  "quỹ đầu tư",
  "quỹ tín dụng",
  "quỹ tín dụng nhân dân",
  "công an tỉnh",
  "công an huyện",
  "công an quận",
  "công an xã",
  "công an phường",
  "công an các tỉnh",
];

export const AWARD_NOUNS = [
  "tập thể",
  "cá nhân",
  "tập thể, cá nhân",
  "cờ",
  "cờ thi đua",
  "bằng khen",
  "giấy khen",
  "huân chương",
  "huy chương",
  "huy chương vàng",
  "huy chương bạc",
  "huy chương đồng",
  "hcv",
  "hcb",
  "hcđ",
  "huy hiệu",
  "huy hiệu đảng",
  "kỷ niệm chương",
  "danh hiệu",
  "giải",
  "giải thưởng",
  "giải nhất",
  "giải nhì",
  "giải ba",
  "giải khuyến khích",
  "điển hình",
  "điển hình tiên tiến",
  "gương",
  "gia đình học tập",
  "dòng họ học tập",
  "cộng đồng học tập",
  "đơn vị học tập",
  "dòng họ",
  "suất học bổng",
  "chiến sĩ thi đua",
  "lao động tiên tiến",
  "gia đình văn hóa",
  "làng văn hóa",
  // honorary titles: "1.200 Mẹ Việt Nam anh hùng", "35 Anh hùng lao động", "20 NSƯT"
  "Mẹ Việt Nam anh hùng",
  "Bà mẹ Việt Nam anh hùng",
  "Anh hùng lao động",
  "Anh hùng lực lượng vũ trang",
  "Anh hùng lực lượng vũ trang nhân dân",
  "Nghệ sĩ nhân dân",
  "Nghệ sĩ ưu tú",
  "Nghệ nhân nhân dân",
  "Nghệ nhân ưu tú",
  "Nhà giáo nhân dân",
  "Nhà giáo ưu tú",
  "Thầy thuốc nhân dân",
  "Thầy thuốc ưu tú",
  "NSND",
  "NSƯT",
  "NGND",
  "NGƯT",
  "TTND",
  "TTƯT",
  "chiến sĩ thi đua toàn quốc",
  "chiến sĩ thi đua cơ sở",
];

export const EVENT_NOUNS = [
  "hội nghị",
  "hội thảo",
  "tọa đàm",
  "diễn đàn",
  "cuộc họp",
  "buổi",
  "buổi làm việc",
  "cuộc",
  "cuộc thanh tra",
  "cuộc kiểm tra",
  "cuộc thi",
  "hội thi",
  "đợt",
  "phiên",
  "chuyến",
  "hoạt động",
  "sự kiện",
  "lễ",
  "giải đấu",
  "trận",
  "phiên họp",
  "kỳ họp",
  "cuộc vận động",
  "phong trào",
  "kỳ quay số",
  "kỳ quay thưởng",
  "kỳ thi",
  "hội chợ",
  "hội diễn",
  "hội trại",
  "lễ hội",
];

/**
 * Events done against a planned number, read as a part of a whole after "A/B" even when A > B
 * ("thực hiện 38/36 cuộc kiểm toán": an impossible fraction, for the checks, not a date or a score).
 * Not every event: "thắng 3/2 trận", "4/3 buổi" stay out.
 */
export const AUDIT_EVENT_NOUNS = ["cuộc thanh tra", "cuộc kiểm tra", "cuộc kiểm toán", "cuộc giám sát"];

export { OTHER_NOUNS } from "./count-nouns-other.js";

/**
 * Nouns of people that take the category of their clause: "740 cán bộ" in a sentence about
 * training is training; "23 đồng chí được tặng Huy hiệu" is an award.
 */
export const PEOPLE_FLEX = [
  ...STAFF_PEOPLE,
  "học sinh", "hs", "sinh viên", "sv", "em", "em học sinh", "cháu", "thạc sĩ", "cá nhân", "thí sinh",
  "nữ sinh", "nam sinh", "gia đình", "công dân",
];

/**
 * Members of a party, union, association or board: staff whatever is done to them ("kiểm tra 20
 * đảng viên", "kỷ luật 7 đảng viên" are still members), unless awarded or trained.
 */
export const MEMBER_NOUNS = [
  "đảng viên", "đảng viên mới", "đoàn viên", "đoàn viên công đoàn", "hội viên", "hội viên mới", "đồng chí", "đ/c",
  "ủy viên", "cổ đông",
];

/** Nouns of units that become awards in a clause about awards ("5 đơn vị dẫn đầu khối thi đua"). */
export const UNIT_FLEX = [
  "tổ chức, cá nhân",
  "cá nhân, tổ chức",
  "đơn vị, cá nhân",
  "doanh nghiệp, cá nhân",
  "dn, cá nhân",
  "cá nhân, doanh nghiệp",
  "đơn vị",
  "doanh nghiệp",
  "dn",
  "tổ chức",
  "tổ công đoàn",
  "cđcs",
  "công đoàn cơ sở",
  "trường",
  "xã",
  "xã, phường",
  "xã, phường, thị trấn",
  "làng",
  "thôn",
  "hộ",
  "hộ gia đình",
  "dòng họ",
  "cộng đồng",
  "tập thể",
  "chi bộ",
  "đảng bộ",
  "mô hình",
];

/**
 * Words that, right after a number, never make it a count: units of time and age (durations),
 * scale and currency words (money), grammar words. A number followed by any other common noun
 * is counted as "other" ("60 bậc", "4 kịch bản", "180.000 con bò").
 */
export const NOT_COUNTED = [
  "năm", "tháng", "ngày", "giờ", "phút", "giây", "tuần", "tuổi", "quý", "thế kỷ", "thập kỷ", "thập niên",
  "kỳ", "đêm", "tiếng", "h", "mùa", "niên khóa", "nhiệm kỳ", "khóa",
  "đồng", "tỷ", "triệu", "nghìn", "ngàn", "trăm", "vạn", "chục", "usd", "đô", "đô la", "euro", "cent", "xu", "vnđ", "vnd", "đ",
  "phần trăm", "điểm", "độ", "lần thứ", "số", "thứ", "trên", "dưới", "hơn", "khoảng", "gần",
  "và", "với", "của", "trong", "được", "đã", "đang", "sẽ", "cho", "tại", "là", "có", "đạt", "từ", "đến", "tới",
  "theo", "thuộc", "so", "này", "đó", "kia", "các", "những", "nhưng", "khi", "để", "về", "bị", "vào", "ra",
  "lên", "xuống", "qua", "ở", "bằng", "hoặc", "thì", "mà", "nên", "vì", "nếu", "lúc", "sau", "trước",
  "giữa", "cùng", "không", "chưa", "chỉ", "rất", "nhất", "lại", "thêm", "nữa", "rồi", "cũng", "đều", "vẫn",
  "còn", "tăng", "giảm", "chiếm", "gồm", "như", "trở lên", "trở xuống", "mỗi", "một", "hai", "ba", "bốn",
  "sáu", "bảy", "tám", "chín", "mười", "mươi", "lăm", "linh", "lẻ", "rưỡi", "nửa", "đầu", "cuối",
  "tiếp", "liền", "liên tiếp", "trước đây", "gấp", "ngoài", "riêng", "tổng", "bình quân", "tất cả",
  "biết", "rõ", "sạch", "mình", "dự kiến", "nói", "luôn", "cần", "phải", "người", "lượt", "tốt", "cao", "thấp", "lớn", "nhỏ", "mới", "cũ", "khác", "chung",
  // sentence particles
  "thôi", "nhé", "ạ", "đấy", "đâu", "chứ", "vậy",
];

/** Nouns of works that are publications unless the clause is about films or music ("3 tác phẩm điện ảnh"). */
export const WORK_FLEX = ["tác phẩm", "ấn phẩm"];

/**
 * Counted nouns after which "năm" is the number five, not the year ("năm nội dung", "năm đơn vị",
 * "năm doanh nghiệp"): nouns of tasks, people and units, not those that follow "năm" the year
 * ("năm kế hoạch", "năm tài chính", "năm học", "năm hoạt động").
 */
export const FIVE_COUNTED = [
  "nội dung", "nhiệm vụ", "đề tài", "dự án", "chỉ tiêu", "tiêu chí", "giải pháp", "nhóm nhiệm vụ", "đơn vị",
  "doanh nghiệp", "tập thể", "cá nhân", "cán bộ", "đảng viên", "đoàn viên", "hội viên", "học sinh", "sinh viên",
  "thành viên", "đại biểu", "đồng chí", "bài báo", "công trình", "huy chương", "bằng khen", "trường hợp", "hộ dân",
  "lĩnh vực", "địa phương", "tỉnh, thành", "chi bộ", "cơ sở", "bệnh viện", "công ty",
  // abbreviations ("năm BV tuyến huyện", "năm DN"): no year is followed by them
  "bv", "dn", "htx", "hs", "gv", "sv",
];

/**
 * A class of vehicle, not a count: a number of wheels or seats right after a word naming the
 * vehicle or its make-up ("xe 3 bánh", "xe khách 45 chỗ", "ô tô 7 chỗ, 16 chỗ", "hệ dẫn động 4
 * bánh", "loại 45 chỗ ngồi"); "42 bánh heroin", "1.000 chỗ làm việc" stay counts. VEHICLE_NOUNS:
 * the first word of such a noun; VEHICLE_WORDS: the word before the number (or before a first
 * number of a list or range, "xe 3-4 bánh", "xe 7 chỗ, 16 chỗ").
 */
export const VEHICLE_NOUNS = ["bánh", "chỗ"];
/**
 * The most wheels or seats a class of vehicle has ("xe 18 bánh", "xe khách 45 chỗ"): a larger
 * number after a vehicle's word is a count ("trên xe 3.600 bánh trung thu", "bãi xe 1.200 chỗ"); a city bus has up to ~90 seats.
 */
export const VEHICLE_MAX: Readonly<Record<string, number>> = { "bánh": 18, "chỗ": 100 };
/**
 * Words right after "bánh"/"chỗ" that make it a thing counted, not a vehicle's make-up ("xe 12 bánh
 * heroin"). No verbs or prepositions: "xe 7 chỗ đỗ bên đường", "xe 29 chỗ ở Hà Nội" are vehicles.
 */
export const VEHICLE_THING_AFTER = [
  "heroin", "hêrôin", "hê rô in", "ma túy", "thuốc phiện", "cần sa", "cocaine", "trung thu", "chưng", "tét",
  "kẹo", "mì", "xà phòng", "pháo", "làm việc",
];
/**
 * A place for vehicles before "xe": its seats are a capacity ("bãi đỗ xe 50 chỗ", "nhà xe 30 chỗ");
 * only for seats ("bãi giữ xe hai bánh" is parking for a class), and the verb alone is no place
 * ("đang đỗ ô tô 4 chỗ ven đường").
 */
export const VEHICLE_PLACES = ["bãi", "nhà", "bến", "điểm", "trạm"];
export const VEHICLE_PLACE_VERBS = ["đỗ", "đậu", "giữ", "gửi", "trông", "trông giữ", "để"];
export const VEHICLE_WORDS = [
  "xe", "ô tô", "ôtô", "xe khách", "xe buýt", "xe tải", "xe con", "xe du lịch", "ô tô cũ", "xe cũ", "loại",
  "dẫn động", "giường nằm", "địa hình", "cabin", "suv", "mpv", "crossover", "sedan", "cấu hình", "khung gầm",
];
