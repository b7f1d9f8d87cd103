/**
 * A rate told before the level it leads to, then the basis and its figure: "Doanh thu giảm 8%, còn 920
 * tỷ đồng so với năm trước (1.000 tỷ đồng)" — value 920 (after "còn"), base 1.000 (growth.ts: the rate's
 * clause names no value before it).
 *   "…, tăng 12%, lên 5.600 tỷ đồng so với năm 2023 (5.000 tỷ đồng)"
 * Only with a basis of an earlier period right after the value and its figure stated after that basis.
 */
import { basisAfter, nextFig, statedAfter, type Basis } from "./anchor.js";
import type { Fig, RelateCtx } from "./context.js";
import { measureCompatible } from "./kinds.js";
import { named } from "../text/rx.js";

/** From the rate to the value: ", còn", "xuống còn", ", lên mức". */
const THEN_LEVEL = named("relate.growth-rest-after.THEN_LEVEL", /^[\s%]*(?:,\s*)?(?:còn|xuống(?:\s+còn)?|lên)(?:\s+(?:mức|khoảng|gần|hơn|trên))?\s*$/u);

/** The value after a rate `p` ("…, còn A so với … (B)"), its basis and the base stated for it. */
export function levelAfter(rc: RelateCtx, p: Fig, sentEnd: number): { value: Fig; base: Fig; basis: Basis } | undefined {
  const x = nextFig(rc, p.end);
  if (!x || x.sent !== p.sent || x.f.kind === "percent" || x.change || !THEN_LEVEL.test(rc.key.slice(p.end, x.n0))) return undefined;
  const basis = basisAfter(rc, x.end, sentEnd);
  if (!basis || basis.kind !== "base") return undefined;
  const base = statedAfter(rc, basis.end, p.sent);
  if (!base || base === x || measureCompatible(x.f, base.f, x.kinds, base.kind) !== "yes") return undefined;
  return { value: x, base, basis };
}
