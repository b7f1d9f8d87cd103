/**
 * The rate of a fraction written alone in a bracket at the end of the fraction's clause.
 *
 *   "398/412 học sinh lớp 12 trúng tuyển nguyện vọng 1 (97,1%)"   → 97,1% is the rate of 398/412
 *   "25/30 xã đạt chuẩn nông thôn mới (83,3%)"                     → 83,3% of 25/30
 *   "25/30 xã, tăng so với năm trước (12%)"                        → nothing: another clause
 * The clause may hold numbers no figure holds ("lớp 12", "nguyện vọng 1"): the percent is the figure
 * right after the fraction, so nothing else is counted between them.
 */
import type { Fig, RelateCtx } from "./context.js";
import { named } from "../text/rx.js";

/** One clause (no ",", ";", ":" or bracket), then the bracket that holds the percent alone. */
const CLAUSE_THEN_BRACKET = named("fraction-rate.CLAUSE_THEN_BRACKET", /^[^,;:()\n]{0,160}\(\s{0,2}$/u);
const BRACKET_CLOSES = named("fraction-rate.BRACKET_CLOSES", /^\s{0,2}\)/u);

export function bracketRateAfter(rc: RelateCtx, g: Fig): Fig | undefined {
  const p = rc.figs[g.i + 1];
  if (!p || p.sent !== g.sent || p.f.kind !== "percent" || p.change || p.f.range || p.f.bound) return undefined;
  if (!CLAUSE_THEN_BRACKET.test(rc.key.slice(g.end, p.start))) return undefined;
  return BRACKET_CLOSES.test(rc.key.slice(p.end, p.end + 4)) ? p : undefined;
}

/**
 * The rate of a fraction told at the end of its sentence by ", chiếm N%" with no subject of its own:
 *
 *   "46/52 thôn, bản đặc biệt khó khăn được đầu tư đường giao thông đến trung tâm thôn, chiếm 92,3%."
 *       → 92,3% is the rate of 46/52 (88,5%)
 *   "25/30 xã đạt chuẩn, số hộ nghèo chiếm 3,2%"  → nothing: "chiếm" has its own subject
 *   "25/30 xã đạt chuẩn, chiếm 83,3% số xã của tỉnh" → nothing: a whole of its own (share.ts)
 * The percent is the figure right after the fraction and closes the sentence or its clause.
 */
const CLAUSES_THEN_CHIEM = named("relate.fraction-chiem-rate", /^[^;:()\n]{0,160},\s{0,2}chiếm(?:\s{1,2}tỉ\s{1,2}lệ)?\s{0,2}$/u);
const CLOSES = named("relate.fraction-chiem-closes", /^\s{0,2}(?:$|[.;\n])/u);

export function chiemRateAfter(rc: RelateCtx, g: Fig): Fig | undefined {
  const p = rc.figs[g.i + 1];
  if (!p || p.sent !== g.sent || p.f.kind !== "percent" || p.change || p.f.range || p.f.bound) return undefined;
  if (!CLAUSES_THEN_CHIEM.test(rc.key.slice(g.end, p.start))) return undefined;
  return CLOSES.test(rc.key.slice(p.end, p.end + 4)) ? p : undefined;
}
