/**
 * The phases of a parse, in order, each a named step over one text's Work (issue 14). parseReport
 * runs them all on one text; parseReports (batch.ts) runs each phase over a chunk of texts before
 * the next phase, so that each phase's code runs once per chunk rather than once per text (the
 * per-text cost of short texts falls by a third to a half: scripts/bench-interleave.mjs).
 *
 *   read          makeDoc (NFC + offset map + folded key + tokens), the number convention, sentences
 *   figures       money, percents, counts, measures          (recognize/figures.ts)
 *   dates         dates                                      (recognize/date.ts)
 *   people        people with titles and honorifics          (recognize/people.ts)
 *   organizations organisations                              (recognize/people.ts)
 *   link          hits → report values with original spans; figures linked to subjects (link.ts)
 *   event         the event of the report                    (event.ts)
 *   relate        relations between figures                  (src/relate/)
 *   assemble      the Report, its sections
 *   check         findings                                   (src/check/)
 *   publish       the figures as the public objects          (figure-draft.ts: until then one
 *                 shape for every figure, for the phases that read them)
 *
 * Each phase reads what the phases before it left in the Work and adds its own; a phase keeps no
 * state between texts, so running the phases text by text or phase by phase gives the same
 * Report (test/batch.test.ts compares both on the seed, the dev docs and arbitrary strings).
 */
import { makeDoc, type Doc } from "../text/normalize.js";
import { sentences } from "../text/segment.js";
import { inferConvention, scanNumbers } from "../recognize/number.js";
import { recognizeFigures } from "../recognize/figures.js";
import { recognizeDates } from "../recognize/date.js";
import { recognizePeople, recognizeOrganizations } from "../recognize/people.js";
import type { Ctx, DateHit, FigureHit, Hit, OrgHit, PersonHit } from "../recognize/types.js";
import { linkFigures } from "./link.js";
import { runChecks } from "../check/index.js";
import { fillFigureLinks, relate } from "../relate/index.js";
import { findEvent } from "./event.js";
import { buildSections } from "./sections.js";
import { none } from "../text/lists.js";
import { FigureDraft, published } from "../relate/figure-draft.js";
import type { Figure, Person, Report, Span, ValueRule, Warning } from "../schema.js";
import type { ParseOptions } from "./parse.js";

/** One text on its way through the phases: its input and what each phase has made of it so far. */
export class Work {
  conv!: ReturnType<typeof inferConvention>;
  ctx!: Ctx;
  figureHits!: FigureHit[];
  dates!: DateHit[];
  personHits!: PersonHit[];
  orgHits!: OrgHit[];
  figures!: Figure[];
  people!: Person[];
  organizations!: Report["organizations"];
  dateValues!: Report["dates"];
  event!: Report["event"];
  relations!: Report["relations"];
  report!: Report;
  constructor(
    /** The text as read (cut at maxChars). */
    readonly input: string,
    readonly options: ParseOptions,
    /** Warnings so far (the input's, then the phases'); the Report's own list. */
    readonly warnings: Warning[],
  ) {}
  get doc(): Doc {
    return this.ctx.doc;
  }
}

export type Phase = (w: Work) => void;

function read(w: Work): void {
  const doc = makeDoc(w.input);
  w.conv = inferConvention(doc);
  const ctx: Ctx = { doc, sentences: sentences(doc), convention: w.conv.convention };
  if (w.options.referenceDate) ctx.referenceDate = w.options.referenceDate;
  w.ctx = ctx;
}

function figures(w: Work): void {
  w.figureHits = recognizeFigures(w.ctx);
}

function dates(w: Work): void {
  w.dates = recognizeDates(w.ctx);
}

function people(w: Work): void {
  w.personHits = recognizePeople(w.ctx);
}

function organizations(w: Work): void {
  w.orgHits = recognizeOrganizations(w.ctx);
}

// (the lists below are built by push, not `.map()`: once V8 optimises a `.map()` it makes a
// holey array where the interpreter made a packed one, and every optimised reader of the other
// kind is thrown away; none() for an empty one. Objects with optional keys are one literal per
// set of keys, in the order the JSON output has always had: a conditional `...(x ? { x } : {})`
// costs a runtime call per spread, ~0.1 µs, on every post.)
function link(w: Work): void {
  const { doc } = w;
  const input = w.input;
  const ev: Ev = (h) => {
    const span = doc.span(h.start, h.end);
    return { span, text: input.slice(span.start, span.end), rule: h.rule };
  };
  const hits = w.figureHits;
  const figures: Figure[] = none();
  for (let i = 0; i < hits.length; i++) figures.push(toFigure(hits[i]!, i, ev));
  w.figures = figures.length ? linkFigures(w.ctx, hits, figures) : figures;
  const people: Person[] = none();
  for (let i = 0; i < w.personHits.length; i++) people.push(personOf(w.personHits[i]!, i, ev));
  w.people = people;
  const orgs: Report["organizations"] = none();
  for (let i = 0; i < w.orgHits.length; i++) {
    const o = w.orgHits[i]!;
    const e = ev(o);
    orgs.push({ id: `o${i + 1}`, name: o.name, head: o.head, span: e.span, text: e.text, rule: e.rule });
  }
  w.organizations = orgs;
  const dates: Report["dates"] = none();
  for (const d of w.dates) dates.push(dateOf(d, ev));
  w.dateValues = dates;
}

function personOf(p: PersonHit, i: number, ev: Ev): Person {
  const positions: Person["positions"] = none();
  for (const pos of p.positions) {
    const e = ev(pos);
    positions.push(
      pos.modifiers?.length
        ? { title: pos.title, org: pos.org, modifiers: pos.modifiers, span: e.span, text: e.text, rule: e.rule }
        : ({ title: pos.title, org: pos.org, span: e.span, text: e.text, rule: e.rule } as Person["positions"][number]),
    );
  }
  const mentions: Person["mentions"] = none();
  for (const m of p.mentions) mentions.push(ev(m));
  return { id: `p${i + 1}`, name: p.name, honorifics: p.honorifics, positions, roles: p.roles as Person["roles"], mentions };
}

function dateOf(d: DateHit, ev: Ev): Report["dates"][number] {
  const { span, text, rule } = ev(d);
  const { value, precision } = d;
  if (d.invalid)
    return d.yearInferred
      ? { value, precision, yearInferred: true, invalid: true, span, text, rule }
      : { value, precision, invalid: true, span, text, rule };
  return d.yearInferred ? { value, precision, yearInferred: true, span, text, rule } : { value, precision, span, text, rule };
}

function event(w: Work): void {
  const found = findEvent(w.ctx, w.dates, w.orgHits);
  const ev = {} as Report["event"];
  if (found.kind) ev.kind = found.kind;
  if (found.title) ev.title = found.title;
  ev.date = found.date;
  if (found.dateHit) ev.dateEvidence = w.dateValues[w.dates.indexOf(found.dateHit)];
  if (found.host) ev.host = found.host;
  if (found.year) ev.year = found.year;
  w.event = ev;
}

function relateFigures(w: Work): void {
  // every relation holds a figure, a date, a person or a number of the text (src/relate: the
  // finders run on figures, dates and people; the restatements of a number in words start from a
  // number): a text with none of them has none, and its relate context is not made (most titles)
  if (!w.figures.length && !w.dates.length && !w.people.length && !scanNumbers(w.ctx).length) {
    w.relations = none();
    return;
  }
  w.relations = relate({ ctx: w.ctx, hits: w.figureHits, figures: w.figures, dates: w.dates, people: w.people, event: w.event });
  fillFigureLinks(w.figures, w.relations);
  if (w.conv.convention === "unknown" && w.figureHits.some((f) => f.ambiguous))
    w.warnings.push({ code: "numbers.ambiguous-convention", message: "digit groups could be read either way; read with the Vietnamese convention (dot = thousands, comma = decimal)" });
}

function assemble(w: Work): void {
  const report = { version: 1 } as Report;
  if (w.options.id !== undefined) report.id = w.options.id;
  report.event = w.event;
  report.people = w.people;
  report.organizations = w.organizations;
  report.figures = w.figures;
  report.dates = w.dateValues;
  report.sections = buildSections({ figures: w.figures }, w.doc, w.ctx.sentences, w.figureHits);
  const convention: Report["convention"] = { numbers: w.conv.convention };
  if (w.conv.evidence.length) convention.evidence = w.conv.evidence;
  report.convention = convention;
  report.relations = w.relations;
  report.findings = [];
  report.warnings = w.warnings;
  w.report = report;
}

function check(w: Work): void {
  w.report.findings = runChecks(w.report, w.input);
}

/** The figures as the public objects (their drafts until now: figure-draft.ts). */
function publish(w: Work): void {
  if (w.report.figures.length) w.report.figures = published(w.report.figures);
}

/** The phases in the order every text goes through them. */
export const PHASES: readonly Phase[] = [read, figures, dates, people, organizations, link, event, relateFigures, assemble, check, publish];

/** Span, text and rule of a hit, in the original text. */
type Ev = <R extends ValueRule>(h: Hit<R>) => { span: Span; text: string; rule: R };

/**
 * A figure of the hit's own kind: a FigureDraft (figure-draft.ts), every key of every kind in one
 * object shape for the phases that read it, made public by the last phase.
 */
export function toFigure(h: FigureHit, i: number, ev: Ev): Figure {
  const e = ev(h);
  return new FigureDraft(h, `f${i + 1}`, e.span, e.text, e.rule) as unknown as Figure;
}
