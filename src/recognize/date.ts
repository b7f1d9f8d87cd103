/**
 * Dates, in the forms Vietnamese reports write them.
 *
 *   "20/12/2022", "20-12-2022", "20.12.2022", "2/6/17"   → 2022-12-20, 2017-06-02   (day)
 *   "Chiều 21/6", "sáng ngày 13/7", "ngày 20-12"         → --06-21 or, with a year in the
 *                                                          text, 2017-06-21 (yearInferred)
 *   "thứ Hai, ngày 20/12/2022", "Sáng nay 1/7"           → the prefix is part of the span
 *   "ngày 20 tháng 12 năm 2022", "mùng 3 tháng 2"         → 2022-12-20, --02-03
 *   "từ ngày 2 - 5/6/2017"                                → 2017-06-02 (the first day)
 *   "tháng 12/2022", "tháng 1-2017", "tháng 12 năm 2022"  → 2022-12                   (month)
 *   "quý IV/2022", "quý 3 năm 2022"                       → 2022-Q4, 2022-Q3          (quarter)
 *   "năm 2022", "6 tháng đầu năm 2017"                    → 2022, 2017                (year)
 *   "31/02/2022", "năm 20221"                             → kept with invalid: true
 *
 * Not dates: "08/11 chỉ tiêu", "24/28 doanh nghiệp" (a part of a whole), "250/BC-TCTTTg",
 * "205/2013/NĐ-CP" (document numbers), "3-4 lần", "18-22 cent" (ranges), "4.0".
 */
import type { Ctx, DateHit } from "./types.js";
import { L as LS, R as RS, named, rx, src, words } from "../text/rx.js";

const L = new RegExp(LS);
const R = new RegExp(RS);
import { DAY_WORDS, PARTS_OF_DAY, QUARTER_ROMAN, WEAK_DATE_CUES, WEEKDAYS } from "../lexicon/dates.js";

const PART = words(PARTS_OF_DAY);
const WEEKDAY = words(WEEKDAYS);
const DAY_WORD = words(DAY_WORDS);
const WEAK = words(WEAK_DATE_CUES);

/** d/m[/y], d-m[-y], d.m[.y]; "2 - 5/6/2017" (a run of days). */
const NUMERIC = named(
  "date.numeric",
  rx`${L}(?:(?<d1>\d{1,2})\s{0,2}-\s{0,2}(?=\d{1,2}[/.]))?(?<d>\d{1,2})(?<sep>[/.\-])(?<m>\d{1,2})(?:\k<sep>(?<y>\d{4}|\d{2}))?(?![\p{L}\p{M}\p{N}]|[/.\-]\d)`,
);
/** "20 tháng 12 năm 2022", "3 tháng 2", "06 tháng 08năm 2020"; "ngày"/"mùng" before it is read by prefixBefore. */
const WORDS = named(
  "date.words",
  rx`(?<![\p{L}\p{M}\p{N}])(?<d>\d{1,2})\s{1,3}tháng\s{1,3}(?<m>\d{1,2})(?:(?:\s{0,3}(?:năm|,)\s{0,3}|\s{0,3}[/.\-]\s{0,3}|\s{1,3})(?<y>\d{4})(?!\p{N})|${R})`,
);
/** "tháng 12/2022", "tháng 1-2017", "tháng 10.2018", "tháng 12 năm 2022". */
const MONTH = named(
  "date.month",
  rx`${L}tháng\s{0,3}(?<m>\d{1,2})(?:\s{0,2}[/.\-]\s{0,2}|\s{1,3}năm\s{1,3}|\s{0,2},\s{0,2}năm\s{1,3})(?<y>\d{4,5})${R}`,
);
/** "quý IV/2022", "quý 3 năm 2022", "quý I-2017". */
const QUARTER = named(
  "date.quarter",
  rx`${L}quí\s{1,3}(?<q>iv|i{1,3}|[1-4])(?:\s{0,2}[/.\-]\s{0,2}|\s{1,3}năm\s{1,3}|\s{0,2},\s{0,2}năm\s{1,3})(?<y>\d{4})${R}`,
);
/** "năm 2022", "Năm 2017,", "năm 20221" (invalid). */
const YEAR = named("date.year", rx`${L}năm\s{1,3}(?<y>\d{4,5})${R}`);

/** What stands right before a date: "thứ Hai, ", "Chiều ", "sáng nay, ngày ", "từ ngày ". */
const PREFIX = named(
  "date.prefix",
  new RegExp(
    src`${L}(?:(?:thứ\s{1,2}${WEEKDAY}|chủ\s{1,2}nhật)[\s,]{0,3})?(?:(?<part>${PART})(?:\s{1,2}nay)?[\s,]{1,3})?(?:(?<day>${DAY_WORD})\s{0,3})?$`,
    "u",
  ),
);
const WEAK_BEFORE = named("date.weak-cue", new RegExp(src`${L}${WEAK}\s{1,3}(?:ngày\s{1,3})?$`, "u"));

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function validDay(y: number | null, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  if (m === 2 && y !== null) return d <= (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28);
  return d <= DAYS_IN_MONTH[m - 1]!;
}

function fullYear(s: string): number {
  const n = Number(s);
  return s.length === 2 ? (n < 50 ? 2000 + n : 1900 + n) : n;
}

/** The prefix ("Chiều ", "thứ Hai, ngày ") that ends at `at`, and whether it marks a day. */
function prefixBefore(key: string, at: number): { start: number; strong: boolean; weak: boolean } {
  const from = Math.max(0, at - 40);
  const before = key.slice(from, at);
  const m = PREFIX.exec(before);
  if (m && m[0].length > 0) {
    const strong = !!(m.groups!.part || m.groups!.day) || /thứ|chủ/.test(m[0]);
    return { start: from + m.index, strong, weak: false };
  }
  return { start: at, strong: false, weak: WEAK_BEFORE.test(before) };
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

  for (m of key.matchAll(NUMERIC)) {
    const g = m.groups!;
    const sep = g.sep!;
    const d = Number(g.d);
    const mo = Number(g.m);
    const numStart = m.index;
    const end = m.index + m[0].length;
    if (g.y && g.y.length === 2 && sep !== "/") continue;
    const y = g.y ? fullYear(g.y) : null;
    const pre = prefixBefore(key, numStart);
    const ok = validDay(y, mo, d) && (!g.d1 || validDay(y, mo, Number(g.d1)));
    if (/^\s{0,2}%/.test(key.slice(end, end + 3))) continue; // "từ 2-3%"
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
    const first = g.d1 ? Number(g.d1) : d;
    hits.push(day(pre.start, end, y, mo, first, ok, g.d1 ? "date.range" : "date.numeric"));
  }

  for (m of key.matchAll(WORDS)) {
    const g = m.groups!;
    const y = g.y ? Number(g.y) : null;
    const pre = prefixBefore(key, m.index);
    if (!pre.strong && y === null) continue; // "5 tháng 6 ngày" is a duration
    const d = Number(g.d);
    const mo = Number(g.m);
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    hits.push(day(pre.start, m.index + m[0].length, y, mo, d, validDay(y, mo, d), "date.words"));
  }

  for (m of key.matchAll(MONTH)) {
    const g = m.groups!;
    const mo = Number(g.m);
    const invalid = mo < 1 || mo > 12 || g.y!.length > 4;
    hits.push({ start: m.index, end: m.index + m[0].length, rule: "date.month", value: `${g.y}-${pad(mo)}`, precision: "month", ...(invalid ? { invalid } : {}) });
  }

  for (m of key.matchAll(QUARTER)) {
    const g = m.groups!;
    const q = QUARTER_ROMAN[g.q!] ?? Number(g.q);
    hits.push({ start: m.index, end: m.index + m[0].length, rule: "date.quarter", value: `${g.y}-Q${q}`, precision: "quarter" });
  }

  for (m of key.matchAll(YEAR)) {
    const y = m.groups!.y!;
    hits.push({ start: m.index, end: m.index + m[0].length, rule: "date.year", value: y, precision: "year", ...(y.length > 4 ? { invalid: true } : {}) });
  }

  const kept = dropContained(hits);
  inferYears(ctx, kept);
  return kept;
}

function day(start: number, end: number, y: number | null, mo: number, d: number, ok: boolean, rule: string): DateHit {
  const md = `${pad(mo)}-${pad(d)}`;
  return { start, end, rule, value: y === null ? `--${md}` : `${y}-${md}`, precision: "day", ...(ok ? {} : { invalid: true }) };
}

/** Keep the longest of overlapping hits ("ngày 20 tháng 12 năm 2022" holds "tháng 12 năm 2022"). */
function dropContained(hits: DateHit[]): DateHit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
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

/** Give "21/6" a year: the same day written with a year elsewhere, else the year of the text. */
function inferYears(ctx: Ctx, hits: DateHit[]): void {
  const withYear = new Map<string, string>();
  for (const h of hits) if (h.precision === "day" && !h.value.startsWith("--") && !h.invalid) withYear.set(h.value.slice(5), h.value.slice(0, 4));
  let years: YearContext | undefined;
  for (const h of hits) {
    if (!h.value.startsWith("--")) continue;
    const md = h.value.slice(2);
    let y: string | number | null | undefined = withYear.get(md);
    if (!y) y = (years ??= yearContext(ctx, hits)).near(h);
    if (y) {
      h.value = `${y}-${md}`;
      h.yearInferred = true;
      const valid = validDay(Number(y), Number(md.slice(0, 2)), Number(md.slice(3)));
      if (h.invalid && valid) delete h.invalid;
      else if (!h.invalid && !valid) h.invalid = true;
    }
  }
}

/** The sentence holding position `at` (binary search; sentences are in text order). */
export function sentenceAt(ctx: Ctx, at: number): { start: number; end: number } | undefined {
  const ss = ctx.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** A four-digit year written on its own ("Tết Đinh Dậu 2017", "nhiệm kỳ 2017-2022"). */
// the left edge (no letter, digit, "/", "." or "," before) is checked in yearMentions: a leading
// lookbehind would make V8 try every position
const BARE_YEAR = named("date.bare-year", rx`(?<y>(?:19|20)\d\d)(?![\p{L}\p{M}\p{N}]|[/.,]\d)`);
const NOT_BEFORE_YEAR = /[\p{L}\p{M}\p{N}/.,]/u;
/** A year that is a target or a birth year, not the time of the report: "đến năm 2020", "SN 1980". */
const TARGET_BEFORE = named(
  "date.target",
  new RegExp(
    src`${L}(?:(?:đến|tới|trước|sau|tầm\s{1,2}nhìn|từ|sn)(?:\s{1,2}(?:hết|cuối|đầu|giữa))?(?:\s{1,2}năm)?|(?<!tuyển\s{1,2})sinh\s{1,2}(?:năm|ngày)|kế\s{1,2}hoạch(?:\s{1,2}[\p{L}\p{M}]{1,8}){0,3}\s{1,2}năm|dự\s{1,2}kiến(?:\s{1,2}[\p{L}\p{M}]{1,8}){0,3}\s{1,2}năm)[\s,(]{0,3}$`,
    "u",
  ),
);
/** A range "2016-2020", "2017 - 2022": the end year. */
const RANGE_END_BEFORE = named("date.range-end", /(?:19|20)\d\d\s{0,2}-\s{0,2}$/u);
/** A school year "năm học 2019-2020": it ends in its second year. */
const SCHOOL_YEAR_BEFORE = named("date.school-year", new RegExp(src`năm\s{1,2}học\s{1,2}(?:19|20)\d\d\s{0,2}-\s{0,2}$`, "u"));
/** "tổng kết 5 năm … giai đoạn 2016-2020": a review of a period that ends now. */
const REVIEW = named("date.review", rx`${L}(?:tổng\s{1,2}kết|sơ\s{1,2}kết|nhìn\s{1,2}lại|kết\s{1,2}thúc)${R}`);
/** "kỷ niệm 60 năm", "55 năm thành lập": an anniversary, N years after a founding date. */
const ANNIVERSARY = named("date.anniversary", rx`${L}(?:kỉ\s{1,2}niệm\s{1,2}(?<n1>\d{1,3})\s{1,2}năm|(?<n2>\d{1,3})\s{1,2}năm\s{1,2}(?:thành\s{1,2}lập|ngày\s{1,2}thành\s{1,2}lập|truyền\s{1,2}thống|ngày\s{1,2}truyền\s{1,2}thống))${R}`);

export interface YearMention {
  year: number;
  start: number;
  end: number;
  /** A target or a birth year ("đến năm 2020", "SN 1980"): not the time of the text. */
  weak: boolean;
  /** The end of a range "2016-2020" (a school year's end is not flagged). */
  rangeEnd: boolean;
}

/** Every year written in the text: bare years ("năm 2017", "Đinh Dậu 2017") and years of dates. */
export function yearMentions(ctx: Ctx, hits: DateHit[] = []): YearMention[] {
  const key = ctx.doc.key;
  const out: YearMention[] = [];
  for (const m of key.matchAll(BARE_YEAR)) {
    const at = m.index;
    if (at > 0 && NOT_BEFORE_YEAR.test(key[at - 1]!)) continue;
    const before = key.slice(Math.max(0, at - 40), at);
    const rangeEnd = RANGE_END_BEFORE.test(before) && !SCHOOL_YEAR_BEFORE.test(before);
    out.push({ year: Number(m.groups!.y), start: at, end: at + 4, weak: TARGET_BEFORE.test(before), rangeEnd });
  }
  for (const h of hits) {
    if (h.invalid || h.value.startsWith("--") || h.precision === "year" || h.yearInferred) continue;
    const before = key.slice(Math.max(0, h.start - 40), h.start);
    out.push({ year: Number(h.value.slice(0, 4)), start: h.start, end: h.end, weak: TARGET_BEFORE.test(before), rangeEnd: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface YearContext {
  /** The year of the whole text (steps 1 and 3 below), or null. */
  year: number | null;
  /** The year of a date written without one (step 2 first). */
  near(hit: DateHit): number | null;
}

/**
 * The year of a date written without one, or of the whole text:
 *   1. an anniversary: "kỷ niệm 10 năm thành lập" + "Ngày 15/6/2007" → 2017;
 *   2. the latest year in the sentence of the date ("Ngày 7/7, … nhiệm kỳ 2017-2022" → 2017;
 *      "Tổng kết … giai đoạn 2016-2020" → 2020);
 *   3. the latest year in the text outside targets ("đến năm 2020"), birth years and range ends,
 *      among those written at least a third as often as the most written one.
 */
export function yearContext(ctx: Ctx, hits: DateHit[]): YearContext {
  const key = ctx.doc.key;
  const found = yearMentions(ctx, hits).filter((m) => !m.weak);
  const { year, anniversary } = textYear(key, found);
  return {
    year,
    near(hit: DateHit): number | null {
      if (anniversary || !found.length) return year;
      const s = sentenceAt(ctx, hit.start);
      if (s) {
        REVIEW.lastIndex = 0;
        const review = REVIEW.test(key.slice(s.start, s.end));
        REVIEW.lastIndex = 0;
        let best: number | null = null;
        for (let i = firstAtOrAfter(found, s.start); i < found.length && found[i]!.start < s.end; i++) {
          const m = found[i]!;
          if (m.end <= s.end && (review || !m.rangeEnd) && (best === null || m.year > best)) best = m.year;
        }
        if (best !== null) return best;
      }
      return year;
    },
  };
}

/** The year of the whole text: steps 1 and 3 of {@link yearContext}. */
export function documentYear(ctx: Ctx, hits: DateHit[]): number | null {
  return yearContext(ctx, hits).year;
}

function textYear(key: string, found: YearMention[]): { year: number | null; anniversary: boolean } {
  if (!found.length) return { year: null, anniversary: false };
  // 1. anniversary
  ANNIVERSARY.lastIndex = 0;
  const ann = ANNIVERSARY.exec(key);
  ANNIVERSARY.lastIndex = 0;
  if (ann) {
    const n = Number(ann.groups!.n1 ?? ann.groups!.n2);
    let founding = Infinity;
    let latest = -Infinity;
    for (const m of found) {
      founding = Math.min(founding, m.year);
      latest = Math.max(latest, m.year);
    }
    const y = founding + n;
    // the anniversary year is written, or comes after every year written (not far after)
    if (n > 0 && (found.some((m) => m.year === y) || (y >= latest && y <= latest + 15))) return { year: y, anniversary: true };
  }
  // 3. the latest year written often enough (a stray "năm 2022" in a question does not
  // outweigh seven mentions of 2021)
  const count = new Map<number, number>();
  for (const m of found) if (!m.rangeEnd) count.set(m.year, (count.get(m.year) ?? 0) + 1);
  const most = Math.max(0, ...count.values());
  let best: number | null = null;
  for (const [y, c] of count) if (c * 3 >= most && (best === null || y > best)) best = y;
  return { year: best, anniversary: false };
}

function firstAtOrAfter(list: YearMention[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
