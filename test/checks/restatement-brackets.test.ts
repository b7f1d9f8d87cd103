/**
 * A bracket right after an amount restating it: in another unit ("0,32 ha (3.200 m²)", "2,5 km
 * (2.500 m)", "1,2 tấn (1.200 kg)", "3.500 triệu đồng (3,5 tỷ đồng)"), or in words after the
 * counted noun ("1.274 hội viên (một nghìn hai trăm bảy mươi tư hội viên)"). Written before running.
 */
import { E, runTable } from "./table.js";

runTable("restatements in a bracket", {
  valid: [
    "Diện tích thu hồi là 0,32 ha (3.200 m²).",
    "Tuyến đường dài 2,5 km (2.500 m) được nâng cấp.",
    "Đã thu gom 1,2 tấn (1.200 kg) rác thải.",
    "Tổng kinh phí 3.500 triệu đồng (3,5 tỷ đồng).",
    "Hội có 1.274 hội viên (một nghìn hai trăm bảy mươi tư hội viên).",
    "Diện tích 12 ha (năm 2020 là 10 ha).",
    "Sản lượng đạt 1.200 tấn (tăng 150 tấn).",
    "Kinh phí 500 triệu đồng (ngân sách tỉnh 300 triệu đồng).",
    "Căn hộ được bán với giá 2 tỷ đồng (khoảng 86.000 USD).",
    "Hợp tác xã đã chia lãi 465 triệu đồng (bốn trăm sáu mươi lăm triệu đồng) cho các thành viên.",
    "Tổng kinh phí 3.200 triệu đồng (ba tỷ hai trăm triệu đồng).",
    // a number in words told as about or as a bound is no exact restatement
    "Tổng kinh phí là 1.548 triệu đồng (khoảng một tỷ năm trăm triệu đồng).",
    "Tổng trị giá hàng hóa vi phạm là 498 triệu đồng (gần năm trăm triệu đồng).",
    "Số tiền thu hồi là 1,55 tỷ đồng (khoảng một tỷ rưỡi đồng).",
    "Chiếm đoạt số tiền 3.150 triệu đồng (hơn ba tỷ đồng) của 25 người.",
  ],
  invalid: [
    { text: "Diện tích thu hồi là 0,32 ha (320 m²).", errors: [E("restatement.units")] },
    { text: "Tuyến đường dài 2,5 km (2.050 m) được nâng cấp.", errors: [E("restatement.units")] },
    { text: "Đã thu gom 1,2 tấn (1.020 kg) rác thải.", errors: [E("restatement.units")] },
    { text: "Tổng kinh phí 3.500 triệu đồng (3,2 tỷ đồng).", errors: [E("restatement.units")] },
    { text: "Hội có 1.274 hội viên (một nghìn hai trăm bốn mươi bảy hội viên).", errors: [E("restatement.words")] },
    { text: "Tổng số 215 đại biểu (hai trăm mười hai đại biểu) đã dự đại hội.", errors: [E("restatement.words")] },
    // an amount of money in words with its unit, after the same unit in digits: the words, not two units
    { text: "Hợp tác xã đã chia lãi 465 triệu đồng (bốn trăm năm mươi sáu triệu đồng) cho các thành viên.", errors: [E("restatement.words")] },
    { text: "Tổng kinh phí 3.200 triệu đồng (ba tỷ hai trăm năm mươi triệu đồng).", errors: [E("restatement.words")] },
    { text: "Tổng kinh phí là 1.548 triệu đồng (khoảng hai tỷ đồng).", errors: [E("restatement.words")] },
  ],
});
