/**
 * A change stated as an amount alone, with its base written after the basis (relate/growth-delta.ts,
 * measure "delta"): the value less the base against the change, its way (growth.direction) and its
 * size (growth.delta). Found by probes written after blind audit 6: "tăng 380 em so với năm học
 * trước (2.150 em)" and "giảm 8 vụ so với năm 2023 (39 vụ)" raised nothing.
 */
import { E, runTable } from "./table.js";

runTable("growth: a delta with its stated base", {
  valid: [
    // 2.480 − 2.150 = 330
    "Năm học 2024-2025, Trường THCS Nguyễn Du có 2.480 học sinh, tăng 330 học sinh so với năm học trước (2.150 học sinh).",
    // 47 − 39 = 8, a rise
    "Năm 2024, trên địa bàn huyện xảy ra 47 vụ cháy, tăng 8 vụ so với năm 2023 (39 vụ), thiệt hại ước tính 3,2 tỷ đồng.",
    // 31 − 39 = −8, a fall
    "Năm 2024, toàn tỉnh xảy ra 31 vụ tai nạn lao động, giảm 8 vụ so với năm 2023 (39 vụ).",
    // 4.860 − 4.320 = 540 tỷ, the base written in another scale
    "Năm 2024, tổng thu ngân sách trên địa bàn đạt 4.860 tỷ đồng, tăng 540 tỷ đồng so với năm 2023 (4,32 nghìn tỷ đồng).",
    // "so với năm học 2022-2023": 1.214 − 1.186 = 28
    "Năm học 2023-2024, toàn huyện có 1.214 giáo viên, tăng 28 giáo viên so với năm học 2022-2023 (1.186 giáo viên).",
    // the change is of another thing than the figure before it (lớp against học sinh): not compared
    "Năm học 2024-2025, trường có 2.480 học sinh, tăng 4 lớp so với năm học trước (56 lớp).",
    // a change of a part after "trong đó": no value of its own before it
    "Tổng dư nợ của chi nhánh đạt 5.560 tỷ đồng, trong đó dư nợ ngắn hạn tăng 320 tỷ đồng so với đầu năm (2.800 tỷ đồng).",
    // rounded at the written unit: 12,48 − 11,32 = 1,16 nghìn tỷ ≈ 1.160 tỷ
    "Đến 31/12/2024, tổng nguồn vốn huy động của ngân hàng đạt 12,48 nghìn tỷ đồng, tăng 1.160 tỷ đồng so với đầu năm (11,32 nghìn tỷ đồng).",
    // the change with its rate too: the rate's check (delta-rate), and nothing more here: 380 ÷ 2.100 = 18,1%
    "Năm 2024, hợp tác xã có 2.480 thành viên, tăng 380 thành viên, tương đương 18,1% so với năm 2023.",
    // a base written with the first word of the value's noun ("bài" for "bài báo"): 126 ÷ 42 = 3
    "Năm 2024, Trường Đại học Y Dược có 126 bài báo quốc tế, gấp 3 lần năm 2020 (42 bài).",
  ],
  invalid: [
    // 126 ÷ 42 = 3 lần, not 4 (the base "42 bài" for "bài báo")
    { text: "Năm 2024, Trường Đại học Y Dược có 126 bài báo quốc tế, gấp 4 lần năm 2020 (42 bài).", errors: [E("growth.multiple")] },
    // 2.480 − 2.150 = 330, not 380
    { text: "Số học sinh năm học 2024-2025 là 2.480 em, tăng 380 em so với năm học trước (2.150 em).", errors: [E("growth.delta")] },
    // 47 > 39: a rise of 8, written as a fall
    { text: "Năm 2024, trên địa bàn xảy ra 47 vụ cháy, giảm 8 vụ so với năm 2023 (39 vụ).", errors: [E("growth.direction")] },
    // 3.120 − 2.860 = 260, not 360 (police, "so với cùng kỳ")
    { text: "6 tháng đầu năm 2024, Công an tỉnh đã xử lý 3.120 trường hợp vi phạm nồng độ cồn, tăng 360 trường hợp so với cùng kỳ (2.860 trường hợp).", errors: [E("growth.delta")] },
    // 18,6 − 16,2 = 2,4 tỷ, not 3,4 (cooperative)
    { text: "Năm 2024, doanh thu của Hợp tác xã Dịch vụ Nông nghiệp Yên Phong đạt 18,6 tỷ đồng, tăng 3,4 tỷ đồng so với năm 2023 (16,2 tỷ đồng).", errors: [E("growth.delta")] },
    // 1.214 < 1.236: a fall of 22, written as a rise (school year basis)
    { text: "Năm học 2023-2024, toàn huyện có 1.214 giáo viên, tăng 22 giáo viên so với năm học 2022-2023 (1.236 giáo viên).", errors: [E("growth.direction")] },
    // a change after a "trong đó" part may be the whole's (review 4): 1.460 − 1.380 = 80, right of the whole
    { text: "Năm 2024, Chi cục Thuế quản lý 1.460 doanh nghiệp, trong đó 410 doanh nghiệp nhỏ và vừa, tăng 80 doanh nghiệp so với năm 2023 (1.380 doanh nghiệp).", errors: [] },
    // the same shape, fitting neither the whole (1.460 − 1.380 = 80) nor the part (410 − 1.380)
    { text: "Năm 2024, Chi cục Thuế quản lý 1.460 doanh nghiệp, trong đó 410 doanh nghiệp nhỏ và vừa, tăng 120 doanh nghiệp so với năm 2023 (1.380 doanh nghiệp).", errors: [E("growth.delta")] },
  ],
});
