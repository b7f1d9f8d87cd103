/**
 * period.review for a periodic report (relate/period-report.ts): a report of a month issued before that
 * month began.
 *
 *   "Ngày 18/9/2025, … ban hành Báo cáo … tháng 10 và 10 tháng năm 2025"   → error: October had not begun
 *   "Ngày 25/9/2025, … công bố báo cáo … tháng 9 và 9 tháng năm 2025"      → consistent (estimates are
 *                                                                            issued in the month itself)
 *   "Ngày 6/10/2025, … công bố báo cáo … tháng 9/2025"                    → consistent
 */
import type { Finding, RelationPeriod } from "../schema.js";
import { DAY, dayMs as t, dmy, finding, role } from "./util.js";


export function reportBefore(r: RelationPeriod): Finding | undefined {
  const p = role(r, "period");
  const e = role(r, "event");
  if (!p?.from || !p.to || !e?.from) return undefined;
  // the first day of the period's last month
  const last = `${p.to.slice(0, 7)}-01`;
  const begins = t(last);
  const at = t(e.from);
  if (!Number.isFinite(begins) || !Number.isFinite(at) || at >= begins) return undefined;
  const days = Math.round((begins - at) / DAY);
  const arith = {
    vi: `báo cáo ${p.text} (${dmy(p.from)}–${dmy(p.to)}) ban hành ngày ${dmy(e.from)}, ${days} ngày trước khi tháng ${dmy(last).slice(3)} bắt đầu`,
    en: `the report of ${p.text} (${p.from} to ${p.to}) issued on ${e.from}, ${days} days before its last month begins`,
  };
  return finding("period.review", r.certainty === "explicit" ? "error" : "warning", { vi: `Báo cáo được ban hành trước kỳ báo cáo: ${arith.vi}.`, en: `The report is issued before the period it reports on: ${arith.en}.` }, r, [p, e], {
    expected: `≥ ${dmy(last)}`,
    found: dmy(e.from),
    arithmetic: arith,
  });
}
