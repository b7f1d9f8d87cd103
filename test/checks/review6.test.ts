/**
 * Review 6: a quick false-alarm review of this round's merged main (/tmp/rev6, 152 consistent
 * excerpts and 30 contradictions written before the run by a helper that read no checker code).
 * Its three false errors, by shape: a product whose total says it covers more or is a balance
 * (rows in misses-s32.test.ts, beside product.ts's own), and a part's plan read as the whole's plan
 * told before the part's "trong đó" (relate/plan.ts labelledPlan). The sentences below are of this
 * file's own, beside review 6's case; the arithmetic is in the comment above each.
 */
import { E, runTable } from "./table.js";

runTable("review6: a part's own plan after 'trong đó' is not the whole's", {
  valid: [
    // review 6 (r6-098): 540 ÷ 600 = 90%; the province's capital has a plan of its own (300 ÷ 400 = 75%)
    "Đã giải ngân 540 tỷ đồng (đạt 90% kế hoạch vốn 600 tỷ đồng), trong đó vốn ngân sách tỉnh 300 tỷ đồng (75% kế hoạch vốn tỉnh).",
    "Đã giải ngân 540 tỷ đồng (đạt 90% kế hoạch vốn 600 tỷ đồng), trong đó vốn ngân sách tỉnh 300 tỷ đồng (đạt 75% kế hoạch).",
    // 420 ÷ 400 = 105%; the domestic revenue's plan is not stated (300 ÷ 110% ≈ 273)
    "Năm 2024, huyện thu ngân sách 420 tỷ đồng, đạt 105% dự toán (400 tỷ đồng), trong đó thu nội địa 300 tỷ đồng, đạt 110% dự toán thu nội địa.",
  ],
  invalid: [
    // the whole's own rate is still checked: 540 ÷ 600 = 90%, not 80%
    { text: "Đã giải ngân 540 tỷ đồng (đạt 80% kế hoạch vốn 600 tỷ đồng), trong đó vốn ngân sách tỉnh 300 tỷ đồng (75% kế hoạch vốn tỉnh).", errors: [E("plan.ratio")] },
    // 420 ÷ 400 = 105%, not 115%
    { text: "Năm 2024, huyện thu ngân sách 420 tỷ đồng, đạt 115% dự toán (400 tỷ đồng), trong đó thu nội địa 300 tỷ đồng, đạt 110% dự toán thu nội địa.", errors: [E("plan.ratio")] },
  ],
});
