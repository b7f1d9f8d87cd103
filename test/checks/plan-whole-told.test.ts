/**
 * A plan percent after a "trong đó" list: the figure right before it is the list's last part, but the
 * ratio told may be the whole's ("kết nạp 186 đảng viên mới, trong đó 64 đảng viên nữ và 12 đảng viên
 * …, đạt 103,3% chỉ tiêu (180 đảng viên)": 186 ÷ 180). plan.ts wholeTold: the whole is the actual when
 * whole ÷ plan is the percent and part ÷ plan is not (blind audit 12's false error, also on 5b9bf80); a
 * percent that fits neither stays an error, and a part with its own plan stays the part's.
 * Sentences written for this table; arithmetic by python3 in each comment.
 */
import { runTable } from "./table.js";

const E = (rule: string) => ({ rule, severity: "error" as const });

runTable("plan: the whole's ratio told after its list", {
  valid: [
    // 186 / 180 == 103.33
    "Năm 2025, Đảng bộ huyện kết nạp 186 đảng viên mới, trong đó 64 đảng viên nữ và 12 đảng viên là người dân tộc thiểu số, đạt 103,3% chỉ tiêu Nghị quyết (180 đảng viên).",
    // 1246 / 1200 == 103.83
    "Năm 2024, toàn tỉnh giải quyết việc làm cho 1.246 lao động, trong đó 412 lao động nữ, đạt 103,8% kế hoạch (1.200 lao động).",
    // 520 / 500 == 104
    "Hội phát triển 520 hội viên mới, trong đó 96 hội viên trẻ, đạt 104% chỉ tiêu (500 hội viên).",
  ],
  invalid: [
    // 186 / 180 == 103.3, 12 / 180 == 6.7: neither is 110,3
    { text: "Năm 2025, Đảng bộ huyện kết nạp 186 đảng viên mới, trong đó 64 đảng viên nữ và 12 đảng viên là người dân tộc thiểu số, đạt 110,3% chỉ tiêu Nghị quyết (180 đảng viên).", errors: [E("plan.ratio")] },
    // 1246 / 1200 == 103.8, 412 / 1200 == 34.3: neither is 98%
    { text: "Năm 2024, toàn tỉnh giải quyết việc làm cho 1.246 lao động, trong đó 412 lao động nữ, đạt 98% kế hoạch (1.200 lao động).", errors: [E("plan.ratio")] },
  ],
});
