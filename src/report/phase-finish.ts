/**
 * The phases after link (phases.ts): `event` (event.ts), `relateFigures` (relations between
 * figures, src/relate/), `assemble` (the Report and its sections), `check` (findings, src/check/)
 * and `publish` (the figures as the public objects, figure-draft.ts).
 */
import { scanNumbers } from "../recognize/number.js";
import { runChecks } from "../check/rules.js";
import { fillFigureLinks, relate } from "../relate/index.js";
import { findEvent } from "./event.js";
import { buildSections } from "./sections.js";
import { none } from "../text/lists.js";
import { published } from "../relate/figure-draft.js";
import type { Report } from "../schema.js";
import type { Work } from "./work.js";

export function event(w: Work): void {
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

export function relateFigures(w: Work): void {
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

export function assemble(w: Work): void {
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

export function check(w: Work): void {
  w.report.findings = runChecks(w.report, w.input);
}

/** The figures as the public objects (their drafts until now: figure-draft.ts). */
export function publish(w: Work): void {
  if (w.report.figures.length) w.report.figures = published(w.report.figures);
}
