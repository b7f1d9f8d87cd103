/**
 * The phase `link` (phases.ts): the recognisers' hits → the Report's values with spans in the
 * original text; figures linked to their subjects (link.ts). After it the figures are FigureDrafts
 * (relate/figure-draft.ts): one shape for every figure, for the phases that read them.
 */
import type { DateHit, FigureHit, Hit, OrgHit, PersonHit } from "../recognize/types.js";
import { linkFigures } from "./link.js";
import { none } from "../text/lists.js";
import { FigureDraft } from "../relate/figure-draft.js";
import type { Figure, Person, Report, Span, ValueRule } from "../schema.js";
import type { Work } from "./work.js";

// (the lists below are built by push, not `.map()`: once V8 optimises a `.map()` it makes a
// holey array where the interpreter made a packed one, and every optimised reader of the other
// kind is thrown away; none() for an empty one. Objects with optional keys are one literal per
// set of keys, in the order the JSON output has always had: a conditional `...(x ? { x } : {})`
// costs a runtime call per spread, ~0.1 µs, on every post.)
export function link(w: Work): void {
  const { doc } = w;
  const input = w.input;
  const ev: Ev = (h) => {
    const span = doc.span(h.start, h.end);
    return { span, text: input.slice(span.start, span.end), rule: h.rule };
  };
  const hits = (w.figureHits = outsideNames(w.figureHits, w.orgHits, doc.key));
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

/**
 * The figure hits but the counts of no listed noun whose number, in digits, ends an organisation's
 * name of three words or more: "Tổng Công ty xây dựng công trình giao thông 4 làm chủ đầu tư", "Ban
 * Quản lý dự án 2 thông tin" (the unit's number, not 4 of "làm"). Not a name that runs past the
 * number ("Quốc hội giám sát 2 chuyên đề", "Bộ ba giám khảo"), nor "Vụ 120 côn đồ", nor a name
 * joined by "và"; a count of a listed noun stays.
 */
function outsideNames(hits: FigureHit[], orgs: readonly OrgHit[], key: string): FigureHit[] {
  if (!orgs.length) return hits;
  const inName = (h: FigureHit) => {
    if (h.kind !== "count" || h.rule !== "count.other" || h.numStart === undefined || h.numEnd === undefined) return false;
    const { numStart, numEnd } = h;
    for (let i = numStart; i < numEnd; i++) if (key.charCodeAt(i) < 48 || key.charCodeAt(i) > 57) return false;
    return orgs.some((o) => {
      if (o.end !== numEnd || o.start >= numStart) return false;
      const before = key.slice(o.start, numStart).split(" ").filter(Boolean);
      return before.length >= 3 && !before.includes("và");
    });
  };
  return hits.some(inName) ? hits.filter((h) => !inName(h)) : hits;
}
