/**
 * plan.ratio / plan.direction and growth.rate / growth.direction / growth.multiple /
 * growth.delta / growth.over-100, through the pipeline, with plans and bases wherever the text
 * puts them.
 */
import { expect, test } from "vitest";
import { parseReport } from "../../src/index.js";
import { E, runTable, W } from "./table.js";

runTable("plan.ratio / plan.direction", {
  valid: [
    "Doanh thu đạt 3 tỷ đồng, bằng 150% kế hoạch 2 tỷ đồng.",
    "Thu ngân sách được 45,6 tỷ đồng, đạt 114% so với kế hoạch (40 tỷ đồng).",
    "Doanh thu đạt 1.200 tỷ đồng, bằng 98% kế hoạch năm nay (1.220 tỷ đồng).",
    "Sản lượng đạt 102% kế hoạch, vượt kế hoạch đề ra.",
    "Doanh thu vượt kế hoạch 12%.",
    "Doanh thu đạt 4 tỷ đồng, bằng 203% kế hoạch 2 tỷ đồng.",
    // the plan in the sentence after
    "Công ty đạt 56 tỷ đồng lợi nhuận, bằng 112% kế hoạch. Kế hoạch lợi nhuận năm là 50 tỷ đồng.",
    // "Với kế hoạch … là X"
    "Với kế hoạch được giao là 800 tấn, hợp tác xã đã thu hoạch 840 tấn, đạt 105% kế hoạch.",
    // two plans, two percents
    "Sản lượng đạt 7,9 triệu tấn, vượt 8% kế hoạch điều chỉnh (7,3 triệu tấn) và bằng 94% kế hoạch đầu năm (8,4 triệu tấn).",
    // a part's own plan is not the plan of the whole
    "Kế hoạch vốn năm là 2.000 tỷ đồng. Trong đó, vốn ngân sách tỉnh giải ngân 300 tỷ đồng, đạt 60% kế hoạch.",
    // "tăng N% so với kế hoạch" is the excess
    "Chi đầu tư đạt 308 tỷ đồng, tăng 37% so với dự toán (225 tỷ đồng).",
  ],
  invalid: [
    { text: "Doanh thu đạt 3,6 tỷ đồng, bằng 120% kế hoạch 2,5 tỷ đồng.", errors: [E("plan.ratio")] },
    { text: "Doanh thu đạt 4 tỷ đồng, bằng 180% kế hoạch (kế hoạch được giao 2 tỷ đồng).", errors: [E("plan.ratio")] },
    { text: "Sản lượng đạt 95% kế hoạch, vượt kế hoạch đề ra.", errors: [E("plan.direction")] },
    { text: "Công ty không đạt kế hoạch lợi nhuận (đạt 105% kế hoạch).", errors: [E("plan.direction")] },
    { text: "Doanh thu đạt 1.200 tỷ đồng, bằng 95% kế hoạch năm nay (1.220 tỷ đồng).", errors: [E("plan.ratio")] },
    { text: "Công ty đạt 56 tỷ đồng lợi nhuận, bằng 122% kế hoạch. Kế hoạch lợi nhuận năm là 50 tỷ đồng.", errors: [E("plan.ratio")] },
    { text: "Với kế hoạch được giao là 800 tấn, hợp tác xã đã thu hoạch 840 tấn, đạt 115% kế hoạch.", errors: [E("plan.ratio")] },
    { text: "Sản lượng đạt 7,9 triệu tấn, vượt 18% kế hoạch điều chỉnh (7,3 triệu tấn).", errors: [E("plan.ratio")] },
    { text: "Lợi nhuận năm nay đạt 38 tỷ đồng, hoàn thành vượt kế hoạch (40 tỷ đồng).", errors: [E("plan.direction")] },
  ],
});

runTable("growth", {
  valid: [
    "Lợi nhuận đạt 120 tỷ đồng, tăng 20% so với cùng kỳ năm trước (100 tỷ đồng).",
    "Số hội viên tăng từ 400 người lên 500 người, tăng 25%.",
    "Chi phí giảm từ 80 tỷ đồng xuống 60 tỷ đồng, giảm 25%.",
    "Số lao động giảm từ 1.500 người năm 2020 xuống còn 1.200 người năm 2022, giảm 20%.",
    "Doanh thu đạt 5,5 tỷ đồng, tăng 10% so với năm trước (năm trước đạt 5 tỷ đồng).",
    "Sản lượng tăng từ 12.000 tấn lên 36.300 tấn, gấp hơn 3 lần.",
    "Chỉ số chứng khoán đóng cửa ở mức 1.050,4 điểm, giảm 10,5 điểm, tương đương 0,99%.",
    // rounding within the precision written
    "Kim ngạch đạt 4,4 tỷ USD, tăng 9,8% so với cùng kỳ (4,01 tỷ USD).",
  ],
  invalid: [
    { text: "Lợi nhuận đạt 120 tỷ đồng, tăng 30% so với cùng kỳ năm trước (100 tỷ đồng).", errors: [E("growth.rate")] },
    { text: "Chi phí giảm từ 80 tỷ đồng xuống 60 tỷ đồng, giảm 35%.", errors: [E("growth.rate")] },
    { text: "Số lao động giảm từ 1.500 người năm 2020 xuống còn 1.200 người năm 2022, giảm 30%.", errors: [E("growth.rate")] },
    { text: "Doanh thu đạt 5,5 tỷ đồng, tăng 40% so với năm trước (năm trước đạt 5 tỷ đồng).", errors: [E("growth.rate")] },
    { text: "Sản lượng tăng từ 12.000 tấn lên 36.300 tấn, gấp 4 lần.", errors: [E("growth.multiple")] },
    { text: "Chỉ số chứng khoán đóng cửa ở mức 1.050,4 điểm, giảm 10,5 điểm, tương đương 1,9%.", errors: [E("growth.delta")] },
    { text: "Số vụ cháy là 48 vụ, tăng 12% so với năm trước (55 vụ).", errors: [E("growth.direction")] },
    { text: "Số vụ vi phạm giảm 130% so với năm trước.", errors: [W("growth.over-100")] },
    {
      text: "Năm 2022, tỉnh thu hút 2,4 triệu lượt khách. Năm 2023, tỉnh thu hút 2,9 triệu lượt khách, tăng 40% so với năm 2022.",
      errors: [E("growth.rate")],
    },
  ],
});

test("plan.direction on one A/B figure names it once, as a percent of plan", () => {
  const r = parseReport("Năm 2024, huyện kết nạp 172/150 đảng viên mới, không đạt kế hoạch.");
  const f = r.findings.find((x) => x.rule === "plan.direction");
  expect(f?.severity).toBe("error");
  expect(f?.message.en).toContain("172/150 đảng viên mới is 114.7% of plan");
  expect(f?.message.vi).toContain("172/150 đảng viên mới là 114,7% kế hoạch");
  expect(f?.message.en).not.toContain("against 172/150");
});
