/**
 * A partial cue right after a closed list has ended speaks of that list's whole, not of its last item
 * (breakdown.ts breakdownAt):
 *
 *   "412 cán bộ, gồm 98 bác sĩ, 210 điều dưỡng, 104 nhân viên khác; trong số đó 280 người là nữ"
 *       280 of the 412, not of the 104
 *   "41 đảng viên, gồm 30 đảng viên chính thức và 11 đảng viên dự bị, trong đó 15 đảng viên nữ"
 * The list has ended when a ";" comes before the cue, or when its last segment opened with "và".
 * Not a cue inside the list ("gồm 45 xã, trong đó 12 xã miền núi, 8 phường và 3 thị trấn").
 */
import { lastFigBefore } from "./anchor.js";
import { parenBalance, sentenceOf, type RelateCtx } from "./context.js";

interface CueAt {
  at: number;
  end: number;
  closed: boolean;
}

/** Where to look back for the whole of `cue`: before the closed list `outer` when that list ended right before the cue. */
export function wholeSearchFrom(rc: RelateCtx, cue: CueAt, outer: CueAt | undefined): number {
  if (!outer || !outer.closed || outer.end > cue.at || sentenceOf(rc, outer.at) !== sentenceOf(rc, cue.at)) return cue.at;
  const key = rc.key;
  if (parenBalance(key, outer.end, cue.at) !== 0) return cue.at;
  const j = lastFigBefore(rc, cue.at);
  const last = rc.figs[j];
  if (!last || last.start < outer.end) return cue.at;
  // the list's items: at least two figures between the closed cue and this one
  const prev = rc.figs[j - 1];
  if (!prev || prev.start < outer.end) return cue.at;
  const tail = key.slice(last.end, cue.at);
  if (/[()\d]/.test(tail) || tail.length > 60) return cue.at;
  if (tail.includes(";")) return outer.at;
  // "…, 30 đảng viên chính thức và 11 đảng viên dự bị, trong đó …": the last item's segment opens with "và"
  return /(?:^|\s)và\s*$/u.test(key.slice(prev.end, last.start)) ? outer.at : cue.at;
}
