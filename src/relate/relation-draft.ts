/**
 * A relation on its way through the finders (issue 14, the warm-up), as figure-draft.ts is for
 * figures. The public relations have a different set of keys by kind and by what the text states
 * (a plan may have `missing`, `excess`, `shortfall`, and later `direction` and `directionCue`), so
 * V8 gave them many object maps, and the code that reads rc.found (relate's split pass, the
 * shares, the plans, directions) was optimised on a few and thrown away when another came.
 *
 * A RelationDraft has every key of every kind, undefined where the relation has none, so the
 * readers see one map; what they read is what they read on the public relation (an absent key is
 * undefined). relate() makes the public relation from it ({@link publishRelation}) with the keys
 * each finder has always written, in the one order every finder writes them:
 *
 *   id, kind, certainty, cue, members, missing, rule,
 *   closed, parts (breakdown; closed: percent-total), excess, shortfall, direction, directionCue (plan),
 *   direction, measure, basis (growth), form (restatement), person, change (position)
 *
 * (test/relation-draft.test.ts holds publishRelation(drafted(r)) to `{ id, ...r }`, keys and their
 * order included, for relations of every kind written in that order.)
 */
import type { RelationCue, RelationMember, RelationRecord } from "../schema.js";
import type { Rel } from "./context.js";

/** Any relation's keys, each optional (what drafted reads from a finder's literal). */
type Any = {
  kind?: RelationRecord["kind"];
  certainty?: RelationRecord["certainty"];
  cue?: RelationCue;
  members?: RelationMember[];
  missing?: string[];
  rule?: string;
  closed?: boolean;
  parts?: "disjoint" | "overlapping" | "unknown";
  excess?: boolean;
  shortfall?: boolean;
  direction?: "over" | "under" | "up" | "down";
  directionCue?: RelationCue;
  measure?: "rate" | "multiple" | "delta" | "delta-rate" | "ratio";
  basis?: string;
  form?: "words" | "units" | "separator";
  person?: string;
  change?: string;
};
type Field<K extends keyof Any> = Any[K];

export class RelationDraft {
  kind: RelationRecord["kind"];
  certainty: RelationRecord["certainty"];
  cue: RelationCue | undefined;
  members: RelationMember[];
  missing: string[] | undefined;
  rule: string;
  closed: boolean | undefined = undefined;
  parts: Field<"parts"> = undefined;
  excess: boolean | undefined = undefined;
  shortfall: boolean | undefined = undefined;
  direction: Field<"direction"> = undefined;
  directionCue: RelationCue | undefined = undefined;
  measure: Field<"measure"> = undefined;
  basis: string | undefined = undefined;
  form: Field<"form"> = undefined;
  person: string | undefined = undefined;
  change: string | undefined = undefined;

  constructor(kind: RelationRecord["kind"], certainty: RelationRecord["certainty"], cue: RelationCue | undefined, members: RelationMember[], missing: string[] | undefined, rule: string) {
    this.kind = kind;
    this.certainty = certainty;
    this.cue = cue;
    this.members = members;
    this.missing = missing;
    this.rule = rule;
  }
}

/** A finder's relation as a draft (itself when it is one already). */
export function drafted(r: Rel): RelationDraft {
  if (r instanceof RelationDraft) return r;
  const a = r as unknown as Any;
  const d = new RelationDraft(a.kind!, a.certainty!, a.cue, a.members!, a.missing, a.rule!);
  // (each key read from the literal, undefined where it has none: the draft's are undefined already)
  d.closed = "closed" in a ? a.closed : undefined;
  d.parts = "parts" in a ? a.parts : undefined;
  d.excess = "excess" in a ? a.excess : undefined;
  d.shortfall = "shortfall" in a ? a.shortfall : undefined;
  d.direction = "direction" in a ? a.direction : undefined;
  d.directionCue = "directionCue" in a ? a.directionCue : undefined;
  d.measure = "measure" in a ? a.measure : undefined;
  d.basis = "basis" in a ? a.basis : undefined;
  d.form = "form" in a ? a.form : undefined;
  d.person = "person" in a ? a.person : undefined;
  d.change = "change" in a ? a.change : undefined;
  return d;
}

/** The public relation of a draft: its id, then the keys it has, in the order above. */
export function publishRelation(id: string, d: RelationDraft): RelationRecord {
  const o: Record<string, unknown> = { id, kind: d.kind, certainty: d.certainty };
  if (d.cue !== undefined) o.cue = d.cue;
  o.members = d.members;
  if (d.missing !== undefined) o.missing = d.missing;
  o.rule = d.rule;
  if (d.closed !== undefined) o.closed = d.closed;
  if (d.parts !== undefined) o.parts = d.parts;
  if (d.excess !== undefined) o.excess = d.excess;
  if (d.shortfall !== undefined) o.shortfall = d.shortfall;
  if (d.direction !== undefined) o.direction = d.direction;
  if (d.directionCue !== undefined) o.directionCue = d.directionCue;
  if (d.measure !== undefined) o.measure = d.measure;
  if (d.basis !== undefined) o.basis = d.basis;
  if (d.form !== undefined) o.form = d.form;
  if (d.person !== undefined) o.person = d.person;
  if (d.change !== undefined) o.change = d.change;
  return o as RelationRecord;
}
