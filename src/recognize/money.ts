/**
 * Money: an amount with its currency, in the currency's base unit.
 *
 *   "4,518 tỉ đồng" → 4 518 000 000 VND        "164.380 tỷ đồng" → 1.6438e14 VND
 *   "1 tỷ 250 triệu đồng" → 1 250 000 000 VND  "350.000đ/suất" → 350 000 VND, per ["suất"]
 *   "42 triệu đồng/người/tháng" → 42 000 000 VND, per ["người", "tháng"]
 *   "khoảng 6,8 cent/kWh" → 0.068 USD (approx)  "16-21 cent" → 0.16 and 0.21 USD
 *   "5 triệu USD", "$5 triệu", "200 đô la Mỹ", "3 triệu euro", "100 nghìn yên"
 *   "125 tỷ", "hơn 200 tỷ" (a bare "tỷ": VND)   "192tỷđồng" (glued)
 *   "5 triệu/tháng", "kinh phí 500 triệu." (a bare "triệu" as a rate or after a money word)
 *   "hơn 9 tỷ đồng" (approx, lower)              "dự kiến 500 tỷ đồng" (estimated)
 *   "từ 3,9 triệu lên 4,35 triệu đồng" → 3 900 000 and 4 350 000 VND
 *   "giữa 1000 và 2000 đồng" → 1000 and 2000 VND      "EUR 20", "Rs. 20", "£9", "VN$1000" (prefixes)
 *   "USD1,23", "$10k", "2 đô la và 23 xen" → 1.23, 10 000, 2.23 USD (money-forms.ts)
 * Not money: "2 đồng chí", "9,42 tỷ m3", "7 tỷ người", "hai tỷ cán bộ" (a noun of people after a
 * bare "tỷ"), "hàng chục tỷ đồng" (no number).
 */
import { FirstWords } from "./word-guard.js";
import type { Doc } from "../text/normalize.js";
import { L as LEFT, R as RIGHT, named, rx, words } from "../text/rx.js";
import { boundAfter } from "./qualifiers.js";
import { fold } from "../text/fold.js";
import { unitAt } from "../text/chars.js";
import { T_DIGITS } from "../text/tokens.js";
import { freshTokens } from "../text/words.js";
import { markedTokens } from "./number-tokens.js";
import type { RuleOf } from "../schema.js";
import type { Ctx, MoneyHit } from "./types.js";
import { figureHit, shaped } from "./types.js";
import { inOrder, none } from "../text/lists.js";
import { parseDigits, scanNumbers, type NumberHit } from "./number.js";
import { CURRENCIES, CURRENCY_PREFIXES, DONG_COMPOUNDS, MINOR_COMPOUNDS, MONEY_NOUNS, MONEY_VERBS, NOT_MONEY_AFTER_TY, PLACE_LIKE_CURRENCIES, RATE_UNITS, SCALES_BEFORE_CURRENCY, WEIGHT_WORDS } from "../lexicon/currency.js";
import { codesGlued, joinMinorUnits, kiloAfter } from "./money-forms.js";
import { UNITS } from "../lexicon/units.js";
import { PERSONNEL_NOUNS, TRAINING_NOUNS } from "../lexicon/count-nouns.js";

const L = named("money.L", new RegExp(LEFT));
const R = named("money.R", new RegExp(RIGHT));
const local = (re: RegExp) => new RegExp(re.source, "u");

const CURRENCY_OF = new Map(CURRENCIES.map(([w, iso, f]) => [fold(w), { iso, factor: f }]));
const SCALE_OF = new Map(SCALES_BEFORE_CURRENCY.map(([w, v]) => [fold(w), v]));
const PREFIX_OF = new Map(CURRENCY_PREFIXES.map(([w, iso]) => [fold(w), iso]));

/** Right after the number: an optional scale word (glued or spaced) and the currency. */
const CURRENCY_AFTER = named(
  "money.currency",
  local(rx`^ *(?:(?<scale>${words(SCALES_BEFORE_CURRENCY.map(([w]) => w))}) *)?(?<cur>${words(CURRENCIES.map(([w]) => w))})(?![\p{L}\p{M}\p{N}$])`),
);
/** Rate denominators: "/người/tháng", "/ năm", "/kWh". */
const PER = named("money.per", local(rx`^ *\/ *(?<p>[\p{L}\p{M}]+\d?)`));
/** A currency sign before the amount: "$5", "US$ 200", "USD 5 triệu". */
const PREFIX = named("money.prefix", local(rx`${L}(?<cur>${words(CURRENCY_PREFIXES.map(([w]) => w))}) ?$|(?<sign>[$€£]) ?$`));
/** First characters of the scale words and currencies (folded), to skip the pattern cheaply. */
const CURRENCY_FIRST = new Set([...SCALES_BEFORE_CURRENCY.map(([w]) => w), ...CURRENCIES.map(([w]) => w)].map((w) => fold(w).charCodeAt(0)));
/** The first words of the currencies (word-guard.ts), and of the scale words (folded). */
const CURRENCY_FIRSTS = new FirstWords(CURRENCIES.map(([w]) => w));
const SCALE_FIRSTS = [...new Set(SCALES_BEFORE_CURRENCY.map(([w]) => fold(w).split(" ")[0]!))];
/**
 * Whether CURRENCY_AFTER can match with its scale word or currency at `at` (the key before
 * `limit`): a currency on its own is followed by no letter or digit (FirstWords can tell from the
 * token table), a scale word may have the currency glued to it ("tỷđồng": the key is read).
 */
export function mayStartCurrency(doc: Doc, at: number, limit: number): boolean {
  return CURRENCY_FIRSTS.mayStartAt(doc, at, limit) || SCALE_FIRSTS.some((w) => doc.key.startsWith(w, at));
}
/** Last characters of the currency signs written before an amount. */
const PREFIX_LAST = new Set([...CURRENCY_PREFIXES.map(([w]) => fold(w)), "$", "€", "£"].map((w) => w.charCodeAt(w.length - 1)));
const DONG_COMPOUND = named("money.dongCompound", local(rx`^ +${words(DONG_COMPOUNDS)}${R}`));
/** After a bare "tỷ": a unit or a counted noun means it is not money ("9,42 tỷ m3", "7 tỷ người"). */
const NOT_MONEY = named(
  "money.notMoney",
  local(rx`^ *(?:${words(UNITS.map(([w]) => w))}|${words([...NOT_MONEY_AFTER_TY, ...PERSONNEL_NOUNS, ...TRAINING_NOUNS])}|usd|đô|euro|eur|yên)${R}`),
);
const ESTIMATE = named("money.estimate", local(rx`${L}(?:ước|dự\s+kiến|dự\s+ước)${R}`));
const UOC = fold("ước");
const DU = fold("dự");
/**
 * (The first lookbehind, "not an ASCII non-letter", only lets V8 reject a digit after a space or a
 * digit without testing the slower property class.)
 * An amount glued to the word before it, as in text that lost its spaces ("quỹ của Hội4 tỷ đồng",
 * "là250 triệu đồng"): only with a currency word, which makes it money whatever came before.
 */
const GLUED = named(
  "money.glued",
  new RegExp(rx`(?<n>\d(?<=[^\0-\x40\x5b-\x60\x7b-\x7f]\d)(?<=[\p{L}\p{M}]\d)\d*(?:[.,]\d+)*) *(?<scale>${words(["nghìn tỷ", "ngàn tỷ", "tỷ", "triệu", "nghìn", "ngàn"])}) *(?<cur>${words(["đồng", "VNĐ", "VND"])})${R}`.source, "uy"),
);
/** "2 đ/c": đồng chí, not đồng. */
const COMRADE = named("money.comrade", /^\/c(?![\p{L}\p{M}])/u);
/** A bare "triệu" with a rate: "5 triệu/tháng", "500 nghìn/người". */
const RATE_AFTER = named("money.rate", local(rx`^ *\/ *${words(RATE_UNITS)}${R}`));
const SMALL_SCALES = new Set(["triệu", "nghìn", "ngàn"].map(fold));
/** Nothing after the amount: a stop, a comma, a bracket, the end, "và", or "để" and its purpose ("bỏ ra 70 triệu để bồi thường"). */
const NOTHING_AFTER = named("money.nothingAfter", local(rx`^ *(?:[.,;:!?)\n]|$|(?<= )(?:và|để|nhưng)${R})`));
/** A money word right before the amount: "kinh phí 500 triệu", "trị giá gần 800 triệu". */
const MONEY_BEFORE = named("money.context", local(rx`${L}${words(MONEY_NOUNS)}(?: +(?:là|đạt|khoảng|lên|tới|gần|hơn|trên|dưới|ước|mức|ước\s+tính))* +$`));
/** A money word or verb earlier in the clause: "Số tiền hỗ trợ mỗi hộ là 200 triệu.", "vay ngân hàng 200 triệu". */
const MONEY_CLAUSE = named("money.clause", local(rx`${L}${words([...MONEY_NOUNS, ...MONEY_VERBS])}${R}[^.;:!?\n\d]{1,40}$`));
/** "từ X lên Y đồng": X is introduced by "từ" and joined to Y by "lên", "xuống" or "còn". */
const FROM_BEFORE = named("money.from", local(rx`${L}từ(?: +(?:mức|khoảng|gần|hơn|trên))? +$`));
const TO_BETWEEN = named("money.to", local(rx`^ +(?:tăng +|giảm +)?(?:lên|xuống|còn)(?: +(?:mức|khoảng|gần|hơn|trên))? +$`));
/** "giữa X và Y đồng": X is introduced by "giữa" and joined to Y by "và". */
const BETWEEN_BEFORE = named("money.between", local(rx`${L}giữa(?: +(?:mức|khoảng))? +$`));
const AND_BETWEEN = named("money.and", local(rx`^ +và +$`));
const TY = fold("tỷ");
/** Currency words written in lower case in the lexicon ("đồng", "yên"), not codes ("USD"). */
const PLACE_LIKE = new Set(PLACE_LIKE_CURRENCIES.map((w) => fold(w)));
const MINOR_COMPOUND = named("money.minorCompound", local(rx`^ +${words(MINOR_COMPOUNDS)}${R}`));
const POUND = new Set(["pound", "pounds"]);
const WEIGHT_NEAR = named("money.weightNear", local(rx`^[^.;\n]{0,30}\d[ ]?${words(WEIGHT_WORDS)}${R}`));
/** Short currency words that need MINOR_COMPOUND checked after them. */
const SHORT_CURRENCY = new Set(["đô", "xu", "xen"].map(fold));

/** "Yên" in "Yên Bái": an upper-case letter followed by a lower-case one. */
export function isTitleCase(norm: string, at: number): boolean {
  const a = norm[at] ?? "";
  const b = norm[at + 1] ?? "";
  return a !== a.toLowerCase() && b !== b.toUpperCase();
}

export function recognizeMoney(ctx: Ctx): MoneyHit[] {
  const { doc } = ctx;
  const key = doc.key;
  const out: MoneyHit[] = [];
  const nums = scanNumbers(ctx);
  // (none() filled by push, not nums.map: map's array of no numbers kept its first elements kind
  // while the others held objects, two maps at `made.length` that made V8 recompile recognizeMoney;
  // src/text/lists.ts)
  const made: (MoneyHit | null)[] = none();
  for (let i = 0; i < nums.length; i++) made.push(moneyOf(nums[i]!, doc));
  // "từ 3,9 triệu lên 4,35 triệu đồng": the first amount takes the currency of the second
  for (let i = made.length - 2; i >= 0; i--) {
    const a = nums[i]!;
    const b = made[i + 1];
    if (made[i] || !b || a.of !== undefined || a.range) continue;
    const before = key.slice(Math.max(0, a.numStart - 12), a.numStart);
    const between = key.slice(a.end, nums[i + 1]!.start);
    // "từ 3,9 triệu lên 4,35 triệu đồng", "giữa 1000 và 2000 đồng"
    // (all four tested for every pair: a test reached only after another matched was first reached
    // after V8 had optimised recognizeMoney, and it deopted)
    const fromBefore = FROM_BEFORE.test(before);
    const toBetween = TO_BETWEEN.test(between);
    const betweenBefore = BETWEEN_BEFORE.test(before);
    const andBetween = AND_BETWEEN.test(between);
    if (!(fromBefore && toBetween) && !(betweenBefore && andBetween)) continue;
    // the currency's factor, and the scale too when only the second wrote it ("từ 3,9 lên 4,35 triệu")
    const bn = nums[i + 1]!;
    const factor = (b.value / bn.value) * ((a.scale ?? 1) === 1 && (bn.scale ?? 1) > 1 ? bn.scale! : 1);
    made[i] = shaped<MoneyHit>({ kind: "money", value: tidy(a.value * factor), currency: b.currency, start: a.start, end: a.end, rule: "money.from-to", numStart: a.numStart, numEnd: a.numEnd, ...(a.approx ? { approx: true, bound: a.bound } : {}) });
  }
  for (const hit of made) if (hit) out.push(hit);
  // "USD1,23", "EUR29,99", "VND1000-VND2000": a code glued to the digits
  out.push(...codesGlued(ctx));
  for (const m of gluedMatches(ctx)) {
    const p = parseDigits(m.groups!.n!, ctx.convention);
    if (!p) continue;
    let numEnd = m.index + m[0].length - m.groups!.cur!.length;
    while (key[numEnd - 1] === " ") numEnd--;
    const value = tidy(p.value * SCALE_OF.get(m.groups!.scale!.replace(/\s+/g, " "))!);
    const hit = figureHit<MoneyHit>("money", value, m.index, m.index + m[0].length, "money.glued", m.index, numEnd, "VND", undefined);
    const per = perAfter(key, doc.norm, hit.end);
    if (per.list.length) {
      hit.per = per.list;
      hit.end = per.end;
    }
    out.push(hit);
  }
  // "2 đô la và 23 xen", "hai đô 23", "20 Rupees 43": the minor unit joins the major
  return joinMinorUnits(ctx, inOrder(out, (a, b) => a.start - b.start), nums);
}

/**
 * The matches of GLUED over the whole key, left to right: one starts at a digit right after a letter
 * or mark, which is inside a word token with digits (a marked token, number-tokens.ts); GLUED is
 * tried (sticky) only there, at each digit after a non-digit, from the end of the last match.
 */
export function gluedMatches(ctx: Ctx): RegExpExecArray[] {
  const key = ctx.doc.key;
  const tt = freshTokens(ctx.doc);
  const marked = markedTokens(ctx.doc);
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let mi = 0; mi < marked.length; mi++) {
    const ti = marked[mi]!;
    if (!(tt.flags[ti]! & T_DIGITS)) continue;
    for (let at = Math.max(from, tt.start[ti]! + 1); at < tt.end[ti]!; at++) {
      const c = key.charCodeAt(at);
      const b = key.charCodeAt(at - 1);
      if (c < 48 || c > 57 || (b >= 48 && b <= 57)) continue;
      GLUED.lastIndex = at;
      const m = GLUED.exec(key);
      if (!m) continue;
      out.push(m);
      from = at + m[0].length;
      at = from - 1;
    }
  }
  return out;
}

function moneyOf(n: NumberHit, doc: Doc): MoneyHit | null {
  const { key, norm } = doc;
  if (n.of !== undefined) return null;
  // the currency pattern is only tried when the first letter after the spaces can start it
  let at = n.end;
  while (unitAt(key, at) === 32) at++;
  const canCurrency = at < key.length && CURRENCY_FIRST.has(key.charCodeAt(at)) && mayStartCurrency(doc, at, n.end + 60);
  // a number with neither a currency after it, nor a sign before it, nor a scale word is no money
  const last = unitAt(key, n.numStart - 1) === 32 ? unitAt(key, n.numStart - 2) : unitAt(key, n.numStart - 1);
  const canPrefix = n.start === n.numStart && PREFIX_LAST.has(last);
  if (!canCurrency && !canPrefix && n.scaleWord === undefined) return null;
  const after = key.slice(n.end, n.end + 60);
  const m = canCurrency ? CURRENCY_AFTER.exec(after) : null;
  let value = n.value;
  let currency: string | undefined;
  let end = n.end;
  let rule: RuleOf<"money"> = "money.currency";
  let start = n.start;
  if (m) {
    const cur = m.groups!.cur!;
    const c = CURRENCY_OF.get(cur.replace(/\s+/g, " "))!;
    const rest = after.slice(m[0].length);
    if (cur === "đ" && COMRADE.test(rest)) return null; // "2 đ/c" = 2 comrades
    if (cur === fold("đồng") && DONG_COMPOUND.test(rest)) return null;
    // a capitalised word is a name, not a currency: "5 Yên Bái" (all capitals "5 TỶ ĐỒNG" stay)
    const curAt = n.end + m[0].length - cur.length;
    if (PLACE_LIKE.has(cur) && isTitleCase(norm, curAt)) return null;
    // "3 đô thị", "2 xu hướng": another word
    if (SHORT_CURRENCY.has(cur) && MINOR_COMPOUND.test(rest)) return null;
    // "400 pounds (khoảng 181,4 kg)": a weight
    // (the weight is looked for after every currency: a test only after "pound", first reached after
    // V8 had optimised moneyOf, made it compile moneyOf again; likewise the scale below)
    const weightNear = WEIGHT_NEAR.test(rest.slice(0, 40));
    if (POUND.has(cur) && weightNear) return null;
    // "không có một xu": an idiom, no amount
    if (SHORT_CURRENCY.has(cur) && n.form === "words" && n.value === 1) return null;
    // (a scale word between the amount and its currency, "5 tr đồng"; none is "", which no map holds)
    value *= SCALE_OF.get((m.groups!.scale ?? "").replace(/\s+/g, " ")) ?? 1;
    value *= c.factor;
    currency = c.iso;
    end = n.end + m[0].length;
    if (c.factor < 1) rule = "money.cent";
  } else {
    // a currency sign before the amount
    // a sign ends right before the number or one space before it
    const before = canPrefix ? key.slice(Math.max(0, n.numStart - 8), n.numStart) : "";
    const p = canPrefix ? PREFIX.exec(before) : null;
    if (p) {
      currency = p.groups!.cur ? PREFIX_OF.get(p.groups!.cur)! : p.groups!.sign === "€" ? "EUR" : p.groups!.sign === "£" ? "GBP" : "USD";
      start = n.numStart - (before.length - p.index);
      rule = "money.prefix";
      // "$5 triệu" the scale is already in the number; "$10k" writes it glued
      const k = kiloAfter(key, n.end);
      if (k) {
        value *= 1000;
        end = k;
      }
    } else {
      // a bare "tỷ" is VND: "125 tỷ", "hơn 200 tỷ, …", "27.000 tỷ doanh thu"
      const sw = n.scaleWord;
      const bareTy = sw !== undefined && sw.endsWith(TY) && !NOT_MONEY.test(after);
      // a bare "triệu"/"nghìn" with a rate ("5 triệu/tháng") or after a money word with nothing
      // after it ("kinh phí 500 triệu.", "phạt 10 triệu,")
      const bareSmall = sw !== undefined && SMALL_SCALES.has(sw);
      const rate = bareSmall && RATE_AFTER.test(after);
      const context = bareSmall && !rate && NOTHING_AFTER.test(after) && (MONEY_BEFORE.test(key.slice(Math.max(0, n.start - 30), n.start)) || MONEY_CLAUSE.test(key.slice(Math.max(0, n.start - 60), n.start)));
      if (!bareTy && !rate && !context) return null;
      currency = "VND";
      rule = bareTy ? "money.bare-scale" : context ? "money.context" : "money.rate";
    }
  }
  // (figureHit, not shaped({…}): that literal's value field, first seen holding small integers, made
  // V8 compile moneyOf again at the first decimal)
  const hit = figureHit<MoneyHit>("money", tidy(value), start, end, rule, n.numStart, n.numEnd, currency, undefined);
  const per = perAfter(key, norm, end);
  if (per.list.length) {
    hit.per = per.list;
    hit.end = per.end;
  }
  if (n.approx) {
    hit.approx = true;
    hit.bound = n.bound;
  }
  boundAfter(hit, key);
  if (n.range) hit.range = moneyRange(n, value);
  if (n.ambiguous) hit.ambiguous = true;
  // "ước đạt", "dự kiến" earlier in the same clause
  // (ESTIMATE holds "ước" or "dự": most amounts have neither before them)
  const near = key.slice(Math.max(0, hit.start - 40), hit.start);
  if ((near.includes(UOC) || near.includes(DU)) && ESTIMATE.test(near.split(/[,.;:()\n]/).pop()!)) hit.estimated = true;
  return hit;
}

/** Rate denominators after an amount: "/người/tháng" → ["người", "tháng"]. */
function perAfter(key: string, norm: string, end: number): { list: string[]; end: number } {
  const list: string[] = [];
  while (list.length < 3) {
    const p = PER.exec(key.slice(end, end + 30));
    if (!p) break;
    list.push(norm.slice(end + p[0].length - p.groups!.p!.length, end + p[0].length));
    end += p[0].length;
  }
  return { list, end };
}

/** The range in base units: both ends scaled like this end. */
function moneyRange(n: NumberHit, value: number): { from: number; to: number } {
  const k = value / n.value;
  return { from: tidy(n.range!.from * k), to: tidy(n.range!.to * k) };
}

function tidy(x: number): number {
  return Number.isInteger(x) ? x : Number(x.toPrecision(15));
}
