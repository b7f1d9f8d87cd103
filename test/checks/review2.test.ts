import { E, runTable } from "./table.js";

// Reviewer probes (s28-fix2a): a part right after "trong đó" following its whole is certainly of that whole
runTable("review 2: 'tỷ lệ N%' on a part right after 'trong đó' following its whole", {
  valid: [
    "Tổng số học sinh toàn huyện là 25.000 em; trong kỳ thi tuyển sinh vào lớp 10, có 3.100 em trúng tuyển, tỷ lệ 86%.",
    "Toàn huyện có 1.250 đảng viên, trong đó 320 đảng viên nữ, tỷ lệ 25,6%.",
    "Công ty có 1.200 lao động, trong đó 1.100 lao động tham gia bảo hiểm xã hội (đạt tỷ lệ 91,7%).",
  ],
  invalid: [
    { text: "Toàn huyện có 1.250 đảng viên, trong đó 320 đảng viên nữ, tỷ lệ 30%.", errors: [E("share.of-whole")] },
    { text: "Năm học 2022-2023, trường có 1.200 học sinh, trong đó 1.100 em được lên lớp, tỷ lệ 80%.", errors: [E("share.of-whole")] },
    { text: "Công ty có 1.200 lao động, trong đó 1.100 lao động tham gia bảo hiểm xã hội (đạt tỷ lệ 80%).", errors: [E("share.of-whole")] },
  ],
});

// Reviewer probes (s28-fix2a): a percent after a change's delta, followed by "so với/trong" and a whole, is a
// share of that whole; followed by a period or a base, or by "cùng kỳ", "nhờ", "theo", it is the change's rate
runTable("review 2: the percent after a change's delta, and the words after it", {
  valid: [
    "Mỗi hành khách sẽ trả thêm 25.709,4 đồng/vé (tăng 920,4 đồng, tương ứng 0,037% so với giá vé máy bay).",
    "Chi phí điện năng đạt 30 tỷ đồng, tăng 3 tỷ đồng, tương đương 0,8% trong tổng chi phí của công ty.",
    "Chi phí điện năng đạt 30 tỷ đồng, tăng 3 tỷ đồng, tương đương 0,8% so với tổng doanh thu.",
    "Thu ngân sách đạt 900 tỷ đồng, tăng 100 tỷ đồng, tương đương 12,5% cùng kỳ năm trước.",
    "Thu ngân sách đạt 900 tỷ đồng, tăng 100 tỷ đồng, tương đương 12,5% so với cùng kỳ năm trước.",
    "Giá vàng giao ngay ở mức 1.278,5 USD/oz, tăng 13,1 USD, tương đương 1,04% so với chốt phiên trước.",
  ],
  invalid: [
    { text: "Thu ngân sách đạt 900 tỷ đồng, tăng 100 tỷ đồng, tương đương 20% cùng kỳ năm trước.", errors: [E("growth.delta")] },
    { text: "Thu ngân sách đạt 900 tỷ đồng, tăng 100 tỷ đồng, tương đương 20% nhờ thu nội địa tăng mạnh.", errors: [E("growth.delta")] },
    { text: "Thu ngân sách đạt 900 tỷ đồng, tăng 100 tỷ đồng, tương đương 20% chủ yếu ở thu nội địa.", errors: [E("growth.delta")] },
    { text: "Thu ngân sách đạt 900 tỷ đồng, tăng 100 tỷ đồng, tương đương 20% theo báo cáo của Sở Tài chính.", errors: [E("growth.delta")] },
    { text: "Thu ngân sách đạt 900 tỷ đồng, tăng 100 tỷ đồng, tương đương 20% so với cùng kỳ năm trước.", errors: [E("growth.delta")] },
    { text: "Thu ngân sách đạt 900 tỷ đồng, tăng 100 tỷ đồng, tương đương 20% so với năm 2023.", errors: [E("growth.delta")] },
    { text: "Giá vàng giao ngay ở mức 1.278,5 USD/oz, tăng 13,1 USD, tương đương 2% so với chốt phiên trước.", errors: [E("growth.delta")] },
    { text: "Thu ngân sách quý II đạt 900 tỷ đồng, tăng 100 tỷ đồng, tương đương 20% so với quý trước.", errors: [E("growth.delta")] },
  ],
});

// Reviewer probes (s28-fix2a): "không đạt kế hoạch về số lượng/chỉ tiêu" is the fraction's own plan;
// "… về số chi bộ mới thành lập" another one
runTable("review 2: 'không đạt kế hoạch về …' after a fraction", {
  valid: [
    "Năm 2023, Đảng bộ kết nạp 172/150 đảng viên mới, không đạt kế hoạch về số chi bộ mới thành lập.",
    "Kết nạp 140/150 đảng viên mới, không đạt kế hoạch về số lượng.",
  ],
  invalid: [
    { text: "Kết nạp 172/150 đảng viên mới, không đạt kế hoạch về số lượng.", errors: [E("plan.direction")] },
    { text: "Kết nạp 172/150 đảng viên mới, không đạt kế hoạch về chỉ tiêu.", errors: [E("plan.direction")] },
  ],
});
