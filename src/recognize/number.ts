/**
 * Numbers: digits, words and both mixed, with their qualifiers, ranges and "A/B" pairs.
 *
 *   "2.418" → 2418 (dot thousands)         "4,518" → 4.518 (comma decimal)
 *   "5.217.000" → 5217000                  "1.148,6" → 1148.6      "03" → 3 (leadingZero)
 *   "1 500 000" → 1500000 (thousands grouped by spaces)
 *   "1,234,567" / "3.5%" → English convention when the document shows it
 *   "hai mươi lăm" → 25    "một trăm linh năm" → 105    "hai triệu rưỡi" → 2 500 000
 *   "1 tỷ 250 triệu" → 1 250 000 000      "2,5 triệu" → 2 500 000   "128 ngàn tỷ" → 1.28e14
 *   "khoảng 50" (approx, about)   "hơn 200" (lower)   "dưới 5.000" (upper)
 *   "từ 10 đến 15", "40-45", "4,2 - 4,6 triệu" → two hits sharing the phrase, each with range
 *   "07/12" → 7 of 12        "hơn 2000 điểm bán" → 2000, not year-like (a qualifier and a noun)
 *   "tổng tài sản 4,239 tỷ. Nợ 3.610 tỷ, vốn 1.400 tỷ" → 4 239 tỷ (neighbours in the thousands)
 *
 * Not numbers (no hit): dates and times ("20/12", "ngày 8.2", "chiều 2-7", "8h30"), years
 * after "năm", identifiers ("415/BC-UBND", "118/2015/NĐ-CP", "0912345678"), ordinals
 * ("thứ ba", "lần thứ 12"), "năm" the year ("năm nay", "năm 2022"), articles ("một số"),
 * names ("Ba Lan", "Hai Bà Trưng", "Dược phẩm HAI"), look-alikes ("hay" folds like "hai",
 * "đòn bẩy"), vague amounts ("hàng chục", "mười mấy", "vài trăm"), product and title numbers
 * ("xổ số Mega 6/45", "phim Toy Story 3 - 1,067 tỷ USD" gives only the amount, "Arsenal 2-1").
 * Not a range: "8 - 1,238 tỷ" (a low end far below a high end it cannot share the scale with).
 */
import { R as RIGHT, named, rx, words } from "../text/rx.js";
import { fold } from "../text/fold.js";
import { unitAt } from "../text/chars.js";
import { T_WORD } from "../text/tokens.js";
import { freshTokens } from "../text/words.js";
import { digitRunEnd, markedTokens, wordRunEnd, START_IDS, START_WORDS } from "./number-tokens.js";
import { AUDIT_EVENT_NOUNS, AWARD_NOUNS, ORGANIZATION_NOUNS, OTHER_NOUNS, PERSONNEL_NOUNS, PUBLICATION_NOUNS, TASK_NOUNS, TRAINING_NOUNS } from "../lexicon/count-nouns.js";
import type { Ctx, Hit, NumberConvention } from "./types.js";
import {
  PAIR_DATE_AFTER,
  PAIR_DATE_WORDS,
  AMOUNT_QUALIFIERS,
  SCALE_COMPOUNDS,
  DOCUMENT_WORDS,
} from "../lexicon/numbers.js";
import { FIVE_COUNTED } from "../lexicon/count-nouns.js";
import { NOUN_ABBREVIATIONS } from "../lexicon/kinds.js";
import {
  classify,
  consume,
  DIGITS_RE,
  evaluate,
  MAY_HIDE_Y,
  NUM_WORDS,
  TAIL_ONLY,
  tidy,
  TOKEN,
  WORD_TYPE,
  type Tok,
} from "./number-grammar.js";
import { commaThousandsByNeighbours, dotThousandGroups } from "./number-convention.js";
import { afterTitleWord, dateContextAround, keep, local, QUAL_BOUND, qualifierBefore, TU, wordBefore, type Num } from "./number-context.js";

export { parseDigits, parseWords } from "./number-grammar.js";
export { dotThousandGroups, inferConvention, separatorGroups } from "./number-convention.js";

export interface NumberHit extends Omit<Hit, "rule"> {
  /** Not a value's rule: "number.digits", "number.words", "number.mixed". */
  rule: `number.${NumberHit["form"]}`;
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


const R = named("number.R", new RegExp(RIGHT));

/** What makes "năm" five and not the year: a scale or "mươi"/"chục" next ("năm mươi", "năm triệu"). */
const NAM_NEXT = words([...WORD_TYPE].filter(([, t]) => t.type === "S" || t.type === "TENS" || t.type === "CHUC").map(([w]) => w));
/**
 * Counted nouns of two syllables or more, or abbreviated ("năm BV"), after which "năm" is five: "năm nội dung", "năm đơn vị"
 * (not the nouns that follow "năm" the year: "năm kế hoạch", "năm hoạt động", "năm học").
 */
const FIVE_NOUNS = words(FIVE_COUNTED.filter((w) => w.includes(" ") || NOUN_ABBREVIATIONS.some(([a]) => a === w)));
/**
 * After a first digit: no letter, mark or digit before it. Written as "an ASCII non-alphanumeric
 * before, or else nothing of \p{L}\p{M}\p{N}": the same test, but the common case (a space)
 * is decided by a plain class, which V8 checks several times faster than the property classes.
 */
const DIGIT_EDGE = named("number.DIGIT_EDGE", /(?:(?<=[\0-\/:-@\[-\x60{-\x7f]\d)|(?<![\p{L}\p{M}\p{N}]\d))/u);
/** A run of number tokens (digit groups or number words) separated by spaces. */
const RUN = named(
  "number.run",
  // the word edge is checked after the first token (a leading lookbehind makes V8 try every position)
  rx`(?:\d${DIGIT_EDGE}\d*(?:[.,]\d+)*|(?:${START_WORDS}|năm(?= +(?:${NAM_NEXT}|${FIVE_NOUNS})${R}))${R}(?<![\p{L}\p{M}\p{N}](?:${START_WORDS}|năm)))(?: +(?:${DIGITS_RE}|${NUM_WORDS}${R}))*`,
);

/** RUN at one position (sticky). */
export const RUN_AT = named("number.run-at", new RegExp(RUN.source, "uy"));
const NOT_YEAR_QUALIFIERS = new Set(AMOUNT_QUALIFIERS.map(fold));
const WORD_NEXT = named("number.WORD_NEXT", /^ +\p{L}/u);
/** Before "A/B": words that introduce a date ("dịp 2/9", "từ 1/7", "vào 7/7"). */
const PAIR_DATES = new Set(PAIR_DATE_WORDS.map(fold));
/** "ngày 12/11", "sáng 12/11": a day written before the pair. */
/** A legal document's name right before "A/B" (and "số"): "Nghị định 24/2014", "Thông tư số 42/2012". */
const DOCUMENT_BEFORE = named("number.documentBefore", local(rx`(?:^|[^\p{L}\p{M}])${words(DOCUMENT_WORDS)}(?: +số)? *$`));
const DATE_WORD_BEFORE = named("number.DATE_WORD_BEFORE", /(?:^|[^\p{L}\p{M}])(?:ngài|hôm|sáng|chiều|tối|trưa|đêm|mùng|mồng)\s*$/u);
/** A verb that states a count right before a pair: "hoàn thành 12/11 chỉ tiêu", "có 19/17 xã". */
const COUNT_VERB_BEFORE = named("number.COUNT_VERB_BEFORE", /(?:^|[^\p{L}\p{M}])(?:đạt|có|hoàn\s+thành|thực\s+hiện|được|gồm|với|chỉ\s+có|mới\s+có|đã\s+có)\s+(?:được\s+)?$/u);
/** Listed counted nouns (folded), by their first word, to tell "15/14 chỉ tiêu" from a date or a score. */
const COUNTED_BY_FIRST = new Map<string, string[][]>();
for (const w of [...TASK_NOUNS, ...PUBLICATION_NOUNS, ...TRAINING_NOUNS, ...PERSONNEL_NOUNS, ...ORGANIZATION_NOUNS, ...AWARD_NOUNS, ...OTHER_NOUNS, ...AUDIT_EVENT_NOUNS, "phiếu", "phiếu bầu", "tiêu chí"]) {
  const ws = fold(w).split(/[\s,]+/).filter(Boolean);
  const l = COUNTED_BY_FIRST.get(ws[0]!) ?? [];
  l.push(ws);
  COUNTED_BY_FIRST.set(ws[0]!, l);
}
/** Whether a listed counted noun starts right after a position ("15/14 chỉ tiêu"). */
function countedNounAfter(key: string, at: number): boolean {
  const m = /^ ([\p{L}\p{M}]+(?: [\p{L}\p{M}]+){0,3})/u.exec(key.slice(at, at + 40));
  if (!m) return false;
  const ws = m[1]!.split(" ");
  return (COUNTED_BY_FIRST.get(ws[0]!) ?? []).some((n) => n.every((w, i) => ws[i] === w));
}
const SCALE_COMPOUND = new Map(SCALE_COMPOUNDS.map(([w, seconds]) => [fold(w), new Set(seconds.map(fold))]));
/** Whether the scale word `word` ending at `at` starts a compound noun ("tỷ lệ", "triệu chứng"). */
function scaleCompoundAfter(word: string, key: string, at: number): boolean {
  const seconds = SCALE_COMPOUND.get(word);
  if (!seconds || key.charCodeAt(at) !== 32) return false;
  const m = /^[\p{L}\p{M}]+/u.exec(key.slice(at + 1, at + 12));
  return !!m && seconds.has(m[0]);
}
/** The words of RANGE_JOIN (folded). */
const DEN = fold("đến");
const TOI = fold("tới");
/** Range joiners: "10-15", "10 - 15", "từ 10 đến 15", "10 tới 15", "10 ~ 15", "10÷15"; a qualifier of the upper end stays in the join ("từ 400 triệu đến hơn 700 triệu"). */
const RANGE_JOIN = named("number.rangeJoin", local(rx`^ *[-~÷] *|^ +(?:đến|tới) +(?:(?:hơn|gần|trên|khoảng) +)?`));
/** A range join that ends in a qualifier of the upper end ("đến hơn "). */
const UPPER_QUALIFIED = named("number.upperQualified", new RegExp(`(?:${["hơn", "gần", "trên", "khoảng"].map((w) => fold(w)).join("|")}) +$`, "u"));
/** Digits glued by "-" or "/" after a number: a date or an identifier when two or more, or a letter ends it. */
const CHAIN = named("number.chain", /^(?:[-/]\d+)+(?:[-/] ?\p{L})?/u);
/** After "A/B": a word that is not a date's companion, so "A/B" counts something ("4/4 làng"). */
const PAIR_NOUN_AFTER = named("number.pairNoun", local(rx`^ +(?!${words(PAIR_DATE_AFTER)}${R})\p{L}`));
/** After "24/24": hours ("24/24h", "24/24 giờ"). */
const ROUND_THE_CLOCK = named("number.roundTheClock", /^ ?(?:h|giờ)(?![\p{L}\p{M}])/u);
/** "A/B", "A/ B": the slash of a part/whole pair. */
const SLASH_JOIN = named("number.slash", /^ ?\/ ?(?=\d)/);

// ---------------------------------------------------------------------------------------------
// Scan



/** Every number in the document, in text order (memoised per document). */
export function scanNumbers(ctx: Ctx): NumberHit[] {
  const memo = ctx.doc.memo;
  const got = memo.numbers as NumberHit[] | undefined;
  if (got) return got;
  const hits = scan(ctx);
  memo.numbers = hits;
  return hits;
}


function scan(ctx: Ctx): NumberHit[] {
  const { doc, convention } = ctx;
  const key = doc.key;
  const norm = doc.norm;
  // digit strings written with dot thousands ("2.418"), to read "2,418" the same way
  const dotThousands = convention !== "en" ? dotThousandGroups(doc) : new Set<string>();

  const nums: Num[] = [];
  // a run starts a word token: one that starts with a digit, or a number word that can start a
  // number (START_IDS), both among the marked tokens (number-tokens.ts); RUN is tried only there,
  // sticky, in text order and never inside the previous run — the matches of a scan of the whole
  // key with RUN
  const tt = freshTokens(doc);
  const marked = markedTokens(doc);
  let covered = 0;
  for (let mi = 0; mi < marked.length; mi++) {
    const ti = marked[mi]!;
    const at = tt.start[ti]!;
    if (at < covered || !(tt.flags[ti]! & T_WORD)) continue;
    const c0 = key.charCodeAt(at);
    if (!(c0 >= 48 && c0 <= 57) && !(tt.id[ti]! < START_IDS.length && START_IDS[tt.id[ti]!])) continue;
    // (a plain digit group or number word with no next part is read without the pattern)
    const e = c0 >= 48 && c0 <= 57 ? digitRunEnd(doc, at) : wordRunEnd(doc, ti);
    RUN_AT.lastIndex = at;
    const run = e >= 0 ? key.slice(at, e) : RUN_AT.exec(key)?.[0];
    if (run === undefined) continue;
    covered = at + run.length;
    const base = at;
    if (run.indexOf(" ") < 0) {
      // one token (most runs): no tokenising
      // (what consume() and makeNum() make of one token: a digit group, a digit word but the
      // tail-only ones and "năm", or "mười")
      const tok = readToken(run, base, convention, dotThousands, norm);
      const ty = tok.type;
      // ("năm" alone is five only before a counted noun: the pattern let it through only then)
      if (Number.isNaN(tok.val) || !(ty === "D" || ty === "TEN" || (ty === "U" && !TAIL_ONLY.has(tok.word)))) continue;
      nums.push({ toks: [tok], start: tok.start, end: tok.end, value: tidy(tok.val), form: ty === "D" ? "digits" : "words", scale: 1, scaleWord: undefined, rawBeforeScale: tok.val });
      continue;
    }
    const toks: Tok[] = [];
    TOKEN.lastIndex = 0;
    let t: RegExpExecArray | null;
    // exec, not matchAll: matchAll would copy (and recompile) the pattern for every run
    while ((t = TOKEN.exec(run))) {
      const tok = readToken(t[0], base + t.index, convention, dotThousands, norm);
      const prev = toks[toks.length - 1];
      // thousands grouped by single spaces: "1 500 000 đồng" (the first group plain, 1–3 digits)
      if (!Number.isNaN(tok.val) && prev && prev.type === "D" && THREE_DIGITS.test(t[0]) && tok.start === prev.end + 1 && /^\d{1,3}(?: \d{3})*$/.test(prev.word) && prev.word[0] !== "0") {
        prev.word += " " + t[0];
        prev.val = Number(prev.word.replace(/ /g, ""));
        prev.end = tok.end;
        continue;
      }
      toks.push(tok);
    }
    // "năm 2015 tỷ lệ 15%": a scale word ending the run that starts a compound noun is no scale
    const last = toks[toks.length - 1];
    // (popped, and pushed back unless it starts a compound: a pop() only in the rare case was a
    // branch first taken after V8 had optimised scan, which made it compile scan again)
    if (last && last.type === "S" && toks.length > 1) {
      toks.pop();
      if (!scaleCompoundAfter(last.word, key, base + run.length)) toks.push(last);
    }
    let i = 0;
    while (i < toks.length) {
      const n = Number.isNaN(toks[i]!.val) ? 0 : consume(toks, i);
      const num = n > 0 ? makeNum(toks.slice(i, i + n), key) : null;
      if (num) nums.push(num);
      i += Math.max(1, n);
    }
  }

  if (convention !== "en") commaThousandsByNeighbours(nums, ctx);

  const out: NumberHit[] = [];
  for (let idx = 0; idx < nums.length; idx++) {
    const n = nums[idx]!;
    // only a space, "-", "/", "~" or "÷" right after can join or chain: no slice otherwise
    const c = unitAt(key, n.end);
    const next = nums[idx + 1];
    // date and identifier chains: "20/12/2022", "24-6-1957", "12-15/3/2020", "118/2015/NĐ-CP"
    // (each pattern is tried only when the units after the number can start it: CHAIN "-" or "/",
    // SLASH_JOIN "/" after at most one space, RANGE_JOIN "-", "~", "÷" or "đến"/"tới" after spaces)
    const chain = n.form === "digits" && (c === 45 || c === 47) ? CHAIN.exec(key.slice(n.end, n.end + 40)) : null;
    if (chain && (joinsIn(chain[0]) >= 2 || LETTER_LAST.test(chain[0]))) {
      const stop = n.end + chain[0].length;
      while (nums[idx + 1] && nums[idx + 1]!.start < stop) idx++;
      continue;
    }
    let q = n.end;
    while (unitAt(key, q) === 32) q++;
    const cq = unitAt(key, q);
    // (what follows is sliced only when one of them can start there)
    const mayRange = cq === 45 || cq === 126 || cq === 247 || (q > n.end && (key.startsWith(DEN, q) || key.startsWith(TOI, q)));
    const after = (cq === 47 && q - n.end <= 1) || mayRange ? key.slice(n.end, n.end + 40) : "";
    const slash = cq === 47 && q - n.end <= 1 ? SLASH_JOIN.exec(after) : null;
    const join = (mayRange ? RANGE_JOIN.exec(after) : null) ?? slash;
    // "năm 2016 tới hơn 5.500 USD": a qualified upper end joins no year
    const yearBeforeQualified = !!join && n.form === "digits" && n.value >= 1900 && n.value <= 2100 && UPPER_QUALIFIED.test(join[0]);
    const joined = !!join && !!next && next.start === n.end + join[0].length && !yearBeforeQualified;
    if (!keep(n, key, norm)) {
      if (joined) idx++; // "ngày 3 - 6/7", "năm 2016-2020": the partner goes too
      continue;
    }
    const hit = toHit(n, key);
    // "A/B" pairs: "07/12 chỉ tiêu", "3.142/4.275"
    if (joined && slash && n.form === "digits" && next.form === "digits") {
      idx++;
      // (read in its own function: a branch this rare inside scan made V8 recompile all of scan)
      if (pairIsFraction(n, next, key, norm)) {
        hit.of = next.value;
        hit.end = next.end;
        // (stored in every case, a value chosen: a store only when ambiguous was first reached after optimising)
        hit.ambiguous = hit.ambiguous || next.toks.some((x) => x.ambiguous) ? true : undefined;
        out.push(hit);
      }
      continue;
    }
    // ranges: "10-15", "10 - 15", "từ 10 đến 15", "4,2 - 4,6 triệu"
    if (joined && !slash) {
      // (read in its own function, like pairIsFraction)
      const took = rangeAt(n, next, hit, join, key, norm, out);
      if (took === 2) idx++;
      if (took) continue;
    }
    out.push(hit);
  }
  return out;
}

/**
 * Whether digits "A/B" (their slash pair) are a part of a whole ("07/12 chỉ tiêu", "3.142/4.275"),
 * not a date, a month and year, a document number, "24/24" or a product name.
 */
function pairIsFraction(n: Num, next: Num, key: string, norm: string): boolean {
  const a = n.value;
  const b = next.value;
  // "2/9", "7/7" read as day/month unless a noun follows right away ("4/4 làng", "07/12 chỉ tiêu")
  const dayMonth = Number.isInteger(a) && Number.isInteger(b) && a >= 1 && a <= 31 && b >= 1 && b <= 12;
  // "thực hiện 15/14 chỉ tiêu", "12/11 chỉ tiêu", "19/17 xã": a counted noun right after makes
  // A > B a fraction (an impossible one, for the checks) rather than a date or a score
  // (a pair shaped like a day and month needs a count verb before it: "hoàn thành 12/11 chỉ tiêu",
  // not "chiều 6/2 người dân phát hiện", "Quảng trường 19/8 thành phố")
  const counted =
    a > b &&
    countedNounAfter(key, next.end) &&
    !PAIR_DATES.has(wordBefore(key, n.start, 0)?.w ?? "") &&
    !DATE_WORD_BEFORE.test(key.slice(Math.max(0, n.start - 12), n.start)) &&
    (!dayMonth || COUNT_VERB_BEFORE.test(key.slice(Math.max(0, n.start - 24), n.start)));
  const dateLike = dayMonth && !counted && (a > b || !PAIR_NOUN_AFTER.test(key.slice(next.end, next.end + 12)) || PAIR_DATES.has(wordBefore(key, n.start, 0)?.w ?? ""));
  const monthYear = a >= 1 && a <= 12 && next.toks[0]!.word.length === 4 && b >= 1900 && b <= 2100;
  // "Nghị định 24/2014": a document's number and year
  const documentNumber = next.toks[0]!.word.length === 4 && b >= 1900 && b <= 2100 && DOCUMENT_BEFORE.test(key.slice(Math.max(0, n.start - 24), n.start));
  // "trực 24/24h", "24/24 giờ": round the clock, not 24 of 24
  const allDay = a === 24 && b === 24 && ROUND_THE_CLOCK.test(key.slice(next.end, next.end + 6));
  // "xổ số Mega 6/45", "gói Power 6/55": a product's name, not a part of a whole
  return !(dateLike || monthYear || documentNumber || allDay || (a > b && !counted) || afterTitleWord(norm, n.start));
}

/**
 * A range's two ends. One literal, made first at load with fractions, so that its fields hold any
 * number from the start: a range of whole numbers first, then one with a fraction ("4,2 - 4,6
 * triệu"), changed the fields' representation and threw away the optimised rangeAt ("Smi").
 */
function rangeOf(from: number, to: number): { from: number; to: number } {
  return { from, to };
}
for (let i = 0; i < 4; i++) rangeOf(0.5, 1.5);

/**
 * A range from `n` to `next` joined by `join` ("10-15", "từ 10 đến 15", "4,2 - 4,6 triệu"): its two
 * hits pushed to `out` and 2; or 2 when both numbers go (a year range, a date), 1 when `n` goes
 * (a title's number), 0 when `n` stays a number of its own.
 */
function rangeAt(n: Num, next: Num, hit: NumberHit, join: RegExpExecArray, key: string, norm: string, out: NumberHit[]): 0 | 1 | 2 {
  const yearRange = hit.yearLike && next.form === "digits" && next.value >= 1900 && next.value <= 2100;
  const isDash = join[0].includes("-");
  if (yearRange || (isDash && n.value <= 31 && dateContextAround(key, n.start))) return 2;
  // "phim Furious 8 - 1,238 tỷ USD", "Vol. 2 - 851,2 triệu USD": a title's number, then the amount
  if (afterTitleWord(norm, n.start)) return 1;
  // the low end must not exceed the high end before the scale is shared: "8 - 1,238 tỷ" is no range
  const shared = n.scale === 1 && next.scale > 1;
  let from = shared && n.value <= next.rawBeforeScale ? tidy(n.value * next.scale) : n.value;
  // "30 - 50.000 đồng", "4 - 5.000.000": the low end written without the high end's zero groups
  if (!shared && n.form === "digits" && next.form === "digits" && next.scale === 1) from = thousandsShared(n.value, next.value, key.slice(n.start, n.end));
  const to = next.value;
  // "từ 300.000 đến 2,4 triệu" is a range, "8 - 1,238 tỷ" (when nothing is shared) is not
  const absurd = shared && n.value > next.rawBeforeScale && to > from * MAX_UNSHARED_RATIO;
  if (to > from && !absurd && keep(next, key, norm, true)) {
    const w0 = hit.qualifier ? undefined : wordBefore(key, n.start, 0);
    const start = w0 && w0.w === TU ? w0.s : hit.start;
    const first: NumberHit = { ...hit, value: from, start, end: next.end, range: rangeOf(from, to) };
    if (from !== n.value && next.scaleWord) {
      first.scale = next.scale;
      first.scaleWord = next.scaleWord;
    }
    const second: NumberHit = { ...toHit(next, key, true), start, end: next.end, range: rangeOf(from, to) };
    if (hit.approx) {
      second.approx = true;
      second.bound = hit.bound;
      second.qualifier = hit.qualifier;
    }
    out.push(first, second);
    return 2;
  }
  return 0;
}

/**
 * The low end of "30 - 50.000" (30 000): a plain number under 1 000 before a high end in whole
 * thousands, scaled by the most zero groups it can take and stay below the high end, within
 * MAX_SHARED_RATIO of it ("1 - 50.000" stays 1, "30 - 50" stays 30).
 */
function thousandsShared(low: number, high: number, lowText: string): number {
  if (!Number.isInteger(low) || low < 1 || low >= 1000 || high < 1000 || !/^\d{1,3}$/.test(lowText)) return low;
  let k = 1;
  while (high % (k * 1000) === 0 && low * k * 1000 < high) k *= 1000;
  return k > 1 && low * k * MAX_SHARED_RATIO >= high ? low * k : low;
}
const MAX_SHARED_RATIO = 20;
/** How many "-" and "/" a chain holds (what chain.match(/[-/]/g).length counted, with no array). */
function joinsIn(chain: string): number {
  let k = 0;
  for (let i = 0; i < chain.length; i++) {
    const c = chain.charCodeAt(i);
    if (c === 45 || c === 47) k++;
  }
  return k;
}
const THREE_DIGITS = named("number.THREE_DIGITS", /^\d{3}$/);
/** (A module constant: bundlers such as esbuild rewrite a literal with \p{…} into `new RegExp` at each use.) */
const LETTER_LAST = named("number.LETTER_LAST", /\p{L}$/u);
/** A range whose low end does not share the scale of the high end spans at most this factor. */
const MAX_UNSHARED_RATIO = 100;


/** Is there a y in norm[start, end)? (folding writes y as i; NFC, so precomposed letters) */
function hasY(norm: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = norm.charCodeAt(i);
    if (c === 0x79 || c === 0x59 || c === 0xfd || c === 0xdd || (c >= 0x1ef2 && c <= 0x1ef9)) return true;
  }
  return false;
}

/**
 * One token of a run. Folding writes y as i: "hay" (or) folds like "hai" (two); a y the number
 * word lacks is no number. An unreadable digit group ("20.10.2016"), or such a word, stays as a
 * token (value NaN) that starts no number.
 */
function readToken(word: string, start: number, convention: NumberConvention, dotThousands: ReadonlySet<string>, norm: string): Tok {
  let tok = classify(word, start, convention, dotThousands);
  if (tok && tok.type !== "D" && MAY_HIDE_Y.has(tok.word) && hasY(norm, tok.start, tok.end)) tok = null;
  return tok ?? { type: "D", val: NaN, word, start, end: start + word.length };
}

function makeNum(part: Tok[], key: string): Num | null {
  const v = evaluate(part);
  if (v === null) return null;
  let hasD = false;
  let hasW = false;
  for (const x of part) {
    if (x.type === "D") hasD = true;
    else hasW = true;
  }
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

function toHit(n: Num, key: string, noQualifier = false): NumberHit {
  const first = n.toks[0]!;
  // every optional field written (undefined when absent): the hits of a text share one shape, so
  // the recognisers that read them (money, percent, measure, counts, dates, relations) keep
  // monomorphic property loads, where 30 shapes (one per set of fields) made them megamorphic
  const hit: NumberHit = {
    start: n.start,
    end: n.end,
    rule: `number.${n.form}`,
    value: n.value,
    numStart: n.start,
    numEnd: n.end,
    form: n.form,
    approx: undefined,
    bound: undefined,
    qualifier: undefined,
    range: undefined,
    of: undefined,
    // (written here, not set after: a store that had never run before V8 optimised scan made it recompile scan)
    ambiguous: n.toks.some((t) => t.ambiguous) ? true : undefined,
    leadingZero: first.leadingZero ? true : undefined,
    yearLike: undefined,
    scaleWord: undefined,
    scale: undefined,
  };
  const q = noQualifier ? undefined : qualifierBefore(key, n.start);
  const qWord = q ? q.word : "";
  if (n.form === "digits" && first.word.length === 4 && /^\d{4}$/.test(first.word) && n.value >= 1900 && n.value <= 2099 && n.toks.length === 1) {
    // "hơn 2000 điểm bán", "khoảng 1950 người": a year is not approximate ("tốt hơn 2015." is)
    // (both tests run for every such number: the word test only after a qualifier was first reached
    // after V8 had optimised toHit, and made it compile toHit again)
    const wordNext = WORD_NEXT.test(key.slice(n.end, n.end + 4));
    if (!(NOT_YEAR_QUALIFIERS.has(qWord) && wordNext)) hit.yearLike = true;
  }
  if (n.scaleWord) {
    hit.scaleWord = n.scaleWord;
    hit.scale = n.scale;
  }
  if (q) {
    hit.start = q.s;
    hit.approx = true;
    hit.bound = QUAL_BOUND.get(qWord) ?? "about";
    hit.qualifier = qWord;
  }
  return hit;
}
