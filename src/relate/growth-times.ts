/**
 * "tăng X lần": a multiple told with "tăng" instead of "gấp" (growth.ts reads "gấp X lần").
 *
 *   "tăng 2,5 lần, từ 6.400 người lên 16.000 người"          the value and base after it
 *   "tăng từ 6.400 người lên 16.000 người, tăng 2,5 lần"       before it
 *   "đạt 5.400 cuộc, tăng 2 lần so với năm 2023 (2.700 cuộc)"  the value before, the base stated after its basis
 * "tăng 2 lần" is read as "2 times as many" as often as "2 times more" (3 times as many): the check
 * (check/growth.ts) takes either (rule relate.growth.times-up).
 */
import { fold } from "../text/fold.js";
import { basisAfter, lastFigBefore, nextFig, statedAfter, yearOf } from "./anchor.js";
import { cueOf, figMember, guard, sentenceOf, textMember, type RelateCtx } from "./context.js";
import { fromTo } from "./growth.js";
import { measureCompatible } from "./kinds.js";
import type { RelationGrowth, RelationMember } from "../schema.js";
import { named } from "../text/rx.js";

const LAN = fold("lần");
/** "tăng 2,5 lần", "tăng thêm 2 lần", "tăng hơn 3 lần" (not "tăng gấp 3 lần": growth.ts). */
const TANG_BEFORE = guard(named("growth-times.TANG_BEFORE", /(?:^|[^\p{L}\p{M}])tăng(?:\s+thêm)?(?:\s+(?:hơn|gần|khoảng|trên))?\s*$/u), ["tăng"]);
/** From the number to the base after it: "lần, từ", "lần (từ". */
const THEN_FROM = named("growth-times.THEN_FROM", /^\s*lần(?:\s*[,(:])?\s*từ(?:\s+(?:mức|khoảng|gần|hơn|trên))?\s*$/u);
/**
 * Between the value and "tăng": its noun phrase is read by the figure, then a comma or a bracket; the
 * value's year may stand between ("từ 200 người năm 2020 lên 500 người năm 2024, tăng 2,5 lần", as
 * growth.ts's MULTIPLE_GAP for "gấp").
 */
const VALUE_GAP = named("growth-times.VALUE_GAP", /^(?:\s*năm\s+\d{4})?[\s,(]*$/u);

export function timesUp(rc: RelateCtx): Omit<RelationGrowth, "id">[] {
  const out: Omit<RelationGrowth, "id">[] = [];
  const key = rc.key;
  for (const b of rc.bare) {
    if (b.word !== LAN) continue;
    const lead = key.slice(Math.max(0, b.n0 - 20), b.n0);
    if (!TANG_BEFORE.test(lead)) continue;
    const cueStart = b.n0 - lead.length + lead.lastIndexOf("tăng");
    const si = sentenceOf(rc, b.n0);
    let value;
    let base;
    // after: "tăng 2,5 lần, từ A lên B"
    const x = nextFig(rc, b.n1);
    const y = x ? rc.figs[x.i + 1] : undefined;
    if (x && y && y.sent === si && THEN_FROM.test(key.slice(b.n1, x.n0)) && fromTo(rc, y) === x) {
      value = y;
      base = x;
    } else {
      // before: "từ A lên B, tăng 2,5 lần", "B, tăng 2 lần so với năm 2023 (A)"
      const j = lastFigBefore(rc, cueStart);
      const v = j >= 0 ? rc.figs[j] : undefined;
      if (!v || v.sent !== si || v.f.kind === "percent" || v.change || !VALUE_GAP.test(key.slice(v.end, cueStart))) continue;
      value = v;
      base = fromTo(rc, v);
      // ("từ 200 người năm 2020 lên 500 người năm 2024, tăng 3 lần so với năm 2015": of another base)
      const y = base ? basisAfter(rc, b.n1 + LAN.length + 1, rc.sentences[si]?.end ?? key.length)?.year : undefined;
      if (base && y !== undefined && yearOf(rc, base) !== undefined && yearOf(rc, base) !== y) continue;
      if (!base) {
        const basis = basisAfter(rc, b.n1 + LAN.length + 1, rc.sentences[si]?.end ?? key.length);
        const s = basis ? statedAfter(rc, basis.end, si) : undefined;
        if (s && measureCompatible(v.f, s.f, v.kinds, s.kind) === "yes") base = s;
      }
    }
    if (!base) continue;
    const members: RelationMember[] = [figMember(rc, "value", value), figMember(rc, "base", base)];
    // "tăng hơn 2 lần": the qualifier belongs to the member (as "gấp hơn 3 lần" in growth.ts)
    const q = /(?:hơn|trên|gần|khoảng)\s*$/u.exec(key.slice(cueStart, b.n0));
    const m0 = q ? cueStart + q.index : b.n0;
    members.push(textMember(rc, "multiple", m0, b.n1 + key.slice(b.n1).indexOf(LAN) + LAN.length, { value: b.value }));
    out.push({
      kind: "growth",
      certainty: "explicit",
      cue: cueOf(rc, cueStart, cueStart + 4),
      members,
      rule: "relate.growth.times-up",
      direction: "up",
      measure: "multiple",
    });
  }
  return out;
}
