/**
 * The grammar of numbers: digit groups ("2.418", "1.148,6", "1,234,567") and numbers in words
 * ("hai mươi lăm" → 25, "một trăm linh năm" → 105, "hai triệu rưỡi" → 2 500 000, "1 tỷ 250 triệu").
 * The scan that finds numbers in a text, with their context, is number.ts.
 */
import type { NumberConvention } from "./types.js";
import { named, words } from "../text/rx.js";
import { fold } from "../text/fold.js";
import { CHUC_WORDS, DIGIT_WORDS, HALF_WORDS, LINH_WORDS, POINT_WORDS, SCALE_WORDS, TAIL_ONLY_DIGITS, TENS_WORDS, TEN_WORDS, ZERO_WORDS } from "../lexicon/numbers.js";
import { unitAt } from "../text/chars.js";


/** D digits, U a digit word, TEN "mười", TENS "mươi", LINH "linh", HALF "rưỡi", CHUC "chục", S a scale, Z "không", P a spoken point. */
export type TokType = "D" | "U" | "TEN" | "TENS" | "LINH" | "HALF" | "CHUC" | "S" | "Z" | "P";
export const WORD_TYPE = new Map<string, { type: TokType; val: number }>();
for (const [w, v] of DIGIT_WORDS) WORD_TYPE.set(fold(w), { type: "U", val: v });
for (const w of TEN_WORDS) WORD_TYPE.set(fold(w), { type: "TEN", val: 10 });
for (const w of TENS_WORDS) WORD_TYPE.set(fold(w), { type: "TENS", val: 10 });
for (const w of LINH_WORDS) WORD_TYPE.set(fold(w), { type: "LINH", val: 0 });
for (const w of HALF_WORDS) WORD_TYPE.set(fold(w), { type: "HALF", val: 0.5 });
for (const w of CHUC_WORDS) WORD_TYPE.set(fold(w), { type: "CHUC", val: 10 });
for (const [w, v] of SCALE_WORDS) WORD_TYPE.set(fold(w), { type: "S", val: v });
for (const w of ZERO_WORDS) WORD_TYPE.set(fold(w), { type: "Z", val: 0 });
for (const w of POINT_WORDS) WORD_TYPE.set(fold(w), { type: "P", val: 0 });
export const TAIL_ONLY = new Set(TAIL_ONLY_DIGITS.map(fold));
export const COMMA_THOUSAND = named("number-grammar.COMMA_THOUSAND", /^\d{1,3},\d{3}$/);
/** Number words written with a y ("tỷ", "bảy"): only these may show a y in the text. */
export const Y_WORDS = new Set([...DIGIT_WORDS.map(([w]) => w), ...SCALE_WORDS.map(([w]) => w), ...POINT_WORDS].filter((w) => /[yýỳỷỹỵ]/u.test(w)).map(fold));
/** Number words whose folded i could stand for a y in the text ("hai" ← "hay"): only these are checked. */
export const MAY_HIDE_Y = new Set([...WORD_TYPE.keys()].filter((w) => /[iìíỉĩị]/u.test(w) && !Y_WORDS.has(w)));
export const NAM = fold("năm");
export const MOT = fold("một");
export const BA = fold("ba");
export const MOT_TAIL = fold("mốt");
export const BAY_DIALECT = fold("bẩy");
export const TU4 = fold("tư");
export const NUM_WORDS = words([...WORD_TYPE.keys()]);
export const DIGITS = String.raw`\d+(?:[.,]\d+)*`;
export const DIGITS_RE = named("number-grammar.DIGITS_RE", new RegExp(DIGITS));
export const TOKEN = named("number-grammar.TOKEN", new RegExp(String.raw`${DIGITS}|[\p{L}\p{M}]+`, "gu"));
// ---------------------------------------------------------------------------------------------
// Digits

/**
 * Read a digit group. Vietnamese: "." groups thousands, "," marks decimals; English the reverse.
 * A single separator followed by exactly three digits ("2.418", "4,518") reads either way:
 * the convention decides, and when it is "unknown" the Vietnamese reading is kept, ambiguous.
 * Returns null when the groups fit neither ("1.2.3", "20.10.2016").
 */
export function parseDigits(s: string, convention: NumberConvention): { value: number; ambiguous: boolean } | null {
  if (!DIGIT_GROUPS.test(s)) return null;
  // the separators, in order (no regex: this runs for every digit group of a document)
  let seps = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 44) seps += s[i];
  }
  if (!seps) return { value: Number(s), ambiguous: false };
  const groups = s.split(SEPARATOR);
  const first = groups[0]!;
  const rest = groups.slice(1);
  const dot = seps.includes(".");
  const comma = seps.includes(",");
  if (dot && comma) {
    // the last separator is the decimal mark; earlier ones group thousands
    const lastSep = seps[seps.length - 1]!;
    const head = seps.slice(0, -1);
    if (head.includes(lastSep)) return null;
    if (!thousandsOk(first, rest.slice(0, -1))) return null;
    const int = groups.slice(0, -1).join("");
    return { value: Number(`${int}.${groups[groups.length - 1]}`), ambiguous: false };
  }
  const sep = dot ? "." : ",";
  // the decimal mark of the reading where this separator is a decimal point
  const decimalHere = (sep === "," && convention !== "en") || (sep === "." && convention === "en");
  if (seps.length > 1) {
    // several identical separators: only thousands grouping makes sense
    return thousandsOk(first, rest) ? { value: Number(groups.join("")), ambiguous: false } : null;
  }
  const frac = rest[0]!;
  if (frac.length !== 3 || first.length > 3 || first === "0" || (first.length > 1 && first[0] === "0")) {
    // cannot be thousands grouping: a decimal whatever the convention ("3.5", "5,4", "0,18")
    return { value: Number(`${first}.${frac}`), ambiguous: false };
  }
  const ambiguous = convention === "unknown";
  return decimalHere ? { value: Number(`${first}.${frac}`), ambiguous } : { value: Number(first + frac), ambiguous };
}
export const DIGIT_GROUPS = named("number-grammar.DIGIT_GROUPS", /^\d+(?:[.,]\d+)*$/);
export const SEPARATOR = named("number-grammar.SEPARATOR", /[.,]/);
/** Thousands grouping: a first group of 1–3 digits (not "0"), then groups of exactly three. */
export function thousandsOk(first: string, gs: string[]): boolean {
  if (first.length > 3 || first === "0") return false;
  for (const g of gs) if (g.length !== 3) return false;
  return true;
}
// ---------------------------------------------------------------------------------------------
// Words

export interface Tok {
  type: TokType;
  val: number;
  word: string;
  start: number;
  end: number;
  ambiguous?: boolean;
  leadingZero?: boolean;
  raw?: string;
}
export function classify(word: string, start: number, convention: NumberConvention, dotThousands?: ReadonlySet<string>): Tok | null {
  const c0 = word.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) {
    // a document that writes "2.418" elsewhere means the same number by "2,418"
    // (COMMA_THOUSAND matches 5 to 7 units; the value is read into locals, no object per group)
    let value: number;
    let ambiguous = false;
    // (what Number reads is chosen into a local, and read at one site: a Number(…) of its own for the
    // comma case, first reached after V8 had optimised the number scan, made it compile scan again)
    let digits = word;
    if (dotThousands && dotThousands.size && word.length >= 5 && word.length <= 7 && COMMA_THOUSAND.test(word)) {
      const joined = word.replace(",", "");
      if (dotThousands.has(word.replace(",", "."))) digits = joined;
    }
    if (digits !== word || plainDigits(word)) value = Number(digits);
    else {
      const p = parseDigits(word, convention);
      if (!p) return null;
      value = p.value;
      ambiguous = p.ambiguous;
    }
    const c1 = unitAt(word, 1);
    return { type: "D", val: value, word, start, end: start + word.length, ambiguous: ambiguous || undefined, leadingZero: (c0 === 48 && c1 >= 48 && c1 <= 57) || undefined };
  }
  // tokens come from the folded key already
  const t = WORD_TYPE.get(word);
  if (!t) return null;
  return { type: t.type, val: t.val, word, start, end: start + word.length };
}
/**
 * How many tokens from i form one number (0 when none starts at i).
 * Conservative: "năm" is five only before mươi/trăm/a scale; "tư", "mốt", "lăm" only after mươi.
 * Scales of a thousand and more must fall from group to group ("hai tỷ ba trăm triệu"); a run of
 * rising scales is one compound ("nghìn tỷ", "trăm nghìn").
 */
export function consume(toks: Tok[], i: number): number {
  const t0 = toks[i]!;
  if (t0.type === "U") {
    if (TAIL_ONLY.has(t0.word)) return 0;
    if (t0.word === NAM) {
      const n = toks[i + 1];
      if (!n || !(n.type === "S" || n.type === "TENS" || n.type === "CHUC")) return 0;
    }
  } else if (t0.type !== "D" && t0.type !== "TEN") return 0;
  const digitLed = t0.type === "D";
  let prev = t0;
  let lastBig = Infinity; // the big scale (≥ 1000) of the last closed group
  let runBig = 1; // product of the big scales in the current run of scale words
  let hundredInGroup = false;
  let j = i + 1;
  for (; j < toks.length; j++) {
    const t = toks[j]!;
    if (prev.type === "S" && t.type !== "S" && runBig > 1) {
      lastBig = runBig;
      runBig = 1;
    }
    const n = toks[j + 1];
    let ok = false;
    switch (t.type) {
      case "S":
        if (prev.type === "S") {
          ok = t.val > prev.val && (t.val < 1000 || runBig * t.val < lastBig);
        } else if (prev.type === "LINH" || prev.type === "HALF") ok = false;
        else if (t.val >= 1000) ok = t.val < lastBig;
        else ok = !hundredInGroup;
        if (ok) {
          if (t.val >= 1000) {
            runBig = prev.type === "S" ? runBig * t.val : t.val;
            hundredInGroup = false;
          } else hundredInGroup = true;
        }
        break;
      case "D":
        // "1 tỷ 250 triệu": digits after a scale, followed by a smaller big scale
        ok = digitLed && prev.type === "S" && !!n && n.type === "S" && n.val >= 1000 && n.val < lastBig;
        break;
      case "U":
        if (digitLed) break;
        if (t.word === NAM) {
          if (prev.type === "LINH") ok = true;
          else if (prev.type === "TENS") ok = !!n && n.type === "S";
          else ok = (prev.type === "S" || prev.type === "TEN") && !!n && (n.type === "TENS" || n.type === "S");
        } else if (TAIL_ONLY.has(t.word)) {
          ok = prev.type === "TENS" || (prev.type === "TEN" && t.word !== MOT_TAIL && t.word !== TU4);
        } else {
          ok = prev.type === "TEN" || prev.type === "TENS" || prev.type === "LINH" || prev.type === "S";
        }
        break;
      case "TEN":
        ok = !digitLed && (prev.type === "S" || prev.type === "LINH");
        break;
      case "TENS":
        ok = !digitLed && prev.type === "U";
        break;
      case "LINH":
        ok = !digitLed && prev.type === "S" && !!n && (n.type === "U" || n.type === "TEN");
        break;
      case "HALF":
        ok = prev.type === "S";
        break;
      case "CHUC":
        ok = prev.type === "U" || prev.type === "D";
        break;
      case "Z":
        // "… nghìn không trăm …": an empty hundreds place after a scale of a thousand or more
        ok = prev.type === "S" && prev.val >= 1000 && !!n && n.type === "S" && n.val === 100;
        break;
      case "P": {
        // "ba phẩy bốn lăm", "2 phẩy 5 triệu": digits or digit words after the point, then a scale
        const f = fraction(toks, j + 1);
        // (a whole part with no scale: "mười hai phẩy năm", not "hai triệu phẩy …")
        let scaled = false;
        for (let k = i; k < j; k++) if (toks[k]!.type === "S" || toks[k]!.type === "HALF") scaled = true;
        if (f && !scaled && (prev.type === "U" || prev.type === "TEN" || prev.type === "TENS" || (prev.type === "D" && plainDigitWord(prev.word)))) {
          j = f;
          if (toks[j]?.type === "S") j++;
          return j - i;
        }
        break;
      }
    }
    if (!ok) break;
    prev = t;
    if (t.type === "HALF") {
      j++;
      break;
    }
  }
  return j - i;
}
/** The end of a fraction after a spoken point: one group of plain digits, or digit words (or "không"); else 0. */
function fraction(toks: Tok[], k: number): number {
  const t = toks[k];
  if (!t) return 0;
  if (t.type === "D") return plainDigitWord(t.word) ? k + 1 : 0;
  let e = k;
  while (e < toks.length && (toks[e]!.type === "U" || toks[e]!.type === "Z")) e++;
  return e;
}
const plainDigitWord = (w: string): boolean => /^\d+$/.test(w);

/** Value of a list of tokens that consume() accepted. */
export function evaluate(toks: Tok[]): number | null {
  if (!toks.length) return null;
  const p = toks.findIndex((t) => t.type === "P");
  if (p > 0) {
    // the whole part, the fraction's digits, and a scale after them
    const whole = evaluate(toks.slice(0, p));
    let e = toks.length;
    let scale = 1;
    while (e > p + 1 && toks[e - 1]!.type === "S") scale *= toks[--e]!.val;
    const digits = toks.slice(p + 1, e).map((t) => (t.type === "D" ? t.word : String(t.val))).join("");
    return whole === null || !digits ? null : (whole + Number(`0.${digits}`)) * scale;
  }
  // largest scale, last occurrence
  let best = -1;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.type === "S" && (best < 0 || t.val >= toks[best]!.val)) best = k;
  }
  if (best < 0) return small(toks);
  const scale = toks[best]!.val;
  const left = toks.slice(0, best);
  const right = toks.slice(best + 1);
  const lv = left.length ? evaluate(left) : null;
  if (lv === null) return null;
  let total = lv * scale;
  if (!right.length) return total;
  if (right[0]!.type === "HALF") return right.length === 1 ? total + scale / 2 : null;
  if (right[0]!.type === "LINH") {
    const rv = small(right.slice(1));
    return rv === null || rv >= 10 * Math.max(1, scale / 100) ? null : total + rv;
  }
  // colloquial "một trăm hai" = 120, "hai nghìn ba" = 2300: a lone digit after the scale
  if (right.length === 1 && right[0]!.type === "U" && scale >= 100) return total + (right[0]!.val * scale) / 10;
  const rv = evaluate(right);
  if (rv === null || rv >= scale) return null;
  total += rv;
  return total;
}
/** Below a scale: "25", "hai mươi lăm", "mười hai", "ba", "hai chục", "2 chục". */
export function small(toks: Tok[]): number | null {
  if (!toks.length) return null;
  let ty: string = toks[0]!.type;
  for (let k = 1; k < toks.length; k++) ty += " " + toks[k]!.type;
  switch (ty) {
    case "D":
    case "U":
    case "TEN":
    case "Z":
      return toks[0]!.val;
    case "TEN U":
      return 10 + toks[1]!.val;
    case "U TENS":
      return toks[0]!.val * 10;
    case "U TENS U":
      return toks[0]!.val * 10 + toks[2]!.val;
    case "U CHUC":
    case "D CHUC":
      return toks[0]!.val * 10;
    default:
      return null;
  }
}
export function tidy(x: number): number {
  return Number.isInteger(x) ? x : Number(x.toPrecision(15));
}
/**
 * Read a number written in words, digits or both: "hai mươi lăm" → 25, "một nghìn tỷ" → 1e12,
 * "1 tỷ 250 triệu" → 1.25e9, "2,5 triệu" → 2.5e6. Null unless the whole string is one number.
 */
export function parseWords(s: string): number | null {
  const toks: Tok[] = [];
  const nfc = s.normalize("NFC").trim();
  const text = fold(nfc);
  let last = 0;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    if (text.slice(last, m.index).trim()) return null;
    const t = classify(m[0], m.index, "vi");
    if (!t || (t.type !== "D" && !Y_WORDS.has(t.word) && /[yýỳỷỹỵ]/iu.test(nfc.slice(t.start, t.end)))) return null;
    toks.push(t);
    last = m.index + m[0].length;
  }
  if (text.slice(last).trim() || !toks.length) return null;
  if (consume(toks, 0) !== toks.length) return null;
  const v = evaluate(toks);
  return v === null ? null : tidy(v);
}
/** A token known to be a digit group: has it no separator? */
export function plainDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 46 || c === 44) return false;
  }
  return true;
}
