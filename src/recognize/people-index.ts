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

/** The lists a word of one lexicon id goes to (bits of ROLES): one table read per word, not five. */
const R_TITLE = 1;
const R_HEAD = 2;
const R_PLURAL = 4;
const R_ANH = 8;
const R_TEN = 16;
/** Per lexicon id (not 0): its R_ bits (0: in no list, the most words). */
let roles = new Uint8Array(1024);
/** Ids below this have their bits (the lexicon grows: see roleTable). */
let rolesUpTo = 1;

/**
 * The R_ bits of every id the lexicon has now: titleFirstTable's judgement (a word that may start
 * a title), HEAD_FIRST_IDS, PLURAL_FIRST_IDS, ANH and TEN, each as build() read them one by one.
 */
export function roleTable(): Uint8Array {
  const n = lexicon.size + 1;
  if (rolesUpTo < n) {
    const titleFirst = titleFirstTable();
    if (roles.length < n) {
      const grown = new Uint8Array(Math.max(n, roles.length * 2));
      grown.set(roles);
      roles = grown;
    }
    for (let id = Math.max(1, rolesUpTo); id < n; id++)
      roles[id] =
        (titleFirst[id] === 1 ? R_TITLE : 0) |
        (id < HEAD_FIRST_IDS.length && HEAD_FIRST_IDS[id] === 1 ? R_HEAD : 0) |
        (id < PLURAL_FIRST_IDS.length && PLURAL_FIRST_IDS[id] === 1 ? R_PLURAL : 0) |
        (id === ANH ? R_ANH : 0) |
        (id === TEN ? R_TEN : 0);
    rolesUpTo = n;
  }
  return roles;
}

function build(doc: Doc): PeopleIndex {
  const t = freshTokens(doc);
  const { flags, id: ids, start: starts, count } = t;
  const key = doc.key;
  const out: PeopleIndex = { caps: [], odd: [], anh: [], ten: [], heads: [], titles: [], plural: [] };
  const role = roleTable();
  for (let i = 0; i < count; i++) {
    const f = flags[i]!;
    if (!(f & T_WORD)) continue;
    if (f & T_CAP) out.caps.push(i);
    if (f & T_ODD) out.odd.push(i);
    const id = ids[i]!;
    // (one read of the word's bits, 0 for id 0: most words are in no list and go on after the title test)
    const r = role[id]!;
    // a word in no list may start a title only with a one-word start glued on ("phógiám"; the first
    // unit told first: most start with none of the five). (One push for both: the glued word's own
    // push, met in a rare branch alone, had no type feedback in optimised code and deopted build.)
    const title = id === 0 ? (f & T_LETTERS) !== 0 && ONE_WORD_FIRST[key.charCodeAt(starts[i]!)] === 1 && ONE_WORD.prefixAt(key, starts[i]!) : (r & R_TITLE) !== 0 && (f & T_LETTERS) !== 0;
    if (title) out.titles.push(i);
    if (r === 0) continue;
    if (r & R_ANH) out.anh.push(i);
    else if (r & R_TEN) out.ten.push(i);
    if (r & R_HEAD) out.heads.push(i);
    if (r & R_PLURAL) out.plural.push(i);
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
