/**
 * Breakdowns with no cue word, told by their shape (src/relate/shape-cues.ts), from lead probes:
 *
 * - a bracket right after its whole that opens on a number, each item the whole's noun with a
 *   qualifier of one dimension ("05 đề tài (02 đề tài cấp Nhà nước, 04 đề tài cấp Bộ)"): an open
 *   list, an error only when its disjoint parts add up to more than the whole; a bracket of one
 *   qualifier ("120 cán bộ (80 nữ)") or of attributes that may overlap gives nothing;
 * - a colon in the whole's clause and two or more labelled items of one noun to the clause's end
 *   ("63 giáo viên …: cấp tỉnh 6 người; cấp huyện 18 người; …"): a closed list; the labels may end
 *   on a name ("khối Nội 120 giường"), which no longer drops the number (recognize/count-list-item.ts);
 * - a noun phrase is not cut inside "tập thể", "kinh tế", "kinh doanh" at its fourth word.
 *
 * The sentences are invented for these tests (not copied from ../shared/corpus/checks).
 */
import { expect, test } from "vitest";
import { parseReport } from "../../src/index.js";
import { E, runTable } from "./table.js";

test("a labelled item after a name is counted when the list's items share its noun", () => {
  const texts = (t: string) => parseReport(t).figures.map((f) => f.text);
  expect(texts("Bệnh viện có 90 giường bệnh, gồm: khối Nội 40 giường, khối Ngoại 50 giường.")).toEqual(["90 giường bệnh", "40 giường", "50 giường"]);
  // items of two nouns: no list of one noun, the number after the name stays out
  expect(texts("Bệnh viện có 90 giường bệnh, gồm: khối Nội 40 giường, khối Ngoại 50 cáng.")).toEqual(["90 giường bệnh"]);
});

test("a noun phrase runs to the end of its compound", () => {
  const nouns = (t: string) => parseReport(t).figures.map((f) => (f.kind === "count" ? f.noun : ""));
  expect(nouns("Huyện có 22 mô hình kinh tế tập thể hoạt động hiệu quả.")).toEqual(["mô hình kinh tế tập thể"]);
  expect(nouns("Tỉnh có 35 mô hình sản xuất kinh doanh hiệu quả.")).toEqual(["mô hình sản xuất kinh doanh"]);
});

runTable("breakdowns told by shape", {
  valid: [
    // "dự bị" is one word of the noun ("đảng viên dự bị"): 35 + 13 = 48
    "Năm 2024, Đảng bộ xã có 48 đảng viên (35 đảng viên chính thức, 13 đảng viên dự bị).",
    // a colon before the same thing at other times: a series, not parts (300 and 270 hộ are earlier years' counts)
    "Số hộ nghèo của xã đến cuối năm 2024 còn 250 hộ: năm 2022 là 300 hộ, năm 2023 là 270 hộ.",
    "Toàn tỉnh hiện có 1.240 hợp tác xã: năm 2022: 1.180 hợp tác xã, năm 2023: 1.205 hợp tác xã.",
    // brackets that fit their whole, one qualifier, attributes that may overlap, not the whole's parts
    "Năm 2024, Viện đã chủ trì 08 đề tài khoa học (02 đề tài cấp Nhà nước, 04 đề tài cấp Bộ).",
    "Trường có 120 cán bộ, giáo viên (80 nữ).",
    "Công ty có 120 cán bộ (80 cán bộ nữ, 50 cán bộ là đảng viên).",
    "Năm học này, trường tuyển 320 học sinh lớp 10 (tăng 20 học sinh so với năm trước).",
    "Tỉnh có 58 xã đạt chuẩn nông thôn mới (12 xã đạt chuẩn nâng cao, 3 xã đạt chuẩn kiểu mẫu).",
    "Hội đã tổ chức 6 lớp tập huấn (4 lớp tập huấn cho hội viên, 3 lớp tập huấn cho cán bộ).",
    // colon lists that add up
    "Trường có 46 giáo viên đạt danh hiệu giáo viên dạy giỏi: cấp tỉnh 5 người, cấp huyện 12 người, cấp trường 29 người.",
    "Toàn huyện có 540 hộ nghèo, chia theo dân tộc: hộ dân tộc Kinh 210 hộ, hộ dân tộc thiểu số 330 hộ.",
    "Bệnh viện có 300 giường bệnh kế hoạch, phân bổ như sau: khối Nội 120 giường, khối Ngoại 80 giường, khối Sản - Nhi 60 giường, khối Truyền nhiễm 40 giường.",
    "Đội tuyển giành được 17 huy chương tại giải: vàng 5 chiếc, bạc 6 chiếc, đồng 6 chiếc.",
    // a colon after a whole, then what is not its parts
    "Xã có 1.200 hộ dân, trong năm đã hỗ trợ như sau: thôn Đông 30 hộ, thôn Tây 40 hộ.",
    "Đoàn kiểm tra 45 cơ sở kinh doanh thực phẩm: phát hiện 12 cơ sở vi phạm, xử phạt 30 triệu đồng.",
    "Huyện có 22 mô hình kinh tế tập thể, 15 tổ hợp tác và 3 hợp tác xã.",
  ],
  invalid: [
    // a whole over a term ("trong nhiệm kỳ", folded "nhiệm kì" in the key) has its years as parts: 140 + 150 + 160 = 450 ≠ 460
    { text: "Trong nhiệm kỳ, Đảng bộ đã kết nạp 460 đảng viên: năm 2021 là 140 đảng viên, năm 2022 là 150 đảng viên, năm 2023 là 160 đảng viên.", errors: [E("breakdown.sum")] },
    // 35 + 15 = 50 > 48: chính thức and dự bị are known apart (found by review 2: "dự bị" was cut to "dự")
    { text: "Năm 2024, Đảng bộ xã có 48 đảng viên (35 đảng viên chính thức, 15 đảng viên dự bị).", errors: [E("breakdown.sum")] },
    // quarters of a year and years of a span are parts: 12 + 9 + 11 + 10 = 42 ≠ 41; 420 + 360 + 390 = 1.170 ≠ 1.150
    { text: "Số vụ tai nạn giao thông trên địa bàn huyện năm 2024 là 41 vụ: quý I có 12 vụ, quý II có 9 vụ, quý III có 11 vụ, quý IV có 10 vụ.", errors: [E("breakdown.sum")] },
    { text: "Trong 3 năm qua, xã đã hỗ trợ xây dựng 1.150 nhà: năm 2022 là 420 nhà, năm 2023 là 360 nhà, năm 2024 là 390 nhà.", errors: [E("breakdown.sum")] },
    { text: "Năm 2023, Sở chủ trì 07 dự án (03 dự án cấp tỉnh, 05 dự án cấp huyện).", errors: [E("breakdown.sum")] },
    { text: "Trong năm, Trường Đại học đã nghiệm thu 12 đề tài nghiên cứu (05 đề tài cấp Bộ, 09 đề tài cấp cơ sở).", errors: [E("breakdown.sum")] },
    { text: "Toàn ngành có 52 giáo viên đạt danh hiệu chiến sĩ thi đua: cấp tỉnh 7 người; cấp huyện 20 người; cấp cơ sở 27 người.", errors: [E("breakdown.sum")] },
    { text: "Công ty tuyển dụng 95 lao động, phân theo trình độ: đại học 20 người, cao đẳng 35 người và trung cấp 44 người.", errors: [E("breakdown.sum")] },
    { text: "Huyện có 2.450 người tham gia bảo hiểm xã hội tự nguyện, phân theo giới tính: nam 1.120 người, nữ 1.300 người.", errors: [E("breakdown.sum")] },
    { text: "Trung tâm có 90 phòng học, phân bổ như sau: khu Bắc Sơn 45 phòng, khu Nam Hà 50 phòng.", errors: [E("breakdown.sum")] },
  ],
});
