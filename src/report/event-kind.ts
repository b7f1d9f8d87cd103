/**
 * The kind of event named in a stretch of the text: the first word of the kinds' list (lexicon
 * dates.ts EVENT_KINDS) that starts on a word edge.
 *
 *   "Sáng 10/6, Công đoàn phường tổ chức Đại hội …"  → "đại hội"
 *   "Lễ kỷ niệm 60 năm thành lập Trường …"           → "lễ kỷ niệm" (the longest kind there)
 *
 * kindMatch tries the pattern (sticky) only at the tokens where a match can start, found from the
 * token table (text/tokens.ts) instead of scanning every position of the stretch; kindByScan is the
 * scan it replaces, kept as the oracle of test/event-kind.test.ts.
 */
import type { Doc } from "../text/normalize.js";
import { edged, wordCharBefore } from "../recognize/date.js";
import { named, src, words } from "../text/rx.js";
import { fold } from "../text/fold.js";
import { firstIds } from "../text/id-trie.js";
import { tokenAt, T_DIGITS, T_LETTERS, T_ODD } from "../text/tokens.js";
import { freshTokens } from "../text/words.js";
import { EVENT_KINDS } from "../lexicon/dates.js";

/** A kind of event ("hội nghị"); the left word edge is checked in code. */
const KIND_RE = named("event.kind", new RegExp(src`${words(EVENT_KINDS)}(?![\p{L}\p{M}])`, "gu"));
const KIND_AT = named("event-kind.KIND_AT", new RegExp(KIND_RE.source, "uy"));
/** folded kind → the kind as the word list writes it ("lễ kỉ niệm" → "lễ kỷ niệm") */
const KIND_WORD = new Map(EVENT_KINDS.map((k) => [fold(k), k]));
/** The lexicon ids of the kinds' first words ("hội", "lễ", "buổi", …). */
const FIRSTS = firstIds(EVENT_KINDS);

/** The kind as the list writes it, for a match of the pattern. */
export function kindWord(m: RegExpExecArray | undefined): string | undefined {
  return m ? KIND_WORD.get(m[0].replace(/\s+/g, " ")) : undefined;
}

/** The first match in key[s, e) on a left word edge, by a scan of the stretch (the specification). */
export function kindByScan(key: string, s: number, e: number): RegExpExecArray | undefined {
  return edged(key.slice(s, e), KIND_RE).next().value ?? undefined;
}

/**
 * The same match as {@link kindByScan}, with indices into the stretch. A match starts on a left
 * word edge with a kind's first word, followed by white space or by no letter or mark: at the
 * start of a token whose id is that word's, or whose word runs on into digits ("lễ2") or odd
 * letters (T_ODD), or the last token's start when the stretch's end cuts it. Only there is the
 * pattern tried, leftmost first. A stretch that starts inside a token is scanned.
 */
export function kindMatch(doc: Doc, s: number, e: number): RegExpExecArray | undefined {
  const key = doc.key;
  const t = freshTokens(doc);
  const stretch = key.slice(s, e);
  const tryAt = (at: number): RegExpExecArray | undefined => {
    const i = at - s;
    if (wordCharBefore(stretch, i)) return undefined;
    KIND_AT.lastIndex = i;
    return KIND_AT.exec(stretch) ?? undefined;
  };
  let k = tokenAt(t, s);
  // a stretch that starts inside a token (never a sentence's start; inside a surrogate pair a
  // word may start after the lone half): the scan
  if (k < t.count && t.start[k]! < s) return kindByScan(key, s, e);
  for (; k < t.count && t.start[k]! < e; k++) {
    const id = t.id[k]!;
    const f = t.flags[k]!;
    const cut = t.end[k]! > e;
    if ((id < FIRSTS.length && FIRSTS[id] === 1) || f & T_ODD || (f & T_DIGITS && f & T_LETTERS) || cut) {
      const m = tryAt(t.start[k]!);
      if (m) return m;
    }
  }
  return undefined;
}
