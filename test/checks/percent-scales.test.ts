/**
 * Percentages of a whole known to be complete: the three sectors of an economy, rating scales
 * (satisfaction, conduct, duty) after "kết quả …:", a structure introduced as the whole ("cơ cấu
 * …:"). Written before running.
 */
import { E, runTable } from "./table.js";

runTable("percent totals of complete scales and structures", {
  valid: [
    "Cơ cấu kinh tế năm 2023: nông, lâm nghiệp và thủy sản 28,4%; công nghiệp – xây dựng 33,1%; thương mại – dịch vụ 38,5%.",
    "Kết quả khảo sát sự hài lòng: rất hài lòng 42,5%, hài lòng 48,3%, bình thường 7,7%, không hài lòng 1,5%.",
    "Kết quả rèn luyện của sinh viên: xuất sắc 12,4%, tốt 35,6%, khá 38,2%, trung bình 12,0%, yếu 1,8%.",
    "Năm 2023, tỷ trọng khu vực công nghiệp – xây dựng đạt 41,2%, dịch vụ 35,6%.",
    "GRDP: nông, lâm nghiệp và thủy sản chiếm 18,2%; công nghiệp và xây dựng chiếm 40,1%; dịch vụ chiếm 35,5%; thuế sản phẩm trừ trợ cấp sản phẩm chiếm 6,2%.",
    "Có 62,5% ý kiến hài lòng và 30,1% rất hài lòng với dịch vụ.",
    "Tỷ lệ khá, giỏi đạt 68,5%; tỷ lệ tốt nghiệp đạt 99,2%.",
    "Kết quả: 95% đơn vị hoàn thành tốt nhiệm vụ, 90% cán bộ được tập huấn.",
  ],
  invalid: [
    { text: "Cơ cấu kinh tế năm 2023: nông, lâm nghiệp và thủy sản 28,4%; công nghiệp – xây dựng 33,1%; thương mại – dịch vụ 36,5%.", errors: [E("percent-total.sum")] },
    { text: "Kết quả khảo sát sự hài lòng: rất hài lòng 42,5%, hài lòng 48,3%, bình thường 6,2%, không hài lòng 1,5%.", errors: [E("percent-total.sum")] },
    { text: "Kết quả rèn luyện của sinh viên: xuất sắc 12,4%, tốt 35,6%, khá 38,2%, trung bình 10,5%, yếu 1,8%.", errors: [E("percent-total.sum")] },
    {
      text: "Kết quả đánh giá, xếp loại đảng viên: hoàn thành xuất sắc nhiệm vụ 15,2%, hoàn thành tốt nhiệm vụ 76,4%, hoàn thành nhiệm vụ 7,1%, không hoàn thành nhiệm vụ 0,3%.",
      errors: [E("percent-total.sum")],
    },
    { text: "Cơ cấu lao động: nông nghiệp 52,3%, công nghiệp 21,4%, dịch vụ 24,1%.", errors: [E("percent-total.sum")] },
    { text: "Cơ cấu kinh tế của huyện chuyển dịch đúng hướng: nông nghiệp chiếm 34,2%, công nghiệp - xây dựng chiếm 30,5%, dịch vụ chiếm 37,3%.", errors: [E("percent-total.sum")] },
  ],
});
