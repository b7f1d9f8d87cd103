/**
 * Shared by the checks: the check context (the report, its figures by id, its relations), the
 * severity that follows from a verdict and a relation's certainty, number formatting for
 * messages, and the finding builder.
 *
 *   fmt(1245.6, "vi") → "1.245,6"     fmt(1245.6, "en") → "1,245.6"
 *   shown(member "1.245,6 tỷ đồng") → { scale: 1e9, unit: "tỷ đồng" }: messages speak the text's units
 *   severityOf("contradiction", "explicit") → "error"; ("contradiction", "inferred") → "warning"
 */
import type { Figure, Finding, FindingRule, RelationMember, RelationRecord, Report, Span } from "../schema.js";
import type { Verdict } from "./precision.js";
import { named } from "../text/rx.js";

export interface CheckCtx {
  report: Report;
  byId: Map<string, Figure>;
  relations: readonly RelationRecord[];
  /** The text the report was read from, when known (for the few rules that look at wording). */
  text?: string;
}

export type Rule = (ctx: CheckCtx) => Finding[];

export function makeCtx(report: Report, text?: string): CheckCtx {
  const t = text ?? report.input?.text;
  const relations = report.relations ?? [];
  // (every check reads byId for a relation's members: a text without relations reads none, and a
  // map of every figure was 5% of the time of a text of 125,000 percents)
  const byId = new Map<string, Figure>();
  if (relations.length) for (const f of report.figures) byId.set(f.id, f);
  // (key by key: a conditional spread costs a runtime call on every report)
  const ctx: CheckCtx = { report, byId, relations };
  if (t !== undefined) ctx.text = t;
  return ctx;
}

export function severityOf(v: Verdict, certainty: RelationRecord["certainty"]): Finding["severity"] | null {
  if (v === "ok") return null;
  return v === "contradiction" && certainty === "explicit" ? "error" : "warning";
}

/** Number formats for messages (made once: building an Intl.NumberFormat per call is slow). */
const FORMAT = {
  vi: new Intl.NumberFormat("de-DE", { maximumFractionDigits: 3 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 }),
};

export function fmt(n: number, lang: "vi" | "en", digits?: number): string {
  const r = digits !== undefined ? Math.round(n * 10 ** digits) / 10 ** digits : Math.abs(n) >= 100 ? Math.round(n * 100) / 100 : Math.round(n * 1000) / 1000;
  return FORMAT[lang].format(r);
}

/** Both languages at once: fmt2(x) → { vi, en }. */
export function fmt2(n: number, digits?: number): { vi: string; en: string } {
  return { vi: fmt(n, "vi", digits), en: fmt(n, "en", digits) };
}

const SCALES: [RegExp, number][] = [
  [named("util.SCALES.0", /^nghìn\s+tỷ|^ngàn\s+tỷ|^nghìn\s+tỉ|^ngàn\s+tỉ/iu), 1e12],
  [named("util.SCALES.1", /^tỷ|^tỉ/iu), 1e9],
  [named("util.SCALES.2", /^triệu/iu), 1e6],
  [named("util.SCALES.3", /^nghìn|^ngàn/iu), 1e3],
];

/** How the text writes an amount: its scale and the words after the number ("tỷ đồng", "đơn vị"). */
export function shown(m: RelationMember | undefined, fallbackLabel = ""): { scale: number; unit: string } {
  if (!m) return { scale: 1, unit: fallbackLabel };
  const run = /\d(?:[\d.,]*\d)?/.exec(m.text);
  const rest = run ? m.text.slice(run.index + run[0].length).trim() : "";
  for (const [re, k] of SCALES) {
    const s = re.exec(rest);
    if (s) {
      const words = rest.split(/\s+/).slice(0, s[0].split(/\s+/).length + 1).join(" ");
      if (Math.abs(m.value ?? 0) >= k / 1000 || !m.value) return { scale: k, unit: words.replace(/[,.;:)]+$/, "") };
    }
  }
  if (m.label && !/[/→]/.test(m.label)) return { scale: 1, unit: m.label };
  return { scale: 1, unit: rest.split(/\s+/).slice(0, 2).join(" ").replace(/[,.;:)]+$/, "") };
}

/** A value in the units the text uses for `ref`: "41 đơn vị", "1.265,6 tỷ đồng". */
export function inUnits(x: number, ref: { scale: number; unit: string }, lang: "vi" | "en"): string {
  return `${fmt(x / ref.scale, lang)}${ref.unit ? ` ${ref.unit}` : ""}`;
}

export function membersSpans(ms: readonly (RelationMember | undefined)[]): Span[] {
  return ms.filter((m): m is RelationMember => !!m).map((m) => m.span);
}

export function finding(
  rule: FindingRule,
  severity: Finding["severity"],
  message: { vi: string; en: string },
  r: RelationRecord | undefined,
  members: readonly (RelationMember | undefined)[],
  extra: { expected?: number | string; found?: number | string; arithmetic?: { vi: string; en: string }; spans?: Span[] } = {},
): Finding {
  const ms = members.filter((m): m is RelationMember => !!m);
  const figures = [...new Set(ms.map((m) => m.figure).filter((x): x is string => !!x))];
  return {
    rule,
    severity,
    message,
    spans: extra.spans ?? ms.map((m) => m.span),
    ...(figures.length ? { figures } : {}),
    ...(extra.expected !== undefined ? { expected: extra.expected } : {}),
    ...(extra.found !== undefined ? { found: extra.found } : {}),
    ...(r ? { relation: r.id } : {}),
    ...(extra.arithmetic ? { arithmetic: extra.arithmetic } : {}),
  };
}

export function role(r: RelationRecord, name: string): RelationMember | undefined {
  return r.members.find((m) => m.role === name);
}

export function roles(r: RelationRecord, name: string): RelationMember[] {
  return r.members.filter((m) => m.role === name);
}

/** Round for the expected value of a finding: to the decimals of what was found (at least one). */
export function roundLike(x: number, found: RelationMember): number {
  const w = /\d(?:[\d.,]*\d)?/.exec(found.text)?.[0] ?? "";
  const dec = /[.,](\d{1,2})$/.exec(w)?.[1]?.length ?? 0;
  const p = 10 ** Math.max(dec, 1);
  return Math.round(x * p) / p;
}

/** A day in milliseconds; an ISO day ("2025-09-18") as UTC milliseconds; and as written in Vietnamese ("18/09/2025"). */
export const DAY = 86_400_000;
export const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
export const dmy = (iso: string) => iso.split("-").reverse().join("/");
