/**
 * breakdown.sum / breakdown.part, through the pipeline. Closed lists ("gồm", "cụ thể:", "còn
 * lại") must add up; open lists ("trong đó", "bao gồm cả", "…") must not exceed the whole when
 * their parts cannot overlap; one part is never larger than its whole.
 */
import { E, runTable, W } from "./table.js";

runTable("breakdown.sum / breakdown.part", {
  valid: [
    "Viện chủ trì 05 đề tài cấp Bộ (trong đó có 03 đề tài chuyển tiếp và 02 đề tài mở mới).",
    "Tổng thu 12 tỷ đồng, gồm 7 tỷ đồng từ dịch vụ và 5 tỷ đồng từ sản xuất.",
    "Hội có 250 hội viên, trong đó 90 hội viên nữ.",
    "Đại hội có 300 đại biểu, gồm 150 đại biểu đương nhiên và 150 đại biểu được bầu.",
    "Trường tuyển 300 học viên, gồm 200 học viên chính quy (trong đó 50 học viên cao đẳng và 150 học viên trung cấp) và 100 học viên ngắn hạn.",
    // the list ends where its parts already make the whole; the next figure is not a part
    "Tổng số học viên là 1.500 người, bao gồm cao đẳng 300 người, trung cấp 400 người, sơ cấp 800 người; học nghề ngắn hạn là 900 người.",
    // a percent after a bare "với" is about something else
    "Đến nay 24/30 doanh nghiệp trở lại sản xuất với 96,5% công nhân đi làm.",
    // nested: the inner list is checked on its own whole
    "Toàn xã có 1.240 hộ, gồm 860 hộ nông nghiệp và 380 hộ phi nông nghiệp; trong 860 hộ nông nghiệp có 95 hộ nghèo.",
    // list in the sentence after, adding up
    "Năm qua, Ban Thường vụ đã kỷ luật 9 đảng viên. Trong đó, 5 đảng viên bị khiển trách và 4 đảng viên bị cảnh cáo.",
    // a part counted in another noun is no part
    "Nhà thi đấu có 3 tầng, trong đó tầng 1 có 2.000 chỗ ngồi.",
    "Đội gồm 25 người, mang theo 4 xe chuyên dụng và 12 máy bơm.",
    // the rest completes A/B
    "Đã có 38/52 xã được công nhận; 14 xã còn lại đang hoàn thiện hồ sơ.",
    // an open list may leave parts out
    "Đoàn gồm 45 người: 20 cán bộ, 15 doanh nhân cùng các phóng viên và khách mời.",
    // a negative part is not larger than the whole
    "Lợi nhuận hợp nhất đạt 15,2 tỷ đồng, trong đó công ty mẹ lỗ 3,4 tỷ đồng.",
    // a change is not a part
    "Tổng số đảng viên là 1.320 người, tăng 45 người so với năm trước; trong đó 610 đảng viên nữ.",
  ],
  invalid: [
    { text: "Viện chủ trì 05 đề tài cấp Bộ (trong đó có 03 đề tài chuyển tiếp và 03 đề tài mở mới).", errors: [E("breakdown.sum")] },
    { text: "Tổng thu 12,5 tỷ đồng, gồm 7,2 tỷ đồng từ dịch vụ và 4,1 tỷ đồng từ sản xuất.", errors: [E("breakdown.sum")] },
    { text: "Hội có 250 hội viên, trong đó 300 hội viên nữ.", errors: [E("breakdown.part")] },
    // staff and degree holders are all people; degrees do not overlap
    { text: "Đơn vị có 40 cán bộ, gồm 10 tiến sĩ, 20 thạc sĩ và 15 kỹ sư.", errors: [E("breakdown.sum")] },
    { text: "Đại hội có 300 đại biểu, gồm 150 đại biểu đương nhiên và 140 đại biểu được bầu.", errors: [E("breakdown.sum")] },
    // the inner list: college and vocational students are different students
    {
      text: "Trường tuyển 300 học viên, gồm 200 học viên chính quy (trong đó 60 học viên cao đẳng và 150 học viên trung cấp) và 100 học viên ngắn hạn.",
      errors: [E("breakdown.sum")],
    },
    { text: "Toàn xã có 1.240 hộ, gồm 860 hộ nông nghiệp và 390 hộ phi nông nghiệp.", errors: [E("breakdown.sum")] },
    { text: "Năm qua, Ban Thường vụ đã kỷ luật 9 đảng viên. Cụ thể: 5 đảng viên bị khiển trách, 3 đảng viên bị cảnh cáo và 2 đảng viên bị cách chức.", errors: [E("breakdown.sum")] },
    { text: "Đã có 38/52 xã được công nhận; 16 xã còn lại đang hoàn thiện hồ sơ.", errors: [E("breakdown.sum")] },
    // sexes cannot overlap, a partial list of them can still not exceed the whole
    { text: "Lớp bồi dưỡng có 60 học viên, trong đó 35 học viên nam và 28 học viên nữ.", errors: [E("breakdown.sum")] },
    // parts that may or may not overlap: a warning
    { text: "Xã có 300 hộ, trong đó 180 hộ trồng lúa và 160 hộ chăn nuôi.", errors: [W("breakdown.sum")] },
    // "2 lần 20.000 USD" counts twice
    { text: "Khoản vay 100.000 USD được giải ngân dần, gồm 2 lần 30.000 USD và lần cuối 30.000 USD.", errors: [E("breakdown.sum")] },
  ],
});
