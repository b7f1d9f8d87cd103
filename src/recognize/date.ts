/**
 * Dates, in the forms Vietnamese reports write them.
 *
 *   "20/12/2022", "20-12-2022", "20.12.2022", "2/6/17"   → 2022-12-20, 2017-06-02   (day)
 *   "Chiều 14/9", "sáng ngày 13/7", "ngày 20-12"         → --09-14 or, with a year in the
 *                                                          text, 2017-09-14 (yearInferred)
 *   "thứ Hai, ngày 20/12/2022", "Sáng nay 3/8"           → the prefix is part of the span
 *   "ngày 20 tháng 12 năm 2022", "mùng 3 tháng 2"         → 2022-12-20, --02-03
 *   "từ ngày 3 - 6/8/2017"                                → 2017-08-03 (the first day)
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
import { L as LS, R as RS, named, rx, src, words } from "../text/rx.js";
import { sentenceIndex } from "../text/segment.js";

const L = new RegExp(LS);
const R = new RegExp(RS);
import { DAY_WORDS, PARTS_OF_DAY, QUARTER_ROMAN, REFERENCE_WORDS, WEAK_DATE_CUES, WEEKDAYS } from "../lexicon/dates.js";

const PART = words(PARTS_OF_DAY);
const WEEKDAY = words(WEEKDAYS);
const DAY_WORD = words(DAY_WORDS);
const WEAK = words(WEAK_DATE_CUES);

// The scanning patterns below have no left word edge: a leading lookbehind makes V8 try the
// whole pattern at every position. `edged` checks the edge and retries one character further.

/** d/m[/y], d-m[-y], d.m[.y]; "3 - 6/8/2017" (a run of days). */
const NUMERIC = named(
  "date.numeric",
  rx`(?:(?<d1>\d{1,2})\s{0,2}-\s{0,2}(?=\d{1,2}[/.]))?(?<d>\d{1,2})(?<sep>[/.\-])(?<m>\d{1,2})(?:\k<sep>(?<y>\d{4}|\d{2}))?(?![\p{L}\p{M}\p{N}]|[/.\-]\d)`,
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

const LMN = /[\p{L}\p{M}\p{N}]/u;

/** Whether the code point before `at` is a letter, mark or digit. */
export function wordCharBefore(s: string, at: number): boolean {
  if (at <= 0) return false;
  const c = s.charCodeAt(at - 1);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  // Latin-1 and Latin Extended letters, Vietnamese letters, combining marks (no regex)
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1ea0 && c <= 0x1ef9) || (c >= 0x300 && c <= 0x36f)) return true;
  if (c >= 0xdc00 && c <= 0xdfff && at >= 2) return LMN.test(String.fromCodePoint(s.codePointAt(at - 2)!));
  return LMN.test(s[at - 1]!);
}

/**
 * The matches of a global pattern that start at a left word edge: the same matches as the
 * pattern with (?<![\p{L}\p{M}\p{N}]) in front, found without trying it at every position.
 */
export function* edged(s: string, re: RegExp, from = 0): Generator<RegExpExecArray> {
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    if (wordCharBefore(s, m.index)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    yield m;
    re.lastIndex = m.index + Math.max(1, m[0].length);
  }
}

/**
 * re.exec(s) for a pattern written `${L}…$` (sticky here: flags "uy") whose matches span at most
 * `maxWords` runs of letters and digits: a match starts at a word start, so only the last
 * `maxWords` word starts are tried, leftmost first, instead of every position of `s`.
 */
export function execAtEnd(re: RegExp, s: string, maxWords: number): RegExpExecArray | null {
  // the word starts of the last string asked about are kept: callers test several patterns on one
  if (s !== lastEndText || lastEndWords < maxWords) {
    lastEndStarts.length = 0;
    let i = s.length;
    let inWord = false;
    for (; i > 0; i--) {
      const w = wordCharBefore(s, i);
      if (w === inWord) continue;
      if (inWord) {
        lastEndStarts.push(i);
        if (lastEndStarts.length === maxWords) break;
      }
      inWord = w;
    }
    if (i === 0 && inWord && lastEndStarts.length < maxWords) lastEndStarts.push(0);
    lastEndText = s;
    lastEndWords = maxWords;
  }
  for (let k = Math.min(maxWords, lastEndStarts.length) - 1; k >= 0; k--) {
    re.lastIndex = lastEndStarts[k]!;
    const m = re.exec(s);
    if (m) return m;
  }
  return null;
}
let lastEndText = "";
let lastEndWords = 0;
const lastEndStarts: number[] = [];

const WORDS_Y = new RegExp(WORDS.source, "uy");
const MONTH_Y = new RegExp(MONTH.source, "uy");
const QUARTER_Y = new RegExp(QUARTER.source, "uy");
const YEAR_Y = new RegExp(YEAR.source, "uy");

/** "tháng", "năm", "quí": every word that WORDS, MONTH, YEAR or QUARTER holds at a fixed place. */
const DATE_WORD = /tháng|năm|quí/g;

/**
 * The matches of WORDS, MONTH, QUARTER and YEAR, each as a global scan with a left word edge
 * would find them (leftmost, not overlapping each other), from one scan for their words: MONTH,
 * QUARTER and YEAR begin with theirs; WORDS ("20 tháng 12") begins with the one or two digits
 * before "tháng".
 */
function literalMatches(key: string): { words: RegExpExecArray[]; month: RegExpExecArray[]; quarter: RegExpExecArray[]; year: RegExpExecArray[] } {
  const out = { words: [] as RegExpExecArray[], month: [] as RegExpExecArray[], quarter: [] as RegExpExecArray[], year: [] as RegExpExecArray[] };
  let wordsEnd = 0;
  let monthEnd = 0;
  let quarterEnd = 0;
  let yearEnd = 0;
  DATE_WORD.lastIndex = 0;
  let w: RegExpExecArray | null;
  while ((w = DATE_WORD.exec(key))) {
    const at = w.index;
    const edge = !wordCharBefore(key, at);
    if (w[0] === "tháng") {
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
    else if (w[0] === "năm") {
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

/** What stands right before a date: "thứ Hai, ", "Chiều ", "sáng nay, ngày ", "từ ngày ". */
const PREFIX = named(
  "date.prefix",
  new RegExp(
    src`${L}(?:(?:thứ\s{1,2}${WEEKDAY}|chủ\s{1,2}nhật)[\s,]{0,3})?(?:(?<part>${PART})(?:\s{1,2}nay)?[\s,]{1,3})?(?:(?<day>${DAY_WORD})\s{0,3})?$`,
    "uy",
  ),
);
const WEAK_BEFORE = named("date.weak-cue", new RegExp(src`${L}${WEAK}\s{1,3}(?:ngày\s{1,3})?$`, "uy"));

// Cheap necessary tests: each pattern tried with execAtEnd holds one of these words.
const HAS_PREFIX_WORD = /thứ|chủ|sáng|chiều|tối|trưa|đêm|khuia|ngài|mùng|mồng|hôm|nai/;
const HAS_WEAK_WORD = /từ|đến|tới|trước|sau|vào|đầu|cuối|hết|dịp/;
const HAS_WEAK_YEAR_WORD = /từng|hồi|trước|cách|vào|đến|tới|sau|tầm|từ|sn|sinh|kế|dự|so|luật|ước|pháp|định|chuẩn/;
const HAS_AFTER_WORD = /kì|điểm|cuối|tết/;
const HAS_FUTURE_WORD = /sẽ|dự|kế|hạn|chậm|mai/;

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
  // (a weekday, a part of the day with "nay", a day word: at most 7 words)
  const m = HAS_PREFIX_WORD.test(before) ? execAtEnd(PREFIX, before, 8) : null;
  if (m && m[0].length > 0) {
    const strong = !!(m.groups!.part || m.groups!.day) || /thứ|chủ/.test(m[0]);
    return { start: from + m.index, strong, weak: false };
  }
  return { start: at, strong: false, weak: HAS_WEAK_WORD.test(before) && execAtEnd(WEAK_BEFORE, before, 3) !== null };
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

  for (m of edged(key, NUMERIC)) {
    const g = m.groups!;
    const sep = g.sep!;
    const d = Number(g.d);
    const mo = Number(g.m);
    const numStart = m.index;
    const end = m.index + m[0].length;
    if (g.y && g.y.length === 2 && sep !== "/") continue;
    const y = g.y ? fullYear(g.y) : null;
    if (/^\s{0,2}%/.test(key.slice(end, end + 3))) continue; // "từ 2-3%"
    const pre = prefixBefore(key, numStart);
    const ok = validDay(y, mo, d) && (!g.d1 || validDay(y, mo, Number(g.d1)));
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

  const lit = literalMatches(key);
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
    hits.push({ start: m.index, end: m.index + m[0].length, rule: "date.month", value: `${g.y}-${pad(mo)}`, precision: "month", ...(invalid ? { invalid } : {}) });
  }

  for (m of lit.quarter) {
    const g = m.groups!;
    const q = QUARTER_ROMAN[g.q!] ?? Number(g.q);
    hits.push({ start: m.index, end: m.index + m[0].length, rule: "date.quarter", value: `${g.y}-Q${q}`, precision: "quarter" });
  }

  for (m of lit.year) {
    const y = m.groups!.y!;
    hits.push({ start: m.index, end: m.index + m[0].length, rule: "date.year", value: y, precision: "year", ...(y.length > 4 ? { invalid: true } : {}) });
  }

  const kept = dropContained(hits);
  inferYears(ctx, kept);
  return kept;
}

function day(start: number, end: number, y: number | null, mo: number, d: number, ok: boolean, rule: DateHit["rule"]): DateHit {
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

/**
 * Give "14/9" a year: the same day written with a year elsewhere, else the year of the reference
 * date (ParseOptions.referenceDate), else the year the text treats as "now" (yearContext). A day
 * whose year the text does not give stays "--MM-DD".
 */
function inferYears(ctx: Ctx, hits: DateHit[]): void {
  const withYear = new Map<string, string>();
  for (const h of hits) if (h.precision === "day" && !h.value.startsWith("--") && !h.invalid) withYear.set(h.value.slice(5), h.value.slice(0, 4));
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
    else if (ref) y = nearReference(ref, mo, d);
    else y = (years ??= yearContext(ctx, hits)).near(h);
    if (y) {
      h.value = `${y}-${md}`;
      h.yearInferred = true;
      const valid = validDay(y, mo, d);
      if (h.invalid && valid) delete h.invalid;
      else if (!h.invalid && !valid) h.invalid = true;
    }
  }
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

/** Days since 0000-03-01, enough to compare and subtract dates. */
function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const mm = m <= 2 ? m + 9 : m - 3;
  return yy * 365 + Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400) + Math.floor((153 * mm + 2) / 5) + d;
}

/** The sentence holding position `at` (binary search; sentences are in text order). */
export function sentenceAt(ctx: Ctx, at: number): { start: number; end: number } | undefined {
  const i = sentenceIndex(ctx.sentences, at);
  return i >= 0 ? ctx.sentences[i] : undefined;
}

/** A four-digit year written on its own ("Tết Kỷ Hợi 2019", "nhiệm kỳ 2018-2023"). */
// the left edge (no letter, digit, "/", "." or "," before) is checked in yearMentions: a leading
// lookbehind would make V8 try every position
const BARE_YEAR = named("date.bare-year", rx`(?<y>(?:19|20)\d\d)(?![\p{L}\p{M}\p{N}]|[/.,]\d)`);
const NOT_BEFORE_YEAR = /[\p{L}\p{M}\p{N}/.,]/u;
/** An amount word before a number: "hơn 2000 điểm bán", "khoảng 1950 người". */
const AMOUNT_BEFORE = named("date.amount", new RegExp(src`(?:^|[^\p{L}\p{M}])(?:hơn|gần|khoảng|trên|dưới|chừng|tới\s{1,2}gần|hàng)\s{1,2}$`, "u"));
/** "…5-" before a year: a day or a month, the year is part of a date ("20-5-1970"). */
const DATE_PART_BEFORE = /(?:^|[^\d])\d{1,2}\s{0,2}-\s{0,2}$/u;
/** The year of reported figures: "năm 2015 là 1.234.567 người", "năm 2012 cả nước có 4 …". */
const DATA_AFTER = named("date.data", new RegExp(src`^(?:\s{1,2}[\p{L}\p{M}]{1,6}){0,3}\s{1,2}(?:là|có|đạt|còn|giảm|tăng)(?:\s{1,2}[\p{L}\p{M}]{1,6}){0,1}\s{1,2}\d`, "u"));
/** A year that is a target or a birth year, not the time of the report: "đến năm 2020", "SN 1980". */
const TARGET_SRC = src`(?:(?:đến|tới|trước|sau|tầm\s{1,2}nhìn|từ|sn)(?:\s{1,2}(?:hết|cuối|đầu|giữa))?(?:\s{1,2}năm)?|(?<!(?:tuyển|học)\s{1,2})sinh(?:\s{1,2}(?:năm|ngày))?|kế\s{1,2}hoạch(?:\s{1,2}[\p{L}\p{M}]{1,8}){0,3}\s{1,2}năm|dự\s{1,2}kiến(?:\s{1,2}[\p{L}\p{M}]{1,8}){0,3}\s{1,2}năm)[\s,(]{0,3}`;
const TARGET_BEFORE = named("date.target", new RegExp(src`${L}${new RegExp(TARGET_SRC, "u")}$`, "uy"));
/** A year told as the past: "từng … năm 2006", "hồi năm 2010", "trước đó, năm 2015", "vào năm 2011" (not "vào đầu năm 2019"). */
const PAST_SRC = src`(?:(?:từng|hồi|trước\s{1,2}đó|cách\s{1,2}đây)(?:\s{1,2}[\p{L}\p{M}]{1,8}){0,4}[\s,]{1,3}|vào\s{1,2})(?:năm\s{1,2})?`;
/**
 * The same period a year before: "so với cùng kỳ 2018", "cùng thời điểm năm 2018", "so với cuối
 * năm 2018", "so với Tết năm 2018": the text is a year later.
 */
const AFTER_BEFORE = named(
  "date.after",
  new RegExp(src`${L}(?:cùng\s{1,2}kì|cùng\s{1,2}thời\s{1,2}điểm|so\s{1,2}với\s{1,2}(?:cuối|tết))(?:\s{1,2}năm)?\s{1,2}$`, "uy"),
);
/** "năm 2015 vừa qua": the year just ended, the text is a year later. */
const JUST_PAST_AFTER = named("date.just-past", new RegExp(src`^\s{1,2}vừa\s{1,2}qua${R}`, "u"));
/** A month told as past: "hồi tháng 10-2015". */
const PAST_MONTH_BEFORE = named("date.past-month", new RegExp(src`(?<![\p{L}\p{M}])hồi\s{1,2}(?:cuối\s{1,2}|đầu\s{1,2}|giữa\s{1,2})?$`, "u"));
/** The year of a comparison: "so với năm 2014", "so với 2019" (before or after the text: not its year). */
const COMPARED_SRC = src`so(?:\s{1,2}với)?(?:\s{1,2}năm)?\s{1,2}`;
/** The year names a law or a convention: "Luật Đất đai 2013", "Bộ luật Hình sự năm 1999". */
const LAW_SRC = src`(?:luật|công\s{1,2}ước|hiến\s{1,2}pháp|hiệp\s{1,2}định|hiệp\s{1,2}ước|pháp\s{1,2}lệnh|nghị\s{1,2}định|quy\s{1,2}chuẩn|tiêu\s{1,2}chuẩn)(?:\s{1,2}[\p{L}\p{M}]{1,8}){0,3}\s{1,2}(?:năm\s{1,2})?`;
/** Any of the above before a bare year (one test instead of four; at most 8 words). */
const WEAK_YEAR_BEFORE = named("date.weak-year", new RegExp(src`${L}(?:${new RegExp(TARGET_SRC, "u")}|${new RegExp(PAST_SRC, "u")}|${new RegExp(COMPARED_SRC, "u")}|${new RegExp(LAW_SRC, "u")})$`, "uy"));
/** A range "2016-2020", "2017 - 2022": the end year. */
const RANGE_END_BEFORE = named("date.range-end", /(?:19|20)\d\d\s{0,2}[-–]\s{0,2}$/u);
/** The start of a range: "2016-2020". */
const RANGE_START_AFTER = /^\s{0,2}[-–]\s{0,2}(?:19|20)\d\d(?!\d)/u;
/** A school year "năm học 2018-2019". */
const SCHOOL_YEAR_BEFORE = named("date.school-year", new RegExp(src`năm\s{1,2}học\s{1,2}(?:(?:19|20)\d\d\s{0,2}[-–]\s{0,2})?$`, "u"));
/** A term "nhiệm kỳ 2016-2021", "khóa X, nhiệm kỳ 2015 - 2020". */
const TERM_BEFORE = named("date.term", new RegExp(src`nhiệm\s{1,2}kì\s{1,2}(?:(?:19|20)\d\d\s{0,2}[-–]\s{0,2})?$`, "u"));
/** Words of a congress or an election that opens a term: its first year is now. */
const OPENS_TERM = named("date.opens-term", rx`(?:đại\s{1,2}hội|bầu|nhậm\s{1,2}chức|khai\s{1,2}mạc)${R}`);
/** "tổng kết 5 năm … giai đoạn 2011-2015": a review of a period that ends now. */
const REVIEW = named("date.review", rx`(?:tổng\s{1,2}kết|sơ\s{1,2}kết|nhìn\s{1,2}lại|kết\s{1,2}thúc)${R}`);
/** A review of a whole year ("tổng kết năm 2015"), held at its end or early the next year. */
const FULL_REVIEW = named("date.full-review", rx`(?:tổng\s{1,2}kết|nhìn\s{1,2}lại)${R}`);
/** Part of a year: "6 tháng đầu năm 2019", "quý I năm 2017", "đầu năm 2019": the current year. */
const PART_OF_YEAR_BEFORE = named("date.part-of-year", new RegExp(src`(?:tháng|quí\s{1,2}[\p{L}\d]{1,3}|đầu|giữa)\s{1,2}năm\s{1,2}$`, "u"));
/** "cuối năm 2015": the end of a year (told as past when it is not a target). */
const END_OF_YEAR_BEFORE = named("date.end-of-year", new RegExp(src`(?<![\p{L}\p{M}])(?<!tháng\s{1,2})cuối\s{1,2}(?:năm\s{1,2})?$`, "u"));
/** The clause after a year tells what happened ("…, Bộ đã phê duyệt"), not a plan ("sẽ", "dự kiến"). */
function toldAsPast(after: string): boolean {
  const end = after.search(/[.;!?\n]/);
  const clause = end < 0 ? after : after.slice(0, end);
  return /(?:^|\s)đã\s/.test(clause) && !/(?:^|\s)(?:sẽ|dự\s+kiến|kế\s+hoạch|mục\s+tiêu|phấn\s+đấu)\s/.test(clause);
}

/** "kỷ niệm 60 năm", "45 năm thành lập": an anniversary, N years after a founding date. */
const ANNIVERSARY = named("date.anniversary", rx`(?:kỉ\s{1,2}niệm\s{1,2}(?<n1>\d{1,3})\s{1,2}năm|(?<n2>\d{1,3})\s{1,2}năm\s{1,2}(?:thành\s{1,2}lập|ngày\s{1,2}thành\s{1,2}lập|truyền\s{1,2}thống|ngày\s{1,2}truyền\s{1,2}thống))${R}`);
/** A date told as still to come: "sẽ … ngày 15/8/2019", "dự kiến", "hạn chót". */
const FUTURE_BEFORE = named("date.future", new RegExp(src`${L}(?:sẽ|dự\s{1,2}kiến|kế\s{1,2}hoạch|hạn|chậm\s{1,2}nhất|ngày\s{1,2}mai)(?:[\s,]{1,3}[\p{L}\p{M}]{1,8}){0,4}[\s,]{1,3}$`, "uy"));
export interface YearMention {
  year: number;
  start: number;
  end: number;
  /**
   * Not the time of the text: a target or a birth year ("đến năm 2020", "SN 1980"), a law or a
   * name ("Luật Đất đai 2013", "(UNCLOS) 1982", "(2021)"), the past ("từng … năm 2006"), a
   * comparison ("so với năm 2014").
   */
  weak: boolean;
  /** The end of a range "2016-2020" (a school year's end is not flagged). */
  rangeEnd: boolean;
  /** The start of a range "2016-2020". */
  rangeStart?: boolean;
  /** Part of a school year "năm học 2016-2017". */
  school?: boolean;
  /** Part of a term "nhiệm kỳ 2016-2021". */
  term?: boolean;
  /** The year before the text's: "so với cùng kỳ 2018", "năm 2015 vừa qua". */
  after?: boolean;
  /** Part of a year ("6 tháng đầu năm 2019"). */
  partOfYear?: boolean;
  /** The end of a year told as past ("cuối năm 2015, …"). */
  endOfYear?: boolean;
  /** The year of a written date (day, month or quarter). */
  dated?: DateHit;
  /** A date told as still to come ("sẽ … ngày 15/8/2019"). */
  future?: boolean;
}

/** Every year written in the text: bare years ("năm 2017", "Đinh Dậu 2017") and years of dates. */
export function yearMentions(ctx: Ctx, hits: DateHit[] = []): YearMention[] {
  const cached = MENTIONS.get(ctx.doc);
  if (cached && cached.hits === hits && cached.n === hits.length) return cached.list;
  const key = ctx.doc.key;
  const norm = ctx.doc.norm;
  const out: YearMention[] = [];
  for (const m of key.matchAll(BARE_YEAR)) {
    const at = m.index;
    if (at > 0 && NOT_BEFORE_YEAR.test(key[at - 1]!)) continue;
    const before = key.slice(Math.max(0, at - 40), at);
    if (DATE_PART_BEFORE.test(before.slice(-9))) continue; // "20-5-1970", "Tháng 5-2013": the year of a date
    if (AMOUNT_BEFORE.test(before.slice(-12)) && /^ {1,2}[\p{L}]/u.test(key.slice(at + 4, at + 7)) && !/^ {1,2}năm/u.test(key.slice(at + 4, at + 10))) continue; // "hơn 2000 điểm bán": an amount
    const after = key.slice(at + 4, at + 48);
    const rangeEnd = RANGE_END_BEFORE.test(before);
    const rangeStart = !rangeEnd && RANGE_START_AFTER.test(after);
    const beforeRange = rangeEnd ? before.replace(/(?:19|20)\d\d\s{0,2}[-–]\s{0,2}$/u, "") : before;
    const school = (rangeEnd || rangeStart) && SCHOOL_YEAR_BEFORE.test(before);
    const term = (rangeEnd || rangeStart) && TERM_BEFORE.test(before);
    const weak =
      (HAS_WEAK_YEAR_WORD.test(beforeRange) && execAtEnd(WEAK_YEAR_BEFORE, beforeRange, 9) !== null) ||
      DATA_AFTER.test(after) ||
      (before.endsWith("(") && after.startsWith(")")) ||
      acronymBefore(norm, rangeEnd ? at - (before.length - beforeRange.length) : at);
    const mention: YearMention = { year: Number(m.groups!.y), start: at, end: at + 4, weak, rangeEnd: rangeEnd && !school };
    if (rangeStart) mention.rangeStart = true;
    if (school) mention.school = true;
    if (term) mention.term = true;
    if (!weak && ((HAS_AFTER_WORD.test(before) && execAtEnd(AFTER_BEFORE, before, 6) !== null) || JUST_PAST_AFTER.test(after))) mention.after = true;
    if (PART_OF_YEAR_BEFORE.test(before.slice(-20))) mention.partOfYear = true;
    if (!weak && END_OF_YEAR_BEFORE.test(before.slice(-12)) && toldAsPast(key.slice(at + 4, at + 120))) mention.endOfYear = true;
    out.push(mention);
  }
  for (const h of hits) {
    if (h.invalid || h.value.startsWith("--") || h.precision === "year" || h.yearInferred) continue;
    const before = key.slice(Math.max(0, h.start - 40), h.start);
    const weak = (HAS_WEAK_YEAR_WORD.test(before) && execAtEnd(TARGET_BEFORE, before, 8) !== null) || referenceDate(key, h, before);
    const mention: YearMention = { year: Number(h.value.slice(0, 4)), start: h.start, end: h.end, weak, rangeEnd: false, dated: h };
    const before50 = key.slice(Math.max(0, h.start - 50), h.start);
    if (HAS_FUTURE_WORD.test(before50) && execAtEnd(FUTURE_BEFORE, before50, 7) !== null) mention.future = true;
    out.push(mention);
  }
  out.sort((a, b) => a.start - b.start);
  MENTIONS.set(ctx.doc, { hits, n: hits.length, list: out });
  return out;
}
const MENTIONS = new WeakMap<object, { hits: DateHit[]; n: number; list: YearMention[] }>();

/** An acronym in parentheses right before the year: "(UNCLOS) 1982". */
function acronymBefore(norm: string, at: number): boolean {
  let j = at;
  while (j > 0 && (norm[j - 1] === " " || norm[j - 1] === "\u00a0")) j--;
  return j < at && norm[j - 1] === ")";
}

/** The date of a document ("Báo cáo số 12/BC-UBND ngày 02/10/2016"): an identifier, not a time of the text. */
function referenceDate(key: string, h: DateHit, before: string): boolean {
  if (!key.startsWith("ngài", h.start) && !/ngài\s{0,3}$/u.test(before)) return false;
  const tail = before.slice(-45);
  return DOC_NUMBER.test(tail) || !edged(tail, REF_WORD).next().done;
}
/** "12/BC-UBND", "15/2016/NĐ-CP" (not a date "6/2"). */
const DOC_NUMBER = /\d\/(?:\d{4}\/)?\p{L}/u;
const REF_WORD = named("date.ref-word", new RegExp(src`${words(REFERENCE_WORDS)}(?![\p{L}\p{M}])`, "gu"));

export interface YearContext {
  /** The year of the whole text (steps 1 and 5 below), or null. */
  year: number | null;
  /** The year of a date written without one, or null when the text does not tell. */
  near(hit: DateHit): number | null;
}

/** How far (days) a written date may be from a day without a year to lend it its year. */
const SAME_PERIOD_DAYS = 45;

/**
 * The year of a date written without one, the year the text treats as "now":
 *   1. an anniversary: "kỷ niệm 10 năm thành lập" + "Ngày 11/9/2007" → 2017;
 *   2. a date written in full within 45 days of it ("Chiều 14/9 … ngày 12/9/2017"), or a month
 *      in its sentence ("Ngày 12/5 … trong tháng 5/2019");
 *   3. the latest of: a comparison year plus one ("so với cùng kỳ 2018" → 2019), a year in its
 *      sentence that is not a target, a name, the past or a range ("Ngày 9/8, … năm 2018"; the
 *      first year of a term opened by a congress; the last of a reviewed period);
 *   4. else the year of the text: the latest year written often enough outside targets, names,
 *      the past, ranges and dates;
 * then moved later when it would put the day before a date the text tells as past ("khai trương
 * ngày 31/12/2015 … sáng 6/2" → 2016). Years of the background alone (a career, a law, a past
 * date) give no year: the day stays "--MM-DD".
 */
export function yearContext(ctx: Ctx, hits: DateHit[]): YearContext {
  const key = ctx.doc.key;
  const all = yearMentions(ctx, hits);
  const bare = all.filter((m) => !m.dated && !m.weak);
  const dated = all.filter((m) => m.dated && !m.weak && !m.future);
  const { year, anniversary } = textYear(key, bare, all.filter((m) => !m.weak));
  // the latest day the text tells as past ("khai trương ngày 31/12/2015"), and the end of a year
  // told as past ("cuối năm 2015, …"): the day of the report is not before them
  let floorDay = -Infinity;
  for (const m of dated) {
    const h = m.dated!;
    const mo = Number(h.value.slice(5, 7));
    let n = -Infinity;
    if (h.precision === "day") n = dayNumber(m.year, mo, Number(h.value.slice(8, 10)));
    else if (h.precision === "month" && PAST_MONTH_BEFORE.test(key.slice(Math.max(0, h.start - 12), h.start))) n = dayNumber(m.year, mo, 1);
    if (n > floorDay) floorDay = n;
  }
  let floorEnd = -Infinity;
  for (const m of bare) if (m.endOfYear) floorEnd = Math.max(floorEnd, dayNumber(m.year, 12, 1));
  return {
    year,
    near(hit: DateHit): number | null {
      if (anniversary) return year;
      const mo = Number(hit.value.slice(2, 4));
      const d = Number(hit.value.slice(5, 7));
      const s = sentenceAt(ctx, hit.start);
      let y = samePeriod(dated, hit, mo, d, s);
      if (y === null) {
        let best: number | null = null;
        const take = (v: number) => {
          if (best === null || v > best) best = v;
        };
        for (const m of bare) if (m.after) take(m.year + 1);
        if (s) {
          const text = key.slice(s.start, s.end);
          const review = !edged(text, REVIEW).next().done;
          const full = review && !edged(text, FULL_REVIEW).next().done;
          const opens = !edged(text, OPENS_TERM).next().done;
          for (let i = firstAtOrAfter(bare, s.start); i < bare.length && bare[i]!.start < s.end; i++) {
            const m = bare[i]!;
            if (m.end > s.end || m.after) continue;
            if (m.school) take(m.rangeStart ? (mo >= 8 ? m.year : m.year + 1) : mo >= 8 ? m.year - 1 : m.year);
            else if (m.rangeEnd) {
              if (review) take(mo >= 10 ? m.year : m.year + 1);
            } else if (m.rangeStart) {
              // a period that starts now ("ký kết chương trình giai đoạn 2018-2023"), not a
              // running term ("Tỉnh ủy nhiệm kỳ 2016-2021") unless a congress opens it
              if (!m.term || opens) take(m.year);
            } else if (full && !m.partOfYear) take(mo >= 10 ? m.year : m.year + 1);
            else take(m.year);
          }
        }
        y = best;
      }
      const fromText = y === null;
      if (fromText) y = year;
      // only dates of the past ("xảy ra ngày 2/8/2013"): the background, no year
      if (y === null) return null;
      // not before the end of a year told as past; not before a day told as past, when the
      // year is only the text's (a year-old day is the background, not a later schedule)
      let floor = floorEnd;
      if (fromText && floorDay - dayNumber(y, mo, d) <= 366) floor = Math.max(floor, floorDay);
      while (dayNumber(y, mo, d) < floor) y++;
      return y;
    },
  };
}

/** The year that puts d/m within SAME_PERIOD_DAYS of a written date, or in the month of its sentence. */
function samePeriod(dated: YearMention[], hit: DateHit, mo: number, d: number, s: { start: number; end: number } | undefined): number | null {
  let best: number | null = null;
  let bestDist = Infinity;
  for (const m of dated) {
    const h = m.dated!;
    if (h.precision === "day") {
      const n = dayNumber(m.year, Number(h.value.slice(5, 7)), Number(h.value.slice(8, 10)));
      for (let y = m.year - 1; y <= m.year + 1; y++) {
        if (Math.abs(dayNumber(y, mo, d) - n) <= SAME_PERIOD_DAYS) {
          const dist = Math.abs(m.start - hit.start);
          if (dist < bestDist) {
            best = y;
            bestDist = dist;
          }
        }
      }
    } else if (h.precision === "month" && s && m.start >= s.start && m.end <= s.end && Number(h.value.slice(5, 7)) === mo) {
      const dist = Math.abs(m.start - hit.start);
      if (dist < bestDist) {
        best = m.year;
        bestDist = dist;
      }
    }
  }
  return best;
}

/** The year of the whole text: steps 1 and 4 of {@link yearContext}. */
export function documentYear(ctx: Ctx, hits: DateHit[]): number | null {
  return yearContext(ctx, hits).year;
}

function textYear(key: string, found: YearMention[], all: YearMention[]): { year: number | null; anniversary: boolean } {
  // 1. anniversary (the founding year may be a date: every year written counts)
  const ann = all.length ? edged(key, ANNIVERSARY).next().value : undefined;
  if (ann) {
    const n = Number(ann.groups!.n1 ?? ann.groups!.n2);
    let founding = Infinity;
    let latest = -Infinity;
    for (const m of all) {
      founding = Math.min(founding, m.year);
      latest = Math.max(latest, m.year);
    }
    const y = founding + n;
    // the anniversary year is written, or comes after every year written (not far after)
    if (n > 0 && all.length && (all.some((m) => m.year === y) || (y >= latest && y <= latest + 15))) return { year: y, anniversary: true };
  }
  if (!found.length) return { year: null, anniversary: false };
  // 4. the latest year written often enough (a stray "năm 2022" in a question does not
  // outweigh seven mentions of 2021)
  const count = new Map<number, number>();
  for (const m of found) if (!m.rangeEnd && !m.rangeStart && !m.school && !m.after) count.set(m.year, (count.get(m.year) ?? 0) + 1);
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
