/**
 * A share of a part of a part: "chiếm N%" said of a figure whose noun repeats an earlier part's noun
 * is of that part, not of the body's whole.
 *
 *   "450 viên chức, trong đó 120 bác sĩ; 48 bác sĩ có trình độ sau đại học, chiếm 40% số bác sĩ"
 *       named: "số bác sĩ" is the part "120 bác sĩ", not "450 viên chức" (48 ÷ 120 = 40%)
 *   "450 viên chức, trong đó 120 bác sĩ; 48 bác sĩ có trình độ sau đại học, chiếm 40%"
 *       bare: tried against 120 bác sĩ, and against 450 viên chức too (share.ts: "whole-alt")
 *   "210 cán bộ, trong đó 90 nữ; 45 cán bộ nữ …"          the part's noun is the whole's and the part's ("cán bộ" + "nữ")
 *   "120 bác sĩ; số bác sĩ có trình độ sau đại học là 48 người"   the part's noun told before its number
 * The earlier part lies between the whole (if any) and the later figure, in the same sentence, of the same
 * measure and at least as large; its noun must say what the whole's does not ("450 viên chức … 80 viên chức
 * khác; 48 viên chức …" names no part).
 */
import { foldedWords, type Fig, type RelateCtx } from "./context.js";
import { measureCompatible } from "./kinds.js";
import type { NamedWhole } from "./named-whole.js";
import { nounPhrase } from "./sub-part.js";
import { fold } from "../text/fold.js";
import { named, src } from "../text/rx.js";

/** "trong đó 45 kiểm tra viên", "trong số đó có 120 …": a listed part right before its number. */
const LISTED = named("share-sub.LISTED", new RegExp(src`(?:^|[^\p{L}\p{M}])trong\s+(?:số\s+)?đó(?:\s*,)?(?:\s*có(?=\s))?\s*$`, "u"));

const SO = new Set(["số", "tổng"].map((w) => fold(w)));
const startsWith = (ws: readonly string[], pre: readonly string[]) => pre.length > 0 && pre.length <= ws.length && pre.every((w, k) => ws[k] === w);
const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && startsWith(a, b);

/** The words that name a figure: its noun after the number, and the label before it in its clause ("số bác sĩ … là 48 người"). */
function names(rc: RelateCtx, g: Fig, whole: readonly string[]): string[][] {
  const out: string[][] = [];
  const np = nounPhrase(rc, g);
  if (np.length) out.push(np);
  // "cán bộ nữ": the whole's noun (or its end: "người lao động" … "lao động nữ"), then the part's
  for (let k = 0; k < whole.length; k++) {
    const tail = whole.slice(k);
    if (startsWith(np, tail) && np.length > tail.length) {
      out.push(np.slice(tail.length));
      break;
    }
  }
  const s = rc.sentences[g.sent];
  const before = rc.key.slice(Math.max(s ? s.start : 0, g.start - 80), g.start);
  const clause = before.split(/[.,;:()!?]/u).pop() ?? "";
  let lw = foldedWords(clause);
  while (lw.length && SO.has(lw[0]!)) lw = lw.slice(1);
  if (lw.length) out.push(lw);
  return out;
}

/**
 * The earlier part the figure `part` is a part of, by its noun; `whole`: the whole found so far (its noun
 * must differ from the part's). With `nw`, only a part the percent names ("chiếm 40% số bác sĩ").
 */
export function subWhole(rc: RelateCtx, part: Fig, whole: Fig | undefined, nw?: NamedWhole): Fig | undefined {
  if (part.f.kind !== "count" || part.f.of !== undefined) return undefined;
  // (a named whole found nowhere, or owned by another body, stays so: "chiếm 2% số lao động của khu công nghiệp",
  // "245 xã, phường, thị trấn; … 180 xã … (chiếm 94,7% số xã)")
  if (nw && (!whole || nw.other)) return undefined;
  const wn = whole ? nounPhrase(rc, whole) : [];
  const pn = names(rc, part, wn);
  const from = whole ? whole.i : -1;
  for (let j = part.i - 1; j > from && j >= part.i - 8; j--) {
    const g = rc.figs[j]!;
    if (g.sent !== part.sent) break;
    if (g.f.kind !== "count" || g.f.of !== undefined || g.change || g.f.range || g.f.value < part.f.value) continue;
    if (measureCompatible(g.f, part.f, g.kinds, part.kind) !== "yes") continue;
    // (with no whole found, only a listed part: "Công ty TNHH … 4.486 doanh nghiệp; Công ty cổ phần 1.745 doanh
    // nghiệp chiếm 11,3%" are siblings)
    if (!whole && !LISTED.test(rc.key.slice(Math.max(0, g.start - 24), g.start))) continue;
    const gn = nounPhrase(rc, g);
    if (!gn.length || (wn.length && startsWith(wn, gn))) continue;
    if (nw) {
      if (same(nw.words, gn) || (wn.length && same(nw.words, [...wn, ...gn]))) return g;
      continue;
    }
    if (pn.some((ws) => startsWith(ws, gn))) return g;
  }
  return undefined;
}
