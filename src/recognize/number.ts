/**
 * Numbers: digits, words and both mixed, with their qualifiers, ranges and "A/B" pairs.
 *
 *   "1.615" → 1615 (dot thousands)         "3,247" → 3.247 (comma decimal)
 *   "6.324.000" → 6324000                  "1.063,1" → 1063.1      "03" → 3 (leadingZero)
 *   "1 500 000" → 1500000 (thousands grouped by spaces)
 *   "1,234,567" / "3.5%" → English convention when the document shows it
 *   "hai mươi lăm" → 25    "một trăm linh năm" → 105    "hai triệu rưỡi" → 2 500 000
 *   "1 tỷ 250 triệu" → 1 250 000 000      "2,5 triệu" → 2 500 000   "134 ngàn tỷ" → 1.34e14
 *   "khoảng 50" (approx, about)   "hơn 200" (lower)   "dưới 5.000" (upper)
 *   "từ 10 đến 15", "40-45", "3,5 - 3,7 triệu" → two hits sharing the phrase, each with range
 *   "08/11" → 8 of 11
 *
 * Not numbers (no hit): dates and times ("20/12", "ngày 8.2", "chiều 2-7", "8h30"), years
 * after "năm", identifiers ("250/BC-TCTTTg", "205/2013/NĐ-CP", "0912345678"), ordinals
 * ("thứ ba", "lần thứ 12"), "năm" the year ("năm nay", "năm 2022"), articles ("một số").
 */
import type { Doc } from "../text/normalize.js";
import { L as LEFT, R as RIGHT, named, rx, words } from "../text/rx.js";
import { fold } from "../text/fold.js";
import type { Ctx, Hit, NumberConvention } from "./types.js";
import {
  BA_IDIOMS,
  CHUC_WORDS,
  DATE_CONTEXT,
  DIGIT_WORDS,
  HALF_WORDS,
  LINH_WORDS,
  MOT_IDIOMS,
  ORDINAL_CONTEXT,
  PAIR_DATE_AFTER,
  PAIR_DATE_WORDS,
  QUALIFIERS,
  SCALE_WORDS,
  TAIL_ONLY_DIGITS,
  TENS_WORDS,
  TEN_WORDS,
} from "../lexicon/numbers.js";

export interface NumberHit extends Hit {
  value: number;
  numStart: number;
  numEnd: number;
  form: "digits" | "words" | "mixed";
  approx?: boolean;
  bound?: "about" | "lower" | "upper";
  qualifier?: string;
  range?: { from: number; to: number };
  of?: number;
  ambiguous?: boolean;
  leadingZero?: boolean;
  /** A plain 4-digit number 1900–2099 with no separator: often a year ("giai đoạn 2016"). */
  yearLike?: boolean;
  /** The scale word(s) ending the number ("triệu", "ngàn tỷ"), folded; multiplier in `scale`. */
  scaleWord?: string;
  scale?: number;
}

/** A non-global copy, for patterns tested on a short slice (no lastIndex state). */
function local(re: RegExp): RegExp {
  return new RegExp(re.source, "u");
}

// ---------------------------------------------------------------------------------------------
// Word tables

type TokType = "D" | "U" | "TEN" | "TENS" | "LINH" | "HALF" | "CHUC" | "S";

const WORD_TYPE = new Map<string, { type: TokType; val: number }>();
for (const [w, v] of DIGIT_WORDS) WORD_TYPE.set(fold(w), { type: "U", val: v });
for (const w of TEN_WORDS) WORD_TYPE.set(fold(w), { type: "TEN", val: 10 });
for (const w of TENS_WORDS) WORD_TYPE.set(fold(w), { type: "TENS", val: 10 });
for (const w of LINH_WORDS) WORD_TYPE.set(fold(w), { type: "LINH", val: 0 });
for (const w of HALF_WORDS) WORD_TYPE.set(fold(w), { type: "HALF", val: 0.5 });
for (const w of CHUC_WORDS) WORD_TYPE.set(fold(w), { type: "CHUC", val: 10 });
for (const [w, v] of SCALE_WORDS) WORD_TYPE.set(fold(w), { type: "S", val: v });
const TAIL_ONLY = new Set(TAIL_ONLY_DIGITS.map(fold));
/** Number words written with a y ("tỷ", "bảy"): only these may show a y in the text. */
const Y_WORDS = new Set([...DIGIT_WORDS.map(([w]) => w), ...SCALE_WORDS.map(([w]) => w)].filter((w) => /[yýỳỷỹỵ]/u.test(w)).map(fold));
const NAM = fold("năm");
const MOT = fold("một");
const BA = fold("ba");
const MOT_TAIL = fold("mốt");
const TU = fold("tư");

const NUM_WORDS = words([...WORD_TYPE.keys()]);
const DIGITS = String.raw`\d+(?:[.,]\d+)*`;
const DIGITS_RE = new RegExp(DIGITS);
const L = new RegExp(LEFT);
const R = new RegExp(RIGHT);
const TOKEN = new RegExp(String.raw`${DIGITS}|[\p{L}\p{M}]+`, "gu");

/** A run of number tokens (digit groups or number words) separated by spaces. */
const RUN = named(
  "number.run",
  // the word edge is checked after the first token (a leading lookbehind makes V8 try every position)
  rx`(?:\d(?<![\p{L}\p{M}\p{N}]\d)\d*(?:[.,]\d+)*|${NUM_WORDS}${R}(?<![\p{L}\p{M}\p{N}]${NUM_WORDS}))(?: +(?:${DIGITS_RE}|${NUM_WORDS}${R}))*`,
);

const QUAL_WORDS = words(QUALIFIERS.map(([w]) => w));
const QUAL_BOUND = new Map(QUALIFIERS.map(([w, b]) => [fold(w), b]));
/** A qualifier right before a number (tested on a short slice ending at the number). */
const QUAL_BEFORE = named("number.qualifier", local(rx`${L}(?<q>${QUAL_WORDS}) +(?<tu>từ +)?$`));
const TU_BEFORE = named("number.from", local(rx`${L}từ +$`));
const DATE_BEFORE = named("number.dateContext", local(rx`${L}(?<w>${words(DATE_CONTEXT.map(([w]) => w))}) +(?:từ +|đến +|ngày +)?$`));
const DATE_MAX = new Map(DATE_CONTEXT.map(([w, max]) => [fold(w), max]));
const ORD_BEFORE = named("number.ordinalContext", local(rx`${L}(?:${words(ORDINAL_CONTEXT)}) +$`));
const MOT_AFTER = named("number.motIdiom", local(rx`^ +${words(MOT_IDIOMS)}${R}`));
const BA_AFTER = named("number.baIdiom", local(rx`^ +${words(BA_IDIOMS)}${R}`));
/** Range joiners: "10-15", "10 - 15", "từ 10 đến 15", "10 tới 15", "10 ~ 15". */
const RANGE_JOIN = named("number.rangeJoin", local(rx`^ *(?:-|~) *|^ +(?:đến|tới) +`));
/** What may follow digits and make them a time or an identifier: "8h30", "9h", "250/BC", "8:30". */
const TIME_AFTER = named("number.timeAfter", /^(?:h(?:\d|(?![\p{L}\p{M}]))|g(?:\d|(?![\p{L}\p{M}]))|:\d)/u);
const SLASH_ID_AFTER = named("number.slashId", /^\/ ?\p{L}/u);
/** Digits glued by "-" or "/" after a number: a date or an identifier when two or more, or a letter ends it. */
const CHAIN = named("number.chain", /^(?:[-/]\d+)+(?:[-/] ?\p{L})?/u);
const DOT_THOUSANDS = named("number.dotThousands", /\d(?<![\d.,]\d)\d{0,2}\.\d{3}(?![.,]?\d)/g);
/** After "A/B": a word that is not a date's companion, so "A/B" counts something ("4/4 làng"). */
const PAIR_NOUN_AFTER = named("number.pairNoun", local(rx`^ +(?!${words(PAIR_DATE_AFTER)}${R})\p{L}`));
/** Before "A/B": words that introduce a date ("dịp 2/9", "từ 1/7", "vào 7/7"). */
const PAIR_DATE_BEFORE = named("number.pairDate", local(rx`${L}${words(PAIR_DATE_WORDS)} +$`));
/** "A/B", "A/ B": the slash of a part/whole pair. */
const SLASH_JOIN = named("number.slash", /^ ?\/ ?(?=\d)/);
/** A code after the digits: "30-TTg", "5.A". */
const CODE_AFTER = named("number.codeAfter", /^[-.]\p{L}/u);
/** A capitalised word next: "Ba Lan", "Hai Bà Trưng". */
const CAPITAL_AFTER = named("number.capitalAfter", /^ +\p{Lu}\p{Ll}/u);
const LETTER_DASH_BEFORE = named("number.glueBefore", /[\p{L}\p{N}][-/.]$|[\p{L}]\.?$|\d[/.,:]$/u);

// ---------------------------------------------------------------------------------------------
// Digits

/**
 * Read a digit group. Vietnamese: "." groups thousands, "," marks decimals; English the reverse.
 * A single separator followed by exactly three digits ("1.615", "3,247") reads either way:
 * the convention decides, and when it is "unknown" the Vietnamese reading is kept, ambiguous.
 * Returns null when the groups fit neither ("1.2.3", "20.10.2016").
 */
export function parseDigits(s: string, convention: NumberConvention): { value: number; ambiguous: boolean } | null {
  if (!/^\d+(?:[.,]\d+)*$/.test(s)) return null;
  const seps = s.replace(/\d/g, "");
  if (!seps) return { value: Number(s), ambiguous: false };
  const groups = s.split(/[.,]/);
  const first = groups[0]!;
  const rest = groups.slice(1);
  const thousandsOk = (gs: string[]) => first.length <= 3 && gs.every((g) => g.length === 3) && !(first === "0");
  const dot = seps.includes(".");
  const comma = seps.includes(",");
  if (dot && comma) {
    // the last separator is the decimal mark; earlier ones group thousands
    const lastSep = seps[seps.length - 1]!;
    const head = seps.slice(0, -1);
    if (head.includes(lastSep)) return null;
    if (!thousandsOk(rest.slice(0, -1))) return null;
    const int = groups.slice(0, -1).join("");
    return { value: Number(`${int}.${groups[groups.length - 1]}`), ambiguous: false };
  }
  const sep = dot ? "." : ",";
  // the decimal mark of the reading where this separator is a decimal point
  const decimalHere = (sep === "," && convention !== "en") || (sep === "." && convention === "en");
  if (seps.length > 1) {
    // several identical separators: only thousands grouping makes sense
    return thousandsOk(rest) ? { value: Number(groups.join("")), ambiguous: false } : null;
  }
  const frac = rest[0]!;
  if (frac.length !== 3 || first.length > 3 || first === "0" || (first.length > 1 && first[0] === "0")) {
    // cannot be thousands grouping: a decimal whatever the convention ("3.5", "5,4", "0,18")
    return { value: Number(`${first}.${frac}`), ambiguous: false };
  }
  const ambiguous = convention === "unknown";
  return decimalHere ? { value: Number(`${first}.${frac}`), ambiguous } : { value: Number(first + frac), ambiguous };
}

// ---------------------------------------------------------------------------------------------
// Words

interface Tok {
  type: TokType;
  val: number;
  word: string;
  start: number;
  end: number;
  ambiguous?: boolean;
  leadingZero?: boolean;
  raw?: string;
}

function classify(word: string, start: number, convention: NumberConvention, dotThousands?: ReadonlySet<string>): Tok | null {
  if (/^\d/.test(word)) {
    // a document that writes "1.615" elsewhere means the same number by "1,615"
    const p =
      dotThousands && /^\d{1,3},\d{3}$/.test(word) && dotThousands.has(word.replace(",", "."))
        ? { value: Number(word.replace(",", "")), ambiguous: false }
        : parseDigits(word, convention);
    if (!p) return null;
    return { type: "D", val: p.value, word, start, end: start + word.length, ambiguous: p.ambiguous || undefined, leadingZero: /^0\d/.test(word) || undefined };
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
function consume(toks: Tok[], i: number): number {
  const t0 = toks[i]!;
  const next = (k: number) => toks[k];
  if (t0.type === "U") {
    if (TAIL_ONLY.has(t0.word)) return 0;
    if (t0.word === NAM) {
      const n = next(i + 1);
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
    const n = next(j + 1);
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
          ok = prev.type === "TENS" || (prev.type === "TEN" && t.word !== MOT_TAIL && t.word !== TU);
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

/** Value of a list of tokens that consume() accepted. */
function evaluate(toks: Tok[]): number | null {
  if (!toks.length) return null;
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
function small(toks: Tok[]): number | null {
  const ty = toks.map((t) => t.type).join(" ");
  const v = toks.map((t) => t.val);
  switch (ty) {
    case "D":
    case "U":
    case "TEN":
      return v[0]!;
    case "TEN U":
      return 10 + v[1]!;
    case "U TENS":
      return v[0]! * 10;
    case "U TENS U":
      return v[0]! * 10 + v[2]!;
    case "U CHUC":
    case "D CHUC":
      return v[0]! * 10;
    default:
      return null;
  }
}

function tidy(x: number): number {
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

// ---------------------------------------------------------------------------------------------
// Convention

/** A digit group and, when present, a "%" or scale word after it (to tell "3.5%" from a date). */
const EVIDENCE = named("number.evidence", rx`(?<d>\d(?<![\p{L}\p{M}\p{N}]\d)\d*(?:[.,]\d+)*)(?<after> *(?:%|${words(["triệu", "tỷ", "nghìn", "ngàn", "phần trăm"])}${R}))?`);

/**
 * The digit-group convention of a document, from unambiguous evidence only: "1,234,567",
 * "1,234.5", "3.5%" / "13.28 triệu" say English; "6.324.000", "1.063,1", "5,4%" say Vietnamese.
 * The majority wins; with none, "unknown" (numbers are then read the Vietnamese way, ambiguous).
 */
export function inferConvention(doc: Doc): { convention: NumberConvention; evidence: string[] } {
  const en: string[] = [];
  const vi: string[] = [];
  EVIDENCE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EVIDENCE.exec(doc.key))) {
    const d = m.groups!.d!;
    if (!/[.,]/.test(d)) continue;
    const text = doc.norm.slice(m.index, m.index + m[0].length);
    const quantity = !!m.groups!.after;
    if (/^\d{1,3}(?:,\d{3}){2,}$/.test(d) || /^\d{1,3}(?:,\d{3})+\.\d+$/.test(d) || (quantity && /^\d+\.\d{1,2}$/.test(d))) en.push(text);
    else if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(d) || /^\d{1,3}(?:\.\d{3})+,\d+$/.test(d) || (quantity && /^\d+,\d{1,2}$/.test(d))) vi.push(text);
  }
  if (!en.length && !vi.length) return { convention: "unknown", evidence: [] };
  if (en.length > vi.length) return { convention: "en", evidence: en.slice(0, 5) };
  if (vi.length > en.length) return { convention: "vi", evidence: vi.slice(0, 5) };
  return { convention: "unknown", evidence: [...vi.slice(0, 3), ...en.slice(0, 3)] };
}

// ---------------------------------------------------------------------------------------------
// Scan

const cache = new WeakMap<Doc, NumberHit[]>();

/** Characters after which a capital starts a sentence (or a list item, a quote, a bracket). */
const SENTENCE_OPENERS = new Set([...".!?:;\n(“\"'-•*"]);

/** Every number in the document, in text order (memoised per document). */
export function scanNumbers(ctx: Ctx): NumberHit[] {
  const got = cache.get(ctx.doc);
  if (got) return got;
  const hits = scan(ctx);
  cache.set(ctx.doc, hits);
  return hits;
}

interface Num {
  toks: Tok[];
  start: number;
  end: number;
  value: number;
  form: NumberHit["form"];
  scale: number;
  scaleWord?: string;
  rawBeforeScale: number;
}

function scan(ctx: Ctx): NumberHit[] {
  const { doc, convention } = ctx;
  const key = doc.key;
  const norm = doc.norm;
  // digit strings written with dot thousands ("1.615"), to read "1,615" the same way
  const dotThousands = new Set<string>();
  if (convention !== "en") {
    DOT_THOUSANDS.lastIndex = 0;
    let d: RegExpExecArray | null;
    while ((d = DOT_THOUSANDS.exec(key))) dotThousands.add(d[0]);
  }

  const nums: Num[] = [];
  RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUN.exec(key))) {
    const base = m.index;
    const toks: Tok[] = [];
    TOKEN.lastIndex = 0;
    let t: RegExpExecArray | null;
    // exec, not matchAll: matchAll would copy (and recompile) the pattern for every run
    while ((t = TOKEN.exec(m[0]))) {
      let tok = classify(t[0], base + t.index, convention, dotThousands);
      // folding writes y as i: "hay" (or) folds like "hai" (two); a y the number word lacks is no number
      if (tok && tok.type !== "D" && !Y_WORDS.has(tok.word) && /[yýỳỷỹỵ]/iu.test(norm.slice(tok.start, tok.end))) tok = null;
      const prev = toks[toks.length - 1];
      // thousands grouped by single spaces: "1 500 000 đồng" (the first group plain, 1–3 digits)
      if (tok && prev && prev.type === "D" && /^\d{3}$/.test(t[0]) && tok.start === prev.end + 1 && /^\d{1,3}(?: \d{3})*$/.test(prev.word) && prev.word[0] !== "0") {
        prev.word += " " + t[0];
        prev.val = Number(prev.word.replace(/ /g, ""));
        prev.end = tok.end;
        continue;
      }
      // an unreadable digit group ("20.10.2016") stays as a token that starts no number
      toks.push(tok ?? { type: "D", val: NaN, word: t[0], start: base + t.index, end: base + t.index + t[0].length });
    }
    let i = 0;
    while (i < toks.length) {
      const n = Number.isNaN(toks[i]!.val) ? 0 : consume(toks, i);
      const num = n > 0 ? makeNum(toks.slice(i, i + n), key) : null;
      if (num) nums.push(num);
      i += Math.max(1, n);
    }
  }

  const out: NumberHit[] = [];
  for (let idx = 0; idx < nums.length; idx++) {
    const n = nums[idx]!;
    const after = key.slice(n.end, n.end + 40);
    const next = nums[idx + 1];
    // date and identifier chains: "20/12/2022", "24-6-1957", "24-27/4/2021", "205/2013/NĐ-CP"
    const chain = n.form === "digits" ? CHAIN.exec(after) : null;
    if (chain && (chain[0].match(/[-/]/g)!.length >= 2 || /\p{L}$/u.test(chain[0]))) {
      const stop = n.end + chain[0].length;
      while (nums[idx + 1] && nums[idx + 1]!.start < stop) idx++;
      continue;
    }
    const slash = SLASH_JOIN.exec(after);
    const join = RANGE_JOIN.exec(after) ?? slash;
    const joined = !!join && !!next && next.start === n.end + join[0].length;
    if (!keep(n, key, norm)) {
      if (joined) idx++; // "ngày 2 - 5/6", "năm 2016-2020": the partner goes too
      continue;
    }
    const hit = toHit(n, key);
    // "A/B" pairs: "08/11 chỉ tiêu", "2.235/4.330"
    if (joined && slash && n.form === "digits" && next.form === "digits") {
      idx++;
      const a = n.value;
      const b = next.value;
      // "2/9", "7/7" read as day/month unless a noun follows right away ("4/4 làng", "08/11 chỉ tiêu")
      const dayMonth = Number.isInteger(a) && Number.isInteger(b) && a >= 1 && a <= 31 && b >= 1 && b <= 12;
      const dateLike = dayMonth && (a > b || !PAIR_NOUN_AFTER.test(key.slice(next.end, next.end + 12)) || PAIR_DATE_BEFORE.test(key.slice(Math.max(0, n.start - 12), n.start)));
      const monthYear = a >= 1 && a <= 12 && next.toks[0]!.word.length === 4 && b >= 1900 && b <= 2100;
      if (dateLike || monthYear || a > b) continue;
      hit.of = b;
      hit.end = next.end;
      if (next.toks.some((x) => x.ambiguous)) hit.ambiguous = true;
      out.push(hit);
      continue;
    }
    // ranges: "10-15", "10 - 15", "từ 10 đến 15", "3,5 - 3,7 triệu"
    if (joined && !slash) {
      const yearRange = hit.yearLike && next.form === "digits" && next.value >= 1900 && next.value <= 2100;
      const isDash = join[0].includes("-");
      if (yearRange || (isDash && n.value <= 31 && dateContextAround(key, n.start))) {
        idx++;
        continue;
      }
      const from = n.scale === 1 && next.scale > 1 && n.value <= next.rawBeforeScale ? tidy(n.value * next.scale) : n.value;
      const to = next.value;
      if (to > from && keep(next, key, norm, true)) {
        const tu = hit.qualifier ? null : TU_BEFORE.exec(key.slice(Math.max(0, n.start - 10), n.start));
        const start = tu ? n.start - (Math.min(10, n.start) - tu.index) : hit.start;
        const first: NumberHit = { ...hit, value: from, start, end: next.end, range: { from, to } };
        if (from !== n.value && next.scaleWord) {
          first.scale = next.scale;
          first.scaleWord = next.scaleWord;
        }
        const second: NumberHit = { ...toHit(next, key, true), start, end: next.end, range: { from, to } };
        if (hit.approx) {
          second.approx = true;
          second.bound = hit.bound;
          second.qualifier = hit.qualifier;
        }
        out.push(first, second);
        idx++;
        continue;
      }
    }
    out.push(hit);
  }
  return out;
}

function makeNum(part: Tok[], key: string): Num | null {
  const v = evaluate(part);
  if (v === null) return null;
  const hasD = part.some((x) => x.type === "D");
  const hasW = part.some((x) => x.type !== "D");
  // trailing scale words: "triệu", "ngàn tỷ"
  let k = part.length;
  let scale = 1;
  while (k > 0 && part[k - 1]!.type === "S") scale *= part[--k]!.val;
  const raw = k > 0 && k < part.length ? evaluate(part.slice(0, k)) : null;
  return {
    toks: part,
    start: part[0]!.start,
    end: part[part.length - 1]!.end,
    value: tidy(v),
    form: hasD && hasW ? "mixed" : hasD ? "digits" : "words",
    scale,
    scaleWord: k < part.length ? key.slice(part[k]!.start, part[part.length - 1]!.end) : undefined,
    rawBeforeScale: raw ?? v,
  };
}

function dateContextAround(key: string, start: number): boolean {
  const before = key.slice(Math.max(0, start - 20), start);
  return DATE_BEFORE.test(before);
}

/** Is this number an amount at all (not a date, time, year, ordinal, identifier or idiom)? */
function keep(n: Num, key: string, norm: string, second = false): boolean {
  const before = key.slice(Math.max(0, n.start - 24), n.start);
  const after = key.slice(n.end, n.end + 12);
  const first = n.toks[0]!;
  const d = DATE_BEFORE.exec(before);
  if (d && n.scale === 1) {
    // "tháng 5", "ngày 8.2", "năm 2022", but not "6 tháng 134 ngàn tỷ", "năm 1.500 người"
    const max = DATE_MAX.get(d.groups!.w!.replace(/\s+/g, " ")) ?? Infinity;
    const plain = n.form !== "digits" || /^\d+$/.test(first.word) || (max <= 31 && /^\d{1,2}[.,]\d{1,4}$/.test(first.word));
    if (plain && n.value <= max) return false;
  }
  // "lần thứ 12", "Điều 167" — but "khoản 500 triệu đồng" is an amount
  if (n.scale === 1 && ORD_BEFORE.test(before)) return false;
  if (n.form === "digits") {
    if (!second && LETTER_DASH_BEFORE.test(before)) return false;
    if (TIME_AFTER.test(after)) return false;
    if (SLASH_ID_AFTER.test(after)) return false;
    if (CODE_AFTER.test(after)) return false; // "30-TTg", "5.A"
    const w = first.word;
    if (/^0\d{3,}/.test(w.replace(/[.,]/g, ""))) return false; // phone numbers, codes
    if (w.replace(/[.,]/g, "").length > 15) return false;
  } else if (n.toks.length === 1) {
    // a single number word: "hai doanh nghiệp", but not "một số", "ba mẹ", "Ba Lan"
    const w = first.word;
    if (w === MOT) {
      if (MOT_AFTER.test(after)) return false;
    }
    if (w === BA) {
      if (BA_AFTER.test(after)) return false;
    }
  }
  if (n.form !== "digits") {
    // a capitalised number word inside a sentence is part of a name ("Ba Đình", "Hai Bà Trưng")
    const c = norm[first.start]!;
    const c2 = norm[first.start + 1] ?? "";
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

function toHit(n: Num, key: string, noQualifier = false): NumberHit {
  const first = n.toks[0]!;
  const hit: NumberHit = {
    start: n.start,
    end: n.end,
    rule: `number.${n.form}`,
    value: n.value,
    numStart: n.start,
    numEnd: n.end,
    form: n.form,
  };
  if (n.toks.some((t) => t.ambiguous)) hit.ambiguous = true;
  if (first.leadingZero) hit.leadingZero = true;
  if (n.form === "digits" && /^\d{4}$/.test(first.word) && n.value >= 1900 && n.value <= 2099 && n.toks.length === 1) hit.yearLike = true;
  if (n.scaleWord) {
    hit.scaleWord = n.scaleWord;
    hit.scale = n.scale;
  }
  if (!noQualifier) {
    const before = key.slice(Math.max(0, n.start - 30), n.start);
    const q = QUAL_BEFORE.exec(before);
    if (q) {
      const word = q.groups!.q!.replace(/\s+/g, " ");
      hit.start = n.start - (before.length - q.index);
      hit.approx = true;
      hit.bound = QUAL_BOUND.get(word) ?? "about";
      hit.qualifier = word;
    }
  }
  return hit;
}
