/**
 * Which words may start a title: the first-word judgement that title-scan.ts (nextTitle) asks of a
 * token, kept apart so that the people index (people-index.ts) can list those tokens in the walk
 * it already makes of the token table.
 *
 *   "giám" (of "giám đốc"), "phó", "p" (of "p."), "nguyên"  → may start a title (a listed first word)
 *   "phógiám", "trưởngBan" (no list holds them: id 0)        → may: a one-word start glued to more letters
 *   "trường", "đại" of "đại học" … are judged by the lists too: "trường" starts none, "đại" does ("đại diện")
 * A match starts with a title start spelled whole (a prefix, "phó", "p." or a title, as listed),
 * so the word at its start is either the first word of one, or begins with a one-word start glued
 * to more letters. Words of the lexicon are judged once per id; a word in no list (id 0) is no
 * first word (those are listed) and may only begin with a glued one-word start.
 */
import { fold } from "../text/fold.js";
import { lexicon } from "../text/tokens.js";
import { unitClass } from "./phrase.js";
import { TITLES, TITLE_PREFIXES } from "../lexicon/titles.js";

/** Every title start, folded: a prefix, "phó", "p." or a title. */
export const TITLE_STARTS: readonly string[] = [...TITLE_PREFIXES, "phó", "p.", ...TITLES].map((t) => fold(t));

/** The first run of letters, marks and digits of a word ("p" of "p."). */
export const firstRun = (w: string): string => {
  let e = 0;
  while (e < w.length && unitClass(w.charCodeAt(e)) & 6) e++;
  return w.slice(0, e);
};

/** Words as a trie over their code units: is one of them a prefix of a string at b? */
export class UnitTrie {
  /** Per code unit: its column in the table + 1 (0: the unit is in no listed word). */
  private readonly column = new Uint8Array(65536);
  private readonly width: number;
  /** Per node and column: the child node (0: none; the root is node 0 and never a child). */
  private readonly table: Int32Array;
  private readonly ends: Uint8Array;
  constructor(words: readonly string[]) {
    const kids: Map<number, number>[] = [new Map()];
    const ends: number[] = [0];
    let width = 0;
    for (const w of words) {
      let node = 0;
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        if (this.column[c] === 0) {
          if (width === 255) throw new Error("UnitTrie: too many distinct units");
          this.column[c] = ++width;
        }
        let next = kids[node]!.get(c);
        if (next === undefined) {
          next = kids.length;
          kids.push(new Map());
          ends.push(0);
          kids[node]!.set(c, next);
        }
        node = next;
      }
      ends[node] = 1;
    }
    this.width = width;
    this.ends = Uint8Array.from(ends);
    this.table = new Int32Array(kids.length * width);
    for (let node = 0; node < kids.length; node++) for (const [c, child] of kids[node]!) this.table[node * width + this.column[c]! - 1] = child;
  }
  /** Whether a listed word is a prefix of s from b. */
  prefixAt(s: string, b: number): boolean {
    let node = 0;
    for (let i = b; i < s.length; i++) {
      const col = this.column[s.charCodeAt(i)]!;
      if (col === 0) return false;
      node = this.table[node * this.width + col - 1]!;
      if (node === 0) return false;
      if (this.ends[node] === 1) return true;
    }
    return false;
  }
}

/** Title starts of one word (letters only): a word that begins with one may start a match. */
export const ONE_WORD = new UnitTrie(TITLE_STARTS.filter((w) => firstRun(w) === w));
/** First units of the one-word title starts: a word in no list (id 0) starts a title only with one (ONE_WORD.prefixAt). */
export const ONE_WORD_FIRST = new Uint8Array(65536);
for (const w of TITLE_STARTS) if (firstRun(w) === w) ONE_WORD_FIRST[w.charCodeAt(0)] = 1;

const FIRST_IDS = new Set(TITLE_STARTS.map((w) => lexicon.intern(firstRun(w))));
/** Per lexicon id: 1 = its word may start a title, 2 = not, 0 = not judged yet. */
let judged = new Uint8Array(1024);
/** Ids below this are all judged (titleFirstTable). */
let judgedUpTo = 1;

/** Whether the word of lexicon id `id` (not 0) may start a title: the first word of a title start, or one beginning with a one-word start. */
export function titleFirstId(id: number): boolean {
  if (id >= judged.length) {
    const grown = new Uint8Array(Math.max(id + 1, judged.length * 2));
    grown.set(judged);
    judged = grown;
  }
  let f = judged[id]!;
  if (f === 0) judged[id] = f = FIRST_IDS.has(id) || ONE_WORD.prefixAt(lexicon.word(id), 0) ? 1 : 2;
  return f === 1;
}

/**
 * The judgements of every id the lexicon holds now (judged here if not yet): `table[id] === 1`
 * when word `id` may start a title, for every id of a token table made so far (its ids are the
 * lexicon's). For a walk over every token (people-index.ts): one load per token, no call.
 */
export function titleFirstTable(): Uint8Array {
  const n = lexicon.size + 1;
  if (judgedUpTo < n) {
    for (let id = Math.max(1, judgedUpTo); id < n; id++) titleFirstId(id);
    judgedUpTo = n;
  }
  return judged;
}

