/**
 * "Trong N X có M Y …": a whole restated after "trong", its parts after "có", with no comma
 * between (breakdown.ts listCues; with the comma, "Trong 27 cá nhân được khen thưởng, 9 cá nhân …",
 * the comma ends the whole).
 *
 *   "Trong 142 công đoàn cơ sở có 118 công đoàn cơ sở đạt vững mạnh, chiếm 83,1%"
 *       whole 142, part 118: the share is of the 142
 * Only "có" right before the next figure, with the whole's noun phrase (no number, no bracket or
 * clause break, at most 60 characters) between.
 */
import { nextFig } from "./anchor.js";
import type { Fig, RelateCtx } from "./context.js";
import { named } from "../text/rx.js";

const CO_BEFORE = named("relate.trong-co.CO_BEFORE", /^[^\d;:,.()]{0,60}?[^\p{L}\p{M}]có\s+$/u);

/** Where the list starts after the whole `g` ("… có |118 …"), or -1. */
export function coAfter(rc: RelateCtx, g: Fig, sentEnd: number): number {
  const n = nextFig(rc, g.end);
  if (!n || n.start >= sentEnd || n.f.kind === "percent" || n.sent !== g.sent) return -1;
  const gap = rc.key.slice(g.end, n.start);
  return CO_BEFORE.test(gap) ? n.start : -1;
}
