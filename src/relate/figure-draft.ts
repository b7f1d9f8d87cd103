/**
 * A figure on its way through the phases (issue 14, the warm-up). The public figures have a
 * different set of keys each (a percent has no currency; most figures have no `approx`, some a
 * `subject`, `parent` or `comparison` added later), so V8 gives them many object maps, and the
 * code that reads them (link, relate, sections, the checks) was optimised on a few and thrown away
 * when another came: `toFigure` and its readers were the most recompiled code of a cold process.
 *
 * A FigureDraft has every key of every kind, undefined where the figure has none, so the phases
 * read one map; what they read is what they read on the public figure (an absent key is
 * undefined). The public Figure is made once, after the checks ({@link publish}), with the keys
 * it has always had and in the order the JSON output has always had:
 *
 *   id, kind, value, span, text, rule, currency | unit | category (then of), approx, bound, range,
 *   per, noun, estimated, ambiguous, comparison        (those the hit gives, in this order)
 *   subject, comparison, estimated, parent, …           (those set later, in the order first set)
 *
 * Code that sets a key after the figure was made calls {@link adding} first: the draft notes the
 * key, the first time, so that publish() puts it where a key added then has always gone (last).
 * A draft's comparison is a ComparisonDraft in the same way (relation, basis, basisFigure: the
 * keys in the order first set), made by {@link compared} and {@link withBasisFigure}.
 * (Here in relate/, which report/ imports: report/link.ts and fillFigureLinks both add keys.)
 */
import type { FigureHit } from "../recognize/types.js";
import type { Comparison, Figure, FigureKind, Span, ValueRule } from "../schema.js";
import { none } from "../text/lists.js";

/** The keys a figure may get after it was made (link.ts, relate/index.ts fillFigureLinks). */
export type LateKey = "comparison" | "estimated" | "subject" | "parent" | "children" | "breakdown" | "refersTo";

/** The keys after rule that a hit may give, in their order in the public figure. */
const OWN = ["currency", "unit", "category", "of", "approx", "bound", "range", "per", "noun", "estimated", "ambiguous", "comparison"] as const;

export class FigureDraft {
  readonly id: string;
  readonly kind: FigureKind;
  readonly value: number;
  readonly span: Span;
  readonly text: string;
  readonly rule: ValueRule;
  readonly currency: string | undefined;
  readonly unit: string | undefined;
  readonly category: Figure["category"];
  readonly of: number | undefined;
  readonly approx: true | undefined;
  readonly bound: Figure["bound"];
  readonly range: Figure["range"];
  readonly per: string[] | undefined;
  readonly noun: string | undefined;
  estimated: true | undefined;
  readonly ambiguous: true | undefined;
  comparison: Comparison | undefined;
  subject: string | undefined = undefined;
  parent: string | undefined = undefined;
  children: string[] | undefined = undefined;
  breakdown: Figure["breakdown"] = undefined;
  refersTo: string | undefined = undefined;
  /** The keys set after the draft was made, in the order first set (null: none). */
  late: LateKey[] | null = null;

  constructor(h: FigureHit, id: string, span: Span, text: string, rule: ValueRule) {
    this.id = id;
    this.kind = h.kind;
    this.value = h.value;
    this.span = span;
    this.text = text;
    this.rule = rule;
    const k = h.kind;
    this.currency = k === "money" ? h.currency : undefined;
    this.unit = k === "measure" ? h.unit : undefined;
    this.category = k === "count" ? h.category : undefined;
    this.of = k === "count" ? h.of : undefined;
    this.approx = h.approx ? true : undefined;
    this.bound = h.bound ? h.bound : undefined;
    this.range = h.range ? h.range : undefined;
    this.per = k === "money" && h.per?.length ? h.per : undefined;
    this.noun = k === "count" && h.noun ? h.noun : undefined;
    this.estimated = h.estimated ? true : undefined;
    this.ambiguous = h.ambiguous ? true : undefined;
    this.comparison = h.relation || h.basis ? comparisonOf(h) : undefined;
  }
}

type ComparisonKey = "relation" | "basis" | "basisFigure";

/** A draft's comparison: its three keys always there, and the order they were first set in. */
export class ComparisonDraft {
  relation: Comparison["relation"] = undefined;
  basis: string | undefined = undefined;
  basisFigure: string | undefined = undefined;
  readonly order: ComparisonKey[];
  constructor(from: ComparisonDraft | undefined) {
    if (from === undefined) this.order = [];
    else {
      this.relation = from.relation;
      this.basis = from.basis;
      this.basisFigure = from.basisFigure;
      this.order = from.order.slice();
    }
  }
  set(k: ComparisonKey, v: string): this {
    if (this[k] === undefined) this.order.push(k);
    (this as Record<ComparisonKey, string | undefined>)[k] = v;
    return this;
  }
}

/** The comparison a hit gives: relation, then basis, each when it has one. */
function comparisonOf(h: FigureHit): Comparison {
  const c = new ComparisonDraft(undefined);
  if (h.relation) c.set("relation", h.relation);
  if (h.basis) c.set("basis", h.basis);
  return c as Comparison;
}

/**
 * `f.comparison` with `rel` and `basis` set where given: `{ ...f.comparison, relation, basis }`
 * (a new object; a ComparisonDraft for a draft).
 */
export function compared(f: Figure, rel: Comparison["relation"], basis: string | undefined): Comparison {
  if (!(f instanceof FigureDraft)) return { ...f.comparison, ...(rel ? { relation: rel } : {}), ...(basis ? { basis } : {}) };
  const c = new ComparisonDraft(f.comparison as ComparisonDraft | undefined);
  if (rel) c.set("relation", rel);
  if (basis) c.set("basis", basis);
  return c as Comparison;
}

/** `{ ...f.comparison, basisFigure: id }` (a ComparisonDraft for a draft). */
export function withBasisFigure(f: Figure, id: string): Comparison {
  if (!(f instanceof FigureDraft)) return { ...f.comparison, basisFigure: id };
  return new ComparisonDraft(f.comparison as ComparisonDraft | undefined).set("basisFigure", id) as Comparison;
}

/** The public comparison: the keys with a value, in the order first set. */
function publishComparison(c: ComparisonDraft): Comparison {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < c.order.length; i++) {
    const k = c.order[i]!;
    if (c[k] !== undefined) out[k] = c[k];
  }
  return out as Comparison;
}

/**
 * Key `k` of `f` is about to be set: a draft that has no value there yet notes it as set last.
 * (A plain Figure, as the link tests make by hand, needs nothing: its keys keep their own order.)
 */
export function adding(f: Figure, k: LateKey): void {
  if (!(f instanceof FigureDraft) || f[k] !== undefined) return;
  if (f.late === null) f.late = [k];
  else f.late.push(k);
}

/**
 * The public figure of a draft: the keys with a value, in the order above. (The keys are copied by
 * name from a list, so that the copy is one generic store per key whatever the figure's set of
 * keys: stores named one by one were optimised on a few sets and thrown away at the next.)
 */
export function publish(d: FigureDraft): Figure {
  const f: Record<string, unknown> = { id: d.id, kind: d.kind, value: d.value, span: d.span, text: d.text, rule: d.rule };
  const late = d.late;
  for (let i = 0; i < OWN.length; i++) {
    const k = OWN[i]!;
    const v = d[k];
    if (v !== undefined && (late === null || !late.includes(k as LateKey))) f[k] = k === "comparison" ? publishComparison(v as ComparisonDraft) : v;
  }
  if (late !== null)
    for (let i = 0; i < late.length; i++) {
      const k = late[i]!;
      f[k] = k === "comparison" ? publishComparison(d.comparison as ComparisonDraft) : d[k];
    }
  return f as unknown as Figure;
}

/** A figure list as the public objects (drafts published, anything else as it is). */
export function published(figures: readonly Figure[]): Figure[] {
  const out: Figure[] = none();
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    out.push(f instanceof FigureDraft ? publish(f) : f);
  }
  return out;
}
