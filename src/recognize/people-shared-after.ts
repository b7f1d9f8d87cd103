/**
 * One title written after a list of names and shared by all of them (scopes for people-scopes.ts):
 *
 *   "ông A và B (đều là Phó giám đốc bệnh viện)"              → Phó giám đốc | bệnh viện for A and B
 *   "A, B và ông C (cùng là Trạm trưởng Trạm Y tế …)"          → Trạm trưởng for A, B and C
 *   "ông A và ông B được Quốc hội phê chuẩn làm Thẩm phán TAND" → Thẩm phán | TAND for both
 *
 * The list is read back from the bracket or from "được": names joined by "," or "và", each with its
 * honorifics before it; two names or more. (people-shared-title.ts reads the shapes with the title
 * or an appointing verb before the list.) Word lists: lexicon/shared-titles.ts.
 */
import type { Doc } from "../text/normalize.js";
import type { NameCandidate } from "./name.js";
import type { TitleHit } from "./title.js";
import { honorificsBefore } from "./honorific.js";
import { PhraseSet, phraseBefore, wordBefore } from "./phrase.js";
import { firstStartAt } from "../text/lists.js";
import { skipBack } from "./people-words.js";
import { APPOINT_VERBS, BESTOW_VERBS, SHARED_BY_ALL, TITLE_LINKS } from "../lexicon/shared-titles.js";
import type { SharedTitle } from "./people-shared-title.js";

const ALL = new PhraseSet(SHARED_BY_ALL);
const VERBS = new PhraseSet([...APPOINT_VERBS, ...BESTOW_VERBS]);
const LINKS = new PhraseSet(TITLE_LINKS);
const PASSIVE = new PhraseSet(["được", "bị"]);
/** How far before an appointing verb its "được" may stand (the one who gives the post between: "được Quốc hội"). */
const AGENT_REACH = 40;

/** The candidate whose name ends at `e` (none when another word ends there). */
function nameEndingAt(byPos: NameCandidate[], e: number): NameCandidate | null {
  const c = byPos[firstStartAt(byPos, e) - 1];
  return c !== undefined && c.end === e ? c : null;
}

/** The names of a list that ends at `e`, read back: [first name's start (its honorifics'), count]. */
function listEndingAt(doc: Doc, byPos: NameCandidate[], e: number): [number, number] {
  const { norm, key } = doc;
  let start = -1;
  let n = 0;
  for (let guard = 0; guard < 12; guard++) {
    const c = nameEndingAt(byPos, e);
    if (c === null) break;
    n++;
    start = honorificsBefore(doc, c.start).start;
    let b = skipBack(norm, start);
    if (b >= 3 && key.startsWith("và", b - 2) && !wordBefore(key, b - 2) && b - 2 < start) b = skipBack(norm, b - 2);
    else if (norm[b - 1] !== ",") break;
    if (norm[b - 1] === ",") b = skipBack(norm, b - 1);
    e = b;
  }
  return [start, n];
}

/** "A và B (đều là Phó giám đốc …)": the title after "(đều là" or "(cùng là", the list before the bracket. */
function bracketAfterList(doc: Doc, t: TitleHit, byPos: NameCandidate[]): SharedTitle | null {
  const { norm } = doc;
  const w = phraseBefore(doc, skipBack(norm, t.start), ALL);
  if (w < 0) return null;
  const open = skipBack(norm, w);
  if (norm[open - 1] !== "(") return null;
  const [start, n] = listEndingAt(doc, byPos, skipBack(norm, open - 1));
  return n >= 2 ? { start, end: open, title: t } : null;
}

/** "A và B được Quốc hội phê chuẩn làm Thẩm phán …": the list before "được", then the verb and a link. */
function passiveAfterList(doc: Doc, t: TitleHit, byPos: NameCandidate[]): SharedTitle | null {
  const { norm, key } = doc;
  const l = phraseBefore(doc, skipBack(norm, t.start), LINKS);
  if (l < 0) return null;
  const v = phraseBefore(doc, skipBack(norm, l), VERBS);
  if (v < 0) return null;
  const from = Math.max(0, v - AGENT_REACH);
  for (let p = skipBack(norm, v); p > from; ) {
    const d = phraseBefore(doc, p, PASSIVE);
    if (d >= 0) {
      const [start, n] = listEndingAt(doc, byPos, skipBack(norm, d));
      return n >= 2 ? { start, end: d, title: t } : null;
    }
    // back over one word of the agent ("Quốc hội", "Chủ tịch nước"), not over punctuation
    let q = p;
    while (q > from && wordBefore(key, q)) q--;
    if (q === p || skipBack(norm, q) === q) return null;
    p = skipBack(norm, q);
  }
  return null;
}

/** The titles of a document shared by a list written before them. */
export function sharedAfterList(doc: Doc, titles: Iterable<TitleHit>, byPos: NameCandidate[]): SharedTitle[] {
  const out: SharedTitle[] = [];
  if (byPos.length < 2) return out;
  for (const t of titles) {
    const s = bracketAfterList(doc, t, byPos) ?? passiveAfterList(doc, t, byPos);
    if (s) out.push(s);
  }
  return out;
}
