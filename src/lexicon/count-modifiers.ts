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
];

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
