/**
 * The arithmetic of a finding, written out for the reader (issue 15).
 *
 *   breakdown.sum, whole "07 nhiệm vụ", parts 03 and 05     → "3 + 5 = 8 ≠ 7"
 *   breakdown.part, a part larger than the whole           → "150 > 120"
 *   plan.ratio, 4 tỷ đồng against a plan of 2 tỷ, "180%"   → "4 ÷ 2 tỷ đồng = 200% ≠ 180%"
 *   growth.rate, 5,5 tỷ against 5 tỷ, "tăng 40%"           → "(5,5 − 5) ÷ 5 tỷ đồng = +10% ≠ +40%"
 *   share.of-whole, 30 of 120, "chiếm 20%"                  → "30 ÷ 120 = 25% ≠ 20%"
 *   anything else with expected/found                       → "found 8 · expected 7"
 *
 * A finding that states its own arithmetic (a string field `arithmetic`) is shown as it is.
 * Roles come from the figures' links (the whole has the parts as children; a percent refers to
 * its actual figure and compares with its basis figure), not from the order of `figures`.
 */
import type { Figure, Finding } from "../schema.js";
import { amount, num, type Lang, type Words } from "./format.js";

const pct = (x: number, lang: Lang, sign = false) => `${sign && x > 0 ? "+" : ""}${num(Math.round(x * 100) / 100, lang)}%`;

export function arithmetic(f: Finding, byId: Map<string, Figure>, lang: Lang, w: Words): string | undefined {
  const own = (f as { arithmetic?: unknown }).arithmetic;
  if (typeof own === "string" && own) return own;
  if (own && typeof own === "object" && typeof (own as Record<string, unknown>)[lang] === "string") return (own as Record<string, string>)[lang];
  const figs = (f.figures ?? []).map((id) => byId.get(id)).filter((x): x is Figure => !!x);
  const family = f.rule.split(".")[0]!;
  try {
    if (family === "breakdown") return breakdown(f, figs, lang);
    if (family === "plan" || family === "growth" || family === "share") {
      const s = ratio(f, figs, lang);
      if (s) return s;
    }
  } catch {
    // fall through to expected/found
  }
  return plain(f, lang, w);
}

function breakdown(f: Finding, figs: Figure[], lang: Lang): string | undefined {
  const ids = new Set(figs.map((x) => x.id));
  const whole = figs.find((x) => x.children?.some((c) => ids.has(c))) ?? figs[0];
  if (!whole) return undefined;
  const parts = figs.filter((x) => x !== whole);
  if (!parts.length) return undefined;
  const cur = whole.kind === "money" ? whole.currency : undefined;
  if (f.rule.endsWith(".part") || parts.length === 1) {
    const a = amount([parts[0]!.value, whole.value], cur, lang);
    return `${a.nums[0]} > ${a.nums[1]}${a.unit}`;
  }
  const sum = parts.reduce((t, p) => t + p.value, 0);
  const a = amount([...parts.map((p) => p.value), sum, whole.value], cur, lang);
  const n = a.nums;
  const exhaustive = whole.breakdown !== "partial";
  return `${n.slice(0, parts.length).join(" + ")} = ${n[parts.length]} ${exhaustive ? "≠" : ">"} ${n[parts.length + 1]}${a.unit}`;
}

function ratio(f: Finding, figs: Figure[], lang: Lang): string | undefined {
  const p = figs.find((x) => x.kind === "percent");
  if (!p) return undefined;
  const actual = figs.find((x) => x.id === p.refersTo) ?? figs.find((x) => x !== p && x.id !== p.comparison?.basisFigure);
  const base = figs.find((x) => x.id === p.comparison?.basisFigure) ?? (actual?.parent ? figs.find((x) => x.id === actual.parent) : undefined);
  if (!actual || !base || !(base.value !== 0)) return undefined;
  const cur = actual.kind === "money" ? actual.currency : undefined;
  const a = amount([actual.value, base.value], cur, lang);
  const q = actual.value / base.value;
  const found = typeof f.found === "number" ? f.found : p.value;
  const rel = p.comparison?.relation;
  if (f.rule.startsWith("growth") || rel === "tăng" || rel === "giảm") {
    const deltaStated = actual.comparison?.relation === "tăng" || actual.comparison?.relation === "giảm";
    if (deltaStated) return `${a.nums[0]} ÷ ${a.nums[1]}${a.unit} = ${pct(q * 100, lang)} ≠ ${pct(found, lang)}`;
    const signed = rel === "giảm" ? -found : found;
    return `(${a.nums[0]} − ${a.nums[1]}) ÷ ${a.nums[1]}${a.unit} = ${pct((q - 1) * 100, lang, true)} ≠ ${pct(signed, lang, true)}`;
  }
  const shown = rel === "vượt" ? `${pct(found, lang)} (${pct(found + 100, lang)})` : pct(found, lang);
  return `${a.nums[0]} ÷ ${a.nums[1]}${a.unit} = ${pct(q * 100, lang)} ≠ ${shown}`;
}

function plain(f: Finding, lang: Lang, w: Words): string | undefined {
  const v = (x: number | string) => (typeof x === "number" ? num(x, lang) : x);
  const bits: string[] = [];
  if (f.found !== undefined) bits.push(`${w.found} ${v(f.found)}`);
  if (f.expected !== undefined) bits.push(`${w.expected} ${v(f.expected)}`);
  return bits.length ? bits.join(" · ") : undefined;
}
