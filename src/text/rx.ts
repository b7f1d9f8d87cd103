/**
 * Compose regular expressions from word lists, on folded text.
 *
 *   const UNIT = words(["tỷ", "tỉ", "triệu"]);          // folded, deduplicated, longest first
 *   const MONEY = rx`${NUM}\s*(?<scale>${UNIT})`;         // a RegExp, flags "gu"
 *
 * Literal parts are written in folded form (lower case, "tỉ" not "tỷ", "hoà" not "hòa");
 * `rx` folds them again so a slip does not silently fail, leaving regex syntax alone
 * (`\p{L}`, `\k<name>`, `(?<name>`, `{2,4}`). Interpolated strings are folded and escaped;
 * interpolated RegExps are inserted as their source; arrays become a non-capturing
 * alternation of folded, escaped words, longest first.
 */
import { fold } from "./fold.js";
import { COMMON, fastEdges, L, R } from "./named.js";

export { fastEdges, L, named, R, registry } from "./named.js";

/**
 * A left edge that also refuses the given characters before the match (a class body, e.g.
 * "/.\\-"): `(?<![\p{L}\p{M}\p{N}/.-])` in its fast form.
 */
export function edgeAfter(extra: string): RegExp {
  return new RegExp(String.raw`(?<![${COMMON}${extra}]|[\p{L}\p{M}\p{N}])`, "u");
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** A word list as a folded alternation source, longest first (so "nghìn tỉ" beats "nghìn"). */
export class Words {
  readonly list: readonly string[];
  readonly set: ReadonlySet<string>;
  readonly source: string;
  constructor(words: readonly string[]) {
    const folded = [...new Set(words.map((w) => fold(w).trim()).filter(Boolean))];
    folded.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.list = folded;
    this.set = new Set(folded);
    this.source = `(?:${folded.map((w) => escapeRe(w).replace(/ /g, "\\s+")).join("|")})`;
  }
  has(word: string): boolean {
    return this.set.has(fold(word));
  }
}

export function words(list: readonly string[]): Words {
  return new Words(list);
}

type Part = string | number | RegExp | Words | readonly string[];

/** Fold the letters of a regex literal, leaving escapes, property classes and group names. */
export function foldPattern(src: string): string {
  let out = "";
  let run = "";
  const flush = () => {
    out += fold(run);
    run = "";
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === "\\") {
      flush();
      const m = /^\\[pPk](?:\{[^}]*\}|<[^>]*>)|^\\u\{[0-9a-fA-F]+\}|^\\u[0-9a-fA-F]{4}|^\\x[0-9a-fA-F]{2}|^\\./s.exec(src.slice(i));
      const tok = m ? m[0] : c;
      out += tok;
      i += tok.length - 1;
    } else if (c === "(" && src.startsWith("(?<", i) && /^\(\?<[A-Za-z_]/.test(src.slice(i, i + 4))) {
      flush();
      const close = src.indexOf(">", i);
      out += src.slice(i, close + 1);
      i = close;
    } else if (/[\p{L}\p{M}]/u.test(c)) {
      run += c;
    } else {
      flush();
      out += c;
    }
  }
  flush();
  return out;
}

function partSource(p: Part): string {
  if (p === L || p === R) return p; // the word edges are pattern source, not text to match
  if (p instanceof RegExp) return p.source;
  if (p instanceof Words) return p.source;
  if (Array.isArray(p)) return new Words(p as readonly string[]).source;
  return escapeRe(fold(String(p)));
}

/** Build the source of a pattern; see the module comment. */
export function src(strings: TemplateStringsArray, ...parts: Part[]): string {
  let s = foldPattern(strings.raw[0]!);
  parts.forEach((p, i) => {
    s += partSource(p) + foldPattern(strings.raw[i + 1]!);
  });
  return s;
}

/** Build a global, unicode RegExp (flags "gu", or the ones given with rxFlags). */
export function rx(strings: TemplateStringsArray, ...parts: Part[]): RegExp {
  return new RegExp(fastEdges(src(strings, ...parts)), "gu");
}

/**
 * The matches a global scan of `text` with `sticky`'s pattern would find (leftmost, not
 * overlapping), for a pattern that can match only at the positions `starts` (in increasing order:
 * where its first words occur, see words.ts WordPairs): the pattern is tried (sticky) there only,
 * instead of at every position. `sticky` must have the "y" flag. `edge`: a test of the match's
 * start done in code (a left word edge), the same as a global scan that passes over a match failing
 * it and goes on one unit further.
 */
export function scanAt(sticky: RegExp, text: string, starts: readonly number[], edge?: (at: number) => boolean): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const at of starts) {
    if (at < from || (edge && !edge(at))) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m && m[0].length > 0) {
      out.push(m);
      from = at + m[0].length;
    }
  }
  return out;
}
