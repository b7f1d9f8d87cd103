/**
 * An item past a ";" that names another attribute than the list before it: the list ends before
 * it (breakdown.ts), as parts that may overlap those.
 *
 *   "6.240 ca phẫu thuật, trong đó phẫu thuật loại đặc biệt 412 ca, loại I 1.850 ca, loại II 2.630 ca;
 *    phẫu thuật nội soi 1.920 ca"      "loại" in every label before the ";", not in "phẫu thuật nội soi"
 * Only when the items before the ";" (two or more) are told apart by commas, every label after the
 * first opens with one word that the first label holds too ("loại"), and the item after the ";" has a
 * label of its own without it ("…; loại III 300 ca" goes on; "…; 45 xã" is not read here).
 *
 *   "1.000 lao động, trong đó trong tỉnh 700 người, ngoài tỉnh 250 người; lao động nữ 420 người"
 * Or the item past the ";" is told by one value of a two-valued attribute (nam | nữ) in its label, and
 * no item before names either value: a part of the whole by another split ("nam 580 người; nữ 420
 * người" goes on).
 */
import { foldedWords } from "./context.js";
import type { RelateCtx } from "./context.js";
import type { Item } from "./list.js";

/** Words of a label that say nothing of the attribute. */
const GLUE = new Set(["và", "là", "có", "đạt", "với", "các", "của", "số", "khoảng", "gần", "hơn", "trên"].map((w) => foldedWords(w)[0]!));

/** Index of the first item past a ";" that leaves the list's attribute, if any. */
export function otherAttribute(rc: RelateCtx, items: readonly Item[]): number | undefined {
  for (let i = 1; i < items.length; i++) {
    if (!rc.key.slice(items[i - 1]!.g.end, items[i]!.g.start).includes(";")) continue;
    if (pairValue(items, i)) return i;
    if (i < 2) continue;
    const before = items.slice(0, i);
    // a change of separator: the items before told apart by commas ("loại I …, loại II …; …")
    for (let k = 1; k < i; k++) if (rc.key.slice(before[k - 1]!.g.end, before[k]!.g.start).includes(";")) return undefined;
    // the attribute: the first word of every label but the first, in the first too ("phẫu thuật loại đặc biệt", "loại I")
    const heads = before.slice(1).map((it) => foldedWords(it.label).filter((w) => !GLUE.has(w))[0]);
    const head = heads[0];
    if (!head || heads.some((h) => h !== head) || !foldedWords(before[0]!.label).includes(head)) return undefined;
    const own = foldedWords(items[i]!.label).filter((w) => !GLUE.has(w));
    if (own.length < 2 || own.includes(head)) return undefined;
    return i;
  }
  return undefined;
}

/** The values of an attribute every member has one of, folded. */
const PAIR: readonly string[] = ["nam", "nữ"].map((w) => foldedWords(w)[0]!);

/** Whether item i's label names a value of the pair and no item before names either. */
function pairValue(items: readonly Item[], i: number): boolean {
  if (!foldedWords(items[i]!.label).some((w) => PAIR.includes(w))) return false;
  return items.slice(0, i).every((it) => !foldedWords(`${it.label} ${it.after}`).some((w) => PAIR.includes(w)));
}
