/**
 * A change told twice in words in one clause: the rate's verb, then the way of ", từ A lên/xuống B"
 * right after it. When the two words go opposite ways and the figures go the way of the second,
 * the clause contradicts itself whatever the rate's size:
 *
 *   "số vụ vi phạm tăng 12%, từ 248 vụ năm 2023 xuống còn 218 vụ năm 2024"  → the tie is stated
 *       (growth.direction is an error: "tăng" and "xuống còn" of one pair, 218 < 248)
 *   "giảm 50%, từ 160 … xuống còn 85 …"  → the words agree: the tie stays inferred (a rate before
 *       its pair may be a round "half", growth-from-after.ts), so a size that does not fit is a warning
 */
import type { Fig, RelateCtx } from "./context.js";
import { named } from "../text/rx.js";

const UP_WORD = named("relate.growth-said-up", /(?:^|[^\p{L}\p{M}])(?:tăng\s+)?lên(?![\p{L}\p{M}])/u);
const DOWN_WORD = named("relate.growth-said-down", /(?:^|[^\p{L}\p{M}])(?:(?:giảm|hạ)\s+)?xuống(?![\p{L}\p{M}])/u);

/** Whether ", từ base … value" says the way opposite to `dir` with its own word, the figures agreeing with that word. */
export function pairSaysOtherWay(rc: RelateCtx, dir: "up" | "down" | undefined, base: Fig, value: Fig): boolean {
  if (!dir) return false;
  const between = rc.key.slice(base.end, value.n0);
  const up = UP_WORD.test(between);
  const down = DOWN_WORD.test(between);
  if (up === down) return false;
  const said = up ? "up" : "down";
  if (said === dir) return false;
  const b = base.f.value;
  const a = value.f.value;
  return said === "up" ? a > b : a < b;
}
