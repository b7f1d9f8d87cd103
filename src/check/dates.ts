/**
 * dates.impossible / dates.year — impossible dates and years, and a reported year that
 * disagrees with the date of the event.
 *
 *   "ngày 31/02/2022", "ngày 15/13/2022"       → error: no such day
 *   "năm 20221"                                → error: no such year
 *   "Ngày 10/3/2022, … tổng kết năm 2023"      → warning: a year reviewed before it ended
 *   "Ngày 10/1/2023, … tổng kết năm 2022"      → consistent
 */
import type { Finding, Span } from "../schema.js";
import { edgeAfter, named, rx } from "../text/rx.js";
import { finding, type CheckCtx } from "./util.js";

const DMY = named("check.date-dmy", rx`${edgeAfter("/.\\-")}(?<d>\d{1,2})[/.\-](?<m>\d{1,2})[/.\-](?<y>\d{4})(?![\p{N}/])`);
const BAD_YEAR = named("check.date-year", rx`(?<![\p{L}\p{M}\p{N}])năm\s+(?<y>\d{5,6}|0\d{3})(?![\p{N}.,])`);
const REVIEW = named("check.date-review", rx`(?<![\p{L}\p{M}\p{N}])tổng\s+kết\s+(?:công\s+tác\s+|hoạt\s+động\s+|phong\s+trào\s+)?năm\s+(?<y>\d{4})(?![\p{N}])`);

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function checkDates(ctx: CheckCtx): Finding[] {
  const out: Finding[] = [];
  const flagged: Span[] = [];
  const overlaps = (s: Span) => flagged.some((f) => s.start < f.end && f.start < s.end);
  const impossible = (span: Span, text: string) => {
    if (overlaps(span)) return;
    flagged.push(span);
    out.push(
      finding("dates.impossible", "error", `Ngày tháng không thể có: "${text}".`, `Impossible date: "${text}".`, [], { spans: [span], found: text }),
    );
  };
  for (const d of ctx.report.dates) if (d.invalid) impossible(d.span, d.text);
  const key = ctx.doc.key;
  DMY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DMY.exec(key))) {
    const d = Number(m.groups!.d);
    const mo = Number(m.groups!.m);
    const y = Number(m.groups!.y);
    if (y < 1900 || y > 2100) continue; // not a date: "1/2/3456" is more likely an identifier
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo)) continue;
    if (mo < 1 || d < 1) continue;
    impossible(ctx.doc.span(m.index, m.index + m[0].length), ctx.doc.text(m.index, m.index + m[0].length));
  }
  BAD_YEAR.lastIndex = 0;
  while ((m = BAD_YEAR.exec(key))) impossible(ctx.doc.span(m.index, m.index + m[0].length), ctx.doc.text(m.index, m.index + m[0].length));

  // the year a review covers against the event date
  const date = ctx.report.event.date;
  const dm = date ? /^(\d{4})(?:-(\d{2}))?/.exec(date) : null;
  if (dm) {
    const dy = Number(dm[1]);
    const dmon = dm[2] ? Number(dm[2]) : undefined;
    REVIEW.lastIndex = 0;
    while ((m = REVIEW.exec(key))) {
      const y = Number(m.groups!.y);
      const early = dy < y || (dy === y && dmon !== undefined && dmon < 7);
      const late = dy > y + 1;
      if (!early && !late) continue;
      const span = ctx.doc.span(m.index, m.index + m[0].length);
      const ev = ctx.report.event.dateEvidence;
      out.push(
        finding(
          "dates.year",
          "warning",
          `Tổng kết năm ${y} nhưng sự kiện diễn ra ngày ${date}.`,
          `A review of the year ${y}, but the event is dated ${date}.`,
          [],
          { spans: ev ? [span, ev.span] : [span], expected: `${y}-07 … ${y + 1}-12`, found: date! },
        ),
      );
    }
    REVIEW.lastIndex = 0;
  }
  return out;
}
