/**
 * Shapes fixed after review 4 (groups B and D2), texts written for this table:
 *
 *   B   a figure past ";" larger than the whole of an open "trong đó" list starts a new statement
 *       (src/relate/list-over.ts); a real part larger than its whole right after the cue stays caught
 *   D2  "gồm A và B, C": the list goes on past the item after "và" when C is a figure of the same
 *       kind with a noun of its own (src/relate/list-va.ts)
 */
import { E, runTable } from "./table.js";

runTable("review4: a figure past ';' larger than the list's whole", {
  valid: [
    // a body's total after ";", the list open (one part)
    "Năm 2024, Hội Cựu chiến binh xã Tân Lập kết nạp 18 hội viên, trong đó 5 hội viên là thương binh; Hội hiện có 312 hội viên.",
    // another quantity of the same unit, "là"
    "Tổng chi đầu tư phát triển là 260 tỷ đồng, trong đó chi từ nguồn sử dụng đất là 140 tỷ đồng; chi thường xuyên là 610 tỷ đồng.",
    // a sibling quantity named by "số …"
    "Toàn huyện có 540 hộ nghèo, trong đó 310 hộ có người cao tuổi; số hộ cận nghèo là 780 hộ.",
    // another year, with a verb of its own
    "Năm 2024, Đội Quản lý thị trường số 3 kiểm tra 210 cơ sở, trong đó 64 cơ sở kinh doanh thực phẩm; năm 2023 kiểm tra 245 cơ sở.",
    // another insurance, the label "số người tham gia …"
    "Số người tham gia bảo hiểm thất nghiệp là 9.400 người, trong đó 5.100 nữ; số người tham gia bảo hiểm y tế là 61.000 người.",
  ],
  invalid: [
    // a part larger than its whole right after "trong đó" (no ";" before it)
    { text: "Tổng vốn huy động của chi nhánh đạt 3.250 tỷ đồng, trong đó tiền gửi dân cư là 3.520 tỷ đồng.", errors: [E("breakdown.part")] },
    // a sibling part after ";" read like the one before it (the number first), larger than the whole
    { text: "Xã tiếp nhận 15 hộ tái định cư, trong đó 6 hộ dân tộc Mông; 19 hộ dân tộc Dao.", errors: [E("breakdown.part")] },
    // two parts that cannot overlap exceed the whole; the body's total after ";" is no part of it
    { text: "Chi bộ thôn Đông kết nạp 9 đảng viên mới, trong đó 4 đảng viên nữ, 6 đảng viên nam; Đảng bộ xã hiện có 380 đảng viên.", errors: [E("breakdown.sum")] },
    // a sibling part past ";" that exceeds nothing still makes a closed list's sum wrong
    { text: "Huyện có 64 cơ sở giáo dục, gồm 22 trường mầm non, 25 trường tiểu học; 12 trường trung học cơ sở.", errors: [E("breakdown.sum")] },
  ],
});

runTable("review4: 'gồm A và B, C' goes on past 'và'", {
  valid: [
    // 14 + 25 + 9 = 48
    "Trên địa bàn thị xã có 48 điểm giao dịch, gồm 14 chi nhánh và 25 phòng giao dịch của các ngân hàng, 9 quỹ tín dụng nhân dân; ngoài ra có 70 máy ATM.",
    // 14 + 25 + 9 = 48, the third kind named apart
    "Trên địa bàn thị xã có 48 điểm giao dịch, gồm 14 chi nhánh và 25 phòng giao dịch của các ngân hàng, 9 điểm bưu điện; ngoài ra có 70 máy ATM.",
    // 4 + 26 + 40 = 70
    "Toàn xã đảo có 70 cơ sở lưu trú, gồm 4 khách sạn và 26 nhà nghỉ, 40 homestay.",
    // a noun repeated in the third item: it may count some of the others, not summed
    "Trường có 58 giáo viên, gồm 18 giáo viên Toán và 22 giáo viên Ngữ văn, 18 giáo viên Tiếng Anh.",
  ],
  invalid: [
    // 14 + 25 + 12 = 51 ≠ 48
    { text: "Trên địa bàn thị xã có 48 điểm giao dịch, gồm 14 chi nhánh và 25 phòng giao dịch của các ngân hàng, 12 điểm bưu điện.", errors: [E("breakdown.sum")] },
    // 4 + 26 + 45 = 75 ≠ 70
    { text: "Toàn xã đảo có 70 cơ sở lưu trú, gồm 4 khách sạn và 26 nhà nghỉ, 45 homestay.", errors: [E("breakdown.sum")] },
    // "gồm A và B" whose sum is wrong: 4 + 26 = 30 ≠ 35
    { text: "Toàn xã đảo có 35 cơ sở lưu trú, gồm 4 khách sạn và 26 nhà nghỉ.", errors: [E("breakdown.sum")] },
  ],
});
