/**
 * One pass over a document's tokens for the cue words the finders look for in the whole text,
 * instead of one pass per finder: list cues (breakdown.ts), "vượt/không đạt kế hoạch" (plan.ts),
 * review words (period.ts).
 *
 *   const CUES = cueWords(new WordTrie(["gồm", "trong đó"]));   // at module load
 *   for (const m of trieMatches(rc, CUES)) …                      // = CUES.trie.matches(rc.doc)
 *   const PAIRS = cuePairs(new WordPairs([["vượt", "kế"], ["không", "đạt"]]));
 *   pairStarts(rc, PAIRS)                                          // = new WordPairs(…).starts(rc.doc)
 *   const TRONG = cueWord("trong");
 *   wordTokens(rc, TRONG)                                          // the tokens whose folded form is "trong"
 *
 * Each set registers the ids of the words its matches start with; the first scan of a relate
 * context marks, in one pass, the tokens that start one (rc.memo), and each set then reads only
 * those. The results are those of WordTrie.matches and WordPairs.starts (test/relate-scans.test.ts).
 */
import { fold } from "../text/fold.js";
import { lexicon, T_GAP, T_WORD, type Tokens } from "../text/tokens.js";
import { freshTokens, type WordMatch, type WordPairs, type WordTrie } from "../text/words.js";
import type { RelateCtx } from "./context.js";

interface CueSet {
  bit: number;
  /** Ids the set's matches start with. */
  firsts: number[];
}
export interface CueWords extends CueSet {
  trie: WordTrie;
}
export interface CuePairs extends CueSet {
  /** first id → second ids */
  next: ReadonlyMap<number, ReadonlySet<number>>;
}

const SETS: CueSet[] = [];
/** Per lexicon id: the bits of the sets a match of which starts with it (made on first use). */
let interest: Uint8Array | undefined;

function register<S extends CueSet>(s: Omit<S, "bit">): S {
  if (SETS.length >= 8) throw new Error("cue-scan: at most 8 sets");
  const set = { ...s, bit: 1 << SETS.length } as S;
  SETS.push(set);
  interest = undefined;
  return set;
}

/** A word list matched as WordTrie.matches does, read from the one pass. */
export function cueWords(trie: WordTrie): CueWords {
  // the ids of the entries' first tokens: the trie's own first-id table (id-trie.ts)
  const table = trie.trie.firsts;
  const firsts: number[] = [];
  for (let id = 0; id < table.length; id++) if (table[id] === 1) firsts.push(id);
  return register<CueWords>({ trie, firsts });
}

/** Word pairs found as WordPairs.starts does, read from the one pass (the pairs' own id map). */
export function cuePairs(pairs: WordPairs): CuePairs {
  return register<CuePairs>({ next: pairs.next, firsts: [...pairs.next.keys()] });
}

/** One folded word, its tokens read from the one pass (a word the finders used to find with indexOf over the key). */
export interface CueWord extends CueSet {
  id: number;
}
export function cueWord(word: string): CueWord {
  const id = lexicon.intern(fold(word));
  return register<CueWord>({ id, firsts: [id] });
}

function interestTable(): Uint8Array {
  if (interest) return interest;
  let max = 0;
  for (const s of SETS) for (const id of s.firsts) max = Math.max(max, id);
  const t = new Uint8Array(max + 1);
  for (const s of SETS) for (const id of s.firsts) t[id]! |= s.bit;
  return (interest = t);
}

interface Marked {
  tokens: Tokens;
  /** Token indexes that start a match of some set, in text order, and the sets' bits for each. */
  at: number[];
  bits: number[];
  n: number;
  /** The flags of every token ORed (whether any is T_ODD, say). */
  flagsOr: number;
}

/** The one pass (once per relate context). */
function marked(rc: RelateCtx): Marked {
  const got = rc.memo.cueScan as Marked | undefined;
  if (got) return got;
  const t = freshTokens(rc.doc);
  const table = interestTable();
  const len = table.length;
  // (plain arrays: two typed arrays made per text cost more than the pass that fills them)
  const at: number[] = [];
  const bits: number[] = [];
  let n = 0;
  let flagsOr = 0;
  for (let i = 0; i < t.count; i++) {
    flagsOr |= t.flags[i]!;
    const id = t.id[i]!;
    if (id >= len) continue;
    const b = table[id]!;
    if (b === 0) continue;
    at.push(i);
    bits.push(b);
    n++;
  }
  const m: Marked = { tokens: t, at, bits, n, flagsOr };
  rc.memo.cueScan = m;
  return m;
}

/** Every match of the set's trie over the whole text, left to right, not overlapping: WordTrie.matches(rc.doc). */
export function trieMatches(rc: RelateCtx, set: CueWords): WordMatch[] {
  const { tokens: t, at, bits, n } = marked(rc);
  const out: WordMatch[] = [];
  let from = 0;
  for (let k = 0; k < n; k++) {
    if (!(bits[k]! & set.bit)) continue;
    const i = at[k]!;
    if (i < from) continue;
    // a punctuation token right after a word is not on a word edge (as WordTrie.matches)
    const edgeOk = i === 0 || t.flags[i]! & T_WORD || !(t.flags[i - 1]! & T_WORD) || t.flags[i]! & T_GAP;
    const j = edgeOk ? set.trie.matchAt(rc.doc, i) : -1;
    if (j < 0) continue;
    out.push({ start: t.start[i]!, end: t.end[j - 1]!, first: i, last: j, word: set.trie.lastWord });
    from = j;
  }
  return out;
}

/** Norm starts of the first words of the set's pairs, in text order: WordPairs.starts(rc.doc). */
export function pairStarts(rc: RelateCtx, set: CuePairs): number[] {
  const { tokens: t, at, bits, n } = marked(rc);
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    if (!(bits[k]! & set.bit)) continue;
    const i = at[k]!;
    if (i + 1 >= t.count) continue;
    if (!(t.flags[i]! & T_WORD) || !(t.flags[i + 1]! & T_GAP) || !(t.flags[i + 1]! & T_WORD)) continue;
    if (set.next.get(t.id[i]!)!.has(t.id[i + 1]!)) out.push(t.start[i]!);
  }
  return out;
}

/** Indexes of the tokens whose folded form is the set's word, in text order. */
export function wordTokens(rc: RelateCtx, set: CueWord): number[] {
  const { at, bits, n } = marked(rc);
  const out: number[] = [];
  for (let k = 0; k < n; k++) if (bits[k]! & set.bit) out.push(at[k]!);
  return out;
}

/** The flags of all the tokens of the text ORed (from the one pass). */
export function tokenFlags(rc: RelateCtx): number {
  return marked(rc).flagsOr;
}
