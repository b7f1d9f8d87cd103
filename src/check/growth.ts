/**
 * growth.rate / growth.direction / growth.multiple / growth.delta / growth.over-100 — a change
 * against the value and the base stated.
 *
 *   "đạt 2.195 tỷ đồng, tăng 35% so với năm 2015 (1.435 tỷ đồng)"  → error: 2.195 ÷ 1.435 = 1,53: tăng 53%
 *   "1.126 vụ, tăng 8,4% so với năm 2022 (1.229 vụ)"              → error: 1.126 < 1.229, a fall
 *   "từ 41.250 ha lên 115.500 ha (gấp 3,8 lần)"                    → error: 115.500 ÷ 41.250 = 2,8 lần
 *   "đạt 721,89 điểm, tăng 3,03 điểm (tương đương 4,2%)"          → error: 3,03 ÷ 718,86 = 0,42%
 *   "giảm 130% so với năm trước"                                   → warning: a fall of more than 100%
 *   "đạt 520 tỷ đồng, bằng 108,6% so với cùng kỳ (450 tỷ đồng)"   → error (growth.rate): 520 ÷ 450 = 115,6%
 *   "2.480 em, tăng 380 em so với năm học trước (2.150 em)"        → error (growth.delta): 2.480 − 2.150 = 330
 *   "47 vụ cháy, giảm 8 vụ so với năm 2023 (39 vụ)"               → error (growth.direction): 47 > 39, a rise
 */
import type { Finding, RelationGrowth, RelationMember } from "../schema.js";
import { judge, quantity, range, ratio, type Interval, type Reading, type Verdict } from "./precision.js";
import { finding, fmt, role, roles, roundLike, severityOf, shown, type CheckCtx } from "./util.js";
import { twoWays } from "./growth-ways.js";
import { checkPoints, checkPointsRate } from "./growth-points.js";

export function checkGrowth(ctx: CheckCtx): Finding[] {
  const out: Finding[] = [];
  for (const r of ctx.relations) {
    if (r.kind !== "growth") continue;
    // "bằng 115% so với cùng kỳ, tăng 25%": a ratio and a rate of one change (growth-ways.ts)
    if (r.rule === "relate.growth.two-ways") out.push(...twoWays(ctx, r));
    // "giảm từ 5,2% xuống 3,8%, giảm 1,2 điểm phần trăm": a change in points (growth-points.ts)
    else if (r.rule === "relate.growth.points") out.push(...checkPoints(ctx, r));
    else if (r.rule === "relate.growth.points-rate") out.push(...checkPointsRate(ctx, r));
    else if (r.measure === "rate") out.push(...rate(ctx, r));
    else if (r.measure === "multiple") out.push(...multiple(ctx, r));
    else if (r.measure === "delta-rate") out.push(...deltaRate(ctx, r));
    else if (r.measure === "ratio") out.push(...ratioOfBase(ctx, r));
    else if (r.measure === "delta") out.push(...deltaOfBase(ctx, r));
  }
  return out;
}

const R = (ctx: CheckCtx, m: RelationMember) => (x: Reading) => range(quantity(m, ctx.byId), x);

/** The change from base `b` to value `a` under a reading, signed the way the text says it goes (sign 1: a rise). */
const changeBetween = (ctx: CheckCtx, a: RelationMember, b: RelationMember, sign: number) => (x: Reading): Interval => {
  const [alo, ahi] = R(ctx, a)(x);
  const [blo, bhi] = R(ctx, b)(x);
  const lo = sign * (sign > 0 ? alo - bhi : ahi - blo);
  const hi = sign * (sign > 0 ? ahi - blo : alo - bhi);
  return [Math.min(lo, hi), Math.max(lo, hi)];
};

function rate(ctx: CheckCtx, r: RelationGrowth): Finding[] {
  const p = role(r, "rate");
  if (!p || p.value === undefined) return [];
  if (r.direction === "down" && p.value > 100 && !ctx.byId.get(p.figure ?? "")?.bound)
    return [
      finding("growth.over-100", "warning", { vi: `Giảm ${p.text}: một lượng không âm không thể giảm quá 100%.`, en: `A fall of ${p.text}: a quantity that cannot be negative cannot fall by more than 100%.` }, r, [p], {
        expected: "≤ 100",
        found: p.value,
        arithmetic: { vi: `${p.text} > 100%`, en: `${p.text} > 100%` },
      }),
    ];
  const a = role(r, "value");
  const b = role(r, "base");
  if (!a || !b || a.value === undefined || b.value === undefined || !(b.value > 0) || a.value < 0) return [];
  const sign = r.direction === "up" ? 1 : -1;
  const changeOf = (a: RelationMember, b: RelationMember) => (x: Reading): Interval => {
    const [lo, hi] = ratio(R(ctx, a)(x), R(ctx, b)(x));
    const u = [sign * (lo - 1) * 100, sign * (hi - 1) * 100];
    return [Math.min(u[0]!, u[1]!), Math.max(u[0]!, u[1]!)];
  };
  const change = changeOf(a, b);
  const v = judge(R(ctx, p), change);
  const other = otherReadings(r, a, b, (a2, b2) => judge(R(ctx, p), changeOf(a2, b2)), (a2, b2) => signed(roundLike((a2 / b2 - 1) * 100, p)));
  const sev = other.ok ? null : severityOf(other.doubtful ? "doubtful" : v, r.certainty);
  if (!sev) return [];
  const exact = (a.value / b.value - 1) * 100;
  const wrongWay = sign * exact < 0 && judge((x) => [0, Infinity], (x) => change(x)) !== "ok";
  const u = shown(a);
  const q = `${fmt(a.value / u.scale, "vi")} ÷ ${fmt(b.value / u.scale, "vi")} = ${fmt(a.value / b.value, "vi", 3)}`;
  const qe = `${fmt(a.value / u.scale, "en")} ÷ ${fmt(b.value / u.scale, "en")} = ${fmt(a.value / b.value, "en", 3)}`;
  const word = (x: number, lang: "vi" | "en") => (x >= 0 ? (lang === "vi" ? "tăng" : "a rise of") : lang === "vi" ? "giảm" : "a fall of");
  const said = { vi: `${r.direction === "up" ? "tăng" : "giảm"} ${p.text}`, en: `${r.direction === "up" ? "a rise of" : "a fall of"} ${p.text}` };
  const arith = {
    vi: `${q}: ${word(exact, "vi")} ${fmt(Math.abs(roundLike(exact, p)), "vi")}%, không phải ${said.vi}${other.vi}`,
    en: `${qe}: ${word(exact, "en")} ${fmt(Math.abs(roundLike(exact, p)), "en")}%, not ${said.en}${other.en}`,
  };
  if (wrongWay)
    return [
      finding(
        "growth.direction",
        sev,
        { vi: `${a.text} ${exact < 0 ? "nhỏ hơn" : "lớn hơn"} ${b.text}, nên là ${exact < 0 ? "giảm" : "tăng"}, không phải ${r.direction === "up" ? "tăng" : "giảm"}: ${arith.vi}.`, en: `${a.text} is ${exact < 0 ? "less" : "more"} than ${b.text}: ${exact < 0 ? "a fall" : "a rise"}, not ${r.direction === "up" ? "a rise" : "a fall"}: ${arith.en}.` },
        r,
        [p, a, b],
        { expected: roundLike(exact, p), found: sign * p.value, arithmetic: arith },
      ),
    ];
  return [
    finding(
      "growth.rate",
      sev,
      { vi: `${a.text} so với ${b.text}: ${arith.vi}.`, en: `${a.text} against ${b.text}: ${arith.en}.` },
      r,
      [p, a, b],
      { expected: roundLike(sign * exact, p), found: p.value, arithmetic: arith },
    ),
  ];
}

function multiple(ctx: CheckCtx, r: RelationGrowth): Finding[] {
  const a = role(r, "value");
  const b = role(r, "base");
  const k = role(r, "multiple");
  if (!a || !b || !k || a.value === undefined || b.value === undefined || k.value === undefined || !(b.value > 0)) return [];
  const computed = (x: Reading) => ratio(R(ctx, a)(x), R(ctx, b)(x));
  let v = judge(R(ctx, k), computed);
  // "tăng 2 lần": 2 times as many, or 2 times more (3 times as many): either reading holds
  const up = r.rule === "relate.growth.times-up";
  if (v !== "ok" && up) {
    const v2 = judge((x) => R(ctx, k)(x).map((n) => n + 1) as Interval, computed);
    if (v2 === "ok" || v2 === "doubtful") v = v2;
  }
  const sev = severityOf(v, r.certainty);
  if (!sev) return [];
  const u = shown(a);
  const got = a.value / b.value;
  const arith = {
    vi: `${fmt(a.value / u.scale, "vi")} ÷ ${fmt(b.value / u.scale, "vi")} = ${fmt(got, "vi", 2)} lần, không phải ${fmt(k.value, "vi")} lần${up ? ` (cũng không phải ${fmt(k.value + 1, "vi")} lần)` : ""}`,
    en: `${fmt(a.value / u.scale, "en")} ÷ ${fmt(b.value / u.scale, "en")} = ${fmt(got, "en", 2)} times, not ${fmt(k.value, "en")} times${up ? ` (nor ${fmt(k.value + 1, "en")} times)` : ""}`,
  };
  return [finding("growth.multiple", sev, { vi: `${a.text} so với ${b.text}: ${arith.vi}.`, en: `${a.text} against ${b.text}: ${arith.en}.` }, r, [k, a, b], { expected: Math.round(got * 100) / 100, found: k.value, arithmetic: arith })];
}

function deltaRate(ctx: CheckCtx, r: RelationGrowth): Finding[] {
  const d = role(r, "delta");
  const p = role(r, "rate");
  const a = role(r, "value");
  const b0 = role(r, "base");
  if (!d || !p || d.value === undefined || p.value === undefined || (!a && !b0)) return [];
  const sign = r.direction === "up" ? 1 : -1;
  // the base: stated, or the value less the change
  const base = (x: Reading): Interval => {
    if (b0) return R(ctx, b0)(x);
    const [alo, ahi] = R(ctx, a!)(x);
    const [dlo, dhi] = R(ctx, d)(x);
    return sign > 0 ? [alo - dhi, ahi - dlo] : [alo + dlo, ahi + dhi];
  };
  const bv = b0?.value ?? (a!.value! - sign * d.value);
  if (!(bv > 0)) return [];
  const given = (x: Reading): Interval => {
    const [lo, hi] = ratio(R(ctx, d)(x), base(x));
    return [lo * 100, hi * 100];
  };
  const v = judge(R(ctx, p), given);
  const sev = severityOf(v, r.certainty);
  const out: Finding[] = [];
  const u = shown(d);
  if (sev) {
    const exp = (d.value / bv) * 100;
    const baseText = b0 ? fmt(bv / u.scale, "vi") : `(${fmt(a!.value! / u.scale, "vi")} ${sign > 0 ? "−" : "+"} ${fmt(d.value / u.scale, "vi")})`;
    const baseTextEn = b0 ? fmt(bv / u.scale, "en") : `(${fmt(a!.value! / u.scale, "en")} ${sign > 0 ? "−" : "+"} ${fmt(d.value / u.scale, "en")})`;
    const arith = {
      vi: `${fmt(d.value / u.scale, "vi")} ÷ ${baseText} = ${fmt(exp, "vi", 2)}%, không phải ${p.text}`,
      en: `${fmt(d.value / u.scale, "en")} ÷ ${baseTextEn} = ${fmt(exp, "en", 2)}%, not ${p.text}`,
    };
    out.push(finding("growth.delta", sev, { vi: `Mức ${sign > 0 ? "tăng" : "giảm"} ${d.text} so với mức gốc: ${arith.vi}.`, en: `A change of ${d.text} against its base: ${arith.en}.` }, r, [p, d, a, b0], { expected: roundLike(exp, p), found: p.value, arithmetic: arith }));
  }
  // "từ 1,47 tỷ đồng xuống còn 1,39 tỷ đồng", "giảm thêm 80 triệu đồng": the change itself
  if (a?.value !== undefined && b0?.value !== undefined) {
    const dv = judge(R(ctx, d), changeBetween(ctx, a, b0, sign));
    const s2 = severityOf(dv, r.certainty);
    if (s2) {
      const [hi, lo] = a.value >= b0.value ? [a.value, b0.value] : [b0.value, a.value];
      const arith = {
        vi: `${fmt(hi / u.scale, "vi")} − ${fmt(lo / u.scale, "vi")} = ${fmt((hi - lo) / u.scale, "vi")}, không phải ${d.text}`,
        en: `${fmt(hi / u.scale, "en")} − ${fmt(lo / u.scale, "en")} = ${fmt((hi - lo) / u.scale, "en")}, not ${d.text}`,
      };
      out.push(finding("growth.delta", s2, { vi: `Mức ${sign > 0 ? "tăng" : "giảm"} không khớp với hai số trước và sau: ${arith.vi}.`, en: `The change does not match the values before and after: ${arith.en}.` }, r, [d, a, b0], { expected: Math.abs(a.value - b0.value), found: d.value, arithmetic: arith }));
    }
  }
  return out;
}

/**
 * "bằng 108,6% so với cùng kỳ (450 tỷ đồng)": the value as a percent of its base (growth.rate, the
 * same claim as "tăng 8,6%"). A percent that is the change's rate after all ("đạt 8,6% so với cùng
 * kỳ" for a rise of 8,6%: a wording slip, not a wrong figure) is left alone.
 */
function ratioOfBase(ctx: CheckCtx, r: RelationGrowth): Finding[] {
  const p = role(r, "rate");
  const a = role(r, "value");
  const b = role(r, "base");
  if (!p || !a || !b || p.value === undefined || a.value === undefined || b.value === undefined || !(b.value > 0) || a.value < 0) return [];
  const givenOf = (a: RelationMember, b: RelationMember) => (x: Reading): Interval => {
    const [lo, hi] = ratio(R(ctx, a)(x), R(ctx, b)(x));
    return [lo * 100, hi * 100];
  };
  // (a percent that is the change's rate after all fits too: "đạt 8,6% so với cùng kỳ" for a rise of 8,6%)
  const verdict = (a: RelationMember, b: RelationMember): Verdict => {
    const given = givenOf(a, b);
    const v = judge(R(ctx, p), given);
    return v === "ok" || judge(R(ctx, p), (x) => given(x).map((y) => Math.abs(y - 100)) as Interval) === "ok" ? "ok" : v;
  };
  const other = otherReadings(r, a, b, verdict, (a2, b2) => ({ vi: `${fmt(roundLike((a2 / b2) * 100, p), "vi")}%`, en: `${fmt(roundLike((a2 / b2) * 100, p), "en")}%` }));
  const sev = other.ok ? null : severityOf(other.doubtful ? "doubtful" : verdict(a, b), r.certainty);
  if (!sev) return [];
  const got = (a.value / b.value) * 100;
  const u = shown(a);
  const arith = {
    vi: `${fmt(a.value / u.scale, "vi")} ÷ ${fmt(b.value / u.scale, "vi")} = ${fmt(roundLike(got, p), "vi")}%, không phải ${p.text}${other.vi}`,
    en: `${fmt(a.value / u.scale, "en")} ÷ ${fmt(b.value / u.scale, "en")} = ${fmt(roundLike(got, p), "en")}%, not ${p.text}${other.en}`,
  };
  return [finding("growth.rate", sev, { vi: `${a.text} bằng bao nhiêu phần trăm của ${b.text}: ${arith.vi}.`, en: `${a.text} as a percent of ${b.text}: ${arith.en}.` }, r, [p, a, b], { expected: roundLike(got, p), found: p.value, arithmetic: arith })];
}

/**
 * The other readings a growth leaves open, each tried before a value and base are said to disagree:
 * "value-alt", a rate after a list of parts that may be of its last part as well as of the whole
 * ("đạt 42.000 tấn, trong đó khai thác 30.000 tấn, nuôi trồng 12.000 tấn, bằng 105% so với cùng
 * kỳ (40.000 tấn)"), and "base-alt", another figure of the basis year told in words that fit as
 * well. `ok`: one of them fits; `doubtful`: none contradicts outright; `vi`/`en`: what was tried,
 * for the message.
 */
function otherReadings(
  r: RelationGrowth,
  a: RelationMember,
  b: RelationMember,
  verdict: (a: RelationMember, b: RelationMember) => Verdict,
  said: (a: number, b: number) => { vi: string; en: string },
): { ok: boolean; doubtful: boolean; vi: string; en: string } {
  const vs = [a, ...roles(r, "value-alt")];
  const bs = [b, ...roles(r, "base-alt")];
  const tried: { vi: string[]; en: string[] } = { vi: [], en: [] };
  let doubtful = false;
  for (const a2 of vs)
    for (const b2 of bs) {
      if ((a2 === a && b2 === b) || a2.value === undefined || b2.value === undefined || !(b2.value > 0) || a2.value < 0) continue;
      const v = verdict(a2, b2);
      if (v === "ok") return { ok: true, doubtful, vi: "", en: "" };
      if (v === "doubtful") doubtful = true;
      const t = said(a2.value, b2.value);
      tried.vi.push(`${a2.text} so với ${b2.text}: ${t.vi}`);
      tried.en.push(`${a2.text} against ${b2.text}: ${t.en}`);
    }
  return { ok: false, doubtful, vi: tried.vi.length ? ` (cũng đã thử ${tried.vi.join("; ")})` : "", en: tried.en.length ? ` (also tried ${tried.en.join("; ")})` : "" };
}

/** A change in percent with its sign: "+5%", "−70%". */
function signed(x: number): { vi: string; en: string } {
  const sg = x >= 0 ? "+" : "−";
  return { vi: `${sg}${fmt(Math.abs(x), "vi")}%`, en: `${sg}${fmt(Math.abs(x), "en")}%` };
}

/**
 * "2.480 em, tăng 380 em so với năm học trước (2.150 em)": the value less the base against the
 * change stated, its way first (growth.direction), then its size (growth.delta).
 */
function deltaOfBase(ctx: CheckCtx, r: RelationGrowth): Finding[] {
  const b = role(r, "base");
  const d = role(r, "delta");
  if (!b || !d || b.value === undefined || d.value === undefined || !(d.value > 0)) return [];
  const bv = b.value;
  const sign = r.direction === "up" ? 1 : -1;
  // the value, or a list's whole the change may be of (value-alt): either reading that fits is right;
  // when none does, the finding speaks of the first whose change goes the way the text says
  const vs = [role(r, "value"), ...roles(r, "value-alt")].filter((v): v is RelationMember & { value: number } => v?.value !== undefined);
  if (!vs.length) return [];
  if (vs.some((v) => !severityOf(judge(R(ctx, d), changeBetween(ctx, v, b, sign)), r.certainty))) return [];
  const a = vs.find((v) => sign * (v.value - bv) >= 0) ?? vs[0]!;
  const change = changeBetween(ctx, a, b, sign);
  const sev = severityOf(judge(R(ctx, d), change), r.certainty);
  if (!sev) return [];
  const u = shown(a);
  const diff = a.value - b.value;
  const said = { vi: `${sign > 0 ? "tăng" : "giảm"} ${d.text}`, en: `${sign > 0 ? "a rise of" : "a fall of"} ${d.text}` };
  const arith = {
    vi: `${fmt(a.value / u.scale, "vi")} − ${fmt(b.value / u.scale, "vi")} = ${fmt(diff / u.scale, "vi")}: ${diff >= 0 ? "tăng" : "giảm"} ${fmt(Math.abs(diff) / u.scale, "vi")}, không phải ${said.vi}`,
    en: `${fmt(a.value / u.scale, "en")} − ${fmt(b.value / u.scale, "en")} = ${fmt(diff / u.scale, "en")}: ${diff >= 0 ? "a rise of" : "a fall of"} ${fmt(Math.abs(diff) / u.scale, "en")}, not ${said.en}`,
  };
  // the wrong way: the two give a change of the other sign, under every reading
  if (sign * diff < 0 && judge(() => [0, Infinity], change) !== "ok")
    return [
      finding(
        "growth.direction",
        sev,
        { vi: `${a.text} ${diff < 0 ? "nhỏ hơn" : "lớn hơn"} ${b.text}, nên là ${diff < 0 ? "giảm" : "tăng"}, không phải ${sign > 0 ? "tăng" : "giảm"}: ${arith.vi}.`, en: `${a.text} is ${diff < 0 ? "less" : "more"} than ${b.text}: ${diff < 0 ? "a fall" : "a rise"}, not ${sign > 0 ? "a rise" : "a fall"}: ${arith.en}.` },
        r,
        [d, a, b],
        { expected: diff, found: sign * d.value, arithmetic: arith },
      ),
    ];
  return [
    finding("growth.delta", sev, { vi: `Mức ${sign > 0 ? "tăng" : "giảm"} ${d.text} không khớp với ${a.text} và ${b.text}: ${arith.vi}.`, en: `A change of ${d.text} does not match ${a.text} against ${b.text}: ${arith.en}.` }, r, [d, a, b], { expected: Math.abs(diff), found: d.value, arithmetic: arith }),
  ];
}
