/**
 * A seventh batch (written before running) on the two families weakest in the blind audit:
 * percents that must make 100 (an age structure, sources of capital with "khác", open ratings,
 * rates of different wholes) and one figure written two ways (m² and ha, km and m, an amount in
 * words, a currency converted, a rate per month restated per year).
 */
import { E, runTable } from "./table.js";

runTable("round 2g: contradictions", {
  valid: [],
  invalid: [
    { text: "Cơ cấu dân số theo độ tuổi: dưới 15 tuổi 24,3%, từ 15 đến 64 tuổi 68,5%, từ 65 tuổi trở lên 8,1%.", errors: [E("percent-total.sum")] },
    { text: "Về cơ cấu nguồn vốn: vốn ngân sách 35%, vốn doanh nghiệp 45%, vốn vay 15%, vốn khác 8%.", errors: [E("percent-total.sum")] },
    { text: "Khu tái định cư có diện tích 2.500 m² (2,5 ha).", errors: [E("restatement.units")] },
    { text: "Tuyến đường dài 1.200 m (12 km) đã được nâng cấp.", errors: [E("restatement.units")] },
    { text: "Mỗi hộ được hỗ trợ 1.500.000 đồng (một triệu năm mươi nghìn đồng).", errors: [E("restatement.words")] },
  ],
});

runTable("round 2g: consistent", {
  valid: [
    "Cơ cấu dân số theo độ tuổi: dưới 15 tuổi 24,3%, từ 15 đến 64 tuổi 68,5%, từ 65 tuổi trở lên 7,2%.",
    "Kết quả phân loại chất lượng đảng viên: 15% hoàn thành xuất sắc nhiệm vụ, 80% hoàn thành tốt nhiệm vụ.",
    "Tỷ lệ tốt nghiệp trung học phổ thông đạt 98,5%, tỷ lệ học sinh khá, giỏi đạt 65%.",
    "Về cơ cấu nguồn vốn: vốn ngân sách 35%, vốn doanh nghiệp 45%, vốn vay 15%, vốn khác 5%.",
    "Khu tái định cư có diện tích 2.500 m² (0,25 ha).",
    "Quãng đường dài 12 km (12.000 m) được thảm nhựa.",
    "Mỗi hộ được hỗ trợ 1.500.000 đồng (một triệu năm trăm nghìn đồng).",
    "Dự án có tổng vốn 1,5 triệu USD (khoảng 35 tỷ đồng).",
    "Thu nhập bình quân đạt 4,5 triệu đồng/người/tháng (54 triệu đồng/người/năm).",
  ],
  invalid: [],
});
