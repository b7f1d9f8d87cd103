/**
 * Named organisations: a head noun (src/lexicon/org-heads.ts) and the name after it.
 *   "Viện Ứng dụng công nghệ", "Sở Ngoại vụ", "UBND tỉnh Thái Bình", "Trường Đại học Nguyễn Tất Thành",
 *   "Công ty Cổ phần X", "Ban Chấp hành Công đoàn Viện", "Đảng ủy phường Mỹ An"
 * The phrase ends where a title's organisation would (title-org.ts parseOrg): at punctuation, a verb,
 * or a person's name.
 */
import type { Ctx, OrgHit } from "./types.js";
import { named } from "../text/rx.js";
import { fold } from "../text/fold.js";
import { ORG_HEADS } from "../lexicon/org-heads.js";
import { nameCandidates } from "./name.js";
import { parseOrg } from "./title-org.js";
import { nameStartsOf, peopleNameStarts } from "./people-starts.js";
import { trieSource, wordBefore } from "./phrase.js";
import { T_ODD, type Tokens } from "../text/tokens.js";
import { freshTokens } from "../text/words.js";
import { HEADS, merged, peopleIndex } from "./people-index.js";
import type { Doc } from "../text/normalize.js";

/**
 * A head at one position (sticky), tried only where a head can start (see HEAD_FIRST_IDS in people-index.ts). The left word
 * edge is tested in JS (wordBefore): a leading lookbehind makes the pattern slower.
 */
const HEAD_AT = named("org.head", new RegExp(`${trieSource(ORG_HEADS.map((h) => fold(h).trim()))}(?![\\p{L}\\p{M}\\p{N}])`, "uy"));

/** The end of HEAD_AT's match at norm index `at` (the regex, the specification), or -1. */
export function headEndChars(key: string, at: number): number {
  HEAD_AT.lastIndex = at;
  const m = HEAD_AT.exec(key);
  return m ? at + m[0].length : -1;
}
/**
 * The end of HEAD_AT's match at the plain word token i (no T_ODD), or -1: the tokens from i read
 * through HEADS (people-index.ts), the longest head that ends on a word edge (words.ts WordTrie).
 */
export function headEndAt(doc: Doc, t: Tokens, i: number): number {
  const j = HEADS.matchAt(doc, i);
  return j < 0 ? -1 : t.end[j - 1]!;
}

export function recognizeOrganizations(ctx: Ctx): OrgHit[] {
  const { doc } = ctx;
  const { norm, key } = doc;
  // the same name starts as recognizePeople used (usually): share its set, and so the organisation
  // phrases it read; made from every candidate, as here, it is the same set, and not made again
  const theirs = peopleNameStarts.get(doc);
  let nameStarts = theirs && peopleNameStarts.ofEvery(doc) ? theirs : nameStartsOf(nameCandidates(doc));
  if (theirs && nameStarts !== theirs && theirs.size === nameStarts.size && [...theirs].every((s) => nameStarts.has(s))) nameStarts = theirs;
  const out: OrgHit[] = [];
  // the matches of HEAD over the whole key, left to right, each after the last (`from`), whose left
  // edge holds (no letter, mark or digit before): a head starts a word token, so the sticky pattern
  // is tried only on tokens whose first word may start one — and inside a token of odd letters
  // (a character above U+FFFF is no word character to the edge test), at each position
  const tt = freshTokens(doc);
  let from = 0;
  // (ti: the plain word token starting at `at`, read on the trie; -1: read with the regex)
  const tryAt = (at: number, ti: number): void => {
    if (at < from || wordBefore(key, at)) return;
    const headEnd = ti < 0 ? headEndChars(key, at) : headEndAt(doc, tt, ti);
    if (headEnd < 0) return;
    from = headEnd;
    if (!/^\p{Lu}/u.test(norm[at]!)) return;
    const span = parseOrg(doc, at, nameStarts, false);
    if (!span || span.end <= headEnd) return;
    out.push({ start: span.start, end: span.end, name: norm.slice(span.start, span.end), head: norm.slice(at, headEnd), rule: "org.head" });
    from = span.end;
  };
  const ix = peopleIndex(doc);
  for (const ti of merged(ix.heads, ix.odd)) {
    const f = tt.flags[ti]!;
    if (f & T_ODD) {
      for (let at = tt.start[ti]!; at < tt.end[ti]!; at++) tryAt(at, -1);
      continue;
    }
    tryAt(tt.start[ti]!, ti);
  }
  return out;
}
