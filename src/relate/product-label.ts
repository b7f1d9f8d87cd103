/**
 * The label of a product's total ("tổng <measure> <what>"): does it name something bigger than the
 * counted things, in the same unit? Then the total covers more than count × each and is no check.
 *
 *   "20 phòng học, mỗi phòng 54 m2, tổng diện tích xây dựng 1.450 m2"    the building: bigger
 *   "30 căn nhà, mỗi căn 50 m2, tổng diện tích đất 2.000 m2"             the land: bigger
 *   "50 máy tính, mỗi máy 12 triệu đồng, tổng kinh phí mua sắm thiết bị"  all equipment: bigger
 *   "5 cống, mỗi cống dài 10 m, tổng chiều dài tuyến kênh 1.800 m"        the canal: bigger
 *   "20 phòng học, mỗi phòng 54 m2, tổng diện tích các phòng học 1.080 m2" names them: the product
 *   "42 phòng thi, mỗi phòng thi có 24 thí sinh, tổng số thí sinh dự thi"  names each's noun: the product
 *   "1.615 hộ được hỗ trợ, mỗi hộ 1 triệu đồng; tổng kinh phí hỗ trợ"     money, the deed told before the
 *                                                                          count again: the product
 * A label that is only the measure ("tổng trị giá", "tổng số", "tổng diện tích") is the product.
 * Matched on the folded key (y → i).
 */
import { named } from "../text/rx.js";

/** The measure the label opens with: "số tiền", "kinh phí", "diện tích", … (longest first). */
const HEAD = named(
  "product-label.HEAD",
  /^(?:cộng|số\s+tiền|số\s+lượng|số\s+vốn|số|trị\s+giá|giá\s+trị|kinh\s+phí|chi\s+phí|dư\s+nợ|nguồn\s+vốn|vốn|diện\s+tích|chiều\s+dài|khối\s+lượng|sản\s+lượng|công\s+suất|tiền)(?![\p{L}\p{M}])/u,
);
/** Words that end the label before the figure: "là", "lên tới", "đạt". */
const TAIL = named("product-label.TAIL", /(?:^|\s)(?:là|lên\s+tới|lên\s+đến|đạt)$/u);
/** Words that say nothing of what is counted: "các", "những", "toàn bộ". */
const FILLER = new Set(["các", "những", "cả", "được"]);

/** Words that count by a unit, not by a noun of their own ("suất quà", "chiếc xe đạp"): the noun follows. */
const CLASSIFIERS = new Set(["suất", "phần", "chiếc", "cái", "con", "bộ", "căn", "gói", "túi", "thùng", "bao"]);

const wordsOf = (s: string): string[] => s.split(/[^\p{L}\p{M}]+/u).filter((w) => w.length > 0);
const has = (hay: string, needle: string): boolean => needle.length > 0 && (" " + wordsOf(hay).join(" ") + " ").includes(" " + wordsOf(needle).join(" ") + " ");

/**
 * True when the total's label names something other than the counted things.
 * `gap`: the folded text from the amount each to the total; `eachWord`: the word after "mỗi";
 * `countNoun`, `eachNoun`: the folded nouns of the count and of the amount each; `before`: the folded sentence before the count; `money`: the
 * total is money (a deed told before the count may be repeated in a money label: "kinh phí hỗ trợ").
 */
export function labelNamesOther(gap: string, eachWord: string, countNoun: string, eachNoun: string, before: string, money: boolean): boolean {
  // "tổng" and the label after it, up to the figure (the last "tổng" of the gap)
  const at = gap.lastIndexOf("tổng");
  if (at < 0) return false;
  let label = gap.slice(at + 4).trim();
  for (let t = TAIL.exec(label); t; t = TAIL.exec(label)) label = label.slice(0, t.index).trim();
  const h = HEAD.exec(label);
  if (h) label = label.slice(h[0].length).trim();
  const rest = wordsOf(label).filter((w) => !FILLER.has(w));
  if (rest.length === 0) return false;
  // the counted things named: "diện tích các phòng học", "số thí sinh dự thi" (each's noun)
  if (rest.includes(eachWord) || has(label, countNoun) || has(label, eachNoun)) return false;
  // or the noun after a classifier: "300 suất quà, mỗi suất …, tổng trị giá quà", "40 chiếc xe đạp, mỗi chiếc …, tổng trị giá xe đạp"
  const cw = wordsOf(countNoun);
  if (CLASSIFIERS.has(eachWord) && cw[0] === eachWord && cw.length > 1 && has(label, cw.slice(1).join(" "))) return false;
  // money spent on the deed told before the count: "hỗ trợ 40 hộ …, tổng kinh phí hỗ trợ"
  if (money) {
    const told = new Set(wordsOf(before));
    if (rest.every((w) => told.has(w))) return false;
  }
  return true;
}
