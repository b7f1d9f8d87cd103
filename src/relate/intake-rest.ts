/**
 * A whole taken in, the part handled and the rest, told in one sentence, each right after its verb:
 *
 *   "thụ lý 3.462 vụ việc, đã giải quyết 3.104 vụ việc, còn lại 358 vụ việc"    3.104 + 358 = 3.462
 *   "tiếp nhận 500 đơn, giải quyết 440 đơn, còn 60 đơn đang xác minh"           440 + 60 = 500
 *   "thụ lý mới 300 vụ, …, còn lại …"                    nothing: the new ones only (old ones carried in)
 *   "…, còn lại 60 đơn của năm trước"                    nothing: a rest of another period
 *   "…, đã giải quyết 440 đơn (đạt 88%), còn lại …"      nothing: another figure between (share-handled.ts)
 *
 * A closed breakdown (whole, part, remainder), like remainder.ts's "156/412 …; 258 … còn lại": only
 * when the three are counts of one measure, exact, one right after another with only the noun
 * phrase and a comma between, the whole right after "tiếp nhận"/"thụ lý" and the part right
 * after "(đã) giải quyết/xử lý".
 */
import { named } from "../text/rx.js";
import { cueOf, figMember, type Fig, type Rel, type RelateCtx } from "./context.js";
import { measureCompatible } from "./kinds.js";
import { label } from "./remainder.js";

// (on the folded key: "thụ lí", "xử lí")
/** Right before the whole: the intake verb ("đã thụ lý", "tiếp nhận"), nothing between it and the number. */
const INTAKE = named("intake-rest.INTAKE", /(?:^|[^\p{L}\p{M}])(?:thụ\s+lí|tiếp\s+nhận)\s+$/u);
/**
 * From the whole to the part: its noun phrase (no figure, no break; one comma inside at most:
 * "vụ việc dân sự, hôn nhân và gia đình"), a comma, "(đã) giải quyết/xử lý (xong/được)".
 */
const HANDLED = named("intake-rest.HANDLED", /^(?:[^,;:.()\d]{0,60},){1,2}\s*(?:đã\s+)?(?:giải\s+quiết|xử\s+lí)(?:\s+(?:xong|được))?\s+$/u);
/** From the part to the rest: its noun phrase, a comma, "còn lại" or "còn". */
const REST = named("intake-rest.REST", /^[^,;:.()\d]{0,40},\s*(?:số\s+)?còn(?:\s+lại)?\s+$/u);
/** After the rest, in its clause: a rest of another period ("của năm trước", "tồn cũ"). */
const OTHER_PERIOD = named("intake-rest.OTHER_PERIOD", /^[^,;.]{0,60}(?:trước|cũ)(?![\p{L}\p{M}])/u);

export function intakeRests(rc: RelateCtx, claimed: Map<number, Fig>): Rel[] {
  const out: Rel[] = [];
  for (let k = 0; k + 2 < rc.figs.length; k++) {
    const w = rc.figs[k]!;
    if (w.f.kind !== "count" || !INTAKE.test(rc.key.slice(Math.max(0, w.start - 16), w.start))) continue;
    const p = rc.figs[k + 1]!;
    const r = rc.figs[k + 2]!;
    const three = [w, p, r];
    if (three.some((g) => g.sent !== w.sent || g.f.kind !== "count" || g.f.approx || g.f.bound || g.f.range || g.f.of !== undefined || g.change || claimed.has(g.i))) continue;
    if (measureCompatible(w.f, p.f, w.kinds, p.kind) !== "yes" || measureCompatible(w.f, r.f, w.kinds, r.kind) !== "yes") continue;
    if (!HANDLED.test(rc.key.slice(w.end, p.start)) || !REST.test(rc.key.slice(p.end, r.start))) continue;
    if (OTHER_PERIOD.test(rc.key.slice(r.end, r.end + 60))) continue;
    out.push({
      kind: "breakdown",
      certainty: "explicit",
      cue: cueOf(rc, p.end, r.start),
      members: [
        figMember(rc, "whole", w, { label: label(rc, w) }),
        figMember(rc, "part", p, { label: label(rc, p) }),
        figMember(rc, "remainder", r, { label: label(rc, r) }),
      ],
      rule: "relate.breakdown.intake-rest",
      closed: true,
      parts: "disjoint",
    });
    claimed.set(p.i, w);
    claimed.set(r.i, w);
  }
  return out;
}
