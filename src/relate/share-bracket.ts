/**
 * A percent in a bracket right after a part of a breakdown, alone: the part's share of the whole
 * (share.ts reads "chiếm P%" and "(tỷ lệ P%)").
 *
 *   "Trong 12 chi bộ, có 5 chi bộ hoàn thành xuất sắc nhiệm vụ (41,7%), 6 chi bộ … (50%), 1 chi bộ … (8,3%)"
 *       5 of 12 = 41,7%, 6 of 12 = 50%, 1 of 12 = 8,3%
 *   "Có 142 công đoàn cơ sở, trong đó 118 công đoàn cơ sở (83,1%) đạt vững mạnh"
 * Only the part's noun phrase between the part and the bracket (no number, no "," ";" ":"), the bracket
 * holding the percent alone, a whole that is no percent, a breakdown read for certain (explicit), and a
 * percent no relation holds yet. Not a part whose noun phrase runs on from an earlier part's: "600
 * giường bệnh, trong đó 100 giường hồi sức, 95 giường hồi sức có máy thở (95%)" is 95 of the 100, a
 * part of that part (as sub-part.ts reads past a ";"). Nor one said of the part before it, "trong số
 * đó" between it and the bracket: "120 hộ nuôi bò (37,5%), 86 hộ trong số đó nuôi bò sinh sản
 * (71,7%)" is 86 of the 120, that part the whole.
 */
import { cueOf, figById, figMember, type Fig, type Rel, type RelateCtx } from "./context.js";
import type { RelationMember } from "../schema.js";
import { nextFig } from "./anchor.js";
import { named } from "../text/rx.js";
import { isPartNoun, nounPhrase } from "./sub-part.js";
import { lastClassBefore } from "./pair-whole.js";

const NOUN_THEN_OPEN = named("relate.share-bracket.NOUN_THEN_OPEN", /^[^\d,;:()%.]{0,60}\(\s*$/u);
/** "trong số đó", "trong đó", "trong số này" (folded "nài"): of the part told before. */
const OF_THOSE = named("relate.share-bracket.OF_THOSE", /(?:^|[^\p{L}\p{M}])trong\s+(?:số\s+)?(?:đó|nài)(?![\p{L}\p{M}])/u);

export function findBracketShares(rc: RelateCtx): Rel[] {
  const out: Rel[] = [];
  const taken = new Set<string>();
  for (const r of rc.found) for (const m of r.members) if (m.figure) taken.add(m.figure);
  const fig = (id: string | undefined) => (id === undefined ? undefined : figById(rc, id));
  for (const r of rc.found) {
    // (a list read for certain: "thụ lý 412 vụ, giải quyết 408 vụ (99%)" read as two parts is a guess)
    if (r.kind !== "breakdown" || r.certainty !== "explicit") continue;
    const whole = fig(r.members.find((m) => m.role === "whole")?.figure);
    if (!whole || whole.f.kind === "percent") continue;
    const parts = r.members.filter((m) => m.role === "part").map((m) => fig(m.figure));
    parts.forEach((part, k) => {
      const p = part ? nextFig(rc, part.end) : undefined;
      if (!part || !p || p.f.kind !== "percent" || p.sent !== part.sent || taken.has(p.f.id)) return;
      if (!NOUN_THEN_OPEN.test(rc.key.slice(part.end, p.start)) || !/^\s*\)/u.test(rc.key.slice(p.end, p.end + 3))) return;
      // a part of an earlier part: its noun phrase runs on from that part's (sub-part.ts)
      const np = nounPhrase(rc, part);
      if (parts.slice(0, k).some((e) => e !== undefined && isPartNoun(np, nounPhrase(rc, e)))) return;
      // "86 hộ trong số đó …": of the part before, the whole of this share
      let of = whole;
      if (OF_THOSE.test(rc.key.slice(part.end, p.start))) {
        const before = k > 0 ? parts[k - 1] : undefined;
        if (!before || before.f.kind === "percent" || before.f.kind !== part.f.kind) return;
        of = before;
      }
      taken.add(p.f.id);
      out.push({
        kind: "share",
        certainty: "explicit",
        cue: cueOf(rc, p.start, p.end),
        members: [figMember(rc, "part", part), figMember(rc, "whole", of), ...(of === whole ? alt(rc, whole, part) : []), figMember(rc, "percent", p)],
        rule: "relate.share.bracket-part",
      });
    });
  }
  return out;
}

/** "nam 200 người (40%), nữ 300 người (60%), trong đó 150 đảng viên (30%)": the last class tried too (pair-whole.ts). */
function alt(rc: RelateCtx, whole: Fig, part: Fig): RelationMember[] {
  const c = lastClassBefore(rc, whole, part);
  return c ? [figMember(rc, "whole-alt", c)] : [];
}
