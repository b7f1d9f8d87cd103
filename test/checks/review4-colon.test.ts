/**
 * review4, group C: a colon list after a stock ("có N X:") that tells of some of it, not all. Items
 * that are awards, distinctions or qualifications some of the whole hold, or a selection of
 * number-first items leaving a quarter or more of the whole out, make an open list (src/relate/colon-open.ts):
 * no breakdown.sum error for parts under the whole. A closing word ("gồm", "cụ thể"), a "khác" item,
 * a split by sex, a negated item ("chưa đạt chuẩn") and parts over the whole stay errors.
 *
 * The sentences are invented for this table.
 */
import { E, runTable } from "./table.js";

runTable("review4 colon lists: some of the whole", {
  valid: [
    "Trường có 72 giáo viên: 18 giáo viên dạy giỏi cấp huyện, 5 giáo viên dạy giỏi cấp tỉnh.",
    "Trường có 72 giáo viên: dạy giỏi cấp huyện 18 người, dạy giỏi cấp tỉnh 5 người.",
    "Trường có 72 giáo viên: 18 giáo viên đạt danh hiệu dạy giỏi cấp huyện, 5 giáo viên dạy giỏi cấp tỉnh.",
    "Trung tâm y tế có 87 bác sĩ: 25 bác sĩ có trình độ thạc sĩ, 9 bác sĩ chuyên khoa II.",
    "Đảng bộ xã có 410 đảng viên: 35 đảng viên được tặng Huy hiệu 30 năm tuổi Đảng, 18 đảng viên được tặng Huy hiệu 40 năm tuổi Đảng.",
    "Công đoàn công ty có 740 đoàn viên: 96 đoàn viên đạt danh hiệu Lao động giỏi, 31 đoàn viên đạt danh hiệu Chiến sĩ thi đua.",
    "Phòng có 36 công chức: 9 công chức được khen thưởng, 2 công chức bị kỷ luật.",
    "Trường có 72 giáo viên: 16 giáo viên Toán, 14 giáo viên Ngữ văn, 9 giáo viên Tiếng Anh.",
    "Đảng bộ có 18 chi bộ trực thuộc: 7 chi bộ thôn, 5 chi bộ trường học.",
  ],
  invalid: [
    { text: "Trường có 72 giáo viên: 45 nữ, 29 nam.", errors: [E("breakdown.sum")] },
    { text: "Trường có 72 giáo viên: 35 nữ, 18 nam.", errors: [E("breakdown.sum")] },
    { text: "Trường có 72 giáo viên, gồm: 16 giáo viên Toán, 14 giáo viên Ngữ văn, 9 giáo viên Tiếng Anh.", errors: [E("breakdown.sum")] },
    { text: "Trường có 72 giáo viên: 16 giáo viên Toán, 14 giáo viên Ngữ văn, 9 giáo viên khác.", errors: [E("breakdown.sum")] },
    { text: "Trường có 72 giáo viên: 66 giáo viên đạt chuẩn, 4 giáo viên chưa đạt chuẩn.", errors: [E("breakdown.sum")] },
    // degrees down to "đại học" name all of the staff
    { text: "Trường có 72 giáo viên: 12 giáo viên có trình độ thạc sĩ, 56 giáo viên có trình độ đại học.", errors: [E("breakdown.sum")] },
    { text: "Trường có 72 giáo viên: 12 giáo viên thạc sĩ, 30 giáo viên đại học.", errors: [E("breakdown.sum")] },
    // amounts and areas are no selection; "tổng" before the colon claims the total
    { text: "Dự án có vốn 640 tỷ đồng: 250 tỷ đồng vốn ngân sách, 110 tỷ đồng vốn vay.", errors: [E("breakdown.sum")] },
    { text: "Khu đô thị có tổng diện tích 95 ha: 40 ha đất ở, 21 ha đất cây xanh.", errors: [E("breakdown.sum")] },
    { text: "Tổng số 72 giáo viên: 16 giáo viên Toán, 14 giáo viên Ngữ văn, 9 giáo viên Tiếng Anh.", errors: [E("breakdown.sum")] },
  ],
});
