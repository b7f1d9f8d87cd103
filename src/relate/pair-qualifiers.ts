/**
 * Two parts told apart by a pair of qualifiers of one noun that nothing takes both of
 * (lexicon/partitions.ts QUALIFIER_PAIRS): disjoint, so an open list over its whole is an error.
 *
 *   "12.460 tờ khai, trong đó 7.380 tờ khai xuất khẩu và 5.240 tờ khai nhập khẩu"   disjoint
 *   "1.200 trường, trong đó 800 trường công lập và 500 trường ngoài công lập"        disjoint
 *   "kim ngạch 1.846 triệu USD, trong đó xuất khẩu 1.000 triệu USD, nhập khẩu 900"    disjoint (flows)
 *   "1.200 doanh nghiệp, trong đó 800 doanh nghiệp xuất khẩu, 600 doanh nghiệp nhập khẩu"
 *                                                        not read: a firm may export and import
 * Only two parts, each with one value of the pair right after one noun they share (or, for an
 * amount or a quantity, ending the label before the number, after the same words), and nothing
 * else that tells them apart.
 */
import { QUALIFIER_PAIRS } from "../lexicon/partitions.js";
import { foldedWords, PhraseList } from "./context.js";
import type { Item } from "./list.js";

const PAIRS = QUALIFIER_PAIRS.map((p) => ({
  values: new PhraseList(p.values),
  nouns: p.nouns ? p.nouns.map((n) => foldedWords(n)) : undefined,
}));
/** Words of a label that say nothing of the part: the list's glue. */
const GLUE = new Set(["và", "hoặc", "trong", "đó", "có", "gồm", "là", "số"].map((w) => foldedWords(w)[0]!));

/** Whether the two parts are the pair's two values of one noun. */
export function pairedQualifiers(items: readonly Item[]): boolean {
  if (items.length !== 2) return false;
  for (const pair of PAIRS) {
    const read = items.map((it) => carried(it, pair.values));
    const [a, b] = read;
    if (!a || !b || a.value === b.value || a.noun.join(" ") !== b.noun.join(" ")) continue;
    if (items.some((it) => it.g.f.kind === "percent")) continue;
    // an actor may be both: only the things the pair names, or a flow told by its label
    if (pair.nouns && items.some((it) => it.g.f.kind === "count") && !pair.nouns.some((n) => n.length === a.noun.length && n.every((w, k) => a.noun[k] === w))) continue;
    return true;
  }
  return false;
}

/** The value a part carries: at the end of its noun ("tờ khai xuất khẩu"), or its label alone ("xuất khẩu 1.000 triệu USD"). */
function carried(it: Item, values: PhraseList): { value: string; noun: string[] } | undefined {
  const noun = it.g.f.kind === "count" ? foldedWords(it.g.noun) : [];
  const label = it.label.split(" ").filter((w) => w && !GLUE.has(w));
  for (let i = 1; i < noun.length; i++) {
    const n = values.at(noun, i);
    if (n && i + n === noun.length && !label.length) return { value: noun.slice(i).join(" "), noun: noun.slice(0, i) };
  }
  // (an amount or a quantity: the label ends with the value, "xuất khẩu", "hàng nhập khẩu")
  if (noun.length || it.g.f.kind === "count") return undefined;
  for (let i = 0; i < label.length; i++) {
    const n = values.at(label, i);
    if (n && i + n === label.length) return { value: label.slice(i).join(" "), noun: label.slice(0, i) };
  }
  return undefined;
}
