/**
 * A staff role written before a number with no noun after it, as an item of a list (count.ts asks
 * when no counted noun follows the number):
 *
 *   "gồm bác sĩ 62, điều dưỡng 150"        → personnel 62, personnel 150 ("count.role-before")
 *   "chia ra: giáo viên 57, nhân viên 7."   → 57, 7
 *   "bác sĩ 62 tuổi" (a noun follows), "bác sĩ khoảng 62" (a qualifier) → none here
 */
import type { Ctx, CountHit } from "./types.js";
import { shaped } from "./types.js";
import type { NumberHit } from "./number.js";
import { fold } from "../text/fold.js";
import { PARTITIONS } from "../lexicon/partitions.js";
import { CATEGORY } from "./category.js";

/** Staff roles and kinds of employment (src/lexicon/partitions.ts), folded, longest first. */
const ROLES = PARTITIONS.filter((p) => p.name === "staff role" || p.name === "employment kind")
  .flatMap((p) => p.values.map((v) => fold(v)))
  .sort((a, b) => b.length - a.length);

/**
 * A staff role written before a number with no noun after it, as an item of a list: "gồm bác sĩ 62,
 * điều dưỡng 150", "chia ra: giáo viên 57, nhân viên 7." The role starts the item (after a list
 * cue, a colon, a comma or "và") and a separator or the end of the sentence follows the number.
 */
export function roleBefore(ctx: Ctx, h: NumberHit): CountHit | null {
  const key = ctx.doc.key;
  if (h.form !== "digits" || h.of !== undefined || h.approx || h.range || !Number.isInteger(h.value)) return null;
  if (!/^\s{0,2}(?:[,;.)]|và\s|$)/u.test(key.slice(h.numEnd, h.numEnd + 4))) return null;
  const from = Math.max(0, h.numStart - 40);
  const before = key.slice(from, h.numStart).replace(/\s+$/u, "");
  for (const r of ROLES) {
    if (!before.endsWith(r)) continue;
    const lead = before.slice(0, before.length - r.length);
    if (!/(?:[,;:(]|(?:^|[^\p{L}\p{M}])(?:gồm|gồm có|bao gồm|và|trong đó|trong đó có))\s*$/u.test(lead)) return null;
    const nounStart = from + lead.length;
    return shaped<CountHit>({
      kind: "count",
      start: h.start,
      end: h.end,
      rule: "count.role-before",
      value: h.value,
      category: CATEGORY.get(r) ?? "personnel",
      noun: ctx.doc.norm.slice(nounStart, nounStart + r.length),
      numStart: h.numStart,
      numEnd: h.numEnd,
    });
  }
  return null;
}
