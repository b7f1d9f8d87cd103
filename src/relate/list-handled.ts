/**
 * A "trong đó" subset, then the count handled of it, read as one more part: the list ends before it
 * (breakdown.ts), the handled count overlaps the subset.
 *
 *   "Tiếp nhận 380 đơn, trong đó 300 đơn đủ điều kiện, đã giải quyết 285 đơn, đạt 95%"
 *        "đã giải quyết" opens the second label, and no handling verb the first: 285 is of the 300
 *   "Có 56 trường, trong đó 50 trường công lập; số trường đạt chuẩn là 41 trường"
 *   "Chi bộ có 640 đảng viên, trong đó 600 đảng viên chính thức; 585 đảng viên được đánh giá …"
 *        past a ";" of the whole's clause, a new subject ("số … là") or a deed ("được", "đã" after the
 *        number) that the first item is not: the sentence goes back to the whole
 *   "có 124 phạm nhân được đặc xá, trong đó 12 phạm nhân nữ, và 386 phạm nhân được giảm thời hạn …"
 *        the same deed after ", và": a sibling of the whole, not a part
 * Not "Trong đó, A tặng …; B tặng …" (a cue followed by "," or ":"), nor "trong đó 7 trẻ em mồ
 * côi; 24 trẻ em khuyết tật" (classes past the ";"), nor a list whose items are all told by what was
 * done with them ("trong đó: đã giải quyết 200 đơn, đang giải quyết 40 đơn"), nor "trong đó: A 3.152
 * người; B 5.417 người" (a colon: ";" parts items).
 */
import { SUBSET_HANDLED_VERBS } from "../lexicon/relation-cues.js";
import { foldedWords, type RelateCtx } from "./context.js";
import type { Item } from "./list.js";

/** What is done with a subset (lexicon SUBSET_HANDLED_VERBS, folded). */
const HANDLED: readonly string[][] = SUBSET_HANDLED_VERBS.map((p) => foldedWords(p));
const ASPECT = new Set(["đã", "đang", "chưa", "được"].map((w) => foldedWords(w)[0]!));

/** Whether a label opens (past "và", "đã", "đang", "chưa", "được") with a handling verb. */
function handled(label: string): boolean {
  const w = foldedWords(label);
  let i = 0;
  while (i < w.length && (w[i] === "và" || ASPECT.has(w[i]!))) i++;
  return HANDLED.some((p) => p.every((x, k) => w[i + k] === x));
}

/** "số trường đạt chuẩn là": a new subject tied to its number by "là". */
const NEW_SUBJECT = (label: string): boolean => {
  const w = foldedWords(label);
  return w.length > 2 && w[0] === "số" && w[w.length - 1] === "là";
};
/** "86 đảng viên được tặng …", "… đã …": a deed told of the item, not a class of the whole. */
const DEED = (after: string): boolean => ["được", "đã"].includes(foldedWords(after)[0] ?? "");

/** Index of the first item that is no part of a "trong đó" subset list, if any. */
export function afterSubset(rc: RelateCtx, cue: { at: number; end: number }, items: readonly Item[]): number | undefined {
  if (items.length < 2) return undefined;
  const cueText = rc.key.slice(cue.at, cue.end);
  if (!/^trong\s+đó\s*$/u.test(cueText) || /^\s*[:,]/u.test(rc.key.slice(cue.end, cue.end + 3))) return undefined;
  const first = items[0]!;
  for (let i = 1; i < items.length; i++) {
    const it = items[i]!;
    if (handled(it.label) && !handled(first.label)) return i;
    // past a ";" of the whole's clause (", trong đó 50 trường công lập; …"), a statement the first item is not
    // (or past ", và": "124 phạm nhân được đặc xá, trong đó 12 phạm nhân nữ, và 386 phạm nhân được giảm …", a deed)
    if (!/,\s*$/u.test(rc.key.slice(Math.max(0, cue.at - 3), cue.at))) continue;
    const gap = rc.key.slice(items[i - 1]!.g.end, it.g.start);
    if (/^\s*,\s*và\s+$/u.test(gap) && DEED(it.after) && !DEED(first.after)) return i;
    if (!gap.includes(";")) continue;
    if ((NEW_SUBJECT(it.label) && !NEW_SUBJECT(first.label)) || (DEED(it.after) && !DEED(first.after))) return i;
  }
  return undefined;
}
