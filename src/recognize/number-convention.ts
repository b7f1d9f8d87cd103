/**
 * The digit-group convention of a document: "." or "," for thousands, from unambiguous evidence.
 *
 *   "5.217.000", "1.148,6", "5,4%" → Vietnamese     "1,234,567", "1,234.5", "3.5%" → English
 */
import type { Doc } from "../text/normalize.js";
import type { Ctx, NumberConvention } from "./types.js";
import type { Num } from "./number-context.js";
import { sentenceIndex } from "../text/segment.js";
import { COMMA_THOUSAND, tidy } from "./number-grammar.js";
import { R as RIGHT, named, rx, words } from "../text/rx.js";
import { unitAt } from "../text/chars.js";

const R = named("number-convention.R", new RegExp(RIGHT));

/** A digit group with dot thousands and nothing more: "1.615", "12.300" (not "1.615.000", "1.615,5"). */
export const DOT_THOUSAND = named("number-convention.DOT_THOUSAND", /^\d{1,3}\.\d{3}$/);

/**
 * A digit group with a separator and, when present, a "%" or scale word after it (to tell "3.5%"
 * from a date). Groups without a separator say nothing about the convention.
 */
/** After a digit group (tried sticky at its end): a "%" or a scale word. "(?<! )" keeps it linear unanchored too. */
export const EVIDENCE_AFTER = named("number.evidenceAfter", new RegExp(rx`(?<! ) *(?:%|${words(["triệu", "tỷ", "nghìn", "ngàn", "phần trăm"])}${R})`.source, "uy"));
/** Where a digit group with a separator starts: a fixed three-unit window, which V8 scans fast. */
export const SEPARATOR_CANDIDATE = named("number.separatorCandidate", /\d[.,]\d/g);
/**
 * The digit groups (\d+(?:[.,]\d+)*, longest) that hold a separator, as [start, end) pairs in one
 * flat array: "1.615", "3,5", "1.063,1", "20.10.2016". Memoised per document.
 */
export function separatorGroups(doc: Doc): number[] {
  const got = doc.memo.groups as number[] | undefined;
  if (got) return got;
  const key = doc.key;
  const out: number[] = [];
  SEPARATOR_CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SEPARATOR_CANDIDATE.exec(key))) {
    // the first candidate of a group sits at its first separator: only digits before it
    let s = m.index;
    while (s > 0 && isDigitAt(key, s - 1)) s--;
    let e = m.index + 2;
    for (;;) {
      while (e < key.length && isDigitAt(key, e)) e++;
      const c = key.charCodeAt(e);
      if ((c === 46 || c === 44) && isDigitAt(key, e + 1)) e++;
      else break;
    }
    out.push(s, e);
    SEPARATOR_CANDIDATE.lastIndex = e;
  }
  doc.memo.groups = out;
  return out;
}
/** The digit groups written with dot thousands and nothing more ("1.615", not "1.615.000"). */
export function dotThousandGroups(doc: Doc): Set<string> {
  const key = doc.key;
  const out = new Set<string>();
  const groups = separatorGroups(doc);
  for (let g = 0; g < groups.length; g += 2) {
    const s = groups[g]!;
    const c = unitAt(key, s - 1);
    if (c === 46 || c === 44) continue; // ".1.615": not a group of its own
    const w = key.slice(s, groups[g + 1]!);
    if (DOT_THOUSAND.test(w)) out.add(w);
  }
  return out;
}
export const WORD_CHAR = named("number-convention.WORD_CHAR", /^[\p{L}\p{M}\p{N}]$/u);
/** Is the character (code point) before `i` a letter, mark or digit? */
export function wordCharBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let ch = s[i - 1]!;
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) ch = s.slice(i - 2, i);
  }
  return WORD_CHAR.test(ch);
}
/**
 * The digit-group convention of a document, from unambiguous evidence only: "1,234,567",
 * "1,234.5", "3.5%" / "13.28 triệu" say English; "5.217.000", "1.148,6", "5,4%" say Vietnamese.
 * The majority wins; with none, "unknown" (numbers are then read the Vietnamese way, ambiguous).
 */
export function inferConvention(doc: Doc): { convention: NumberConvention; evidence: string[] } {
  const en: string[] = [];
  const vi: string[] = [];
  const key = doc.key;
  const groups = separatorGroups(doc);
  for (let g = 0; g < groups.length; g += 2) {
    const s = groups[g]!;
    const e = groups[g + 1]!;
    // the group read from its start when no letter or digit is glued before it, else from after
    // its first separator when a second one follows ("A1.5.6" → "5.6")
    let q = s;
    if (wordCharBefore(key, s)) {
      let p = s;
      while (isDigitAt(key, p)) p++;
      q = p + 1;
      let r = q;
      while (r < e && isDigitAt(key, r)) r++;
      if (r >= e) continue;
    }
    const d = key.slice(q, e);
    EVIDENCE_AFTER.lastIndex = e;
    const after = EVIDENCE_AFTER.exec(key);
    const quantity = !!after;
    const isEn = /^\d{1,3}(?:,\d{3}){2,}$/.test(d) || /^\d{1,3}(?:,\d{3})+\.\d+$/.test(d) || (quantity && /^\d+\.\d{1,2}$/.test(d));
    const isVi = !isEn && (/^\d{1,3}(?:\.\d{3}){2,}$/.test(d) || /^\d{1,3}(?:\.\d{3})+,\d+$/.test(d) || (quantity && /^\d+,\d{1,2}$/.test(d)));
    if (isEn || isVi) (isEn ? en : vi).push(doc.norm.slice(q, e + (after ? after[0].length : 0)));
  }
  if (!en.length && !vi.length) return { convention: "unknown", evidence: [] };
  if (en.length > vi.length) return { convention: "en", evidence: en.slice(0, 5) };
  if (vi.length > en.length) return { convention: "vi", evidence: vi.slice(0, 5) };
  return { convention: "unknown", evidence: [...vi.slice(0, 3), ...en.slice(0, 3)] };
}

export function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/**
 * "tổng tài sản đạt 4,239 tỷ đồng. Nợ phải trả 3.610 tỷ đồng …": a comma before exactly three
 * digits and a scale word, read as a decimal comma, is a thousands separator when the amounts with
 * the same scale word in its sentence and the next one are all written in the hundreds or more,
 * at least one in the thousands. A small neighbour ("hơn 8,35 tỷ … hơn 17,460 tỷ") keeps the
 * decimal reading, and so do an amount with no neighbour ("thu 4,518 tỉ đồng"), a rate
 * ("2,044 tỷ đồng/người") and a document that writes three-digit decimals ("1.399,036 tỷ").
 */
export function commaThousandsByNeighbours(nums: Num[], ctx: Ctx): void {
  const ss = ctx.sentences;
  const key = ctx.doc.key;
  let decimals3: boolean | undefined;
  // per sentence and scale word: how many amounts, how many under 100, how many of 1,000 or more
  // (kept up to date as amounts are re-read, so each amount sees its neighbours as they are now)
  const agg = new Map<string, { count: number; small: number; big: number }>();
  const sentOf = new Map<Num, number>();
  const add = (o: Num, sign: 1 | -1) => {
    const k = `${sentOf.get(o)}|${o.scaleWord}`;
    let a = agg.get(k);
    if (!a) agg.set(k, (a = { count: 0, small: 0, big: 0 }));
    a.count += sign;
    if (o.rawBeforeScale < 100) a.small += sign;
    if (o.rawBeforeScale >= 1000) a.big += sign;
  };
  for (const o of nums) {
    if (o.scaleWord === undefined) continue;
    sentOf.set(o, sentenceIndex(ss, o.start));
    add(o, 1);
  }
  for (const n of nums) {
    const t = n.toks[0]!;
    if (!n.scaleWord || n.scale < 1e6 || t.type !== "D" || !COMMA_THOUSAND.test(t.word) || t.val !== Number(t.word.replace(",", "."))) continue;
    // a rate ("2,044 tỷ đồng/người/năm") is not compared with totals
    if (RATE_NEXT.test(key.slice(n.end, n.end + 16))) continue;
    // a document that writes "1.399,036 tỷ" uses three-digit decimals
    decimals3 ??= DECIMALS3.test(key);
    if (decimals3) continue;
    const si = sentenceIndex(ss, n.start);
    if (si < 0) continue;
    // the amounts of this sentence and the next with the same scale word, this one left out
    let count = -1;
    let small = n.rawBeforeScale < 100 ? -1 : 0;
    let big = n.rawBeforeScale >= 1000 ? -1 : 0;
    // (a counted loop: the array of one sentence, for a number in the last, was first made after
    // V8 had optimised this function and made it compile it again)
    for (let s2 = si; s2 <= si + 1 && s2 < ss.length; s2++) {
      const a = agg.get(`${s2}|${n.scaleWord}`);
      if (!a) continue;
      count += a.count;
      small += a.small;
      big += a.big;
    }
    if (count <= 0 || small > 0 || big <= 0) continue;
    add(n, -1);
    n.rawBeforeScale = Number(t.word.replace(",", ""));
    n.value = tidy(n.rawBeforeScale * n.scale);
    t.val = n.rawBeforeScale;
    add(n, 1);
  }
}

const RATE_NEXT = named("number-convention.RATE_NEXT", /^ *(?:[\p{L}\p{M}]+ *)?\//u);
const DECIMALS3 = named("number-convention.DECIMALS3", /\d\.\d{3},\d{3}(?!\d)/);
