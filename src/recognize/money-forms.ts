/**
 * Money written as speech and foreign prices write it: a code glued to the digits, a "k" after a
 * sign, a minor unit after the major one.
 *
 *   "USD1,23", "EUR29,99", "GBP3,01", "INR33", "Rs20"   → 1.23 USD, 29.99 EUR, 3.01 GBP, 33 INR, 20 INR
 *   "xấp xỉ VND1000-VND2000"                             → 1000 VND and 2000 VND
 *   "$10k"                                               → 10 000 USD
 *   "2 đô la và 23 xen", "2 đô 23 xu", "hai đô 23"       → 2.23 USD
 *   "20 Rupees 43", "hai mươi rupees 43 xen"             → 20.43 INR
 * Not joined: "2 đô la và 23 người" (the second number counts something of its own).
 */
import type { Ctx, MoneyHit } from "./types.js";
import { shaped } from "./types.js";
import type { NumberHit } from "./number.js";
import { parseDigits } from "./number.js";
import { fold } from "../text/fold.js";
import { named, rx, words } from "../text/rx.js";
import { CURRENCY_PREFIXES, MINOR_UNITS } from "../lexicon/currency.js";
import { UNITS } from "../lexicon/units.js";
import { NOT_COUNTED } from "../lexicon/count-nouns.js";
import { CATEGORY } from "./category.js";
import { wordBefore } from "./phrase.js";
import { T_DIGITS, T_LETTERS } from "../text/tokens.js";
import { freshTokens } from "../text/words.js";
import { markedTokens } from "./number-tokens.js";

/** The letter codes of CURRENCY_PREFIXES ("USD", "Rs"), folded: these may be glued to the digits. */
const CODES = CURRENCY_PREFIXES.filter(([w]) => /^\p{L}+$/u.test(w)).map(([w, iso]) => [fold(w), iso] as const);
const CODE_OF = new Map(CODES);
/** A code glued to a digit group: "usd1,23" (folded), at one position; the left edge is checked in code. */
const GLUED_CODE = named("money.code-glued", new RegExp(rx`(?<cur>${words(CODES.map(([w]) => w))})(?<n>\d+(?:[.,]\d+)*)(?![\p{L}\p{M}\p{N}]|[.,]\d)`.source, "uy"));
/** First letters of the codes (folded): where GLUED_CODE is tried. */
const CODE_FIRST = new Set(CODES.map(([w]) => w.charCodeAt(0)));
/** After a major amount: "và" and spaces, then the minor amount. */
const JOIN = named("money.minor-join", /^(?: +và)? +$/u);
/** The minor unit's word after its number: "xen", "xu", "cent". */
const MINOR_AFTER = named("money.minor-unit", new RegExp(rx`^ *${words(MINOR_UNITS)}(?![\p{L}\p{M}\p{N}])`.source, "u"));
/** The word after a bare minor number (it must not be a counted noun or a unit of its own). */
const NEXT_WORD = named("money-forms.NEXT_WORD", /^ +([\p{L}\p{M}]+)/u);
const UNIT_WORDS = new Set(UNITS.map(([w]) => fold(w)));
/** Time and other words that make the number a count or a date of its own ("… USD 2 năm"). */
const NOT_COUNTED_WORDS = new Set(NOT_COUNTED.filter((w) => !["mỗi", "một", "cho", "và", "là"].includes(w)).map(fold));
/** Currencies whose amounts take a minor unit of a hundredth. */
const WITH_MINOR = new Set(["USD", "EUR", "GBP", "INR"]);

/** Money hits for codes glued to digits: "USD1,23", "VND1000". */
export function codesGlued(ctx: Ctx): MoneyHit[] {
  const { key, norm } = ctx.doc;
  const out: MoneyHit[] = [];
  // the matches of a global scan of the key: a code and its first digit are letters and a digit of
  // one word token, so the pattern is tried only inside tokens with both, at each position from the
  // end of the last match (a match with a word before it is dropped, but still read past)
  // (such tokens are marked: number-tokens.ts)
  const tt = freshTokens(ctx.doc);
  const marked = markedTokens(ctx.doc);
  let from = 0;
  for (let mi = 0; mi < marked.length; mi++) {
    const ti = marked[mi]!;
    if ((tt.flags[ti]! & (T_LETTERS | T_DIGITS)) !== (T_LETTERS | T_DIGITS)) continue;
    for (let at = Math.max(from, tt.start[ti]!); at < tt.end[ti]!; at++) {
      if (!CODE_FIRST.has(key.charCodeAt(at))) continue;
      GLUED_CODE.lastIndex = at;
      const m = GLUED_CODE.exec(key);
      if (!m) continue;
      from = at + m[0].length;
      at = from - 1;
      const hit = codeHit(m, key, norm, ctx);
      if (hit) out.push(hit);
    }
  }
  return out;
}

/** The money hit of one GLUED_CODE match, or null (a word before it, a code not in capitals, no number). */
function codeHit(m: RegExpExecArray, key: string, norm: string, ctx: Ctx): MoneyHit | null {
  if (wordBefore(key, m.index)) return null;
  const cur = m.groups!.cur!;
  // a code in capitals ("USD"), or "Rs"
  const written = norm.slice(m.index, m.index + cur.length);
  if (written !== written.toUpperCase() && written !== "Rs") return null;
  const p = parseDigits(m.groups!.n!, ctx.convention);
  if (!p) return null;
  const numStart = m.index + cur.length;
  const end = m.index + m[0].length;
  return shaped<MoneyHit>({ kind: "money", value: p.value, currency: CODE_OF.get(cur)!, start: m.index, end, rule: "money.code-glued", numStart, numEnd: end, ...(p.ambiguous ? { ambiguous: true } : {}) });
}

/** The end of a "k" glued after the digits ("$10k"), or 0. */
export function kiloAfter(key: string, end: number): number {
  const c = key.charCodeAt(end);
  if (c !== 107) return 0; // "k" (the key is lower case)
  const d = key[end + 1];
  return d === undefined || !/[\p{L}\p{M}\p{N}]/u.test(d) ? end + 1 : 0;
}

/**
 * Join a minor amount to the major one before it ("2 đô la và 23 xen" → 2.23 USD). The minor
 * number is one the scan found (1–99, whole); a minor money hit of its own ("23 xen") is dropped.
 */
export function joinMinorUnits(ctx: Ctx, hits: MoneyHit[], nums: NumberHit[]): MoneyHit[] {
  const key = ctx.doc.key;
  // (built when first asked: most documents have no amount in a currency with a minor unit)
  let byStart: Map<number, NumberHit> | undefined;
  const drop = new Set<MoneyHit>();
  for (const h of hits) {
    if (drop.has(h) || !WITH_MINOR.has(h.currency ?? "") || h.rule === "money.cent" || h.range || h.per) continue;
    // the minor number: after spaces or "và"
    let p = h.end;
    while (key.charCodeAt(p) === 32) p++;
    if (key.startsWith("và ", p)) {
      p += 3;
      while (key.charCodeAt(p) === 32) p++;
    }
    if (!JOIN.test(key.slice(h.end, p))) continue;
    byStart ??= new Map(nums.map((n) => [n.start, n]));
    const n = byStart.get(p);
    if (!n || n.approx || n.range || n.of !== undefined || !Number.isInteger(n.value) || n.value < 1 || n.value > 99) continue;
    const unit = MINOR_AFTER.exec(key.slice(n.end, n.end + 12));
    if (!unit) {
      // a bare minor number ("hai đô 23", "20 Rupees 43"): digits after a small whole amount with no
      // scale ("130 triệu USD 2. Beyonce" is a list), and no noun or unit of its own after them
      if (n.form !== "digits" || h.value >= 10_000 || !Number.isInteger(h.value) || /[.,]/.test(key.slice(n.numStart, n.numEnd))) continue;
      const w = NEXT_WORD.exec(key.slice(n.end, n.end + 24));
      if (w && (CATEGORY.has(w[1]!) || UNIT_WORDS.has(w[1]!) || NOT_COUNTED_WORDS.has(w[1]!))) continue;
      if (/^[.,]?\d|^\.\s/.test(key.slice(n.end, n.end + 2))) continue;
    }
    const end = n.end + (unit ? unit[0].length : 0);
    h.value = Number((h.value + n.value / 100).toPrecision(15));
    h.end = end;
    h.numEnd = n.numEnd;
    h.rule = "money.minor";
    // the minor amount read as money of its own ("23 xen" = 0.23 USD) is part of this one now
    for (const o of hits) if (o !== h && o.start >= n.start && o.start < end) drop.add(o);
  }
  return drop.size ? hits.filter((h) => !drop.has(h)) : hits;
}
