/**
 * The event a report is about: its kind and title when stated, its date, host and year.
 *
 *   "Chiều 14/9, Đoàn kiểm tra … (từ 1/3/2016 đến nay) … chiều 14/9/2017"   → date 2017-09-14
 *   "Ngày 9/8, Công đoàn phường … tổ chức Đại hội …"                        → kind "đại hội"
 *   "Sáng 10/6, Hội đồng Thi đua – Khen thưởng Trung ương tổ chức …"        → host "Hội đồng …"
 *   "dịp Tết Kỷ Hợi 2019, Công ty …" (no day written)                       → date 2019
 *
 * Date: a day written with a part of the day ("Chiều 14/9", "sáng ngày 13/7") or opening a
 * sentence ("Ngày 9/8, …") comes first; then any other day, then a month; then the year of the
 * text. Never a date inside a document reference ("Báo cáo số 118/BC-UBND ngày 05/3/2016",
 * "Nghị định … ngày …"), a bound of a period ("từ 1/3/2016 đến nay", "tính đến 31/12/2015"),
 * a birth date or one end of an anniversary pair ("(15-8-1957/ 15-8-2017)"). A date alone on its
 * line ("Thứ Ba, 20/12/2022 10:30 GMT+7", a page header) is taken only when nothing else is given.
 * A day still to come ("Ngày mai 22/6") comes last. When the day of the event is written without
 * a year and the text gives none that is "now" (only background years: a career, a law, a past
 * date), the date is null, not a year of the background (see date.ts yearContext).
 */
import type { Ctx, DateHit, OrgHit } from "../recognize/types.js";
import { documentYear, execAtEnd, sentenceAt } from "../recognize/date.js";
import { comparedDate, latestPlainYear, yearBeyondPlain } from "../recognize/year-weak.js";
import { L as LS, R as RS, named, src, words } from "../text/rx.js";
import { REFERENCE_WORDS, RELATIVE_DAYS, SPAN_WORDS } from "../lexicon/dates.js";
import { kindMatch, kindWord } from "./event-kind.js";

const L = named("event.L", new RegExp(LS));
const R = named("event.R", new RegExp(RS));

export interface EventInfo {
  kind?: string;
  title?: string;
  date: string | null;
  dateHit?: DateHit;
  host?: string;
  year?: number;
}

const REF = words(REFERENCE_WORDS);
const SPAN = words(SPAN_WORDS);

/** A document number ("118/BC-UBND", "27/2016/NĐ-CP") or the name of a kind of document. */
const DOC_NUMBER = named("event.doc-number", /\d\/[\p{L}\p{N}]/u);
/** A document number right before the date's own "ngày": "số 58/2015/QĐ-TTg ngày 17/11/2015". */
const OWN_DOC_NUMBER = named("event.own-doc-number", /\d\/(?:\d{2,4}\/)?\p{L}[^\n]{0,20}$/u);
const REF_WORD = named("event.ref-word", new RegExp(src`${L}${REF}(?![\p{L}\p{M}])`, "u"));
/** "… ngày ", "…, ngày ", "… ban hành ngày ": the date of what comes before. */
const NGAY_BEFORE = named("event.ngay-before", new RegExp(src`(?:^|[^\p{L}\p{M}])ngày\s{0,3}$`, "u"));
/** "từ ", "tính đến ngày ", "sinh ngày ". */
const SPAN_BEFORE = named("event.span-before", new RegExp(src`${L}${SPAN}\s{1,3}(?:ngày\s{1,3})?$`, "uy"));
/** The date is followed by "đến nay", "- 24-6-2017" (a period or an anniversary pair). */
const SPAN_AFTER = named("event.span-after", /^\s{0,2}(?:(?:đến|tới)\s{1,3}(?:nai|ngài|hết)|[-–/]\s{0,2}\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\)?\s{0,2}(?:đến|tới)\s{1,3}\d)/u);
/** One end of an anniversary pair "(20/5/1957 - 20/5/2017)": the date after the dash. */
const PAIR_BEFORE = named("event.pair-before", /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s{0,2}[-–/]\s{0,2}$/u);
/** "Cuối tháng 4/2021", "trong tháng 1-2017": a period, not the month of the event. */
const PERIOD_BEFORE = named("event.period-before", new RegExp(src`${L}(?:cuối|đầu|giữa|trong|từ|đến|hết|sau|trước)\s{1,3}$`, "u"));
const PART_OF_DAY = named("event.PART_OF_DAY", /(?:sáng|chiều|tối|trưa|đêm|khuia)/u);
/** "sáng nay (10/5)", "hôm qua, 9/5": the day told as today or yesterday, then written out (RELATIVE_DAYS). */
const RELATIVE_BEFORE = named("event.relative-day", new RegExp(src`${L}${words(RELATIVE_DAYS)}[ ]{0,2}[(,][ ]{0,2}$`, "u"));
/** "Tổ công tác … đã tổ chức", the host written right after the date. */
const HOST = named(
  "event.host",
  /^[\s,]{0,3}(?:tại\s[^,.;]{1,60},\s{0,2})?(?<host>\p{Lu}[^,.;:"“]{2,120}?)\s(?:đã\s+)?(?:long\s+trọng\s+|chính\s+thức\s+)?(?:tổ\s+chức|khai\s+mạc|phối\s+hợp\s+tổ\s+chức|họp)(?![\p{L}])/u,
);

export function findEvent(ctx: Ctx, dates: DateHit[], _orgs: OrgHit[]): EventInfo {
  const key = ctx.doc.key;
  const norm = ctx.doc.norm;
  const firstLine = ctx.sentences[0];
  const title = firstLine ? norm.slice(firstLine.start, firstLine.end).trim() : undefined;

  const ok = dates.filter((d) => !d.invalid && !excluded(key, d));
  const days = ok.filter((d) => d.precision === "day" && !d.value.startsWith("--"));
  // a date standing alone on its line ("Thứ Hai, 20/12/2022 10:30") is a publishing date:
  // the event date only when nothing else is given
  const body = days.filter((d) => !headerDate(key, d));
  const lead = (d: DateHit) => (PART_OF_DAY.test(key.slice(d.start, d.end)) || opensSentence(ctx, d) || RELATIVE_BEFORE.test(key.slice(Math.max(0, d.start - 24), d.start))) && !future(key, d);
  // the day of the event is written without a year the text tells ("Chiều 6/2" with only
  // background years): the date is unknown, not a year of the background
  const unknownLead = ok.find((d) => d.precision === "day" && lead(d) && (!d.value.startsWith("--") || !headerDate(key, d)));
  const best = unknownLead?.value.startsWith("--")
    ? undefined
    : (body.find(lead) ??
      body.find((d) => !future(key, d)) ??
      body[0] ??
      ok.find((d) => d.precision === "month" && (!PERIOD_BEFORE.test(key.slice(Math.max(0, d.start - 12), d.start)) || heldIn(key, d))) ??
      days[0]);
  const unknown = !best && !!unknownLead;

  let date: string | null = best ? best.value : null;
  let year: number | undefined = best ? Number(best.value.slice(0, 4)) : undefined;
  // (no plain year: the year of the text only from a year told as "now" or an anniversary)
  let beyond = true;
  if (!best && !unknown) {
    const y = latestYear(ctx, dates);
    if (y) date = String(y);
    year = y ?? undefined;
    if (y === null) beyond = yearBeyondPlain(ctx, dates);
  }
  if (year === undefined && beyond) year = documentYear(ctx, dates) ?? undefined;

  const kind = findKind(ctx, best);
  const host = best ? findHost(ctx, best) : undefined;
  // (key by key: a conditional spread costs a runtime call on every post)
  const info = {} as EventInfo;
  if (kind) info.kind = kind;
  info.title = title && title.length <= 300 ? title : undefined;
  info.date = date;
  info.dateHit = best;
  if (host) info.host = host;
  info.year = year;
  return info;
}

/** "Đầu tháng 12/2016, Trung tâm đã tổ chức đấu thầu …": the clause of a part of a month tells an event held then. */
const HELD = named("event.held", new RegExp(src`${L}(?:tổ\s{1,2}chức|khai\s{1,2}mạc|diễn\s{1,2}ra)${R}`, "u"));
function heldIn(key: string, d: DateHit): boolean {
  const rest = key.slice(d.end, d.end + 160);
  const stop = rest.search(/[.;!?\n]/);
  return HELD.test(stop < 0 ? rest : rest.slice(0, stop));
}

/** "Ngày mai 22/6", "sắp tới, ngày 22/6": a day still to come is not the day reported. */
const FUTURE_DAY = named("event.future", new RegExp(src`(?:mai|sắp\s{1,2}tới|sẽ|dự\s{1,2}kiến)[\s,]{1,3}(?:ngày\s{1,3})?$`, "u"));
function future(key: string, d: DateHit): boolean {
  return FUTURE_DAY.test(key.slice(Math.max(0, d.start - 20), d.start + (key.startsWith("ngài", d.start) ? 5 : 0)));
}

/** The text after the last line feed: `s.split("\n").pop()` without the list (whose map threw callers away). */
function lastLine(s: string): string {
  return s.slice(s.lastIndexOf("\n") + 1);
}

/** A date that is not the day of the event: a reference, a bound, a birth date, a pair end. */
function excluded(key: string, d: DateHit): boolean {
  if (d.rule === "date.range") return false; // "từ ngày 2 - 5/6/2017": the first day
  const before = key.slice(Math.max(0, d.start - 60), d.start);
  const after = key.slice(d.end, d.end + 30);
  // "… số 58/2015/QĐ-TTg ngày 17/11/2015": "ngày" may be the start of the date's own span
  const own = !/ngài\s{0,3}$/.test(before.slice(-7)) && key.startsWith("ngài", d.start);
  const ref = own
    ? OWN_DOC_NUMBER.test(before.slice(-30)) || REF_WORD.test(lastLine(before.slice(-30)))
    : /ngài\s{0,3}$/.test(before.slice(-7)) && NGAY_BEFORE.test(before) && (DOC_NUMBER.test(before.slice(-45)) || REF_WORD.test(before.slice(-45)));
  // (SPAN_BEFORE spans at most 3 words; PAIR_BEFORE ends with a dash or slash)
  // (the baseline of a comparison, "tăng 24% so với 31/12/2015", is no day of the event)
  return ref || comparedDate(before.slice(-40)) || (/từ|đến|tới|trước|sau|hết|sinh/.test(before) && execAtEnd(SPAN_BEFORE, before, 4) !== null) || SPAN_AFTER.test(after) || (/[-–/]\s{0,2}$/.test(before.slice(-3)) && PAIR_BEFORE.test(before));
}

/** The line of the date holds little else: a page header or a dateline, not a sentence. */
function headerDate(key: string, d: DateHit): boolean {
  const before = key.slice(Math.max(0, d.start - 60), d.start);
  const after = key.slice(d.end, d.end + 60);
  const nl = before.lastIndexOf("\n");
  const nr = after.indexOf("\n");
  if ((nl < 0 && d.start > 60) || (nr < 0 && d.end + 60 < key.length)) return false;
  const rest = (before.slice(nl + 1) + (nr < 0 ? after : after.slice(0, nr))).replace(/[\s\d:,.|\-–()/]|gmt|\+/g, "");
  // (the part of day tested for every date that gets here, not only after a short rest: a test
  // first reached after V8 had optimised findEvent made it throw that code away)
  const partOfDay = PART_OF_DAY.test(key.slice(d.start, d.end));
  return rest.length <= 12 && !partOfDay;
}

function opensSentence(ctx: Ctx, d: DateHit): boolean {
  const key = ctx.doc.key;
  let i = d.start;
  while (i > 0 && /[\s"“(\-]/.test(key[i - 1]!)) i--;
  if (i === 0 || /[.\n!?:]/.test(key[i - 1]!)) return true;
  // a dateline: "Online - Ngày 9/8, …", "GD&TĐ - Ngày …" ("ngày" is "ngài" in the folded key).
  // Only after a dash: a plain "sự việc ngày 5/2" in mid-sentence does not open anything.
  // A capital "Ngày" opens a post glued onto the one before it ("… Trang Thu Ngày 7/2/2017, …").
  if (/^ngài/u.test(key.slice(d.start, d.end))) return /-/.test(key.slice(i, d.start)) || ctx.doc.norm[d.start] === "N";
  return false;
}

/**
 * With no day or month: the latest year the text writes outside targets ("đến năm 2030"), and not
 * the end of a school year to come ("kết quả tuyển sinh vào lớp 10 năm học 2017 - 2018": the
 * entrance exam is in 2017).
 */
function latestYear(ctx: Ctx, dates: DateHit[]): number | null {
  // (read from the latest year down, stopping at the first that counts, not every mention with
  // every flag: test/year-weak.test.ts holds the reading of yearMentions as its oracle)
  return latestPlainYear(ctx, dates);
}

/** The kind of event: in the sentence of the date, else in the title and the first sentences. */
function findKind(ctx: Ctx, best: DateHit | undefined): string | undefined {
  // (tried at the tokens where a kind can start: event-kind.ts)
  const look = (s: number, e: number) => kindWord(kindMatch(ctx.doc, s, e));
  if (best) {
    const s = sentenceAt(ctx, best.start);
    const k = s && look(s.start, s.end);
    if (k) return k;
  }
  const head = ctx.sentences.slice(0, 3);
  return head.length ? look(head[0]!.start, head[head.length - 1]!.end) : undefined;
}

function findHost(ctx: Ctx, best: DateHit): string | undefined {
  const norm = ctx.doc.norm;
  const m = HOST.exec(norm.slice(best.end, best.end + 200));
  // "Hội Nông dân huyện phối hợp với các ngành …": the host is the first party
  return m ? m.groups!.host!.split(/\s(?:phối\s+hợp|cùng\s+với|cùng)\s/u)[0]!.trim() : undefined;
}
