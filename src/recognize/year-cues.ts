/**
 * What stands around a bare year, as patterns on the folded text before or after it: date-year.ts
 * reads them to tell the year of the text from a target, a law, the past or a comparison.
 *
 *   "đến năm 2020", "SN 1980"          → TARGET_BEFORE (a target, a birth year)
 *   "từng … năm 2006", "vào năm 2011"  → PAST (the past)      "so với năm 2014" → COMPARED
 *   "Luật Đất đai 2013"                → LAW                  "cùng kỳ 2018"    → AFTER_BEFORE
 *   "…, sửa đổi, bổ sung năm 2009"     → AMENDED (a law's amendment)
 *   "6 tháng đầu năm 2019"             → PART_OF_YEAR_BEFORE  "nhiệm kỳ 2016-2021" → TERM_BEFORE
 *
 * The patterns anchored at the end and tried with execAtEnd (date-scan.ts) come with the words
 * their matches start with (…_FIRSTS), which execAtEnd uses to pass over other word starts.
 */
import { L as LS, R as RS, named, rx, src } from "../text/rx.js";
import { fold } from "../text/fold.js";

const L = named("year-cues.L", new RegExp(LS));
const R = named("year-cues.R", new RegExp(RS));
/** Cheap necessary tests: WEAK_YEAR_BEFORE, AFTER_BEFORE and FUTURE_BEFORE (date-year.ts) each hold one of these. */
export const HAS_WEAK_YEAR_WORD = named("year-cues.HAS_WEAK_YEAR_WORD", /từng|hồi|trước|cách|vào|đến|tới|sau|tầm|từ|sn|sinh|kế|dự|so|luật|ước|pháp|định|chuẩn|sửa|bl/);
export const HAS_AFTER_WORD = named("year-cues.HAS_AFTER_WORD", /kì|điểm|cuối|tết/);
export const HAS_FUTURE_WORD = named("year-cues.HAS_FUTURE_WORD", /sẽ|dự|kế|hạn|chậm|mai/);

// A four-digit year written on its own ("Tết Kỷ Hợi 2019", "nhiệm kỳ 2018-2023"): found at word-token
// starts by bareYears() (date-scan.ts), which checks the left edge (no letter, digit, "/", "." or ",").
/** Any digit: a text with none has no bare year. */
export const DIGIT = named("year-cues.DIGIT", /[0-9]/);
/** An amount word before a number: "hơn 2000 điểm bán", "khoảng 1950 người". */
export const AMOUNT_BEFORE = named("date.amount", new RegExp(src`(?:^|[^\p{L}\p{M}])(?:hơn|gần|khoảng|trên|dưới|chừng|tới\s{1,2}gần|hàng)\s{1,2}$`, "u"));
/** "…5-" before a year: a day or a month, the year is part of a date ("20-5-1970"). */
export const DATE_PART_BEFORE = named("year-cues.DATE_PART_BEFORE", /(?:^|[^\d])\d{1,2}\s{0,2}-\s{0,2}$/u);
/** The year of reported figures: "năm 2015 là 1.234.567 người", "năm 2012 cả nước có 4 …", "năm 2013, tỉ lệ này là 11,57%". */
export const DATA_AFTER = named("date.data", new RegExp(src`^,?(?:\s{1,2}[\p{L}\p{M}]{1,6}){0,3}\s{1,2}(?:là|có|đạt|còn|giảm|tăng)(?:\s{1,2}[\p{L}\p{M}]{1,6}){0,1}\s{1,2}\d`, "u"));
/** A year that is a target or a birth year, not the time of the report: "đến năm 2020", "SN 1980". */
export const TARGET_SRC = src`(?:(?:đến|tới|trước|sau|tầm\s{1,2}nhìn|từ|sn)(?:\s{1,2}(?:hết|cuối|đầu|giữa))?(?:\s{1,2}năm)?|(?<!(?:tuyển|học)\s{1,2})sinh(?:\s{1,2}(?:năm|ngày))?|kế\s{1,2}hoạch(?:\s{1,2}[\p{L}\p{M}]{1,8}){0,3}\s{1,2}năm|dự\s{1,2}kiến(?:\s{1,2}[\p{L}\p{M}]{1,8}){0,3}\s{1,2}năm)[\s,(]{0,3}`;
export const TARGET_BEFORE = named("date.target", new RegExp(src`${L}${new RegExp(TARGET_SRC, "u")}$`, "uy"));
/** A year told as the past: "từng … năm 2006", "hồi năm 2010", "trước đó, năm 2015", "vào năm 2011" (not "vào đầu năm 2019"). */
export const PAST_SRC = src`(?:(?:từng|(?<!phục\s{1,2})hồi|trước\s{1,2}đó|cách\s{1,2}đây)(?:\s{1,2}[\p{L}\p{M}]{1,8}){0,4}[\s,]{1,3}|vào\s{1,2})(?:năm\s{1,2})?`;
/**
 * The same period a year before: "so với cùng kỳ 2018", "cùng thời điểm năm 2018", "so với cuối
 * năm 2018", "so với Tết năm 2018": the text is a year later.
 */
export const AFTER_BEFORE = named(
  "date.after",
  new RegExp(src`${L}(?:cùng\s{1,2}kì|cùng\s{1,2}thời\s{1,2}điểm|so\s{1,2}với\s{1,2}(?:cuối|tết))(?:\s{1,2}năm)?\s{1,2}$`, "uy"),
);
/** "năm 2015 vừa qua": the year just ended, the text is a year later. */
export const JUST_PAST_AFTER = named("date.just-past", new RegExp(src`^\s{1,2}vừa\s{1,2}qua${R}`, "u"));
/** A month told as past: "hồi tháng 10-2015". */
export const PAST_MONTH_BEFORE = named("date.past-month", new RegExp(src`(?<![\p{L}\p{M}])hồi\s{1,2}(?:cuối\s{1,2}|đầu\s{1,2}|giữa\s{1,2})?$`, "u"));
/** The year of a comparison: "so với năm 2014", "so với 2019" (before or after the text: not its year). */
export const COMPARED_SRC = src`so(?:\s{1,2}với)?(?:\s{1,2}năm)?\s{1,2}`;
/** A code of law by its initials: "BLHS 1999", "BLTTHS năm 2003", "BLDS 2015", "BLLĐ 2012" (Bộ luật Hình sự, Tố tụng hình sự, Dân sự, Lao động …). */
const LAW_CODE_WORDS = ["blhs", "blds", "bltths", "blttds", "bllđ", "blhh"];
/** The year names a law or a convention: "Luật Đất đai 2013", "Bộ luật Hình sự năm 1999", "BLHS 1999". */
export const LAW_SRC = src`(?:${LAW_CODE_WORDS}|luật|công\s{1,2}ước|hiến\s{1,2}pháp|hiệp\s{1,2}định|hiệp\s{1,2}ước|pháp\s{1,2}lệnh|nghị\s{1,2}định|quy\s{1,2}chuẩn|tiêu\s{1,2}chuẩn)(?:\s{1,2}(?:[\p{L}\p{M}]{1,8}|\([\p{L}\p{M}]{1,8}\))){0,4}\s{1,2}(?:năm\s{1,2})?`;
/**
 * The year a law was amended: "Bộ luật Hình sự năm 1999, sửa đổi, bổ sung năm 2009", "Bộ luật Hình
 * sự 1999 sửa đổi 2009", "quy định vừa được sửa đổi năm 2014" — "sửa đổi, bổ sung", or "sửa đổi"
 * right after the law's year or after "được". Not "Kế hoạch được điều chỉnh, sửa đổi năm 2017" nor
 * "Sau khi được sửa đổi, năm 2016 …" (a comma before the year starts a clause).
 */
export const AMENDED_SRC = src`(?:sửa\s{1,2}đổi[\s,]{1,3}bổ\s{1,2}sung|(?<=(?:(?:19|20)\d\d[\s,]{1,3}|được\s{1,2}))sửa\s{1,2}đổi)\s{1,2}(?:năm\s{1,2})?`;
/** Any of the above before a bare year (one test instead of five; at most 8 words). */
export const WEAK_YEAR_BEFORE = named(
  "date.weak-year",
  new RegExp(src`${L}(?:${new RegExp(TARGET_SRC, "u")}|${new RegExp(PAST_SRC, "u")}|${new RegExp(COMPARED_SRC, "u")}|${new RegExp(LAW_SRC, "u")}|${new RegExp(AMENDED_SRC, "u")})$`, "uy"),
);
/** A range "2016-2020", "2017 - 2022": the end year. */
export const RANGE_END_BEFORE = named("date.range-end", /(?:19|20)\d\d\s{0,2}[-–]\s{0,2}$/u);
/** The start of a range: "2016-2020". */
export const RANGE_START_AFTER = named("year-cues.RANGE_START_AFTER", /^\s{0,2}[-–]\s{0,2}(?:19|20)\d\d(?!\d)/u);
/** A school year "năm học 2018-2019". */
export const SCHOOL_YEAR_BEFORE = named("date.school-year", new RegExp(src`năm\s{1,2}học\s{1,2}(?:(?:19|20)\d\d\s{0,2}[-–]\s{0,2})?$`, "u"));
/** A term "nhiệm kỳ 2016-2021", "khóa X, nhiệm kỳ 2015 - 2020". */
export const TERM_BEFORE = named("date.term", new RegExp(src`nhiệm\s{1,2}kì\s{1,2}(?:(?:19|20)\d\d\s{0,2}[-–]\s{0,2})?$`, "u"));
/** Words of a congress or an election that opens a term: its first year is now. */
export const OPENS_TERM = named("date.opens-term", rx`(?:đại\s{1,2}hội|bầu|nhậm\s{1,2}chức|khai\s{1,2}mạc)${R}`);
/** "tổng kết 5 năm … giai đoạn 2011-2015": a review of a period that ends now. */
export const REVIEW = named("date.review", rx`(?:tổng\s{1,2}kết|sơ\s{1,2}kết|nhìn\s{1,2}lại|kết\s{1,2}thúc)${R}`);
/** A review of a whole year ("tổng kết năm 2015"), held at its end or early the next year. */
export const FULL_REVIEW = named("date.full-review", rx`(?:tổng\s{1,2}kết|nhìn\s{1,2}lại)${R}`);
/** Part of a year: "6 tháng đầu năm 2019", "quý I năm 2017", "đầu năm 2019": the current year. */
export const PART_OF_YEAR_BEFORE = named("date.part-of-year", new RegExp(src`(?:tháng|quí\s{1,2}[\p{L}\d]{1,3}|đầu|giữa)\s{1,2}năm\s{1,2}$`, "u"));
/** "cuối năm 2015": the end of a year (told as past when it is not a target). */
export const END_OF_YEAR_BEFORE = named("date.end-of-year", new RegExp(src`(?<![\p{L}\p{M}])(?<!tháng\s{1,2})cuối\s{1,2}(?:năm\s{1,2})?$`, "u"));

/** The first words of the matches of TARGET_BEFORE, WEAK_YEAR_BEFORE (target, past, comparison, law) and AFTER_BEFORE. */
const firstWords = (ws: string) => new Set(ws.split(" ").map(fold));
const TARGET_FIRST = "đến tới trước sau tầm từ sn sinh kế dự";
export const TARGET_FIRSTS = firstWords(TARGET_FIRST);
export const WEAK_YEAR_FIRSTS = firstWords(`${TARGET_FIRST} từng hồi trước cách vào so luật công hiến hiệp pháp nghị quy tiêu sửa ${LAW_CODE_WORDS.join(" ")}`);
export const AFTER_FIRSTS = firstWords("cùng so");
