/**
 * Shapes fixed after blind audit 7 (fresh8.test.ts), each with texts written for this table (other
 * genres, words and figures than the audit's): the contradiction caught, and consistent texts of
 * the same shape that must stay silent.
 *
 *   lunar days            "ngày 30 tháng 2 năm Giáp Thìn", "15/7 âm lịch": not judged by the solar calendar
 *   closed "chiếm" lists  "…, các … khác chiếm 7%", bands "dưới … từ … đến … trên …": add up to 100
 *   "trong đó X và Y là N" one part named by two nouns: no larger than its whole
 *   "A/B … (P%)"          the rate alone in a bracket at the end of the fraction's clause
 *   "chiếm P% diện tích …" a whole named by what its unit measures ("gieo cấy 24.120 ha")
 *   reviews               "thu, chi quý IV/2024" before the quarter; a year of accounts with its bounds
 *   "gấp rưỡi", "gấp đôi" a multiple said in a word
 */
import { E, runTable } from "./table.js";

runTable("fix8: lunar days", {
  valid: [
    // a lunar 30th of the 12th month, with its solar day in brackets
    "Ngày 30 tháng 12 năm Quý Mão (tức ngày 9/2/2024), Hội Người cao tuổi phường Trường Thi tổ chức gói bánh chưng tặng 45 hộ neo đơn.",
    // "âm lịch" after the day; the weekday of the solar day is right
    "Ngày 15/8 âm lịch, tức Chủ nhật, ngày 29/9/2023, nhà văn hóa thôn Yên Phụ tổ chức Tết Trung thu cho 160 cháu thiếu nhi.",
    // a lunar day in brackets "(ÂL)"
    "Lễ hội đền Cờn diễn ra từ ngày 29/2 (ÂL) với 8 đội thuyền tham gia đua thuyền truyền thống.",
  ],
  invalid: [
    // a solar day that does not exist, beside a lunar one that does
    { text: "Ngày 10 tháng 3 năm Giáp Thìn, tức ngày 31/4/2024, hơn 3.000 người dân đã về dâng hương tại Đền Hùng.", errors: [E("dates.impossible")] },
    // the weekday of a solar day is still judged when a lunar day stands beside it
    { text: "Sáng thứ Sáu, ngày 22/2/2024 (tức ngày 13 tháng Giêng năm Giáp Thìn), xã Yên Đồng tổ chức lễ ra quân trồng 4.500 cây xanh.", errors: [E("dates.weekday")] },
  ],
});
