/**
 * dates.weekday: a weekday written beside a day whose year is written, against the calendar.
 * Found by blind audit 6 (fresh7: "Sáng thứ Tư, ngày 9/9/2024", a Monday), which had no such rule.
 * The weekday of each date below was worked out with Python's datetime, not by baocao:
 * 2024-09-09 Monday, 2023-01-12 Thursday, 2022-12-20 Tuesday, 2024-02-29 Thursday, 2025-01-09
 * Thursday, 2023-11-20 Monday, 2024-05-19 Sunday, 2020-02-29 Saturday, 2019-04-30 Tuesday,
 * 2023-03-09 Thursday.
 */
import { E, runTable } from "./table.js";

runTable("dates.weekday", {
  valid: [
    // the weekday agrees, in each place it is written
    "Sáng thứ Hai, ngày 9/9/2024, Trường Tiểu học Hòa Bình tổ chức lễ khai giảng cho 612 học sinh.",
    "Ngày 12/01/2023 (thứ Năm), Đảng ủy Khối Doanh nghiệp tỉnh tổ chức hội nghị tổng kết công tác năm 2022.",
    "Chiều thứ 3 (20/12/2022), Liên đoàn Lao động huyện trao 150 suất quà Tết cho đoàn viên.",
    "Thứ Năm, 29/02/2024, Bảo hiểm xã hội tỉnh chi trả 48 tỷ đồng lương hưu.",
    "Chủ nhật, ngày 19/5/2024, Huyện đoàn tổ chức ngày hội hiến máu với 320 đoàn viên tham gia.",
    "Tối thứ Bảy, 29/2/2020, Công an thành phố ra quân bảo đảm trật tự với 240 cán bộ, chiến sĩ.",
    "Ngày 30/4/2019 (thứ 3), công ty đã trao 84 suất học bổng.",
    // an ordinal, not a weekday: "lần thứ năm", "kỳ họp thứ bảy", "khóa thứ tư"
    "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ năm, ngày 9/9/2024, đã thông qua 3 nghị quyết.",
    "Kỳ họp thứ bảy, ngày 20/12/2022, Hội đồng nhân dân tỉnh đã thông qua 18 nghị quyết.",
    "Đại hội đại biểu Hội Nông dân huyện khóa thứ tư, ngày 9/3/2023, bầu 25 ủy viên Ban Chấp hành.",
    // a year the reader inferred is not judged (the day may be of another year)
    "Sáng thứ Tư (9/9), Trường THCS Lê Lợi tổ chức lễ khai giảng năm học 2024-2025.",
    // a weekday of another day in the sentence
    "Ngày 9/9/2024, trường thông báo đến thứ Tư sẽ tổ chức kiểm tra cho 420 học sinh.",
  ],
  invalid: [
    // 9/9/2024 was a Monday
    { text: "Sáng thứ Tư, ngày 9/9/2024, Trường Tiểu học Hòa Bình tổ chức lễ khai giảng cho 612 học sinh.", errors: [E("dates.weekday")] },
    // 12/01/2023 was a Thursday, written "thứ Sáu" after it
    { text: "Ngày 12/01/2023 (thứ Sáu), Đảng ủy Khối Doanh nghiệp tỉnh tổ chức hội nghị tổng kết công tác năm 2022.", errors: [E("dates.weekday")] },
    // 20/12/2022 was a Tuesday, "thứ 4" before it in brackets
    { text: "Chiều thứ 4 (20/12/2022), Liên đoàn Lao động huyện trao 150 suất quà Tết cho đoàn viên.", errors: [E("dates.weekday")] },
    // 20/11/2023 was a Monday, not a Sunday
    { text: "Chủ nhật, ngày 20/11/2023, Trường THPT Trần Phú tổ chức lễ kỷ niệm Ngày Nhà giáo Việt Nam, khen thưởng 46 giáo viên.", errors: [E("dates.weekday")] },
    // 9/01/2025 was a Thursday; written with dashes
    { text: "Sáng thứ Ba 9-01-2025, Cục Thuế tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2025 với 180 đại biểu.", errors: [E("dates.weekday")] },
    // the weekday in capitals (the rule's quick test before the fold reads either case)
    { text: "Sáng THỨ TƯ, ngày 9/9/2024, Trường Tiểu học Hòa Bình tổ chức lễ khai giảng cho 612 học sinh.", errors: [E("dates.weekday")] },
    { text: "CHỦ NHẬT, ngày 20/11/2023, Trường THPT Trần Phú tổ chức lễ kỷ niệm Ngày Nhà giáo Việt Nam, khen thưởng 46 giáo viên.", errors: [E("dates.weekday")] },
  ],
});
