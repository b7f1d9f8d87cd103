/**
 * Review of rev2's false errors (session 31): consistent texts on which main raised an error, each
 * group fixed by its shape, and contradictions of the same shapes that must still be caught. The
 * texts are written for this table (new words, figures and genres; the arithmetic in the comments).
 *   a colon list of some of the whole (relate/colon-cue.ts colonSome), read as an open list:
 *     each item the whole's noun, one shared qualifier the whole lacks, then a frame word (the parts
 *     of a subset);
 *     qualifications not told apart by one dimension; sub-units by name with no count of them
 *     (apart from one another: they may not add up to more than the whole);
 *   a base found by its year that belongs to another body or place (relate/growth-base.ts
 *     otherSubject): a body and a place with no body named, places at other levels, places or
 *     bodies each with a name the other lacks;
 *   a number after a label that ends in the last word of the whole's noun ("kỹ thuật viên 18 người" of
 *     "26 nhân viên", "tiểu học 9 trường" of "24 trường học") is a part, not a label's number ("Vùng 2":
 *     relate/breakdown.ts labelNumber reads all the head's words).
 */
import { E, runTable } from "./table.js";

runTable("review s31: colon lists of some of the whole, bases of another body", {
  valid: [
    // the parts of a subset: "hoạt động hiệu quả" in every item, not in the whole (95 + 160 < 410)
    "Huyện có 410 hợp tác xã: hợp tác xã hoạt động hiệu quả loại tốt 95 hợp tác xã, hợp tác xã hoạt động hiệu quả loại khá 160 hợp tác xã.",
    "Ngân hàng có 12.400 khách hàng: khách hàng vay vốn ưu đãi nhóm hộ nghèo 2.100 khách hàng, khách hàng vay vốn ưu đãi nhóm hộ cận nghèo 1.600 khách hàng.",
    // qualifications, which some of them hold (12 + 5 < 28)
    "Phòng khám có 28 y sĩ: trình độ cao đẳng 12 người, chuyên ngành y học cổ truyền 5 người.",
    "Trung tâm có 64 viên chức: học vị thạc sĩ 18 người, học hàm phó giáo sư 2 người.",
    // sub-units by name, no count of them (420 + 380 < 3.400)
    "Hội Nông dân huyện có 3.400 hội viên: Chi hội Đông Hải 420 hội viên, Chi hội Tân Lập 380 hội viên.",
    // a base of a place, the value of a body in it, and the other way round
    "Năm 2023, toàn huyện Đầm Hà có 4.200 hộ kinh doanh. Năm 2024, Chi cục Thuế huyện Đầm Hà quản lý 1.350 hộ kinh doanh, tăng 6% so với năm 2023.",
    "Năm 2023, Bệnh viện Đa khoa huyện Vân Đồn khám 48.000 lượt người. Năm 2024, toàn huyện Vân Đồn khám 61.500 lượt người, tăng 4% so với năm 2023.",
    // places at other levels (xã / huyện)
    "Năm 2023, Đoàn Thanh niên xã Quảng Long có 310 đoàn viên. Năm 2024, Đoàn Thanh niên huyện có 5.900 đoàn viên, tăng 2% so với năm 2023.",
    // places that share a word, bodies of one kind with other names
    "Năm 2023, Trạm Y tế xã Đồng Tâm tiêm chủng cho 860 trẻ em. Năm 2024, Trạm Y tế xã Đồng Văn tiêm chủng cho 790 trẻ em, tăng 4% so với năm 2023.",
    "Năm 2023, Hạt Kiểm lâm Ba Chẽ trồng mới 1.200 ha rừng. Năm 2024, Hạt Kiểm lâm Hoành Bồ trồng mới 950 ha rừng, tăng 5% so với năm 2023.",
    // every item read: 8 + 9 + 7 = 24, and the list ends at the ";" (main dropped "tiểu học 9 trường": 8 + 7 + 15 > 24, a warning)
    "Xã có 24 trường học: mầm non 8 trường, tiểu học 9 trường, trung học cơ sở 7 trường; đạt chuẩn quốc gia 15 trường.",
    "Ban quản lý rừng có 38 nhân viên: kiểm lâm viên 22 người, kỹ thuật viên 12 người, bảo vệ 4 người.",
  ],
  invalid: [
    // a subset's parts still may not exceed the whole: 195 + 260 = 455 > 410
    { text: "Huyện có 410 hợp tác xã: hợp tác xã hoạt động hiệu quả loại tốt 195 hợp tác xã, hợp tác xã hoạt động hiệu quả loại khá 260 hợp tác xã.", errors: [E("breakdown.sum")] },
    // sub-units by name are apart: 420 + 380 = 800 > 760; 22 + 31 + 18 = 71 > 64 (main read the second as overlapping)
    { text: "Hội Nông dân huyện có 760 hội viên: Chi hội Đông Hải 420 hội viên, Chi hội Tân Lập 380 hội viên.", errors: [E("breakdown.sum")] },
    { text: "Năm 2024, Chi cục Kiểm lâm tỉnh phát hiện 64 vụ vi phạm: Hạt Kiểm lâm Tiên Yên 22 vụ, Hạt Kiểm lâm Bình Liêu 31 vụ, Đội Kiểm lâm cơ động 18 vụ.", errors: [E("breakdown.sum")] },
    // all of the whole: jobs (14 + 30 + 6 = 50 ≠ 52), a shared frame word only (20 + 25 = 45 ≠ 48)
    { text: "Khoa Ngoại có 52 nhân viên: bác sĩ 14 người, điều dưỡng 30 người, hộ lý 6 người.", errors: [E("breakdown.sum")] },
    { text: "Tỉnh có 48 đơn vị sự nghiệp: đơn vị cấp tỉnh 20 đơn vị, đơn vị cấp huyện 25 đơn vị.", errors: [E("breakdown.sum")] },
    // shared words with no frame after them tell each item's own part: 4 + 3 + 2 = 9 ≠ 11
    { text: "Đoàn kiểm tra có 11 cán bộ: 4 cán bộ phụ trách hồ sơ, 3 cán bộ phụ trách hiện trường và 2 cán bộ phụ trách tổng hợp.", errors: [E("breakdown.sum")] },
    // degrees told apart by one dimension: 26 + 19 = 45 ≠ 40; 12 + 40 + 5 = 57 ≠ 60
    { text: "Trung tâm có 40 viên chức: trình độ thạc sĩ 26 người, trình độ tiến sĩ 19 người.", errors: [E("breakdown.sum")] },
    { text: "Trường có 60 giáo viên: trình độ thạc sĩ 12 người, trình độ đại học 40 người, trình độ cao đẳng 5 người.", errors: [E("breakdown.sum")] },
    // a label ending in "viên" is no label of "nhân viên": 5 + 18 + 2 = 25 ≠ 26; 22 + 12 + 4 = 38 ≠ 40 (main: no finding)
    { text: "Phòng xét nghiệm có 26 nhân viên: bác sĩ 5 người, kỹ thuật viên 18 người, hộ lý 2 người.", errors: [E("breakdown.sum")] },
    { text: "Ban quản lý rừng có 40 nhân viên: kiểm lâm viên 22 người, kỹ thuật viên 12 người, bảo vệ 4 người.", errors: [E("breakdown.sum")] },
    // the same body (or one named shorter): 1.350 ÷ 1.280 = 1,055, not +12%; 700 ÷ 640 = 1,094, not +15%
    { text: "Năm 2023, Chi cục Thuế huyện Đầm Hà quản lý 1.280 hộ kinh doanh. Năm 2024, Chi cục Thuế huyện Đầm Hà quản lý 1.350 hộ kinh doanh, tăng 12% so với năm 2023.", errors: [E("growth.rate")] },
    { text: "Năm 2023, Trường THCS Quảng Long có 640 học sinh. Năm 2024, Trường có 700 học sinh, tăng 15% so với năm 2023.", errors: [E("growth.rate")] },
    // the same level, the place named once: 2.100 ÷ 2.400 = 0,875, not −20%
    { text: "Năm 2023, toàn huyện có 2.400 hộ nghèo. Năm 2024, huyện Bình Liêu còn 2.100 hộ nghèo, giảm 20% so với năm 2023.", errors: [E("growth.rate")] },
    // 950 < 1.200: a fall, not a rise
    { text: "Năm 2023, Hạt Kiểm lâm Ba Chẽ trồng mới 1.200 ha rừng. Năm 2024, Hạt Kiểm lâm Ba Chẽ trồng mới 950 ha rừng, tăng 5% so với năm 2023.", errors: [E("growth.direction")] },
  ],
});
