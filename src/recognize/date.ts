/**
 * Dates, in the forms Vietnamese reports write them.
 *
 *   "20/12/2022", "20-12-2022", "20.12.2022", "2/6/17"   → 2022-12-20, 2017-06-02   (day)
 *   "Chiều 14/9", "sáng ngày 13/7", "ngày 20-12"         → --09-14 or, with a year in the
 *                                                          text, 2017-09-14 (yearInferred)
 *   "thứ Hai, ngày 20/12/2022", "Sáng nay 3/8"           → the prefix is part of the span
 *   "ngày 20 tháng 12 năm 2022", "mùng 3 tháng 2"         → 2022-12-20, --02-03
 *   "từ ngày 3 - 6/8/2017", "Từ ngày 5 đến 10-6"          → 2017-08-03, --06-05 (the first day)
 *   "tháng 12/2022", "tháng 2-2017", "tháng 12 năm 2022"  → 2022-12                   (month)
 *   "quý IV/2022", "quý 3 năm 2022"                       → 2022-Q4, 2022-Q3          (quarter)
 *   "năm 2022", "6 tháng đầu năm 2019"                    → 2022, 2019                (year)
 *   "31/02/2022", "năm 20221"                             → kept with invalid: true
 *
 * The year of a day written without one: the same day written in full, else the year of
 * ParseOptions.referenceDate (ctx.referenceDate), else the year the text treats as "now"
 * (yearContext: "so với cùng kỳ 2018" → 2019, "Ngày 9/8, … Đại hội nhiệm kỳ 2018-2023" → 2018);
 * never a year of the background ("Luật Đất đai 2013", "(UNCLOS) 1982", "từng … năm 2006",
 * "sinh ngày 20-5-1970", "năm 2012 có 4.000 đơn vị"): then the day stays "--MM-DD".
 *
 * Not dates: "08/11 chỉ tiêu", "23/27 doanh nghiệp" (a part of a whole), "118/BC-UBND",
 * "61/2013/NĐ-CP" (document numbers), "3-4 lần", "17-21 cent" (ranges), "4.0".
 */
import type { Ctx, DateHit } from "./types.js";
import { fold } from "../text/fold.js";
import { L as LS, R as RS, named, rx, src, words } from "../text/rx.js";
import { execAtEnd, wordCharBefore } from "./date-scan.js";
import { lunarAfter } from "./date-lunar.js";
import { dayNumber, yearContext, type YearContext } from "./date-year.js";
import { T_WORD } from "../text/tokens.js";
import { freshTokens } from "../text/words.js";
import { markedTokens } from "./number-tokens.js";
import { firstWordsOf } from "./phrase.js";
import { isSpace } from "./count-words.js";

export { edged, execAtEnd, wordCharBefore } from "./date-scan.js";
export { documentYear, sentenceAt, yearContext, yearMentions, type YearContext, type YearMention } from "./date-year.js";

const L = named("date.L", new RegExp(LS));
const R = named("date.R", new RegExp(RS));
import { DAY_WORDS, PARTS_OF_DAY, QUARTER_ROMAN, RELATIVE_DAYS, WEAK_DATE_CUES, WEEKDAYS } from "../lexicon/dates.js";
import { unitAt } from "../text/chars.js";
import { inOrder } from "../text/lists.js";

const PART = words(PARTS_OF_DAY);
const WEEKDAY = words(WEEKDAYS);
const DAY_WORD = words(DAY_WORDS);
const WEAK = words(WEAK_DATE_CUES);

// The scanning patterns below have no left word edge: a leading lookbehind makes V8 try the
// whole pattern at every position. The edge is checked in code, and each pattern tried (sticky) only
// where a match can start: numericMatches, literalMatches.

/** d/m[/y], d-m[-y], d.m[.y]; "3 - 6/8/2017", "5 đến 10-6" (a run of days). */
const NUMERIC = named(
  "date.numeric",
  rx`(?:(?<d1>\d{1,2})(?:\s{0,2}-\s{0,2}(?=\d{1,2}[/.])|\s{1,2}(?:đến|tới)\s{1,2}(?=\d{1,2}[/\-]\d)))?(?<d>\d{1,2})(?<sep>[/.\-])(?<m>\d{1,2})(?:\k<sep>(?<y>\d{4}|\d{2}))?(?![\p{L}\p{M}\p{N}]|[/.\-]\d)`,
);
/** "20 tháng 12 năm 2022", "3 tháng 2", "09 tháng 11năm 2020"; "ngày"/"mùng" before it is read by prefixBefore. */
const WORDS = named(
  "date.words",
  rx`(?<d>\d{1,2})\s{1,3}tháng\s{1,3}(?<m>\d{1,2})(?:(?:\s{0,3}(?:năm|,)\s{0,3}|\s{0,3}[/.\-]\s{0,3}|\s{1,3})(?<y>\d{4})(?!\p{N})|${R})`,
);
/** "tháng 12/2022", "tháng 2-2017", "tháng 11.2018", "tháng 12 năm 2022". */
const MONTH = named(
  "date.month",
  rx`tháng\s{0,3}(?<m>\d{1,2})(?:\s{0,2}[/.\-]\s{0,2}|\s{1,3}năm\s{1,3}|\s{0,2},\s{0,2}năm\s{1,3})(?<y>\d{4,5})${R}`,
);
/** "quý IV/2022", "quý 3 năm 2022", "quý I-2017". */
const QUARTER = named(
  "date.quarter",
  rx`quí\s{1,3}(?<q>iv|i{1,3}|[1-4])(?:\s{0,2}[/.\-]\s{0,2}|\s{1,3}năm\s{1,3}|\s{0,2},\s{0,2}năm\s{1,3})(?<y>\d{4})${R}`,
);
/** "năm 2022", "Năm 2017,", "năm 20221" (invalid). */
const YEAR = named("date.year", rx`năm\s{1,3}(?<y>\d{4,5})${R}`);


const NUMERIC_Y = named("date.NUMERIC_Y", new RegExp(NUMERIC.source, "uy"));
/** "ngày", "mùng" right before the first day of a run joined by a word ("ngày 5 đến 10-6"). */
const DAY_BEFORE = named("date.DAY_BEFORE", new RegExp(`(?:${["ngày", "mùng", "mồng"].map(fold).join("|")})\\s{1,2}$`, "u"));
/** The word joining a run of days ("5 đến 10-6"), with its spaces. */
const JOIN_WORD = named("date.JOIN_WORD", /\s{1,2}(?:đến|tới)\s{1,2}/u);
const WORDS_Y = named("date.WORDS_Y", new RegExp(WORDS.source, "uy"));
const MONTH_Y = named("date.MONTH_Y", new RegExp(MONTH.source, "uy"));
const QUARTER_Y = named("date.QUARTER_Y", new RegExp(QUARTER.source, "uy"));
const YEAR_Y = named("date.YEAR_Y", new RegExp(YEAR.source, "uy"));

/** "tháng", "năm", "quí": every word that WORDS, MONTH, YEAR or QUARTER holds at a fixed place. */
const THANG = "tháng";
const NAM_WORD = "năm";
const QUI = "quí";

/**
 * The matches of WORDS, MONTH, QUARTER and YEAR, each as a global scan with a left word edge
 * would find them (leftmost, not overlapping each other), from one scan for their words: MONTH,
 * QUARTER and YEAR begin with theirs; WORDS ("20 tháng 12") begins with the one or two digits
 * before "tháng".
 */
export function literalMatches(ctx: Ctx): { words: RegExpExecArray[]; month: RegExpExecArray[]; quarter: RegExpExecArray[]; year: RegExpExecArray[] } {
  const out = { words: [] as RegExpExecArray[], month: [] as RegExpExecArray[], quarter: [] as RegExpExecArray[], year: [] as RegExpExecArray[] };
  let wordsEnd = 0;
  let monthEnd = 0;
  let quarterEnd = 0;
  let yearEnd = 0;
  // a date word matters only where a word token starts (WORDS needs white space before "tháng", the
  // others a left word edge; one inside a word was passed over): the tokens are read, not the key
  // (those tokens are marked: number-tokens.ts)
  const key = ctx.doc.key;
  const tt = freshTokens(ctx.doc);
  const marked = markedTokens(ctx.doc);
  for (let mi = 0; mi < marked.length; mi++) {
    const ti = marked[mi]!;
    if (!(tt.flags[ti]! & T_WORD)) continue;
    const at = tt.start[ti]!;
    const c = key.charCodeAt(at);
    const w = c === 116 ? THANG : c === 110 ? NAM_WORD : c === 113 ? QUI : "";
    if (!w || !key.startsWith(w, at)) continue;
    const edge = !wordCharBefore(key, at);
    if (w === THANG) {
      const m = wordsAt(key, at, wordsEnd);
      if (m) {
        out.words.push(m);
        wordsEnd = m.index + m[0].length;
      }
      if (edge && at >= monthEnd) {
        MONTH_Y.lastIndex = at;
        const mm = MONTH_Y.exec(key);
        if (mm) {
          out.month.push(mm);
          monthEnd = at + mm[0].length;
        }
      }
    } else if (!edge) continue;
    else if (w === NAM_WORD) {
      if (at < yearEnd) continue;
      YEAR_Y.lastIndex = at;
      const m = YEAR_Y.exec(key);
      if (m) {
        out.year.push(m);
        yearEnd = at + m[0].length;
      }
    } else if (at >= quarterEnd) {
      QUARTER_Y.lastIndex = at;
      const m = QUARTER_Y.exec(key);
      if (m) {
        out.quarter.push(m);
        quarterEnd = at + m[0].length;
      }
    }
  }
  return out;
}

/** WORDS for the "tháng" at `t`: the one or two digits before it (after 1-3 spaces) start the match. */
function wordsAt(key: string, t: number, lastEnd: number): RegExpExecArray | null {
  let i = t;
  while (i > 0 && t - i < 4 && /\s/.test(key[i - 1]!)) i--;
  const ws = t - i;
  if (ws < 1 || ws > 3) return null;
  const e = i;
  while (i > 0 && e - i < 3 && key.charCodeAt(i - 1) >= 48 && key.charCodeAt(i - 1) <= 57) i--;
  const nd = e - i;
  if (nd < 1 || nd > 2 || i < lastEnd || wordCharBefore(key, i)) return null;
  WORDS_Y.lastIndex = i;
  return WORDS_Y.exec(key);
}

/**
 * The matches of edged(key, NUMERIC): each starts with a digit on a left word edge, which is the
 * start of a word token that starts with a digit (a marked token, number-tokens.ts); NUMERIC is
 * tried (sticky) only there.
 */
export function numericMatches(ctx: Ctx): RegExpExecArray[] {
  const key = ctx.doc.key;
  const tt = freshTokens(ctx.doc);
  const marked = markedTokens(ctx.doc);
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let mi = 0; mi < marked.length; mi++) {
    const ti = marked[mi]!;
    const at = tt.start[ti]!;
    const c = key.charCodeAt(at);
    if (at < from || c < 48 || c > 57 || !(tt.flags[ti]! & T_WORD) || !mayStartNumeric(key, at)) continue;
    NUMERIC_Y.lastIndex = at;
    const m = NUMERIC_Y.exec(key);
    if (!m) continue;
    out.push(m);
    from = at + Math.max(1, m[0].length);
  }
  return out;
}

/**
 * Whether NUMERIC can match at `at` (a digit): it starts with one or two digits (the first day of a
 * run, or the day) followed by "/", "." or "-", or by at most two white spaces and then "-" or
 * "đến"/"tới". Three digits, or any other unit after them, and it cannot (most numbers: "50 người").
 */
function mayStartNumeric(key: string, at: number): boolean {
  let i = at + 1;
  if (isDigit(unitAt(key, i))) i++;
  const c = unitAt(key, i);
  if (c === 47 || c === 46 || c === 45) return true;
  let k = 0;
  while (k < 2 && isSpace(unitAt(key, i))) {
    i++;
    k++;
  }
  if (k === 0) return false;
  const e = unitAt(key, i);
  return e === 45 || e === 0x111 || e === 116;
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** What stands right before a date: "thứ Hai, ", "Chiều ", "sáng nay, ngày ", "từ ngày ". */
const PREFIX = named(
  "date.prefix",
  new RegExp(
    src`${L}(?:(?:thứ\s{1,2}${WEEKDAY}|chủ\s{1,2}nhật)[\s,]{0,3})?(?:(?<part>${PART})(?:\s{1,2}nay)?[\s,]{1,3})?(?:(?<day>${DAY_WORD})\s{0,3})?$`,
    "uy",
  ),
);
/** Today or yesterday in words and the day in a bracket: "sáng nay (6-2)", "Sáng nay (21.6)", "hôm qua (5/3)". */
const RELATIVE_BRACKET = named("date.relative-bracket", new RegExp(src`${L}(?:${words(RELATIVE_DAYS.map(fold))})\s{0,2}\(\s{0,2}$`, "u"));
const WEAK_BEFORE = named("date.weak-cue", new RegExp(src`${L}${WEAK}\s{1,3}(?:ngày\s{1,3})?$`, "uy"));

/** The words a match of PREFIX or WEAK_BEFORE starts with (execAtEnd passes over other starts). */
const PREFIX_FIRSTS = firstWordsOf(["thứ", "chủ", ...PARTS_OF_DAY, ...DAY_WORDS]);
const WEAK_FIRSTS = firstWordsOf(WEAK_DATE_CUES);

// Cheap necessary tests: each pattern tried with execAtEnd holds one of these words.
const HAS_PREFIX_WORD = named("date.HAS_PREFIX_WORD", /thứ|chủ|sáng|chiều|tối|trưa|đêm|khuia|ngài|mùng|mồng|hôm|nai/);
const HAS_WEAK_WORD = named("date.HAS_WEAK_WORD", /từ|đến|tới|trước|sau|vào|đầu|cuối|hết|dịp/);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function validDay(y: number | null, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  // (the leap test runs for every date with a year, and February's length is chosen: a test of its
  // own for February, first reached after V8 had optimised inferYears, made it compile it again)
  const yy = y ?? 1;
  const r4 = yy % 4;
  const r100 = yy % 100;
  const r400 = yy % 400;
  const leap = (r4 === 0 && r100 !== 0) || r400 === 0;
  return d <= (m === 2 && y !== null ? (leap ? 29 : 28) : DAYS_IN_MONTH[m - 1]!);
}

function fullYear(s: string): number {
  const n = Number(s);
  // (the two-digit reading is worked out for every year and chosen: its compare and sum, first
  // reached after V8 had optimised recognizeDates, made it compile recognizeDates again)
  const short = (n < 50 ? 2000 : 1900) + n;
  return s.length === 2 ? short : n;
}

/** The prefix ("Chiều ", "thứ Hai, ngày ") that ends at `at`, and whether it marks a day. */
function prefixBefore(key: string, at: number): { start: number; strong: boolean; weak: boolean } {
  const from = Math.max(0, at - 40);
  const before = key.slice(from, at);
  // (a weekday, a part of the day with "nay", a day word: at most 7 words)
  const m = HAS_PREFIX_WORD.test(before) ? execAtEnd(PREFIX, before, 8, PREFIX_FIRSTS) : null;
  if (m && m[0].length > 0) {
    const strong = !!(m.groups!.part || m.groups!.day) || /thứ|chủ/.test(m[0]);
    return { start: from + m.index, strong, weak: false };
  }
  if (before.endsWith("(") || before.endsWith("( ")) {
    if (RELATIVE_BRACKET.test(before)) return { start: at, strong: false, weak: true };
  }
  return { start: at, strong: false, weak: HAS_WEAK_WORD.test(before) && execAtEnd(WEAK_BEFORE, before, 3, WEAK_FIRSTS) !== null };
}

/** The next non-space character after `at` begins a word (a counted noun: "08/11 chỉ tiêu"). */
function wordFollows(key: string, at: number): boolean {
  let i = at;
  while (i < key.length && (key[i] === " " || key[i] === "\t")) i++;
  return i < key.length && /[\p{L}]/u.test(key[i]!);
}

export function recognizeDates(ctx: Ctx): DateHit[] {
  const key = ctx.doc.key;
  const hits: DateHit[] = [];
  let m: RegExpExecArray | null;

  for (m of numericMatches(ctx)) {
    const g = m.groups!;
    const sep = g.sep!;
    const d = Number(g.d);
    const mo = Number(g.m);
    let numStart = m.index;
    const end = m.index + m[0].length;
    let d1 = g.d1;
    // "ngày 5 đến 10-6": a run of days joined by a word needs "ngày" before its first day; without it
    // the date is the second alone ("từ tháng 3 đến 31-12-2016" is a run of months)
    const joinWord = d1 ? JOIN_WORD.exec(m[0]) : null;
    if (joinWord && !DAY_BEFORE.test(key.slice(Math.max(0, numStart - 8), numStart))) {
      numStart = m.index + joinWord.index + joinWord[0].length;
      d1 = undefined;
    }
    if (g.y && g.y.length === 2 && sep !== "/") continue;
    const y = g.y ? fullYear(g.y) : null;
    if (/^\s{0,2}%/.test(key.slice(end, end + 3))) continue; // "từ 2-3%"
    const pre = prefixBefore(key, numStart);
    const ok = validDay(y, mo, d) && (!d1 || validDay(y, mo, Number(d1)));
    if (y === null) {
      // without a year, "d/m" is a date only when the words around say so
      if (!pre.strong) {
        if (!ok) continue;
        if (sep !== "/" && !pre.weak) continue;
        if (wordFollows(key, end)) continue;
      }
      if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    } else if (mo < 1 || mo > 12 || d > 31) {
      // "12/13/2022" is not a Vietnamese date; keep it only when the words say it is one
      if (!pre.strong) continue;
    }
    const first = d1 ? Number(d1) : d;
    hits.push(day(pre.start, end, y, mo, first, ok, d1 ? "date.range" : "date.numeric"));
  }

  const lit = literalMatches(ctx);
  for (m of lit.words) {
    const g = m.groups!;
    const y = g.y ? Number(g.y) : null;
    const pre = prefixBefore(key, m.index);
    if (!pre.strong && y === null) continue; // "7 tháng 5 ngày" is a duration
    const d = Number(g.d);
    const mo = Number(g.m);
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    hits.push(day(pre.start, m.index + m[0].length, y, mo, d, validDay(y, mo, d), "date.words"));
  }

  for (m of lit.month) {
    const g = m.groups!;
    const mo = Number(g.m);
    const invalid = mo < 1 || mo > 12 || g.y!.length > 4;
    hits.push(dateHit(m.index, m.index + m[0].length, "date.month", `${g.y}-${pad(mo)}`, "month", invalid));
  }

  for (m of lit.quarter) {
    const g = m.groups!;
    const q = QUARTER_ROMAN[g.q!] ?? Number(g.q);
    hits.push(dateHit(m.index, m.index + m[0].length, "date.quarter", `${g.y}-Q${q}`, "quarter", false));
  }

  for (m of lit.year) {
    const y = m.groups!.y!;
    hits.push(dateHit(m.index, m.index + m[0].length, "date.year", y, "year", y.length > 4));
  }

  // a lunar day ("30 tháng 2 năm Giáp Thìn") is not a solar date
  const kept = dropContained(hits).filter((h) => h.precision !== "day" || !lunarAfter(key, h.end));
  inferYears(ctx, kept);
  return kept;
}

function day(start: number, end: number, y: number | null, mo: number, d: number, ok: boolean, rule: DateHit["rule"]): DateHit {
  const md = `${pad(mo)}-${pad(d)}`;
  return dateHit(start, end, rule, y === null ? `--${md}` : `${y}-${md}`, "day", !ok);
}

/**
 * A date hit with every field written, in one order (undefined when absent): the hits of a text
 * share one object shape, where the optional `invalid` spread in or not gave two, and dropContained's
 * sort met both ("wrong map": V8 threw away recognizeDates and compiled it again). Readers test
 * `invalid` and `yearInferred` by value, never by presence; the report copies only true ones.
 */
function dateHit(start: number, end: number, rule: DateHit["rule"], value: string, precision: DateHit["precision"], invalid: boolean): DateHit {
  return { start, end, rule, value, precision, yearInferred: undefined, invalid: invalid ? true : undefined };
}

/** Keep the longest of overlapping hits ("ngày 20 tháng 12 năm 2022" holds "tháng 12 năm 2022"). */
function dropContained(hits: DateHit[]): DateHit[] {
  inOrder(hits, (a, b) => a.start - b.start || b.end - a.end);
  const out: DateHit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) {
      if (h.end - h.start > last.end - last.start) out[out.length - 1] = h;
      continue;
    }
    out.push(h);
  }
  return out;
}

/**
 * Give "14/9" a year: the same day written with a year elsewhere, else the year of the reference
 * date (ParseOptions.referenceDate), else the year the text treats as "now" (yearContext). A day
 * whose year the text does not give stays "--MM-DD".
 */
function inferYears(ctx: Ctx, hits: DateHit[]): void {
  const withYear = new Map<string, string>();
  // (not a birth date: "Tối 14/6" is not in 1858 because someone was born on 14/6/1858)
  for (const h of hits) if (h.precision === "day" && !h.value.startsWith("--") && !h.invalid && !bornOn(ctx.doc.key, h)) withYear.set(h.value.slice(5), h.value.slice(0, 4));
  const ref = parseReference(ctx.referenceDate);
  let years: YearContext | undefined;
  for (const h of hits) {
    if (!h.value.startsWith("--")) continue;
    const md = h.value.slice(2);
    const mo = Number(md.slice(0, 2));
    const d = Number(md.slice(3));
    const written = withYear.get(md);
    let y: number | null;
    if (written) y = Number(written);
    else if (ref && ref.m) y = nearReference(ref, mo, d);
    else {
      y = (years ??= yearContext(ctx, hits)).near(h);
      // a reference of a year alone ("2017": the year a post was published) bounds the text's own
      // reading: the year itself, or the year before it for a day of its last quarter ("tổng kết
      // năm 2016" on 28/12, reported in January); a post of 2017 does not leave the year off a
      // day of June 2016
      if (ref && (y === null || y > ref.y || y < ref.y - 1 || (y === ref.y - 1 && mo < 10))) y = ref.y;
    }
    if (y) {
      h.value = `${y}-${md}`;
      h.yearInferred = true;
      const valid = validDay(y, mo, d);
      if (h.invalid && valid) h.invalid = undefined;
      else if (!h.invalid && !valid) h.invalid = true;
    }
  }
}

/** "sinh ngày 14/6/1858", "sinh 14-6-1858", "(SN 14/6/1858)": a birth date. */
const BORN_BEFORE = named("date.BORN_BEFORE", /(?:^|[^\p{L}\p{M}])(?:sinh|sn)[\s,:]{1,3}(?:ngài\s{1,2})?$/u);
function bornOn(key: string, h: DateHit): boolean {
  const at = key.startsWith("ngài", h.start) ? h.start + 4 : h.start;
  return BORN_BEFORE.test(key.slice(Math.max(0, h.start - 12), h.start) + (at > h.start ? "ngài " : ""));
}

/** "2017-06-21", "2017-06", "2017" → year, month, day (1 when not given); else null. */
function parseReference(ref: string | undefined): { y: number; m: number; d: number } | null {
  const m = ref ? /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(ref.trim()) : null;
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : 0, d: m[3] ? Number(m[3]) : 1 };
}

/**
 * The year of day d/m reported by a text published on `ref`: the reference year, or the year
 * before when d/m would fall more than a month after the publication ("28/12" in early January).
 */
function nearReference(ref: { y: number; m: number; d: number }, m: number, d: number): number {
  if (!ref.m) return ref.y;
  return dayNumber(ref.y, m, d) > dayNumber(ref.y, ref.m, ref.d) + 31 ? ref.y - 1 : ref.y;
}
