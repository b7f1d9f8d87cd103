/**
 * The word tokens an organisation phrase is read by (title-org.ts): a run of characters up to white
 * space or punctuation, and the tests each token gets.
 *
 *   "Sở Y tế, Bộ …"     → "Sở", "Y", "tế" (the comma stops the token; readOrg looks at it apart)
 *   "UBND"              → capital (a capital anywhere), "Q.5" → capital (a digit first)
 *   "PGS.TS", "ThS."    → a degree (the phrase stops before it: a name follows)
 */
import { named } from "../text/rx.js";
import { unitClass } from "./phrase.js";
import { unitAt } from "../text/chars.js";

const TOKEN = named("person.org-token", /[^\s,;:()[\]{}"“”‘’!?<>]+/uy);
const SPACES = named("person.org-spaces", /[ ]*/y); // with TOKEN, nextToken's specification (test/token-scans.test.ts)
export const DEGREE_TOKEN = named("person.degree-token", /^(?:GS|PGS|TS|ThS|TSKH|KS|BS|NCS|VS|PGS\.TS|GS\.TS)\.?$/u);
/** DEGREE_TOKEN.test(t), the pattern run only on a token that starts as one of its words (G, P, T, K, B, N, V) and is short enough. */
export const isDegree = (t: string): boolean => {
  const c = t.charCodeAt(0);
  return t.length <= 7 && (c === 71 || c === 80 || c === 84 || c === 75 || c === 66 || c === 78 || c === 86) && DEGREE_TOKEN.test(t);
};
/** An ASCII digit (/\d/ without the u flag's help: the same set). */
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

export interface Tok {
  s: number;
  e: number;
  t: string;
}
/**
 * The next TOKEN after the spaces (SPACES) at `pos`: read by a table of the units TOKEN stops at
 * (white space and its punctuation; units of a surrogate pair never stop it) instead of the two
 * sticky patterns, which stay its specification.
 */
export function nextToken(norm: string, pos: number): Tok | null {
  // (past the end, SPACES failed and left lastIndex at 0: the token at the start of the text)
  let s = 0;
  if (pos <= norm.length) {
    s = pos;
    while (unitAt(norm, s) === 32) s++;
  }
  const c = unitAt(norm, s);
  if (c >= 0xdc00 && c <= 0xdfff && s > 0 && (norm.charCodeAt(s - 1) & 0xfc00) === 0xd800) {
    // inside a surrogate pair the pattern backs up to the pair's start: the patterns themselves
    TOKEN.lastIndex = s;
    const m = TOKEN.exec(norm);
    return m ? { s, e: s + m[0].length, t: m[0] } : null;
  }
  let e = s;
  while (e < norm.length && !tokenStop(norm.charCodeAt(e))) e++;
  if (e === s) return null;
  return { s, e, t: norm.slice(s, e) };
}
/** Per UTF-16 unit: 1 where TOKEN stops (a unit of its negated class), 0 where not, 2 not read yet. */
const TOKEN_STOP = new Uint8Array(65536).fill(2);
const TOKEN_STOP_CHAR = named("org-token.TOKEN_STOP_CHAR", /^[\s,;:()[\]{}"“”‘’!?<>]$/u);
function tokenStop(c: number): boolean {
  let f = TOKEN_STOP[c]!;
  if (f === 2) TOKEN_STOP[c] = f = c >= 0xd800 && c <= 0xdfff ? 0 : TOKEN_STOP_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
  return f === 1;
}

export function skipSpaces(norm: string, p: number): number {
  while (p < norm.length && (norm[p] === " " || norm[p] === "\t")) p++;
  return p;
}

/** A capital or digit first, or a capital anywhere after the first character (no slice). */
const CAPITAL = named("person.org-capital", /^(?:[\p{Lu}\d]|[^][^\p{Lu}]*\p{Lu})/u);
/** CAPITAL.test(t) by code units (a digit first, or a capital anywhere); a token with a surrogate goes to the regex. */
export const capital = (t: string): boolean => {
  const c0 = t.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) return true;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return CAPITAL.test(t);
    if (unitClass(c) & 1) return true;
  }
  return false;
};
