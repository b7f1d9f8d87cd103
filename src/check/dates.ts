/**
 * dates.impossible — a date or year that cannot exist, as the date recogniser marked it.
 *
 *   "ngày 31/02/2022", "ngày 29/02/2023", "ngày 15/13/2022"  → error: no such day
 *   "năm 20221"                                              → error: no such year
 * A text that says itself the day cannot exist ("tháng 2 chỉ có 28 ngày") quotes it on purpose:
 * a warning. A reviewed period against the date of the event is period.ts.
 *
 * dates.weekday — a weekday written beside a day whose year is written, that the calendar denies.
 *
 *   "Sáng thứ Tư, ngày 9/9/2024"          → error: 9/9/2024 was a Monday
 *   "ngày 9/9/2024 (thứ Hai)"             → nothing: it was
 *   "Hội nghị lần thứ năm, ngày 12/9/2024" → nothing: an ordinal, not a weekday
 * Only a weekday at the start of a clause or after a part of the day ("Sáng thứ Tư") is one; a day
 * whose year the reader inferred is not judged (the year may be another).
 */
import type { Finding, Span } from "../schema.js";
import type { DateValue } from "../schema.js";
import { fold } from "../text/fold.js";
import { PARTS_OF_DAY, WEEKDAYS } from "../lexicon/dates.js";
import { finding, type CheckCtx } from "./util.js";
import { named } from "../text/rx.js";

const DISCUSSED = named("dates.DISCUSSED", /(?:chỉ|luôn)\s+có\s+(?:28|29|30)\s+ngày|không\s+(?:hề\s+)?có\s+ngày\s+\d{1,2}(?:\/|\s+tháng)|ngày\s+không\s+có\s+thật/u);

export function checkDates(ctx: CheckCtx): Finding[] {
  const out: Finding[] = [];
  const flagged: Span[] = [];
  // the text says itself that the day cannot exist ("tháng 2 chỉ có 28 ngày"): quoted on purpose
  // (read once there is an impossible date to judge: most texts have none)
  let deliberate: boolean | undefined;
  for (const d of ctx.report.dates) {
    if (!d.invalid || flagged.some((f) => d.span.start < f.end && f.start < d.span.end)) continue;
    flagged.push(d.span);
    deliberate ??= !!ctx.text && DISCUSSED.test(ctx.text.normalize("NFC").toLowerCase());
    const arith = { vi: `"${d.text}" → ${d.value}`, en: `"${d.text}" → ${d.value}` };
    out.push(finding("dates.impossible", deliberate ? "warning" : "error", { vi: `Ngày tháng không thể có: "${d.text}".`, en: `Impossible date: "${d.text}".` }, undefined, [], { spans: [d.span], found: d.text, arithmetic: arith }));
  }
  if (ctx.text) for (const d of ctx.report.dates) {
    const f = weekdayFinding(ctx.text, d);
    if (f) out.push(f);
  }
  return out;
}

/** Folded weekday words after "thứ" → the day of the week (0 Sunday … 6 Saturday): "hai"/"2" → 1. */
const WEEKDAY_OF = new Map<string, number>(WEEKDAYS.map((w, i) => [fold(w), (i % 6) + 1]));
const VI_DAY = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"];
const EN_DAY = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
/** A weekday word, folded: "thứ tư", "thứ 4", "chủ nhật". */
const WEEKDAY_WORD = named("dates.WEEKDAY_WORD", /(?<![\p{L}\p{N}])(?:thứ\s{1,2}(?<n>[\p{L}\p{N}]+)|chủ\s{1,2}nhật)(?![\p{L}\p{N}])/uy);
/** Parts of the day before a weekday ("Sáng thứ Tư"), and "vào", "hôm": folded. */
const BEFORE_WEEKDAY = new Set([...PARTS_OF_DAY, "vào", "hôm", "nay"].map((w) => fold(w).split(" ").pop()!));

/** The weekday at `at` in the folded text, when it is one (not an ordinal: "lần thứ năm"). */
function weekdayAt(key: string, at: number): { day: number; end: number } | undefined {
  WEEKDAY_WORD.lastIndex = at;
  const m = WEEKDAY_WORD.exec(key);
  if (!m) return undefined;
  const n = m.groups!.n;
  const day = n === undefined ? 0 : WEEKDAY_OF.get(n);
  if (day === undefined) return undefined;
  // what stands before: the start of a clause, or a part of the day
  let i = at;
  while (i > 0 && /\s/u.test(key[i - 1]!)) i--;
  if (i > 0 && !/[.,;:!?()\-–—"“”\n]/u.test(key[i - 1]!)) {
    let j = i;
    while (j > 0 && /[\p{L}\p{M}]/u.test(key[j - 1]!)) j--;
    if (!BEFORE_WEEKDAY.has(key.slice(j, i))) return undefined;
  }
  return { day, end: at + m[0].length };
}

/**
 * Whether text[from, to) holds "t" or "c", "h" (either case), then a "u" with or without marks ("ư",
 * "ứ", "ủ", "U" …): a necessary test for "thứ" and "chủ" in its fold, which maps one unit to one
 * (else nothing is read) and gives those letters only from those units. Most dates have none near
 * them ("tháng", "theo" fail at the third unit), and are answered with no slice, fold or pattern.
 */
function weekdayLetters(text: string, from: number, to: number): boolean {
  for (let i = from + 1; i + 1 < to; i++) {
    if ((text.charCodeAt(i) | 32) !== 104) continue;
    const c = text.charCodeAt(i - 1) | 32;
    if ((c === 116 || c === 99) && uBased(text.charCodeAt(i + 1))) return true;
  }
  return false;
}
/** Whether a unit is "u" or "U", or written as one with marks (its NFD starts with one), remembered. */
function uBased(c: number): boolean {
  if ((c | 32) === 117) return true;
  if (c < 0xc0) return false;
  let u = U_BASED.get(c);
  if (u === undefined) U_BASED.set(c, (u = (String.fromCharCode(c).normalize("NFD").charCodeAt(0) | 32) === 117));
  return u;
}
const U_BASED = new Map<number, boolean>();

/**
 * The weekday written with a day ("thứ Tư, ngày 9/9/2024" — the date's own text — or "9/9/2024
 * (thứ Hai)", "thứ Hai (9/9/2024)"), when the calendar denies it.
 */
function weekdayFinding(text: string, d: DateValue): Finding | undefined {
  if (d.precision !== "day" || d.yearInferred || d.invalid) return undefined;
  const from = Math.max(0, d.span.start - 16);
  // (before the slice, its fold — each a new entry of fold's cache — and the patterns)
  if (!weekdayLetters(text, from, Math.min(text.length, d.span.end + 16))) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d.value);
  if (!m) return undefined;
  const y = Number(m[1]);
  if (y < 1900 || y > 2200) return undefined;
  const real = new Date(Date.UTC(y, Number(m[2]) - 1, Number(m[3]))).getUTCDay();
  // the text near the date, folded one for one (fold keeps the length)
  const near = fold(text.slice(from, Math.min(text.length, d.span.end + 16)));
  if (near.length !== Math.min(text.length, d.span.end + 16) - from) return undefined;
  const s = d.span.start - from;
  const e = d.span.end - from;
  let w: { day: number; start: number; end: number } | undefined;
  // inside the date's own text, at its start ("thứ Tư, ngày 9/9/2024")
  const own = weekdayAt(near, s);
  if (own) w = { day: own.day, start: s, end: own.end };
  // after it, in brackets: "9/9/2024 (thứ Hai)"
  const after = /^\s{0,2}\(\s{0,2}/u.exec(near.slice(e));
  if (!w && after) {
    const a = weekdayAt(near, e + after[0].length);
    if (a && /^\s{0,2}\)/u.test(near.slice(a.end))) w = { day: a.day, start: e + after[0].length, end: a.end };
  }
  // before it, with the date in brackets: "thứ Hai (9/9/2024)"
  if (!w) {
    const b = /(?<![\p{L}\p{N}])(?:thứ\s{1,2}[\p{L}\p{N}]+|chủ\s{1,2}nhật)\s{0,2}\(\s{0,2}$/u.exec(near.slice(0, s));
    if (b) {
      const a = weekdayAt(near, b.index);
      if (a) w = { day: a.day, start: b.index, end: a.end };
    }
  }
  if (!w || w.day === real) return undefined;
  const said = text.slice(from + w.start, from + w.end);
  const day = `${Number(m[3])}/${Number(m[2])}/${y}`;
  return finding(
    "dates.weekday",
    "error",
    { vi: `"${said}" không khớp với ngày ${day}: ngày đó là ${VI_DAY[real]}.`, en: `"${said}" does not match ${day}, which was a ${EN_DAY[real]}.` },
    undefined,
    [],
    {
      spans: [{ start: from + w.start, end: from + w.end }, d.span],
      expected: VI_DAY[real]!,
      found: said,
      arithmetic: { vi: `${day} → ${VI_DAY[real]}`, en: `${day} → ${EN_DAY[real]}` },
    },
  );
}
