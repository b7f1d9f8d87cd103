/**
 * A pair of nouns joined by a comma that name one thing ("tin, bài", "vụ, việc", "đơn, thư"), told
 * again right after the count: the comma inside the label of a list's first item is the pair's, no
 * separator of items (src/relate/list.ts listItems).
 *
 *   "Trong đó, tin, bài phản ánh hoạt động ở cơ sở 1.846 tin, bài, chiếm …"  one item: 1.846 tin, bài
 *   "Trong đó, vụ, việc dân sự 320 vụ, việc; …"                             one item
 *   "trong đó Việt Nam, Lào 12 đoàn"                                          no (no pair after the count)
 *   "trong đó tin, bài 1.846 tin, 200 bài"                                   no (the pair is not told again)
 */
import { foldedWords, type Fig, type RelateCtx } from "./context.js";
import { named } from "../text/rx.js";

/** The pair's second noun right after a count: ", bài" of "1.846 tin, bài" (then a break or the end). */
const PAIR_AFTER_COUNT = named("noun-pair.PAIR_AFTER_COUNT", /^\s*,\s*([\p{L}\p{M}]+)(?=\s*(?:[,;.()]|$))/u);
/** The label's opening pair: "tin, bài …". */
const PAIR_OPENS = named("noun-pair.PAIR_OPENS", /^\s*([\p{L}\p{M}]+)\s*,\s*([\p{L}\p{M}]+)(?=\s)/u);

/**
 * Whether `label` (the text before the first item's number, from the cue) opens with the pair of
 * nouns that the count `g` is told with ("tin, bài … 1.846 tin, bài"), and holds no other comma.
 */
export function pairLabel(rc: RelateCtx, label: string, g: Fig | undefined): boolean {
  if (!g || g.f.kind !== "count" || /[;()]/.test(label)) return false;
  const m = PAIR_OPENS.exec(label);
  if (!m || label.slice(m[0].length).includes(",")) return false;
  const after = PAIR_AFTER_COUNT.exec(rc.key.slice(g.end, g.end + 30));
  const noun = foldedWords(g.f.noun ?? "");
  return !!after && noun.length === 1 && noun[0] === m[1] && after[1] === m[2];
}
