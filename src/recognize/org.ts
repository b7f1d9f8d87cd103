/**
 * Named organisations: a head noun (src/lexicon/org-heads.ts) and the name after it.
 *   "Viện Ứng dụng công nghệ", "Sở Ngoại vụ", "UBND tỉnh Thái Bình", "Trường Đại học Nguyễn Tất Thành",
 *   "Công ty Cổ phần X", "Ban Chấp hành Công đoàn Viện", "Đảng ủy phường Mỹ An"
 * The phrase ends where a title's organisation would (title.ts parseOrg): at punctuation, a verb,
 * or a person's name.
 */
import type { Ctx, OrgHit } from "./types.js";
import { named } from "../text/rx.js";
import { fold } from "../text/fold.js";
import { FIXED_CITY_NAMES, ORG_HEADS } from "../lexicon/org-heads.js";

const CITY_NAMES = new Set<string>(FIXED_CITY_NAMES.map((n) => fold(n)));
import { nameCandidates } from "./name.js";
import { parseOrg } from "./title.js";
import { peopleNameStarts } from "./people-starts.js";
import { trieSource, wordBefore } from "./phrase.js";
import { lexicon, T_ODD, T_WORD } from "../text/tokens.js";
import { freshTokens } from "../text/words.js";

/**
 * A head at one position (sticky), tried only where a head can start (see FIRST_IDS). The left word
 * edge is tested in JS (wordBefore): a leading lookbehind makes the pattern slower.
 */
const HEAD_AT = named("org.head", new RegExp(`${trieSource(ORG_HEADS.map((h) => fold(h).trim()))}(?![\\p{L}\\p{M}\\p{N}])`, "uy"));
/**
 * Lexicon ids of the heads' first words ("viện", "trung", "t" of "T.Ư"): a head starts on a word
 * token with one of these ids, as the first word of a head is a whole word (the pattern's right edge,
 * or the space or punctuation after it in the head).
 */
const FIRST_IDS = ((): Uint8Array => {
  const ids = ORG_HEADS.map((h) => lexicon.intern(/^[\p{L}\p{M}\p{N}]+/u.exec(fold(h).trim())![0]));
  const out = new Uint8Array(Math.max(...ids) + 1);
  for (const id of ids) out[id] = 1;
  return out;
})();

export function recognizeOrganizations(ctx: Ctx): OrgHit[] {
  const { doc } = ctx;
  const { norm, key } = doc;
  let nameStarts = new Set(nameCandidates(doc).filter((c) => c.surname && (!c.fixed || !CITY_NAMES.has(fold(c.name))) && !c.caps && !c.negative).map((c) => c.start));
  // the same name starts as recognizePeople used (usually): share its set, and so the organisation phrases it read
  const theirs = peopleNameStarts.get(doc);
  if (theirs && theirs.size === nameStarts.size && [...theirs].every((s) => nameStarts.has(s))) nameStarts = theirs;
  const out: OrgHit[] = [];
  // the matches of HEAD over the whole key, left to right, each after the last (`from`), whose left
  // edge holds (no letter, mark or digit before): a head starts a word token, so the sticky pattern
  // is tried only on tokens whose first word may start one — and inside a token of odd letters
  // (a character above U+FFFF is no word character to the edge test), at each position
  const tt = freshTokens(doc);
  let from = 0;
  const tryAt = (at: number): void => {
    if (at < from || wordBefore(key, at)) return;
    HEAD_AT.lastIndex = at;
    const m = HEAD_AT.exec(key);
    if (!m) return;
    const headEnd = at + m[0].length;
    from = headEnd;
    if (!/^\p{Lu}/u.test(norm[at]!)) return;
    const span = parseOrg(doc, at, nameStarts, false);
    if (!span || span.end <= headEnd) return;
    out.push({ start: span.start, end: span.end, name: norm.slice(span.start, span.end), head: norm.slice(at, headEnd), rule: "org.head" });
    from = span.end;
  };
  for (let ti = 0; ti < tt.count; ti++) {
    const f = tt.flags[ti]!;
    if (!(f & T_WORD)) continue;
    if (f & T_ODD) {
      for (let at = tt.start[ti]!; at < tt.end[ti]!; at++) tryAt(at);
      continue;
    }
    const id = tt.id[ti]!;
    if (id < FIRST_IDS.length && FIRST_IDS[id] === 1) tryAt(tt.start[ti]!);
  }
  return out;
}
