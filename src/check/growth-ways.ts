/**
 * growth.rate — one change told as a ratio to its base and as a rate, side by side
 * (relate/growth-ways.ts): the ratio less 100 is the rate, signed the way the text says.
 *
 *   "đạt 1.150 tỷ đồng, bằng 115% so với cùng kỳ, tăng 25%"  → error: 115% − 100% = 15%, not a rise of 25%
 *   "…, bằng 85% so với cùng kỳ (giảm 15%)"                   → nothing: 100% − 85% = 15%
 * Each percent covers the rounding of its last written digit (precision.ts).
 */
import type { Finding, RelationGrowth } from "../schema.js";
import { judge, quantity, range, type Interval, type Reading } from "./precision.js";
import { finding, fmt, role, severityOf, type CheckCtx } from "./util.js";

export function twoWays(ctx: CheckCtx, r: RelationGrowth): Finding[] {
  const q = role(r, "ratio");
  const p = role(r, "rate");
  if (!q || !p || q.value === undefined || p.value === undefined) return [];
  const sign = r.direction === "up" ? 1 : -1;
  // the change the ratio gives, signed the way the rate says it goes
  const change = (x: Reading): Interval => {
    const [lo, hi] = range(quantity(q, ctx.byId), x);
    const a = sign * (lo - 100);
    const b = sign * (hi - 100);
    return [Math.min(a, b), Math.max(a, b)];
  };
  const sev = severityOf(judge((x) => range(quantity(p, ctx.byId), x), change), r.certainty);
  if (!sev) return [];
  const got = q.value - 100;
  const word = { vi: got >= 0 ? "tăng" : "giảm", en: got >= 0 ? "a rise of" : "a fall of" };
  const said = { vi: `${sign > 0 ? "tăng" : "giảm"} ${p.text}`, en: `${sign > 0 ? "a rise of" : "a fall of"} ${p.text}` };
  // (115% − 100% = 15%; 100% − 85% = 15%: no minus sign to print)
  const diff = (lang: "vi" | "en") => (got >= 0 ? `${fmt(q.value!, lang)}% − 100%` : `100% − ${fmt(q.value!, lang)}%`) + ` = ${fmt(Math.abs(got), lang)}%`;
  const arith = {
    vi: `${diff("vi")}: ${word.vi} ${fmt(Math.abs(got), "vi")}%, không phải ${said.vi}`,
    en: `${diff("en")}: ${word.en} ${fmt(Math.abs(got), "en")}%, not ${said.en}`,
  };
  const value = role(r, "value");
  return [
    finding(
      "growth.rate",
      sev,
      { vi: `Hai cách nói một thay đổi không khớp nhau: bằng ${q.text} so với ${r.basis ?? "kỳ gốc"} là ${arith.vi}.`, en: `One change told two ways that disagree: ${q.text} of ${r.basis ?? "the base"} is ${arith.en}.` },
      r,
      [p, q, value],
      { expected: Math.round(sign * got * 100) / 100, found: p.value, arithmetic: arith },
    ),
  ];
}
