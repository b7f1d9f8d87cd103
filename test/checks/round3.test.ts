/**
 * A ninth batch (written before running) on the seven shapes blind audit round 2 missed:
 * "chia ra:"/"phân ra:" list cues and staff roles as parts of "N người"; a bracketed plan with a
 * bare classifier unit; "tăng Δ, tương đương tăng P%" with the base unstated; a share whose
 * category noun comes before the number; a whole followed by a qualifier; two "trong đó … chiếm"
 * shares of one money total over complementary classes; one person with two ranks.
 * Consistent traps beside each.
 */
import { E, runTable } from "./table.js";

runTable("round 3: contradictions", {
  valid: [],
  invalid: [
    // 1. list cues and staff roles
    { text: "Tổng số cán bộ, giáo viên, nhân viên của trường là 54 người, chia ra: cán bộ quản lý 02 người, giáo viên 45 người, nhân viên 06 người.", errors: [E("breakdown.sum")] },
    { text: "Nhà máy hiện có 130 lao động, gồm: 8 kỹ sư, 110 công nhân và 10 nhân viên văn phòng.", errors: [E("breakdown.sum")] },
    { text: "Trung tâm có 41 người, phân ra: viên chức 30 người, hợp đồng lao động 9 người.", errors: [E("breakdown.sum")] },
    {
      text: "Bệnh viện có 265 người, gồm bác sĩ 62, điều dưỡng 150, kỹ thuật viên 25, nhân viên 30.",
      errors: [E("breakdown.sum")],
    },
    { text: "Tổng số lao động của xí nghiệp là 150 người, chia ra: kỹ sư 12, công nhân 125, nhân viên 15.", errors: [E("breakdown.sum")] },
    // 2. bracketed plan with a bare classifier
    { text: "Năm 2024, khu du lịch đón 1,2 triệu lượt, bằng 110% kế hoạch năm (kế hoạch 1,5 triệu lượt).", errors: [E("plan.ratio")] },
    { text: "Số ca khám đạt 48.000 lượt, bằng 120% kế hoạch (kế hoạch 45.000 lượt).", errors: [E("plan.ratio")] },
    // 3. growth delta with the base unstated
    { text: "Số học sinh toàn huyện năm học 2023-2024 là 25.300 em, tăng 1.300 em so với năm học trước, tương đương tăng 7,2%.", errors: [E("growth.delta")] },
    { text: "Tổng số thuê bao đạt 12.600 thuê bao, tăng 2.100 thuê bao so với cùng kỳ, tương đương 25%.", errors: [E("growth.delta")] },
    // 4. share with the category noun before the number
    { text: "Toàn tỉnh có 1.850 hợp tác xã, trong đó hợp tác xã nông nghiệp 1.200 hợp tác xã, chiếm 70,3%.", errors: [E("share.of-whole")] },
    { text: "Trường có 1.460 học sinh, trong đó học sinh nữ 700 em, chiếm 52,1%.", errors: [E("share.of-whole")] },
    // 5. a whole followed by a qualifier
    { text: "Trạm y tế đã cân, đo cho 2.400 trẻ em dưới 2 tuổi, trong đó có 300 trẻ suy dinh dưỡng thể nhẹ cân, chiếm tỷ lệ 15,5%.", errors: [E("share.of-whole")] },
    {
      text: "Trạm y tế đã cân, đo cho 2.400 trẻ em dưới 2 tuổi; kết quả có 300 trẻ suy dinh dưỡng thể nhẹ cân, chiếm tỷ lệ 15,5%.",
      errors: [E("share.of-whole")],
    },
    { text: "Đoàn đã kiểm tra 48 cơ sở kinh doanh thực phẩm, phát hiện 12 cơ sở vi phạm, chiếm 20%.", errors: [E("share.of-whole")] },
    { text: "Năm 2024, trung tâm sàng lọc cho 1.500 người; kết quả có 90 người nghi mắc lao, chiếm tỷ lệ 9%.", errors: [E("share.of-whole")] },
    { text: "Khám sức khỏe cho 900 người cao tuổi trên 80 tuổi, trong đó có 180 người mắc bệnh tăng huyết áp, chiếm 25%.", errors: [E("share.of-whole")] },
    // 6. two "trong đó … chiếm" shares of one money total over complementary classes
    { text: "Tổng chi khám chữa bệnh năm 2023 là 860 tỷ đồng, trong đó chi khám chữa bệnh ngoại trú chiếm 44,2%, chi khám chữa bệnh nội trú chiếm 60,5%.", errors: [E("percent-total.sum")] },
    // 7. one person with two ranks
    { text: "Dự hội nghị có Đại tá Lê Văn Phúc, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh. Phát biểu chỉ đạo, Thượng tá Lê Văn Phúc, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh đề nghị các đơn vị tiếp tục thực hiện tốt nhiệm vụ.", errors: [E("positions.conflict")] },
    { text: "Thiếu tướng Trần Minh Đức, Giám đốc Công an tỉnh dự và chỉ đạo hội nghị. Kết luận hội nghị, Đại tá Trần Minh Đức yêu cầu các đơn vị quán triệt nghị quyết.", errors: [E("positions.conflict")] },
  ],
});

runTable("round 3: consistent", {
  valid: [
    "Tổng số cán bộ, giáo viên, nhân viên của trường là 54 người, chia ra: cán bộ quản lý 02 người, giáo viên 46 người, nhân viên 06 người.",
    "Nhà máy hiện có 130 lao động, gồm: 8 kỹ sư, 112 công nhân và 10 nhân viên văn phòng.",
    // roles overlap with attributes: not a closed split
    "Trường có 60 người, trong đó 45 giáo viên, 40 nữ và 30 đảng viên.",
    "Đơn vị có 58 người, gồm giáo viên 50 người, trong đó có 20 giáo viên dạy giỏi cấp tỉnh.",
    // open list
    "Công ty có 300 lao động, gồm các kỹ sư, công nhân như: 20 kỹ sư, 150 công nhân…",
    "Năm 2024, khu du lịch đón 1,65 triệu lượt, bằng 110% kế hoạch năm (kế hoạch 1,5 triệu lượt).",
    "Số học sinh toàn huyện năm học 2023-2024 là 25.300 em, tăng 1.300 em so với năm học trước, tương đương tăng 5,4%.",
    "Tổng số thuê bao đạt 12.600 thuê bao, tăng 2.100 thuê bao so với cùng kỳ, tương đương 20%.",
    // a rate of something else after a delta
    "Doanh thu đạt 50 tỷ đồng, tăng 5 tỷ đồng so với năm trước; lợi nhuận tăng 20%.",
    "Toàn tỉnh có 1.850 hợp tác xã, trong đó hợp tác xã nông nghiệp 1.300 hợp tác xã, chiếm 70,3%.",
    "Trường có 1.460 học sinh, trong đó học sinh nữ 700 em, chiếm 47,9%.",
    "Trạm y tế đã cân, đo cho 2.400 trẻ em dưới 2 tuổi; kết quả có 300 trẻ suy dinh dưỡng thể nhẹ cân, chiếm tỷ lệ 12,5%.",
    "Khám sức khỏe cho 900 người cao tuổi trên 80 tuổi, trong đó có 180 người mắc bệnh tăng huyết áp, chiếm 20%.",
    "Tổng chi khám chữa bệnh năm 2023 là 860 tỷ đồng, trong đó chi khám chữa bệnh ngoại trú chiếm 44,2%, chi khám chữa bệnh nội trú chiếm 55,8%.",
    // overlapping categories: shares may sum past 100
    "Tổng vốn đầu tư 500 tỷ đồng, trong đó vốn cho giao thông chiếm 60%, vốn cho vùng khó khăn chiếm 55%.",
    "Đại tá Lê Văn Phúc, nguyên Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh. Thượng tá Lê Văn Phúc (năm 2015) phụ trách công tác tác chiến.",
    "Năm 2020, Thượng tá Trần Minh Đức được thăng hàm Đại tá. Đại tá Trần Minh Đức hiện là Phó Giám đốc Công an tỉnh.",
    "Thượng tá Nguyễn Văn An, Trưởng Công an huyện và Đại tá Nguyễn Văn Bình, Phó Giám đốc Công an tỉnh dự hội nghị.",
  ],
  invalid: [],
});

runTable("round 3, second batch: contradictions", {
  valid: [],
  invalid: [
    { text: "Toàn huyện có 640 cơ sở sản xuất, trong đó cơ sở chế biến và bảo quản nông sản 120 cơ sở, chiếm 25%.", errors: [E("share.of-whole")] },
    { text: "Năm 2023 có 3.150 doanh nghiệp đang hoạt động, trong đó doanh nghiệp nhỏ và siêu nhỏ 2.900 doanh nghiệp, chiếm 95,2%.", errors: [E("share.of-whole")] },
    { text: "Đội ngũ nhà giáo của trường gồm 96 người, phân ra: giảng viên 80 người, nghiên cứu viên 10 người, kỹ thuật viên 4 người.", errors: [E("breakdown.sum")] },
    { text: "Số lao động của công ty là 420 người, trong đó công nhân 390 người, kỹ sư 25 người và nhân viên văn phòng 12 người.", errors: [E("breakdown.sum")] },
    { text: "Tổng thu dịch vụ y tế 2024 đạt 215 tỷ đồng, trong đó thu từ bệnh nhân nội trú chiếm 62%, thu từ bệnh nhân ngoại trú chiếm 41%.", errors: [E("percent-total.sum")] },
    { text: "Lượt khách đến tỉnh đạt 1,8 triệu lượt, tăng 300.000 lượt so với năm 2023, tương đương tăng 25%.", errors: [E("growth.delta")] },
    { text: "Sản lượng điện thương phẩm đạt 2.350 triệu kWh, bằng 98% kế hoạch (kế hoạch 2.200 triệu kWh).", errors: [E("plan.ratio")] },
  ],
});

runTable("round 3, second batch: consistent", {
  valid: [
    "Toàn huyện có 640 cơ sở sản xuất, trong đó cơ sở chế biến và bảo quản nông sản 160 cơ sở, chiếm 25%.",
    "Đội ngũ nhà giáo của trường gồm 96 người, phân ra: giảng viên 80 người, nghiên cứu viên 10 người, kỹ thuật viên 6 người.",
    // a partial list of roles: less than the whole is fine
    "Số lao động của công ty là 420 người, trong đó công nhân 380 người, kỹ sư 25 người.",
    // roles and degrees: two dimensions
    "Trường có 85 người, gồm 70 giáo viên, 15 nhân viên; trong đó 12 thạc sĩ.",
    // a partial rating list after "trong đó": no more than 100, never closed
    "Năm học 2023-2024 có 1.200 học sinh, trong đó học sinh giỏi chiếm 35%, học sinh khá chiếm 45%.",
    // shares of two different wholes after "trong đó"
    "Tổng vốn 300 tỷ đồng, trong đó vốn nhà nước chiếm 60%; tổng lao động 500 người, trong đó lao động nữ chiếm 70%.",
    "Lượt khách đến tỉnh đạt 1,8 triệu lượt, tăng 300.000 lượt so với năm 2023, tương đương tăng 20%.",
    "Sản lượng điện thương phẩm đạt 2.350 triệu kWh, bằng 106,8% kế hoạch (kế hoạch 2.200 triệu kWh).",
    "Tổng số lao động của xí nghiệp là 150 người, chia ra: kỹ sư 12, công nhân 123, nhân viên 15.",
    // roles and a party attribute, labels before bare numbers: may overlap
    "Tổng số 60 người, gồm: giáo viên 45, nhân viên 10, đảng viên 30.",
    // no whole before the roles
    "Năm 2023, được khen thưởng gồm: bác sĩ 5, điều dưỡng 12.",
    "Đoàn đã kiểm tra 48 cơ sở kinh doanh thực phẩm, phát hiện 12 cơ sở vi phạm, chiếm 25%.",
    // the examined count is a change, not the whole; the share names its own whole
    "Năm 2024 khám cho 1.500 người, tăng 300 người so với năm trước; kết quả có 90 người nghi mắc lao, chiếm 6%.",
    "Đoàn kiểm tra 48 cơ sở, phát hiện 12 cơ sở vi phạm, chiếm 5% tổng số cơ sở trên địa bàn.",
    // the examined is of another kind
    "Tổ chức 12 đợt khám; kết quả có 90 người mắc bệnh, chiếm 15%.",
    // "chia ra" without a colon: a verb, no list
    "Đoàn 45 người được chia ra làm 3 nhóm, mỗi nhóm 15 người, đi khảo sát 12 xã.",
    // two ranks of two people with one surname and given name pattern
    "Thượng tá Lê Văn Hải, Phó Trưởng phòng và Đại tá Lê Văn Hà, Trưởng phòng Cảnh sát giao thông cùng dự buổi lễ.",
    // one name, two posts in two units: two people
    "Đại tá Nguyễn Văn Nam, Giám đốc Công an tỉnh Nam Định dự lễ. Thượng tá Nguyễn Văn Nam, Trưởng Công an huyện Mê Linh cũng có mặt.",
    // a promotion told with "thăng cấp bậc hàm"
    "Lễ công bố quyết định thăng cấp bậc hàm cho Thượng tá Phạm Quốc Huy lên Đại tá. Đại tá Phạm Quốc Huy cảm ơn lãnh đạo.",
  ],
  invalid: [],
});
