/**
 * Lists a cue word does not open, told by their shape alone (src/relate/breakdown.ts reads them as cues
 * whose whole the shape fixes):
 *
 *   "chủ trì 05 đề tài khoa học (02 đề tài cấp Nhà nước, 04 đề tài cấp Bộ)"   a bracket right after the
 *       whole that opens on a number, each item the whole's noun with a qualifier (an open list)
 *   (the lists a colon opens: colon-cue.ts)
 *
 * Not: a bracket of one item ("120 cán bộ (80 nữ)"), items of other nouns ("(80 nữ, 50 đảng viên)"),
 * a change ("tăng 20 hộ").
 */
import type { Fig, RelateCtx } from "./context.js";
import { named } from "../text/rx.js";

export interface ShapeCue {
  at: number;
  end: number;
  closed: boolean;
  text: string;
  whole: Fig;
}

/** A plain count: the only kind these shapes read. */
export const plain = (g: Fig | undefined): g is Fig => !!g && g.f.kind === "count" && !g.change && !g.f.range && !g.f.per && g.f.of === undefined;

/** Between two items of a number-first bracket list: a separator ("," ";" "và"). */
const NUMBER_FIRST_GAP = named("shape-cues.NUMBER_FIRST_GAP", /^\s*(?:[,;]\s*(?:và\s+)?|và\s+)$/u);

/** "05 đề tài khoa học (02 đề tài cấp Nhà nước, 04 đề tài cấp Bộ)": the cue at the bracket's inside. */
export function bracketCue(rc: RelateCtx, g: Fig): ShapeCue | null {
  if (!plain(g) || g.f.value <= 1) return null;
  const key = rc.key;
  // (the "(" right after the figure or one unit on: most figures have none, and are answered
  // with no slice and no pattern)
  if (key.charCodeAt(g.end) !== 40 && key.charCodeAt(g.end + 1) !== 40) return null;
  const open = /^\s?\(\s?/u.exec(key.slice(g.end, g.end + 3));
  if (!open) return null;
  const inside = g.end + open[0].length;
  const items: Fig[] = [];
  for (let h = rc.figs[g.i + 1]; h && h.sent === g.sent; h = rc.figs[h.i + 1]) {
    const gap = key.slice(items.length ? items[items.length - 1]!.end : inside, h.start);
    if (items.length ? !NUMBER_FIRST_GAP.test(gap) : h.start !== inside) break;
    if (!plain(h) || !h.kind.head || h.kind.head !== g.kind.head) return null;
    items.push(h);
  }
  // two or more items, and the bracket closes right after the last
  if (items.length < 2 || !/^\s*\)/u.test(key.slice(items[items.length - 1]!.end, items[items.length - 1]!.end + 3))) return null;
  return { at: inside, end: inside, closed: false, text: "(", whole: g };
}
