/**
 * growth.delta / growth.direction for a change of a rate in percentage points (relate/growth-points.ts):
 * the later rate less the earlier one against the points stated.
 *
 *   "giảm từ 5,2% xuống 3,8%, giảm 1,2 điểm phần trăm"          → error: 5,2 − 3,8 = 1,4 điểm
 *   "đạt 98,6%, tăng 2,5 điểm phần trăm so với … (95,1%)"     → error: 98,6 − 95,1 = 3,5 điểm
 *   "giảm từ 5,2% xuống 3,8%, tăng 1,4 điểm phần trăm"          → error (growth.direction): a fall
 *   "từ 54,3% lên 62,5%, tăng 15,1 điểm phần trăm"              → warning: 8,2 points; 15,1 is the
 *                                                                relative change (62,5 ÷ 54,3 = 1,151),
 *                                                                a slip of the unit more than a wrong figure
 */
import type { Finding, RelationGrowth, RelationMember } from "../schema.js";
import { judge, quantity, range, ratio, type Interval, type Reading } from "./precision.js";
import { finding, fmt, role, severityOf, type CheckCtx } from "./util.js";

export function checkPoints(ctx: CheckCtx, r: RelationGrowth): Finding[] {
  const a = role(r, "value");
  const b = role(r, "base");
  const d = role(r, "delta");
  if (!a || !b || !d || a.value === undefined || b.value === undefined || d.value === undefined || !(d.value > 0)) return [];
  const sign = r.direction === "up" ? 1 : -1;
  const { R, points: change, relative } = changes(ctx, a, b, sign);
  const v = judge(R(d), change);
  let sev = severityOf(v, r.certainty);
  if (!sev) return [];
  const diff = a.value - b.value;
  const num = (x: number, lang: "vi" | "en") => fmt(Math.round(x * 1000) / 1000, lang);
  const said = { vi: `${sign > 0 ? "tăng" : "giảm"} ${d.text}`, en: `${sign > 0 ? "a rise of" : "a fall of"} ${d.text}` };
  const [hi, lo] = diff >= 0 ? [a.value, b.value] : [b.value, a.value];
  const arith = {
    vi: `${num(hi, "vi")}% − ${num(lo, "vi")}% = ${num(hi - lo, "vi")} điểm phần trăm: ${diff >= 0 ? "tăng" : "giảm"} ${num(hi - lo, "vi")} điểm, không phải ${said.vi}`,
    en: `${num(hi, "en")}% − ${num(lo, "en")}% = ${num(hi - lo, "en")} percentage points: ${diff >= 0 ? "a rise" : "a fall"} of ${num(hi - lo, "en")} points, not ${said.en}`,
  };
  // the wrong way under every reading
  if (sign * diff < 0 && judge(() => [0, Infinity], change) !== "ok")
    return [wrongWay(sev, r, sign, d, a, b, arith, Math.round(diff * 1000) / 1000, sign * d.value)];
  // the points are the relative change: a slip of the unit ("tăng 15,1 điểm phần trăm" for 15,1%)
  const slip = b.value > 0 && judge(R(d), relative) === "ok";
  if (slip) sev = "warning";
  const also = slip
    ? { vi: ` (${num(d.value, "vi")} là mức thay đổi tương đối, ${num(a.value, "vi")} ÷ ${num(b.value, "vi")} = ${fmt(a.value / b.value, "vi", 3)}, tính bằng %)`, en: ` (${num(d.value, "en")} is the relative change, ${num(a.value, "en")} ÷ ${num(b.value, "en")} = ${fmt(a.value / b.value, "en", 3)}, in percent)` }
    : { vi: "", en: "" };
  return [
    finding(
      "growth.delta",
      sev,
      { vi: `Mức ${sign > 0 ? "tăng" : "giảm"} ${d.text} không khớp với ${a.text} và ${b.text}: ${arith.vi}${also.vi}.`, en: `A change of ${d.text} does not match ${a.text} against ${b.text}: ${arith.en}${also.en}.` },
      r,
      [d, a, b],
      { expected: Math.round(Math.abs(diff) * 1000) / 1000, found: d.value, arithmetic: arith },
    ),
  ];
}

/**
 * growth.rate / growth.direction for a percent beside two rates (relate.growth.points-rate): the
 * relative change ("giảm từ 5,2% xuống 3,8%, giảm 26,9%") or the points told with "%" ("…, giảm
 * 1,4%", a common slip of the unit) — either reading that holds is right; a finding only when
 * neither does ("…, giảm 2%": 26,9% or 1,4 points).
 */
export function checkPointsRate(ctx: CheckCtx, r: RelationGrowth): Finding[] {
  const a = role(r, "value");
  const b = role(r, "base");
  const p = role(r, "rate");
  if (!a || !b || !p || a.value === undefined || b.value === undefined || p.value === undefined || !(b.value > 0) || !(p.value > 0)) return [];
  const sign = r.direction === "up" ? 1 : -1;
  const { R, points, relative } = changes(ctx, a, b, sign);
  const v1 = judge(R(p), relative);
  const v2 = judge(R(p), points);
  if (v1 === "ok" || v2 === "ok") return [];
  const sev = severityOf(v1 === "doubtful" || v2 === "doubtful" ? "doubtful" : "contradiction", r.certainty);
  if (!sev) return [];
  const num = (x: number, lang: "vi" | "en") => fmt(Math.round(x * 100) / 100, lang);
  const diff = a.value - b.value;
  const rel = (a.value / b.value - 1) * 100;
  const word = (x: number, lang: "vi" | "en") => (x >= 0 ? (lang === "vi" ? "tăng" : "a rise of") : lang === "vi" ? "giảm" : "a fall of");
  const said = { vi: `${sign > 0 ? "tăng" : "giảm"} ${p.text}`, en: `${sign > 0 ? "a rise of" : "a fall of"} ${p.text}` };
  const arith = {
    vi: `${num(a.value, "vi")} ÷ ${num(b.value, "vi")} = ${fmt(a.value / b.value, "vi", 3)}: ${word(rel, "vi")} ${num(Math.abs(rel), "vi")}% (hay ${num(Math.abs(diff), "vi")} điểm phần trăm), không phải ${said.vi}`,
    en: `${num(a.value, "en")} ÷ ${num(b.value, "en")} = ${fmt(a.value / b.value, "en", 3)}: ${word(rel, "en")} ${num(Math.abs(rel), "en")}% (or ${num(Math.abs(diff), "en")} percentage points), not ${said.en}`,
  };
  // the wrong way under every reading
  if (sign * diff < 0 && judge(() => [0, Infinity], points) !== "ok")
    return [wrongWay(sev, r, sign, p, a, b, arith, Math.round(rel * 100) / 100, sign * p.value)];
  return [
    finding("growth.rate", sev, { vi: `${a.text} so với ${b.text}: ${arith.vi}.`, en: `${a.text} against ${b.text}: ${arith.en}.` }, r, [p, a, b], {
      expected: Math.round(Math.abs(rel) * 100) / 100,
      found: p.value,
      arithmetic: arith,
    }),
  ];
}

/**
 * The change from the earlier rate b to the later a under a reading, signed the way the text says it
 * goes (`sign`): in points (a − b) and relative ((a ÷ b − 1) × 100); `R` reads a member's interval.
 */
function changes(ctx: CheckCtx, a: RelationMember, b: RelationMember, sign: number) {
  const R = (m: RelationMember) => (x: Reading) => range(quantity(m, ctx.byId), x);
  const signed = (lo: number, hi: number): Interval => [Math.min(sign * lo, sign * hi), Math.max(sign * lo, sign * hi)];
  const points = (x: Reading): Interval => {
    const [alo, ahi] = R(a)(x);
    const [blo, bhi] = R(b)(x);
    return signed(alo - bhi, ahi - blo);
  };
  const relative = (x: Reading): Interval => {
    const [lo, hi] = ratio(R(a)(x), R(b)(x));
    return signed((lo - 1) * 100, (hi - 1) * 100);
  };
  return { R, points, relative };
}

/** growth.direction: the rates go the other way than the change `said` (its member) tells. */
function wrongWay(
  sev: NonNullable<ReturnType<typeof severityOf>>,
  r: RelationGrowth,
  sign: number,
  said: RelationMember,
  a: RelationMember,
  b: RelationMember,
  arith: { vi: string; en: string },
  expected: number,
  found: number,
): Finding {
  const diff = a.value! - b.value!;
  return finding(
    "growth.direction",
    sev,
    { vi: `${a.text} ${diff < 0 ? "thấp hơn" : "cao hơn"} ${b.text}, nên là ${diff < 0 ? "giảm" : "tăng"}, không phải ${sign > 0 ? "tăng" : "giảm"}: ${arith.vi}.`, en: `${a.text} is ${diff < 0 ? "below" : "above"} ${b.text}: ${diff < 0 ? "a fall" : "a rise"}, not ${sign > 0 ? "a rise" : "a fall"}: ${arith.en}.` },
    r,
    [said, a, b],
    { expected, found, arithmetic: arith },
  );
}
