/**
 * Review 8's false alarms, helper fixR8b (session 34): shapes C, H, J and W1 of /work/rev8/report.md.
 * The sentences are written for this table (review 8's set is a measurement set and is not copied);
 * every figure's arithmetic is in the comment above it (checked with python3).
 */
import { E, runTable, W } from "./table.js";

// C. relate.breakdown.product: a total whose label names something bigger than the counted things,
// in the same unit, is no product; a label that names them, or only the measure, still is.
runTable("product: a total labelled with a bigger thing", {
  valid: [
    // the building's floor area: 16 × 56 = 896 m2 < 1.300 m2 (corridors, stairs)
    "Xây mới 16 phòng học, mỗi phòng 56 m2, tổng diện tích xây dựng 1.300 m2.",
    // floor area of the block: 24 × 60 = 1.440 m2 < 1.900 m2
    "Xây dựng 24 căn hộ, mỗi căn 60 m2, tổng diện tích sàn 1.900 m2.",
    // the whole quarter: 35 × 100 = 3.500 m2 < 5.200 m2 (roads, green space)
    "Giao 35 lô đất ở, mỗi lô 100 m2, tổng diện tích khu dân cư 5.200 m2.",
    // all the equipment: 30 × 18 = 540 triệu < 720 triệu
    "Trang bị 30 máy chiếu, mỗi máy 18 triệu đồng, tổng kinh phí mua sắm trang thiết bị 720 triệu đồng.",
    // the canal: 5 × 8 = 40 m of culverts < 1.250 m
    "Đúc 5 cống ngang, mỗi cống dài 8 m, tổng chiều dài tuyến mương 1.250 m.",
    // the project: 20 × 6 = 120 triệu < 200 triệu
    "Lắp 20 đèn năng lượng, mỗi đèn 6 triệu đồng, tổng giá trị dự án 200 triệu đồng.",
    // the deed told before the count, repeated in a money label, and the product holds: 45 × 20 = 900 triệu
    "Hỗ trợ 45 hộ nghèo, mỗi hộ 20 triệu đồng, tổng kinh phí hỗ trợ 900 triệu đồng.",
    // the noun after the classifier named, and the product holds: 40 × 2 = 80 triệu
    "Tặng 40 chiếc xe đạp, mỗi chiếc 2 triệu đồng, tổng trị giá xe đạp 80 triệu đồng.",
  ],
  invalid: [
    // the label names the rooms: 16 × 56 = 896 ≠ 1.000 m2
    { text: "Xây 16 phòng học, mỗi phòng 56 m2, tổng diện tích phòng học 1.000 m2.", errors: [E("breakdown.sum")] },
    // only the measure: 16 × 56 = 896 ≠ 1.000 m2
    { text: "Xây 16 phòng học, mỗi phòng 56 m2, tổng diện tích 1.000 m2.", errors: [E("breakdown.sum")] },
    // the culverts named: 5 × 8 = 40 ≠ 52 m
    { text: "Đúc 5 cống ngang, mỗi cống dài 8 m, tổng chiều dài các cống 52 m.", errors: [E("breakdown.sum")] },
    // the deed repeated in a money label: 45 × 20 = 900 triệu ≠ 1 tỷ
    { text: "Hỗ trợ 45 hộ nghèo, mỗi hộ 20 triệu đồng, tổng kinh phí hỗ trợ 1 tỷ đồng.", errors: [E("breakdown.sum")] },
    // each's noun named: 18 × 24 = 432 ≠ 450
    // the noun after a classifier ("suất quà", "chiếc xe đạp") named: 300 × 0,5 = 150 ≠ 160 triệu; 40 × 2 = 80 ≠ 90 triệu
    { text: "Trao 300 suất quà, mỗi suất 500.000 đồng, tổng trị giá quà tặng 160 triệu đồng.", errors: [E("breakdown.sum")] },
    { text: "Tặng 40 chiếc xe đạp, mỗi chiếc 2 triệu đồng, tổng trị giá xe đạp 90 triệu đồng.", errors: [E("breakdown.sum")] },
    { text: "Tổ chức 18 phòng thi, mỗi phòng thi có 24 thí sinh, tổng số thí sinh dự thi là 450 em.", errors: [E("breakdown.sum")] },
  ],
});

// H. relate.breakdown.stock-flow: a last "tăng/giảm" that is what the flows before it come to is
// their net change, not one more flow; a closing stock that misses still is an error.
runTable("stock-flow: the net change after the flows", {
  valid: [
    // 210 − 95 = 115 (net); 3.150 + 210 − 95 = 3.265
    "Đầu năm có 3.150 hội viên; trong năm kết nạp mới 210 hội viên, giảm 95 hội viên, tăng 115 hội viên; cuối năm có 3.265 hội viên.",
    // a net "giảm": 40 − 25 − 30 = −15; 860 + 40 − 25 − 30 = 845
    "Đầu năm, chi hội có 860 hội viên; kết nạp 40 hội viên, chuyển đi 25 hội viên, từ trần 30 hội viên, giảm 15 hội viên; cuối năm còn 845 hội viên.",
    // "như vậy tăng thực": 36 + 8 − 11 − 5 = 28; 512 + 28 = 540
    "Đầu năm có 512 đảng viên; kết nạp 36 đảng viên, chuyển đến 8 đảng viên, chuyển đi 11 đảng viên, từ trần 5 đảng viên, như vậy tăng thực 28 đảng viên; cuối năm có 540 đảng viên.",
    // the net after ";": 95 − 38 = 57; 1.240 + 57 = 1.297
    "Đầu năm có 1.240 xã viên; trong năm kết nạp 95 xã viên, ra khỏi hợp tác xã 38 xã viên; tăng 57 xã viên, cuối năm có 1.297 xã viên.",
  ],
  invalid: [
    // 3.150 + 210 − 95 = 3.265 ≠ 3.380 (the closing stock counts the net twice)
    { text: "Đầu năm có 3.150 hội viên; trong năm kết nạp mới 210 hội viên, giảm 95 hội viên, tăng 115 hội viên; cuối năm có 3.380 hội viên.", errors: [E("breakdown.sum")] },
    // 3.150 + 210 − 95 = 3.265 ≠ 3.285
    { text: "Đầu năm có 3.150 hội viên; trong năm kết nạp mới 210 hội viên, giảm 95 hội viên, tăng 115 hội viên; cuối năm có 3.285 hội viên.", errors: [E("breakdown.sum")] },
    // a last "tăng" that is not the net (210 − 95 = 115 ≠ 120) stays a flow: 3.150 + 210 − 95 + 120 = 3.385 ≠ 3.265
    { text: "Đầu năm có 3.150 hội viên; trong năm kết nạp mới 210 hội viên, giảm 95 hội viên, tăng 120 hội viên; cuối năm có 3.265 hội viên.", errors: [E("breakdown.sum")] },
  ],
});

// J. relate.breakdown.split-by: a second split after a first split of the same whole is of that
// whole, never of the first split's largest item.
runTable("split-by: a second split of the same whole", {
  valid: [
    // 34 + 22 + 8 = 64 and 30 + 20 + 14 = 64 (not ≠ 34, the first split's largest item)
    "Toàn tỉnh có 64 hợp tác xã mới. Phân theo ngành: nông nghiệp 34 hợp tác xã, thương mại 22 hợp tác xã, vận tải 8 hợp tác xã. Phân theo huyện: huyện Đông 30 hợp tác xã, huyện Tây 20 hợp tác xã, các huyện khác 14 hợp tác xã.",
    // after ";": 75 + 45 + 30 = 150 and 90 + 40 + 20 = 150 (not ≠ 75)
    "Năm nay có 150 hộ thoát nghèo. Chia theo xã: xã Hòa Bình 75 hộ, xã Hòa Lạc 45 hộ, xã Hòa Xuân 30 hộ; chia theo dân tộc: dân tộc Mường 90 hộ, dân tộc Kinh 40 hộ, dân tộc Thái 20 hộ.",
    // three splits: 75 + 45 + 30 = 90 + 40 + 20 = 100 + 50 = 150
    "Năm nay có 150 hộ thoát nghèo. Chia theo xã: xã Hòa Bình 75 hộ, xã Hòa Lạc 45 hộ, xã Hòa Xuân 30 hộ. Chia theo dân tộc: dân tộc Mường 90 hộ, dân tộc Kinh 40 hộ, dân tộc Thái 20 hộ. Chia theo giới tính chủ hộ: chủ hộ nam 100 hộ, chủ hộ nữ 50 hộ.",
  ],
  invalid: [
    // the second split misses: 30 + 20 + 18 = 68 ≠ 64
    { text: "Toàn tỉnh có 64 hợp tác xã mới. Phân theo ngành: nông nghiệp 34 hợp tác xã, thương mại 22 hợp tác xã, vận tải 8 hợp tác xã. Phân theo huyện: huyện Đông 30 hợp tác xã, huyện Tây 20 hợp tác xã, các huyện khác 18 hợp tác xã.", errors: [E("breakdown.sum")] },
    // 90 + 40 + 25 = 155 ≠ 150
    { text: "Năm nay có 150 hộ thoát nghèo. Chia theo xã: xã Hòa Bình 75 hộ, xã Hòa Lạc 45 hộ, xã Hòa Xuân 30 hộ. Chia theo dân tộc: dân tộc Mường 90 hộ, dân tộc Kinh 40 hộ, dân tộc Thái 25 hộ.", errors: [E("breakdown.sum")] },
    // the first split misses: 34 + 22 + 10 = 66 ≠ 64 (the second, 30 + 20 + 14 = 64, holds)
    { text: "Toàn tỉnh có 64 hợp tác xã mới. Phân theo ngành: nông nghiệp 34 hợp tác xã, thương mại 22 hợp tác xã, vận tải 10 hợp tác xã. Phân theo huyện: huyện Đông 30 hợp tác xã, huyện Tây 20 hợp tác xã, các huyện khác 14 hợp tác xã.", errors: [E("breakdown.sum")] },
  ],
});

// W1. relate.breakdown.list: after a "trong đó" subset, the count handled of it ("đã giải quyết …")
// or, past a ";" ending the subset's clause (no colon), another attribute of the whole is no more part.
runTable("list: a handled count or an attribute after a 'trong đó' subset", {
  valid: [
    // 300 ≤ 380; 285 of the 300: 285 / 300 = 95% (not 300 + 285 = 585 > 380)
    "Tiếp nhận 380 đơn, trong đó 300 đơn đủ điều kiện, đã giải quyết 285 đơn, đạt 95%.",
    // 50 ≤ 56 and 41 ≤ 56 (not 50 + 41 = 91 > 56)
    "Có 56 trường, trong đó 50 trường công lập; số trường đạt chuẩn là 41 trường.",
    // 600 ≤ 640 and 585 ≤ 640 (an attribute after ";", not 600 + 585 = 1.185 > 640)
    "Chi bộ có 640 đảng viên, trong đó 600 đảng viên chính thức; 585 đảng viên được đánh giá hoàn thành tốt nhiệm vụ.",
    // 210 ≤ 320; 198 of the 210 (not 210 + 198 = 408 > 320)
    "Tòa án thụ lý 320 vụ việc, trong đó 210 vụ việc hôn nhân gia đình; giải quyết 198 vụ việc hôn nhân gia đình.",
    // every item told by what was done: 380 + 30 = 410 ≤ 420
    "Trong năm nhận 420 hồ sơ, trong đó: đã giải quyết 380 hồ sơ, đang giải quyết 30 hồ sơ.",
  ],
  invalid: [
    // 24 + 18 = 42 > 40 (the parts may overlap: a warning)
    { text: "Có 40 trường, trong đó 24 trường công lập, 18 trường tư thục.", errors: [W("breakdown.sum")] },
    // after "trong đó:" the ";" parts items: 30 + 15 = 45 > 42
    { text: "Có 42 trường, trong đó: 30 trường công lập; 15 trường tư thục.", errors: [W("breakdown.sum")] },
    // every item told by what was done: 380 + 60 = 440 > 420
    { text: "Trong năm nhận 420 hồ sơ, trong đó: đã giải quyết 380 hồ sơ, đang giải quyết 60 hồ sơ.", errors: [E("breakdown.sum")] },
  ],
});
