/**
 * What a figure takes from its number and from the words right after it:
 *
 *   "khoảng 50%", "hơn 200 tấn"  → approx, bound "about" / "lower" (the number's qualifier)
 *   "40-45%"                      → range (the number's)
 *   "500 tấn trở lên"             → approx, bound "lower", the hit running to the end of "trở lên"
 *   "100 triệu đồng trở xuống"    → approx, bound "upper"
 */
import { BOUND_AFTER } from "../lexicon/numbers.js";
import { fold } from "../text/fold.js";
import { R, named, rx, words } from "../text/rx.js";
import type { NumberHit } from "./number.js";
import type { FigureHit } from "./types.js";

const BOUND = named("figure.bound-after", new RegExp(rx`^ +(?<b>${words(BOUND_AFTER.map(([w]) => w))})${R}`.source, "u"));
const BOUND_OF = new Map(BOUND_AFTER.map(([w, b]) => [fold(w), b]));

/** Approx and bound from the number's qualifier. */
export function qualifierOf(hit: FigureHit, n: NumberHit): void {
  if (n.approx) {
    hit.approx = true;
    hit.bound = n.bound;
  }
}

/** A bound written after the figure ("trở lên", "trở xuống"): the hit grows to include it. */
export function boundAfter(hit: FigureHit, key: string): void {
  const b = BOUND.exec(key.slice(hit.end, hit.end + 20));
  if (!b) return;
  hit.approx = true;
  hit.bound = BOUND_OF.get(b.groups!.b!.replace(/\s+/g, " "));
  hit.end += b[0].length;
}

/** All of it, for figures whose range is the number's own (percent, measure). */
export function qualify(hit: FigureHit, n: NumberHit, key: string): FigureHit {
  qualifierOf(hit, n);
  if (n.range) hit.range = n.range;
  if (n.ambiguous) hit.ambiguous = true;
  boundAfter(hit, key);
  return hit;
}
