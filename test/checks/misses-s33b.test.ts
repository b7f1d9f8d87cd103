/**
 * Session 33, helper chkB: misses about breakdowns, lists and products known from earlier audits and
 * reviews, each fixed by shape (the sentences are this file's own; the arithmetic is in the comment
 * above each, checked with python3):
 *
 *   1. a list one part a year whose parts carry their own verb and noun ("năm 2022 trồng mới 120 ha
 *      rừng tập trung, …", "Năm 2022 Hội kết nạp …", "… và năm 2024 …"), closed by "tổng cộng" or by
 *      a total with the parts' own verb ("tổng cộng đã hỗ trợ"): relate/sum-years.ts, sum-after.ts; and
 *      only of one thing a year (each part's noun and the words after it the same);
 *   2. a count times what each holds, "mở 12 lớp, mỗi lớp 40 học viên, tổng số 520 học viên": the
 *      number after "mỗi lớp" was read as a class's number and dropped (count-before.ts EACH_BEFORE,
 *      lexicon/numbers.ts NOT_ORDINAL_COMPOUNDS); product.ts then checks it, not a total of a wider
 *      scope ("tổng số hội viên toàn huyện");
 *   3. a split by one attribute, "chia theo xã: xã A 120 hộ, …", after ";" or opening the next
 *      sentence (relate/split-by.ts) or after a comma (colon-cue.ts: closed, no longer "some units");
 *   4. the pair "vụ, việc" after both counts of "thụ lý …, đã giải quyết …, đạt tỷ lệ P%"
 *      (share-handled.ts pairedPart);
 *   5. stock and flow with words between a flow's verb and its number ("ra khỏi hợp tác xã 15 xã
 *      viên", stock-flow.ts), and a closing stock "cuối năm có …" that ends a "trong đó" list
 *      (list.ts: stock-flow.test.ts's two test.fails pass since).
 */
import { E, runTable } from "./table.js";

runTable("misses s33b 1: a year list whose parts carry their own verb and noun, then its total", {
  valid: [
    // 120 + 135 + 150 = 405
    "Giai đoạn 2022-2024, huyện Hương Khê: năm 2022 trồng mới 120 ha rừng tập trung, năm 2023 trồng mới 135 ha rừng tập trung, năm 2024 trồng mới 150 ha rừng tập trung, tổng cộng 405 ha.",
    // 20 + 25 = 45
    "Năm 2022 xã hỗ trợ 20 căn nhà đại đoàn kết, năm 2023 hỗ trợ 25 căn nhà đại đoàn kết, tổng cộng đã hỗ trợ 45 căn nhà.",
    // ── traps ──
    // the total of another deed: protected, not planted (120 + 135 = 255 ≠ 2.000)
    "Năm 2022 xã trồng mới 120 ha rừng, năm 2023 trồng mới 135 ha rừng, tổng cộng bảo vệ 2.000 ha rừng.",
    // the members the association has, not the admissions (42 + 51 = 93 ≠ 1.200)
    "Năm 2022 Hội kết nạp 42 hội viên, năm 2023 kết nạp 51 hội viên, tổng cộng có 1.200 hội viên.",
    "Năm 2022 Hội kết nạp 42 hội viên, năm 2023 kết nạp 51 hội viên, tổng cộng hiện có 1.200 hội viên.",
    // a running total since 2015 (120 + 135 = 255 ≠ 1.500)
    "Năm 2022 huyện trồng mới 120 ha rừng, năm 2023 trồng mới 135 ha rừng, tổng cộng từ năm 2015 đến nay trồng được 1.500 ha rừng.",
    // two things, one a year: dissolved, then founded, and the stock (120 + 135 = 255 ≠ 1.500; a false error before s33)
    "Năm 2023 tỉnh có 120 doanh nghiệp giải thể, năm 2024 có 135 doanh nghiệp thành lập mới, tổng cộng có 1.500 doanh nghiệp đang hoạt động.",
    // falls, then the stock that is left (42 + 51 = 93 ≠ 300)
    "Năm 2022 huyện giảm 42 hộ nghèo, năm 2023 giảm 51 hộ nghèo, tổng cộng còn 300 hộ nghèo.",
  ],
  invalid: [
    // 120 + 135 + 150 = 405 ≠ 415
    { text: "Giai đoạn 2022-2024, huyện Hương Khê: năm 2022 trồng mới 120 ha rừng tập trung, năm 2023 trồng mới 135 ha rừng tập trung, năm 2024 trồng mới 150 ha rừng tập trung, tổng cộng 415 ha.", errors: [E("breakdown.sum")] },
    // 42 + 51 + 38 = 131 ≠ 140 (a subject in the first clause, "và" before the last year)
    { text: "Năm 2022 Hội kết nạp 42 hội viên mới, năm 2023 kết nạp 51 hội viên mới và năm 2024 kết nạp 38 hội viên mới, tổng cộng 140 hội viên.", errors: [E("breakdown.sum")] },
    // 20 + 25 = 45 ≠ 50 (the total told with the parts' verb)
    { text: "Năm 2022 xã hỗ trợ 20 căn nhà đại đoàn kết, năm 2023 hỗ trợ 25 căn nhà đại đoàn kết, tổng cộng đã hỗ trợ 50 căn nhà.", errors: [E("breakdown.sum")] },
    // 12 + 15 = 27 ≠ 30
    { text: "Năm 2023 huyện xây dựng 12 km đường bê tông, năm 2024 xây dựng 15 km đường bê tông, tổng cộng xây dựng được 30 km.", errors: [E("breakdown.sum")] },
  ],
});

runTable("misses s33b 2: a count, what each holds (after 'mỗi lớp'), and the total", {
  valid: [
    // 24 × 35 = 840
    "Năm học 2024-2025, Trường có 24 lớp, mỗi lớp 35 học sinh, tổng số 840 học sinh.",
    // 8 × 60 = 480
    "Hội Nông dân huyện tổ chức 8 đợt tập huấn, mỗi đợt 60 hội viên, tổng cộng 480 hội viên.",
    // ── traps ──
    // the members of the whole district, not the trainees (8 × 60 = 480 ≠ 5.200)
    "Năm 2024, Hội tổ chức 8 đợt tập huấn, mỗi đợt 60 hội viên; tổng số hội viên toàn huyện là 5.200 người.",
    // a total that covers more (12 × 40 = 480 ≠ 520)
    "Trung tâm mở 12 lớp, mỗi lớp 40 học viên, tổng số 520 học viên (kể cả 40 học viên học lại).",
    // an amount each of about 40 (12 × 40 = 480, 500 within "khoảng")
    "Trung tâm mở 12 lớp, mỗi lớp khoảng 40 học viên, tổng số 500 học viên.",
    // a range each (15 × 10 = 150 to 15 × 12 = 180)
    "Huyện thành lập 15 tổ tự quản, mỗi tổ từ 10 đến 12 thành viên, tổng số 170 thành viên.",
    // another count before, which the total may cover ((12 + 3) × 40 = 600 ≠ 620; 3 × 40 = 120)
    "Trung tâm mở 12 lớp cơ bản và 3 lớp nâng cao, mỗi lớp 40 học viên, tổng số 620 học viên.",
  ],
  invalid: [
    // 12 × 40 = 480 ≠ 520
    { text: "Năm 2024, Trung tâm Giáo dục nghề nghiệp huyện mở 12 lớp, mỗi lớp 40 học viên, tổng số 520 học viên.", errors: [E("breakdown.sum")] },
    // 8 × 60 = 480 ≠ 500
    { text: "Hội Nông dân huyện tổ chức 8 đợt tập huấn, mỗi đợt 60 hội viên, tổng cộng 500 hội viên.", errors: [E("breakdown.sum")] },
    // 15 × 12 = 180 ≠ 170
    { text: "Xã thành lập 15 tổ tự quản về an ninh trật tự, mỗi tổ 12 thành viên, tổng số 170 thành viên.", errors: [E("breakdown.sum")] },
  ],
});

runTable("misses s33b 3: a split by one attribute after ';', a comma or a new sentence", {
  valid: [
    // 120 + 100 + 80 = 300
    "Toàn huyện có 300 hộ nghèo. Chia theo xã: xã Sơn Kim 120 hộ, xã Sơn Tây 100 hộ, xã Sơn Lĩnh 80 hộ.",
    // 680 + 520 = 1.200
    "Năm 2024, Công ty có 1.200 lao động; phân theo giới tính: nam 680 người, nữ 520 người.",
    // 120 + 95 + 60 + 25 = 300 (the rest told)
    "Toàn huyện có 300 hộ nghèo. Chia theo xã: xã A 120 hộ, xã B 95 hộ, xã C 60 hộ, các xã còn lại 25 hộ.",
    // ── traps ──
    // a split of the part: 80 + 70 + 50 = 200, the households under protection
    "Toàn huyện có 300 hộ nghèo, trong đó 200 hộ thuộc chính sách bảo trợ; chia theo xã: xã A 80 hộ, xã B 70 hộ, xã C 50 hộ.",
    // the largest only (120 + 95 + 60 = 275 of 300)
    "Toàn huyện có 300 hộ nghèo; chia theo xã: nhiều nhất là xã A 120 hộ, xã B 95 hộ, xã C 60 hộ.",
    // the list goes on ("…"): 120 + 95 + 60 = 275 of 300
    "Toàn huyện có 300 hộ nghèo. Chia theo xã: xã A 120 hộ, xã B 95 hộ, xã C 60 hộ, ...",
    // a change after the items: not a list to the end of the sentence (120 + 95 + 60 = 275)
    "Toàn huyện có 300 hộ nghèo. Chia theo xã: xã A 120 hộ, xã B 95 hộ, xã C 60 hộ, tăng 20 hộ so với năm trước.",
    // two wholes in the sentence before, two years: which one is split is not told (120 + 95 + 80 = 295)
    "Năm 2023 huyện có 320 hộ nghèo, năm 2024 còn 300 hộ nghèo. Chia theo xã: xã A 120 hộ, xã B 95 hộ, xã C 80 hộ.",
  ],
  invalid: [
    // 120 + 95 + 80 = 295 ≠ 300, after ";" (a list before it ended there)
    { text: "Toàn huyện có 300 hộ nghèo, trong đó 120 hộ thuộc diện bảo trợ xã hội; chia theo xã: xã A 120 hộ, xã B 95 hộ, xã C 80 hộ.", errors: [E("breakdown.sum")] },
    // 120 + 95 + 80 = 295 ≠ 300, a sentence of its own
    { text: "Toàn huyện có 300 hộ nghèo. Chia theo xã: xã Sơn Kim 120 hộ, xã Sơn Tây 95 hộ, xã Sơn Lĩnh 80 hộ.", errors: [E("breakdown.sum")] },
    // 700 + 520 = 1.220 ≠ 1.200
    { text: "Năm 2024, Công ty có 1.200 lao động; phân theo giới tính: nam 700 người, nữ 520 người.", errors: [E("breakdown.sum")] },
    // after a comma, named communes (read before as some units, an open list): 295 ≠ 300
    { text: "Toàn huyện có 300 hộ nghèo, chia theo xã: xã A 120 hộ, xã B 95 hộ, xã C 80 hộ.", errors: [E("breakdown.sum")] },
  ],
});

runTable("misses s33b 4: 'vụ, việc' after both counts, then 'đạt tỷ lệ'", {
  valid: [
    // 1.182 ÷ 1.246 = 94,86% ≈ 94,9%
    "Năm 2024, Tòa án nhân dân huyện thụ lý 1.246 vụ, việc, đã giải quyết 1.182 vụ, việc, đạt tỷ lệ 94,9%.",
    // 812 ÷ 860 = 94,42% ≈ 94,4%
    "Trong năm, Viện kiểm sát thụ lý 860 vụ, việc, đã giải quyết 812 vụ, việc (đạt 94,4%).",
    // ── traps ──
    // a plan, not the share handled (1.182 ÷ 1.246 = 94,86%)
    "Tòa án thụ lý 1.246 vụ, việc các loại, đã giải quyết 1.182 vụ, việc, đạt 95% chỉ tiêu.",
    // a rate of something the words name (on time)
    "Tòa án thụ lý 1.246 vụ, việc các loại, đã giải quyết 1.182 vụ, việc, đạt 98% đúng hạn.",
    // another pair after the part than after the whole: not told as the same thing (290 ÷ 320 = 90,6%)
    "Ban Tiếp công dân tiếp nhận 320 đơn, thư, đã giải quyết 290 đơn, kiến nghị, đạt 80%.",
    // after a list: of the criminal cases, 400 ÷ 420 = 95,24% (of all, 32,1%)
    "Tòa án thụ lý 1.246 vụ, việc, trong đó 420 vụ án hình sự; đã giải quyết 400 vụ, việc, đạt 95,2%.",
  ],
  invalid: [
    // 1.182 ÷ 1.246 = 94,86%, not 96,9%
    { text: "Năm 2024, Tòa án nhân dân huyện thụ lý 1.246 vụ, việc, đã giải quyết 1.182 vụ, việc, đạt tỷ lệ 96,9%.", errors: [E("share.of-whole")] },
    // 812 ÷ 860 = 94,42%, not 92,4%
    { text: "Trong năm, Viện kiểm sát thụ lý 860 vụ, việc, đã giải quyết 812 vụ, việc (đạt 92,4%).", errors: [E("share.of-whole")] },
    // 290 ÷ 320 = 90,625%, not 96,6%
    { text: "Ban Tiếp công dân huyện tiếp nhận 320 đơn, thư, đã giải quyết 290 đơn, thư, đạt 96,6%.", errors: [E("share.of-whole")] },
  ],
});

runTable("misses s33b 5: stock and flow, a flow's verb apart from its number", {
  valid: [
    // 350 + 20 − 15 = 355
    "Đầu năm, Hợp tác xã có 350 xã viên; trong năm kết nạp 20 xã viên, ra khỏi hợp tác xã 15 xã viên, cuối năm còn 355 xã viên.",
    // 120 + 15 − 6 = 129
    "Đầu năm, Chi hội có 120 hội viên; trong năm kết nạp vào Hội 15 hội viên, chuyển đi nơi khác 6 hội viên, cuối năm có 129 hội viên.",
    // ── traps ──
    // a net change told too (350 + 20 − 15 + 5 = 360 ≠ 355)
    "Đầu năm, Hợp tác xã có 350 xã viên; trong năm kết nạp 20 xã viên, ra khỏi hợp tác xã 15 xã viên, tăng 5 xã viên so với đầu năm, cuối năm còn 355 xã viên.",
    // an outflow of another period (350 + 20 − 15 = 355 ≠ 360)
    "Đầu năm 2024, Hợp tác xã có 350 xã viên; trong năm kết nạp 20 xã viên, ra khỏi hợp tác xã năm 2023 15 xã viên, cuối năm còn 360 xã viên.",
    // changes after "trong đó", then the closing stock after ";" (not a part of 186)
    "Năm 2024, Hội kết nạp 186 hội viên, trong đó tăng 40 hội viên nữ, giảm 74 hội viên; cuối năm có 4.372 hội viên.",
    // the closing stock after changes, no opening stock (not a part of 186)
    "Năm 2024, Hội kết nạp 186 hội viên, trong đó tăng 40 hội viên nữ, giảm 74 hội viên, đến cuối năm toàn huyện có 4.372 hội viên.",
  ],
  invalid: [
    // 350 + 20 − 15 = 355 ≠ 360
    { text: "Đầu năm, Hợp tác xã có 350 xã viên; trong năm kết nạp 20 xã viên, ra khỏi hợp tác xã 15 xã viên, cuối năm còn 360 xã viên.", errors: [E("breakdown.sum")] },
    // 120 + 15 − 6 = 129 ≠ 131
    { text: "Đầu năm, Chi hội có 120 hội viên; trong năm kết nạp vào Hội 15 hội viên, chuyển đi nơi khác 6 hội viên, cuối năm có 131 hội viên.", errors: [E("breakdown.sum")] },
    // 85 + 6 − 2 = 89 ≠ 91
    { text: "Đầu năm, Chi bộ có 85 đảng viên; trong năm kết nạp vào Đảng 6 đảng viên, xóa tên khỏi danh sách 2 đảng viên, cuối năm có 91 đảng viên.", errors: [E("breakdown.sum")] },
  ],
});
