/**
 * Percentages, as a number of percent.
 *
 *   "6,2%" → 6.2      "184 %" → 184      "năm mươi phần trăm" → 50      "khoảng 83,%" → 83 (a dangling separator)
 *   "40-45%", "2 - 19%" → two figures (40 and 45)
 *   "trên 10%" (approx, lower)   "từ 10% trở lên", "80% trở lên" (approx, lower)
 *   "đạt 184% so với kế hoạch" → relation "đạt", basis "kế hoạch"
 *   "tăng 5% so với năm 2019"  → relation "tăng", basis "năm 2019"
 *   "đạt 121,6 chỉ tiêu" → 121.6 (a fractional share of the plan: the "%" was left out)
 *   "giảm từ 17,25 trong năm 2015 xuống 15,3%" → 17.25 and 15.3 (the change's first number takes the sign of the second)
 *   "tăng từ 2024 lên 30%", "tăng từ 1.200 lên 15%" → only 30 and 15 (a year, a count over 100)
 * Not percent: "60:40" (a ratio), "gấp rưỡi", "1/2", "đạt 15 chỉ tiêu" (a count).
 */
import { L as LEFT, R as RIGHT, named, rx, words } from "../text/rx.js";
import { qualify } from "./qualifiers.js";
import { fold } from "../text/fold.js";
import type { Relation, RuleOf } from "../schema.js";
import type { Ctx, PercentHit } from "./types.js";
import { figureHit } from "./types.js";
import { scanNumbers, type NumberHit } from "./number.js";
import { BASIS_WORDS, RELATION_WORDS } from "../lexicon/compare.js";
import { unitAt } from "../text/chars.js";

const L = named("percent.L", new RegExp(LEFT));
const R = named("percent.R", new RegExp(RIGHT));
const local = (re: RegExp) => new RegExp(re.source, "u");

/** "%" or "phần trăm" right after the number; a decimal separator left dangling before "%" ("khoảng 83,%") is the figure's. */
const SIGN = named("percent.sign", local(rx`^(?:[.,](?=[%％])| *)(?:[%％]|phần\s+trăm${R})`));
const RELATION_OF = new Map(RELATION_WORDS.map(([w, r]) => [fold(w), r as Relation]));
/** A relation word right before the figure, maybe with "lên", "thêm", "được", "tỷ lệ" between. */
const RELATION_BEFORE = named(
  "percent.relation",
  local(rx`${L}(?<rel>${words(RELATION_WORDS.map(([w]) => w))})(?: +(?:lên|thêm|được|xuống|tỉ\s+lệ|khoảng|gần|hơn|trên|dưới|tới|ở\s+mức|mức))? *$`),
);
/** The basis right after: "so với kế hoạch", "kế hoạch năm", "so với năm 2021", "so với cùng kỳ". */
const BASIS_AFTER = named(
  "percent.basis",
  local(rx`^ *(?:(?:so\s+)?với\s+)?(?<basis>năm\s+\d{4}|${words(BASIS_WORDS)}(?:\s+năm(?:\s+\d{4}|\s+trước|\s+ngoái)?)?)${R}`),
);

/** "đạt 121,6 chỉ tiêu": a fractional share of a plan is a percent written without its sign. */
const IMPLIED_AFTER = named("percent.implied", local(rx`^ +(?:chỉ\s+tiêu|kế\s+hoạch|dự\s+toán)${R}`));
/** "từ 17,25 (trong năm 2015) xuống 15,3%": "từ" before the first number of a change, the second number and its sign after it. */
const FROM_BEFORE = named("percent.from-before", local(rx`${L}từ {1,2}$`));
const TO_SIGN_AFTER = named(
  "percent.to-sign",
  local(rx`^(?: {1,2}(?:(?:trong|vào|của) {1,2})?(?:cuối {1,2})?năm {1,2}\d{4})? {1,2}(?:xuống|lên|còn|tới|đến)(?: {1,2}(?:mức|khoảng))? {1,2}\d[\d.,]{0,12} ?[%％]`),
);
const IMPLIED_RELATIONS = new Set(["đạt", "vượt", "bằng", "hoàn thành"].map(fold));

export function recognizePercent(ctx: Ctx): PercentHit[] {
  const key = ctx.doc.key;
  const norm = ctx.doc.norm;
  const out: PercentHit[] = [];
  for (const n of scanNumbers(ctx)) {
    const hit = percentOf(n, key, norm);
    if (hit) out.push(hit);
  }
  return out;
}

/**
 * The sign after the second number of a change is the first's too, when the first can be a percent:
 * at most 100 ("từ 18 lên 43%"), or below 1000 with a basis after the sign ("từ 105 lên 120% kế
 * hoạch"). A year or a count is not: "tăng từ 2024 lên 30%", "tăng từ 1.200 lên 15%".
 */
function sharesSign(n: NumberHit, key: string): boolean {
  if (n.value >= 1000) return false;
  const to = TO_SIGN_AFTER.exec(key.slice(n.end, n.end + 60));
  if (!to) return false;
  return n.value <= 100 || BASIS_AFTER.test(key.slice(n.end + to[0].length, n.end + to[0].length + 50));
}

function percentOf(n: NumberHit, key: string, norm: string): PercentHit | null {
  if (n.of !== undefined || (n.scale ?? 1) >= 1000) return null;
  // a range's first number takes the sign written after the second: "40-45%"
  // (the sign, or the relation of an implied percent, is tested before the costlier relation)
  // (SIGN only after spaces and a "%", "％" or the "p" of "phần trăm": most numbers have another unit after them)
  let i = n.end;
  while (unitAt(key, i) === 32) i++;
  // ("83,%": a dangling separator, then the sign)
  const sep = unitAt(key, i);
  if (i === n.end && (sep === 44 || sep === 46)) i++;
  const c = unitAt(key, i);
  const s = c === 37 || c === 0xff05 || c === 112 ? SIGN.exec(key.slice(n.end, n.end + 16)) : null;
  const shared = !s && !n.range && unitAt(key, n.start - 1) === 32 && FROM_BEFORE.test(key.slice(Math.max(0, n.start - 6), n.start)) && sharesSign(n, key);
  if (!s && !shared && (Number.isInteger(n.value) || n.range || !IMPLIED_AFTER.test(key.slice(n.end, n.end + 20)))) return null;
  const rel = RELATION_BEFORE.exec(key.slice(Math.max(0, n.start - 30), n.start));
  const relation = rel ? RELATION_OF.get(rel.groups!.rel!.replace(/\s+/g, " ")) : undefined;
  let rule: RuleOf<"percent"> = "percent.sign";
  if (shared) rule = "percent.from-to";
  else if (!s) {
    if (!rel || !IMPLIED_RELATIONS.has(rel.groups!.rel!)) return null;
    rule = "percent.implied";
  }
  const hit: PercentHit = figureHit<PercentHit>("percent", n.value, n.start, n.end + (s ? s[0].length : 0), rule, n.numStart, n.numEnd, undefined, undefined);
  qualify(hit, n, key);
  if (relation) hit.relation = relation;
  const basis = BASIS_AFTER.exec(key.slice(hit.end, hit.end + 50));
  if (basis) {
    const at = hit.end + basis.index + basis[0].length - basis.groups!.basis!.length;
    hit.basis = norm.slice(at, hit.end + basis[0].length);
  }
  return hit;
}
