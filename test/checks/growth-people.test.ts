/**
 * A change of people told as "người" after a count of people under its own noun: "có 3.846 lao
 * động, tăng 412 người, tương đương 12%" is one measure, the change's value the count before it
 * (growth.ts deltaRate, peopleByNguoi) — only the first count of people in its sentence, since after
 * "trong đó 1.200 lao động nữ" the change may be the whole's. Sentences written for this table;
 * arithmetic by python3 in each comment.
 */
import { runTable } from "./table.js";

const E = (rule: string) => ({ rule, severity: "error" as const });

runTable("growth: people counted by their noun, the change by 'người'", {
  valid: [
    // 412 / (3846 - 412) == 11.998 → 12%
    "Năm 2024 có 3.846 lao động, tăng 412 người, tương đương 12% so với năm 2023.",
    // 860 / (12460 - 860) == 7.414 → 7,4%
    "Toàn tỉnh có 12.460 đoàn viên, tăng 860 người (7,4%) so với năm trước.",
    // 35 / (520 - 35) == 7.216 → 7,2%
    "Chi bộ có 520 đảng viên, tăng 35 người, tương đương 7,2% so với đầu nhiệm kỳ.",
    // the change may be the whole's (412 / 3434 == 12%), not the women's: silent
    "Công ty có 3.846 lao động, trong đó 1.200 lao động nữ, tăng 412 người, tương đương 12%.",
    // households, then people: two measures, nothing read
    "Huyện có 1.240 hộ nghèo, giảm 120 người, tương đương 8,8%.",
  ],
  invalid: [
    // 412 / 3434 == 12.0%, not 14,6%
    { text: "Năm 2024 có 3.846 lao động, tăng 412 người, tương đương 14,6% so với năm 2023.", errors: [E("growth.delta")] },
    // 860 / 11600 == 7.41%, not 9,4%
    { text: "Toàn tỉnh có 12.460 đoàn viên, tăng 860 người (9,4%) so với năm trước.", errors: [E("growth.delta")] },
    // 35 / 485 == 7.22%, not 9,2%
    { text: "Chi bộ có 520 đảng viên, tăng 35 người, tương đương 9,2% so với đầu nhiệm kỳ.", errors: [E("growth.delta")] },
  ],
});
