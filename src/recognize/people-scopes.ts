/**
 * Plural honorifics and list titles: the names a plural form covers.
 *
 *   "các đồng chí Phó Chủ tịch Tổng LĐLĐVN: A, B, C"   → honorific Đồng chí and the title for A, B, C
 *   "các Ủy viên Trung ương Đảng: A, B", "Các phó trưởng ban A, B và C" → the title for every name
 */
import type { Doc } from "../text/normalize.js";
import type { NameCandidate } from "./name.js";
import type { TitleHit } from "./title.js";
import { PLURAL, PLURAL_BY_KEY } from "./honorific.js";
import { wordBefore } from "./phrase.js";

/** A plural title or honorific covers the names listed after it, within its sentence and at most this far. */
export const MAX_SCOPE = 1500;

export interface Scope {
  start: number;
  end: number;
  honorific?: string;
  title?: TitleHit;
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
  const firstCandAt = (pos: number): number => {
    let lo = 0;
    let hi = byPos.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byPos[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // plural honorifics and list titles: "các đồng chí Phó Chủ tịch Tổng LĐLĐVN: A, B, C"
  const scopes: Scope[] = [];
  PLURAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLURAL.exec(key))) {
    if (wordBefore(key, m.index)) {
      PLURAL.lastIndex = m.index + 1;
      continue;
    }
    const h = PLURAL_BY_KEY.get(m[0].replace(/\s+/g, " "))!;
    const after = skipFwd(norm, m.index + m[0].length);
    const t = byStart.get(after);
    const scope: Scope = { start: m.index, end: Math.min(sentenceEnd(m.index), m.index + MAX_SCOPE), honorific: h.canonical };
    scopes.push(scope);
    if (t && norm[skipFwd(norm, t.chainEnd)] === ":") {
      const semi = norm.indexOf(";", t.chainEnd);
      scopes.push({ start: t.chainEnd, end: semi >= 0 && semi < scope.end ? semi : scope.end, title: t });
    }
  }

  // plural titles: "các Ủy viên Trung ương Đảng: A, B, C", "Các phó trưởng ban A, B và C"
  for (let at = key.indexOf("các "); at >= 0; at = key.indexOf("các ", at + 4)) {
    if (wordBefore(key, at)) continue;
    const t = byStart.get(skipFwd(norm, at + 4));
    if (!t) continue;
    const after = skipFwd(norm, t.chainEnd);
    const end = Math.min(sentenceEnd(at), at + MAX_SCOPE);
    if (norm[after] === ":") {
      const semi = norm.indexOf(";", after);
      scopes.push({ start: after, end: semi >= 0 && semi < end ? semi : end, title: t });
    } else if (nameStarts.has(after)) {
      // the names listed right after it
      let last = after;
      for (let ci = firstCandAt(after); ci < byPos.length; ci++) {
        const c = byPos[ci]!;
        if (c.start > end) break;
        if (c.start !== last && !/^\s*(?:,|và)\s*$/.test(norm.slice(last, c.start))) break;
        last = c.end;
      }
      scopes.push({ start: t.start, end: last, title: t });
    }
  }
  return scopes;
}
