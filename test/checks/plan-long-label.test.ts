/**
 * A plan told in the sentence before whose plan word opens a long clause: "Chỉ tiêu tuyển sinh lớp 10
 * trung học phổ thông công lập năm học 2025-2026 của tỉnh … là 14.200 học sinh." The plan word may
 * stand up to 130 characters before the figure in its clause (plan.ts clauseOf; it was 90, and the
 * plan went unread). Sentences written for this table; arithmetic by python3 in each comment.
 */
import { runTable } from "./table.js";

const E = (rule: string) => ({ rule, severity: "error" as const });

runTable("plan: a plan word opening a long clause in the sentence before", {
  valid: [
    // 13486 / 14200 == 94.97 → 95%
    "Chỉ tiêu tuyển sinh lớp 10 trung học phổ thông công lập năm học 2025-2026 của tỉnh Hải Dương là 14.200 học sinh. Kết thúc kỳ tuyển sinh, các trường đã tuyển được 13.486 học sinh, đạt 95% chỉ tiêu.",
    // 2846 / 2960 == 96.15 → 96,1%
    "Kế hoạch phát triển đoàn viên công đoàn mới tại các doanh nghiệp ngoài nhà nước trên địa bàn thành phố trong năm 2025 là 2.960 người. Đến hết năm, các cấp công đoàn đã kết nạp 2.846 đoàn viên, đạt 96,1% kế hoạch.",
    // 5120 / 4800 == 106.67 → 106,7%
    "Chỉ tiêu giải quyết việc làm mới cho lao động nông thôn và lao động thuộc hộ nghèo, hộ cận nghèo của huyện năm 2025 được giao là 4.800 lao động. Năm 2025, huyện đã giải quyết việc làm cho 5.120 lao động, đạt 106,7% chỉ tiêu.",
    // a plan of another thing (households), the actual in people: not tied
    "Chỉ tiêu hỗ trợ xây dựng nhà ở cho hộ nghèo, hộ cận nghèo và hộ có hoàn cảnh khó khăn trên địa bàn tỉnh năm 2025 là 1.250 hộ. Toàn tỉnh đã có 1.180 người được hỗ trợ việc làm, đạt 98% kế hoạch.",
  ],
  invalid: [
    // 13486 / 14200 == 94.97%, not 97,2%
    { text: "Chỉ tiêu tuyển sinh lớp 10 trung học phổ thông công lập năm học 2025-2026 của tỉnh Hải Dương là 14.200 học sinh. Kết thúc kỳ tuyển sinh, các trường đã tuyển được 13.486 học sinh, đạt 97,2% chỉ tiêu.", errors: [E("plan.ratio")] },
    // 2846 / 2960 == 96.15%, not 93,1%
    { text: "Kế hoạch phát triển đoàn viên công đoàn mới tại các doanh nghiệp ngoài nhà nước trên địa bàn thành phố trong năm 2025 là 2.960 người. Đến hết năm, các cấp công đoàn đã kết nạp 2.846 đoàn viên, đạt 93,1% kế hoạch.", errors: [E("plan.ratio")] },
    // 5120 / 4800 == 106.67%, not 110,7%
    { text: "Chỉ tiêu giải quyết việc làm mới cho lao động nông thôn và lao động thuộc hộ nghèo, hộ cận nghèo của huyện năm 2025 được giao là 4.800 lao động. Năm 2025, huyện đã giải quyết việc làm cho 5.120 lao động, đạt 110,7% chỉ tiêu.", errors: [E("plan.ratio")], fails: "no finding: a comma inside the plan's label ('hộ nghèo, hộ cận nghèo') cuts the clause before its plan word" },
  ],
});
