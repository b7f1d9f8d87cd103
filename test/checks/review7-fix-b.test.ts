/**
 * Review 7's false alarms of breakdown.sum, growth.delta, growth.rate, percent-total.sum and
 * share.of-whole (test/checks/review7-known.test.ts), fixed by shape: for each shape, sentences
 * of our own that must stay silent and contradictions of the same family that must still be
 * caught (arithmetic checked with python3 in the comments), then the review's own texts.
 */
import { E, runTable } from "./table.js";

// A later period told first, then the earlier, then the change (relate/growth-years.ts): the
// first figure is the value, the second the base — quarters and months as well as years.
runTable("growth: later period first, then the earlier, then the change", {
  valid: [
    // 2350-2100==250; round(250/2100*100,1)==11.9
    "Quý II/2025 giải ngân 2.350 tỷ đồng, quý II/2024 giải ngân 2.100 tỷ đồng, tăng 250 tỷ đồng (11,9%).",
    // 640-520==120; round(120/640*100,1)==18.8
    "Tháng 3/2025 tiếp nhận 520 hồ sơ, tháng 3/2024 tiếp nhận 640 hồ sơ, giảm 120 hồ sơ (18,8%).",
    // 86-72==14; round(14/72*100,1)==19.4
    "Năm 2025 kết nạp 86 đảng viên mới, năm 2024 kết nạp 72 đảng viên, tăng 14 đảng viên (19,4%).",
    // 45-38==7; round(7/45*100,1)==15.6 — the first figure's noun runs on before the comma
    "9 tháng đầu năm 2025 xảy ra 38 vụ cháy rừng, cùng kỳ năm 2024 xảy ra 45 vụ, giảm 7 vụ (15,6%).",
    // 450-380==70; round(70/450*100,1)==15.6 — a month against the month before
    "Tháng 10/2024 tiếp nhận 380 hồ sơ, tháng 9/2024 tiếp nhận 450 hồ sơ, giảm 70 hồ sơ (15,6%).",
    // in the order of time, as before: 1240-1100==140; round(140/1100*100,1)==12.7
    "Quý I/2024 thu 1.100 tỷ đồng, quý I/2025 thu 1.240 tỷ đồng, tăng 140 tỷ đồng (12,7%).",
    // review 7 (r7-141, 371, 372, 431, 432):
    // 45-38==7; round(7/45*100,1)==15.6
    "6 tháng đầu năm 2024 xảy ra 38 vụ tai nạn giao thông, cùng kỳ năm 2023 xảy ra 45 vụ, giảm 7 vụ (15,6%).",
    // 450-380==70; round(70/450*100,1)==15.6
    "Tháng 10/2024 tiếp nhận 380 hồ sơ, tháng 10/2023 tiếp nhận 450 hồ sơ, giảm 70 hồ sơ (15,6%).",
    // 1240-1100==140; round(140/1100*100,1)==12.7
    "Quý I/2025 thu 1.240 tỷ đồng, quý I/2024 thu 1.100 tỷ đồng, tăng 140 tỷ đồng (12,7%).",
    // 45-38==7; round(7/45*100,1)==15.6
    "Năm 2024 xảy ra 38 vụ tai nạn giao thông, năm 2023 xảy ra 45 vụ, giảm 7 vụ (15,6%).",
  ],
  invalid: [
    // round(250/2100*100,1)==11.9, not 13.5
    { text: "Quý II/2025 giải ngân 2.350 tỷ đồng, quý II/2024 giải ngân 2.100 tỷ đồng, tăng 250 tỷ đồng (13,5%).", errors: [E("growth.delta")] },
    // 640-520==120, not 100; round(100/640*100,1)==15.6, not 18.8
    { text: "Tháng 3/2025 tiếp nhận 520 hồ sơ, tháng 3/2024 tiếp nhận 640 hồ sơ, giảm 100 hồ sơ (18,8%).", errors: [E("growth.delta"), E("growth.delta")] },
    // round(7/45*100,1)==15.6, not 18.4 (18.4 would be 7/38)
    { text: "Năm 2024 xảy ra 38 vụ tai nạn giao thông, năm 2023 xảy ra 45 vụ, giảm 7 vụ (18,4%).", errors: [E("growth.delta")] },
    // in the order of time: round(140/1100*100,1)==12.7, not 11.3 (11.3 would be 140/1240)
    { text: "Quý I/2024 thu 1.100 tỷ đồng, quý I/2025 thu 1.240 tỷ đồng, tăng 140 tỷ đồng (11,3%).", errors: [E("growth.delta")] },
  ],
});

// A second change whose subject is the base year of the first (relate/growth-subject-year.ts):
// its value is that year's figure, not the first change's value.
runTable("growth: a second change of the base year", {
  valid: [
    // 52800/48000==1.1; 48000/40000==1.2
    "Sản lượng lúa năm 2024 đạt 52.800 tấn, tăng 10% so với năm 2023 (48.000 tấn); năm 2023 tăng 20% so với năm 2022 (40.000 tấn).",
    // 330000/300000==1.1; 300000/240000==1.25
    "Số du khách năm 2024 đạt 330.000 lượt, tăng 10% so với năm 2023 (300.000 lượt), còn năm 2023 tăng 25% so với năm 2022 (240.000 lượt).",
    // 660/600==1.1; 600/750==0.8
    "Kim ngạch xuất khẩu năm 2024 đạt 660 triệu USD, tăng 10% so với năm 2023 (600 triệu USD); riêng năm 2023 giảm 20% so với năm 2022 (750 triệu USD).",
    // review 7 (r7-143): round(1236/1100*100-100,1)==12.4; 1100/1000==1.1
    "Tổng thu năm 2024 đạt 1.236 tỷ đồng, tăng 12,4% so với năm 2023 (1.100 tỷ đồng); năm 2023 tăng 10% so với năm 2022 (1.000 tỷ đồng).",
  ],
  invalid: [
    // 48000/40000==1.2: 20%, not 15%
    { text: "Sản lượng lúa năm 2024 đạt 52.800 tấn, tăng 10% so với năm 2023 (48.000 tấn); năm 2023 tăng 15% so với năm 2022 (40.000 tấn).", errors: [E("growth.rate")] },
    // 300000/240000==1.25: 25%, not 20%
    { text: "Số du khách năm 2024 đạt 330.000 lượt, tăng 10% so với năm 2023 (300.000 lượt), còn năm 2023 tăng 20% so với năm 2022 (240.000 lượt).", errors: [E("growth.rate")] },
    // 600/750==0.8: a fall of 20%, not 25%
    { text: "Kim ngạch xuất khẩu năm 2024 đạt 660 triệu USD, tăng 10% so với năm 2023 (600 triệu USD); riêng năm 2023 giảm 25% so với năm 2022 (750 triệu USD).", errors: [E("growth.rate")] },
    // the first change wrong: 330000/300000==1.1: 10%, not 12%
    { text: "Số du khách năm 2024 đạt 330.000 lượt, tăng 12% so với năm 2023 (300.000 lượt), còn năm 2023 tăng 25% so với năm 2022 (240.000 lượt).", errors: [E("growth.rate")] },
  ],
});
