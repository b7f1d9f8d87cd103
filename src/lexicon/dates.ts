/**
 * Words around dates.
 *
 *   "Chiều 14/9", "sáng nay, ngày 12/9"     → PARTS_OF_DAY before the date
 *   "thứ Hai, ngày 20/12/2022"               → WEEKDAYS before the date
 *   "ngày 20-12", "mồng 3 tháng 2"           → DAY_WORDS (the date is certainly a date)
 *   "từ 1/3/2016 đến nay", "tính đến 31/12" → SPAN_WORDS (a bound, not an event)
 *   "Nghị định 27/2016/NĐ-CP ngày 18.4.2016" → REFERENCE_WORDS (the date of a document)
 */

/** Parts of the day written before a date: "Chiều 14/9", "sáng ngày 13/7". */
export const PARTS_OF_DAY = ["sáng", "chiều", "tối", "trưa", "đêm", "khuya", "sáng sớm", "chiều tối", "tối muộn"];

/** Weekday names after "thứ", and "chủ nhật". */
export const WEEKDAYS = ["hai", "ba", "tư", "năm", "sáu", "bảy", "2", "3", "4", "5", "6", "7"];

/** Words that make the following "d/m" or "d.m" certainly a date. */
export const DAY_WORDS = ["ngày", "mồng", "mùng", "hôm", "nay", "hôm nay", "sáng nay", "chiều nay", "tối nay"];

/** Words that make a following "d/m" probably a date unless a counted noun follows. */
/**
 * Today and yesterday told in words before the day in brackets or after a comma: "sáng nay (10/5)",
 * "hôm qua, 9/5" is the day reported, like "Sáng 10/5" (report/event.ts).
 */
export const RELATIVE_DAYS = [
  "hôm nay", "sáng nay", "trưa nay", "chiều nay", "tối nay", "đêm nay", "sáng hôm nay", "chiều hôm nay",
  "hôm qua", "sáng qua", "trưa qua", "chiều qua", "tối qua", "đêm qua", "sáng hôm qua", "chiều hôm qua", "tối hôm qua",
];
export const WEAK_DATE_CUES = ["từ", "đến", "tới", "trước", "sau", "vào", "đầu", "cuối", "hết", "dịp"];

/** Words before a date that make it a bound of a period rather than the day of an event. */
export const SPAN_WORDS = ["từ", "tính đến", "tính từ", "đến", "đến hết", "tới", "trước", "sau", "kể từ", "cho đến", "hết", "trước ngày", "sinh ngày"];

/**
 * Words before a school year that make it the coming one, not the one running: admissions and
 * entrance exams ("thi vào lớp 10 năm học 2017-2018" in June is held in 2017, not 2018).
 */
export const COMING_SCHOOL_YEAR_WORDS = ["tuyển sinh", "thi tuyển", "tuyển mới", "thi vào lớp", "vào lớp 1", "vào lớp 6", "vào lớp 10", "nhập học", "năm học mới", "năm học tới", "chuẩn bị cho năm học", "khai giảng"];

/** Kinds of documents whose number and date are an identifier, not the event. */
export const REFERENCE_WORDS = [
  "nghị định",
  "quyết định",
  "thông tư",
  "chỉ thị",
  "nghị quyết",
  "công văn",
  "văn bản",
  "báo cáo số",
  "kế hoạch số",
  "hướng dẫn số",
  "thông báo số",
  "tờ trình",
  "luật",
  "pháp lệnh",
  "công điện",
  "quy định số",
  "chương trình số",
  "đề án số",
];

/** Roman numerals used for quarters: "quý IV/2022". */
export const QUARTER_ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** Kinds of event a report is about, as written ("Hội nghị sơ kết", "Lễ kỷ niệm"). */
export const EVENT_KINDS = [
  "hội nghị",
  "hội thảo",
  "đại hội",
  "đại hội đồng cổ đông",
  "tọa đàm",
  "diễn đàn",
  "lễ kỷ niệm",
  "lễ ký kết",
  "lễ trao",
  "lễ tuyên dương",
  "lễ khai giảng",
  "lễ tốt nghiệp",
  "lễ ra mắt",
  "lễ đón nhận",
  "lễ khánh thành",
  "lễ khởi công",
  "lễ phát động",
  "lễ",
  "buổi làm việc",
  "buổi gặp mặt",
  "cuộc gặp gỡ",
  "phiên họp",
  "kỳ họp",
  "cuộc họp",
  "giao ban",
  "sơ kết",
  "tổng kết",
  "đối thoại",
  "tập huấn",
  "phiên tòa",
  "xét xử",
  "hội diễn",
  "hội thi",
  "hội giảng",
];

/**
 * The lunar calendar's words: a day followed by one of them is a lunar day ("ngày 30 tháng 2 năm
 * Giáp Thìn", "rằm tháng 7 âm lịch", "mùng 10/3 (ÂL)"), which the solar calendar does not judge.
 * The ten heavenly stems and twelve earthly branches name the lunar year ("năm Giáp Thìn").
 */
export const LUNAR_STEMS = ["giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý"];
export const LUNAR_BRANCHES = ["tý", "sửu", "dần", "mão", "mẹo", "thìn", "tỵ", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi"];
/** Words after a day that say it is lunar: "âm lịch", "ÂL". */
export const LUNAR_WORDS = ["âm lịch", "âl", "theo lịch âm", "lịch âm"];
