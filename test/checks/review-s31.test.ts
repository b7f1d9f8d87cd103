/**
 * Review of rev2's false errors (session 31): consistent texts on which main raised an error, each
 * group fixed by its shape, and contradictions of the same shapes that must still be caught. The
 * texts are written for this table (new words, figures and genres; the arithmetic in the comments).
 *   a colon list of some of the whole (relate/colon-cue.ts colonSome), read as an open list:
 *     each item the whole's noun, one shared qualifier the whole lacks, then a frame word (the parts
 *     of a subset);
 *     qualifications not told apart by one dimension; sub-units by name with no count of them
 *     (apart from one another: they may not add up to more than the whole).
 */
import { E, runTable } from "./table.js";

runTable("review s31: colon lists of some of the whole", {
  valid: [
    // the parts of a subset: "hoạt động hiệu quả" in every item, not in the whole (95 + 160 < 410)
    "Huyện có 410 hợp tác xã: hợp tác xã hoạt động hiệu quả loại tốt 95 hợp tác xã, hợp tác xã hoạt động hiệu quả loại khá 160 hợp tác xã.",
    "Ngân hàng có 12.400 khách hàng: khách hàng vay vốn ưu đãi nhóm hộ nghèo 2.100 khách hàng, khách hàng vay vốn ưu đãi nhóm hộ cận nghèo 1.600 khách hàng.",
    // qualifications, which some of them hold (12 + 5 < 28)
    "Phòng khám có 28 y sĩ: trình độ cao đẳng 12 người, chuyên ngành y học cổ truyền 5 người.",
    "Trung tâm có 64 viên chức: học vị thạc sĩ 18 người, học hàm phó giáo sư 2 người.",
    // sub-units by name, no count of them (420 + 380 < 3.400)
    "Hội Nông dân huyện có 3.400 hội viên: Chi hội Đông Hải 420 hội viên, Chi hội Tân Lập 380 hội viên.",
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
  ],
});
