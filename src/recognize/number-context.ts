/**
 * What stands around a number and decides whether it is an amount at all: the words before it
 * (a date word, an ordinal, a qualifier), what it is glued to, what follows it (a time, a code,
 * an identifier, an idiom), and capitals that make it part of a name. Used by number.ts's scan.
 *
 *   "tháng 5", "ngày 8.2", "năm 2022" → a date word before: not an amount (up to the word's maximum)
 *   "lần thứ 12", "giai đoạn 1"         → an ordinal before: not an amount
 *   "khoảng 50", "ước thực hiện 120"    → the qualifier before ("khoảng", "ước thực hiện")
 *   "8h30", "415/BC", "30-TTg", "B-52"  → a time, an identifier, a code: not an amount
 *   "một số", "mười mấy", "Ba Lan"      → an article, a vague amount, a name: not an amount
 */
import { R as RIGHT, named, rx, words } from "../text/rx.js";
import { fold } from "../text/fold.js";
import { LETTER as C_LETTER, MARK as C_MARK, cls } from "../text/chars.js";
import { isSyllable } from "./name-words.js";
import { BA_IDIOMS, HAI_TYPO_BEFORE, DATE_CONTEXT, MOT_IDIOMS, NOT_ORDINAL_COMPOUNDS, ORDINAL_CONTEXT, QUALIFIERS } from "../lexicon/numbers.js";
import { BA, BAY_DIALECT, MOT, type Tok } from "./number-grammar.js";
import { isDigitAt } from "./number-convention.js";
import type { NumberHit } from "./number.js";

/** A non-global copy, for patterns tested on a short slice (no lastIndex state). */
export function local(re: RegExp): RegExp {
  return new RegExp(re.source, "u");
}

const R = named("number-context.R", new RegExp(RIGHT));

export const QUAL_BOUND = new Map(QUALIFIERS.map(([w, b]) => [fold(w), b]));
const QUAL_LAST = new Set([...QUAL_BOUND.keys()].map((w) => w.split(" ").pop()!));
/** The word suffixes of the qualifiers that are shorter than the qualifier ("khoảng", "tính khoảng" of "ước tính khoảng"). */
const QUAL_SUFFIXES = new Set([...QUAL_BOUND.keys()].flatMap((w) => w.split(" ").map((_, i, ws) => ws.slice(i).join(" ")).slice(1)));
const DATE_MAX = new Map(DATE_CONTEXT.map(([w, max]) => [fold(w), max]));
/** Words that may stand between a date word and its number: "từ ngày 2", "ngày 5 đến ngày 7". */
const DATE_FILLERS = new Set(["từ", "đến", "ngày"].map(fold));
const ORDINALS = new Set(ORDINAL_CONTEXT.map(fold));
/** The last words of two-word date and ordinal words ("năm học", "giai đoạn"): only these need the pair built. */
const lastOfPairs = (ws: Iterable<string>) => new Set([...ws].filter((w) => w.includes(" ")).map((w) => w.split(" ").pop()!));
const DATE_TWO_LAST = lastOfPairs(DATE_MAX.keys());
const ORDINAL_TWO_LAST = lastOfPairs(ORDINALS);
/** Compounds that end in an ordinal's word and are none ("cổ phần"), and their last words. */
const NOT_ORDINAL = new Set(NOT_ORDINAL_COMPOUNDS.map(fold));
const NOT_ORDINAL_LAST = lastOfPairs(NOT_ORDINAL);
export const TU = fold("từ");
const MOT_AFTER = named("number.motIdiom", local(rx`^ +${words(MOT_IDIOMS)}${R}`));
const VAGUE_AFTER = named("number.vagueAfter", local(rx`^ +(?:mấy|vài|mươi)${R}`));
const BA_AFTER = named("number.baIdiom", local(rx`^ +${words(BA_IDIOMS)}${R}`));
const HAI = fold("hai");
const HAI_TYPO = new Set(HAI_TYPO_BEFORE.map(fold));
/** What may follow digits and make them a time or an identifier: "8h30", "9h", "415/BC", "8:30". */
const TIME_AFTER = named("number.timeAfter", /^(?:h(?:\d|(?![\p{L}\p{M}]))|g(?:\d|(?![\p{L}\p{M}]))|:\d)/u);
const SLASH_ID_AFTER = named("number.slashId", /^\/ ?\p{L}/u);
/** A code after the digits: "30-TTg", "5.A". */
const CODE_AFTER = named("number.codeAfter", /^[-.]\p{L}/u);
/** A capitalised word next: "Ba Lan", "Hai Bà Trưng". */
const CAPITAL_AFTER = named("number.capitalAfter", /^ +\p{Lu}\p{Ll}/u);
/** Characters after which a capital starts a sentence (or a list item, a quote, a bracket). */
const SENTENCE_OPENERS = new Set([...".!?:;\n(“\"'-•*"]);

/** A number read from its tokens, before it becomes a hit. */
export interface Num {
  toks: Tok[];
  start: number;
  end: number;
  value: number;
  form: NumberHit["form"];
  scale: number;
  scaleWord?: string;
  rawBeforeScale: number;
}

/**
 * The k-th word right before a position (0 = the nearest), with its start: only words separated
 * by spaces, stopping at punctuation or digits. Read lazily, one word at a time, and memoised for
 * the last position asked (a number asks for its date word, ordinal and qualifier in turn).
 */
export function wordBefore(key: string, pos: number, k: number): { w: string; s: number } | undefined {
  if (pos !== wbPos || key !== wbKey) {
    wbKey = key;
    wbPos = pos;
    wbList = [];
    wbAt = pos;
    wbDone = false;
  }
  while (wbList.length <= k && !wbDone) {
    let j = wbAt;
    while (j > 0 && key.charCodeAt(j - 1) === 32) j--;
    let q = j;
    while (q > 0 && isLetterAt(key, q - 1)) q--;
    // a word must be followed by a space, and not glued to digits before it
    if (j === wbAt || q === j || (q > 0 && isDigitAt(key, q - 1))) {
      wbDone = true;
      break;
    }
    wbList.push({ w: key.slice(q, j), s: q });
    wbAt = q;
  }
  return wbList[k];
}
let wbKey = "";
let wbPos = -1;
let wbList: { w: string; s: number }[] = [];
let wbAt = 0;
let wbDone = true;

/**
 * /[\p{L}\p{M}]/u.test(s[i]) (one unit: a surrogate is no letter), by the table of text/chars.ts.
 * (The regex on a branch for units outside Latin and Vietnamese, which few texts reach, made V8
 * throw away the optimised wordBefore and nearWordBefore there.)
 */
function isLetterAt(s: string, i: number): boolean {
  return (cls(s.charCodeAt(i)) & (C_LETTER | C_MARK)) !== 0;
}

/**
 * The words dateWordBefore, ordinalBefore and qualifierBefore look for first, right before a number
 * (a date word or a filler, an ordinal, "từ", a qualifier's last word), by their length, first unit
 * and last unit: a quick no for the word before most numbers, read without a slice.
 */
const NEAR_WORDS = new Set<number>();
const nearKey = (s: string, q: number, j: number): number => (j - q) * 4294967296 + s.charCodeAt(q) * 65536 + s.charCodeAt(j - 1);
for (const w of [...DATE_MAX.keys(), ...DATE_TWO_LAST, ...DATE_FILLERS, ...ORDINALS, ...ORDINAL_TWO_LAST, TU, ...QUAL_LAST]) if (!w.includes(" ")) NEAR_WORDS.add(nearKey(w, 0, w.length));

/**
 * Whether the word right before `pos`, as wordBefore(key, pos, 0) reads it, may be one of
 * NEAR_WORDS. When not (no such word, or another word), dateWordBefore, ordinalBefore and
 * qualifierBefore find nothing at `pos`. Memoised for the last position asked.
 */
function nearWordBefore(key: string, pos: number): boolean {
  if (pos === nearPos && key === nearText) return nearValue;
  nearText = key;
  nearPos = pos;
  let j = pos;
  while (j > 0 && key.charCodeAt(j - 1) === 32) j--;
  let q = j;
  while (q > 0 && isLetterAt(key, q - 1)) q--;
  nearValue = j !== pos && q !== j && !(q > 0 && isDigitAt(key, q - 1)) && NEAR_WORDS.has(nearKey(key, q, j));
  return nearValue;
}
let nearText = "";
let nearPos = -1;
let nearValue = false;

/** The date word before a number ("ngày", "tháng", "năm học"), over one filler ("từ ngày 2"). */
export function dateWordBefore(key: string, start: number): string | undefined {
  // (the first word it reads is a date word, a filler, or the last word of a two-word date word)
  if (!nearWordBefore(key, start)) return undefined;
  for (let at = 0; at < 2; at++) {
    const w = wordBefore(key, start, at);
    if (!w) break;
    if (at === 1 && !DATE_FILLERS.has(wordBefore(key, start, 0)!.w)) break;
    const p = DATE_TWO_LAST.has(w.w) ? wordBefore(key, start, at + 1) : undefined;
    const two = p ? `${p.w} ${w.w}` : "";
    if (two && DATE_MAX.has(two)) return two;
    if (DATE_MAX.has(w.w)) return w.w;
  }
  return undefined;
}

export function dateContextAround(key: string, start: number): boolean {
  return dateWordBefore(key, start) !== undefined;
}

/** "lần thứ 12", "giai đoạn 1": an ordinal word right before. */
export function ordinalBefore(key: string, start: number): boolean {
  if (!nearWordBefore(key, start)) return false;
  const w0 = wordBefore(key, start, 0);
  if (!w0) return false;
  if (ORDINALS.has(w0.w)) return !(NOT_ORDINAL_LAST.has(w0.w) && NOT_ORDINAL.has(`${wordBefore(key, start, 1)?.w} ${w0.w}`));
  const w1 = ORDINAL_TWO_LAST.has(w0.w) ? wordBefore(key, start, 1) : undefined;
  return !!w1 && ORDINALS.has(`${w1.w} ${w0.w}`);
}

/** Glued to something before: "B-52", "QĐ/15", "TP.1", "20/12" (the 12), "8:30" (the 30). */
export function gluedBefore(key: string, start: number): boolean {
  if (start < 2) return false;
  const c1 = key[start - 1];
  const sep = c1 === "-" || c1 === "/" || c1 === ".";
  if (!sep && c1 !== "," && c1 !== ":") return false;
  // (one digit test for all five: one of its own for "," and ":", first reached after V8 had
  // optimised keep, made it compile keep again)
  return isDigitAt(key, start - 2) || (sep && isLetterAt(key, start - 2));
}

/** A qualifier before a number: "khoảng", "hơn", "ước thực hiện", also before "từ" ("khoảng từ 10"). */
export function qualifierBefore(key: string, start: number): { word: string; s: number } | undefined {
  // (the first word it reads is "từ" or a qualifier's last word)
  if (!nearWordBefore(key, start)) return undefined;
  const from = wordBefore(key, start, 0)?.w === TU ? 1 : 0;
  // every qualifier ends with the word nearest the number
  const last = wordBefore(key, start, from);
  if (!last || !QUAL_LAST.has(last.w)) return undefined;
  // the longest qualifier ending with `last`, of at most four words: read outwards, one word more
  // only while the words so far end a longer qualifier
  let phrase = last.w;
  let best: { word: string; s: number } | undefined = QUAL_BOUND.has(phrase) ? { word: phrase, s: last.s } : undefined;
  for (let len = 2; len <= 4 && QUAL_SUFFIXES.has(phrase); len++) {
    const w = wordBefore(key, start, from + len - 1);
    if (!w) break;
    phrase = `${w.w} ${phrase}`;
    if (QUAL_BOUND.has(phrase)) best = { word: phrase, s: w.s };
  }
  return best;
}

/** Is this number an amount at all (not a date, time, year, ordinal, identifier or idiom)? */
export function keep(n: Num, key: string, norm: string, second = false): boolean {
  // every test on what follows needs a space, "h", "g", ":", "/", "-" or "." right after
  const ca = key.charCodeAt(n.end);
  // (read only where a test needs it: not for digits followed by a space, most numbers)
  const mayFollow = ca === 32 || ca === 104 || ca === 103 || ca === 58 || ca === 47 || ca === 45 || ca === 46;
  const first = n.toks[0]!;
  const d = n.scale === 1 ? dateWordBefore(key, n.start) : undefined;
  if (d) {
    // "tháng 5", "ngày 8.2", "năm 2022", but not "6 tháng 128 ngàn tỷ", "năm 1.500 người"
    const max = DATE_MAX.get(d) ?? Infinity;
    const plain = n.form !== "digits" || /^\d+$/.test(first.word) || (max <= 31 && /^\d{1,2}[.,]\d{1,4}$/.test(first.word));
    if (plain && n.value <= max) return false;
  }
  // "lần thứ 12", "Điều 167" — but "khoản 500 triệu đồng" is an amount
  if (n.scale === 1 && ordinalBefore(key, n.start)) return false;
  if (n.form === "digits") {
    if (!second && gluedBefore(key, n.start)) return false;
    // (the three need "h", "g", ":", "/", "-" or "." right after: not a space, as after most numbers)
    if (ca !== 32) {
      const after = mayFollow ? key.slice(n.end, n.end + 12) : "";
      // ("40g đạn chì" is 40 grams: an hour is at most 24)
      if (TIME_AFTER.test(after) && !(n.value > 24 && /^g(?![\p{L}\p{M}\d])/u.test(after))) return false;
      if (SLASH_ID_AFTER.test(after)) return false;
      if (CODE_AFTER.test(after)) return false; // "30-TTg", "5.A"
    }
    const w = first.word;
    // phone numbers, codes ("0912.345.678", "0043") — not a decimal below one ("0,037")
    if (w.charCodeAt(0) === 48 && /^0\d/.test(w) && /^0\d{3,}/.test(w.replace(/[.,]/g, ""))) return false;
    if (w.length > 15 && w.replace(/[.,]/g, "").length > 15) return false;
  } else if (n.toks.length === 1) {
    // a single number word: "hai doanh nghiệp", but not "một số", "ba mẹ", "Ba Lan"
    const w = first.word;
    const after = mayFollow ? key.slice(n.end, n.end + 12) : "";
    if (w === MOT) {
      if (MOT_AFTER.test(after)) return false;
    }
    if (VAGUE_AFTER.test(after)) return false; // "mười mấy người": vague
    if (w === BAY_DIALECT) return false; // "đòn bẩy" (a lever): "bẩy" counts only in a compound ("bẩy mươi")
    if (w === BA) {
      if (BA_AFTER.test(after)) return false;
    }
    // "xâm hai", "thiệt hai": "hại" written without its mark
    if (w === HAI && HAI_TYPO.has(wordBefore(key, n.start, 0)?.w ?? "")) return false;
  }
  if (n.form !== "digits") {
    // a capitalised number word inside a sentence is part of a name ("Ba Đình", "Hai Bà Trưng")
    const c = norm[first.start]!;
    const c2 = norm[first.start + 1] ?? "";
    // an all-capitals number word after a lower-case word is a name too ("Dược phẩm HAI")
    if (c !== c.toLowerCase() && c2 !== c2.toLowerCase() && lowerWordBefore(norm, first.start)) return false;
    if (c !== c.toLowerCase() && c2 === c2.toLowerCase()) {
      let k = first.start;
      while (k > 0 && norm[k - 1] === " ") k--;
      const lead = k > 0 ? norm[k - 1]! : "";
      if (lead && !SENTENCE_OPENERS.has(lead)) return false;
      // at a sentence start too, when the next word is capitalised ("Ba Lan", "Hai Bà Trưng")
      if (n.toks.length === 1 && CAPITAL_AFTER.test(norm.slice(first.end, first.end + 4))) return false;
    }
  }
  return true;
}

/**
 * Right after a capitalised word that is not a Vietnamese syllable ("Mega 6/45", "Furious 8",
 * "Vol. 2", "Power 6/55"): a product's or a title's number. Vietnamese capitalised words ("Hà Nội
 * 2-3 ngày") and all-capitals acronyms ("GDP 6-7%") do not count.
 */
export function afterTitleWord(norm: string, start: number): boolean {
  let e = start;
  while (e > 0 && norm.charCodeAt(e - 1) === 32) e--;
  if (e === start) return false;
  // "Vol.": the dot stepped over by 0 or 1 (an `e--` of its own, reached only after a dot, had no
  // type feedback when V8 optimised rangeAt, which inlines this, and it threw that code away)
  e -= norm.charCodeAt(e - 1) === 46 ? 1 : 0;
  let q = e;
  while (q > 0 && isLetterAt(norm, q - 1)) q--;
  if (e - q < 2 || (q > 0 && !/\s/u.test(norm[q - 1]!))) return false;
  const word = norm.slice(q, e);
  const c0 = word[0]!;
  const rest = word.slice(1);
  if (c0 === c0.toLowerCase() || rest !== rest.toLowerCase()) return false;
  return !isSyllable(word);
}

/** Is the word before `at` (across spaces) written with a lower-case letter? ("dược HAI") */
export function lowerWordBefore(norm: string, at: number): boolean {
  let k = at;
  while (k > 0 && norm[k - 1] === " ") k--;
  if (k === at) return false;
  for (let j = k - 1; j >= 0 && j > k - 20; j--) {
    const ch = norm[j]!;
    if (ch === " " || !/[\p{L}\p{M}]/u.test(ch)) break;
    if (ch !== ch.toUpperCase()) return true;
  }
  return false;
}

