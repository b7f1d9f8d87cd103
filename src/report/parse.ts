/**
 * parseReport: text in, one Report out. Never throws on a string.
 *
 *   text → makeDoc (NFC + offset map + folded key + tokens) → sentences → recognisers
 *        → figures linked to subjects/comparisons/breakdowns → event → Report
 *        (checked against the Zod schema with `validate: true`; the test suite checks every one)
 */
import { makeDoc, type Doc } from "../text/normalize.js";
import { sentences } from "../text/segment.js";
import { inferConvention } from "../recognize/number.js";
import { recognizeFigures } from "../recognize/figures.js";
import { recognizeDates } from "../recognize/date.js";
import { recognizePeople, recognizeOrganizations } from "../recognize/people.js";
import type { Ctx, DateHit, FigureHit, Hit } from "../recognize/types.js";
import { linkFigures } from "./link.js";
import { checkReport } from "../check/index.js";
import { findEvent } from "./event.js";
import { buildSections } from "./sections.js";
import { Report, type Figure, type Person, type Warning } from "../schema.js";

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

export function parseReport(text: string, options: ParseOptions = {}): Report {
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
const VALIDATE = ((): string => {
  const v = typeof process !== "undefined" ? (process.env?.BAOCAO_VALIDATE ?? "") : "";
  return v === "" || v === "0" || v === "false" ? "" : v;
})();

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
  const ctx: Ctx = { doc, sentences: sentences(doc), convention: conv.convention, ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}) };
  const figureHits = recognizeFigures(ctx);
  const dates = recognizeDates(ctx);
  const personHits = recognizePeople(ctx);
  const orgHits = recognizeOrganizations(ctx);

  // (objects are built by assignment, in the order their fields are written: spreads of
  // conditional objects cost more than the rest of this function on a short post)
  const evidence = <T extends object>(o: T, h: Hit): T & Evidence => {
    const span = doc.span(h.start, h.end);
    const e = o as T & Evidence;
    e.span = span;
    e.text = input.slice(span.start, span.end);
    e.rule = h.rule;
    return e;
  };
  let figures: Figure[] = figureHits.map((h, i) => toFigure(h, i, evidence));
  figures = linkFigures(ctx, figureHits, figures);

  const people: Person[] = personHits.map((p, i) => ({
    id: `p${i + 1}`,
    name: p.name,
    honorifics: p.honorifics,
    positions: p.positions.map((pos) => {
      const o: { title: string; org: string | null; modifiers?: string[] } = { title: pos.title, org: pos.org };
      if (pos.modifiers?.length) o.modifiers = pos.modifiers;
      return evidence(o, pos);
    }),
    roles: p.roles as Person["roles"],
    mentions: p.mentions.map((m) => evidence({}, m)),
  }));
  const organizations = orgHits.map((o, i) => evidence({ id: `o${i + 1}`, name: o.name, head: o.head }, o));
  const dateValues = dates.map((d) => {
    const o: { value: string; precision: DateHit["precision"]; yearInferred?: true; invalid?: true } = { value: d.value, precision: d.precision };
    if (d.yearInferred) o.yearInferred = true;
    if (d.invalid) o.invalid = true;
    return evidence(o, d);
  });
  const event = findEvent(ctx, dates, orgHits);

  if (conv.convention === "unknown" && figureHits.some((f) => f.ambiguous))
    warnings.push({ code: "numbers.ambiguous-convention", message: "digit groups could be read either way; read with the Vietnamese convention (dot = thousands, comma = decimal)" });

  const ev = {} as Report["event"];
  if (event.kind) ev.kind = event.kind;
  if (event.title) ev.title = event.title;
  ev.date = event.date;
  if (event.dateHit) ev.dateEvidence = dateValues[dates.indexOf(event.dateHit)];
  if (event.host) ev.host = event.host;
  if (event.year) ev.year = event.year;
  const convention: Report["convention"] = { numbers: conv.convention };
  if (conv.evidence.length) convention.evidence = conv.evidence;
  const report = { version: 1 } as Report;
  if (options.id !== undefined) report.id = options.id;
  report.event = ev;
  report.people = people;
  report.organizations = organizations;
  report.figures = figures;
  report.dates = dateValues;
  report.sections = buildSections({ figures }, doc, ctx.sentences, figureHits);
  report.convention = convention;
  report.findings = [];
  report.warnings = warnings;
  report.findings = checkReport(report, input, { doc, sentences: ctx.sentences });
  return report;
}

interface Evidence {
  span: Figure["span"];
  text: string;
  rule: string;
}
type Ev = <T extends object>(o: T, h: Hit) => T & Evidence;

function toFigure(h: FigureHit, i: number, ev: Ev): Figure {
  const f: Figure = ev({ id: `f${i + 1}`, kind: h.kind, value: h.value }, h);
  if (h.currency) f.currency = h.currency;
  if (h.unit) f.unit = h.unit;
  if (h.category) f.category = h.category;
  if (h.of !== undefined) f.of = h.of;
  if (h.approx) f.approx = true;
  if (h.bound) f.bound = h.bound;
  if (h.range) f.range = h.range;
  if (h.noun) f.noun = h.noun;
  if (h.per?.length) f.per = h.per;
  if (h.estimated) f.estimated = true;
  if (h.ambiguous) f.ambiguous = true;
  if (h.relation || h.basis) f.comparison = { ...(h.relation ? { relation: h.relation } : {}), ...(h.basis ? { basis: h.basis } : {}) };
  return f;
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
    findings: [],
    warnings,
  };
}

export type { Doc };
