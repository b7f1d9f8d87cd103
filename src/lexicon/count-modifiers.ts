/**
 * Words around a counted noun that decide its category over the noun's own list
 * (count-nouns.ts). The order in which they apply is written in src/recognize/category.ts.
 *
 *   "kiểm tra hơn 200 hướng dẫn viên", "xử phạt 3 người"   → OBJECT_VERBS before the number: other
 *   "vinh danh 120 doanh nghiệp", "tôn vinh 100 người"    → AWARD_VERBS before the number: award
 *   "5 dự án đoạt giải", "3 thí sinh được tặng Bằng khen"  → AWARD_AFTER the noun: award
 *   "430 học viên tốt nghiệp", "200 em trúng tuyển"       → TRAINING_AFTER the noun: training
 *   "10 học sinh tham dự đội tuyển (… đều có giải)"        → PARTICIPATION_AFTER: the noun's own category
 *   "610 mô hình dòng họ học tập"                          → an award title inside the noun phrase: award
 * Matching is on folded text (case, "tỷ/tỉ", "hoà/hòa" do not matter).
 */

/**
 * Verbs whose object, when it is a count of people or units, is neither staff nor trainees: the
 * people inspected, fined, arrested, treated or rescued. Written right before the number ("kiểm tra
 * hơn 200 hướng dẫn viên") or before "đối với" and the number ("xử phạt vi phạm hành chính đối với 3
 * hướng dẫn viên").
 */
export const OBJECT_VERBS = [
  "kiểm tra",
  "thanh tra",
  "xử phạt",
  "phạt",
  "xử lý",
  "xử lý vi phạm",
  "phát hiện",
  "bắt",
  "bắt giữ",
  "tạm giữ",
  "tạm giam",
  "khởi tố",
  "truy tố",
  "xét xử",
  "tuyên phạt",
  "triệu tập",
  "truy nã",
  "giải cứu",
  "trục xuất",
  "cứu",
  "cứu sống",
  "cấp cứu",
  "khám",
  "khám cho",
  "điều trị",
  "chữa trị",
];

/** Linking words between an object verb and the number: "xử phạt … đối với 3 …" ("kiểm tra bữa ăn cho 1.300 công nhân" is not one). */
export const OBJECT_LINKS = ["đối với"];

/**
 * Verbs of honouring right before a count of people or units ("vinh danh 120 doanh nghiệp",
 * "biểu dương 50 tập thể", "tôn vinh 100 người"), possibly with "cho" ("trao thưởng cho 20 em").
 */
export const AWARD_VERBS = [
  "vinh danh",
  "tôn vinh",
  "tuyên dương",
  "biểu dương",
  "khen thưởng",
  "tặng thưởng",
  "trao thưởng",
  "trao giải",
  "trao giải thưởng",
  "trao tặng",
  "phong tặng",
  "truy tặng",
  "bình chọn",
];

/**
 * Between an honouring verb and the number: "được vinh danh là một trong 100 doanh nghiệp", "bình chọn
 * trong số 20 …".
 */
export const AWARD_LINKS = ["cho", "là", "là một trong", "là một trong số", "một trong", "một trong số", "trong số"];

/**
 * Verbs of a prize or title given, whose object may stand a few words later after "cho": "trao giải
 * báo chí năm 2016 cho 27 tác phẩm", "phong tặng danh hiệu … cho 45 người" (not "trao tặng quà cho 500
 * công nhân": gifts are no award).
 */
export const AWARD_FOR_VERBS = ["trao giải", "trao giải thưởng", "trao thưởng", "tặng thưởng", "khen thưởng", "phong tặng", "truy tặng", "trao bằng khen", "tặng bằng khen", "trao huy chương"];

/**
 * Right after the counted noun (a few capitalised or describing words may stand between: "Bảy thí
 * sinh Việt Nam giành giải", "Hơn 60 tác phẩm xuất sắc đoạt Giải"): the count is of winners, an
 * award, whatever the noun ("5 dự án đoạt giải", "63 tác phẩm để trao giải").
 */
export const AWARD_AFTER = [
  "đoạt giải",
  "đạt giải",
  "giành giải",
  "giành được giải",
  "đoạt huy chương",
  "đạt huy chương",
  "giành huy chương",
  "nhận giải",
  "được trao giải",
  "để trao giải",
  "được giải",
  "được tặng",
  "được trao tặng",
  "được khen thưởng",
  "được khen",
  "được tuyên dương",
  "được biểu dương",
  "được vinh danh",
  "được tôn vinh",
  "được công nhận danh hiệu",
  "đạt danh hiệu",
  "được nhận danh hiệu",
  "được chọn để trao giải",
  "được chọn trao giải",
  "được bình chọn",
  "được phong tặng",
  "được truy tặng",
];

/** Right after a noun of people: they completed or entered a course ("430 học viên tốt nghiệp"). */
export const TRAINING_AFTER = [
  "tốt nghiệp",
  "trúng tuyển",
  "nhập học",
  "được đào tạo",
  "được tập huấn",
  "được bồi dưỡng",
  "bảo vệ thành công",
  "theo học",
  "được cử đi học",
  "đi học",
  "đang học",
];

/**
 * Right after the counted noun: the people take part in something ("10 học sinh tham dự đội tuyển
 * đều có giải", "440 thí sinh tham gia"). The noun's own category stands; clues farther in the
 * clause ("có giải", "giải Nhất") are about what they won together, not who they are.
 */
export const PARTICIPATION_AFTER = ["tham dự", "tham gia", "dự thi", "dự"];

/**
 * Words that may stand between a counted noun and the verb that tells its category ("Ba thí sinh
 * khác được tặng …", "60 tác phẩm xuất sắc đoạt Giải", "100 người hiến máu tiêu biểu …").
 */
export const DESCRIBING_WORDS = ["khác", "xuất sắc", "tiêu biểu", "còn lại", "đã", "đều", "cũng", "vừa", "này", "đó", "trên", "nói trên"];

/**
 * Award titles that, inside the noun phrase of a count, make it a count of titles awarded ("610 mô
 * hình dòng họ học tập", "83 gia đình văn hóa"): the phrase names the title.
 */
export const AWARD_TITLES_IN_PHRASE = [
  "dòng họ học tập",
  "gia đình học tập",
  "cộng đồng học tập",
  "đơn vị học tập",
  "gia đình văn hóa",
  "làng văn hóa",
  "khu dân cư văn hóa",
  "chiến sĩ thi đua",
  "lao động tiên tiến",
  "điển hình tiên tiến",
];

/**
 * Nouns of people in general (not of office or trade): only they take "other" from a clause
 * about victims, patients or defendants some words away ("đi khám từ 50 lần … có 2.776 người");
 * "3.000 cán bộ giám định" near "người bệnh" stays staff.
 */
export const GENERIC_PEOPLE = ["người", "lượt người", "công dân", "lượt công dân", "em", "cháu", "cá nhân", "gia đình", "thí sinh"];

/**
 * The words a counted noun phrase may not run into (its text ends before them): "65 CĐCS | thuộc …",
 * "9 tập thể | và"; a conjunction or an auxiliary that opens the rest of the clause, "1 nữ sinh | nên
 * …", "2 em | phải nhập viện" (not "cần", "liền", "muốn": "cây cần sa", "2 lần liền", "3 ước muốn";
 * not "hãy": folded it is "hãi", "sợ hãi").
 */
export const PHRASE_STOPS = [
  "và", "với", "của", "trong", "được", "đã", "đang", "sẽ", "cho", "tại", "là", "có", "đạt", "từ", "đến", "theo",
  "thuộc", "trên", "dưới", "so", "này", "đó", "các", "những", "nhưng", "khi", "để", "về", "bị", "vào", "ra",
  "tham", "nhận", "tăng", "giảm", "chiếm", "gồm", "như", "cùng", "thì", "mà", "hay", "hoặc", "không",
  "chưa", "còn", "vẫn", "đều", "cũng", "tới", "qua", "sau", "trước", "năm", "tháng", "ngày", "ở", "người", "đi", "trị",
  "nên", "rồi", "bèn", "phải",
] as const;

/** Verbs whose last word is a stop word: the phrase ends before the whole verb ("một con | trở nên …", "10 lực đẩy | tạo nên"). */
export const PHRASE_STOP_VERBS = ["trở nên", "tạo nên", "làm nên", "gây nên", "dựng nên"] as const;
