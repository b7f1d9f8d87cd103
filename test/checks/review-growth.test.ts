/**
 * A review of the ratio-form growth ("bằng 115,6% so với cùng kỳ") and of the tighter reading of
 * estimates, where they reach the older base-finders: a bracketed difference taken for the base,
 * "so với năm 2023" tied to the first figure of that year and not the matching one, an estimate
 * whose trailing zeros are grouped digits ("ước đạt 1.200.000 tấn") read to the tấn, and a ratio
 * after a list tied to its last item. Every text here is consistent: none may raise an error or a
 * warning. The true contradictions beside them stay errors.
 *
 * The sentences are invented for these tables.
 */
import { E, runTable } from "./table.js";

runTable("review of growth: a bracketed difference is no base", {
  valid: [
    "Doanh thu đạt 520 tỷ đồng, bằng 115,6% so với cùng kỳ (+70 tỷ đồng).",
    "Doanh thu đạt 520 tỷ đồng, bằng 115,6% so với cùng kỳ (cao hơn 70 tỷ đồng).",
    "Doanh thu đạt 520 tỷ đồng, bằng 115,6% so với cùng kỳ (tương ứng 70 tỷ đồng).",
    "Doanh thu đạt 520 tỷ đồng, bằng 115,6% so với cùng kỳ (chênh lệch 70 tỷ đồng).",
    "Số vụ tai nạn giao thông là 152 vụ, bằng 92% so với cùng kỳ (ít hơn 13 vụ).",
    "Doanh thu đạt 520 tỷ đồng, tăng 15,6% so với cùng kỳ (+70 tỷ đồng).",
    "Doanh thu đạt 520 tỷ đồng, tăng 15,6% so với cùng kỳ (cao hơn 70 tỷ đồng).",
    "Doanh thu đạt 520 tỷ đồng, tăng 15,6% so với cùng kỳ (tương ứng 70 tỷ đồng).",
    "Doanh thu đạt 520 tỷ đồng, tăng 15,6% so với cùng kỳ (chênh lệch 70 tỷ đồng).",
    "Số vụ tai nạn giao thông là 152 vụ, giảm 8% so với cùng kỳ (ít hơn 13 vụ).",
  ],
  invalid: [
    // the base itself in the bracket is still read
    { text: "Doanh thu đạt 520 tỷ đồng, bằng 108,6% so với cùng kỳ (450 tỷ đồng).", errors: [E("growth.rate")] },
    { text: "Doanh thu đạt 520 tỷ đồng, tăng 8,6% so với cùng kỳ (cùng kỳ đạt 450 tỷ đồng).", errors: [E("growth.rate")] },
  ],
});
