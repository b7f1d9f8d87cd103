/**
 * parseReport: text in, one Report out. Never throws on a string.
 *
 *   text → makeDoc (NFC + offset map + folded key + tokens) → sentences → recognisers
 *        → figures linked to subjects and comparisons → relations between figures (src/relate/)
 *        → event, sections → findings (src/check/, from the relations) → Report
 *        (checked against the Zod schema with `validate: true`; the test suite checks every one)
 */
import { makeDoc, type Doc } from "../text/normalize.js";
import { sentences } from "../text/segment.js";
import { inferConvention } from "../recognize/number.js";
import { recognizeFigures } from "../recognize/figures.js";
import { recognizeDates } from "../recognize/date.js";
import { recognizePeople, recognizeOrganizations } from "../recognize/people.js";
import type { Ctx, FigureHit, Hit } from "../recognize/types.js";
import { linkFigures } from "./link.js";
import { runChecks } from "../check/index.js";
import { fillFigureLinks, relate } from "../relate/index.js";
import { findEvent } from "./event.js";
import { buildSections } from "./sections.js";
import { Report, type Figure, type Person, type Span, type ValueRule, type Warning } from "../schema.js";

export interface ParseOptions {
  /** Record id (the CLI uses the file name without extension). */
  id?: string;
  /** Input larger than this many UTF-16 units is cut, with a warning. Default 5,000,000. */
  maxChars?: number;
  /**
   * Check the result against the Zod schema (default false: the types already say what a report
   * holds, and validation took 7% of the time and half the fixed cost of a post). A report that
   * fails gets an `internal.schema` warning. The environment variable BAOCAO_VALIDATE=1 turns it
   * on by default; BAOCAO_VALIDATE=throw (the test suite's setting) makes a failure throw.
   */
  validate?: boolean;
  /**
   * When the text was published, if known ("2017-06-21", "2017-06" or "2017"): the year of a day
   * written without one ("Chiều 21/6"). Without it that year comes from the text, or stays unknown.
   */
  referenceDate?: string;
}

const EMPTY_SECTIONS: Report["sections"] = { tasks: [], publications: [], money: [], training: [], personnel: [], awards: [] };

export function parseReport(text: string, options?: ParseOptions | null): Report {
  // null, or anything that is not an object, means "no options" (JavaScript callers pass null)
  options = options && typeof options === "object" ? options : {};
  const warnings: Warning[] = [];
  if (typeof text !== "string") {
    return emptyReport(options.id, [{ code: "input.not-string", message: `expected a string, got ${text === null ? "null" : typeof text}` }]);
  }
  const max = options.maxChars ?? 5_000_000;
  let input = text;
  if (input.length > max) {
    warnings.push({ code: "input.truncated", message: `input of ${input.length} characters cut to the first ${max}` });
    input = input.slice(0, max);
  }
  if (!input.trim()) warnings.push({ code: "input.empty", message: "the input is empty or only white space" });
  const binary = (input.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  if (binary > 0 && binary > input.length / 100)
    warnings.push({ code: "input.binary", message: `the input looks binary or badly decoded (${binary} control or replacement characters)` });

  let report: Report;
  try {
    report = build(input, options, warnings);
  } catch (err) {
    warnings.push({ code: "internal", message: `baocao failed on this input: ${(err as Error)?.message ?? String(err)}` });
    report = emptyReport(options.id, warnings);
  }
  if (options.validate ?? VALIDATE !== "") validate(report);
  return report;
}

/** BAOCAO_VALIDATE: "" (off), "1" (validate by default), "throw" (validate, throw on failure). */
let VALIDATE = ((): string => {
  const v = typeof process !== "undefined" ? (process.env?.BAOCAO_VALIDATE ?? "") : "";
  return v === "" || v === "0" || v === "false" ? "" : v;
})();

/** The validation default of this process (BAOCAO_VALIDATE); set for tests. Not exported by index.ts. */
export function validationDefault(mode?: "" | "1" | "throw"): string {
  if (mode !== undefined) VALIDATE = mode;
  return VALIDATE;
}

function validate(report: Report): void {
  const parsed = Report.safeParse(report);
  if (parsed.success) return;
  const message = `the report did not validate: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`;
  if (VALIDATE === "throw") throw new Error(`baocao (BAOCAO_VALIDATE=throw): ${message}`);
  report.warnings.push({ code: "internal.schema", message });
}

function build(input: string, options: ParseOptions, warnings: Warning[]): Report {
  const doc = makeDoc(input);
  const conv = inferConvention(doc);
  const ctx: Ctx = { doc, sentences: sentences(doc), convention: conv.convention };
  if (options.referenceDate) ctx.referenceDate = options.referenceDate;
  const figureHits = recognizeFigures(ctx);
  const dates = recognizeDates(ctx);
  const personHits = recognizePeople(ctx);
  const orgHits = recognizeOrganizations(ctx);

  // (the objects below are built key by key, in the order the JSON output has always had: a
  // conditional `...(x ? { x } : {})` costs a runtime call per spread, ~0.1 µs, on every post)
  const ev: Ev = (h) => {
    const span = doc.span(h.start, h.end);
    return { span, text: input.slice(span.start, span.end), rule: h.rule };
  };
  let figures: Figure[] = figureHits.map((h, i) => toFigure(h, i, ev));
  figures = linkFigures(ctx, figureHits, figures);

  const people: Person[] = personHits.map((p, i) => ({
    id: `p${i + 1}`,
    name: p.name,
    honorifics: p.honorifics,
    positions: p.positions.map((pos) => {
      const e = ev(pos);
      const out: Person["positions"][number] = { title: pos.title, org: pos.org } as Person["positions"][number];
      if (pos.modifiers?.length) out.modifiers = pos.modifiers;
      out.span = e.span;
      out.text = e.text;
      out.rule = e.rule;
      return out;
    }),
    roles: p.roles as Person["roles"],
    mentions: p.mentions.map(ev),
  }));
  const organizations = orgHits.map((o, i) => {
    const e = ev(o);
    return { id: `o${i + 1}`, name: o.name, head: o.head, span: e.span, text: e.text, rule: e.rule };
  });
  const dateValues = dates.map((d) => {
    const e = ev(d);
    const out = { value: d.value, precision: d.precision } as Report["dates"][number];
    if (d.yearInferred) out.yearInferred = true;
    if (d.invalid) out.invalid = true;
    out.span = e.span;
    out.text = e.text;
    out.rule = e.rule;
    return out;
  });
  const event = findEvent(ctx, dates, orgHits);
  const reportEvent = {} as Report["event"];
  if (event.kind) reportEvent.kind = event.kind;
  if (event.title) reportEvent.title = event.title;
  reportEvent.date = event.date;
  if (event.dateHit) reportEvent.dateEvidence = dateValues[dates.indexOf(event.dateHit)];
  if (event.host) reportEvent.host = event.host;
  if (event.year) reportEvent.year = event.year;
  const relations = relate({ ctx, hits: figureHits, figures, dates, people, event: reportEvent });
  fillFigureLinks(figures, relations);

  if (conv.convention === "unknown" && figureHits.some((f) => f.ambiguous))
    warnings.push({ code: "numbers.ambiguous-convention", message: "digit groups could be read either way; read with the Vietnamese convention (dot = thousands, comma = decimal)" });

  const report = { version: 1 } as Report;
  if (options.id !== undefined) report.id = options.id;
  report.event = reportEvent;
  report.people = people;
  report.organizations = organizations;
  report.figures = figures;
  report.dates = dateValues;
  report.sections = buildSections({ figures }, doc, ctx.sentences, figureHits);
  const convention: Report["convention"] = { numbers: conv.convention };
  if (conv.evidence.length) convention.evidence = conv.evidence;
  report.convention = convention;
  report.relations = relations;
  report.findings = [];
  report.warnings = warnings;
  report.findings = runChecks(report, input);
  return report;
}

/** Span, text and rule of a hit, in the original text. */
type Ev = <R extends ValueRule>(h: Hit<R>) => { span: Span; text: string; rule: R };

/** A figure of the hit's own kind, its keys in the order the JSON output has always had. */
export function toFigure(h: FigureHit, i: number, ev: Ev): Figure {
  const e = ev(h);
  // id, kind, value, span, text, rule; then the kind's own keys, the bounds, the tail
  const f = { id: `f${i + 1}`, kind: h.kind, value: h.value, span: e.span, text: e.text, rule: e.rule } as Record<string, unknown>;
  if (h.kind === "money") f.currency = h.currency;
  else if (h.kind === "measure") f.unit = h.unit;
  else if (h.kind === "count") {
    f.category = h.category;
    if (h.of !== undefined) f.of = h.of;
  }
  if (h.approx) f.approx = true;
  if (h.bound) f.bound = h.bound;
  if (h.range) f.range = h.range;
  if (h.kind === "money" && h.per?.length) f.per = h.per;
  if (h.kind === "count" && h.noun) f.noun = h.noun;
  if (h.estimated) f.estimated = true;
  if (h.ambiguous) f.ambiguous = true;
  if (h.relation || h.basis) {
    const comparison: Record<string, unknown> = {};
    if (h.relation) comparison.relation = h.relation;
    if (h.basis) comparison.basis = h.basis;
    f.comparison = comparison;
  }
  return f as unknown as Figure;
}

export function emptyReport(id: string | undefined, warnings: Warning[]): Report {
  return {
    version: 1,
    ...(id !== undefined ? { id } : {}),
    event: { date: null },
    people: [],
    organizations: [],
    figures: [],
    dates: [],
    sections: structuredClone(EMPTY_SECTIONS),
    convention: { numbers: "unknown" },
    relations: [],
    findings: [],
    warnings,
  };
}

export type { Doc };
