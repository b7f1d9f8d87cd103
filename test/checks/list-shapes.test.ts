/**
 * Four shapes of list the checks missed (fresh6.test.ts, review-lists.test.ts), and the traps
 * around each:
 *
 * - labels that hold a range of a qualifier before the number ("dưới 35 tuổi 1.260 người, từ 35
 *   đến 50 tuổi 1.580 người, trên 50 tuổi 710 người"): ranges that do not meet are disjoint parts;
 *   ranges that share an end are not told (a warning at most), ranges that overlap are no partition;
 * - a staff split into roles with a last part of "the others" ("… và 6 lao động khác"): one role
 *   each, the last the rest;
 * - an organisation named as a branch after its name ("Vietcombank chi nhánh Bình Định",
 *   "Ngân hàng Chính sách xã hội chi nhánh tỉnh Lào Cai"): one org, so Giám đốc and Phó Giám đốc
 *   of it for one person conflict;
 * - a list that goes on past a nested "trong đó" ("gồm 112 xã, trong đó 36 xã …, 18 phường và 11 thị
 *   trấn"): the outer list takes its items back after the nested part when the split is sure
 *   (src/relate/nested.ts), and raises nothing when it is not;
 * - a label with a relative clause before the number ("doanh nghiệp có vốn đầu tư nước ngoài 142
 *   đơn vị"): the noun before "có" is what is counted.
 *
 * Genres: union, tax, school, social insurance, police, cooperative, party, company, hospital,
 * bank, department. The sentences are invented for these tests (not copied from
 * ../shared/corpus/checks nor from the other tables). Each case's arithmetic is in the comment above it.
 */
import { E, runTable, W } from "./table.js";

runTable("list shapes: contradictions", {
  valid: [],
  invalid: [
    // ── ranges in the labels ──
    // union: 1.260 + 1.580 + 710 = 3.550 > 3.420
    { text: "Liên đoàn Lao động huyện hiện có 3.420 đoàn viên công đoàn, trong đó: dưới 35 tuổi 1.260 người, từ 35 đến 50 tuổi 1.580 người, trên 50 tuổi 710 người.", errors: [E("breakdown.sum")] },
    // school, "đến dưới": 230 + 842 + 186 = 1.258 > 1.240
    { text: "Kỳ thi tuyển sinh lớp 10 có 1.240 thí sinh dự thi, trong đó: dưới 5 điểm 230 em, từ 5 đến dưới 8 điểm 842 em, từ 8 điểm trở lên 186 em.", errors: [E("breakdown.sum")] },
    // social insurance, closed: 214 + 1.486 + 625 = 2.325 ≠ 2.315
    { text: "Bảo hiểm xã hội huyện đang chi trả lương hưu hằng tháng cho 2.315 người, gồm: dưới 60 tuổi 214 người, từ 60 đến 75 tuổi 1.486 người và trên 75 tuổi 625 người.", errors: [E("breakdown.sum")] },
    // union of veterans, bands written from the top, no cue colon: 46 + 98 + 80 = 224 > 215 ((80, ∞), [70, 80], (−∞, 70))
    { text: "Hội Cựu chiến binh xã có 215 hội viên, trong đó trên 80 tuổi 46 người, từ 70 đến 80 tuổi 98 người, dưới 70 tuổi 80 người.", errors: [E("breakdown.sum")] },
    // hospital, "6 tuổi trở lên" with no word before it: 1.200 + 300 = 1.500 > 1.400
    { text: "Khoa Nhi đã khám cho 1.400 trẻ em, trong đó: dưới 6 tuổi 1.200 trẻ, 6 tuổi trở lên 300 trẻ.", errors: [E("breakdown.sum")] },
    // cooperative: ranges that share an end (40): 52 + 80 = 132 > 128, a warning
    { text: "Hợp tác xã Nông nghiệp Đông Phong có 128 thành viên, trong đó: từ 18 đến 40 tuổi 52 người, từ 40 tuổi trở lên 80 người.", errors: [W("breakdown.sum")] },

    // ── roles and the others ──
    // company, closed: 86 + 1.050 + 112 = 1.248 ≠ 1.240
    { text: "Công ty Cổ phần May Sông Hồng có 1.240 lao động, gồm 86 kỹ sư, 1.050 công nhân và 112 lao động khác.", errors: [E("breakdown.sum")] },
    // hospital, open: 46 + 98 + 12 + 64 = 220 > 215
    { text: "Trung tâm Y tế huyện có 215 viên chức, trong đó 46 bác sĩ, 98 điều dưỡng, 12 dược sĩ và 64 viên chức khác.", errors: [E("breakdown.sum")] },

    // ── a branch named after its org ──
    // bank: one person, Giám đốc and Phó Giám đốc of one branch
    { text: "Ông Lê Quang Huy, Giám đốc Vietcombank chi nhánh Bình Định, cho biết năm 2024 chi nhánh đã giải ngân 4.200 tỷ đồng. Theo Phó Giám đốc Vietcombank chi nhánh Bình Định Lê Quang Huy, nợ xấu được kiểm soát dưới 1%.", errors: [E("positions.conflict")] },
    // social policy bank: the name ends in lower-case field words before "chi nhánh tỉnh …"
    { text: "Ông Phạm Văn Tùng, Giám đốc Ngân hàng Chính sách xã hội chi nhánh tỉnh Lào Cai, cho biết tổng dư nợ đạt 6.120 tỷ đồng. Phó Giám đốc Ngân hàng Chính sách xã hội chi nhánh tỉnh Lào Cai Phạm Văn Tùng đề nghị các tổ tiết kiệm và vay vốn rà soát hộ vay.", errors: [E("positions.conflict")] },

    // ── a list past a nested "trong đó" ──
    // department: 112 + 18 + 11 = 141 ≠ 139 (36 of the 112 xã)
    { text: "Toàn tỉnh có 139 đơn vị hành chính cấp xã, gồm 112 xã, trong đó 36 xã đặc biệt khó khăn, 18 phường và 11 thị trấn.", errors: [E("breakdown.sum")] },
    // party: 1 + 2 + 10 = 13 ≠ 15 (the Phó Bí thư thường trực is one of the 2)
    { text: "Ban Chấp hành Đảng bộ xã gồm 15 đồng chí: 1 Bí thư, 2 Phó Bí thư, trong đó 1 Phó Bí thư thường trực, và 10 ủy viên.", errors: [E("breakdown.sum")] },
    // police: 52 + 21 + 9 = 82 ≠ 84, but "vụ trộm cắp" and "vụ án ma túy" are not told apart from the nested "vụ án hình sự": no finding
    {
      text: "Năm 2024, Công an huyện đã khởi tố 84 vụ án, gồm 52 vụ án hình sự về trật tự xã hội, trong đó 18 vụ trộm cắp tài sản, 21 vụ án ma túy và 9 vụ án kinh tế.",
      errors: [E("breakdown.sum")],
      fails: "missed: no finding; after the nested 'trong đó', '21 vụ án ma túy' has the nested whole's head noun ('vụ án'), so the outer list is not taken up again (nested.ts: unsure)",
    },

    // ── ranges after the count ──
    // factory, closed, bands that do not meet: 210 + 330 + 110 = 650 ≠ 640
    { text: "Nhà máy có 640 công nhân, gồm 210 người dưới 30 tuổi, 330 người từ 30 đến 50 tuổi và 110 người trên 50 tuổi.", errors: [E("breakdown.sum")] },

    // ── a nested list ended by ";" ──
    // department: 25 + 6 = 31 ≠ 30 (7 + 5 of the 25 xã; the 6 thị trấn after the ";" are the outer list's)
    { text: "Huyện có 30 đơn vị hành chính cấp xã, gồm 25 xã, trong đó 7 xã miền núi, 5 xã bãi ngang; 6 thị trấn.", errors: [E("breakdown.sum")] },
    // police: 142 + 160 = 302 > 268 in the nested list (the 144 after the ";" is no part of the 268)
    { text: "Kết quả xử lý 412 vụ việc, trong đó 268 vụ hình sự, trong đó 142 vụ trộm cắp, 160 vụ cố ý gây thương tích; 144 vụ hành chính.", errors: [W("breakdown.sum")] },

    // ── a label with a relative clause ──
    // tax: 14 + 2.086 + 52 = 2.152 > 2.140
    { text: "Chi cục Thuế đang quản lý 2.140 doanh nghiệp, trong đó: doanh nghiệp nhà nước 14 đơn vị, doanh nghiệp ngoài nhà nước 2.086 đơn vị, doanh nghiệp có vốn đầu tư nước ngoài 52 đơn vị.", errors: [E("breakdown.sum")] },
    // department, closed, the last label after "và": 24 + 3.702 + 142 = 3.868 ≠ 3.860
    { text: "Theo Cục Thống kê, toàn tỉnh có 3.860 doanh nghiệp đang hoạt động, gồm: doanh nghiệp nhà nước 24 đơn vị, doanh nghiệp ngoài nhà nước 3.702 đơn vị và doanh nghiệp có vốn đầu tư nước ngoài 142 đơn vị.", errors: [E("breakdown.sum")] },
    // ownership beside legal forms (a foreign-invested firm is also of some form): a warning at most, 85 + 410 + 790 = 1.285 > 1.200
    { text: "Toàn tỉnh có 1.200 doanh nghiệp, trong đó doanh nghiệp có vốn đầu tư nước ngoài 85 đơn vị, công ty cổ phần 410 đơn vị, công ty TNHH 790 đơn vị.", errors: [W("breakdown.sum")] },
  ],
});

runTable("list shapes: consistent traps", {
  valid: [
    // ── ranges in the labels ──
    // police: 74 + 82 + 30 = 186
    "Công an huyện có 186 cán bộ, chiến sĩ, trong đó: dưới 30 tuổi 74 đồng chí, từ 30 đến 45 tuổi 82 đồng chí, trên 45 tuổi 30 đồng chí.",
    // social insurance, closed: 214 + 1.476 + 625 = 2.315
    "Bảo hiểm xã hội tỉnh đang chi trả trợ cấp hằng tháng cho 2.315 người, gồm: dưới 60 tuổi 214 người, từ 60 đến 75 tuổi 1.476 người và trên 75 tuổi 625 người.",
    // union of veterans: 46 + 98 + 71 = 215
    "Hội Cựu chiến binh xã có 215 hội viên, trong đó trên 80 tuổi 46 người, từ 70 đến 80 tuổi 98 người, dưới 70 tuổi 71 người.",
    // company: overlapping ranges after the unit ("trên 5 năm kinh nghiệm" holds "trên 10 năm …"), 32 + 30 = 62 > 60 is no contradiction
    "Công ty Cổ phần Tư vấn Xây dựng Hà Thành có 60 kỹ sư, trong đó: trên 5 năm kinh nghiệm 32 người, trên 10 năm kinh nghiệm 30 người.",
    // party: sex and age overlap, 168 + 251 = 419 > 412 is no contradiction
    "Đảng bộ xã có 412 đảng viên, trong đó: đảng viên nữ 168 người, đảng viên trên 60 tuổi 251 người.",
    // union: nested ranges (under 30 is inside under 35), 1.260 + 940 = 2.200 > 1.980 is no contradiction
    "Công đoàn ngành Giáo dục có 1.980 đoàn viên, trong đó: dưới 35 tuổi 1.260 người, dưới 30 tuổi 940 người.",
    // school: a class in the label names the item, 42 + 38 + 40 = 120
    "Khối 6 của Trường THCS Kim Đồng có 120 học sinh, gồm: lớp 6A 42 em, lớp 6B 38 em và lớp 6C 40 em.",

    // ── cumulative bands written after the count (review s30): each "trên N" holds the next ──
    // school: 310 + 180 = 490 > 420, the 180 are among the 310
    "Đội ngũ giáo viên gồm 420 người, trong đó có 310 người có trên 5 năm kinh nghiệm và 180 người có trên 10 năm kinh nghiệm.",
    // company: 1.120 + 610 = 1.730 > 1.560
    "Công ty có 1.560 lao động, trong đó 1.120 người trên 30 tuổi, 610 người trên 45 tuổi.",
    // department: 12.300 + 7.400 = 19.700 > 18.450
    "Toàn huyện có 18.450 người cao tuổi, trong đó 12.300 người trên 70 tuổi, 7.400 người trên 80 tuổi.",
    // party: 24 + 15 = 39 > 32
    "Chi bộ có 32 đảng viên, trong đó 24 đảng viên có tuổi đảng trên 10 năm, 15 đảng viên có tuổi đảng trên 20 năm.",
    // police: 160 + 95 = 255 > 245
    "Đơn vị có 245 cán bộ, chiến sĩ, trong đó 160 người có thâm niên trên 5 năm, 95 người có thâm niên trên 10 năm.",
    // association, closed cue, "từ … trở lên": 820 + 430 = 1.250 > 1.150
    "Hội Người cao tuổi xã có 1.150 hội viên, gồm 820 người từ 70 tuổi trở lên và 430 người từ 80 tuổi trở lên.",
    // school, "hơn": 70 + 38 = 108 > 96
    "Trường có 96 giáo viên, trong đó 70 người có hơn 5 năm công tác, 38 người có hơn 15 năm công tác.",
    // factory, closed, bands that do not meet: 210 + 330 + 100 = 640
    "Nhà máy có 640 công nhân, gồm 210 người dưới 30 tuổi, 330 người từ 30 đến 50 tuổi và 100 người trên 50 tuổi.",

    // ── a nested list ended by ";" (review s30): the part after it is the outer list's ──
    // bank: 5.200 + 3.750 = 8.950; 3.100 + 1.400 ≤ 5.200
    "Tổng dư nợ 8.950 tỷ đồng, trong đó cho vay ngắn hạn 5.200 tỷ đồng, trong đó cho vay nông nghiệp 3.100 tỷ đồng, cho vay hộ kinh doanh 1.400 tỷ đồng; cho vay trung, dài hạn 3.750 tỷ đồng.",
    // department: 5.860 + 560 = 6.420; 4.210 + 1.100 ≤ 5.860
    "Toàn tỉnh có 6.420 doanh nghiệp, trong đó 5.860 doanh nghiệp nhỏ và vừa, trong đó 4.210 doanh nghiệp siêu nhỏ, 1.100 doanh nghiệp nhỏ; 560 doanh nghiệp lớn.",
    // police: 268 + 144 = 412; 142 + 60 ≤ 268
    "Kết quả xử lý 412 vụ việc, trong đó 268 vụ hình sự, trong đó 142 vụ trộm cắp, 60 vụ cố ý gây thương tích; 144 vụ hành chính.",
    // budget: 1.900 + 580 = 2.480; 1.150 + 420 ≤ 1.900
    "Tổng thu ngân sách 2.480 tỷ đồng, trong đó thu nội địa 1.900 tỷ đồng, trong đó thu từ doanh nghiệp 1.150 tỷ đồng, thu phí, lệ phí 420 tỷ đồng; thu xuất nhập khẩu 580 tỷ đồng.",
    // hospital, "và" before the ";": 410 + 110 = 520; 120 + 90 ≤ 410
    "Bệnh viện có 520 giường bệnh, trong đó 410 giường nội trú, trong đó 120 giường hồi sức và 90 giường sơ sinh; 110 giường lưu.",
    // department: 25 + 5 = 30 (7 + 5 of the 25 xã)
    "Huyện có 30 đơn vị hành chính cấp xã, gồm 25 xã, trong đó 7 xã miền núi, 5 xã bãi ngang; 5 thị trấn.",

    // ── roles and the others ──
    // hospital, closed: 46 + 98 + 12 + 59 = 215
    "Trung tâm Y tế huyện có 215 viên chức, gồm 46 bác sĩ, 98 điều dưỡng, 12 dược sĩ và 59 viên chức khác.",
    // company: attributes of two dimensions and "khác", 120 + 90 + 30 = 240 > 200 is no contradiction
    "Công ty có 200 lao động, trong đó 120 nữ, 90 đảng viên và 30 người dân tộc khác.",

    // ── a branch named after its org ──
    // two people
    "Ông Lê Quang Huy, Giám đốc Vietcombank chi nhánh Bình Định, cho biết năm 2024 chi nhánh đã giải ngân 4.200 tỷ đồng. Theo Phó Giám đốc Vietcombank chi nhánh Bình Định Trần Thị Mai, nợ xấu được kiểm soát dưới 1%.",
    // one person, two branches, told as a change of post
    "Ông Đỗ Minh Khôi, Giám đốc Agribank chi nhánh huyện Chợ Mới, cho biết chi nhánh đã cho vay 2.100 hộ. Trước đó, ông Đỗ Minh Khôi là Phó Giám đốc Agribank chi nhánh tỉnh Bắc Kạn.",

    // ── a list past a nested "trong đó" ──
    // department: 112 + 18 + 11 = 141 (36 of the 112 xã)
    "Toàn tỉnh có 141 đơn vị hành chính cấp xã, gồm 112 xã, trong đó 36 xã đặc biệt khó khăn, 18 phường và 11 thị trấn.",
    // party: 1 + 2 + 12 = 15
    "Ban Chấp hành Đảng bộ xã gồm 15 đồng chí: 1 Bí thư, 2 Phó Bí thư, trong đó 1 Phó Bí thư thường trực, và 12 ủy viên.",
    // school: the 400 after ", và" is the outer list's, not a part of the 240 (240 + 400 = 640)
    "Trung tâm Giáo dục nghề nghiệp đã tuyển sinh 640 học viên, gồm 240 học viên trình độ sơ cấp, trong đó 96 học viên nữ, và 400 học viên đào tạo dưới 3 tháng.",
    // department: two nested parts, 19 + 3 = 22 (7 + 5 of the 19 xã)
    "Huyện có 22 đơn vị hành chính cấp xã, gồm 19 xã, trong đó 7 xã miền núi và 5 xã bãi ngang, và 3 thị trấn.",
    // school: a nested list that may hold what follows (40 người ngắn hạn is no nữ): 60 + 40 = 100
    "Trường Trung cấp nghề đã đào tạo 100 học viên, gồm 60 người dài hạn, trong đó 20 nữ và 40 người ngắn hạn.",

    // ── a label with a relative clause ──
    // department, closed: 24 + 3.694 + 142 = 3.860
    "Theo Cục Thống kê, toàn tỉnh có 3.860 doanh nghiệp đang hoạt động, gồm: doanh nghiệp nhà nước 24 đơn vị, doanh nghiệp ngoài nhà nước 3.694 đơn vị và doanh nghiệp có vốn đầu tư nước ngoài 142 đơn vị.",
    // "có thêm": a count of more, no clause
    "Năm 2024, huyện có thêm 12 đơn vị, nâng tổng số lên 140 đơn vị.",
    // cooperative: "hộ có …" of households, the parts in the whole's noun: 180 + 95 = 275 ≤ 320
    "Hợp tác xã Dịch vụ nông nghiệp Tân Lập có 320 hộ thành viên, trong đó hộ có diện tích trên 1 ha 180 hộ, hộ có diện tích dưới 0,5 ha 95 hộ.",
  ],
  invalid: [],
});
