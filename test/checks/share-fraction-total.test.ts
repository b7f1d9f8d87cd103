/**
 * share.of-whole / share.over-100, fraction.over / fraction.percent and percent-total.sum,
 * through the pipeline.
 */
import { E, runTable } from "./table.js";

runTable("share", {
  valid: [
    "Lao động nữ chiếm 48,5%.",
    "Công ty có 50 lao động, trong đó 20 lao động nữ (chiếm 40%).",
    "Trong tổng số 420 hộ được khảo sát, có 126 hộ (chiếm 30%) thiếu nước sạch vào mùa khô.",
    // the percent names another whole than the fraction's
    "Dự luật được thông qua với 430/460 đại biểu có mặt tán thành (chiếm 87,4% tổng số đại biểu Quốc hội).",
    // a rate of use is no share
    "Công suất phòng của khách sạn đạt 105% trong dịp lễ.",
  ],
  invalid: [
    { text: "Lao động nữ chiếm 148,5%.", errors: [E("share.over-100")] },
    { text: "Công ty có 50 lao động, trong đó 20 lao động nữ (chiếm 60%).", errors: [E("share.of-whole")] },
    { text: "Tổng số khách là 3.600 lượt. Trong đó, khách quốc tế là 540 lượt, chiếm 25%.", errors: [E("share.of-whole")] },
  ],
});

runTable("fraction", {
  valid: [
    "Hoàn thành 08/11 chỉ tiêu.",
    "Có 45/60 học sinh đỗ tốt nghiệp (tỷ lệ 75%).",
    "Có 2/3 đơn vị đạt (tỷ lệ 66,6%).",
    // a date, a score, a document
    "Ngày 12/11, các đơn vị đồng loạt ra quân.",
    "Đội khách thắng 3/1 sau hai hiệp.",
    "Căn cứ Thông tư 15/2023/TT-BTC của Bộ Tài chính.",
  ],
  invalid: [
    { text: "Có 45/40 học sinh đỗ tốt nghiệp.", errors: [E("fraction.over")] },
    { text: "Có 45/60 học sinh đỗ tốt nghiệp (tỷ lệ 80%).", errors: [E("fraction.percent")] },
    { text: "Năm qua, huyện thực hiện 15/14 chỉ tiêu.", errors: [E("fraction.over")] },
    { text: "Kết quả, đã hoàn thành 12/11 chỉ tiêu kinh tế - xã hội.", errors: [E("fraction.over")] },
  ],
});

runTable("percent-total.sum", {
  valid: [
    "Kết quả đánh giá năm 2023: 22,5% hoàn thành xuất sắc nhiệm vụ, 70,1% hoàn thành tốt nhiệm vụ, 6,9% hoàn thành nhiệm vụ và 0,5% không hoàn thành nhiệm vụ.",
    "Tỷ lệ lao động có việc làm đạt 96,8%, còn lại 3,2% chưa có việc làm.",
    // shares of different wholes
    "Khu vực tư nhân chiếm 42% GDP, thu hút 85% lao động và đóng góp 39% tổng thu ngân sách.",
    // rounding of three one-decimal shares
    "Xếp loại học lực: giỏi 33,3%, khá 33,3%, trung bình 33,3%.",
  ],
  invalid: [
    {
      text: "Kết quả đánh giá năm 2023: 22,5% hoàn thành xuất sắc nhiệm vụ, 70,1% hoàn thành tốt nhiệm vụ, 6,9% hoàn thành nhiệm vụ và 1,5% không hoàn thành nhiệm vụ.",
      errors: [E("percent-total.sum")],
    },
    { text: "Tỷ lệ lao động có việc làm đạt 96,8%, còn lại 4,2% chưa có việc làm.", errors: [E("percent-total.sum")] },
    { text: "Cơ cấu kinh tế năm 2023: nông nghiệp 18,4%; công nghiệp - xây dựng 45,6%; dịch vụ 40,3%.", errors: [E("percent-total.sum")] },
  ],
});
