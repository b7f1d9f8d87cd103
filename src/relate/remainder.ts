/**
 * A breakdown member's label (the noun as the text spells it), and the breakdowns a remainder
 * closes ("156/412 đơn vị …; 258 đơn vị còn lại"): read beside the list breakdowns of breakdown.ts.
 */
import { fold } from "../text/fold.js";
import { REMAINDER_WORDS } from "../lexicon/relation-cues.js";
import { cueOf, figMember, foldedWords, PhraseList, type Fig, type Rel, type RelateCtx } from "./context.js";
import { measureCompatible } from "./kinds.js";
import { intakeRests } from "./intake-rest.js";

const REMAINDER = new PhraseList(REMAINDER_WORDS);

export function label(rc: RelateCtx, g: Fig): string | undefined {
  if (g.f.kind === "count") {
    const head = g.kind.head;
    if (!head) return undefined;
    // the head as the text spells it ("cơ sở y tế"), not its folded key ("cơ sở i tế")
    // (in the noun, after a classifier too: "con dê giống")
    const nw = g.f.noun?.split(/\s+/u) ?? [];
    const n = head.split(" ").length;
    for (let i = 0; i + n <= nw.length && i < 3; i++) if (fold(nw.slice(i, i + n).join(" ")) === head) return nw.slice(i, i + n).join(" ");
    // a label before the number ("công ty TNHH 210 đơn vị"): its words in the text, not "công ti"
    const at = rc.key.lastIndexOf(head, g.start);
    const whole = at >= 0 && !/[\p{L}\p{M}]/u.test(rc.key[at - 1] ?? "") && !/[\p{L}\p{M}]/u.test(rc.key[at + head.length] ?? "");
    return whole && g.start - at <= 80 && !/[.;]/u.test(rc.key.slice(at, g.start)) ? rc.norm.slice(at, at + head.length) : head;
  }
  if (g.f.kind === "money") return g.f.currency;
  return g.f.unit;
}

/**
 * "156/412 đơn vị (chiếm 37,86%) gửi báo cáo; 258 đơn vị còn lại chưa thực hiện": A of B, and
 * the rest, make B.
 */
export function remainders(rc: RelateCtx, claimed: Map<number, Fig>): Rel[] {
  const out: Rel[] = [];
  for (const g of rc.figs) {
    if (g.f.kind !== "count" || claimed.has(g.i)) continue;
    // every remainder phrase holds "còn": none in the key around the figure, no remainder (the
    // key is folded, and a folded word of a slice of it is the same units of the key)
    if (ALL_CON && !rc.key.slice(Math.max(0, g.start - 16), g.end + 20).includes(CON)) continue;
    const after = foldedWords(rc.key.slice(g.end, g.end + 20)).slice(0, 2);
    const before = foldedWords(rc.key.slice(Math.max(0, g.start - 16), g.start)).slice(-3);
    const at = REMAINDER.find(after);
    const bt = REMAINDER.find(before);
    if (!(at && at.i === 0) && !(bt && bt.i + bt.n === before.length)) continue;
    // the fraction it completes: in its sentence or the one before
    for (let j = g.i - 1; j >= 0 && j >= g.i - 6; j--) {
      const a = rc.figs[j]!;
      if (a.sent < g.sent - 1) break;
      if (a.f.of === undefined || a.f.kind !== "count" || measureCompatible(a.f, g.f, a.kinds, g.kind) !== "yes") continue;
      out.push({
        kind: "breakdown",
        certainty: "explicit",
        cue: remainderCue(rc, g),
        members: [
          figMember(rc, "whole", a, { value: a.f.of, label: label(rc, a) }),
          figMember(rc, "part", a, { label: label(rc, a) }),
          figMember(rc, "remainder", g, { label: label(rc, g) }),
        ],
        rule: "relate.breakdown.remainder",
        closed: true,
        parts: "disjoint",
      });
      claimed.set(g.i, a);
      break;
    }
  }
  // "thụ lý 3.462 vụ việc, đã giải quyết 3.104 vụ việc, còn lại 358 vụ việc" (intake-rest.ts)
  out.push(...intakeRests(rc, claimed));
  return out;
}

const CON_LAI = fold("còn lại");
const CON = fold("còn");
/** Every remainder phrase holds the word "còn" (else the test before reading words is off). */
const ALL_CON = REMAINDER_WORDS.every((w) => fold(w).split(/\s+/).includes(CON));

function remainderCue(rc: RelateCtx, g: Fig) {
  const from = Math.max(0, g.start - 16);
  const i = rc.key.slice(from, g.end + 20).indexOf(CON_LAI);
  return i >= 0 ? cueOf(rc, from + i, from + i + CON_LAI.length) : cueOf(rc, g.start, g.end);
}
