/**
 * parseReport: text in, one validated Report out. Never throws on a string.
 *
 *   text → makeDoc (NFC + offset map + folded key) → sentences → recognisers
 *        → figures linked to subjects/comparisons/breakdowns → event → Report (Zod-validated)
 */
import { makeDoc, type Doc } from "../text/normalize.js";
import { sentences } from "../text/segment.js";
import { inferConvention } from "../recognize/number.js";
import { recognizeFigures } from "../recognize/figures.js";
import { recognizeDates } from "../recognize/date.js";
import { recognizePeople, recognizeOrganizations } from "../recognize/people.js";
import type { Ctx, FigureHit, Hit } from "../recognize/types.js";
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
  /** Validate the result against the Zod schema (default true). */
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

  try {
    return build(input, options, warnings);
  } catch (err) {
    warnings.push({ code: "internal", message: `baocao failed on this input: ${(err as Error)?.message ?? String(err)}` });
    return emptyReport(options.id, warnings);
  }
}

function build(input: string, options: ParseOptions, warnings: Warning[]): Report {
  const doc = makeDoc(input);
  const conv = inferConvention(doc);
  const ctx: Ctx = { doc, sentences: sentences(doc), convention: conv.convention, ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}) };
  const figureHits = recognizeFigures(ctx);
  const dates = recognizeDates(ctx);
  const personHits = recognizePeople(ctx);
  const orgHits = recognizeOrganizations(ctx);

  const ev = (h: Hit) => ({ span: doc.span(h.start, h.end), text: doc.text(h.start, h.end), rule: h.rule });
  let figures: Figure[] = figureHits.map((h, i) => toFigure(h, i, ev));
  figures = linkFigures(ctx, figureHits, figures);

  const people: Person[] = personHits.map((p, i) => ({
    id: `p${i + 1}`,
    name: p.name,
    honorifics: p.honorifics,
    positions: p.positions.map((pos) => ({ title: pos.title, org: pos.org, ...(pos.modifiers?.length ? { modifiers: pos.modifiers } : {}), ...ev(pos) })),
    roles: p.roles as Person["roles"],
    mentions: p.mentions.map(ev),
  }));
  const organizations = orgHits.map((o, i) => ({ id: `o${i + 1}`, name: o.name, head: o.head, ...ev(o) }));
  const dateValues = dates.map((d) => ({ value: d.value, precision: d.precision, ...(d.yearInferred ? { yearInferred: true } : {}), ...(d.invalid ? { invalid: true } : {}), ...ev(d) }));
  const event = findEvent(ctx, dates, orgHits);

  if (conv.convention === "unknown" && figureHits.some((f) => f.ambiguous))
    warnings.push({ code: "numbers.ambiguous-convention", message: "digit groups could be read either way; read with the Vietnamese convention (dot = thousands, comma = decimal)" });

  const report: Report = {
    version: 1,
    ...(options.id !== undefined ? { id: options.id } : {}),
    event: {
      ...(event.kind ? { kind: event.kind } : {}),
      ...(event.title ? { title: event.title } : {}),
      date: event.date,
      ...(event.dateHit ? { dateEvidence: dateValues[dates.indexOf(event.dateHit)] } : {}),
      ...(event.host ? { host: event.host } : {}),
      ...(event.year ? { year: event.year } : {}),
    },
    people,
    organizations,
    figures,
    dates: dateValues,
    sections: buildSections({ figures }, doc, ctx.sentences, figureHits),
    convention: { numbers: conv.convention, ...(conv.evidence.length ? { evidence: conv.evidence } : {}) },
    findings: [],
    warnings,
  };
  report.findings = checkReport(report, input, { doc, sentences: ctx.sentences });
  if (options.validate === false) return report;
  const parsed = Report.safeParse(report);
  if (!parsed.success) {
    warnings.push({ code: "internal.schema", message: `the report did not validate: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}` });
  }
  return report;
}

type Ev = (h: Hit) => { span: Figure["span"]; text: string; rule: string };

export function toFigure(h: FigureHit, i: number, ev: Ev): Figure {
  const f: Figure = { id: `f${i + 1}`, kind: h.kind, value: h.value, ...ev(h) };
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
