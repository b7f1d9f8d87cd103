/**
 * The rate of a part handled, told with "đạt" after the count taken in, in one sentence:
 *
 *   "Tòa án thụ lý 250 vụ, giải quyết 230 vụ, đạt 92%"            92% is 230 of 250
 *   "tiếp nhận 320 đơn, đã giải quyết 290 đơn, đạt tỷ lệ 90,6%"    the same with "tỷ lệ"
 *   "…, giải quyết 230 vụ (đạt 92%)"                               in a bracket on the part
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

/** From the part to the percent: the part's noun (no figure, no break), then ", đạt (tỷ lệ)" or "(đạt (tỷ lệ)". */
const PART_THEN_DAT = named("share-handled.PART_THEN_DAT", /^[^,;:.()\d]{0,40}(?:,\s*|\(\s*)đạt(?:\s+tỉ\s+lệ)?(?:\s+là)?\s*$/u);
/** After the percent: the clause ends (no word naming what it is of: "đạt 98% đúng hạn"). */
const ENDS = named("share-handled.ENDS", /^\s*(?:[).,;]|$)/u);

/** Whether percent `p` is the rate of `part` of `whole` in the shape above (whole and part found by share.ts). */
export function handledRate(rc: RelateCtx, whole: Fig, part: Fig, p: Fig): boolean {
  if (whole.sent !== part.sent || part.sent !== p.sent || rc.figs[part.i + 1] !== p) return false;
  return PART_THEN_DAT.test(rc.key.slice(part.end, p.start)) && ENDS.test(rc.key.slice(p.end, p.end + 3));
}
