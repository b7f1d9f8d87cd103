/**
 * A direction claim ("không đạt kế hoạch", "vượt dự toán") after a percent of plan, said of
 * another subject named between the two (plan.ts directions):
 *
 *   "Doanh thu đạt 105% kế hoạch, riêng lợi nhuận không đạt kế hoạch"        profit's claim
 *   "Thu ngân sách đạt 112% dự toán, trong khi chi đầu tư phát triển chưa đạt kế hoạch"
 *   "Thu nội địa đạt 98% dự toán, thu xuất nhập khẩu vượt dự toán"            another revenue
 *   "Doanh thu đạt 105% kế hoạch; tuy nhiên, một số chỉ tiêu không đạt kế hoạch"
 * Still the percent's claim: nothing but glue before it in its clause ("…, vượt kế hoạch đề ra",
 * "…, là chỉ tiêu duy nhất không đạt kế hoạch", "…, dự kiến vượt dự toán": PLAN_CLAIM_GLUE), or
 * only words the percent's own sentence names before it ("Sản lượng lúa đạt 95% kế hoạch, như vậy
 * sản lượng lúa đã vượt kế hoạch").
 */
import { PLAN_CLAIM_GLUE } from "../lexicon/claim-words.js";
import { fold } from "../text/fold.js";
import { foldedWords } from "./words.js";
import type { Fig, RelateCtx } from "./context.js";

const GLUE = new Set(PLAN_CLAIM_GLUE.map((w) => fold(w)));
const CLAUSE_MARKS = [",", ";", ":", "(", ")"];

/**
 * Whether the claim at `at` names a subject of its own after the figure `g` before it (the percent,
 * or the plan closing its clause): a word of the claim's clause that is no glue and that the
 * sentence before `g` (from `sentStart`, or its last ";") does not hold.
 */
export function claimOfOther(rc: RelateCtx, g: Fig, at: number, sentStart: number): boolean {
  const key = rc.key;
  const gap = key.slice(g.end, at);
  const cut = Math.max(...CLAUSE_MARKS.map((c) => gap.lastIndexOf(c)));
  const own = foldedWords(gap.slice(cut + 1)).filter((w) => !GLUE.has(w) && !/^\d/u.test(w));
  if (!own.length) return false;
  const before = key.slice(sentStart, g.start);
  const named = new Set(foldedWords(before.slice(before.lastIndexOf(";") + 1)));
  return !own.every((w) => named.has(w));
}
