/**
 * period.review — a review held before the period it reviews could be reviewed.
 *
 *   "Ngày 12/01/2023 … tổng kết công tác năm 2023"          → error: 11 days into the year reviewed
 *   "Sáng 18/01/2024 … sơ kết 6 tháng đầu năm 2024"         → error
 *   "Ngày 05/7/2023 … sơ kết … quý III năm 2023"            → error: 4 days into the quarter
 *   "Sáng 22/12/2023 … tổng kết năm 2023"                   → consistent: year-end reviews are held in December
 *   "Ngày 10/01/2024 … tổng kết … năm 2023"                 → consistent
 *   "khai giảng năm học 2023-2024" on 05/9/2022             → error: a year before the school year
 * In the period's last month (last ten days for a quarter) or after: consistent; a fortnight
 * before that: warning; earlier: error (when the date is the review's own, else warning).
 */
import type { Finding, RelationPeriod } from "../schema.js";
import { DAY, dayMs as t, dmy, finding, role, type CheckCtx } from "./util.js";
import { reportBefore } from "./period-report.js";


export function checkPeriods(ctx: CheckCtx): Finding[] {
  const out: Finding[] = [];
  for (const r of ctx.relations) {
    if (r.kind !== "period") continue;
    const f = r.rule === "relate.period.opening" ? opening(r) : r.rule === "relate.period.report" ? reportBefore(r) : review(r);
    if (f) out.push(f);
  }
  return out;
}

function review(r: RelationPeriod): Finding | undefined {
  const p = role(r, "period");
  const e = role(r, "event");
  if (!p?.from || !p.to || !e?.from) return undefined;
  const from = t(p.from);
  const to = t(p.to);
  const at = t(e.from);
  if (![from, to, at].every(Number.isFinite)) return undefined;
  const len = to - from + DAY;
  // a review is held in the period's last month (its last days for a quarter) or after it:
  // year-end reviews in December, half-year reviews from June. Earlier than that and a fortnight
  // more, the period reviewed has not run its course.
  // (a term of several years is reviewed in its last year: "tổng kết nhiệm kỳ 2015-2017" in mid-2017)
  const grace = (len > 400 * DAY ? 366 : len >= 150 * DAY ? 31 : 10) * DAY;
  let severity: Finding["severity"] | undefined;
  if (at < to - grace - 15 * DAY) severity = r.certainty === "explicit" ? "error" : "warning";
  else if (at < to - grace) severity = "warning";
  if (!severity) return undefined;
  const days = Math.round((at - from) / DAY);
  const when = at < from ? { vi: `trước khi kỳ bắt đầu ${Math.round((from - at) / DAY)} ngày`, en: `${Math.round((from - at) / DAY)} days before it starts` } : { vi: `khi kỳ mới qua ${days} ngày`, en: `${days} days into it` };
  const arith = {
    vi: `${r.cue?.text ?? "tổng kết"} ${p.text} (${dmy(p.from)}–${dmy(p.to)}) vào ngày ${dmy(e.from)}, ${when.vi}`,
    en: `${r.cue?.text ?? "review"} ${p.text} (${p.from} to ${p.to}) held on ${e.from}, ${when.en}`,
  };
  return finding("period.review", severity, { vi: `Kỳ được tổng kết chưa kết thúc: ${arith.vi}.`, en: `The period reviewed has not ended: ${arith.en}.` }, r, [p, e], {
    expected: `≥ ${dmy(new Date(to - grace).toISOString().slice(0, 10))}`,
    found: dmy(e.from),
    arithmetic: arith,
  });
}

function opening(r: RelationPeriod): Finding | undefined {
  const p = role(r, "opening");
  const e = role(r, "event");
  if (!p?.from || !e?.from) return undefined;
  const from = t(p.from);
  const at = t(e.from);
  // an opening ceremony is held from August to early October of the school year's first year
  if (at >= from - 45 * DAY && at <= from + 60 * DAY) return undefined;
  const arith = { vi: `khai giảng ${p.text} vào ngày ${dmy(e.from)}`, en: `the opening of ${p.text} held on ${e.from}` };
  return finding("period.review", r.certainty === "explicit" ? "error" : "warning", { vi: `Ngày khai giảng không thuộc năm học: ${arith.vi}.`, en: `The opening is not in its school year: ${arith.en}.` }, r, [p, e], {
    expected: `${p.from.slice(0, 4)}-08 … ${p.from.slice(0, 4)}-10`,
    found: e.from,
    arithmetic: arith,
  });
}
