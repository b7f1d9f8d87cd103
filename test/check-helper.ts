/**
 * Test helper for link and check tests: figures from hand-made hits ("03 nhiệm vụ" at its place
 * in the text), linked by linkFigures, related by relate() (src/relate/) and written back by
 * fillFigureLinks, and a Report around them, so that linking, relations and checks can be tested
 * without the recognisers.
 */
import { makeDoc } from "../src/text/normalize.js";
import { sentences } from "../src/text/segment.js";
import type { Ctx, FigureHit } from "../src/recognize/types.js";
import type { Figure, RelationRecord, Report } from "../src/schema.js";
import { linkFigures } from "../src/report/link.js";
import { fillFigureLinks, relate } from "../src/relate/index.js";
import { runChecks } from "../src/check/index.js";

export type Spec = [text: string, hit: Partial<FigureHit> & Pick<FigureHit, "kind" | "value">];

/** Hand-made hits and figures carry this rule id, which no recogniser makes (hence the casts). */
const TEST_RULE = "test" as string as FigureHit["rule"] & Figure["rule"];

/** Hits at the given phrases (in order), numbers at the first digit run of each phrase. */
export function link(text: string, specs: Spec[]): Figure[] {
  return linkAndRelate(text, specs).figures;
}

/** The figures, linked, and the relations between them. */
export function linkAndRelate(text: string, specs: Spec[]): { figures: Figure[]; relations: RelationRecord[] } {
  const doc = makeDoc(text);
  const ctx: Ctx = { doc, sentences: sentences(doc), convention: "vi" };
  let from = 0;
  const hits: FigureHit[] = specs.map(([phrase, h]) => {
    const at = doc.norm.indexOf(phrase, from);
    if (at < 0) throw new Error(`no "${phrase}" after ${from}`);
    from = at + phrase.length;
    const num = /[\d.,/]*\d/.exec(phrase);
    return { start: at, end: at + phrase.length, rule: TEST_RULE, numStart: at + (num?.index ?? 0), numEnd: at + (num ? num.index + num[0].length : phrase.length), ...h } as FigureHit;
  });
  // only what the spec gives (a count may come without its category): hence the cast
  const figures = hits.map((h, i) => ({
    id: `f${i + 1}`,
    kind: h.kind,
    value: h.value,
    span: doc.span(h.start, h.end),
    text: doc.text(h.start, h.end),
    rule: TEST_RULE,
    ...(h.currency ? { currency: h.currency } : {}),
    ...(h.noun ? { noun: h.noun } : {}),
    ...(h.category ? { category: h.category } : {}),
    ...(h.of !== undefined ? { of: h.of } : {}),
    ...(h.approx ? { approx: true } : {}),
    ...(h.bound ? { bound: h.bound } : {}),
    ...(h.estimated ? { estimated: true } : {}),
  })) as Figure[];
  const linked = linkFigures(ctx, hits, figures);
  const relations = relate({ ctx, hits, figures: linked });
  fillFigureLinks(linked, relations);
  return { figures: linked, relations };
}

/** A report holding the given figures (and nothing else). */
export function reportOf(figures: Figure[], extra: Partial<Report> = {}): Report {
  return {
    version: 1,
    event: { date: null },
    people: [],
    organizations: [],
    figures,
    dates: [],
    sections: { tasks: [], publications: [], money: [], training: [], personnel: [], awards: [] },
    convention: { numbers: "vi" },
    relations: [],
    findings: [],
    warnings: [],
    ...extra,
  };
}

/** Findings (rule:severity) of checkReport over hand-made figures in a text. */
export async function findingsOf(text: string, specs: Spec[], extra: Partial<Report> = {}): Promise<string[]> {
  // runChecks, not checkReport: hand-made figures carry a rule id the schema does not know
  const { figures, relations } = linkAndRelate(text, specs);
  return runChecks(reportOf(figures, { relations, ...extra }))
    .filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}:${f.severity}`);
}

/** Findings (rule:severity) of the position checks over hand-made people in a text. */
export function findingsOfPeople(text: string, people: Report["people"]): string[] {
  const doc = makeDoc(text);
  const ctx: Ctx = { doc, sentences: sentences(doc), convention: "vi" };
  const relations = relate({ ctx, hits: [], figures: [], people });
  return runChecks(reportOf([], { people, relations }))
    .filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}:${f.severity}`);
}
