/**
 * The tokens the number, money and date scans start from, found in one pass over a document's
 * token table (and memoised), instead of one pass over every token per scan.
 *
 *   "Ngày 20/12, hai doanh nghiệp nộp 3tỷ; tháng 𝐀"
 *     marked: 20, 12, hai, 3tỷ, tháng, 𝐀
 *     (tokens with a digit or an odd letter, number words that can start a number, the words
 *     "tháng", "năm" and "quí")
 *
 * Each scan keeps its own test of a token and reads only the marked ones: every token a scan
 * looks at is marked, in text order, so it finds what it found reading them all.
 *   number.ts scan         word tokens that start with a digit, or a START_IDS word
 *   money.ts gluedMatches  tokens with a digit          money-forms.ts codesGlued  letters and a digit
 *   date.ts numericMatches word tokens that start with a digit; literalMatches  "tháng", "năm", "quí"
 *     (tokens that start with one of them: a longer one with no digit, "thángx", starts no match of
 *     its patterns, which want a space or a digit after the word)
 *   date-scan.ts bareYears word tokens that start with "1" or "2", or with an odd letter (T_ODD)
 */
import type { Doc } from "../text/normalize.js";
import { words } from "../text/rx.js";
import { fold } from "../text/fold.js";
import { T_DIGITS, T_ODD, T_WORD } from "../text/tokens.js";
import { firstIds } from "../text/id-trie.js";
import { freshTokens } from "../text/words.js";
import { NAM, NUM_WORDS, TAIL_ONLY, WORD_TYPE } from "./number-grammar.js";
import { FirstWords } from "./word-guard.js";
import { unitAt } from "../text/chars.js";

/** Words that can start a number: digits 1–9 but "năm" and the tail-only ones, and "mười". */
export const START_WORDS = words([...WORD_TYPE].filter(([w, t]) => (t.type === "U" && !TAIL_ONLY.has(w) && w !== NAM) || t.type === "TEN").map(([w]) => w));

/** Lexicon ids of the words that may start a run (START_WORDS and "năm"): 1 at their index. */
export const START_IDS = firstIds([...START_WORDS.list, NAM]);
/** START_IDS and the date words "tháng", "quí" (folded): the words marked. */
const MARK_IDS = firstIds([...START_WORDS.list, NAM, fold("tháng"), fold("quý")]);

let scratch = new Int32Array(1024);
/** The scratch array is kept while it holds up to this many tokens. */
const SCRATCH_MAX = 1 << 16;

/** The tokens of the module comment, by index in `doc.tokens`, in text order (memoised per document). */
export function markedTokens(doc: Doc): Int32Array {
  const got = doc.memo.marked as Int32Array | undefined;
  if (got) return got;
  const tt = freshTokens(doc);
  const n = tt.count;
  const flags = tt.flags;
  const ids = tt.id;
  const markIds = MARK_IDS;
  // (into a scratch array reused from one document to the next, then copied out at its size: one
  // allocation a document, where a growing array made one per doubling)
  const out = scratch.length >= n ? scratch : (scratch = new Int32Array(Math.max(n, scratch.length * 2)));
  let k = 0;
  for (let ti = 0; ti < n; ti++) {
    const f = flags[ti]!;
    if (!(f & T_WORD)) continue;
    if (!(f & (T_DIGITS | T_ODD))) {
      const id = ids[ti]!;
      if (!(id < markIds.length && markIds[id])) continue;
    }
    out[k++] = ti;
  }
  const list = out.slice(0, k);
  if (out.length > SCRATCH_MAX) scratch = new Int32Array(1024);
  doc.memo.marked = list;
  return list;
}

/** Number words (word-guard.ts): whether one can start a run's next part. */
const NUM_FIRSTS = new FirstWords(NUM_WORDS.list);

/**
 * Where number.ts RUN, tried at `at` (the start of a word token that starts with a digit), ends
 * when it is only digits with "." or "," groups ("2.418", "3,5", "2017"): nothing but a space can
 * go on to a next part, and after the spaces neither a digit nor a number word starts. Otherwise
 * (a next part may follow, or a non-ASCII unit stands before `at`, whose class the pattern's edge
 * reads), -1: RUN decides. Property-tested against RUN in test/number-tokens.test.ts.
 */
export function digitRunEnd(doc: Doc, at: number): number {
  const key = doc.key;
  if (at > 0 && key.charCodeAt(at - 1) >= 0x80) return -1;
  let i = at + 1;
  while (isDigit(key.charCodeAt(i))) i++;
  while ((key.charCodeAt(i) === 46 || key.charCodeAt(i) === 44) && isDigit(key.charCodeAt(i + 1))) {
    i += 2;
    while (isDigit(key.charCodeAt(i))) i++;
  }
  return ends(doc, i) ? i : -1;
}

/**
 * The same for a word token `ti` that is a number word able to start a run (START_WORDS: "hai",
 * "một"; not "năm", whose pattern looks further): RUN reads the word, then ends where
 * digitRunEnd's runs end. -1: RUN decides (odd letters, a non-ASCII unit before it, a next part).
 */
export function wordRunEnd(doc: Doc, ti: number): number {
  const t = doc.tokens;
  const id = t.id[ti]!;
  if (!(id < WORD_START_IDS.length && WORD_START_IDS[id]) || t.flags[ti]! & T_ODD) return -1;
  const at = t.start[ti]!;
  if (at > 0 && doc.key.charCodeAt(at - 1) >= 0x80) return -1;
  const e = t.end[ti]!;
  return ends(doc, e) ? e : -1;
}
/** Lexicon ids of START_WORDS (not "năm"). */
const WORD_START_IDS = firstIds(START_WORDS.list);

/** Whether a run ending at `i` has no next part: no space after it, or no digit nor number word after the spaces. */
function ends(doc: Doc, i: number): boolean {
  const key = doc.key;
  if (unitAt(key, i) !== 32) return true;
  let q = i + 1;
  while (unitAt(key, q) === 32) q++;
  return !(isDigit(unitAt(key, q)) || NUM_FIRSTS.mayStartAt(doc, q));
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
