/**
 * Vietnamese number words and the words around numbers (qualifiers, date/ordinal context).
 *
 *   "hai mươi lăm" → 25    "một trăm linh năm" → 105    "hai triệu rưỡi" → 2 500 000
 *   "mười lăm" → 15        "ba mươi tư" → 34            "một nghìn tỷ" → 1e12
 *   "khoảng 50" (about)    "hơn 200" (lower bound)      "dưới 5.000" (upper bound)
 *
 * Matching is on the folded key (fold.ts): "tỷ" also matches "tỉ", "mười" / "mươi" stay apart.
 */

/** Digit words 1–9. "mốt" (1), "tư" (4), "lăm"/"nhăm" (5) only follow "mươi"/"mười". */
export const DIGIT_WORDS: readonly (readonly [string, number])[] = [
  ["một", 1],
  ["mốt", 1],
  ["hai", 2],
  ["ba", 3],
  ["bốn", 4],
  ["tư", 4],
  ["năm", 5],
  ["lăm", 5],
  ["nhăm", 5],
  ["sáu", 6],
  ["bảy", 7],
  ["bẩy", 7],
  ["tám", 8],
  ["chín", 9],
];

/** Digit words that never start a number: "mốt", "tư", "lăm", "nhăm" (only after mươi/mười). */
export const TAIL_ONLY_DIGITS = ["mốt", "tư", "lăm", "nhăm"];

/** "mười" = 10 on its own or before a digit ("mười hai" = 12). */
export const TEN_WORDS = ["mười"];
/** "mươi" multiplies the digit before it by ten ("hai mươi" = 20). */
export const TENS_WORDS = ["mươi"];
/** "linh"/"lẻ" mark an empty tens place ("một trăm linh năm" = 105). */
export const LINH_WORDS = ["linh", "lẻ"];
/** "rưỡi" after a scale adds half of it ("hai triệu rưỡi" = 2 500 000, "một trăm rưỡi" = 150). */
export const HALF_WORDS = ["rưỡi"];
/** "chục" = ten of ("hai chục" = 20). */
export const CHUC_WORDS = ["chục"];
/**
 * "không" = an empty hundreds place inside a larger number, only before "trăm" after a scale of a
 * thousand or more ("hai mươi mốt nghìn không trăm mười một" = 21 011); alone it is no number.
 */
export const ZERO_WORDS = ["không"];
/** The decimal point spoken: "ba phẩy bốn lăm" = 3.45, "hai chấm tám" = 2.8, "2 phẩy 5 triệu" = 2 500 000. */
export const POINT_WORDS = ["phẩy", "chấm"];

/** Scale words, multipliers. "tỷ" also matches "tỉ" (folded). Compounds multiply: "nghìn tỷ" = 1e12. */
export const SCALE_WORDS: readonly (readonly [string, number])[] = [
  ["trăm", 100],
  ["nghìn", 1e3],
  ["ngàn", 1e3],
  ["vạn", 1e4],
  ["triệu", 1e6],
  ["tỷ", 1e9],
];

/**
 * A scale word that starts a compound noun is no scale: "năm 2015 tỷ lệ 15%" (a rate), "3 tỷ phú"
 * (billionaires), "2-3 triệu chứng" (symptoms), "1/2 tỷ trọng" (a share). Scale word → the
 * second syllables that make the compound.
 */
export const SCALE_COMPOUNDS: readonly (readonly [string, readonly string[]])[] = [
  ["tỷ", ["lệ", "trọng", "suất", "phú"]],
  ["triệu", ["chứng", "phú"]],
];

/**
 * Words before a number that qualify it: approx, and which bound it gives.
 * "khoảng 50", "gần 1 tỉ", "hơn 200 tỷ", "trên 10%", "dưới 6.000 tỷ", "ước đạt 15.840 tỷ".
 */
export const QUALIFIERS: readonly (readonly [string, "about" | "lower" | "upper"])[] = [
  ["khoảng", "about"],
  ["vào khoảng", "about"],
  ["ước khoảng", "about"],
  ["ước tính khoảng", "about"],
  ["ước tính", "about"],
  ["ước đạt", "about"],
  ["ước thực hiện", "about"],
  ["ước thực hiện đạt", "about"],
  ["ước thực hiện là", "about"],
  ["ước", "about"],
  ["xấp xỉ", "about"],
  ["chừng", "about"],
  ["khoảng chừng", "about"],
  ["gần như", "about"],
  ["gần", "about"],
  ["hàng", "about"],
  ["ngót", "about"],
  ["ngót nghét", "about"],
  ["trên dưới", "about"],
  ["tầm", "about"],
  ["hơn", "lower"],
  ["trên", "lower"],
  ["ít nhất", "lower"],
  ["tối thiểu", "lower"],
  ["không dưới", "lower"],
  ["không ít hơn", "lower"],
  ["dưới", "upper"],
  ["tối đa", "upper"],
  ["không quá", "upper"],
  ["nhiều nhất", "upper"],
  ["chưa đến", "upper"],
  ["chưa tới", "upper"],
  ["chưa đầy", "upper"],
  ["không đầy", "upper"],
  ["không tới", "upper"],
  ["không đến", "upper"],
];

/**
 * The qualifiers of QUALIFIERS that say a figure is an estimate, not that it is rounded: "ước đạt
 * 1.248 triệu USD" is a number the writer worked out to its digits (src/check/precision.ts reads
 * it as an estimate, not as "khoảng"); "ước khoảng", "ước tính khoảng" stay "about".
 */
export const ESTIMATE_QUALIFIERS: readonly string[] = ["ước", "ước đạt", "ước tính", "ước tính đạt", "ước thực hiện", "ước thực hiện đạt", "ước thực hiện là"];

/**
 * Qualifiers that only ever bound an amount, never a year: "hơn 2000 điểm bán" is a count, while
 * "ước 2014", "hàng 2016" (nouns) and "nhiều nhất 2016" may stand before a year.
 */
export const AMOUNT_QUALIFIERS = [
  "khoảng", "vào khoảng", "ước khoảng", "ước tính khoảng", "xấp xỉ", "chừng", "khoảng chừng", "gần", "ngót", "ngót nghét",
  "trên dưới", "hơn", "trên", "ít nhất", "tối thiểu", "không dưới", "dưới", "tối đa", "không quá", "chưa đến", "chưa tới",
  "chưa đầy", "không đầy", "không tới", "không đến",
];

/** Words after a figure that make it a bound: "từ 10% trở lên", "80% trở lên". */
export const BOUND_AFTER: readonly (readonly [string, "lower" | "upper"])[] = [
  ["trở lên", "lower"],
  ["trở xuống", "upper"],
];

/**
 * Words after which a number is a date, a time or a year, never an amount, up to a largest
 * value: "ngày 8.2", "tháng 5", "quý 3", "năm 2022" (but "6 tháng 128 ngàn tỷ" is an amount).
 */
export const DATE_CONTEXT: readonly (readonly [string, number])[] = [
  ["ngày", 31],
  ["sáng", 31],
  ["chiều", 31],
  ["tối", 31],
  ["trưa", 31],
  ["đêm", 31],
  ["hôm", 31],
  ["mùng", 31],
  ["mồng", 31],
  ["tháng", 12],
  ["quý", 4],
  ["năm", 2100],
  ["niên khoá", 2100],
  ["năm học", 2100],
];

/** Words before "A/B" that make it a day and month: "dịp 2/9", "từ 1/7", "vào 7/7". */
export const PAIR_DATE_WORDS = ["dịp", "từ", "đến", "tới", "vào", "trước", "sau", "hôm", "lễ", "tết"];
/** Words after "A/B" that make it a day and month: "2/9 năm nay", "7/7 vừa qua". */
export const PAIR_DATE_AFTER = ["năm", "vừa", "tới", "qua", "tại", "hằng", "hàng", "tháng", "lúc", "sáng", "chiều", "tối", "đến", "và", "này", "nay", "trước", "sau", "là", "của", "với", "ở"];

/**
 * Names of legal documents: "A/B" right after one (with or without "số") is the document's number
 * and year, not a part of a whole ("Nghị định 24/2014", "Thông tư số 42/2012", "Quyết định 1600/2016").
 */
export const DOCUMENT_WORDS = ["nghị định", "thông tư", "quyết định", "chỉ thị", "nghị quyết", "công văn", "văn bản", "luật", "pháp lệnh", "thông báo", "kế hoạch", "tờ trình", "công điện"];

/** Words after which a number is an ordinal ("thứ ba", "lần thứ 12", "hạng 3", "khoá XIV"). */
export const ORDINAL_CONTEXT = ["thứ", "hạng", "khoá", "lớp", "tập", "kỳ", "đợt", "giai đoạn", "phần", "chương", "mục", "điều", "khoản", "quận", "tổ"];

/**
 * Words that end in a word of ORDINAL_CONTEXT and are no ordinal's word: a number after them is an
 * amount ("Công ty cổ phần 1.745 doanh nghiệp", a kind of company and its count; "danh mục 30 dự
 * án", a list and what it holds; "triệu tập 120 tổ chức, cá nhân", a verb), where "phần 2", "mục 3", "tập 4" number parts. After "mỗi" the number is what
 * each holds ("mở 12 lớp, mỗi lớp 40 học viên", "mỗi đợt 60 người", "mỗi tổ 5 người"), no class's or
 * round's number ("mỗi thứ 2" is every Monday: not listed).
 */
export const NOT_ORDINAL_COMPOUNDS = ["cổ phần", "danh mục", "triệu tập", ...["hạng", "khoá", "lớp", "tập", "kỳ", "đợt", "phần", "chương", "mục", "khoản", "tổ"].map((w) => `mỗi ${w}`)];

/**
 * Words after "một" that make it an article or an idiom, not the number 1:
 * "một số", "một trong những", "một cách", "một phần".
 */
export const MOT_IDIOMS = ["số", "trong", "cách", "phần", "chút", "khi", "lúc", "mặt", "vài", "nửa", "thời", "hồi", "ít", "loạt", "nào", "khác", "mình", "lòng", "tay", "cái", "chiều", "sự"];

/**
 * Syllables before "hai" that make it a typo for "hại" (harm), not 2: "bị xâm hai tình dục", "thiệt
 * hai", "nguy hai" (none of them stands before a number; "tác", "phá" do: "hợp tác hai nước",
 * "khám phá hai thành phố").
 */
export const HAI_TYPO_BEFORE = ["xâm", "thiệt", "nguy"];

/** Words after "ba" that make it a parent ("ba mẹ", southern "parents"), not 3. */
export const BA_IDIOMS = ["mẹ", "má"];
