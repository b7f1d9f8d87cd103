/**
 * Words around a claim that may be said of another thing or time than the figure before it.
 * Plain spelling, matched folded.
 *
 *   PLAN_CLAIM_GLUE   what may stand between a percent of plan and a direction claimed for it
 *                     ("đạt 96% kế hoạch, như vậy đã vượt kế hoạch", "…, là chỉ tiêu duy nhất không
 *                     đạt kế hoạch", "…, dự kiến vượt dự toán"): any other word names a subject of its
 *                     own ("…, riêng lợi nhuận không đạt kế hoạch", "…, thu xuất nhập khẩu vượt dự
 *                     toán") unless the percent's own clause names it too (relate/plan-subject.ts).
 *                     The forecast words are here: relate/plan-forecast.ts judges them.
 *   REVIEW_PLANNED    before a review or an opening in its clause, it is only planned or asked for
 *                     ("dự kiến sơ kết …", "thông qua kế hoạch khai giảng …", "ban hành Kế hoạch … về
 *                     tổ chức tổng kết …", "hướng dẫn các trường tổ chức tổng kết …"): the date of the
 *                     meeting or of the document is not the day it is held (relate/period-planned.ts);
 *                     not "kế hoạch" in an office's name (PLAN_OFFICE_BEFORE, PLAN_OFFICE_AFTER).
 *   REVIEW_PLANNED_AFTER  the same said after it ("việc sơ kết quý I sẽ tổ chức vào …").
 */

export const PLAN_CLAIM_GLUE: readonly string[] = [
  // joins and adverbs
  "nhưng", "song", "tuy", "nhiên", "vậy", "mà", "vẫn", "cũng", "lại", "đã", "đều", "và", "nên", "do", "đó", "vì", "thế", "như", "là", "thì",
  "tức", "cơ", "bản", "được", "chưa", "không", "hoàn", "thành", "đạt", "mức",
  // the plan and who set it
  "kế", "hoạch", "chỉ", "tiêu", "dự", "toán", "mục", "đề", "ra", "giao", "duy", "nhất",
  // forecasts and the time of the claim
  "kiến", "ước", "tính", "báo", "phấn", "đấu", "sẽ", "có", "khả", "năng", "hướng", "tới", "cả", "năm", "nay", "toàn",
];

export const REVIEW_PLANNED: readonly string[] = ["dự kiến", "sẽ", "kế hoạch", "hướng dẫn", "chuẩn bị"];
/** The words before or after "kế hoạch" in an office's name ("Sở Kế hoạch và Đầu tư", "Phòng Tài chính - Kế hoạch"): no plan. */
export const PLAN_OFFICE_BEFORE: readonly string[] = ["sở", "phòng", "ban", "vụ", "cục", "chính", "-", "–"];
export const PLAN_OFFICE_AFTER: readonly string[] = ["và đầu tư", "đầu tư"];
export const REVIEW_PLANNED_AFTER: readonly string[] = ["sẽ", "dự kiến"];
