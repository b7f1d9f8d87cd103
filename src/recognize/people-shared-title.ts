/**
 * One title shared by a list of names (scopes for people-scopes.ts):
 *
 *   "8 Phó giám đốc Sở gồm các ông, bà: A, B, … và H"        → Phó giám đốc | Sở for each name
 *   "bổ sung A, Vụ trưởng Vụ X; B, Cục trưởng Cục Y và C làm thành viên Hội đồng Z"
 *                                                              → thành viên | Hội đồng Z for A, B and C
 * A list is names joined by ",", ";" or "và", each with its honorifics before it and, in the second
 * shape, its own posts after it (", Vụ trưởng Vụ X"). Word lists: lexicon/shared-titles.ts.
 */
import type { Doc } from "../text/normalize.js";
import type { NameCandidate } from "./name.js";
import type { TitleHit } from "./title.js";
import { honorificsBefore, PLURAL } from "./honorific.js";
import { PhraseSet, phraseAt, phraseBefore, wordBefore } from "./phrase.js";
import { firstStartAt } from "../text/lists.js";
import { skipBack, skipFwd } from "./people-words.js";
import { APPOINT_VERBS, LIST_JOINS, PLURAL_BEFORE_LIST, TITLE_LINKS } from "../lexicon/shared-titles.js";

const PLURAL_WORD = new PhraseSet(PLURAL_BEFORE_LIST);
const JOINS = new PhraseSet(LIST_JOINS);
const VERBS = new PhraseSet(APPOINT_VERBS);
const LINKS = new PhraseSet(TITLE_LINKS);

/** A shared title and the span its names lie in. */
export interface SharedTitle {
  start: number;
  end: number;
  title: TitleHit;
}

/** The candidate whose name (or the honorifics before it) starts at `q`, or null. */
function nameAt(doc: Doc, byPos: NameCandidate[], q: number): NameCandidate | null {
  const c = byPos[firstStartAt(byPos, q)];
  if (c === undefined || c.start - q > 40) return null;
  return c.start === q || honorificsBefore(doc, c.start).start === q ? c : null;
}

/** Past the separator of a list at `q` (",", ";", "và"), or -1. */
function pastSeparator(doc: Doc, q: number): number {
  const { norm, key } = doc;
  const c = norm[q];
  if (c === "," || c === ";") q = skipFwd(norm, q + 1);
  if (key.startsWith("và ", q)) return skipFwd(norm, q + 3);
  return c === "," || c === ";" ? q : -1;
}

/**
 * The names of a list from `q`: [the names, where the last one (or its own posts) ends]. With
 * `ownPosts` a name's posts after a comma or dash are read over. Stops at the first piece that is
 * neither a separator nor a name.
 */
function listFrom(doc: Doc, byPos: NameCandidate[], byStart: ReadonlyMap<number, TitleHit>, q: number, ownPosts: boolean): [NameCandidate[], number] {
  const { norm } = doc;
  const names: NameCandidate[] = [];
  let end = q;
  for (let guard = 0; guard < 40; guard++) {
    const c = nameAt(doc, byPos, q);
    if (c === null) break;
    names.push(c);
    end = c.end;
    if (ownPosts) {
      for (let n = 0; n < 6; n++) {
        const r = skipFwd(norm, end);
        if (norm[r] !== "," && norm[r] !== "-" && norm[r] !== "–") break;
        const t = byStart.get(skipFwd(norm, r + 1));
        if (t === undefined) break;
        end = t.chainEnd;
      }
    }
    const next = pastSeparator(doc, skipFwd(norm, end));
    if (next < 0) break;
    q = next;
  }
  return [names, end];
}

/**
 * "8 Phó giám đốc Sở gồm các ông, bà: A, B và C", "các Phó chủ tịch là ông A, ông B": a title after a
 * number or a plural word, then a joining word, a plural honorific or a colon, then two names or more.
 */
function titleBeforeList(doc: Doc, t: TitleHit, byPos: NameCandidate[], byStart: ReadonlyMap<number, TitleHit>): SharedTitle | null {
  const { norm, key } = doc;
  const b = skipBack(norm, t.start);
  // (a digit right before the spaces: /\d$/ on that one unit, without the slice)
  const d = norm.charCodeAt(b - 1);
  if (b === t.start || !((d >= 48 && d <= 57) || phraseBefore(doc, b, PLURAL_WORD) >= 0)) return null;
  let q = skipFwd(norm, t.chainEnd);
  let joined = false;
  const j = phraseAt(doc, q, JOINS);
  if (j >= 0) {
    q = skipFwd(norm, j);
    joined = true;
  }
  PLURAL.lastIndex = q;
  const pl = wordBefore(key, q) ? null : PLURAL.exec(key);
  if (pl) q = skipFwd(norm, q + pl[0].length);
  if (norm[q] === ":") {
    q = skipFwd(norm, q + 1);
    joined = true;
  }
  if (!joined) return null;
  const [names, end] = listFrom(doc, byPos, byStart, q, false);
  return names.length >= 2 ? { start: t.chainEnd, end, title: t } : null;
}

/**
 * "bổ sung A, Vụ trưởng Vụ X; B và C làm thành viên Hội đồng Z", "cử ông A làm Chủ tịch Hội": an
 * appointing verb, a list of names (with their own posts), a linking word, the title.
 */
function listBeforeTitle(doc: Doc, t: TitleHit, byPos: NameCandidate[], byStart: ReadonlyMap<number, TitleHit>): SharedTitle | null {
  const { norm } = doc;
  const l = phraseBefore(doc, skipBack(norm, t.start), LINKS);
  if (l < 0) return null;
  const listEnd = skipBack(norm, l);
  // the list runs back to the verb: read back over the text for the verb nearest before it (within
  // the sentence), then forwards from it over the list to the link
  const from = Math.max(0, listEnd - 600);
  const sentence = Math.max(norm.lastIndexOf(".", listEnd - 1), norm.lastIndexOf("\n", listEnd - 1), from);
  for (let v = listEnd - 1; v > sentence; v--) {
    if (wordBefore(doc.key, v) || !VERBS.firstCodes[doc.key.charCodeAt(v)]) continue;
    const e = phraseAt(doc, v, VERBS);
    if (e < 0) continue;
    const [names, end] = listFrom(doc, byPos, byStart, skipFwd(norm, e), true);
    if (names.length && skipBack(norm, end) === listEnd) return { start: e, end: listEnd, title: t };
    return null;
  }
  return null;
}

/** The shared titles of a document, from its titles in text order. */
export function sharedTitles(doc: Doc, titles: Iterable<TitleHit>, byPos: NameCandidate[], byStart: ReadonlyMap<number, TitleHit>): SharedTitle[] {
  const out: SharedTitle[] = [];
  if (!byPos.length) return out;
  for (const t of titles) {
    const s = titleBeforeList(doc, t, byPos, byStart) ?? listBeforeTitle(doc, t, byPos, byStart);
    if (s) out.push(s);
  }
  return out;
}

/**
 * Two titles joined by a dash share the organisation written after the second ("Phó chủ tịch - Tổng
 * thư ký Ủy ban Trung ương MTTQ Việt Nam": both of the Ủy ban): in a chain, a title with no
 * organisation right before " - " and a title with one gets that one (a copy; the chain as it was
 * when none does).
 */
export function dashShared(norm: string, chain: TitleHit[]): TitleHit[] {
  let out = chain;
  for (let i = chain.length - 2; i >= 0; i--) {
    const t = out[i]!;
    const next = out[i + 1]!;
    if (t.org !== null || next.org === null || t.chainEnd !== t.end) continue;
    const q = skipFwd(norm, t.end);
    if ((norm[q] !== "-" && norm[q] !== "–") || q === t.end || skipFwd(norm, q + 1) !== next.start) continue;
    if (out === chain) out = [...chain];
    out[i] = { ...t, org: next.org };
  }
  return out;
}
