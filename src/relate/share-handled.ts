/**
 * The rate of a part handled, told with "đạt" after the count taken in, in one sentence:
 *
 *   "Tòa án thụ lý 250 vụ, giải quyết 230 vụ, đạt 92%"            92% is 230 of 250
 *   "tiếp nhận 320 đơn, đã giải quyết 290 đơn, đạt tỷ lệ 90,6%"    the same with "tỷ lệ"
 *   "…, giải quyết 230 vụ (đạt 92%)"                               in a bracket on the part
 *   "thụ lý 1.246 vụ, việc, giải quyết 1.182 vụ, việc, đạt 94,9%"  a pair of nouns after both counts
 *   "…, giải quyết 230 vụ, đạt 95% kế hoạch"                       nothing: a plan (share.ts skips it before)
 *   "…, giải quyết 230 hồ sơ, đạt 98% đúng hạn"                    nothing: a rate of something the words name
 *
 * share.ts finds the whole as for "chiếm" (toldBefore: a count told as taken in, "thụ lý", "tiếp
 * nhận", the only one of the part's noun before it, the part's clause opened by the handling verb
 * alone); a plain "đạt" is tied only here, where the whole is in the part's sentence and the
 * percent follows the part's clause right away and ends its own.
 */
import { named } from "../text/rx.js";
import type { Fig, RelateCtx } from "./context.js";
import { gluedGap } from "./anchor.js";

/** From the part to the percent: the part's noun (no figure, no break), then ", đạt (tỷ lệ)" or "(đạt (tỷ lệ)". */
const PART_THEN_DAT = named("share-handled.PART_THEN_DAT", /^[^,;:.()\d]{0,40}(?:,\s*|\(\s*)đạt(?:\s+tỉ\s+lệ)?(?:\s+là)?\s*$/u);
/** A noun's second of a pair right after the count: ", việc" of "1.182 vụ, việc" (the whole's own pair, the same word). */
const NOUN_PAIR = named("share-handled.NOUN_PAIR", /^\s*,\s*([\p{L}\p{M}]+)(?=\s*[,(])/u);
/** The same after the whole, which may run on: ", việc" of "1.246 vụ, việc các loại". */
const PAIR_AFTER = named("share-handled.PAIR_AFTER", /^\s*,\s*([\p{L}\p{M}]+)/u);
/** After the percent: the clause ends (no word naming what it is of: "đạt 98% đúng hạn"). */
const ENDS = named("share-handled.ENDS", /^\s*(?:[).,;]|$)/u);

/** Whether percent `p` is the rate of `part` of `whole` in the shape above (whole and part found by share.ts). */
export function handledRate(rc: RelateCtx, whole: Fig, part: Fig, p: Fig): boolean {
  if (whole.sent !== part.sent || part.sent !== p.sent || rc.figs[part.i + 1] !== p) return false;
  let gap = rc.key.slice(part.end, p.start);
  // "1.246 vụ, việc …, đã giải quyết 1.182 vụ, việc, đạt …": a pair of nouns, told after both
  const pair = NOUN_PAIR.exec(gap);
  if (pair && PAIR_AFTER.exec(rc.key.slice(whole.end, whole.end + 30))?.[1] === pair[1]) gap = gap.slice(pair[0].length);
  return PART_THEN_DAT.test(gap) && ENDS.test(rc.key.slice(p.end, p.end + 3));
}

/**
 * The part of a percent after a pair of nouns (anchor.ts's anchorOf stops at the pair's comma): the
 * count right before "…, việc, đạt tỷ lệ 94,9%" when an earlier count of its noun in the sentence is
 * told with the same pair ("thụ lý 1.246 vụ, việc …"), or one in the sentence before, and the rest of the gap is glue.
 */
export function pairedPart(rc: RelateCtx, k: number): Fig | undefined {
  const p = rc.figs[k]!;
  const g = rc.figs[k - 1];
  if (!g || g.sent !== p.sent || g.f.kind !== "count") return undefined;
  const gap = rc.key.slice(g.end, p.start);
  const pair = NOUN_PAIR.exec(gap);
  if (!pair || !gluedGap(gap.slice(pair[0].length))) return undefined;
  // (in its sentence or the one before: "sản xuất 4.620 tin, bài, phóng sự. Trong đó, …1.846 tin, bài, chiếm …")
  for (let j = k - 2; j >= 0 && rc.figs[j]!.sent >= p.sent - 1; j--) {
    const w = rc.figs[j]!;
    if (w.f.kind === "count" && w.f.noun === g.f.noun && PAIR_AFTER.exec(rc.key.slice(w.end, w.end + 30))?.[1] === pair[1]) return g;
  }
  return undefined;
}
