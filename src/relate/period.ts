/**
 * Periods: what a review covers, and when it is held.
 *
 *   "Ngày 12/01/2023, … Hội nghị tổng kết công tác Công đoàn năm 2023"  year 2023, held 2023-01-12
 *   "Sáng 18/01/2024, … họp sơ kết 6 tháng đầu năm 2024"                 2024-01-01…2024-06-30
 *   "Ngày 05/7/2023, … sơ kết công tác … quý III năm 2023"               2023-07-01…2023-09-30
 *   "Ngày 14/7/2023, Sở Nội vụ tổ chức hội nghị sơ kết công tác 6 tháng đầu năm" (year of the date)
 *   "tổng kết năm học 2022-2023", "khai giảng năm học 2023-2024"          school years
 *   "… năm 2023 và triển khai phương hướng, nhiệm vụ năm 2024"           the plan year is not reviewed
 * The event date is the dated one in the review's own sentence (explicit), else the report's
 * event date (inferred).
 */
import { cueWords, trieMatches } from "./cue-scan.js";
import { fold } from "../text/fold.js";
import { OPENING_WORDS, REVIEW_SEASON_WORDS, REVIEW_SECOND_FIELDS, REVIEW_STOPS, REVIEW_WORDS } from "../lexicon/relation-cues.js";
import { REVIEW_COMMA_FIELDS } from "../lexicon/comma-fields.js";
import { WordTrie } from "../text/words.js";
import { cueOf, PhraseList, sentenceOf, textMember, type Rel, type RelateCtx } from "./context.js";
import type { DateHit } from "../recognize/types.js";
import type { RelationMember } from "../schema.js";
import { named } from "../text/rx.js";
import { dateAfter, otherClause } from "./period-date.js";
import { programmePhase, yearsReviewed } from "./period-phase.js";
import { plannedReview } from "./period-planned.js";

/** Review and opening words, read on the token table (the matches of rx`${L}(?:words)${R}` over the key). */
export const REVIEW = cueWords(new WordTrie([...REVIEW_WORDS, ...OPENING_WORDS]));
const STOPS = new PhraseList(REVIEW_STOPS);
const VA = fold("và");
/** Right after "và": a second field of work ("và phong trào thanh thiếu nhi"), no stop (REVIEW_SECOND_FIELDS). */
const SECOND_FIELD = named("period.SECOND_FIELD", new RegExp(`^\\s{1,2}(?:${REVIEW_SECOND_FIELDS.map((w) => fold(w).replace(/ /g, "\\s{1,2}")).join("|")})(?![\\p{L}\\p{M}])`, "u"));
/** A season or a campaign in the second field's clause (REVIEW_SEASON_WORDS): its own period. */
const SEASON = named("period.SEASON", new RegExp(`^[^,;:.()]{0,80}?(?:^|\\s)(?:${REVIEW_SEASON_WORDS.map((w) => fold(w).replace(/ /g, "\\s{1,2}")).join("|")})(?![\\p{L}\\p{M}])`, "u"));
const OPENING = new Set(OPENING_WORDS.map((w) => fold(w)));
const SO_KET = fold("sơ kết");
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
/** A document's number and date before a date: "Quyết định số 12/QĐ-UBND ngày …", "ban hành ngày …". */
const DOC_DATE = named("period.DOC_DATE", /(?:số\s+[\w./-]*\d[\w./-]*|ban\s+hành|kí)\s+(?:ngài\s*)?$/u);
const NUM: Record<string, number> = { "3": 3, ba: 3, "6": 6, sáu: 6, "9": 9, chín: 9 };
const EDGE = named("period.EDGE", /[\p{L}\p{M}]/u);
/** REVIEW_COMMA_FIELDS, folded, as [before the comma, after it]. */
const FIELD_PAIRS = REVIEW_COMMA_FIELDS.map((p) => fold(p).split(/\s*,\s*/) as [string, string]);
/** Whether the comma between `prev` (the end of a word) and `at` (the next word) is inside a field pair. */
const inFieldPair = (key: string, prev: number, at: number) =>
  /^\s*,\s*$/.test(key.slice(prev, at)) && FIELD_PAIRS.some(([a, b]) => key.endsWith(a, prev) && key.startsWith(b, at) && !EDGE.test(key[prev - a.length - 1] ?? " ") && !EDGE.test(key[at + b.length] ?? " "));

interface Period {
  from: string;
  to: string;
  start: number;
  end: number;
  /** Year taken from the event date. */
  yearFromEvent: boolean;
  school?: boolean;
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const span = (y: number, m1: number, m2: number) => ({ from: `${y}-${pad(m1)}-01`, to: `${y}-${pad(m2)}-${pad(lastDay(y, m2))}` });

/** The period named at the start of `s` (folded), with the year of the event when it names none. */
function periodAt(s: string, eventYear: number | undefined, event?: string): { from: string; to: string; len: number; yearFromEvent: boolean; school?: boolean } | undefined {
  // "học kỳ I năm học 2023-2024": a term, not the year (term I to the year's end, reviewed from late December
  // to January; term II from January to the end of May)
  let m = /^học\s+kì\s+(i|ii|1|2)\s+(?:của\s+)?năm\s+học\s+(\d{4})\s*-\s*(\d{4})/u.exec(s);
  if (m && Number(m[3]) === Number(m[2]) + 1) {
    const first = m[1] === "i" || m[1] === "1";
    return { from: first ? `${m[2]}-09-01` : `${m[3]}-01-01`, to: first ? `${m[2]}-12-31` : `${m[3]}-05-31`, len: m[0].length, yearFromEvent: false };
  }
  m = /^năm\s+học\s+(\d{4})\s*-\s*(\d{4})/u.exec(s);
  if (m && Number(m[2]) === Number(m[1]) + 1) return { from: `${m[1]}-09-01`, to: `${m[2]}-05-31`, len: m[0].length, yearFromEvent: false, school: true };
  m = /^(?:(?:nhiệm\s+kì|giai\s+đoạn)\s+)(\d{4})\s*-\s*(\d{4})/u.exec(s);
  if (m && Number(m[2]) > Number(m[1])) return { from: `${m[1]}-01-01`, to: `${m[2]}-12-31`, len: m[0].length, yearFromEvent: false };
  m = /^(3|ba|6|sáu|9|chín)\s+tháng(?:\s+(đầu|cuối))?(?:\s+năm)?(?:\s+(\d{4}))?(?![\p{L}\d])/u.exec(s);
  if (m) {
    const n = NUM[m[1]!]!;
    const at = (y: number) => (m![2] === "cuối" ? span(y, 13 - n, 12) : span(y, 1, n));
    if (m[3]) return { ...at(Number(m[3])), len: m[0].length, yearFromEvent: false };
    if (eventYear === undefined) return undefined;
    // "sơ kết 6 tháng cuối năm" in January speaks of the year before; "6 tháng đầu năm" of its own
    const late = m[2] === "cuối" && event !== undefined && at(eventYear).to > event;
    return { ...at(late ? eventYear - 1 : eventYear), len: m[0].length, yearFromEvent: m[2] === "cuối" };
  }
  m = /^quí\s+(iv|iii|ii|i|[1-4])(?:\s*(?:năm\s+|\/\s*)(\d{4}))?(?![\p{L}\d])/u.exec(s);
  if (m) {
    const q = ROMAN[m[1]!]!;
    if (m[2]) return { ...span(Number(m[2]), 3 * q - 2, 3 * q), len: m[0].length, yearFromEvent: false };
    if (eventYear === undefined) return undefined;
    // a quarter with no year is the last one of that name before the review
    const p = span(eventYear, 3 * q - 2, 3 * q);
    return { ...(event !== undefined && p.from > event ? span(eventYear - 1, 3 * q - 2, 3 * q) : p), len: m[0].length, yearFromEvent: true };
  }
  m = /^năm\s+(\d{4})(?![\d/-])/u.exec(s);
  if (m) return { ...span(Number(m[1]), 1, 12), len: m[0].length, yearFromEvent: false };
  return undefined;
}

export function findPeriods(rc: RelateCtx): Rel[] {
  const out: Rel[] = [];
  const key = rc.key;
  const eventHit = eventDate(rc);
  const cues = trieMatches(rc, REVIEW);
  for (let ci = 0; ci < cues.length; ci++) {
    const rm = cues[ci]!;
    const at = rm.start;
    const cueEnd = rm.end;
    const si = sentenceOf(rc, at);
    const s = rc.sentences[si];
    if (!s || s.caption) continue;
    // the date of this sentence, before the review word (explicit), or the report's event date
    // (not a document's date: "Công văn số 38/NCPL ngày 6-1-1976")
    // a review only planned in its clause ("dự kiến sơ kết …", "ban hành Kế hoạch … về tổ chức tổng kết …"):
    // dated only by the day it is to be held, written after it (period-planned.ts)
    const planned = plannedReview(key, s.start, at, cueEnd, s.end, cues[ci - 1]?.end);
    let own = planned
      ? undefined
      : rc.dates
          .filter((d) => d.precision === "day" && d.start >= s.start && d.end <= at && /^\d{4}-\d{2}-\d{2}$/.test(d.value) && !DOC_DATE.test(key.slice(Math.max(s.start, d.start - 40), d.start)))
          .sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
    // none in its own clause (or one after the review before): the day it is held, written after it
    // ("…; khai giảng năm học 2024–2025 vào ngày 5/9/2024", period-date.ts)
    if (!own || otherClause(rc, own, at, cues[ci - 1]?.end)) own = dateAfter(rc, cueEnd, Math.min(s.end, cues[ci + 1]?.start ?? s.end)) ?? own;
    const date = own ?? (planned ? undefined : eventHit);
    if (!date) continue;
    const eventYear = Number(date.value.slice(0, 4));
    // the period: within a few words after the review word, before a stop word
    const period = periodAfter(rc, cueEnd, s.end, eventYear, date.value);
    if (!period) continue;
    const word = fold(key.slice(at, cueEnd)).replace(/\s+/g, " ");
    const opening = OPENING.has(word);
    if (opening && !period.school) continue;
    // "sơ kết năm 2012", "sơ kết nhiệm kỳ": a review halfway through a long period
    const long = Date.parse(period.to) - Date.parse(period.from) > 300 * 86_400_000;
    if (word.includes(SO_KET) && long) continue;
    // a date years before the period is not when it was reviewed: the two are not tied
    if (!opening && Date.parse(date.value) < Date.parse(period.from) - 3 * 366 * 86_400_000) continue;
    const explicit = !!own && !own.yearInferred && !period.yearFromEvent;
    const members: RelationMember[] = [
      textMember(rc, opening ? "opening" : "period", period.start, period.end, { from: period.from, to: period.to }),
      textMember(rc, "event", date.start, date.end, { from: date.value, to: date.value }),
    ];
    out.push({ kind: "period", certainty: explicit ? "explicit" : "inferred", cue: cueOf(rc, at, cueEnd), members, rule: opening ? "relate.period.opening" : "relate.period.review" });
  }
  return out;
}

function periodAfter(rc: RelateCtx, from: number, to: number, eventYear: number, event: string): Period | undefined {
  const key = rc.key;
  const re = /[\p{L}\p{M}\p{N}]+/gu;
  const slice = key.slice(from, Math.min(to, from + 300));
  let n = 0;
  let m: RegExpExecArray | null;
  const ws: string[] = [];
  const starts: number[] = [];
  let prev = from;
  while ((m = re.exec(slice)) && n < 14) {
    const at = from + m.index;
    // a clause break ends the search once something was read
    // ("khám bệnh, chữa bệnh" is one field of work, not two clauses)
    if (n > 0 && /[,;:()]/.test(key.slice(prev, at)) && !inFieldPair(key, prev, at)) break;
    prev = at + m[0].length;
    const here = key.slice(at, Math.min(to, at + 40));
    // "tổng kết 5 năm thực hiện …": the review covers those years, not the period named after them
    if (yearsReviewed(here)) break;
    const p = periodAt(here, eventYear, event);
    // "năm tài chính 2024-2025 (từ ngày 01/4/2024 đến ngày 31/3/2025)": the bounds the text gives
    const fiscal = p ? null : FISCAL_YEAR.exec(here);
    const len = p ? p.len : fiscal ? fiscal[0].length : 0;
    const bounds = len ? boundsAfter(rc, at + len, to) : undefined;
    if (bounds) return { from: bounds.from, to: bounds.to, start: at, end: at + len, yearFromEvent: false };
    if (p) return { from: p.from, to: p.to, start: at, end: at + p.len, yearFromEvent: p.yearFromEvent, ...(p.school ? { school: true } : {}) };
    ws.push(m[0]);
    starts.push(at);
    const stop = STOPS.at(ws, ws.length - 1) ? ws.length - 1 : ws.length > 1 && STOPS.at(ws, ws.length - 2) > 1 ? ws.length - 2 : -1;
    // "sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm": "và" joins a second field, reviewed too
    // (not one with a period of its own: "và phong trào tình nguyện hè năm 2025")
    if (stop >= 0 && ws[stop] === VA && stop === ws.length - 1 && SECOND_FIELD.test(key.slice(prev, prev + 24)) && !SEASON.test(key.slice(prev, Math.min(to, prev + 80)))) {
      n++;
      continue;
    }
    if (stop >= 0) {
      // a programme reviewed by its name, the name ending in its phase ("Đề án … giai đoạn 2021-2025")
      const ph = programmePhase(key, STOPS.phraseAt(ws, stop), starts[stop]!, to);
      const pp = ph < 0 ? undefined : periodAt(key.slice(ph, Math.min(to, ph + 40)), eventYear, event);
      if (pp) return { from: pp.from, to: pp.to, start: ph, end: ph + pp.len, yearFromEvent: false };
      break;
    }
    n++;
  }
  return undefined;
}

/** "năm tài chính 2024-2025": a year of accounts, its months given only by the bounds written after it. */
const FISCAL_YEAR = named("period.FISCAL_YEAR", /^năm\s{1,2}tài\s{1,2}chính\s{1,2}(\d{4})\s{0,2}[-–/]\s{0,2}(\d{4})(?![\p{L}\d])/u);
const BOUND_OPEN = named("period.BOUND_OPEN", /^\s{0,2}\(\s{0,2}(?:từ\s{1,2})?(?:ngài\s{1,2})?$/u);
const BOUND_JOIN = named("period.BOUND_JOIN", /^\s{0,2}(?:đến|tới|-|–)\s{0,2}(?:hết\s{1,2})?(?:ngài\s{1,2})?$/u);
const BOUND_CLOSE = named("period.BOUND_CLOSE", /^\s{0,2}\)/u);

/** "(từ ngày 01/4/2024 đến ngày 31/3/2025)" right after a period: its first and last day, in order. */
function boundsAfter(rc: RelateCtx, at: number, to: number): { from: string; to: string } | undefined {
  const full = (d: DateHit | undefined) => !!d && d.precision === "day" && !d.yearInferred && !d.invalid && /^\d{4}-\d{2}-\d{2}$/.test(d.value);
  const k = rc.dates.findIndex((d) => d.start >= at);
  const a = rc.dates[k];
  const b = rc.dates[k + 1];
  if (!full(a) || !full(b) || b!.end > to) return undefined;
  // (a date's span may hold its own "ngày", and "từ" is left before it)
  const key = rc.key;
  if (!BOUND_OPEN.test(key.slice(at, a!.start)) || !BOUND_JOIN.test(key.slice(a!.end, b!.start)) || !BOUND_CLOSE.test(key.slice(b!.end, b!.end + 4))) return undefined;
  return a!.value < b!.value ? { from: a!.value, to: b!.value } : undefined;
}

/** The report's event date as a hit, when it is a day. */
function eventDate(rc: RelateCtx): DateHit | undefined {
  const ev = rc.event.dateEvidence;
  if (!ev || ev.precision !== "day" || !/^\d{4}-\d{2}-\d{2}$/.test(ev.value)) return undefined;
  return rc.dates.find((d) => d.value === ev.value && rc.doc.span(d.start, d.end).start === ev.span.start);
}
