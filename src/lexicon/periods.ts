/**
 * Words that name the period a figure or a plan is for (read by relate/plan-period.ts).
 */
/** A period to come, named relative to the text's own: "kế hoạch năm tới", "chỉ tiêu năm học sau". */
export const NEXT_PERIOD_WORDS: readonly string[] = [
  "năm tới", "năm sau", "sang năm", "năm kế tiếp", "năm tiếp theo", "năm học tới", "năm học sau", "năm học mới",
  "giai đoạn tới", "giai đoạn tiếp theo", "nhiệm kỳ tới", "nhiệm kỳ sau", "thời gian tới", "kỳ tới", "mùa vụ tới", "vụ tới",
];
/** A period of several years, before "YYYY-YYYY": "giai đoạn 2026-2030", "nhiệm kỳ 2025-2030". */
export const SPAN_WORDS: readonly string[] = ["giai đoạn", "nhiệm kỳ", "thời kỳ", "kế hoạch", "chiến lược"];
/** A school or crop year across two calendar years: "năm học 2024-2025", "niên vụ 2024-2025". */
export const SCHOOL_YEAR_WORDS: readonly string[] = ["năm học", "niên học", "niên vụ", "niên khóa", "năm tài chính"];
/** Words before a year that compare with it rather than set the period: "so với năm 2023". */
export const COMPARED_BEFORE: readonly string[] = ["so với", "so", "với", "hơn", "từ", "trước", "cùng kỳ"];
