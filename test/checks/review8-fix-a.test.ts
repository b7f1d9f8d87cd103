/**
 * Review 8's false errors, by shape (sentences invented here; review 8's set is a measurement set).
 * Arithmetic checked with python3 in each comment.
 */
import { E, runTable } from "./table.js";

const SHARE = E("share.of-whole");

// A: the figure right before "chiếm N% tổng …" is a change or a difference: the share is of the figure it is told of
runTable("review8 A: a change before the share", {
  valid: [
    // 240/2000 = 0.12 (the change 30/2000 = 0.015)
    "Thu phí, lệ phí 240 tỷ đồng, tăng 30 tỷ đồng so với năm trước, chiếm 12% tổng thu ngân sách (2.000 tỷ đồng).",
    // 360/2000 = 0.18
    "Số học sinh bán trú 360 em, giảm 45 em so với năm học trước, chiếm 18% tổng số học sinh (2.000 em).",
    // 2400/8000 = 0.30
    "Dư nợ cho vay nông nghiệp 2.400 tỷ đồng, tăng thêm 300 tỷ đồng so với đầu năm, chiếm 30% tổng dư nợ của ngân hàng (8.000 tỷ đồng).",
    // 300/15000 = 0.02
    "Số hộ cận nghèo còn 300 hộ, ít hơn năm trước là 25 hộ, chiếm 2% tổng số hộ (15.000 hộ).",
    // 660/1200 = 0.55
    "Số thu thuế 660 tỷ đồng, vượt 60 tỷ đồng so với dự toán, chiếm 55% tổng thu (1.200 tỷ đồng).",
  ],
  invalid: [
    // 240/2000 = 0.12, not 0.15
    { text: "Thu phí, lệ phí 240 tỷ đồng, tăng 30 tỷ đồng so với năm trước, chiếm 15% tổng thu ngân sách (2.000 tỷ đồng).", errors: [SHARE] },
    // 2400/8000 = 0.30, not 0.0375 (which is the change's 300/8000)
    { text: "Dư nợ cho vay nông nghiệp 2.400 tỷ đồng, tăng thêm 300 tỷ đồng so với đầu năm, chiếm 3,75% tổng dư nợ của ngân hàng (8.000 tỷ đồng).", errors: [SHARE] },
  ],
});

// A′: the figure right before is another period's or the plan's
runTable("review8 A′: another period's or the plan's figure before the share", {
  valid: [
    // 300/15000 = 0.02 (325/15000 = 0.0217)
    "Số hộ cận nghèo 300 hộ, năm 2023 là 325 hộ, chiếm 2% tổng số hộ (15.000 hộ).",
    // 640/1000 = 0.64
    "Thu thuế 640 tỷ đồng, dự toán giao 600 tỷ đồng, chiếm 64% tổng thu (1.000 tỷ đồng).",
    // 540/3000 = 0.18
    "Doanh thu du lịch 540 tỷ đồng, cùng kỳ năm trước là 450 tỷ đồng, chiếm 18% tổng mức bán lẻ hàng hóa và dịch vụ (3.000 tỷ đồng).",
    // 270/600 = 0.45
    "Kim ngạch nhập khẩu máy móc 270 triệu USD, năm trước đạt 240 triệu USD, chiếm 45% tổng kim ngạch nhập khẩu (600 triệu USD).",
    // "so với … là": the base, 640/1000 = 0.64 (560/1000 = 0.56)
    "Thu thuế 640 tỷ đồng, so với cùng kỳ năm trước là 560 tỷ đồng, chiếm 64% tổng thu (1.000 tỷ đồng).",
    // 420/12000 = 0.035
    "Số hộ nghèo 420 hộ, so với năm 2023 là 510 hộ, chiếm 3,5% tổng số hộ (12.000 hộ).",
    // the later year is the one told of: 300/15000 = 0.02
    "Năm 2023 có 325 hộ cận nghèo, năm 2024 còn 300 hộ, chiếm 2% tổng số hộ (15.000 hộ).",
  ],
  invalid: [
    // 300/15000 = 0.02, not 0.025
    { text: "Số hộ cận nghèo 300 hộ, năm 2023 là 325 hộ, chiếm 2,5% tổng số hộ (15.000 hộ).", errors: [SHARE] },
    // 640/1000 = 0.64, not 0.56 (which is the base's 560/1000)
    { text: "Thu thuế 640 tỷ đồng, so với cùng kỳ năm trước là 560 tỷ đồng, chiếm 56% tổng thu (1.000 tỷ đồng).", errors: [SHARE] },
    // 640/1000 = 0.64, not 0.60 (which is the plan's 600/1000)
    { text: "Thu thuế 640 tỷ đồng, dự toán giao 600 tỷ đồng, chiếm 60% tổng thu (1.000 tỷ đồng).", errors: [SHARE] },
  ],
});

// E: the whole told in the sentence before; the part is the figure the change is told of, never the whole
runTable("review8 E: the whole before, a change before the share", {
  valid: [
    // 1080/2400 = 0.45
    "Huyện có 2.400 đoàn viên. Số đoàn viên nữ 1.080 người, tăng 60 người so với năm trước, chiếm 45% tổng số đoàn viên.",
    // 600/1500 = 0.40
    "Toàn tỉnh có 1.500 trang trại. Số trang trại chăn nuôi 600 trang trại, giảm 30 trang trại so với năm 2023, chiếm 40% tổng số trang trại.",
    // 20/50 = 0.40
    "Tổng thu ngân sách xã đạt 50 tỷ đồng. Thu từ đất 20 tỷ đồng, tăng 4 tỷ đồng, chiếm 40% tổng thu.",
  ],
  invalid: [
    // 1080/2400 = 0.45, not 0.54
    { text: "Huyện có 2.400 đoàn viên. Số đoàn viên nữ 1.080 người, tăng 60 người so với năm trước, chiếm 54% tổng số đoàn viên.", errors: [SHARE] },
    // 600/1500 = 0.40, not 0.05 (which is 30/600, the change of the part)
    { text: "Toàn tỉnh có 1.500 trang trại. Số trang trại chăn nuôi 600 trang trại, giảm 30 trang trại so với năm 2023, chiếm 5% tổng số trang trại.", errors: [SHARE] },
  ],
});

// G: a cumulative class ("… trở lên N%") and its nested part after "trong đó" (label first): the part is
// of the class, not a class beside it (percent-nested.ts)
runTable("review8 G: a nested part of a cumulative class", {
  valid: [
    // classes 94 + 5 + 1 = 100 (18 is of the 94)
    "Kết quả đánh giá công chức: hoàn thành tốt nhiệm vụ trở lên 94%, trong đó hoàn thành xuất sắc nhiệm vụ 18%; hoàn thành nhiệm vụ 5%; không hoàn thành nhiệm vụ 1%.",
    // 96.5 + 3.2 + 0.3 = 100.0 (71,2 is of the 96,5)
    "Hạnh kiểm học sinh: khá trở lên 96,5%, trong đó tốt 71,2%; trung bình 3,2%; yếu 0,3%.",
    // 88 + 10 + 2 = 100
    "Kết quả lấy ý kiến người dân: hài lòng trở lên 88%, trong đó rất hài lòng 30%; bình thường 10%; chưa hài lòng 2%.",
    // commas only: the part right after "trong đó" is nested, the classes after it are beside: 60 + 38 + 2 = 100
    "Chất lượng giáo dục: khá trở lên 60%, trong đó giỏi 22%, trung bình 38%, yếu 2%.",
  ],
  invalid: [
    // 94 + 9 + 1 = 104
    { text: "Kết quả đánh giá công chức: hoàn thành tốt nhiệm vụ trở lên 94%, trong đó hoàn thành xuất sắc nhiệm vụ 18%; hoàn thành nhiệm vụ 9%; không hoàn thành nhiệm vụ 1%.", errors: [E("percent-total.sum")] },
    // the nested part 75 > its class 70 (classes 70 + 28 + 2 = 100)
    { text: "Hạnh kiểm học sinh: khá trở lên 70%, trong đó tốt 75%; trung bình 28%; yếu 2%.", errors: [E("breakdown.part")] },
  ],
});

// B: a rate within each class in the bracket after it (of all the class's households or people), not a
// share of the whole: every bracket far from its part's share, and their sum far from 100 (share-classes.ts)
runTable("review8 B: a rate within each class in the bracket", {
  valid: [
    // shares 1600/9600 = 16.7, 8000/9600 = 83.3; brackets 1.5 + 5.2 = 6.7
    "Cuối năm 2024, toàn tỉnh có 9.600 hộ cận nghèo, thành thị 1.600 hộ (1,5%), nông thôn 8.000 hộ (5,2%).",
    // shares 1800/3000 = 60, 1200/3000 = 40; brackets 3.1 + 2.4 = 5.5
    "Toàn huyện có 3.000 người thất nghiệp, nam 1.800 người (3,1%), nữ 1.200 người (2,4%).",
    // shares 3300/6000 = 55, 2700/6000 = 45; brackets 1.9 + 1.7 = 3.6
    "Toàn tỉnh có 6.000 lao động thiếu việc làm, nam 3.300 người (1,9%), nữ 2.700 người (1,7%).",
    // shares 1000/4000 = 25, 3000/4000 = 75; brackets 0.8 + 3.6 = 4.4
    "Toàn thành phố có 4.000 hộ nghèo, thành thị 1.000 hộ (0,8%), nông thôn 3.000 hộ (3,6%).",
  ],
  invalid: [
    // shares 1800/3000 = 60 and 1200/3000 = 40, written swapped (40 + 60 = 100: shares, both wrong)
    { text: "Hội có 3.000 hội viên, nam 1.800 người (40%), nữ 1.200 người (60%).", errors: [SHARE, SHARE] },
    // 500/2000 = 25 right; 1500/2000 = 75, not 65
    { text: "Toàn huyện có 2.000 hộ nghèo, thành thị 500 hộ (25%), nông thôn 1.500 hộ (65%).", errors: [SHARE] },
  ],
});
