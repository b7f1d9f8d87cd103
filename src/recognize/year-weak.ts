/**
 * One year mention's reading as far as "is it the time of the text?" goes: whether a bare year
 * ("năm 2017", "nhiệm kỳ 2018-2023") counts at all, is weak (a target, a law, a directive), ends or
 * starts a range, is a school year; whether a written date is a target or a document's date.
 * yearMentions (date-year.ts) reads every mention through these; latestYear reads only as many as
 * it needs, from the latest year down.
 *
 *   "đến năm 2030"                        → weak (a target)
 *   "Luật Đất đai 2013", "(UNCLOS) 1982"   → weak (a law, an acronym)
 *   "nhiệm kỳ 2016-2021"                   → 2016 starts a range, 2021 ends it
 *   "Quyết định số 2100/QĐ-CT ngày 19-9-2016" → a reference (weak)
 */
import type { Ctx, DateHit } from "./types.js";
import { named, src, words } from "../text/rx.js";
import { COMING_SCHOOL_YEAR_WORDS, REFERENCE_WORDS } from "../lexicon/dates.js";
import { fold } from "../text/fold.js";
import type { Doc } from "../text/normalize.js";
import { lexicon } from "../text/tokens.js";
import { idTable } from "../text/id-trie.js";
import { freshTokens } from "../text/words.js";
import { bareYears, edged, execAtEnd } from "./date-scan.js";
import { AMOUNT_BEFORE, DATA_AFTER, DATE_PART_BEFORE, DIGIT, HAS_WEAK_YEAR_WORD, RANGE_END_BEFORE, RANGE_START_AFTER, SCHOOL_YEAR_BEFORE, TARGET_BEFORE, TARGET_FIRSTS, WEAK_YEAR_BEFORE, WEAK_YEAR_FIRSTS } from "./year-cues.js";
import { inOrder } from "../text/lists.js";
import { plateBefore } from "./plate.js";

/** A bare year's reading: the text around it and the flags that decide whether it is the text's time. */
export interface BareYear {
  before: string;
  after: string;
  beforeRange: string;
  /** RANGE_END_BEFORE matched (a school year's end too: the mention's rangeEnd is this and not school). */
  rangeEnd: boolean;
  rangeStart: boolean;
  school: boolean;
  weak: boolean;
}

/** The bare year at `at` (from bareYears), or null when it is the year of a date or an amount. */
export function bareYear(key: string, norm: string, at: number): BareYear | null {
  const before = key.slice(Math.max(0, at - 40), at);
  if (DATE_PART_BEFORE.test(before.slice(-9))) return null; // "20-5-1970", "Tháng 5-2013": the year of a date
  if (plateBefore(key, at)) return null; // "BKS Lào UN - 2043": a licence plate
  if (AMOUNT_BEFORE.test(before.slice(-12)) && /^ {1,2}[\p{L}]/u.test(key.slice(at + 4, at + 7)) && !/^ {1,2}năm/u.test(key.slice(at + 4, at + 10))) return null; // "hơn 2000 điểm bán": an amount
  const after = key.slice(at + 4, at + 48);
  const rangeEnd = RANGE_END_BEFORE.test(before);
  const rangeStart = !rangeEnd && RANGE_START_AFTER.test(after);
  const beforeRange = rangeEnd ? before.replace(/(?:19|20)\d\d\s{0,2}[-–]\s{0,2}$/u, "") : before;
  const school = (rangeEnd || rangeStart) && SCHOOL_YEAR_BEFORE.test(before);
  const weak =
    (HAS_WEAK_YEAR_WORD.test(beforeRange) && execAtEnd(WEAK_YEAR_BEFORE, beforeRange, 9, WEAK_YEAR_FIRSTS) !== null) ||
    DATA_AFTER.test(after) ||
    (before.endsWith("(") && after.startsWith(")")) ||
    acronymBefore(norm, rangeEnd ? at - (before.length - beforeRange.length) : at) ||
    directiveBefore(norm, at);
  return { before, after, beforeRange, rangeEnd, rangeStart, school, weak };
}

/** A written date's year is a target ("đến ngày 31/12/2020"): `before` is the 40 characters before it. */
export function targetDate(before: string): boolean {
  return HAS_WEAK_YEAR_WORD.test(before) && execAtEnd(TARGET_BEFORE, before, 8, TARGET_FIRSTS) !== null;
}

/**
 * A written date is the baseline of a comparison ("tăng 24% so với 31/12/2015", "so với cùng kỳ
 * ngày 30/6/2016"): not the time of the text, and no day near it takes its year from it.
 */
const COMPARED_DATE = named("date.compared-date", new RegExp(src`(?<![\p{L}\p{M}])so\s{1,2}với\s{1,2}(?:(?:cùng\s{1,2}kỳ|thời\s{1,2}điểm|ngày)\s{1,2}){0,2}$`, "u"));
export function comparedDate(before: string): boolean {
  return before.includes("so v") && COMPARED_DATE.test(before);
}

/** A date hit that gives a year mention (a day, month or quarter with its own year). */
export function givesYear(h: DateHit): boolean {
  return !(h.invalid || h.value.startsWith("--") || h.precision === "year" || h.yearInferred);
}

/**
 * The latest year of the text's mentions that is not weak, not the end of a range, and not the end
 * of a school year to come: the same year as the latest such mention of yearMentions, read from the
 * latest year written down and stopping at the first that counts (a text of one day of news reads
 * one or two of its years, not all of them with every flag).
 */
export function latestPlainYear(ctx: Ctx, hits: DateHit[]): number | null {
  const key = ctx.doc.key;
  if (!hits.length && !DIGIT.test(key)) return null;
  const norm = ctx.doc.norm;
  // candidates: bare years by position (>= 0), date hits by index (-1 - i)
  const years: number[] = [];
  const refs: number[] = [];
  for (const at of bareYears(ctx.doc)) {
    years.push(Number(key.slice(at, at + 4)));
    refs.push(at);
  }
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (!givesYear(h)) continue;
    years.push(Number(h.value.slice(0, 4)));
    refs.push(-1 - i);
  }
  const order = inOrder(years.map((_, i) => i), (a, b) => years[b]! - years[a]!);
  for (const i of order) {
    const r = refs[i]!;
    if (r >= 0) {
      const b = bareYear(key, norm, r);
      if (!b || b.weak || (b.rangeEnd && !b.school)) continue;
      if (b.school && !b.rangeStart && comingSchoolYear(key, r)) continue;
      return years[i]!;
    }
    const h = hits[-1 - r]!;
    const before = key.slice(Math.max(0, h.start - 40), h.start);
    if (targetDate(before) || referenceDate(key, h, before) || comparedDate(before)) continue;
    return years[i]!;
  }
  return null;
}

/**
 * The lexicon ids of the words every year told as "now" (date-year.ts FROM_NOW_BEFORE,
 * UNTIL_NOW_AFTER) or anniversary (ANNIVERSARY) holds as a whole word: white space before each,
 * white space or a word edge after it.
 */
const NOW_OR_ANNIVERSARY = idTable(["nay", "này", "giờ", "niệm", "lập", "thống"].map((w) => lexicon.intern(fold(w))));

/**
 * Whether the year of the text (date-year.ts documentYear) may be found when latestPlainYear found
 * none. Every mention the year of the text counts is one latestPlainYear would have taken (not
 * weak, not a range's end or start, not a school year), so the year can come only from a year
 * told as "now" ("từ nay đến cuối năm 2017", "từ đầu năm 2017 đến nay") or an anniversary ("kỷ
 * niệm 60 năm", "45 năm thành lập"): a text with none of their words (a token with its id) has
 * none, and its mentions need not all be read with every flag (test/year-weak.test.ts holds
 * documentYear as the oracle). Nor does a text with no year mention at all (no bare year, no date
 * with its own year): its list of mentions is empty, and so is its year. (Most short texts: of
 * 2,048 texts of 1 KB cut from the archive, 983 had none of either but the common "này", and
 * documentYear read an empty list for each.)
 */
export function yearBeyondPlain(ctx: Ctx, hits: DateHit[]): boolean {
  if (!hits.some(givesYear) && bareYears(ctx.doc).length === 0) return false;
  const t = freshTokens(ctx.doc);
  const ids = NOW_OR_ANNIVERSARY;
  for (let i = 0; i < t.count; i++) {
    const id = t.id[i]!;
    if (id < ids.length && ids[id] === 1) return true;
  }
  return false;
}

/** The clause before a year is a directive or a plan from now on: "từ nay đến năm 2020, các tỉnh cần … xong trong năm 2018". */
const DIRECTIVE = named("date.directive", /(?:^|[\s,])(?:cần|phải|phấn\s{1,2}đấu|[Tt]ừ\s{1,2}nay\s{1,2}(?:đến|tới))\s/u);
function directiveBefore(norm: string, at: number): boolean {
  const from = Math.max(0, at - 200);
  // (the text as written: "Cần Thơ" is a place, "cần" a directive)
  const before = norm.slice(from, at);
  const cut = Math.max(before.lastIndexOf("."), before.lastIndexOf(";"), before.lastIndexOf("!"), before.lastIndexOf("?"), before.lastIndexOf("\n"));
  return DIRECTIVE.test(before.slice(cut + 1));
}

const COMING_SCHOOL = COMING_SCHOOL_YEAR_WORDS.map(fold);
/** Admissions or an entrance exam in the clause before a school year (within 100 characters). */
export function comingSchoolYear(key: string, at: number): boolean {
  const before = key.slice(Math.max(0, at - 100), at);
  const clause = before.slice(Math.max(before.lastIndexOf("."), before.lastIndexOf(";"), before.lastIndexOf("\n")) + 1);
  return COMING_SCHOOL.some((w) => clause.includes(w));
}

/** An acronym in parentheses right before the year: "(UNCLOS) 1982". */
function acronymBefore(norm: string, at: number): boolean {
  let j = at;
  while (j > 0 && (norm[j - 1] === " " || norm[j - 1] === "\u00a0")) j--;
  return j < at && norm[j - 1] === ")";
}

/** The date of a document ("Báo cáo số 12/BC-UBND ngày 02/10/2016"): an identifier, not a time of the text. */
export function referenceDate(key: string, h: DateHit, before: string): boolean {
  if (!key.startsWith("ngài", h.start) && !/ngài\s{0,3}$/u.test(before)) return false;
  const tail = before.slice(-45);
  return DOC_NUMBER.test(tail) || !edged(tail, REF_WORD).next().done;
}
/** "12/BC-UBND", "15/2016/NĐ-CP" (not a date "6/2"). */
const DOC_NUMBER = named("year-weak.DOC_NUMBER", /\d\/(?:\d{4}\/)?\p{L}/u);
const REF_WORD = named("date.ref-word", new RegExp(src`${words(REFERENCE_WORDS)}(?![\p{L}\p{M}])`, "gu"));
