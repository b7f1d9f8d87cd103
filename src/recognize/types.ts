/**
 * What recognisers return. Positions are indexes into `doc.norm` / `doc.key` (same length);
 * the report stage turns them into original spans with `doc.span(start, end)`.
 * Every hit names the rule that made it (`rule`, e.g. "money.scale", "count.noun").
 */
import type { Doc } from "../text/normalize.js";
import type { Sentence } from "../text/segment.js";
import type { Category, Relation, RuleOf, ValueRule } from "../schema.js";

export type NumberConvention = "vi" | "en" | "unknown";

export interface Ctx {
  doc: Doc;
  sentences: Sentence[];
  /** Digit-group convention of this document (see number.ts inferConvention). */
  convention: NumberConvention;
  /** When the text was published ("2017-06-21", "2017"), if known: the year of a day written without one. */
  referenceDate?: string;
}

export interface Hit<R extends ValueRule = ValueRule> {
  start: number;
  end: number;
  rule: R;
}

/** What a figure hit has, whatever its kind. */
interface FigureHitBase {
  value: number;
  approx?: boolean;
  bound?: "about" | "lower" | "upper";
  range?: { from: number; to: number };
  estimated?: boolean;
  ambiguous?: boolean;
  /** Percent: the relation word before it (đạt, vượt, tăng, giảm, bằng, chiếm) and the basis. */
  relation?: Relation;
  basis?: string;
  /** Where the number itself sits inside the hit (for linking and checks). */
  numStart?: number;
  numEnd?: number;
}

export interface MoneyHit extends FigureHitBase, Hit<RuleOf<"money">> {
  kind: "money";
  currency: string;
  per?: string[];
  unit?: never;
  category?: never;
  noun?: never;
  of?: never;
}
export interface PercentHit extends FigureHitBase, Hit<RuleOf<"percent">> {
  kind: "percent";
  currency?: never;
  unit?: never;
  category?: never;
  noun?: never;
  of?: never;
  per?: never;
}
export interface MeasureHit extends FigureHitBase, Hit<RuleOf<"measure">> {
  kind: "measure";
  unit: string;
  currency?: never;
  category?: never;
  noun?: never;
  of?: never;
  per?: never;
}
export interface CountHit extends FigureHitBase, Hit<RuleOf<"count">> {
  kind: "count";
  category: Category;
  noun?: string;
  of?: number;
  currency?: never;
  unit?: never;
  per?: never;
}
/** A figure as a recogniser found it: one of four kinds, told apart by `kind` (as `Figure`). */
export type FigureHit = MoneyHit | PercentHit | MeasureHit | CountHit;

export interface DateHit extends Hit<RuleOf<"date">> {
  value: string;
  precision: "day" | "month" | "quarter" | "year";
  yearInferred?: boolean;
  /** A calendar-impossible date as written ("31/02/2022", "năm 20221"): kept for the checks. */
  invalid?: boolean;
}

export interface PositionHit extends Hit<RuleOf<"position">> {
  title: string;
  org: string | null;
  modifiers?: string[];
}

export interface PersonHit {
  name: string;
  honorifics: string[];
  positions: PositionHit[];
  roles: string[];
  mentions: Hit<RuleOf<"mention">>[];
}

export interface OrgHit extends Hit<RuleOf<"organization">> {
  name: string;
  head: string;
}

/**
 * `h` with every field of a figure hit written, in one order (undefined when absent). Money,
 * percent, measure and count hits then share one object shape, so the code that reads them
 * (figures, link, relations) keeps one map per property load: hits of several shapes made V8
 * throw away its optimised code ("wrong map") and compile it again in every fresh worker.
 * Readers test these fields by value (`h.approx`, `h.of !== undefined`), never by presence.
 */
export function shaped<H extends FigureHit>(h: H): H {
  return {
    kind: h.kind,
    value: h.value,
    start: h.start,
    end: h.end,
    rule: h.rule,
    numStart: h.numStart,
    numEnd: h.numEnd,
    currency: h.currency,
    unit: h.unit,
    category: h.category,
    noun: h.noun,
    of: h.of,
    per: h.per,
    approx: h.approx,
    bound: h.bound,
    range: h.range,
    estimated: h.estimated,
    ambiguous: h.ambiguous,
    relation: h.relation,
    basis: h.basis,
  } as H;
}

/**
 * What shaped() makes of a hit with only these fields (the others undefined, the same keys in the
 * same order: one object shape), with no object literal of the caller's own in between. Each such
 * literal (`shaped({ kind: "measure", value: … })`) was an object shape of its own, whose value
 * field V8 first saw holding small integers: the first decimal ("2,5 km") made it throw away the
 * code that built one (measureOf, moneyOf) and compile it again ("Smi"). It reads no object, so the
 * hits shaped() reads keep their own feedback.
 */
export function figureHit<H extends FigureHit>(
  kind: H["kind"],
  value: number,
  start: number,
  end: number,
  rule: H["rule"],
  numStart: number | undefined,
  numEnd: number | undefined,
  currency: string | undefined,
  unit: string | undefined,
): H {
  return {
    kind,
    value,
    start,
    end,
    rule,
    numStart,
    numEnd,
    currency,
    unit,
    category: undefined,
    noun: undefined,
    of: undefined,
    per: undefined,
    approx: undefined,
    bound: undefined,
    range: undefined,
    estimated: undefined,
    ambiguous: undefined,
    relation: undefined,
    basis: undefined,
  } as H;
}
