/**
 * Where a text says a multiple after "gấp": a number and "lần" ("gấp 3,8 lần", "gấp hơn 3 lần"), or
 * a word alone ("tăng gấp rưỡi" = 1,5 times, "gấp đôi" = 2 times). growth.ts ties each to its value
 * and base.
 */
import { MULTIPLE_WORDS } from "../lexicon/compare.js";
import { fold } from "../text/fold.js";
import { L, R, named, rx, words } from "../text/rx.js";
import type { RelateCtx } from "./context.js";

const LAN = fold("lần");
const GAP = fold("gấp");
const WORD_VALUE = new Map(MULTIPLE_WORDS.map(([w, v]) => [fold(w), v] as const));
/** "gấp rưỡi", "gấp đôi" (not "gấp đôi lần", nor "gấp rưỡi" of a number: "gấp 2 lần rưỡi" is read as 2). */
const WORD_MULTIPLE = named("relate.multiple-word", rx`${L}gấp\s{1,2}(?<w>${words(MULTIPLE_WORDS.map(([w]) => w))})${R}(?!\s{0,2}lần)`);

export interface MultipleSite {
  /** Where "gấp" starts. */
  cueStart: number;
  /** The multiple's number (or word), and the end of the multiple's text ("lần" included). */
  n0: number;
  n1: number;
  end: number;
  value: number;
}

export function multipleSites(rc: RelateCtx): MultipleSite[] {
  const key = rc.key;
  const out: MultipleSite[] = [];
  for (const b of rc.bare) {
    if (b.word !== LAN) continue;
    const lead = key.slice(Math.max(0, b.n0 - 12), b.n0);
    const g = lead.lastIndexOf(GAP);
    if (g < 0 || /[,;.()]/.test(lead.slice(g))) continue;
    out.push({ cueStart: b.n0 - lead.length + g, n0: b.n0, n1: b.n1, end: b.n1 + key.slice(b.n1).indexOf(LAN) + LAN.length, value: b.value });
  }
  if (!key.includes(GAP)) return out;
  WORD_MULTIPLE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let words = false;
  while ((m = WORD_MULTIPLE.exec(key))) {
    const w = m.groups!.w!;
    const n0 = m.index + m[0].length - w.length;
    out.push({ cueStart: m.index, n0, n1: n0 + w.length, end: n0 + w.length, value: WORD_VALUE.get(w)! });
    words = true;
  }
  if (words) out.sort((a, b) => a.cueStart - b.cueStart);
  return out;
}
