/**
 * Phrases compiled once, at module load, into a trie over lexicon word ids (tokens.ts): the one
 * way the readers ask "can a listed phrase start at this token?" and walk on from there.
 *
 *   const HEADS = new IdTrie([["trung", "tâm"], ["viện"]]);
 *   HEADS.starts(t.id[i])                        // a listed phrase may start at token i
 *   let node = HEADS.next(0, t.id[i]);           // -1: none does
 *   node = HEADS.next(node, t.id[i + 1]);        // … one look-up per word read (step: with a bit)
 *   HEADS.entry(node)                            // the phrase ending there (its index), or -1
 *
 * A step may carry one bit beside the word id (`bits`): the white space before the token
 * (words.ts WordTrie) or a comma before the word (count-noun-trie.ts). The first step carries
 * none. The lists stay data in src/lexicon/; what a token is, and so how a phrase is cut into
 * the steps of a walk, is {@link phraseTokens} (the cut of the document pass, normalize.ts).
 */
import { fold } from "./fold.js";
import { lexicon } from "./tokens.js";
import { named } from "./rx.js";

/**
 * The tokens of a folded phrase as the document pass (normalize.ts) cuts them — a run of letters,
 * marks and digits, or one other non-space character — each with whether white space comes before it.
 */
export function phraseTokens(folded: string): [string, boolean][] {
  const out: [string, boolean][] = [];
  let prevEnd = 0;
  for (const m of folded.matchAll(TOKEN_CUT)) {
    out.push([m[0], out.length > 0 && m.index > prevEnd]);
    prevEnd = m.index + m[0].length;
  }
  return out;
}
const TOKEN_CUT = named("id-trie.TOKEN_CUT", /[\p{L}\p{M}\p{N}]+|\S/gu);

/** The first token of a phrase (folded here), as {@link phraseTokens} cuts it; undefined when blank. */
export function firstTokenOf(phrase: string): string | undefined {
  return FIRST_TOKEN.exec(fold(phrase.trim()))?.[0];
}
const FIRST_TOKEN = named("id-trie.FIRST_TOKEN", /[\p{L}\p{M}\p{N}]+|\S/u);

/** A table with 1 at each lexicon id of `ids` (interned words): `id < t.length && t[id] === 1`. */
export function idTable(ids: readonly number[]): Uint8Array {
  const out = new Uint8Array(Math.max(0, ...ids) + 1);
  for (const id of ids) out[id] = 1;
  return out;
}

/** The table of the lexicon ids of the phrases' first tokens (the question alone, with no walk after it). */
export function firstIds(phrases: readonly string[]): Uint8Array {
  const ids: number[] = [];
  for (const p of phrases) {
    const first = firstTokenOf(p);
    if (first) ids.push(lexicon.intern(first));
  }
  return idTable(ids);
}

/**
 * Word sequences as a trie over lexicon ids: one look-up per word read. The edges out of the root
 * (most reads stop there) are an array indexed by id; the others one open-addressed table keyed
 * by (node, id, bit).
 */
export class IdTrie {
  /** 1 at the id of each phrase's first word: the quick no for most tokens (read it in tight loops). */
  readonly firsts: Uint8Array;
  /** Per id: the root's child + 1 (0: none). */
  private readonly root: Int32Array;
  /** The other edges: node, key (id × 2 + bit) and child per slot (child 0: empty; the root is never a child). */
  private readonly slotNode: Int32Array;
  private readonly slotKey: Int32Array;
  private readonly slotChild: Int32Array;
  private readonly mask: number;
  /** Per node: the phrase ending there, or -1. */
  private readonly entries: Int32Array;

  /**
   * `phrases`: each a list of folded words (interned here). `bits[k][w]` (0 or 1): the bit of
   * word w of phrase k (word 0's must be 0). `entries[k]`: what phrase k's end node gives
   * (default k; -1: a path only, no phrase ends there). Two phrases ending at one node: the first wins.
   */
  constructor(phrases: readonly (readonly string[])[], bits?: readonly (readonly number[])[], entries?: readonly number[]) {
    const kids: Map<number, number>[] = [new Map()];
    const ends: number[] = [-1];
    phrases.forEach((ws, k) => {
      let node = 0;
      ws.forEach((w, i) => {
        const bit = i > 0 && bits ? bits[k]![i]! : 0;
        const key = lexicon.intern(w) * 2 + bit;
        let next = kids[node]!.get(key);
        if (next === undefined) {
          next = kids.length;
          kids.push(new Map());
          ends.push(-1);
          kids[node]!.set(key, next);
        }
        node = next;
      });
      const e = entries ? entries[k]! : k;
      if (node > 0 && e >= 0 && ends[node] === -1) ends[node] = e;
    });
    this.entries = Int32Array.from(ends);
    const firstIds = [...kids[0]!.keys()].map((key) => key >> 1);
    this.firsts = idTable(firstIds);
    this.root = new Int32Array(this.firsts.length);
    for (const [key, child] of kids[0]!) this.root[key >> 1] = child + 1;
    let size = 16;
    while (size < kids.length * 4) size *= 2;
    this.mask = size - 1;
    this.slotNode = new Int32Array(size);
    this.slotKey = new Int32Array(size);
    this.slotChild = new Int32Array(size);
    for (let node = 1; node < kids.length; node++)
      for (const [key, child] of kids[node]!) {
        let at = IdTrie.hash(node, key) & this.mask;
        while (this.slotChild[at] !== 0) at = (at + 1) & this.mask;
        this.slotNode[at] = node;
        this.slotKey[at] = key;
        this.slotChild[at] = child;
      }
  }
  private static hash(node: number, key: number): number {
    return Math.imul(node, 0x9e3779b1) ^ Math.imul(key, 0x85ebca6b);
  }
  /** Whether a phrase starts with word `id`. */
  starts(id: number): boolean {
    return id < this.firsts.length && this.firsts[id] === 1;
  }
  /** The node after reading word `id` from the root, or -1 (the quick no most tokens get). */
  first(id: number): number {
    const root = this.root;
    return id < root.length ? root[id]! - 1 : -1;
  }
  /** The node after reading word `id` (with no bit) from `node` (0 is the root), or -1. */
  next(node: number, id: number): number {
    return node === 0 ? this.first(id) : this.child(node, id * 2);
  }
  /** The node after reading word `id` with `bit` (0 or 1) from `node` (0 is the root, read with no bit), or -1. */
  step(node: number, id: number, bit: number): number {
    return node === 0 ? this.first(id) : this.child(node, id * 2 + bit);
  }
  /** The child of a node other than the root by edge key, or -1 (kept apart so that next stays small enough to inline). */
  private child(node: number, key: number): number {
    for (let at = IdTrie.hash(node, key) & this.mask; ; at = (at + 1) & this.mask) {
      const child = this.slotChild[at]!;
      if (child === 0) return -1;
      if (this.slotNode[at] === node && this.slotKey[at] === key) return child;
    }
  }
  /** The phrase ending at `node` (its entry), or -1. */
  entry(node: number): number {
    return this.entries[node]!;
  }
  /** Whether a listed phrase ends at `node`. */
  isEnd(node: number): boolean {
    return this.entries[node]! >= 0;
  }
}
