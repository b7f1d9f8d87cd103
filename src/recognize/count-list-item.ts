/**
 * A number after a label that ends on a name, in a list whose items share one noun:
 *
 *   "phân bổ như sau: khối Nội 120 giường, khối Ngoại 85 giường, khối Sản - Nhi 60 giường"
 *
 * The capital before "120" would drop the number as part of a name ("Viện 95 luôn …"); here the
 * label opens a segment of a list (after ",", ";" or ":" and a lower-case word: "khối", "tổ",
 * "xã"), the noun ends the item (a separator or the sentence's end right after it), and the same
 * noun ends another item of the list (a number, the noun, a separator): a count, not a name.
 */
import { fold } from "../text/fold.js";
import { escapeRe, named } from "../text/rx.js";

/** Before the number: a separator, a lower-case word, a name (a capital), up to two more words of it. */
const LABEL_BEFORE = named("count-list-item.LABEL_BEFORE", /[,;:]\s+[\p{Ll}][\p{L}\p{M}]*\s+\p{Lu}[\p{L}\p{M}]*(?:\s+(?:[-–]\s+)?[\p{L}\p{M}]+){0,2}\s{1,2}$/u);
/** Right after the noun: the end of the item. */
const ITEM_END = named("count-list-item.ITEM_END", /^\s*(?:[,;.)]|và\s|$)/u);

/**
 * Whether the number at norm[numStart] with its noun key[nounStart, nounEnd) is such a list item.
 * `norm`: the text as written; `key`: its folded form (same offsets).
 */
export function labelledListItem(norm: string, key: string, numStart: number, nounStart: number, nounEnd: number): boolean {
  if (!LABEL_BEFORE.test(norm.slice(Math.max(0, numStart - 60), numStart))) return false;
  if (!ITEM_END.test(key.slice(nounEnd, nounEnd + 6))) return false;
  const noun = key.slice(nounStart, nounEnd).replace(/\s+/g, " ").trim();
  if (noun.length < 2) return false;
  // another item of the same list (within the sentence, either side): "<number> <noun><end>"
  const lo = Math.max(0, numStart - 300);
  const hi = Math.min(key.length, nounEnd + 300);
  const region = key.slice(lo, hi);
  const re = new RegExp(`\\d[\\d.,]*\\s+${escapeRe(fold(noun)).replace(/ /g, "\\s+")}(?=\\s*(?:[,;.)]|và\\s|$))`, "gu");
  for (let m = re.exec(region); m; m = re.exec(region)) {
    const at = lo + m.index;
    if (at >= numStart && at < nounEnd) continue;
    // (in the same sentence: no sentence end between)
    if (!/[.!?]\s+\p{Lu}|\n/u.test(at < numStart ? norm.slice(at, numStart) : norm.slice(nounEnd, at))) return true;
  }
  return false;
}
