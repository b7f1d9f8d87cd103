/**
 * Review 6: a quick false-alarm review of this round's merged main (/tmp/rev6, 152 consistent
 * excerpts and 30 contradictions written before the run by a helper that read no checker code).
 * Its three false errors, by shape: a product whose total says it covers more or is a balance
 * (rows in misses-s32.test.ts, beside product.ts's own), and a part's plan read as the whole's plan
 * told before the part's "trong đó" (relate/plan.ts labelledPlan). The sentences below are of this
 * file's own, beside review 6's case; the arithmetic is in the comment above each.
 */
import { E, W, runTable } from "./table.js";

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

runTable("review6: after ';', a split of its own or an attribute of the whole ends the list", {
  valid: [
    // review 6 (r6-046): 250 + 200 + 150 = 600 is the split by commune, not more parts of 'trong đó 400 …'
    "Tổng số 600 hộ nghèo, trong đó 400 hộ nghèo thuộc chính sách bảo trợ; chia theo xã: xã A 250 hộ, xã B 200 hộ, xã C 150 hộ.",
    // 320 + 280 = 600 by sex; 350 + 250 = 600 by place
    "Năm 2024, xã có 600 hội viên, trong đó 350 hội viên ở thôn Đông, 250 hội viên ở thôn Tây; phân theo giới tính có 320 nam, 280 nữ.",
    "Toàn huyện có 1.200 học sinh, trong đó 500 học sinh tiểu học, 400 học sinh THCS; theo địa bàn: thị trấn 700 học sinh, các xã 500 học sinh.",
    // review 6 (r6-048): 700 + 250 + 50 = 1.000; 420 women are counted across all three
    "Tổng số 1.000 lao động được giải quyết việc làm, trong đó trong tỉnh 700 người, ngoài tỉnh 250 người, xuất khẩu lao động 50 người; lao động nữ 420 người.",
    "Năm 2024, huyện đào tạo nghề cho 900 người, trong đó sơ cấp 600 người, dưới 3 tháng 300 người; học viên nữ 510 người.",
    // 580 + 420 = 1.000: the same attribute on both sides of the ';'
    "Tổng số 1.000 lao động, trong đó lao động nam 580 người; lao động nữ 420 người.",
  ],
  invalid: [
    // the first list is still checked: 700 + 450 = 1.150 > 1.000 (a warning: the parts may overlap)
    { text: "Tổng số 1.000 lao động, trong đó trong tỉnh 700 người, ngoài tỉnh 450 người; lao động nữ 420 người.", errors: [W("breakdown.sum")] },
    // 400 + 300 = 700 > 600 before the split by commune
    { text: "Tổng số 600 hộ nghèo, trong đó 400 hộ thuộc chính sách bảo trợ, 300 hộ thuộc diện khác; chia theo xã: xã A 250 hộ, xã B 200 hộ, xã C 150 hộ.", errors: [W("breakdown.sum")] },
    // one attribute on both sides: 680 + 420 = 1.100 > 1.000
    { text: "Tổng số 1.000 lao động, trong đó lao động nam 680 người; lao động nữ 420 người.", errors: [E("breakdown.sum")] },
  ],
});

runTable("review6: a number after the whole's noun that counts a noun of its own is a part, not a label's number", {
  valid: [
    // 700 + 250 + 50 = 1.000 ("lao động 50 người" is 50 people, not "lao động" number 50)
    "Tổng số 1.000 lao động được giải quyết việc làm, trong đó trong tỉnh 700 người, ngoài tỉnh 250 người, xuất khẩu lao động 50 người.",
  ],
  invalid: [
    // 700 + 250 + 150 = 1.100 > 1.000 (the third part was not read before)
    { text: "Tổng số 1.000 lao động được giải quyết việc làm, trong đó trong tỉnh 700 người, ngoài tỉnh 250 người, xuất khẩu lao động 150 người.", errors: [W("breakdown.sum")] },
  ],
});
