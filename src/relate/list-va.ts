/**
 * A list that goes on past the item after "và" (src/relate/list.ts listItems): "A và B, C" names its
 * items in two groups when C is a figure of the same kind right after the ",", with a noun of its own.
 *
 *   "42 điểm giao dịch, gồm 12 chi nhánh và 20 phòng giao dịch ngân hàng, 10 điểm bưu điện; …" → 12, 20, 10
 *   "85 cơ sở lưu trú, gồm 5 khách sạn và 30 nhà nghỉ, 50 homestay"                          → 5, 30, 50
 * Not a segment with a label before its number ("…, trong đó …"), nor one past a ";", nor a
 * figure of another measure. A figure whose noun repeats an item's may be a sibling or a subgroup ("7 nam
 * và 5 nữ, 3 người …" may count some of the others): the list is then left open, not summed.
 */
import { named, src } from "../text/rx.js";
import type { Fig } from "./context.js";
import type { Item } from "./list.js";

/** The rest of an item's noun, then the "," before the next item. */
const NOUN_REST = named("list-va.NOUN_REST", new RegExp(src`^[\p{L}\p{M}\s]*,\s*$`, "u"));
/** A word that joins what follows to the item before: no new item after it. */
const JOINED = named("list-va.JOINED", new RegExp(src`\s(?:và|hoặc|cùng)\s`, "u"));

/**
 * Whether the figure `g`, with `gap` the text from the last item to it, is one more item of `items` after
 * "và" ("item"), may be one ("open": its noun repeats an item's, "20 giáo viên Toán và 24 giáo viên Ngữ văn,
 * 20 giáo viên Tiếng Anh", so the list is not known to be whole), or is none (undefined).
 */
export function goesOnAfterVa(gap: string, g: Fig, items: readonly Item[]): "item" | "open" | undefined {
  // (the rest of the item's noun before the ",": "20 phòng giao dịch ngân hàng, 10 …")
  if (items.length < 2 || !NOUN_REST.test(gap) || JOINED.test(gap)) return undefined;
  const last = items[items.length - 1]!;
  if (g.f.kind !== last.g.f.kind || g.f.kind !== "count" || g.change || g.f.bound || g.f.approx) return undefined;
  const head = g.kind.head;
  if (!head || items.some((it) => it.factor || it.g.f.kind !== g.f.kind)) return undefined;
  return items.some((it) => it.g.kind.head === head) ? "open" : "item";
}
