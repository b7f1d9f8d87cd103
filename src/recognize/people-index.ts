/**
 * The tokens the people and organisation readers start from, found in one walk of the token
 * table instead of one walk per reader:
 *
 *   caps    tokens starting with a capital (T_CAP): name runs (name.ts), short references (people-build.ts)
 *   odd     tokens of odd letters (T_ODD): read by characters where a reader looks inside words
 *   anh     the word "ảnh" (photo credits, byline.ts); ten: the word "tên" (people introduced by name)
 *   heads   words that may start an organisation head (org.ts)
 *   titles  words that may start a title (title-first.ts): where nextTitle (title-scan.ts) tries the title pattern
 *   plural  the first words of the plural honorifics' pairs ("các", "hai"): where findScopes (people-scopes.ts) reads them
 * Each list holds token indexes in text order. Kept for the last document asked about (the readers
 * of one document run one after the other).
 */
import type { Doc } from "../text/normalize.js";
import { lexicon, T_CAP, T_LETTERS, T_ODD, T_WORD } from "../text/tokens.js";
import { freshTokens, WordTrie } from "../text/words.js";
import { ORG_HEADS } from "../lexicon/org-heads.js";
import { ONE_WORD, ONE_WORD_FIRST, titleFirstTable } from "./title-first.js";
import { PLURAL_PAIRS } from "./honorific.js";
import { idTable } from "../text/id-trie.js";

export interface PeopleIndex {
  caps: number[];
  odd: number[];
  anh: number[];
  ten: number[];
  heads: number[];
  titles: number[];
  plural: number[];
}

const ANH = lexicon.intern("ảnh");
const TEN = lexicon.intern("tên");
/**
 * The organisation heads as a trie over their tokens' ids (id-trie.ts via words.ts; org.ts walks it
 * from the tokens listed here). Its first-id table says where a head may start: on a word token
 * with the id of a head's first word ("viện", "trung", "t" of "T.Ư"), as the first word of a head
 * is a whole word (the head pattern's right edge, or the space or punctuation after it in the head).
 */
export const HEADS = new WordTrie(ORG_HEADS);
export const HEAD_FIRST_IDS = HEADS.trie.firsts;
/** The lexicon ids of the first words of the plural honorifics' pairs ("các" of "các đồng chí", "hai" of "hai nghiên cứu sinh"). */
export const PLURAL_FIRST_IDS = idTable([...PLURAL_PAIRS.next.keys()]);

/** The index of `doc` (made on first use, kept in its memo). */
export function peopleIndex(doc: Doc): PeopleIndex {
  return (doc.memo.peopleIndex ??= build(doc)) as PeopleIndex;
}

function build(doc: Doc): PeopleIndex {
  const t = freshTokens(doc);
  const { flags, id: ids, start: starts, count } = t;
  const key = doc.key;
  const out: PeopleIndex = { caps: [], odd: [], anh: [], ten: [], heads: [], titles: [], plural: [] };
  const plural = PLURAL_FIRST_IDS;
  const heads = HEAD_FIRST_IDS;
  const titleFirst = titleFirstTable();
  for (let i = 0; i < count; i++) {
    const f = flags[i]!;
    if (!(f & T_WORD)) continue;
    if (f & T_CAP) out.caps.push(i);
    if (f & T_ODD) out.odd.push(i);
    const id = ids[i]!;
    // a word in no list may start a title only with a one-word start glued on ("phógiám"; the first
    // unit told first: most start with none of the five). (One push for both: the glued word's own
    // push, met in a rare branch alone, had no type feedback in optimised code and deopted build.)
    const title = id === 0 ? (f & T_LETTERS) !== 0 && ONE_WORD_FIRST[key.charCodeAt(starts[i]!)] === 1 && ONE_WORD.prefixAt(key, starts[i]!) : titleFirst[id] === 1 && (f & T_LETTERS) !== 0;
    if (title) out.titles.push(i);
    if (id === 0) continue;
    if (id === ANH) out.anh.push(i);
    else if (id === TEN) out.ten.push(i);
    if (id < heads.length && heads[id] === 1) out.heads.push(i);
    if (id < plural.length && plural[id] === 1) out.plural.push(i);
  }
  return out;
}

/** The indexes of two lists in text order, each once (both sorted). */
export function merged(a: readonly number[], b: readonly number[]): number[] {
  if (!b.length) return a as number[];
  if (!a.length) return b as number[];
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) out.push(a[i++]!);
    else if (i >= a.length || b[j]! < a[i]!) out.push(b[j++]!);
    else {
      out.push(a[i++]!);
      j++;
    }
  }
  return out;
}
