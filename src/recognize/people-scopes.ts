/**
 * Plural honorifics and list titles: the names a plural form covers.
 *
 *   "các đồng chí Phó Chủ tịch Tổng LĐLĐVN: A, B, C"   → honorific Đồng chí and the title for A, B, C
 *   "các Ủy viên Trung ương Đảng: A, B", "Các phó trưởng ban A, B và C" → the title for every name
 *   "các đồng chí Ủy viên Bộ Chính trị: A, Thủ tướng; các Phó Thủ tướng: B, C" → Ủy viên for A, B, C
 *   (a list of members runs over ";" to the next list of members; a list of one post ends at ";")
 */
import type { Doc } from "../text/normalize.js";
import type { NameCandidate } from "./name.js";
import type { TitleHit } from "./title.js";
import { PLURAL, PLURAL_BY_KEY, PLURAL_PAIRS } from "./honorific.js";
import { scanAt } from "../text/rx.js";
import { wordBefore } from "./phrase.js";
import { fold } from "../text/fold.js";
import { T_GAP, T_WORD } from "../text/tokens.js";
import { freshTokens } from "../text/words.js";
import { peopleIndex } from "./people-index.js";
import { firstStartAt, inOrder } from "../text/lists.js";
import { sharedTitles } from "./people-shared-title.js";
import { listHonorifics } from "./people-plural-list.js";
import { sharedAfterList } from "./people-shared-after.js";

/** A plural title or honorific covers the names listed after it, within its sentence and at most this far. */
export const MAX_SCOPE = 1500;

/** One shape for both kinds (each made with both fields): the readers of scopes saw two maps and deopted. */
export interface Scope {
  start: number;
  end: number;
  /** The plural honorific's canonical form ("các đồng chí"), or undefined. */
  honorific: string | undefined;
  /** The list title, or undefined. */
  title: TitleHit | undefined;
}


/**
 * The first ';' from `from` before `end`, else `end` (a search to the end of the text from every
 * plural title made a long sentence of them quadratic).
 */
function semicolonBefore(s: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (s.charCodeAt(i) === 59) return i;
  return end;
}

function skipFwd(s: string, p: number): number {
  while (p < s.length && (s[p] === " " || s[p] === "\t")) p++;
  return p;
}

/** The scopes of the plural honorifics and list titles of a document. */
export function findScopes(
  doc: Doc,
  byStart: Map<number, TitleHit>,
  nameStarts: Set<number>,
  byPos: NameCandidate[],
  sentenceEnd: (pos: number) => number,
): Scope[] {
  const { norm, key } = doc;
  // plural honorifics and list titles: "các đồng chí Phó Chủ tịch Tổng LĐLĐVN: A, B, C"
  const scopes: Scope[] = [];
  for (const m of scanAt(PLURAL, key, pluralStarts(doc), (at) => !wordBefore(key, at))) {
    const h = PLURAL_BY_KEY.get(m[0].replace(/\s+/g, " "))!;
    const after = skipFwd(norm, m.index + m[0].length);
    const t = byStart.get(after);
    const scope: Scope = { start: m.index, end: Math.min(sentenceEnd(m.index), m.index + MAX_SCOPE), honorific: h.canonical, title: undefined };
    scopes.push(scope);
    if (t && norm[skipFwd(norm, t.chainEnd)] === ":") {
      scopes.push({ start: t.chainEnd, end: membership(t) ? scope.end : semicolonBefore(norm, t.chainEnd, scope.end), honorific: undefined, title: t });
    }
  }

  // plural titles: "các Ủy viên Trung ương Đảng: A, B, C", "Các phó trưởng ban A, B và C"
  // (read from the titles, which are few: "các " and spaces end right before a title's start, the
  // same as a search of the text for "các " followed by a title, in the same order)
  for (const at of pluralBefore(doc, byStart)) {
    const t = byStart.get(skipFwd(norm, at + 4))!;
    const after = skipFwd(norm, t.chainEnd);
    const end = Math.min(sentenceEnd(at), at + MAX_SCOPE);
    if (norm[after] === ":") {
      scopes.push({ start: after, end: membership(t) ? end : semicolonBefore(norm, after, end), honorific: undefined, title: t });
    } else if (nameStarts.has(after)) {
      // the names listed right after it
      let last = after;
      for (let ci = firstStartAt(byPos, after); ci < byPos.length; ci++) {
        const c = byPos[ci]!;
        if (c.start > end) break;
        if (c.start !== last && !/^\s*(?:,|và)\s*$/.test(norm.slice(last, c.start))) break;
        last = c.end;
      }
      scopes.push({ start: t.start, end: last, honorific: undefined, title: t });
    }
  }
  // "8 Phó giám đốc Sở gồm các ông, bà: A, B và C", "bổ sung A, …; B, … làm thành viên Hội đồng Y":
  // one title for every name of a list (people-shared-title.ts)
  for (const s of sharedTitles(doc, byStart.values(), byPos, byStart)) scopes.push({ start: s.start, end: s.end, honorific: undefined, title: s.title });
  // "A và B (đều là Phó giám đốc …)", "A và B được … phê chuẩn làm Thẩm phán …" (people-shared-after.ts)
  for (const s of sharedAfterList(doc, byStart.values(), byPos)) scopes.push({ start: s.start, end: s.end, honorific: undefined, title: s.title });
  // "hai Giáo sư A và B": the honorific written once before a counted list (people-plural-list.ts)
  for (const s of listHonorifics(doc, byPos)) scopes.push({ start: s.start, end: s.end, honorific: s.honorific, title: undefined });
  // a list of members runs on over ";" (each member with his posts: "các đồng chí Ủy viên Bộ Chính
  // trị: A, Chủ tịch X; B, Bí thư Y; các Phó Thủ tướng: C, D") until the next list of members
  const members = inOrder(scopes.filter((sc) => sc.title && membership(sc.title)), (a, b) => a.start - b.start);
  for (let i = 0; i + 1 < members.length; i++) members[i]!.end = Math.min(members[i]!.end, members[i + 1]!.start);
  return scopes;
}

/**
 * Where the first two words of a plural honorific stand (PLURAL_PAIRS.starts(doc), its
 * specification): read from the people index's list of the pairs' first words, made in its one
 * walk of the token table, instead of a walk of the whole table of its own. A pair is two word
 * tokens, white space between them.
 */
export function pluralStarts(doc: Doc): number[] {
  const t = freshTokens(doc);
  const out: number[] = [];
  const list = peopleIndex(doc).plural;
  for (let k = 0; k < list.length; k++) {
    const i = list[k]!;
    if (i + 1 >= t.count || !(t.flags[i + 1]! & T_GAP) || !(t.flags[i + 1]! & T_WORD)) continue;
    if (PLURAL_PAIRS.next.get(t.id[i]!)!.has(t.id[i + 1]!)) out.push(t.start[i]!);
  }
  return out;
}

/**
 * Where "các " starts a word right before a title, a run of spaces and tabs between (at most one
 * per title, in text order): the `at` of each match of a search of the key for "các " with no
 * letter, mark or digit before it and a title at skipFwd(norm, at + 4). `byIndexOf`: that search.
 */
export function pluralBefore(doc: Doc, byStart: ReadonlyMap<number, TitleHit>, byIndexOf = false): number[] {
  const { norm, key } = doc;
  const out: number[] = [];
  if (byIndexOf) {
    for (let at = key.indexOf("các "); at >= 0; at = key.indexOf("các ", at + 4)) if (!wordBefore(key, at) && byStart.has(skipFwd(norm, at + 4))) out.push(at);
    return out;
  }
  for (const s of inOrder([...byStart.keys()], (a, b) => a - b)) {
    // the run of spaces and tabs before s starts right after "các" (its first unit the space of "các ")
    let r = s;
    while (r > 0 && (norm[r - 1] === " " || norm[r - 1] === "\t")) r--;
    const at = r - 3;
    if (r < s && at >= 0 && key.startsWith("các ", at) && !wordBefore(key, at)) out.push(at);
  }
  return out;
}

/** "Ủy viên X", "Thành viên X": membership of a body, held together with other posts. */
function membership(t: TitleHit): boolean {
  return MEMBER_BASES.has(t.base);
}
const MEMBER_BASES = new Set(["ủy viên", "thành viên"].map(fold));
