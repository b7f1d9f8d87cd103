/**
 * A membership written between a name and its posts: "ông A, đảng viên Chi bộ thôn X (Đảng ủy xã
 * Y), nguyên Huyện ủy viên, Phó Chủ tịch UBND huyện Z". The membership is no post, and its cell
 * may run over commas ("đảng viên Chi bộ Phòng X (PC52), Đảng ủy Công an tỉnh Y, nguyên …"): the
 * chain of posts starts at the first comma after it, outside brackets and in the same sentence,
 * where a title starts. chainAfter (people-text.ts) reads on from there.
 */
import { fold } from "../text/fold.js";
import { MEMBERSHIPS } from "../lexicon/titles.js";
import { named } from "../text/rx.js";

const MEMBER = MEMBERSHIPS.map((w) => `${fold(w)} `);
/** How far past the membership word a post is looked for (a cell and its party committee). */
const MAX_NOTE = 160;
const SPACE = named("people-member.SPACE", /\s/u);

/**
 * At a comma `p` right after a name: when a membership follows it, the comma before the first
 * title after the membership (`titleAt`), else -1; -1 too when a sentence ends, a line breaks or
 * another name starts (`nameAt`) before.
 */
export function memberNoteEnd(norm: string, key: string, p: number, titleAt: (q: number) => boolean, nameAt: (q: number) => boolean): number {
  let q = p + 1;
  while (q < norm.length && norm[q] === " ") q++;
  if (!MEMBER.some((w) => key.startsWith(w, q))) return -1;
  let depth = 0;
  const end = Math.min(norm.length, q + MAX_NOTE);
  for (let c = q; c < end; c++) {
    const ch = norm[c]!;
    if (ch === "\n") return -1;
    if ((ch === "." || ch === ";" || ch === "!" || ch === "?") && SPACE.test(norm[c + 1] ?? " ")) return -1;
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (ch === "," && depth === 0) {
      let r = c + 1;
      while (r < norm.length && norm[r] === " ") r++;
      if (nameAt(r)) return -1;
      if (titleAt(r)) return c;
    }
  }
  return -1;
}
