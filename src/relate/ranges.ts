/**
 * Parts told apart (or not) by ranges of one qualifier written in their labels (src/relate/list.ts keeps
 * a qualifier's number in the label: qualifierNumber):
 *
 *   "dưới 30 tuổi 9.840 người, từ 30 đến 50 tuổi 27.560 người, trên 50 tuổi 12.110 người"
 *       → [−∞, 30), [30, 50], (50, ∞): disjoint
 *   "dưới 5 năm 40 người, từ 5 năm trở lên 86 người"   → [−∞, 5), [5, ∞): disjoint
 *   "từ 30 đến 50 tuổi …, từ 50 tuổi trở lên …"         → both hold 50: not told (a warning at most)
 *   "dưới 35 tuổi …, dưới 30 tuổi …"                     → overlapping
 *   "lao động nữ …, lao động từ 40 tuổi trở lên …"       → one part has no range: not read
 *   "1.120 người trên 30 tuổi, 610 người trên 45 tuổi"  → the ranges after the count (and its noun): overlapping
 *
 * A part counted in one range is inside it whatever else its label says, so ranges that do not
 * meet make disjoint parts; the rest of each label must be the same words (one dimension).
 */
import { fold } from "../text/fold.js";
import type { Item } from "./list.js";
import { named } from "../text/rx.js";

interface Range {
  lo: number;
  loIn: boolean;
  hi: number;
  hiIn: boolean;
  unit: string;
  /** The label's other words. */
  rest: string;
}

const W = (s: string) => fold(s);
const BELOW = new Set(["dưới", "không quá", "chưa đến", "chưa đủ"].map(W));
const ABOVE = new Set(["trên", "hơn", "ngoài"].map(W));
const FROM = W("từ");
const UNDER = W("dưới");
const TO = new Set(["đến", "tới", "-"].map(W));
const UP = W("trở lên");
const DOWN = W("trở xuống");
/** Words of a label that say nothing of the part (list glue). */
const GLUE = new Set(["và", "hoặc", "có", "là", "trong", "đó", "gồm", "cụ", "thể", "số", "người"].map(W));
const NUM = named("ranges.NUM", /^\d[\d.,]*$/u);

function num(w: string | undefined): number | undefined {
  if (!w || !NUM.test(w)) return undefined;
  // a whole number in the text's grouping ("1.000") or a decimal comma ("2,5")
  const v = Number(w.replace(/\.(?=\d{3}(?:\D|$))/g, "").replace(",", "."));
  return Number.isFinite(v) ? v : undefined;
}

/** The one range in a label's words, or undefined (none, two, or a shape not read). */
export function rangeOf(words: readonly string[]): Range | undefined {
  const nums = words.map((w) => (NUM.test(w) ? 1 : 0)).reduce((a: number, b: number) => a + b, 0);
  if (nums < 1 || nums > 2) return undefined;
  const i = words.findIndex((w) => NUM.test(w));
  const a = num(words[i])!;
  const prev = words[i - 1] ?? "";
  const prev2 = i >= 2 ? `${words[i - 2]} ${prev}` : "";
  let r: Omit<Range, "rest" | "unit"> | undefined;
  let end = i + 1;
  // ("đến dưới 8 điểm": the end is not in the range)
  const under = (k: number) => (words[k] === UNDER ? 1 : 0);
  if (TO.has(words[i + 1] ?? "") && num(words[i + 2 + under(i + 2)]) !== undefined) {
    // "từ 30 đến 50 tuổi", "30 - 50 tuổi", "từ 5 đến dưới 8 điểm"
    const u = under(i + 2);
    const b = num(words[i + 2 + u])!;
    if (b <= a || (prev !== FROM && prev !== "")) return undefined;
    r = { lo: a, loIn: true, hi: b, hiIn: !u };
    end = i + 3 + u;
  } else if (nums === 2) {
    // "từ 30 tuổi đến 50 tuổi", "từ 5 điểm đến dưới 8 điểm"
    const j = words.findIndex((w, k) => k > i && NUM.test(w));
    const b = num(words[j])!;
    const u = under(i + 3);
    if (prev !== FROM || j !== i + 3 + u || !TO.has(words[i + 2]!) || words[i + 1] !== words[j + 1] || b <= a) return undefined;
    r = { lo: a, loIn: true, hi: b, hiIn: !u };
    end = j + 1;
  } else if (BELOW.has(prev) || BELOW.has(prev2)) r = { lo: -Infinity, loIn: false, hi: a, hiIn: false };
  else if (ABOVE.has(prev) || ABOVE.has(prev2)) r = { lo: a, loIn: false, hi: Infinity, hiIn: false };
  const unit = words[end];
  if (!unit) return undefined;
  const after = words.slice(end + 1, end + 3).join(" ");
  if (!r) {
    // "từ 50 tuổi trở lên", "50 tuổi trở lên", "5 năm trở xuống"
    if (after === UP) r = { lo: a, loIn: true, hi: Infinity, hiIn: false };
    else if (after === DOWN) r = { lo: -Infinity, loIn: false, hi: a, hiIn: true };
    else return undefined;
  } else if (after === UP || after === DOWN) return undefined;
  // the range's words: its opening word(s), the numbers, the unit and "trở lên"
  const from = BELOW.has(prev2) || ABOVE.has(prev2) ? i - 2 : BELOW.has(prev) || ABOVE.has(prev) || prev === FROM ? i - 1 : i;
  const to = end + (after === UP || after === DOWN ? 2 : 0);
  const rest = words.filter((w, k) => (k < from || k > to) && !GLUE.has(w)).join(" ");
  return { ...r, unit, rest };
}

/** Whether two ranges share no value ("apart"), only an end ("touch": "đến 40 tuổi" | "từ 40 tuổi"), or a stretch ("overlap"). */
function meet(a: Range, b: Range): "apart" | "touch" | "overlap" {
  const [x, y] = a.lo < b.lo || (a.lo === b.lo && a.loIn && !b.loIn) ? [a, b] : [b, a];
  if (x.hi < y.lo || (x.hi === y.lo && !(x.hiIn && y.loIn))) return "apart";
  return x.hi === y.lo ? "touch" : "overlap";
}

/**
 * Parts whose labels each hold a range of one qualifier (the same unit, the same other words):
 * "disjoint" when no two meet, "overlapping" when two share a stretch ("dưới 35 tuổi" and "dưới 30
 * tuổi"), undefined otherwise (two share an end only, or a part has no such range).
 */
export function rangesSplit(items: readonly Item[]): "disjoint" | "overlapping" | undefined {
  if (items.length < 2) return undefined;
  // the range in each label ("trên 5 năm 32 người"), or else in each part's words after its number, the
  // noun among the other words ("310 người có trên 5 năm kinh nghiệm", "1.120 người trên 30 tuổi")
  const rs = ranges(items, (it) => it.label.split(" ").filter(Boolean)) ?? ranges(items, (it) => it.after.split(" ").filter(Boolean), (it) => fold(it.g.noun));
  if (!rs) return undefined;
  if (rs.some((r) => r.unit !== rs[0]!.unit || r.rest !== rs[0]!.rest)) return undefined;
  let touch = false;
  for (let i = 0; i < rs.length; i++)
    for (let j = i + 1; j < rs.length; j++) {
      const m = meet(rs[i]!, rs[j]!);
      if (m === "overlap") return "overlapping";
      if (m === "touch") touch = true;
    }
  return touch ? undefined : "disjoint";
}

/** Each item's range in its words, `noun` joined to its other words; undefined when one has none. */
function ranges(items: readonly Item[], words: (it: Item) => string[], noun?: (it: Item) => string): Range[] | undefined {
  const rs: Range[] = [];
  for (const it of items) {
    const r = rangeOf(words(it));
    if (!r) return undefined;
    rs.push(noun ? { ...r, rest: `${noun(it)}|${r.rest}` } : r);
  }
  return rs;
}
