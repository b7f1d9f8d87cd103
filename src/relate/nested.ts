/**
 * A list that goes on past a nested one: which items after the nested cue are the nested list's.
 *
 *   "56 đơn vị hành chính cấp xã, gồm 45 xã, trong đó 12 xã miền núi, 8 phường và 3 thị trấn"
 *       → nested: 12 (of 45 xã); outer: 45, 8, 3 (of 56)
 *   "9 đồng chí: 1 Bí thư, 3 Phó Bí thư, trong đó 1 Phó Bí thư thường trực, và 3 ủy viên"
 *       → nested: 1 (of 3 Phó Bí thư); outer: 1, 3, 3 (of 9)
 *   "gồm 60 người dài hạn, trong đó 20 nữ và 40 người ngắn hạn"
 *       → the nested list claims both: the outer list ends at the cue (60 alone, not closed)
 *
 * The nested list is read first (findBreakdowns reads later cues first) and claims the items that
 * fit its whole. The outer list takes up the items after them only when the split is sure: the
 * nested whole is the outer item right before the cue, every item it claimed names its own kind
 * (the same head noun: a part of it, no sibling of it), and the first item after them is of another
 * kind and claimed by none. Otherwise the outer list ends at the cue, as it did before it went on.
 */
import type { Fig } from "./context.js";
import type { Item, List } from "./list.js";

export function outerItems(list: List, claimed: ReadonlyMap<number, Fig>): { items: Item[]; truncated: boolean } {
  const all = list.items;
  const free = (it: Item) => !claimed.has(it.g.i);
  for (const n of list.nested) {
    // "gồm 36 công nhân và 14 cán bộ văn phòng; trong đó 30 nữ": a cue after the list has ended, of a whole
    // before the list (list-after.ts), claims the rest: the list ends at the cue, complete
    // (the figure right after the last item before it: the nested list's first part)
    const nextPart = claimed.get(all[n.from - 1]!.g.i + 1);
    if (nextPart && nextPart.start < all[0]!.g.start && all.slice(n.from).every((it) => claimed.get(it.g.i) === nextPart)) return { items: all.slice(0, n.from).filter(free), truncated: false };
    const w = all[n.from - 1]!.g;
    let k = n.from;
    while (k < all.length && claimed.get(all[k]!.g.i) === w) k++;
    const next = all[k];
    const sure = k > n.from && !!next && free(next) && all.slice(n.from, k).every((it) => sameHead(it.g, w)) && !sameHead(next.g, w);
    if (!sure) return { items: all.slice(0, n.from).filter(free), truncated: true };
  }
  return { items: all.filter(free), truncated: false };
}

/** Two figures that count things of one head noun ("45 xã" and "12 xã miền núi"). */
function sameHead(a: Fig, b: Fig): boolean {
  return a.f.kind === b.f.kind && !!a.kind.head && a.kind.head === b.kind.head;
}
