/**
 * A last item that opens like an uncounted tail but is counted (src/relate/list.ts listItems):
 * "và các …" with its own number, of the measure the items before it count, is the list's last part.
 *
 *   "cụ thể: Lễ hội A 4.120 đơn vị, Hành trình B 3.480 đơn vị và các đợt hiến máu khác 2.100 đơn vị"
 *       → 2.100 is the last part (the list is whole)
 *   "gồm 12 xã, 3 thị trấn và một số khu dân cư 1.200 hộ"     → no (another measure: the list stays open)
 *   "gồm 31 cán bộ, 12 doanh nhân và các đại biểu khác"        → no number: an uncounted tail (list.ts)
 *   "gồm 31 cán bộ, 12 doanh nhân cùng các phóng viên 6 người" → no ("cùng": together with, maybe of another whole)
 * Only after "và" ("và các", "và một số", "và nhiều"), with no number before the item's in the label,
 * and a figure that counts what the item before counts (its measure, or for counts its head noun).
 */
import { fold } from "../text/fold.js";
import type { Fig } from "./context.js";
import type { Item } from "./list.js";
import { measureCompatible } from "./kinds.js";

const VA = fold("và");
/** Words of a counted tail's label at most (label words between "và các" and the number). */
const MAX_LABEL_WORDS = 8;

/**
 * Whether the tail phrase opening the label `lw` (folded words, the tail at 0) is the last item of
 * the list: its figure `g` counts what the last item `items[-1]` counts.
 */
export function countedTail(lw: readonly string[], g: Fig | undefined, items: readonly Item[]): boolean {
  if (!g || lw[0] !== VA || lw.length > MAX_LABEL_WORDS || !items.length) return false;
  const last = items[items.length - 1]!.g;
  if (g.change || g.f.kind === "percent" || g.f.bound || g.f.approx || g.f.kind !== last.f.kind) return false;
  if (items.some((it) => it.factor)) return false;
  if (g.f.kind === "count") return !!g.kind.head && g.kind.head === last.kind.head && !g.kind.elided;
  return measureCompatible(last.f, g.f) === "yes";
}
