/**
 * A counted or plural form before a list of names, the honorific written once before the first:
 *
 *   "hai Giáo sư Trần Văn A và Lê Văn B"        → GS for A and for B
 *   "ba bác sĩ Nguyễn Văn C, Phạm Thị D và Đỗ E" → BS for each
 *   "các PGS Ngô F, Vũ G"                         → PGS for both
 *
 * The honorifics before the first name reach the names joined to it by "," or "và" right after it
 * (not the names past another word, nor a name with honorifics of its own: "hai ông A và bà B").
 * Scopes for people-scopes.ts; the plural words are the shared-title lists' (lexicon/shared-titles.ts).
 */
import type { Doc } from "../text/normalize.js";
import type { NameCandidate } from "./name.js";
import { honorificsBefore } from "./honorific.js";
import { PhraseSet, phraseBefore } from "./phrase.js";
import { firstStartAt } from "../text/lists.js";
import { skipBack, skipFwd } from "./people-words.js";
import { PLURAL_BEFORE_LIST } from "../lexicon/shared-titles.js";
import { HONORIFICS } from "../lexicon/honorifics.js";

const PLURAL_WORD = new PhraseSet(PLURAL_BEFORE_LIST);
/** The forms of address (canonical), as honorifics.ts lists them. */
const ADDRESS = new Set(HONORIFICS.filter((h) => h.kind === "address").map((h) => h.canonical));

/** One honorific for the names of a list: the span of the names after the first. */
export interface ListHonorific {
  start: number;
  end: number;
  honorific: string;
}

/** The name candidate starting at `q` (none when another word stands there). */
function nameStartingAt(byPos: NameCandidate[], q: number): NameCandidate | null {
  const c = byPos[firstStartAt(byPos, q)];
  return c !== undefined && c.start === q ? c : null;
}

/** Past ", ", " và " or ", và " after `e`; -1 when none follows. */
function pastJoin(doc: Doc, e: number): number {
  const { norm, key } = doc;
  let q = skipFwd(norm, e);
  let joined = false;
  if (norm[q] === ",") {
    q = skipFwd(norm, q + 1);
    joined = true;
  }
  if (key.startsWith("và ", q)) return skipFwd(norm, q + 3);
  return joined ? q : -1;
}

/** The list honorifics of a document, from its name candidates in text order. */
export function listHonorifics(doc: Doc, byPos: NameCandidate[]): ListHonorific[] {
  const { norm } = doc;
  const out: ListHonorific[] = [];
  for (let i = 0; i < byPos.length; i++) {
    const first = byPos[i]!;
    const hon = honorificsBefore(doc, first.start);
    // (two forms of address are a kinship word, not an honorific: "3 anh em A, B và C", "hai chị em")
    if (!hon.list.length || hon.start === first.start || hon.list.filter((h) => ADDRESS.has(h)).length > 1) continue;
    const b = skipBack(norm, hon.start);
    // (a number of one or two digits: "2 bác sĩ A và B", not a year "năm 2017 GS A và B")
    if (b === hon.start || !(/(?:^|[^\d.,/])\d{1,2}$/.test(norm.slice(Math.max(0, b - 3), b)) || phraseBefore(doc, b, PLURAL_WORD) >= 0)) continue;
    let end = -1;
    let e = first.end;
    for (let guard = 0; guard < 12; guard++) {
      const q = pastJoin(doc, e);
      const c = q < 0 ? null : nameStartingAt(byPos, q);
      if (c === null) break;
      if (!honorificsBefore(doc, c.start).list.length) end = c.end;
      e = c.end;
    }
    if (end < 0) continue;
    for (const h of hon.list) out.push({ start: first.end, end, honorific: h });
  }
  return out;
}
