/**
 * A second split of a whole, after ";", by a pair of values that covers every member:
 *
 *   "120 đảng viên, gồm 70 nam, 50 nữ; 90 người Kinh, 20 dân tộc thiểu số"   90 + 20 ≠ 120
 *   "45 đảng viên, gồm 40 nam và 5 nữ; 42 chính thức và 3 dự bị"            right
 * After the last part of a list read from a cue ("gồm", "trong đó") comes ";" and exactly two counts,
 * joined by "," or "và", ending the sentence or the clause, each told by one value of one pair (nam |
 * nữ, chính thức | dự bị, Kinh | dân tộc thiểu số) and the two values different: each member is one
 * or the other, so the two are all of the whole.
 */
import { named } from "../text/rx.js";
import { fold } from "../text/fold.js";
import { cueOf, figById, figMember, type Fig, type Rel, type RelateCtx } from "./context.js";
import { measureCompatible } from "./kinds.js";
import { RelationDraft } from "./relation-draft.js";

const PAIRS: readonly (readonly [readonly string[], readonly string[]])[] = [
  [["nam"], ["nữ"]],
  [["chính thức"], ["dự bị"]],
  [["kinh"], ["dân tộc thiểu số", "dân tộc ít người", "dân tộc khác"]],
].map(([a, b]) => [a!.map((w) => fold(w)), b!.map((w) => fold(w))] as const);

/** From the last part to ";" (its noun only), from ";" to the first count, between the two, after the second. */
const TO_SEMI = named("second-split.TO_SEMI", /^[^,;:.()\d]{0,40};\s*$/u);
const JOIN = named("second-split.JOIN", /^[^,;:.()\d]{0,40}(?:,\s*|\s+và\s+)$/u);
const ENDS = named("second-split.ENDS", /^[^,;:()\d]{0,40}?(?:[.;]|$)/u);

export function findSecondSplits(rc: RelateCtx): Rel[] {
  const out: Rel[] = [];
  for (const r of rc.found) {
    if (r.kind !== "breakdown" || r.rule !== "relate.breakdown.list") continue;
    const w = r.members.find((m) => m.role === "whole");
    const whole = w?.figure ? figById(rc, w.figure) : undefined;
    const lastPart = r.members.filter((m) => m.role === "part").pop();
    const last = lastPart?.figure ? figById(rc, lastPart.figure) : undefined;
    if (!whole || !last || whole.f.kind !== "count") continue;
    const a = rc.figs[last.i + 1];
    const b = a ? rc.figs[a.i + 1] : undefined;
    if (!a || !b || a.sent !== last.sent || b.sent !== a.sent) continue;
    const key = rc.key;
    const semi = key.slice(last.end, a.start);
    if (!TO_SEMI.test(semi) || !JOIN.test(key.slice(a.end, b.start))) continue;
    const s = rc.sentences[b.sent];
    const after = key.slice(b.end, Math.min(s ? s.end : key.length, b.end + 60));
    if (!ENDS.test(after)) continue;
    if (![a, b].every((g) => g.f.kind === "count" && !g.change && !g.f.bound && !g.f.range && g.f.of === undefined && measureCompatible(whole.f, g.f, whole.kinds, g.kind) !== "no")) continue;
    // each count's clause says its value and nothing more (the whole's noun, "người", "là" aside):
    // not "30 đảng viên nam là người Kinh", "2 nữ được kết nạp mới", "10 dân tộc thiểu số dạy ở điểm lẻ"
    const own = new Set([...fold(whole.f.noun ?? "").split(/\s+/u), ...GLUE]);
    const va = valueOf(key, a, b.start, own);
    const vb = valueOf(key, b, b.end + (ENDS.exec(after)?.[0].length ?? 0), own);
    if (!PAIRS.some(([x, y]) => (x.includes(va) && y.includes(vb)) || (y.includes(va) && x.includes(vb)))) continue;
    const d = new RelationDraft("breakdown", "explicit", cueOf(rc, last.end + semi.indexOf(";"), last.end + semi.indexOf(";") + 1), [figMember(rc, "whole", whole), figMember(rc, "part", a), figMember(rc, "part", b)], undefined, "relate.breakdown.second-split");
    d.closed = true;
    d.parts = "disjoint";
    out.push(d as unknown as Rel);
  }
  return out;
}

const GLUE = ["người", "là", "đồng", "chí", "và"].map((w) => fold(w));
/** The words of a count's clause less the whole's noun and glue: its value, if that is all it says. */
function valueOf(key: string, g: Fig, to: number, own: ReadonlySet<string>): string {
  return key
    .slice(g.n1, to)
    .split(/[^\p{L}\p{M}]+/u)
    .filter((w) => w && !own.has(w))
    .join(" ");
}
