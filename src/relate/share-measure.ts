/**
 * A share of a measure's one part told right on it (src/relate/share.ts): the breakdown of a measure
 * with one part is inferred (breakdown.ts), but the part, its label and "chiếm N%" right after "trong đó"
 * following the whole tie the share to that whole explicitly.
 *
 *   "đạt 6,84 triệu tấn, trong đó hàng container 2,33 triệu tấn, chiếm 41,2%"   explicit (2,33 ÷ 6,84)
 *   "gieo trồng 12.400 ha, trong đó lúa 8.100 ha (chiếm 65,3%)"                 explicit
 *   "thu hoạch 3 triệu tấn lúa và 6,84 triệu tấn ngô, trong đó 2 triệu tấn …, chiếm 30%"
 *       not: a figure of the same measure joined to the whole may be the share's whole too
 *   "đạt 6,84 triệu tấn; trong đó hàng container 2,33 triệu tấn, chiếm 41,2%"  not: a ";" between
 */
import type { Fig, RelateCtx } from "./context.js";
import { measureCompatible } from "./kinds.js";
import { named } from "../text/rx.js";

/** From the whole to the part: the rest of the whole's noun, ", trong đó", a short label (no number, no bracket). */
const WHOLE_TO_PART = named("share-measure.WHOLE_TO_PART", /^[^;:\d()]{0,40}?,\s*trong\s+đó(?:\s*,)?(?:\s+có)?(?:\s+[\p{L}\p{M}]+){0,5}\s*$/u);
/** From the part to the percent: ", chiếm" or "(chiếm". */
const PART_TO_SHARE = named("share-measure.PART_TO_SHARE", /^\s*(?:,|\()\s*chiếm(?:\s+(?:tỉ\s+trọng|tỉ\s+lệ|khoảng|gần|hơn|trên))?\s*$/u);

/** Whether a share of `part` of the measure `whole` is told right on it, with no other figure of the measure joined to the whole. */
export function measureShareTold(rc: RelateCtx, whole: Fig, part: Fig, p: Fig): boolean {
  if (whole.f.kind !== "measure" || part.f.kind !== "measure" || whole.sent !== part.sent || part.sent !== p.sent) return false;
  if (whole.end > part.start || part.end > p.start || measureCompatible(whole.f, part.f) !== "yes") return false;
  if (!WHOLE_TO_PART.test(rc.key.slice(whole.end, part.start)) || !PART_TO_SHARE.test(rc.key.slice(part.end, p.start))) return false;
  // (no other figure of the measure before the whole in its sentence: "3 triệu tấn lúa và 6,84 triệu tấn ngô")
  for (let j = whole.i - 1; j >= 0; j--) {
    const g = rc.figs[j]!;
    if (g.sent !== whole.sent) break;
    if (g.f.kind === "measure" && measureCompatible(g.f, whole.f) === "yes") return false;
  }
  return true;
}
