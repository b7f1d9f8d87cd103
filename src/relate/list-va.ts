/**
 * A list that goes on past the item after "và" (src/relate/list.ts listItems): "A và B, C" names its
 * items in two groups when C is a figure of the same kind right after the ",", with a noun of its own.
 *
 *   "42 điểm giao dịch, gồm 12 chi nhánh và 20 phòng giao dịch ngân hàng, 10 điểm bưu điện; …" → 12, 20, 10
 *   "85 cơ sở lưu trú, gồm 5 khách sạn và 30 nhà nghỉ, 50 homestay"                          → 5, 30, 50
 * Not a segment with a label before its number ("…, trong đó …"), nor one past a ";", nor a
 * figure of another measure. A figure whose noun repeats an item's may be a sibling or a subgroup ("7 nam
 * và 5 nữ, 3 người …" may count some of the others): the list is then left open, not summed. After two
 * items that are both values of a two-valued split ("5 nam và 6 nữ", "40 đảng viên chính thức và 5 đảng
 * viên dự bị"), a figure with neither value is an attribute of the same whole, told after the split is
 * whole ("12 người, gồm 5 nam và 6 nữ, 3 người dân tộc thiểu số"): the list ends at the item after "và".
 * So does a figure whose noun is only the first words every item's noun starts with, the class they
 * all are of ("gồm 80 xe khách và 40 xe tải, 30 xe mới mua": 30 of the 120; "4 trường THCS và 6
 * trường tiểu học, 7 trường đạt chuẩn"): an attribute of the whole, not a sibling.
 */
import { named, src } from "../text/rx.js";
import { fold } from "../text/fold.js";
import type { Fig } from "./context.js";
import type { Item } from "./list.js";
import { ATTRIBUTE_STARTS } from "../lexicon/kinds.js";

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
  if (pairDone(items, g) || classOfAll(items, g)) return undefined;
  return items.some((it) => it.g.kind.head === head) ? "open" : "item";
}

/**
 * `g` counts the class every item is of, and says something of it: its head is the first words of
 * every item's noun ("xe" of "xe khách", "xe tải"), and its noun is that head alone or the head and
 * an attribute ("xe mới mua", "trường đạt chuẩn"; not "trường mẫu giáo", a kind of school).
 */
function classOfAll(items: readonly Item[], g: Fig): boolean {
  const head = fold(g.kind.head ?? "").trim();
  if (!head || !items.every((it) => fold(it.g.noun).trim().startsWith(`${head} `))) return false;
  const noun = fold(g.noun).trim();
  if (noun === head) return true;
  if (!noun.startsWith(`${head} `)) return false;
  return ATTRIBUTE.has(noun.slice(head.length + 1).split(" ")[0]!);
}
const ATTRIBUTE: ReadonlySet<string> = new Set(ATTRIBUTE_STARTS.map((w) => fold(w)));

/** Splits of two values, each of which covers a whole between its two values. */
const PAIRS: readonly (readonly [string, string])[] = [
  ["nam", "nữ"],
  ["chính thức", "dự bị"],
].map(([a, b]) => [fold(a!), fold(b!)] as const);
/** The folded words of an item: its label, its noun, its clause. */
const wordsOf = (it: Item): string => ` ${[it.label, fold(it.g.noun), it.after].join(" ").replace(/[^\p{L}\p{M}]+/gu, " ")} `;
/** Words for people that may open the noun of a count of a whole told by its values alone ("12 người, gồm 5 nam và 6 nữ, 3 người …"). */
const PEOPLE = named("list-va.PEOPLE", new RegExp(src`^(?:${fold("người")}|${fold("đồng chí")})(?![\p{L}\p{M}])`, "u"));
/**
 * Two items, one value of a pair each, and `g` with neither, counting what the items count (their
 * head: "30 đảng viên nam và 14 đảng viên nữ, 5 đảng viên dự bị"; or people, after bare values "5 nam
 * và 6 nữ, 3 người …"): the pair is all of the list. Not "8 vận động viên nam và 10 vận động viên nữ,
 * 2 huấn luyện viên" (another noun: one more part).
 */
function pairDone(items: readonly Item[], g: Fig): boolean {
  if (items.length !== 2) return false;
  const [h0, h1, hg] = [items[0]!.g.kind.head, items[1]!.g.kind.head, g.kind.head];
  const bare = (it: Item) => PAIRS.some(([x, y]) => fold(it.g.noun).trim() === x || fold(it.g.noun).trim() === y);
  if (!(bare(items[0]!) && bare(items[1]!) ? PEOPLE.test(fold(g.noun).trim()) : h0 === h1 && h0 === hg)) return false;
  const [a, b] = [wordsOf(items[0]!), wordsOf(items[1]!)];
  const ng = ` ${fold(g.noun).replace(/[^\p{L}\p{M}]+/gu, " ")} `;
  const has = (w: string, v: string) => w.includes(` ${v} `);
  return PAIRS.some(([x, y]) => ((has(a, x) && has(b, y) && !has(a, y) && !has(b, x)) || (has(a, y) && has(b, x) && !has(a, x) && !has(b, y))) && !has(ng, x) && !has(ng, y));
}
