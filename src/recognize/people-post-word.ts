/**
 * The word naming a list of posts after a name and its comma: "ông A (SN 1964), chức vụ Ủy viên Ban
 * Thường vụ Thành ủy, Trưởng ban Tuyên giáo …" (a CV line). chainAfter (people-text.ts) reads the
 * posts from past it, as it does after the comma alone.
 */
import { fold } from "../text/fold.js";

/** "chức vụ", "chức danh" and a space, folded as the key has them. */
const POST_WORDS = ["chức vụ", "chức danh", "hiện giữ chức vụ", "hiện giữ chức"].map((w) => `${fold(w)} `);

/** Past a post word at `p` of the key and the spaces after it; `p` when none stands there. */
export function pastPostWord(key: string, p: number): number {
  for (const w of POST_WORDS) {
    if (!key.startsWith(w, p)) continue;
    let q = p + w.length;
    while (key[q] === " ") q++;
    return q;
  }
  return p;
}
