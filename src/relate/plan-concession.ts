/**
 * A claim of direction told as a concession after the amount it judges:
 *
 *   "đạt 612 tỷ đồng nhưng vẫn không hoàn thành kế hoạch được giao (580 tỷ đồng)"
 *   "thu được 1.240 tấn, song cũng chưa đạt chỉ tiêu (1.300 tấn)"
 *
 * "nhưng", "song" are glue between an amount and what is said of it (anchor.ts); the adverb a
 * concession takes after them ("vẫn", "cũng", "còn … mới") is not a word of another clause either.
 * Only the gap of a direction claim is read so ("nhưng vẫn tăng 5%" is left to anchor.ts).
 */

import { fold } from "../text/fold.js";
import { named } from "../text/rx.js";

/** A concession word and the adverbs after it, closing the gap before the claim. */
// (on the folded key: "tuy vậy" is folded "tui vậi")
const alt = (ws: readonly string[]) => ws.map((w) => fold(w).replace(/ /g, "\\s{1,2}")).join("|");
const CONCESSION = named("relate.plan-concession", new RegExp(`(?:^|[\\s,])(${alt(["nhưng", "song", "tuy nhiên", "tuy vậy", "mà"])})(?:\\s{1,2}(?:${alt(["vẫn", "cũng", "lại", "rốt cuộc"])}))+\\s*$`, "u"));
const TUY = fold("tuy");

/** The gap with the adverbs after its concession word dropped ("… nhưng vẫn " → "… nhưng "). */
export function concededGap(gap: string): string {
  const m = CONCESSION.exec(gap);
  if (!m) return gap;
  const word = m[1]!.startsWith(TUY) ? "nhưng" : m[1]!;
  return `${gap.slice(0, m.index)}${m[0][0] === "," ? "," : " "}${word} `;
}
