/**
 * A figure on its way through the phases (issue 14, the warm-up). The public figures have a
 * different set of keys each (a percent has no currency; most figures have no `approx`, some a
 * `subject`, `parent` or `comparison` added later), so V8 gives them many object maps, and the
 * code that reads them (link, relate, sections, the checks) was optimised on a few and thrown away
 * when another came: `toFigure` and its readers were the most recompiled code of a cold process.
 *
 * A FigureDraft has every key of every kind, undefined where the figure has none, so the phases
 * read one map; what they read is what they read on the public figure (an absent key is
 * undefined). The keys only a hit gives are getters that read the hit (its fields are one shape
 * too: recognize/types.ts shaped()), so that a draft, alive through the whole parse, stays small. The public Figure is made once, after the checks ({@link publish}), with the keys
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

export class FigureDraft {
  readonly id: string;
  readonly kind: FigureKind;
  readonly value: number;
  readonly span: Span;
  readonly text: string;
  readonly rule: ValueRule;
  /**
   * The hit the figure was made from. The keys only a hit gives (currency … ambiguous, below) are
   * read from it, not copied: a draft of 24 fields lived through the whole parse beside its hit,
   * and on a text of 125,000 percents ("1%1%…") the collector's copying of them made the parse
   * 1.1× dearer than figures as plain literals.
   */
  readonly hit: FigureHit;
  estimated: true | undefined;
  comparison: Comparison | undefined;
  subject: string | undefined = undefined;
  parent: string | undefined = undefined;
  children: string[] | undefined = undefined;
  breakdown: Figure["breakdown"] = undefined;
  refersTo: string | undefined = undefined;
  /**
   * The keys set after the draft was made, in the order first set: each key's code (its place in
   * LATE_KEYS, from 1) a 3-bit digit, the last set lowest; 0 for none. (A number, not a list: no
   * allocation per key, and the field stays a small integer.)
   */
  late = 0;

  constructor(h: FigureHit, id: string, span: Span, text: string, rule: ValueRule) {
    this.id = id;
    this.kind = h.kind;
    this.value = h.value;
    this.span = span;
    this.text = text;
    this.rule = rule;
    this.hit = h;
    this.estimated = h.estimated ? true : undefined;
    this.comparison = h.relation || h.basis ? comparisonOf(h) : undefined;
  }
  get currency(): string | undefined {
    return this.kind === "money" ? this.hit.currency : undefined;
  }
  get unit(): string | undefined {
    return this.kind === "measure" ? this.hit.unit : undefined;
  }
  get category(): Figure["category"] {
    return this.kind === "count" ? this.hit.category : undefined;
  }
  get of(): number | undefined {
    return this.kind === "count" ? this.hit.of : undefined;
  }
  get approx(): true | undefined {
    return this.hit.approx ? true : undefined;
  }
  get bound(): Figure["bound"] {
    const b = this.hit.bound;
    return b ? b : undefined;
  }
  get range(): Figure["range"] {
    const r = this.hit.range;
    return r ? r : undefined;
  }
  get per(): string[] | undefined {
    const p = this.hit.per;
    return this.kind === "money" && p?.length ? p : undefined;
  }
  get noun(): string | undefined {
    const n = this.hit.noun;
    return this.kind === "count" && n ? n : undefined;
  }
  get ambiguous(): true | undefined {
    return this.hit.ambiguous ? true : undefined;
  }
}

/** The late keys' codes: a key's place here, from 1 (FigureDraft.late). */
const LATE_KEYS: readonly LateKey[] = ["comparison", "estimated", "subject", "parent", "children", "breakdown", "refersTo"];
const ESTIMATED = 2;
const COMPARISON = 1;

type ComparisonKey = "relation" | "basis" | "basisFigure";
/** The comparison keys' codes: a key's place here, from 1 (ComparisonDraft.order). */
const COMPARISON_KEYS: readonly ComparisonKey[] = ["relation", "basis", "basisFigure"];

/** Whether order code `code` (digits of `bits` bits) holds the digit `digit`. */
function holds(code: number, bits: number, digit: number): boolean {
  const mask = (1 << bits) - 1;
  for (let c = code; c !== 0; c >>>= bits) if ((c & mask) === digit) return true;
  return false;
}

/** How many digits of `bits` bits order code `code` has. */
function digits(code: number, bits: number): number {
  let n = 0;
  for (let c = code; c !== 0; c >>>= bits) n++;
  return n;
}

/**
 * A draft's comparison: its three keys always there, and the order they were first set in (each
 * key's code in COMPARISON_KEYS a 2-bit digit, the last set lowest).
 */
export class ComparisonDraft {
  relation: Comparison["relation"] = undefined;
  basis: string | undefined = undefined;
  basisFigure: string | undefined = undefined;
  order = 0;
  constructor(from: ComparisonDraft | undefined) {
    if (from !== undefined) {
      this.relation = from.relation;
      this.basis = from.basis;
      this.basisFigure = from.basisFigure;
      this.order = from.order;
    }
  }
  set(k: ComparisonKey, v: string): this {
    if (this[k] === undefined) this.order = this.order * 4 + COMPARISON_KEYS.indexOf(k) + 1;
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
  const order = c.order;
  for (let i = digits(order, 2) - 1; i >= 0; i--) {
    const k = COMPARISON_KEYS[((order >>> (2 * i)) & 3) - 1]!;
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
  f.late = f.late * 8 + LATE_KEYS.indexOf(k) + 1;
}

/**
 * The public figure of a draft: the keys with a value, in the order above. (Each key is read by
 * name from the draft, one map, and stored through {@link put}'s one generic store whatever the
 * figure's set of keys: stores named one by one were optimised on a few sets and thrown away at
 * the next. Only estimated and comparison of these can also be set late.)
 */
export function publish(d: FigureDraft): Figure {
  const f: Record<string, unknown> = { id: d.id, kind: d.kind, value: d.value, span: d.span, text: d.text, rule: d.rule };
  const late = d.late;
  put(f, "currency", d.currency);
  put(f, "unit", d.unit);
  put(f, "category", d.category);
  put(f, "of", d.of);
  put(f, "approx", d.approx);
  put(f, "bound", d.bound);
  put(f, "range", d.range);
  put(f, "per", d.per);
  put(f, "noun", d.noun);
  if (late === 0 || !holds(late, 3, ESTIMATED)) put(f, "estimated", d.estimated);
  put(f, "ambiguous", d.ambiguous);
  if (d.comparison !== undefined && (late === 0 || !holds(late, 3, COMPARISON))) put(f, "comparison", publishComparison(d.comparison as ComparisonDraft));
  for (let i = digits(late, 3) - 1; i >= 0; i--) {
    const k = LATE_KEYS[((late >>> (3 * i)) & 7) - 1]!;
    f[k] = k === "comparison" ? publishComparison(d.comparison as ComparisonDraft) : d[k];
  }
  return f as unknown as Figure;
}

/** `f[k] = v` when v is a value (the one store publish makes its keys with). */
function put(f: Record<string, unknown>, k: string, v: unknown): void {
  if (v !== undefined) f[k] = v;
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
