/**
 * A list item whose noun phrase repeats an earlier part's qualifier is a part of that part, not a
 * sibling (breakdown.ts breakdownAt): the list ends before it, and it is told as a breakdown of its own.
 *
 *   "320 đảng viên, trong đó 250 đảng viên đang công tác; 225 đảng viên đang công tác được xếp loại …, chiếm 90%"
 *       225 of the 250 (the noun after the number runs on from the part's: "đảng viên đang công tác …")
 *   "dư nợ 2.400 tỷ đồng, trong đó dư nợ bán lẻ 1.200 tỷ đồng; dư nợ bán lẻ có tài sản bảo đảm là 960 tỷ đồng"
 *       960 of the 1.200 (the label before the number runs on from the part's)
 *   "dư nợ 4.800 tỷ đồng, trong đó dư nợ cho vay nông nghiệp 1.200 tỷ đồng; nợ xấu cho vay nông nghiệp là 18 tỷ đồng"
 *       18 of the 1.200 (another measure, "nợ xấu", of the part's qualifier "cho vay nông nghiệp")
 * Only past a ";" (a new clause): "150m2 đất vườn và 75m2 đất vườn thừa" are siblings. Not siblings that differ after a shared head: "82 giáo viên đạt chuẩn, 31 giáo viên trên chuẩn",
 * "khách quốc tế đến Hà Nội …, khách nội địa đến Hà Nội …" (the same first word: a sibling).
 * A share said of the later figure ("chiếm 90%") is then of that part (share.ts reads the breakdowns).
 */
import { cueOf, figMember, foldedWords, type Fig, type Rel, type RelateCtx } from "./context.js";
import { measureCompatible } from "./kinds.js";
import type { Item } from "./list.js";
import { label } from "./remainder.js";

/** Words that may close a label before its number ("… là 18 tỷ đồng"). */
const LABEL_GLUE = new Set(["là", "đạt", "có", "khoảng", "gần", "hơn", "trên", "chỉ"]);

const words = (s: string) => s.split(" ").filter(Boolean);
function trimGlue(ws: string[]): string[] {
  let n = ws.length;
  while (n > 0 && LABEL_GLUE.has(ws[n - 1]!)) n--;
  return ws.slice(0, n);
}
const startsWith = (ws: readonly string[], pre: readonly string[]) => pre.length < ws.length && pre.every((w, k) => ws[k] === w);
/** Whether a noun phrase runs on from an earlier part's ("giường hồi sức có máy thở" from "giường hồi sức"). */
export const isPartNoun = (np: readonly string[], earlier: readonly string[]): boolean => earlier.length > 0 && startsWith(np, earlier);

/** The noun phrase of a figure, from its unit or noun to the next separator (folded words): "đảng viên đang công tác". */
export function nounPhrase(rc: RelateCtx, g: Fig, pastBracket = false): string[] {
  let rest = rc.key.slice(g.n1, Math.min(rc.key.length, g.end + 60));
  // (a bracket right after the noun, "(41,9%)", left out)
  if (pastBracket) rest = rest.replace(/^([^,;:()]*?)\s*\([^()]{0,24}\)/u, "$1");
  return foldedWords(rest.split(/[.,;:()!?]|\s(?:và|hoặc)\s/u)[0] ?? "");
}

/** Whether item `b` (later) names a part of item `a` by repeating its qualifier; `w`: the whole before the list. */
function partOfPart(rc: RelateCtx, a: Item, b: Item, w: Fig | undefined): boolean {
  if (measureCompatible(a.g.f, b.g.f, a.g.kinds, b.g.kind) !== "yes") return false;
  // a fraction of the part itself: "trong đó 80 giáo viên; 76/80 giáo viên đạt chuẩn (95%)"
  if (b.g.f.of !== undefined && b.g.f.of === a.g.f.value) return true;
  // the noun after the number: "đảng viên đang công tác" → "đảng viên đang công tác được xếp loại …", when the
  // part's noun says more than the whole's ("320 đảng viên": "đảng viên")
  // (the part's noun must say more than its head: "71 bệnh viện và … 81 bệnh viện KCB BHYT" are siblings)
  const na = nounPhrase(rc, a.g);
  const head = a.g.kind.head ? a.g.kind.head.split(" ").length : 0;
  // (the part's own words may run on past a bracket: "31 giáo viên (41,9%) có trình độ thạc sĩ")
  if (w && na.length && (startsWith(nounPhrase(rc, b.g), na) || startsWith(nounPhrase(rc, b.g, true), na))) {
    const nw = nounPhrase(rc, w);
    if (na.length > Math.max(1, head) && (na.length > nw.length || na.some((x, k) => nw[k] !== x))) return true;
    // or a noun of its own, none of the whole's: "450 viên chức, trong đó 120 bác sĩ; 48 bác sĩ có trình độ …"
    if (nw.length && !nw.includes(na[0]!) && !na.includes(nw[0]!)) return true;
  }
  // the label before it
  const la = trimGlue(words(a.label));
  const lb = trimGlue(words(b.label));
  if (la.length < 2 || !lb.length) return false;
  if (startsWith(lb, la)) return true;
  // a shared qualifier of two words or more after heads of their own ("dư nợ | cho vay nông nghiệp", "nợ xấu | cho vay nông nghiệp")
  let k = 0;
  while (k < la.length && k < lb.length && la[la.length - 1 - k] === lb[lb.length - 1 - k]) k++;
  // (short heads only: "bị can A, nguyên Tổng Giám đốc hưởng lợi …; B, nguyên Phó Tổng giám đốc hưởng lợi …" are siblings)
  return k >= 2 && k < la.length && k < lb.length && la.length - k <= 2 && lb.length - k <= 2 && la[0] !== lb[0];
}

export interface SubPart {
  /** Index of the first item that is a part of an earlier one: the list ends before it. */
  at: number;
  rel: Rel;
}

/** The first item of a list that is a part of an earlier item, with the breakdown it makes. */
export function subPart(rc: RelateCtx, items: readonly Item[]): SubPart | undefined {
  if (items.length < 2) return undefined;
  // the whole the list's first item is of: the nearest figure before it of a compatible measure
  let w: Fig | undefined;
  const first = items[0]!.g;
  for (let j = first.i - 1; j >= 0 && j >= first.i - 4 && !w; j--) {
    const g = rc.figs[j]!;
    if (g.f.kind !== "percent" && measureCompatible(g.f, first.f, g.kinds, first.kind) === "yes") w = g;
  }
  for (let i = 1; i < items.length; i++) {
    for (let j = i - 1; j >= 0; j--) {
      const a = items[j]!;
      const b = items[i]!;
      // (past a ";" only: "150m2 đất vườn và 75m2 đất vườn thừa" are siblings)
      if (!rc.key.slice(a.g.end, b.g.start).includes(";") || !partOfPart(rc, a, b, w)) continue;
      const rel: Rel = {
        kind: "breakdown",
        certainty: "explicit",
        cue: cueOf(rc, a.g.end, b.g.start),
        members: [figMember(rc, "whole", a.g, { label: label(rc, a.g) }), figMember(rc, "part", b.g, { label: label(rc, b.g) })],
        rule: "relate.breakdown.sub-part",
        closed: false,
        parts: "unknown",
      } as Rel;
      return { at: i, rel };
    }
  }
  return undefined;
}
