/**
 * A quick no before a pattern that starts with a word of a list: whether any entry of the list can
 * start at a position, read from the token table (tokens.ts) instead of running the pattern.
 *
 *   const UNIT_FIRSTS = new FirstWords(["kg", "ki-lô-gam", "mét vuông", "%"]);
 *   if (UNIT_FIRSTS.mayStartAt(doc, p)) UNIT_AFTER.exec(…)   // else: no unit starts at p
 *
 * An entry that matches at p (as a pattern `${words(list)}` followed by no letter, mark or digit
 * does: spaces match any white space, the rest must be there) starts with its first token — its
 * first run of letters, marks and digits, or its first other character, cut as the pass that cuts the
 * document (normalize.ts) cuts it — and the document's token at p is that same token: a run of
 * word units ends where the entry's does, at a non-word character inside the entry or at the
 * entry's end, which the pattern's right edge keeps from running on. So when p starts a token
 * whose id is no entry's first token's id, nothing of the list starts there.
 * The answer is "maybe" (the pattern decides) where the tokens may cut otherwise: p inside a token
 * ("35kg": the unit glued to the digits), or a token with odd letters (T_ODD). It is "no" at the
 * end of the text and at white space (no entry starts with a space).
 */
import type { Doc } from "../text/normalize.js";
import { firstIds, firstTokenOf } from "../text/id-trie.js";
import { T_ODD, tokenAt } from "../text/tokens.js";
import { freshTokens } from "../text/words.js";

/**
 * The first token of an entry, folded, as the document pass (normalize.ts) cuts tokens (id-trie.ts);
 * test/word-guard.test.ts checks it against makeDoc's first token for every entry of the lists guarded.
 * (Not makeDoc itself at load: ~300 tiny documents made before any real one left makeDoc's optimised
 * code ~4% slower on the archive afterwards, scripts/bench-makedoc.mjs, 9 rounds.)
 */
export { firstTokenOf };

export class FirstWords {
  /** 1 at the lexicon id of each entry's first token. */
  private readonly ids: Uint8Array;
  constructor(entries: readonly string[]) {
    this.ids = firstIds(entries);
  }

  /**
   * False when no entry can start at norm/key position p; true when one may (the pattern decides).
   * `limit`: the end of the text the pattern is given (a slice of the key): a token running past
   * it is cut there, and what is left of it may be an entry (maybe).
   */
  mayStartAt(doc: Doc, p: number, limit = Infinity): boolean {
    const t = freshTokens(doc);
    const ti = tokenAt(t, p);
    if (ti >= t.count) return false; // at the end, or white space to the end
    // inside a token: maybe ("35kg"); in the white space before one (gaps hold nothing else): no
    if (t.start[ti] !== p) return t.start[ti]! < p;
    if (t.flags[ti]! & T_ODD || t.end[ti]! > limit) return true;
    const id = t.id[ti]!;
    return id < this.ids.length && this.ids[id] === 1;
  }
}
