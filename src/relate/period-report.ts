/**
 * A periodic report issued on a day, and the month it reports on (checked by check/period-report.ts:
 * a report of a month issued before that month began).
 *
 *   "Ngày 18/9/2025, Cục Thống kê ban hành Báo cáo tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2025"
 *       the report of October (and the ten months to it) issued on 2025-09-18
 *   "Ngày 25/9/2025, … công bố báo cáo kinh tế - xã hội 9 tháng năm 2025"   the nine months to September
 *   "Ngày 6/10/2025, … công bố báo cáo … tháng 9/2025"                      September
 * Only a report told as issued ("ban hành", "công bố", "phát hành" right before "báo cáo"), its period
 * the first numbers after it in its clause, with its year written, no word of a forecast, an estimate,
 * a plan or a meeting before them; the day is the one written before the verb in its sentence (its year
 * written), opening the sentence, with no word of a plan between ("sẽ", "dự kiến"). Not:
 *   "Ngày 15/11/2024, Sở Tài chính ban hành báo cáo ước thực hiện tháng 12 năm 2024"     an estimate
 *   "Thực hiện Công văn số 125/UBND-TH ngày 20/5/2025 …, Sở Y tế ban hành báo cáo … 6 tháng đầu năm 2025"
 */
import type { DateHit } from "../recognize/types.js";
import type { RelationMember } from "../schema.js";
import { named } from "../text/rx.js";
import { cueOf, sentenceOf, textMember, type Rel, type RelateCtx } from "./context.js";

/** A report told as issued. */
const ISSUED = named("period-report.ISSUED", /(?:^|[^\p{L}\p{M}])(ban\s+hành|công\s+bố|phát\s+hành)\s+(?:bản\s+)?báo\s+cáo(?![\p{L}\p{M}])/gu);
/** Its period: "tháng 10 (và 10 tháng)", "9 tháng (đầu)", then "năm 2025" or "/2025". */
const PERIOD = named("period-report.PERIOD", /(?:^|\s)(?:tháng\s+(\d{1,2})(?:\s+và\s+(\d{1,2})\s+tháng)?|(\d{1,2})\s+tháng)(?:\s+đầu)?(?:\s+năm\s+|\s*\/\s*)(\d{4})(?!\d)/u);
/** A plan, not a report issued: "sẽ ban hành", "dự kiến công bố" (not "kế hoạch": "Sở Kế hoạch và Đầu tư"; folded words: "iêu cầu", "trước ngài"). */
const PLANNED = named("period-report.PLANNED", /(?:^|[^\p{L}\p{M}])(?:sẽ|dự\s+kiến|chuẩn\s+bị|đề\s+nghị|iêu\s+cầu|chậm\s+nhất|trước\s+ngài)(?![\p{L}\p{M}])/u);
/**
 * Words of the report's name that make its month no period reported on (folded key: "kì"): a forecast,
 * an estimate, a plan or a budget ("báo cáo dự báo tháng 10", "ước thực hiện tháng 12", "kế hoạch xuất
 * khẩu tháng 3", "dự toán … 6 tháng đầu năm 2025"), or a meeting it serves ("phục vụ kỳ họp tháng 12").
 */
const NOT_REPORTED = named("period-report.NOT_REPORTED", /(?:^|[^\p{L}\p{M}])(?:dự\s+báo|ước|kế\s+hoạch|dự\s+toán|dự\s+kiến|mục\s+tiêu|định\s+hướng|phục\s+vụ|kì\s+họp|phiên\s+họp|hội\s+nghị)(?![\p{L}\p{M}])/u);
/** Before the issuing day in its sentence: only a word or two ("Ngày", "Sáng", "Hôm"), no document's number ("Thực hiện Công văn số 125/UBND-TH ngày …": that day is the document's). */
const DAY_LEAD = named("period-report.DAY_LEAD", /^[\s"“(]*(?:[\p{L}\p{M}]+\s+){0,2}$/u);
/** The clause of the report's name: up to a stop, a ";", ":" or a bracket. */
const CLAUSE_END = named("period-report.CLAUSE_END", /[.;:(]/u);

const pad = (n: number) => String(n).padStart(2, "0");

export function findReportPeriods(rc: RelateCtx): Rel[] {
  const key = rc.key;
  if (!key.includes("báo cáo")) return [];
  const out: Rel[] = [];
  ISSUED.lastIndex = 0;
  for (let m = ISSUED.exec(key); m; m = ISSUED.exec(key)) {
    const verbAt = m.index + m[0].indexOf(m[1]!);
    const end = m.index + m[0].length;
    const s = rc.sentences[sentenceOf(rc, verbAt)];
    if (!s || s.caption) continue;
    let tail = key.slice(end, Math.min(s.end, end + 120));
    const stop = tail.search(CLAUSE_END);
    if (stop >= 0) tail = tail.slice(0, stop);
    const p = PERIOD.exec(tail);
    if (!p || /\d/u.test(tail.slice(0, p.index)) || NOT_REPORTED.test(tail.slice(0, p.index))) continue;
    const month = Number(p[1] ?? p[3]);
    const months = p[2] !== undefined ? Number(p[2]) : undefined;
    const year = Number(p[4]);
    // ("tháng 10 và 10 tháng": the months to the same month; "9 tháng" from January)
    if (!(month >= 1 && month <= 12) || (months !== undefined && months !== month) || year < 1990 || year > 2100) continue;
    const first = p[1] !== undefined && months === undefined ? month : 1;
    const date = dayBefore(rc, s.start, verbAt);
    if (!date || PLANNED.test(key.slice(date.end, verbAt)) || key.slice(date.end, verbAt).includes(";")) continue;
    // (the day opens the sentence: after a document's number it is that document's day)
    if (!DAY_LEAD.test(key.slice(s.start, date.start))) continue;
    const pStart = end + p.index + (p[0].startsWith(" ") ? 1 : 0);
    const members: RelationMember[] = [
      textMember(rc, "period", pStart, end + p.index + p[0].length, { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}` }),
      textMember(rc, "event", date.start, date.end, { from: date.value, to: date.value }),
    ];
    out.push({ kind: "period", certainty: "explicit", cue: cueOf(rc, verbAt, end), members, rule: "relate.period.report" });
  }
  return out;
}

/** The day written before `at` in its sentence (a day, its year written), the nearest. */
function dayBefore(rc: RelateCtx, from: number, at: number): DateHit | undefined {
  let best: DateHit | undefined;
  for (const d of rc.dates) {
    if (d.start < from) continue;
    if (d.end > at) break;
    if (d.precision === "day" && !d.yearInferred && !d.invalid && /^\d{4}-\d{2}-\d{2}$/.test(d.value)) best = d;
  }
  return best;
}
