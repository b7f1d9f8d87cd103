/**
 * The words right before a number that make it no count (count.ts asks for each number):
 *
 *   "lần thứ 12", "tổ 51", "xếp thứ 07/13", "gấp 2"        → an ordinal, an address, a rank, a multiplier
 *   "Nghị định 205 hướng dẫn", "Thông tư số 15 quy định"    → the number names a document
 *   "đạt điểm 10 môn Toán", "điểm 10 tuyệt đối"            → a mark (out of 10), not 10 subjects
 *   "Công ty TNHH một thành viên", "TNHH hai thành viên"    → a kind of company, not its members
 * Counts still: "sơ cấp 13.464 người", "Văn phòng 64 đảng viên", "Trong số 150 hồ sơ", "tổng điểm 3
 * môn thi", "dứt điểm 12 dự án", "Hợp tác xã 30 thành viên".
 */
import { fold } from "../text/fold.js";
import { L as LS, named, src } from "../text/rx.js";
import { isLetterOrMark, isSpace, lastWord } from "./count-words.js";
import { COMPANY_TYPE_BEFORE, COMPANY_TYPE_NOUNS, NUMBERED_BODIES, LIST_NUMBER_AFTER, MARK_AFTER, MARK_MAX, MARK_VERBS, MARK_WORD, NOT_MARK_BEFORE, SUBJECT_WORD } from "../lexicon/count-clues.js";

const L = named("count-before.L", new RegExp(LS));

/**
 * Before the number: ordinals, identifiers, addresses, ranks, multipliers ("số", "cấp" and "nhân" are in
 * NOT_BEFORE: "nhân 3" multiplies, "công nhân 390 người" counts).
 */
const NOT_BEFORE_WORDS = [
  "thứ", "top", "hạng", "khóa", "lần", "đợt", "tổ", "lớp", "điều", "khoản", "chương", "mục", "tập", "giai đoạn", "kì",
  "phòng", "tầng", "ngõ", "ngách", "hẻm", "đường", "gấp", "chia", "phiên bản", "mã", "quận", "phường", "km",
  "quốc lộ", "tỉnh lộ", "xếp", "đứng", "version", "bài", "trang", "câu", "hình", "ảnh", "bảng", "biểu", "phụ lục", "mẫu",
  "khối", "xóm", "ấp", "thôn", "khu phố", "khóm", "tổ dân phố", "đội", "tiết", "tuần", "quí", "tiểu khu", "lô", "nhà",
  "block", "dãy", "làn", "cổng", "kênh", "tuyến", "tốp", "giải",
  // a round of a contest: "vòng 3 giải vô địch", "vòng 2 Cúp Quốc gia"
  "vòng",
  // a level, not a count: "dịch vụ công mức độ 3", "cấp độ 4"
  "mức độ", "cấp độ",
].map(fold);
const NOT_BEFORE = named(
  "count.not-before",
  new RegExp(
    src`${L}(?:(?<!(?:tổng|với|có|trong|con)\s{1,2})số|(?<!(?:công|bệnh|nạn|cá|doanh|thân|chủ|quân|thương|tư|nữ)\s{1,2})nhân|(?<!(?:được|trung|sơ|cao|nâng)\s{1,2})cấp|${new RegExp(NOT_BEFORE_WORDS.map((w) => w.replace(/ /g, "\\s{1,2}")).join("|"), "u")})[\s.]{0,3}$`,
    "u",
  ),
);

/** The last word of each NOT_BEFORE alternative: a cheap necessary test before the regex. */
const NOT_BEFORE_LAST = new Set([...NOT_BEFORE_WORDS.map((w) => w.split(" ").pop()!), "số", "cấp", "nhân"].map(fold));

/**
 * Whether NOT_BEFORE can match the text before `at`: it ends with one of its words, then at most
 * three spaces or dots. Most numbers fail this, which spares the regex (it is tried at every
 * position of the 24 characters before the number).
 */
function mayBeNotBefore(key: string, at: number): boolean {
  let i = at;
  while (i > 0 && at - i <= 3 && (isSpace(key.charCodeAt(i - 1)) || key.charCodeAt(i - 1) === 46)) i--;
  if (at - i > 3) return false;
  const e = i;
  while (i > 0 && e - i < 12 && isLetterOrMark(key, i - 1)) i--;
  return e > i && NOT_BEFORE_LAST.has(key.slice(i, e));
}

/**
 * Words ending in a word of NOT_BEFORE after which a number counts: "Văn phòng 64 đảng viên" (a unit's
 * name; "phòng 204" names a room), "Trong số 150 hồ sơ" (among them; "số 18" is an address),
 * "dân tộc thiểu số 620 hộ" (a noun before its count), "danh mục 30 dự án" (a list and what it holds),
 * "triệu tập 120 tổ chức, cá nhân" (a verb; "tập 12" numbers a volume or an episode).
 */
const UNIT_NAMES_BEFORE = ["văn phòng", "trong số", "thiểu số", "danh mục", "triệu tập"].map(fold);
const LIST_WORD = fold("danh mục");
const LIST_NUMBER_AFTER_WORDS = LIST_NUMBER_AFTER.map(fold);
function unitNameBefore(key: string, at: number, end: number): boolean {
  const before = key.slice(Math.max(0, at - 16), at).trimEnd();
  const w = UNIT_NAMES_BEFORE.find((u) => before.endsWith(u) && !/[\p{L}\p{M}]/u.test(before[before.length - u.length - 1] ?? ""));
  if (!w) return false;
  // "danh mục 2 kèm theo Thông tư …": the list's own number
  if (w === LIST_WORD) {
    const after = key.slice(end, end + 12).trimStart();
    if (after === "" || /^[,.;:)]/.test(after) || LIST_NUMBER_AFTER_WORDS.some((x) => after.startsWith(x) && !/[\p{L}\p{M}]/u.test(after[x.length] ?? ""))) return false;
  }
  return true;
}

/** A capitalised document type just before a number: the number names the document. */
const DOC_TYPE_BEFORE = named(
  "count.doc-type-before",
  /(?:Nghị định|Thông tư|Quyết định|Chỉ thị|Nghị quyết|Công văn|Tờ trình|Kết luận|Thông báo|Luật|Điều|Khoản|Chương|Phụ lục)[ \u00a0]{1,2}(?:số[ \u00a0]{1,2})?$/u,
);

/** The last units of DOC_TYPE_BEFORE's words and of "số". */
const DOC_TYPE_LAST = new Set(
  [...DOC_TYPE_BEFORE.source.slice("(?:".length, DOC_TYPE_BEFORE.source.indexOf(")")).split("|"), "số"].map((w) => w.charCodeAt(w.length - 1)),
);
/**
 * Whether DOC_TYPE_BEFORE can match before `at`: it ends with one or two spaces (or no-break
 * spaces) right after the last letter of one of its words or of "số". Most numbers fail this.
 */
function mayBeDocTypeBefore(norm: string, at: number): boolean {
  let i = at;
  while (i > 0 && at - i < 3 && (norm.charCodeAt(i - 1) === 32 || norm.charCodeAt(i - 1) === 0xa0)) i--;
  const n = at - i;
  return n >= 1 && n <= 2 && i > 0 && DOC_TYPE_LAST.has(norm.charCodeAt(i - 1));
}

/**
 * An ordinal, an identifier, an address, a rank or a multiplier before a number (h: its start and
 * end, whether it is qualified): "cấp 3", "tổ 51", not "sơ cấp 13.464 người", nor a level of
 * training ("trung cấp 400 người"), nor a unit's name ("Văn phòng 64 đảng viên").
 */
export function idBefore(key: string, numStart: number, numEnd: number, approx: boolean): boolean {
  // ordinals and identifiers are small plain numbers: no thousands group
  return (
    !approx &&
    mayBeNotBefore(key, numStart) &&
    !/\d[.,]\d{3}/.test(key.slice(numStart, numEnd)) &&
    NOT_BEFORE.test(key.slice(Math.max(0, numStart - 24), numStart)) &&
    !unitNameBefore(key, numStart, numEnd) &&
    !EACH_BEFORE.test(key.slice(Math.max(0, numStart - 24), numStart))
  );
}

/**
 * "mỗi" and the word (or two) of NOT_BEFORE right before the number: what each holds, no number of a
 * class, round or team ("mở 12 lớp, mỗi lớp 40 học viên", "mỗi tổ 5 người", "mỗi đợt 60 hội viên").
 */
const EACH_BEFORE = named("count-before.EACH_BEFORE", /(?:^|[^\p{L}\p{M}])mỗi\s+[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?\s*$/u);

/** A capitalised document type right before the number ("Nghị định 205", "Thông tư số 15"). */
export function docTypeBefore(norm: string, numStart: number): boolean {
  return mayBeDocTypeBefore(norm, numStart) && DOC_TYPE_BEFORE.test(norm.slice(Math.max(0, numStart - 24), numStart));
}

const BODIES = [...new Set(NUMBERED_BODIES.map(fold))];
/** A capitalised body or programme right before the number ("Ban Chỉ đạo 389", "Đề án 06", "Chương trình số 135"): its name. */
export function numberedBodyBefore(norm: string, key: string, numStart: number): boolean {
  let before = key.slice(Math.max(0, numStart - 24), numStart).trimEnd();
  if (before.endsWith(" số")) before = before.slice(0, -3).trimEnd();
  const from = Math.max(0, numStart - 24);
  return BODIES.some((b) => {
    if (!before.endsWith(b)) return false;
    const at = before.length - b.length;
    if (at > 0 && isLetterOrMark(before, at - 1)) return false;
    const c = norm[from + at] ?? "";
    return c !== c.toLowerCase();
  });
}

const MARK = fold(MARK_WORD);
const MARK_LAST = MARK.charCodeAt(MARK.length - 1);
const MARK_VERB_SET = new Set(MARK_VERBS.map(fold));
const NOT_MARK_SET = new Set(NOT_MARK_BEFORE.map(fold));
const MARK_AFTER_WORDS = MARK_AFTER.map(fold);
const SUBJECT = fold(SUBJECT_WORD);

/** The start of the word before `at` (across one or two spaces), or -1. */
function wordStartBefore(key: string, at: number): number {
  let e = at;
  while (e > 0 && at - e < 2 && key.charCodeAt(e - 1) === 32) e--;
  if (e === at) return -1;
  let b = e;
  while (b > 0 && isLetterOrMark(key, b - 1)) b--;
  return b < e ? b : -1;
}

/**
 * A mark right after "điểm": "đạt điểm 10 bài kiểm tra" (a verb of getting a mark before "điểm"),
 * "điểm 10 môn Toán", "điểm 8 Hóa học", "điểm 10 tuyệt đối" (a subject's name or "tuyệt đối"
 * after the number). Not "tổng điểm 3 môn thi", "lấy điểm 1 môn", "dứt điểm 12 dự án".
 */
export function markAfterScore(key: string, norm: string, numStart: number, numEnd: number, value: number): boolean {
  // (the unit before the spaces is the "m" of "điểm": most numbers fail this, sparing the slice)
  let e = numStart;
  while (e > 0 && numStart - e < 2 && key.charCodeAt(e - 1) === 32) e--;
  if (value > MARK_MAX || e === numStart || key.charCodeAt(e - 1) !== MARK_LAST || lastWord(key, numStart) !== MARK) return false;
  const w = wordStartBefore(key, numStart);
  // "thời điểm 9 Sở", "thí điểm 3 Trung tâm": a word ending in "điểm", no mark
  if (w >= 0 && NOT_MARK_SET.has(lastWord(key, w))) return false;
  // after the number: "môn" and a capital, a capital, or "tuyệt đối"
  let p = numEnd;
  const spaced = key.charCodeAt(p) === 32;
  if (spaced) p++;
  const subject = spaced && key.startsWith(SUBJECT + " ", p);
  if (subject) p += SUBJECT.length + 1;
  // "có điểm 3 môn thi đạt từ 24 điểm": a count of subjects ("môn" and a lower-case word), even after a verb
  if (subject && norm[p] === norm[p]?.toLowerCase() && isLetterOrMark(key, p)) return false;
  if (w >= 0 && MARK_VERB_SET.has(lastWord(key, w))) return true;
  if (!spaced) return false;
  const c = norm[p] ?? "";
  if (c !== c.toLowerCase()) return true;
  return MARK_AFTER_WORDS.some((m) => key.startsWith(m, p) && !isLetterOrMark(key, p + m.length));
}

const COMPANY_TYPES = COMPANY_TYPE_BEFORE.map(fold);
const COMPANY_TYPE_NOUN_SET = new Set(COMPANY_TYPE_NOUNS.map(fold));
/** "Công ty TNHH một thành viên", "TNHH hai thành viên trở lên": a kind of company, not its members. */
export function companyTypeBefore(key: string, numStart: number, noun: string): boolean {
  if (!COMPANY_TYPE_NOUN_SET.has(noun)) return false;
  const before = key.slice(Math.max(0, numStart - 24), numStart).trimEnd();
  return COMPANY_TYPES.some((t) => before.endsWith(t) && (before.length === t.length || !isLetterOrMark(before, before.length - t.length - 1)));
}
