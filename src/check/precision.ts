/**
 * The precision a figure was written with, as an interval of the values it may stand for.
 *
 *   "217%"            → 216,5 … 218    (rounded, or cut, at its last digit)
 *   "90,27%"          → 90,265 … 90,28
 *   "120 người"       → 120 … 120      (a count or amount written in full is exact)
 *   "3,247 tỉ đồng"   → ± 0,0005 tỉ    (half of its last written decimal)
 *   "4 tỷ đồng"       tight: ± 1,5% (0,06 tỷ); coarse: ± 4% (0,16 tỷ) — "4 tỷ" is not read as
 *                     anything from 3,5 to 4,5 tỷ: a writer who meant 3,6 would write 3,6
 *   "khoảng 2,3 tỉ"   ± 5% (coarse: ± 10%);  "hơn 300 người" → 300 … 400;  "dưới 5.000" → 4.000 … 5.000
 *   "ước đạt 1.248 triệu USD"  tight: as written (± 0,5 triệu); coarse: ± 2% — an estimate, not a round figure
 *   "ước đạt 1.200.000 tấn"    tight: ± 1,5% (half its last non-zero place, 50.000, capped); coarse: ± 2%
 *
 * Two readings: `tight` (the figure as written) and `coarse` (the widest rounding a writer
 * plausibly used). A contradiction under both is an error (when the relation is explicit); one
 * that only the coarse reading explains is a warning.
 */
import type { Figure, RelationMember } from "../schema.js";
import { ESTIMATE_QUALIFIERS } from "../lexicon/numbers.js";

export type Reading = "tight" | "coarse";
export type Interval = [number, number];

export interface Quantity {
  value: number;
  text: string;
  kind?: Figure["kind"];
  bound?: Figure["bound"];
  approx?: boolean;
  /** An amount told as an estimate ("ước đạt 1.248 triệu USD"): see {@link range}. */
  estimate?: boolean;
}

const ESTIMATE_ONLY = new Set(ESTIMATE_QUALIFIERS);
/** Whether the words before a figure's number are only an estimate word ("ước đạt", not "ước khoảng"). */
function estimateOnly(text: string): boolean {
  const d = text.search(/\d/);
  return d > 0 && ESTIMATE_ONLY.has(text.slice(0, d).normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim());
}

/** A relation member as a quantity (with its figure's kind and qualifiers when it is one). */
export function quantity(m: RelationMember, byId: Map<string, Figure>, value = m.value ?? NaN): Quantity {
  const f = m.figure ? byId.get(m.figure) : undefined;
  // a member that is no figure carries its qualifier in its text: "hơn 3 lần", "khoảng 2,5%"
  const lead = f ? undefined : /^\s*(khoảng|gần|xấp xỉ|ước|hơn|trên|dưới|chưa đến)\s/u.exec(m.text.normalize("NFC").toLowerCase())?.[1];
  // an amount "ước đạt …" is an estimate: read as such, not as "about" (a percent keeps its reading)
  const estimate = f !== undefined && f.bound === "about" && f.kind !== "percent" && estimateOnly(f.text);
  const bound = estimate ? undefined : (f?.bound ?? (lead ? (/^(?:hơn|trên)$/.test(lead) ? "lower" : /^(?:dưới|chưa đến)$/.test(lead) ? "upper" : "about") : undefined));
  return {
    value,
    text: m.text,
    ...(f ? { kind: f.kind } : /%/.test(m.text) ? { kind: "percent" as const } : {}),
    ...(bound ? { bound } : {}),
    ...(f?.approx && !estimate ? { approx: true } : {}),
    ...(estimate ? { estimate: true } : {}),
  };
}

/** The digits as written for this value: "1.615" in "1.615 tỷ đồng"; "412" (not "156") for the whole of "156/412". */
export function writtenDigits(q: Quantity): string | undefined {
  const runs = q.text.match(/\d(?:[\d.,]*\d)?/g);
  if (!runs) return undefined;
  const v = Math.abs(q.value);
  for (const r of runs) {
    const n = Number(r.replace(/[.,]/g, "").replace(/^0+(?=\d)/, ""));
    if (!n) continue;
    const ratio = v / n;
    if (ratio > 0 && Math.abs(Math.log10(ratio) - Math.round(Math.log10(ratio))) < 1e-9) return r.replace(/[.,]/g, "").replace(/^0+(?=\d)/, "");
  }
  return runs[0]!.replace(/[.,]/g, "").replace(/^0+(?=\d)/, "");
}

/** The value of one unit of the last written digit, and of the last significant one. */
function units(q: Quantity): { unit: number; sig: number; exact: boolean } {
  const d = writtenDigits(q);
  const v = Math.abs(q.value);
  if (!d || !v) return { unit: 0, sig: 0, exact: true };
  const n = Number(d);
  if (!n) return { unit: 0, sig: 0, exact: true };
  const unit = v / n;
  const zeros = /0*$/.exec(d)![0].length;
  const sig = unit * 10 ** Math.min(zeros, d.length - 1);
  return { unit, sig, exact: q.kind !== "percent" && Math.abs(n - v) < 1e-9 };
}

/** The values a stated figure may stand for, under a reading. */
export function range(q: Quantity, reading: Reading): Interval {
  const v = q.value;
  const a = Math.abs(v);
  const { unit, sig, exact } = units(q);
  if (q.kind === "percent") {
    // rounded at its last digit, or cut ("66,6%" for 2/3)
    let lo = v - unit / 2;
    let hi = v + unit;
    if (q.bound === "about") [lo, hi] = [lo - Math.max(unit, reading === "tight" ? 1 : 2), hi + Math.max(unit, reading === "tight" ? 1 : 2)];
    else if (q.bound === "lower") hi = v + Math.max(sig, 5);
    else if (q.bound === "upper") lo = v - Math.max(sig, 5);
    return [lo, hi];
  }
  // an amount written in full may still be rounded to its units ("tăng 5 yên"): only in the coarse reading
  const half = exact ? (reading === "coarse" && q.kind !== "count" ? 0.5 * (a >= 1 ? 1 : 0) : 0) : unit / 2;
  const h = Math.min(half, (reading === "tight" ? 0.015 : 0.04) * a);
  let lo = v - h;
  let hi = v + h;
  if (q.bound === "about") {
    const w = reading === "tight" ? Math.max(h, 0.05 * a) : Math.max(sig / 2, 0.1 * a);
    lo = v - w;
    hi = v + w;
  } else if (q.bound === "lower") hi = v + (reading === "tight" ? Math.max(sig / 2, 0.05 * a) : Math.max(sig, 0.1 * a));
  else if (q.bound === "upper") lo = v - (reading === "tight" ? Math.max(sig / 2, 0.05 * a) : Math.max(sig, 0.1 * a));
  else if (q.estimate) {
    // An estimate ("ước đạt 1.248 triệu USD") is a number the writer worked out to the digits
    // written, not a round one (that is "khoảng", ± 5% / ± 10%): the rate or percent stated beside
    // it was worked out from it, so the two agree to its rounding (tight: as written). The coarse
    // reading allows ± 2% of it (the slack of an `approx` figure): a report may pair a forecast with
    // a rate worked out from an earlier one, which moves its last digits, a growth rate by about 2
    // points; not by 6,7 ("ước đạt 1.248 …, tăng 15,6% so với … 1.146": 8,9%, an error).
    // Trailing zeros are no digits worked out ("ước đạt 1.200.000 tấn" is not to the tấn): tight,
    // half the place of the last non-zero digit, at most ± 1,5% (as "1,2 triệu tấn" is read).
    const t = Math.max(h, Math.min(sig / 2, 0.015 * a));
    lo = v - (reading === "coarse" ? Math.max(t, 0.02 * a) : t);
    hi = v + (reading === "coarse" ? Math.max(t, 0.02 * a) : t);
  } else if (q.approx) {
    lo = v - Math.max(h, 0.02 * a);
    hi = v + Math.max(h, 0.02 * a);
  }
  return [lo, hi];
}

export function sum(xs: readonly Interval[]): Interval {
  return xs.reduce<Interval>(([a, b], [c, d]) => [a + c, b + d], [0, 0]);
}

/** a ÷ b for intervals with b > 0. */
export function ratio([a, b]: Interval, [c, d]: Interval): Interval {
  const lo = c > 0 ? Math.min(a / c, a / d) : -Infinity;
  const hi = c > 0 ? Math.max(b / c, b / d) : Infinity;
  return [Math.min(lo, hi), Math.max(lo, hi)];
}

export function overlaps([a, b]: Interval, [c, d]: Interval): boolean {
  const eps = 1e-9 * Math.max(1, ...[a, b, c, d].filter(Number.isFinite).map(Math.abs));
  return a <= d + eps && c <= b + eps;
}

export type Verdict = "ok" | "doubtful" | "contradiction";

/** Whether what is stated fits what the other figures give, under the tight and the coarse reading. */
export function judge(stated: (r: Reading) => Interval, computed: (r: Reading) => Interval): Verdict {
  if (overlaps(stated("tight"), computed("tight"))) return "ok";
  return overlaps(stated("coarse"), computed("coarse")) ? "doubtful" : "contradiction";
}

/** How much rounding a list of figures carries (for sums of percents): Σ half units. */
export function halfUnits(qs: readonly Quantity[]): number {
  return qs.reduce((t, q) => t + units(q).unit / 2, 0);
}
