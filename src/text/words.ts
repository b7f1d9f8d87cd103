/**
 * A word list compiled once into a trie over folded word ids, matched on a document's tokens
 * (tokens.ts) instead of running an alternation over the text.
 *
 *   const HEADS = new WordTrie(["Viện", "Trung tâm", "Phòng", "Ban", "Tp."]);
 *   for (const m of HEADS.matches(doc)) doc.norm.slice(m.start, m.end);   // "Trung tâm", …
 *
 * Equivalent to the regex rx`${L}${words(list)}${R}` over `doc.key` (property-tested in
 * test/words.test.ts): matches start and end on word edges, the spaces of an entry match any
 * white space (\s+), its other characters must be there with no space between, and at each
 * position the longest entry wins, then the scan goes on after it.
 */
import type { Doc } from "./normalize.js";
import { fold } from "./fold.js";
import { lexicon, T_GAP, T_WORD, type Tokens } from "./tokens.js";
import { IdTrie, idTable, phraseTokens } from "./id-trie.js";

export interface WordMatch {
  /** Norm range of the match. */
  start: number;
  end: number;
  /** Token range: first token, and the one after the last. */
  first: number;
  last: number;
  /** The entry (folded, single-spaced) that matched. */
  word: string;
}

export class WordTrie {
  /** Folded entries, deduplicated, longest first (as rx.ts Words orders them). */
  readonly list: readonly string[];
  /** The entries' tokens over their ids, a step's bit set when white space comes before the token (id-trie.ts). */
  readonly trie: IdTrie;
  /** Whether an entry's last token is punctuation (the edge after it is then checked). */
  private readonly edgeLast: boolean[];
  private readonly set: ReadonlySet<string>;
  /** The lexicon generation these ids need. */
  private readonly generation: number;

  constructor(words: readonly string[]) {
    const folded = [...new Set(words.map((w) => fold(w).trim()).filter(Boolean))];
    folded.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.list = folded;
    this.set = new Set(folded.map((w) => w.replace(/\s+/g, " ")));
    // two entries with the same tokens (only the spacing differs): the first, longest, wins
    const toks = folded.map(phraseTokens);
    this.trie = new IdTrie(
      toks.map((ts) => ts.map(([t]) => t)),
      toks.map((ts) => ts.map(([, spaced]) => (spaced ? 1 : 0))),
    );
    this.edgeLast = folded.map((w) => !/[\p{L}\p{M}\p{N}]$/u.test(w));
    this.generation = lexicon.generation;
  }

  /** The doc's token ids, looked up again when the lexicon gained words after it was made. */
  private tokens(doc: Doc): Tokens {
    const t = doc.tokens;
    if (t.generation < this.generation) refreshIds(doc);
    return t;
  }

  /**
   * The longest entry that starts at token i and ends on a word edge: the token after its last
   * (and `lastWord` set), or -1. Token i must itself start on a word edge (see {@link matches}).
   */
  matchAt(doc: Doc, i: number): number {
    const t = this.tokens(doc);
    return this.walk(t, i);
  }
  /** The entry of the last successful {@link matchAt}. */
  lastWord = "";

  /** The walk of {@link matchAt}, over tokens before `n` only. */
  private walk(t: Tokens, i: number, n = t.count): number {
    const trie = this.trie;
    // (the quick no read inline from the trie's first-id table: most tokens start no entry)
    const id0 = t.id[i]!;
    const firsts = trie.firsts;
    if (id0 >= firsts.length || firsts[id0] === 0) return -1;
    let node = trie.first(id0);
    let best = -1;
    let bestEntry = -1;
    let j = i + 1;
    for (;;) {
      const e = trie.entry(node);
      if (e >= 0 && (!this.edgeLast[e] || j >= t.count || !(t.flags[j]! & T_WORD) || t.flags[j]! & T_GAP)) {
        best = j;
        bestEntry = e;
      }
      if (j >= n) break;
      node = trie.step(node, t.id[j]!, t.flags[j]! & T_GAP ? 1 : 0);
      if (node < 0) break;
      j++;
    }
    if (bestEntry >= 0) this.lastWord = this.list[bestEntry]!;
    return best;
  }

  /**
   * Every match, left to right, not overlapping. With `from` and `to`: only tokens that start at
   * or after `from` and end by `to` (the word edges are still those of the whole text).
   */
  *matches(doc: Doc, from = 0, to = Infinity): Generator<WordMatch> {
    const t = this.tokens(doc);
    let i = 0;
    if (from > 0) {
      let lo = 0;
      let hi = t.count;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (t.start[mid]! < from) lo = mid + 1;
        else hi = mid;
      }
      i = lo;
    }
    // tokens that end by `to`
    let n = t.count;
    if (to < Infinity) {
      let lo = i;
      let hi = t.count;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (t.end[mid]! <= to) lo = mid + 1;
        else hi = mid;
      }
      n = lo;
    }
    const starts = this.trie.firsts;
    while (i < n) {
      // most tokens start no entry (walk would give -1 at once): skip them in a tight loop
      const id = t.id[i]!;
      if (id >= starts.length || starts[id] === 0) {
        i++;
        continue;
      }
      // a punctuation token right after a word is not on a word edge
      const edgeOk = i === 0 || t.flags[i]! & T_WORD || !(t.flags[i - 1]! & T_WORD) || t.flags[i]! & T_GAP;
      const j = edgeOk ? this.walk(t, i, n) : -1;
      if (j >= 0) {
        yield { start: t.start[i]!, end: t.end[j - 1]!, first: i, last: j, word: this.lastWord };
        i = j;
      } else i++;
    }
  }

  /** Whether a folded word or phrase is in the list. */
  has(word: string): boolean {
    return this.set.has(fold(word).trim().replace(/\s+/g, " "));
  }
}

/** The doc's token table, its ids looked up again if the lexicon gained words after it was made. */
export function freshTokens(doc: Doc): Tokens {
  const t = doc.tokens;
  if (t.generation < lexicon.generation) refreshIds(doc);
  return t;
}

/** Look up every token's id again (after the lexicon gained words). */
export function refreshIds(doc: Doc): void {
  const t = doc.tokens;
  for (let i = 0; i < t.count; i++) t.id[i] = lexicon.lookup(doc.key.slice(t.start[i]!, t.end[i]!));
  t.generation = lexicon.generation;
}

/**
 * Two words in a row (folded), as a quick necessary test for a pattern that starts with one of
 * them, white space, and the other: `starts(doc)` gives the starts of the word tokens followed,
 * after white space, by a word token that makes a listed pair. A pattern whose first two words are
 * whole words (each followed by white space or a word edge in the pattern) and listed here can
 * match nowhere else on a left word edge.
 *
 *   const PLURAL_PAIRS = new WordPairs([["các", "đồng"], ["các", "ông"], ["hai", "nghiên"]]);
 *   for (const at of PLURAL_PAIRS.starts(doc)) { PATTERN.lastIndex = at; PATTERN.exec(doc.key) … }
 */
export class WordPairs {
  /** first id → second ids (cue-scan.ts cuePairs reads the same pairs from the one pass) */
  readonly next: ReadonlyMap<number, ReadonlySet<number>>;
  private readonly firsts: Uint8Array;
  private readonly generation: number;
  constructor(pairs: readonly (readonly [string, string])[]) {
    const next = new Map<number, Set<number>>();
    for (const [a, b] of pairs) {
      const ia = lexicon.intern(fold(a));
      let s = next.get(ia);
      if (!s) next.set(ia, (s = new Set()));
      s.add(lexicon.intern(fold(b)));
    }
    this.next = next;
    this.firsts = idTable([...next.keys()]);
    this.generation = lexicon.generation;
  }
  /** Norm starts of the first words of the pairs in the doc, in text order. */
  starts(doc: Doc): number[] {
    const t = doc.tokens;
    if (t.generation < this.generation) refreshIds(doc);
    const out: number[] = [];
    const firsts = this.firsts;
    for (let i = 0; i + 1 < t.count; i++) {
      const id = t.id[i]!;
      if (id >= firsts.length || firsts[id] === 0) continue;
      if (!(t.flags[i]! & T_WORD) || !(t.flags[i + 1]! & T_GAP) || !(t.flags[i + 1]! & T_WORD)) continue;
      if (this.next.get(id)!.has(t.id[i + 1]!)) out.push(t.start[i]!);
    }
    return out;
  }
}
