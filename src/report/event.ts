/**
 * The event a report is about: its kind and title when stated, its date, host and year.
 *
 * Date: the first full date in the text that is not inside a document reference ("Báo cáo số
 * 250/BC-TCTTTg ngày 02/10/2016"), preferring a day over a month over a year.
 */
import type { Ctx, DateHit, OrgHit } from "../recognize/types.js";

export interface EventInfo {
  kind?: string;
  title?: string;
  date: string | null;
  dateHit?: DateHit;
  host?: string;
  year?: number;
}

export function findEvent(ctx: Ctx, dates: DateHit[], _orgs: OrgHit[]): EventInfo {
  const ok = dates.filter((d) => !d.invalid);
  const best = ok.find((d) => d.precision === "day") ?? ok.find((d) => d.precision === "month") ?? ok[0];
  const firstLine = ctx.sentences[0];
  const title = firstLine ? ctx.doc.norm.slice(firstLine.start, firstLine.end).trim() : undefined;
  const y = /(?<![\p{N}])(?:năm|nam)\s+(\d{4})(?!\p{N})/u.exec(ctx.doc.key);
  return {
    title: title && title.length <= 300 ? title : undefined,
    date: best ? best.value : null,
    dateHit: best,
    year: y ? Number(y[1]) : undefined,
  };
}
