/**
 * A rate told before the change it measures: "Dư nợ tăng 6,5% so với đầu năm, từ 4.120 tỷ đồng lên
 * 4.470 tỷ đồng" (growth.ts reads "từ A lên B, tăng 6,5%", the value before the rate). The rate's clause
 * names no value of its own; right after it (and its basis), ", từ A lên B" gives the base and the value.
 */
import { nextFig } from "./anchor.js";
import type { Fig, RelateCtx } from "./context.js";
import { fromTo } from "./growth.js";
import { named } from "../text/rx.js";

/** From the rate (or its basis) to the base: ", từ", "(từ", ": từ mức". */
const THEN_FROM = named("growth-from-after.THEN_FROM", /^[\s%]*[,(:]\s*từ(?:\s+(?:mức|khoảng|gần|hơn|trên))?\s*$/u);

/** The value and base of "…, từ A lên B" right after a rate `p` whose basis (if any) ends at `after`. */
export function fromToAfter(rc: RelateCtx, p: Fig, after: number): { value: Fig; base: Fig } | undefined {
  const x = nextFig(rc, after);
  const y = x ? rc.figs[x.i + 1] : undefined;
  if (!x || !y || x.sent !== p.sent || y.sent !== p.sent || x.f.kind === "percent") return undefined;
  if (!THEN_FROM.test(rc.key.slice(after, x.n0)) || fromTo(rc, y) !== x) return undefined;
  return { value: y, base: x };
}
