/**
 * The year of a day written without one: what the text treats as "now".
 *
 *   "Chiều 14/9 … ngày 12/9/2017"                          → 2017 (a written date near it)
 *   "Ngày 9/8, … Đại hội nhiệm kỳ 2018-2023"               → 2018 (a congress opens the term)
 *   "so với cùng kỳ 2018"                                  → 2019
 *   "Từ đầu năm 2017 đến nay, …", "từ nay đến cuối năm 2017" → 2017 (the text says so)
 *   "Tính đến hết năm 2016, …"                             → not before 2017
 *   "báo cáo năm 2016, kế hoạch năm 2017" + "Ngày 26/5"    → 2017 (the plan year has begun)
 *   "Luật Đất đai 2013", "SN 1980", "từng … năm 2006"      → background: no year
 */
import type { Ctx, DateHit } from "./types.js";
import { L as LS, R as RS, named, rx, src } from "../text/rx.js";
import { sentenceIndex } from "../text/segment.js";
import { fold } from "../text/fold.js";
import { bareYears, edged, execAtEnd } from "./date-scan.js";
import { bareYear, comingSchoolYear, comparedDate, givesYear, referenceDate, targetDate } from "./year-weak.js";
import { AFTER_BEFORE, DIGIT, END_OF_YEAR_BEFORE, FULL_REVIEW, HAS_AFTER_WORD, HAS_FUTURE_WORD, JUST_PAST_AFTER, OPENS_TERM, PART_OF_YEAR_BEFORE, PAST_MONTH_BEFORE, REVIEW, TERM_BEFORE, AFTER_FIRSTS } from "./year-cues.js";
import { firstStartAt, inOrder } from "../text/lists.js";

const L = named("date-year.L", new RegExp(LS));
const R = named("date-year.R", new RegExp(RS));

/** Days since 0000-03-01, enough to compare and subtract dates. */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const mm = m <= 2 ? m + 9 : m - 3;
  return yy * 365 + Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400) + Math.floor((153 * mm + 2) / 5) + d;
}

/** The sentence holding position `at` (binary search; sentences are in text order). */
export function sentenceAt(ctx: Ctx, at: number): { start: number; end: number } | undefined {
  const i = sentenceIndex(ctx.sentences, at);
  return i >= 0 ? ctx.sentences[i] : undefined;
}

/** The clause after a year tells what happened ("…, Bộ đã phê duyệt"), not a plan ("sẽ", "dự kiến"). */
function toldAsPast(after: string): boolean {
  const end = after.search(/[.;!?\n]/);
  const clause = end < 0 ? after : after.slice(0, end);
  return /(?:^|\s)đã\s/.test(clause) && !/(?:^|\s)(?:sẽ|dự\s+kiến|kế\s+hoạch|mục\s+tiêu|phấn\s+đấu)\s/.test(clause);
}

/** The clause before "cuối năm 2016" tells what happened: "… đã niêm yết vào cuối năm", "… niêm yết vào cuối năm". */
function pastBefore(before: string): boolean {
  const from = Math.max(before.lastIndexOf("."), before.lastIndexOf(";"), before.lastIndexOf("\n"));
  const clause = before.slice(from + 1);
  return (/(?:^|\s)đã\s/.test(clause) || /(?:^|\s)vào\s{1,2}cuối\s{1,2}(?:năm\s{1,2})?$/.test(clause)) && !/(?:^|\s)(?:sẽ|dự\s+kiến|kế\s+hoạch|mục\s+tiêu|phấn\s+đấu)\s/.test(clause);
}

/** "Từ đầu năm 2017 đến nay": the text is in that year. (Before the year; "đến nay" after it.) */
const SINCE_START_BEFORE = named("date.since-start", new RegExp(src`(?<![\p{L}\p{M}])từ\s{1,2}(?:đầu|giữa)\s{1,2}(?:năm\s{1,2})?$`, "u"));
/** "từ năm 2013 đến nay": the text is that year or later. */
const SINCE_BEFORE = named("date.since", new RegExp(src`(?<![\p{L}\p{M}])từ\s{1,2}(?:năm\s{1,2})?$`, "u"));
/** "… đến nay", "… tới nay" right after the year. */
const UNTIL_NOW_AFTER = named("date.until-now", new RegExp(src`^\s{0,2}(?:(?:đến|tới)\s{1,2}(?:nai|hiện\s{1,2}nai|thời\s{1,2}điểm\s{1,2}nài))${R}`, "u"));
/** "Từ nay đến cuối năm 2017", "từ giờ đến hết năm 2017": the text is in that year. */
const FROM_NOW_BEFORE = named("date.from-now", new RegExp(src`(?<![\p{L}\p{M}])từ\s{1,2}(?:nai|giờ|bâi\s{1,2}giờ)\s{1,2}(?:đến|tới)\s{1,2}(?:cuối|hết)\s{1,2}(?:năm\s{1,2})?$`, "u"));
/** "Tính đến hết năm 2016", "tính đến cuối năm 2016": a tally of a year that has ended. */
const TALLY_BEFORE = named("date.tally", new RegExp(src`(?<![\p{L}\p{M}])tính\s{1,2}(?:đến|tới)\s{1,2}(?:hết|cuối)\s{1,2}(?:năm\s{1,2})?$`, "u"));
/** "5 năm liền (2012-2016)", "3 năm liên tục 2014 - 2016": a streak of years that has ended. */
const STREAK_BEFORE = named("date.streak", new RegExp(src`\d{1,2}[ ]{1,2}năm[ ]{1,2}(?:liền|liên[ ]{1,2}tục|liên[ ]{1,2}tiếp)[ ,(]{0,3}(?:từ[ ]{1,2}(?:năm[ ]{1,2})?)?$`, "u"));
/** "Năm 2016, …", "…; trong năm 2016 …", "Cả năm 2016 …": a whole year opens the clause. */
const YEAR_OPENS_CLAUSE = named("date.year-opens-clause", new RegExp(src`(?:^|[.,;:!?\n…])\s{0,3}(?:(?:trong|cả|suốt|tính\s{1,2}chung(?:\s{1,2}cả)?)\s{1,2})?năm\s{1,2}$`, "u"));
/** "kế hoạch (kinh doanh) năm 2017", "mục tiêu (kinh doanh) 2017": a plan year. */
const PLAN_BEFORE = named("date.plan", new RegExp(src`(?<![\p{L}\p{M}])(?:kế\s{1,2}hoạch|mục\s{1,2}tiêu)(?:\s{1,2}[\p{L}\p{M}]{1,8}){0,3}\s{1,2}(?:năm\s{1,2})?$`, "u"));

/** The clause after a year is a plan ("sẽ", "dự kiến", "phấn đấu"): "Tính đến hết năm 2020, phấn đấu …". */
function plannedAfter(after: string): boolean {
  const end = after.search(/[.;!?\n]/);
  const clause = end < 0 ? after : after.slice(0, end);
  return /(?:^|\s)(?:sẽ|dự\s+kiến|phấn\s+đấu|mục\s+tiêu)\s/.test(clause);
}

/**
 * A former post ("nguyên Phó chủ tịch UBND huyện, … nhiệm kỳ 2005 - 2010") in the sentence before a
 * term: "nguyên" and a capitalised word (a title), and no "hiện là", "nay là" after it (a stop
 * glued to the next word is an abbreviation, "H.Nghĩa Hành", not the sentence's end).
 */
const FORMER = named("date.former-post", /(?<![\p{L}\p{M}])nguyên {1,2}\p{Lu}(?!(?:[^.;!?\n]|\.(?=\S))*(?:hiện|nay) {1,2}là )(?:[^.;!?\n]|\.(?=\S)){0,160}$/u);
function formerPost(norm: string, at: number): boolean {
  const before = norm.slice(Math.max(0, at - 180), at);
  return before.includes("nguyên") && FORMER.test(before);
}

/** "kỷ niệm 60 năm", "45 năm thành lập": an anniversary, N years after a founding date. */
const ANNIVERSARY = named("date.anniversary", rx`(?:kỉ\s{1,2}niệm\s{1,2}(?<n1>\d{1,3})\s{1,2}năm|(?<n2>\d{1,3})\s{1,2}năm\s{1,2}(?:thành\s{1,2}lập|ngày\s{1,2}thành\s{1,2}lập|truyền\s{1,2}thống|ngày\s{1,2}truyền\s{1,2}thống))${R}`);
/** A date told as still to come: "sẽ … ngày 15/8/2019", "dự kiến", "hạn chót". */
const FUTURE_BEFORE = named("date.future", new RegExp(src`${L}(?:sẽ|dự\s{1,2}kiến|kế\s{1,2}hoạch|hạn|chậm\s{1,2}nhất|ngày\s{1,2}mai)(?:[\s,]{1,3}[\p{L}\p{M}]{1,8}){0,4}[\s,]{1,3}$`, "uy"));
/** The words FUTURE_BEFORE's matches start with (see execAtEnd). */
const FUTURE_FIRSTS = new Set(["sẽ", "dự", "kế", "hạn", "chậm", "ngày"].map(fold));
/** A deadline right before a date: "trước ngày", "chậm nhất là ngày", "hạn chót". */
const DEADLINE_BEFORE = named("date.deadline", new RegExp(src`${L}(?:trước|chậm\s{1,2}nhất(?:\s{1,2}là)?|hạn\s{1,2}chót(?:\s{1,2}là)?)\s{1,3}(?:ngài\s{1,3})?$`, "u"));
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
  /** A school year to come: admissions, an entrance exam ("tuyển sinh năm học 2018-2019"). */
  coming?: boolean;
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
  /** A deadline ("báo cáo trước ngày 25/5/2017", "chậm nhất ngày 30/6/2017"): set shortly after the day it is set. */
  deadline?: boolean;
  /** The text says it is this year: "Từ đầu năm 2017 đến nay", "từ nay đến cuối năm 2017". */
  now?: boolean;
  /** The text is this year or later: "từ năm 2013 đến nay" (the year), "Tính đến hết năm 2016" (the year after). */
  floor?: number;
  /** A plan year: "kế hoạch kinh doanh năm 2017". */
  plan?: boolean;
  /** The date of a document cited ("Quyết định số 2100/QĐ-CT ngày 19-9-2016"): already issued. */
  reference?: boolean;
  /** A whole year told as done: "Năm 2016, Công ty đã đạt …" (the text is a later year, before October). */
  done?: boolean;
  /** Part of a streak "5 năm liền (2012-2016)" (its end is a floor; a review held from October on may close it). */
  streak?: boolean;
  /** The end of the term of a post the text calls former: "nguyên Phó chủ tịch UBND huyện, nhiệm kỳ 2005 - 2010". */
  former?: boolean;
}

/** Every year written in the text: bare years ("năm 2017", "Đinh Dậu 2017") and years of dates. */
export function yearMentions(ctx: Ctx, hits: DateHit[] = []): YearMention[] {
  const key = ctx.doc.key;
  // every mention is a date hit or four digits (BARE_YEAR): a text with neither has none
  if (!hits.length && !DIGIT.test(key)) return [];
  const cached = ctx.doc.memo.years as Mentions | undefined;
  if (cached && cached.hits === hits && cached.n === hits.length) return cached.list;
  const norm = ctx.doc.norm;
  const out: YearMention[] = [];
  for (const at of bareYears(ctx.doc)) {
    const b = bareYear(key, norm, at);
    if (!b) continue;
    const { before, after, beforeRange, rangeEnd, rangeStart, school, weak } = b;
    const term = (rangeEnd || rangeStart) && TERM_BEFORE.test(before);
    const mention = yearMention(Number(key.slice(at, at + 4)), at, at + 4, weak, rangeEnd && !school, undefined);
    // (each flag stored every time, true or undefined: a store only when found, first reached after
    // V8 had optimised yearMentions, made it compile yearMentions again)
    mention.rangeStart = rangeStart ? true : undefined;
    mention.school = school ? true : undefined;
    mention.coming = school && comingSchoolYear(key, at) ? true : undefined;
    mention.term = term ? true : undefined;
    mention.former = term && rangeEnd && formerPost(norm, at) ? true : undefined;
    mention.after = !weak && ((HAS_AFTER_WORD.test(before) && execAtEnd(AFTER_BEFORE, before, 6, AFTER_FIRSTS) !== null) || JUST_PAST_AFTER.test(after)) ? true : undefined;
    mention.partOfYear = PART_OF_YEAR_BEFORE.test(before.slice(-20)) ? true : undefined;
    mention.endOfYear = !weak && END_OF_YEAR_BEFORE.test(before.slice(-12)) && (toldAsPast(key.slice(at + 4, at + 120)) || pastBefore(before)) ? true : undefined;
    const year = mention.year;
    if (/từ|tính|năm/.test(before)) {
      const near = before.slice(-30);
      const untilNow = UNTIL_NOW_AFTER.test(after);
      if ((untilNow && SINCE_START_BEFORE.test(near)) || FROM_NOW_BEFORE.test(before)) mention.now = true;
      else if (untilNow && SINCE_BEFORE.test(near)) mention.floor = year;
      else if (TALLY_BEFORE.test(near) && !plannedAfter(key.slice(at + 4, at + 120))) mention.floor = year + 1;
      else if (rangeEnd && STREAK_BEFORE.test(beforeRange.slice(-30))) {
        mention.floor = year + 1;
        mention.streak = true;
        const start = out[out.length - 1];
        if (start?.rangeStart) start.streak = true;
      }
    }
    mention.plan = /kế|mục/.test(before) && PLAN_BEFORE.test(before) ? true : undefined;
    // "Năm 2016, Công ty đã …": a year told as done (not a part of it, not a plan)
    mention.done = !weak && !mention.plan && !mention.partOfYear && !rangeEnd && !rangeStart && YEAR_OPENS_CLAUSE.test(before) && toldAsPast(key.slice(at + 4, at + 120)) ? true : undefined;
    out.push(mention);
  }
  for (const h of hits) {
    if (!givesYear(h)) continue;
    const before = key.slice(Math.max(0, h.start - 40), h.start);
    const target = targetDate(before);
    const reference = !target && referenceDate(key, h, before);
    // (a comparison's date, "tăng 24% so với 31/12/2015", is the baseline: weak, and no reference)
    const mention = yearMention(Number(h.value.slice(0, 4)), h.start, h.end, target || reference || comparedDate(before), false, h);
    mention.reference = reference ? true : undefined;
    const before50 = key.slice(Math.max(0, h.start - 50), h.start);
    mention.future = HAS_FUTURE_WORD.test(before50) && execAtEnd(FUTURE_BEFORE, before50, 7, FUTURE_FIRSTS) !== null ? true : undefined;
    mention.deadline = h.precision === "day" && DEADLINE_BEFORE.test(before.slice(-24)) ? true : undefined;
    out.push(mention);
  }
  inOrder(out, (a, b) => a.start - b.start);
  ctx.doc.memo.years = { hits, n: hits.length, list: out } satisfies Mentions;
  return out;
}
type Mentions = { hits: DateHit[]; n: number; list: YearMention[]; context?: YearContext };

/**
 * A mention with every field written in one order (undefined when absent): one object shape, where
 * each set of flags added in its own order was a shape of its own and their readers (readYearContext,
 * findEvent) met several ("wrong map"). Readers test the flags by value, never by presence.
 */
function yearMention(year: number, start: number, end: number, weak: boolean, rangeEnd: boolean, dated: DateHit | undefined): YearMention {
  return {
    year,
    start,
    end,
    weak,
    rangeEnd,
    rangeStart: undefined,
    school: undefined,
    coming: undefined,
    term: undefined,
    after: undefined,
    partOfYear: undefined,
    endOfYear: undefined,
    dated,
    future: undefined,
    deadline: undefined,
    now: undefined,
    floor: undefined,
    plan: undefined,
    reference: undefined,
    done: undefined,
    streak: undefined,
    former: undefined,
  };
}


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
 *      in its sentence ("Ngày 12/5 … trong tháng 5/2019"), or a deadline at most 45 days after
 *      it ("Ngày 24/5, … báo cáo trước ngày 25/5/2017");
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
  // read once per text: the dates ask for it (a day without a year), then findEvent (the year of
  // the text); it reads only the year mentions, so it is kept with them (yearMentions' memo)
  const all = yearMentions(ctx, hits);
  const kept = ctx.doc.memo.years as Mentions | undefined;
  if (kept && kept.list === all && kept.context) return kept.context;
  const value = readYearContext(ctx, all);
  if (kept && kept.list === all) kept.context = value;
  return value;
}

function readYearContext(ctx: Ctx, all: YearMention[]): YearContext {
  const key = ctx.doc.key;
  const bare = all.filter((m) => !m.dated && !m.weak);
  const dated = all.filter((m) => m.dated && !m.weak && !m.future);
  const deadlines = all.filter((m) => m.deadline);
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
  // the text is after the term of a post it calls former: a year of the text before that term's
  // end is the background ("nguyên …, nhiệm kỳ 2005 - 2010. Năm 2009, ông …"), not the day's year
  let formerEnd = -Infinity;
  for (const m of all) if (m.former) formerEnd = Math.max(formerEnd, m.year);
  // a document cited was issued before the text ("Quyết định số 2100/QĐ-CT ngày 19-9-2016")
  let floorRef = -Infinity;
  for (const m of all) if (m.reference && m.dated!.precision === "day") floorRef = Math.max(floorRef, dayNumber(m.year, Number(m.dated!.value.slice(5, 7)), Number(m.dated!.value.slice(8, 10))));
  // what the text says of "now" (these mentions may be weak: "từ … đến nay" reads as a span)
  let nowYear: number | null = null;
  let floorYear: number | null = null;
  let floorLate: number | null = null;
  const plans = new Set<number>();
  for (const m of all) {
    if (m.dated) continue;
    if (m.now && (nowYear === null || m.year > nowYear)) nowYear = m.year;
    if (m.floor !== undefined) {
      // the end of a streak is a floor only before October ("5 năm liền (2016-2020)" reviewed in October 2020)
      const late = m.streak ? m.floor - 1 : m.floor;
      if (floorYear === null || m.floor > floorYear) floorYear = m.floor;
      if (floorLate === null || late > floorLate) floorLate = late;
    }
    if (m.plan) plans.add(m.year);
  }
  // a whole year reported ("năm 2016", not "6 tháng đầu năm 2016")
  const reported = new Set(bare.filter((m) => !m.partOfYear && !m.rangeStart && !m.rangeEnd && !m.school && !m.plan).map((m) => m.year));
  const textNow = nowYear ?? year;
  return {
    year: textNow,
    near(hit: DateHit): number | null {
      if (anniversary) return year;
      const mo = Number(hit.value.slice(2, 4));
      const d = Number(hit.value.slice(5, 7));
      const s = sentenceAt(ctx, hit.start);
      let y = samePeriod(dated, hit, mo, d, s);
      // a deadline set on the day: "Ngày 24/5, … yêu cầu báo cáo trước ngày 25/5/2017" → 2017
      if (y === null) y = beforeDeadline(deadlines, mo, d);
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
          const first = firstStartAt(bare, s.start);
          // the year a review closes is the earliest whole year of its sentence; a later one is
          // the plan it opens ("tổng kết năm 2016, triển khai nhiệm vụ năm 2017" → 2017, not 2018)
          let reviewed = Infinity;
          for (let i = first; full && i < bare.length && bare[i]!.start < s.end; i++) {
            const m = bare[i]!;
            if (m.end <= s.end && !m.partOfYear && !m.rangeStart && !m.rangeEnd && !m.school) reviewed = Math.min(reviewed, m.year);
          }
          for (let i = first; i < bare.length && bare[i]!.start < s.end; i++) {
            const m = bare[i]!;
            if (m.end > s.end || m.after || m.streak) continue;
            // (a school year to come, "tuyển sinh năm học 2018-2019", starts in the year of the day)
            if (m.school) take(m.rangeStart ? (mo >= 8 || m.coming ? m.year : m.year + 1) : mo >= 8 || m.coming ? m.year - 1 : m.year);
            else if (m.rangeEnd) {
              if (review) take(mo >= 10 ? m.year : m.year + 1);
            } else if (m.rangeStart) {
              // a period that starts now ("ký kết chương trình giai đoạn 2018-2023"), not a
              // running term ("Tỉnh ủy nhiệm kỳ 2016-2021") unless a congress opens it
              if (!m.term || opens) take(m.year);
            } else if (full && !m.partOfYear) take(mo >= 10 || m.year > reviewed ? m.year : m.year + 1);
            else take(m.year);
          }
        }
        y = best;
      }
      const fromText = y === null;
      if (fromText) y = textNow !== null && textNow < formerEnd ? null : textNow;
      // "báo cáo năm 2016, kế hoạch năm 2017": before October the plan year has begun
      if (y !== null && nowYear === null && mo < 10 && plans.has(y + 1) && reported.has(y)) y++;
      if (fromText) {
        // "Tính đến hết năm 2016", "5 năm liền (2012-2016)": not before the year after
        const fl = mo >= 10 ? floorLate : floorYear;
        if (fl !== null && (y === null || y < fl)) y = fl;
      }
      // the year of the text told as done, and never as part of a year or a plan: a day before
      // October is in a later year ("Năm 2016, ngành đã …" + "Chiều 6/2" → 2017)
      if (fromText && y !== null && nowYear === null && mo < 10 && y === textNow) {
        const same = bare.filter((m) => m.year === y);
        if (same.some((m) => m.done) && !all.some((m) => m.year === y && (m.plan || m.partOfYear))) y++;
      }
      // only dates of the past ("xảy ra ngày 2/8/2013"): the background, no year
      if (y === null) return null;
      // not before the end of a year told as past; not before a day told as past, when the
      // year is only the text's (a year-old day is the background, not a later schedule)
      let floor = floorEnd;
      if (fromText && floorDay - dayNumber(y, mo, d) <= 366) floor = Math.max(floor, floorDay);
      floor = Math.max(floor, floorRef);
      while (dayNumber(y, mo, d) < floor) y++;
      return y;
    },
  };
}

/** The year that puts d/m on or before a deadline the text writes, at most SAME_PERIOD_DAYS before it. */
function beforeDeadline(deadlines: YearMention[], mo: number, d: number): number | null {
  let best: number | null = null;
  for (const m of deadlines) {
    const h = m.dated!;
    const n = dayNumber(m.year, Number(h.value.slice(5, 7)), Number(h.value.slice(8, 10)));
    for (const y of [m.year, m.year - 1]) {
      const gap = n - dayNumber(y, mo, d);
      if (gap >= 0 && gap <= SAME_PERIOD_DAYS && (best === null || y > best)) best = y;
    }
  }
  return best;
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

