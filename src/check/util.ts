/**
 * Shared by the checks: the check context (figures by id, sentences of the input), the
 * precision a number was written with, and number formatting for messages.
 *
 *   halfUnit(figure "3,247 tỉ đồng")  → 500 000 đồng   (half of the last written digit)
 *   halfUnit(figure "217%")           → 0.5
 *   writtenNumber("1.615 tỷ đồng")    → "1.615"
 */
import type { Figure, Finding, FindingRule, Report, Span } from "../schema.js";
import { makeDoc, type Doc } from "../text/normalize.js";
import { sentences as splitSentences, sentenceStartingBefore, type Sentence } from "../text/segment.js";

export interface CheckCtx {
  report: Report;
  input: string;
  doc: Doc;
  sentences: Sentence[];
  byId: Map<string, Figure>;
  /** Sentence index of an original-text position. */
  sentenceOf(pos: number): number;
  /** Norm index of an original-text position. */
  normAt(pos: number): number;
}

export type Rule = (ctx: CheckCtx) => Finding[];

/** What the parser already built for this input (saves a second pass). */
export interface Prepared {
  doc: Doc;
  sentences: Sentence[];
}

export function makeCtx(report: Report, input: string, prepared?: Prepared): CheckCtx {
  const reuse = prepared && prepared.doc.input === input;
  const doc = reuse ? prepared.doc : makeDoc(input);
  const sents = reuse ? prepared.sentences : splitSentences(doc);
  const byId = new Map(report.figures.map((f) => [f.id, f]));
  const normAt = (pos: number) => doc.normAt(pos);
  const sentenceOf = (pos: number) => sentenceStartingBefore(sents, normAt(pos));
  return { report, input, doc, sentences: sents, byId, sentenceOf, normAt };
}

/** The first number as written in a figure's text: "1.615" in "1.615 tỷ đồng", "08/11" → "08". */
export function writtenNumber(f: Figure): string | undefined {
  return /\d(?:[\d.,]*\d)?/.exec(f.text)?.[0];
}

/** The digits of the written number without leading zeros: "1.615" and "1,615" → "1615". */
export function digitsOf(f: Figure): string | undefined {
  const w = writtenNumber(f);
  return w ? w.replace(/\D/g, "").replace(/^0+(?=\d)/, "") : undefined;
}

/**
 * How far the value may be from what was meant, given how it was written: half of the last
 * written digit, in the figure's own unit. "3,247 tỉ đồng" → 500 000 đồng, "3 tỷ" → 0,5 tỷ,
 * "217%" → 0.5, "15,7%" → 0.05. A count or amount written out in full ("120 người",
 * "500.000 đồng") is exact: 0. Percents are always taken as rounded.
 */
export function halfUnit(f: Figure): number {
  const d = digitsOf(f);
  const n = d ? Number(d) : 0;
  if (!n || !Number.isFinite(n)) return f.kind === "percent" ? 0.5 : 0;
  if (f.kind !== "percent" && n === Math.abs(f.value)) return 0;
  return (Math.abs(f.value) * 0.5) / n;
}

/** Not stated exactly: "khoảng", "hơn", "gần", "ước", ranges. */
export function inexact(f: Figure): boolean {
  return !!(f.approx || f.bound || f.range || f.estimated);
}

/** Interval of a / b when each was rounded to its written precision. */
export function ratioInterval(a: Figure, b: Figure): [number, number] {
  const ha = halfUnit(a);
  const hb = halfUnit(b);
  const lo = (a.value - ha) / (b.value + hb);
  const hi = b.value - hb > 0 ? (a.value + ha) / (b.value - hb) : Infinity;
  return [lo, hi];
}

/** A number for a message: Vietnamese (1.615,5) or English (1,615.5) grouping. */
/** Number formats for messages (made once: building an Intl.NumberFormat per call is slow). */
const FORMAT = {
  vi: new Intl.NumberFormat("de-DE", { maximumFractionDigits: 3 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 }),
};

export function fmt(n: number, lang: "vi" | "en"): string {
  const r = Math.abs(n) >= 100 ? Math.round(n * 100) / 100 : Math.round(n * 1000) / 1000;
  return FORMAT[lang].format(r);
}

/** Round for the expected value of a finding: to the precision of what was found. */
export function roundLike(x: number, found: Figure): number {
  const w = writtenNumber(found) ?? "";
  const dec = /[.,](\d{1,2})$/.exec(w)?.[1]?.length ?? 0;
  const p = 10 ** Math.max(dec, 1);
  return Math.round(x * p) / p;
}

export function spanOf(...fs: (Figure | undefined)[]): Span[] {
  return fs.filter((f): f is Figure => !!f).map((f) => f.span);
}

export function finding(
  rule: FindingRule,
  severity: Finding["severity"],
  vi: string,
  en: string,
  figures: (Figure | undefined)[],
  extra: { expected?: number | string; found?: number | string; spans?: Span[] } = {},
): Finding {
  const fs = figures.filter((f): f is Figure => !!f);
  return {
    rule,
    severity,
    message: { vi, en },
    spans: extra.spans ?? fs.map((f) => f.span),
    ...(fs.length ? { figures: fs.map((f) => f.id) } : {}),
    ...(extra.expected !== undefined ? { expected: extra.expected } : {}),
    ...(extra.found !== undefined ? { found: extra.found } : {}),
  };
}

/** Fold-free lower case of a basis or relation for comparisons. */
export function norm(s: string | undefined): string {
  return (s ?? "").normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}
