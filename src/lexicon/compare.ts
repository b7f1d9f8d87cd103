/**
 * Words that tie figures together: comparisons, bases, breakdown markers, estimates.
 *
 *   "đạt 217% so với kế hoạch"      → relation "đạt", basis "kế hoạch"
 *   "tăng 20% so với cùng kỳ"       → relation "tăng", basis "cùng kỳ"
 *   "03 nhiệm vụ (trong đó có …)"   → breakdown marker "trong đó có" (partial)
 *   "5.204 tỷ đồng gồm …"           → breakdown marker "gồm" (exhaustive)
 *   "doanh thu ước đạt 3,247 tỷ"    → estimate word "ước"
 * Used by src/report/link.ts and the checks in src/check/.
 */

/** Relation words before a figure, as in the schema's Relation enum (longest first when matched). */
export const RELATION_WORDS: readonly (readonly [string, string])[] = [
  ["không đạt", "không đạt"],
  ["chưa đạt", "không đạt"],
  ["hoàn thành", "hoàn thành"],
  ["đạt", "đạt"],
  ["vượt", "vượt"],
  ["tăng", "tăng"],
  ["giảm", "giảm"],
  ["bằng", "bằng"],
  ["chiếm", "chiếm"],
  ["còn", "còn"],
];

/** What a figure is compared with ("so với …"); the core of the basis as written. */
export const BASIS_WORDS: readonly string[] = [
  "kế hoạch",
  "chỉ tiêu",
  "dự toán",
  "mục tiêu",
  "cùng kỳ",
  "năm trước",
  "năm ngoái",
  "tháng trước",
  "quý trước",
  "kỳ trước",
  "nhiệm kỳ trước",
];

/** Words that mark an estimate before a figure. */
export const ESTIMATE_WORDS: readonly string[] = ["ước", "ước đạt", "ước tính", "ước thực hiện", "dự kiến", "dự ước"];

/** Function words stripped from the ends of a subject phrase ("doanh thu ước đạt" → "doanh thu"). */
export const SUBJECT_TRIM: readonly string[] = [
  "ước đạt", "ước tính", "ước thực hiện", "ước", "dự kiến", "đạt", "là", "có", "khoảng", "hơn", "xuống",
  "trên", "gần", "dưới", "với", "được", "tổng", "tổng cộng", "lên", "tới", "đến", "thêm", "thực hiện",
  "và", "còn", "đã", "cả", "tăng", "giảm", "vượt", "bằng", "chiếm", "hoàn thành", "không đạt",
  "chưa đạt", "chỉ", "mức", "của", "từ", "gồm", "bao gồm", "trong đó", "trong đó có", "riêng",
  "cụ thể", "theo đó", "hiện", "nay", "hiện nay", "đến nay", "tính đến", "năm", "với tổng",
  "tất cả", "mới", "cho", "chỉ có", "đều", "nhưng", "song", "mà", "thì", "lại", "cũng",
];

/** A multiple said in a word after "gấp", with no "lần": "tăng gấp rưỡi" = 1,5 times, "gấp đôi" = 2 times. */
export const MULTIPLE_WORDS: readonly (readonly [string, number])[] = [
  ["rưỡi", 1.5],
  ["đôi", 2],
];
