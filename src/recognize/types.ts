/**
 * What recognisers return. Positions are indexes into `doc.norm` / `doc.key` (same length);
 * the report stage turns them into original spans with `doc.span(start, end)`.
 * Every hit names the rule that made it (`rule`, e.g. "money.scale", "count.noun").
 */
import type { Doc } from "../text/normalize.js";
import type { Sentence } from "../text/segment.js";
import type { Category, FigureKind, Relation } from "../schema.js";

export type NumberConvention = "vi" | "en" | "unknown";

export interface Ctx {
  doc: Doc;
  sentences: Sentence[];
  /** Digit-group convention of this document (see number.ts inferConvention). */
  convention: NumberConvention;
  /** When the text was published ("2017-06-21", "2017"), if known: the year of a day written without one. */
  referenceDate?: string;
}

export interface Hit {
  start: number;
  end: number;
  rule: string;
}

export interface FigureHit extends Hit {
  kind: FigureKind;
  value: number;
  currency?: string;
  unit?: string;
  category?: Category;
  of?: number;
  approx?: boolean;
  bound?: "about" | "lower" | "upper";
  range?: { from: number; to: number };
  noun?: string;
  per?: string[];
  estimated?: boolean;
  ambiguous?: boolean;
  /** Percent: the relation word before it (đạt, vượt, tăng, giảm, bằng, chiếm) and the basis. */
  relation?: Relation;
  basis?: string;
  /** Where the number itself sits inside the hit (for linking and checks). */
  numStart?: number;
  numEnd?: number;
}

export interface DateHit extends Hit {
  value: string;
  precision: "day" | "month" | "quarter" | "year";
  yearInferred?: boolean;
  /** A calendar-impossible date as written ("31/02/2022", "năm 20221"): kept for the checks. */
  invalid?: boolean;
}

export interface PositionHit extends Hit {
  title: string;
  org: string | null;
  modifiers?: string[];
}

export interface PersonHit {
  name: string;
  honorifics: string[];
  positions: PositionHit[];
  roles: string[];
  mentions: Hit[];
}

export interface OrgHit extends Hit {
  name: string;
  head: string;
}
