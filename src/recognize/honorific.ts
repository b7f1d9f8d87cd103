/**
 * Honorifics written before a name, read backwards from the name:
 *   "PGS.TS. Hoàng Ngọc Nhân"          → ["PGS", "TS"]
 *   "Thiếu tướng, PGS.TS Nguyễn Văn Lực" → ["Thiếu tướng", "PGS", "TS"]
 *   "đ/c Lan", "Đồng chí Tống Văn Khải" → ["Đồng chí"]
 *   "Tiến sỹ Trương Văn Lộc"          → ["TS"]
 * Abbreviations must be written with a capital ("TS", "ThS"); forms of address may be lower case.
 */
import type { Doc } from "../text/normalize.js";
import { fold } from "../text/fold.js";
import { escapeRe, named } from "../text/rx.js";
import { HONORIFICS, MEN_AND_WOMEN, PLURAL_HONORIFICS, WOMAN_MIDDLE_NAMES, type Honorific } from "../lexicon/honorifics.js";
import { unitClass } from "./phrase.js";
import { WordPairs } from "../text/words.js";
import { none } from "../text/lists.js";
import type { NameCandidate } from "./name.js";
import type { PeopleText } from "./people-text.js";

const BY_KEY = new Map<string, Honorific>(HONORIFICS.map((h) => [fold(h.form), h]));
const alternation = (list: readonly Honorific[]) =>
  [...new Set(list.map((h) => fold(h.form)))]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRe(w).replace(/ /g, "\\s+"))
    .join("|");

/** One honorific at the end of a slice, with its separators: "pgs.ts. ", "thiếu tướng, ", "giáo sư – " (a dash between titles in full). */
const HON_END = named("person.honorific-end", new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alternation(HONORIFICS)})(?:[ ]?[.,]?|[ ]{1,2}[-–][ ]?)[ ]{0,2}$`, "u"));
/** HON_END tried (sticky) where a match can start: see honEnd. */
const HON_END_AT = named("honorific.HON_END_AT", new RegExp(HON_END.source, "uy"));
/** First units of the folded forms: every match of HON_END starts with one. */
const HON_FIRST = new Uint8Array(65536);
for (const h of HONORIFICS) HON_FIRST[fold(h.form).charCodeAt(0)] = 1;
/**
 * HON_END.exec(s): the first position from which it matches, tried only where a form's first unit
 * stands with no letter, mark or digit unit before it (its lookbehind; a surrogate before is left
 * to the pattern), instead of an attempt at every position of the slice.
 */
export function honEnd(s: string): RegExpExecArray | null {
  for (let p = 0; p < s.length; p++) {
    if (!HON_FIRST[s.charCodeAt(p)] || (p > 0 && unitClass(s.charCodeAt(p - 1)) & 6)) continue;
    HON_END_AT.lastIndex = p;
    const m = HON_END_AT.exec(s);
    if (m) return m;
  }
  return null;
}
/**
 * The folded forms as a trie over their units read backwards, a space in a form standing for a run
 * of white space (the pattern's \s+): node 0 the root, REV_NEXT[node] the next node by unit (32 for
 * a run of white space), REV_HON[node] the honorific whose folded form has been read whole there.
 */
const REV_NEXT: Map<number, number>[] = [new Map()];
const REV_HON: (Honorific | undefined)[] = [undefined];
/** The folded form read whole at a node ("" where none is). */
const REV_FORM: string[] = [""];
for (const h of HONORIFICS) {
  const f = fold(h.form);
  let node = 0;
  for (let i = f.length - 1; i >= 0; i--) {
    const c = f.charCodeAt(i);
    let next = REV_NEXT[node]!.get(c);
    if (next === undefined) {
      next = REV_NEXT.length;
      REV_NEXT.push(new Map());
      REV_HON.push(undefined);
      REV_FORM.push("");
      REV_NEXT[node]!.set(c, next);
    }
    node = next;
  }
  // (BY_KEY's entry: the last honorific of that folded form)
  REV_HON[node] = BY_KEY.get(f);
  REV_FORM[node] = f;
}
/** Per UTF-16 unit: 1 where /\s/u matches it, 0 where not, 2 not read yet. */
const WHITE = new Uint8Array(65536).fill(2);
const WHITE_CHAR = named("honorific.WHITE_CHAR", /^\s$/u);
const white = (c: number): boolean => {
  let f = WHITE[c]!;
  if (f === 2) WHITE[c] = f = WHITE_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
  return f === 1;
};
const LMN_END = named("honorific.LMN_END", /[\p{L}\p{M}\p{N}]$/u);
/** HON_END's lookbehind at p of key[from, …): no letter, mark or digit (a code point) right before p, inside the slice. */
function edgeAt(key: string, from: number, p: number): boolean {
  if (p <= from) return true;
  const c = key.charCodeAt(p - 1);
  // a low surrogate: the code point before, if its pair lies inside the slice (a pattern over two units)
  if ((c & 0xfc00) === 0xdc00) return !LMN_END.test(key.slice(Math.max(from, p - 2), p));
  return !(unitClass(c) & 6);
}
/**
 * HON_END's separator after the form, key[q, end): `(?:[ ]?[.,]?|[ ]{1,2}[-–][ ]?)[ ]{0,2}` whole,
 * read by units: spaces, then a dot or comma after at most one, or a dash after one or two, then
 * spaces (at most two after a dot or comma, three after a dash); or three spaces at most alone.
 */
function gapOk(key: string, q: number, end: number): boolean {
  let i = q;
  while (i < end && key.charCodeAt(i) === 32) i++;
  const a = i - q;
  // (the unit after the spaces, the spaces after it and every test read on every path, only the
  // answer chosen: the rare separators' compares, met alone in their own branch, had no type
  // feedback in optimised code and deopted honStart)
  const c = i < end ? key.charCodeAt(i) : -1;
  let j = i + 1;
  while (j < end && key.charCodeAt(j) === 32) j++;
  const b = j - i - 1;
  const rest = j >= end;
  const none = c === -1;
  const dot = c === 46 || c === 44;
  const dash = c === 45 || c === 0x2013;
  const a1 = a <= 1;
  const a3 = a <= 3;
  const a12 = a >= 1 && a <= 2;
  const b2 = b <= 2;
  const b3 = b <= 3;
  return (none && a3) || (dot && rest && a1 && b2) || (dash && rest && a12 && b3);
}
/** The honorific of the last honStart found (undefined: none found), and its folded form. */
let honFound: Honorific | undefined;
let formFound = "";
/**
 * Where HON_END.exec(key.slice(from, end)) matches, as a position of key (-1: nowhere), with its
 * honorific in honFound; read backwards from `end` instead of the pattern tried forwards through a
 * slice. A match ends at the slice's end, and its form's last unit is a letter (none ends in a
 * separator unit: test/lexicon-people.test.ts), so the form ends where the separator units " .,-–"
 * run back to (q), and the rest is its separator (gapOk), whatever the start; the form itself is
 * read back over the trie of forms, and a match starts where a whole form is read and the
 * lookbehind holds: the leftmost such start is exec's (the pattern tries the starts left to
 * right). honEnd and HON_END are its specification (test/people-scans.test.ts).
 */
export function honStart(key: string, from: number, end: number): number {
  honFound = undefined;
  let q = end;
  while (q > from && honorificGap(key.charCodeAt(q - 1))) q--;
  if (end - q > 6 || !gapOk(key, q, end)) return -1;
  let node = 0;
  let at = -1;
  for (let i = q - 1; i >= from; i--) {
    const c = key.charCodeAt(i);
    let next: number | undefined;
    if (white(c)) {
      next = REV_NEXT[node]!.get(32);
      while (i > from && white(key.charCodeAt(i - 1))) i--;
    } else next = REV_NEXT[node]!.get(c);
    if (next === undefined) break;
    node = next;
    const h = REV_HON[node];
    if (h !== undefined && edgeAt(key, from, i)) {
      at = i;
      honFound = h;
      formFound = REV_FORM[node]!;
    }
  }
  return at;
}
/** HON_END.exec(s) itself (the specification of honEnd). */
export const honEndScan = (s: string): RegExpExecArray | null => HON_END.exec(s);
/** A plural honorific before a list: "các đồng chí", "hai nghiên cứu sinh". */
/** Sticky: tried where its first two words occur (PLURAL_PAIRS); the left word edge is tested by the caller (wordBefore). */
export const PLURAL = named("person.honorific-plural", new RegExp(`(?:${alternation(PLURAL_HONORIFICS)})(?![\\p{L}\\p{M}\\p{N}])`, "uy"));
/** The first two words of the plural honorifics (each form has two or more): every match of PLURAL starts with a pair. */
export const PLURAL_PAIRS = new WordPairs(
  PLURAL_HONORIFICS.map((h) => {
    const [a, b] = fold(h.form).match(/[\p{L}\p{M}\p{N}]+|\S/gu)!;
    return [a!, b!] as const;
  }),
);
export const PLURAL_BY_KEY = new Map<string, Honorific>(PLURAL_HONORIFICS.map((h) => [fold(h.form), h]));

const WOMAN_MIDDLE = new Set(WOMAN_MIDDLE_NAMES);
/**
 * The honorific a plural one gives the name `name`: itself, or for an address to men and women
 * together ("các ông, bà: Nguyễn Văn A và Nguyễn Thị B") Bà to a name with a woman's middle name, Ông to others.
 */
export function pluralFor(canonical: string, name: string): string {
  if (canonical !== MEN_AND_WOMEN) return canonical;
  const ws = name.split(" ");
  return ws.slice(1, -1).some((w) => WOMAN_MIDDLE.has(w)) ? "Bà" : "Ông";
}

export interface HonorificRun {
  /** Where the first honorific starts (the name start when there is none). */
  start: number;
  list: string[];
  /** Strong: a degree, honour, rank, ông/bà or đồng chí (enough to make a foreign name a person). */
  strong: boolean;
}

/** Honorifics written right before `pos` (the start of a name); memoised per document (callers must not mutate the result). */
export function honorificsBefore(doc: Doc, pos: number): HonorificRun {
  let m = doc.memo.honorifics as Map<number, HonorificRun> | undefined;
  if (!m) doc.memo.honorifics = m = new Map();
  let r = m.get(pos);
  if (!r) m.set(pos, (r = readHonorifics(doc, pos)));
  return r;
}

/**
 * The honorifics of a foreign name `c` (no family name), less a capitalised "Anh" that ends a title's
 * chain right before it: the country, the title's organisation, not a form of address ("Thủ tướng
 * Anh Theresa May", "Bộ trưởng Quốc phòng Anh Michael Fallon"). `hon` itself in every other case
 * ("anh Ryu Jaechan", "Anh Nguyễn Văn Ba", "Anh Ryu Jaechan" opening a sentence).
 */
export function countryNotAddress(pt: PeopleText, c: NameCandidate, hon: HonorificRun): HonorificRun {
  if (!c.foreign || hon.list.length !== 1 || hon.list[0] !== "Anh" || pt.norm.charCodeAt(hon.start) !== 65) return hon;
  return pt.foreignTitle(c.start, c.cut) ? { start: c.start, list: NONE, strong: false } : hon;
}

/** Last letter runs of the honorific forms ("pgs", "chí", "c" of "đ/c"). */
const LAST_RUNS = new Set(HONORIFICS.map((h) => fold(h.form).split(/[^\p{L}\p{M}]+/u).filter(Boolean).pop()!));
/** After an honorific, before the name: " ", ".", ",", "-", "–". */
const honorificGap = (c: number): boolean => c === 32 || c === 46 || c === 44 || c === 45 || c === 0x2013;
/** A cheap necessary test for HON_END: the letters right before `end` (after " ", ".", ",") end some honorific. */
function mayEndHonorific(key: string, end: number): boolean {
  let j = end;
  while (j > 0 && end - j < 5 && honorificGap(key.charCodeAt(j - 1))) j--;
  let b = j;
  while (b > 0 && j - b < 12 && unitClass(key.charCodeAt(b - 1)) & 2) b--;
  return b < j && LAST_RUNS.has(key.slice(b, j));
}

/** The list of a run with no honorific (one array for all: the runs are read only), with the map of a list of strings (none()). */
const NONE: string[] = none();
function readHonorifics(doc: Doc, pos: number): HonorificRun {
  // (made on the first honorific: most positions asked have none)
  let list: string[] | null = null;
  /** The kind of the honorific read last (the one right after the next, as read backwards). */
  let nextKind = "";
  let start = pos;
  let strong = false;
  const key = doc.key;
  /** A lower-case degree in full read right before the name, kept only when one in full is chained before it. */
  let pending: string | undefined;
  for (let guard = 0; guard < 6; guard++) {
    if (!mayEndHonorific(key, start)) break;
    // the match of HON_END in the 40 units before, read back from `start` (honStart): its form and
    // the separator after it (the units from the form's end to `start`) read without the pattern
    const at = honStart(key, Math.max(0, start - 40), start);
    if (at < 0) break;
    const h = honFound!;
    const word = formFound;
    let dot = false;
    let dash = false;
    // (both read on every unit: see gapOk)
    for (let i = start - 1; i >= at && honorificGap(key.charCodeAt(i)); i--) {
      const c = key.charCodeAt(i);
      dot = dot || c === 46;
      dash = dash || c === 45 || c === 0x2013;
    }
    // only abbreviations take a dot: "TS. X", but not "… bằng Tiến sĩ. Đại tướng X"
    if (dot && (h.form.includes(" ") || h.form !== h.form.toUpperCase() && h.form !== "ThS")) break;
    const written = doc.norm.slice(at, at + word.length);
    // a degree written in full may be lower case ("theo giáo sư, tiến sỹ khoa học X"); abbreviations and honours not
    // ("Tiến sĩ, bác sĩ X": a lower-case degree in full right before the name, kept when one in full is chained before it)
    const lower = (h.kind === "degree" || h.kind === "honour") && !/^\p{Lu}/u.test(written) && !LOWER_DEGREES.has(word);
    if (lower && !(list === null && pending === undefined && h.kind === "degree" && h.form.includes(" "))) break;
    if (pending !== undefined && !(h.form.includes(" ") && (h.kind === "degree" || h.kind === "honour"))) break;
    // a dash joins titles written in full ("Giáo sư – Tiến sỹ - Thầy thuốc nhân dân X"), not abbreviations or forms of address
    if (dash && (!h.form.includes(" ") || h.kind === "address")) break;
    if (h.kind === "degree" && !h.form.includes(" ") && written !== written.toUpperCase() && written !== h.form) break;
    // "… cho CN. Ông X": a dotted abbreviation before a form of address ends the previous sentence
    if (dot && nextKind === "address") break;
    // "Hoàng Anh  Hoàng Anh" (a byline written twice): the "Anh" of the first name addresses no one
    if (GIVEN_TOO.has(word) && /^\p{Lu}/u.test(written) && repeatedName(doc.norm, at, pos, written)) break;
    nextKind = h.kind;
    if (lower) {
      pending = h.canonical;
      start = at;
      continue;
    }
    if (pending !== undefined) (list ??= []).unshift(pending);
    pending = undefined;
    (list ??= []).unshift(h.canonical);
    if (h.kind !== "address" || STRONG_ADDRESS.has(word)) strong = true;
    start = at;
  }
  // a lower-case degree with none chained before it names a trade ("bác sĩ X"): not read
  if (pending !== undefined) start = pos;
  return { start, list: list !== null ? dedupe(list) : NONE, strong };
}
/** Forms of address that are strong (/^(?:ông|bà|đồng chí|đ\/c|đ\.c)$/ of the folded form). */
const STRONG_ADDRESS = new Set(["ông", "bà", "đồng chí", "đ/c", "đ.c"]);

/**
 * readHonorifics by its old reading (the specification, test/people-scans.test.ts): HON_END tried
 * forwards through the slice of the 40 units before (honEnd), the form and its separator read from
 * the match by patterns.
 */
export function readHonorificsByPattern(doc: Doc, pos: number): HonorificRun {
  let list: string[] | null = null;
  let pending: string | undefined;
  let nextKind = "";
  let start = pos;
  let strong = false;
  for (let guard = 0; guard < 6; guard++) {
    if (!mayEndHonorific(doc.key, start)) break;
    const from = Math.max(0, start - 40);
    const slice = doc.key.slice(from, start);
    const m = honEnd(slice);
    if (!m) break;
    const at = from + m.index;
    const word = m[0].replace(/[ .,\-–]+$/, "").replace(/\s+/g, " ");
    const h = BY_KEY.get(word);
    if (!h) break;
    if (/\./.test(m[0].slice(word.length)) && (h.form.includes(" ") || h.form !== h.form.toUpperCase() && h.form !== "ThS")) break;
    const written = doc.norm.slice(at, at + word.length);
    const lower = (h.kind === "degree" || h.kind === "honour") && !/^\p{Lu}/u.test(written) && !LOWER_DEGREES.has(word);
    if (lower && !(list === null && pending === undefined && h.kind === "degree" && h.form.includes(" "))) break;
    if (pending !== undefined && !(h.form.includes(" ") && (h.kind === "degree" || h.kind === "honour"))) break;
    if (/[-–]/.test(m[0].slice(word.length)) && (!h.form.includes(" ") || h.kind === "address")) break;
    if (h.kind === "degree" && !h.form.includes(" ") && written !== written.toUpperCase() && written !== h.form) break;
    if (/\./.test(m[0].slice(word.length)) && nextKind === "address") break;
    if (GIVEN_TOO.has(word) && /^\p{Lu}/u.test(written) && repeatedName(doc.norm, at, pos, written)) break;
    nextKind = h.kind;
    if (lower) {
      pending = h.canonical;
      start = at;
      continue;
    }
    if (pending !== undefined) (list ??= []).unshift(pending);
    pending = undefined;
    (list ??= []).unshift(h.canonical);
    if (h.kind !== "address" || /^(?:ông|bà|đồng chí|đ\/c|đ\.c)$/.test(word)) strong = true;
    start = at;
  }
  if (pending !== undefined) start = pos;
  return { start, list: list !== null ? dedupe(list) : NONE, strong };
}

/** Academic degrees that stand as honorifics in lower case too ("theo giáo sư, tiến sĩ khoa học X"); not
 * occupations written in full ("luật sư X", "bác sĩ X" in lower case name a trade). */
const LOWER_DEGREES = new Set(["giáo sư", "phó giáo sư", "tiến sĩ", "tiến sĩ khoa học", "thạc sĩ", "viện sĩ"].map((w) => fold(w)));
/** Forms of address that are also given names ("Hoàng Anh", "Minh Em"). */
const GIVEN_TOO = new Set(["anh", "em"].map((w) => fold(w)));
/** A capitalised word, then only spaces, right before a position. */
const CAP_WORD_BEFORE = named("person.cap-word-before", /(?:^|[^\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]+) {1,3}$/u);
/** The capitalised word before `at` and the word at `at` are written again at `pos`: "Hoàng Anh  Hoàng Anh". */
function repeatedName(norm: string, at: number, pos: number, written: string): boolean {
  const m = CAP_WORD_BEFORE.exec(norm.slice(Math.max(0, at - 12), at));
  return !!m && norm.startsWith(`${m[1]} ${written}`, pos) && !/[\p{L}\p{M}]/u.test(norm[pos + m[1]!.length + 1 + written.length] ?? "");
}

/**
 * "Võ Hoàng Anh, Lý Hoàng Minh": the run read before a name is only the given name "Anh"/"Em" ending the name
 * before it (a capitalised word right before it, a comma after it): it addresses no one (the name after it is
 * still accepted by it, as before: people-build.ts drops only the honorific).
 */
export function givenEndsNameBefore(norm: string, hon: HonorificRun, pos: number): boolean {
  if (hon.list.length !== 1 || !GIVEN_TOO.has(fold(hon.list[0]!))) return false;
  const word = norm.slice(hon.start, pos).replace(/[\s,.\-–]+$/u, "");
  return /^\p{Lu}/u.test(word) && norm.slice(hon.start + word.length, pos).includes(",") && CAP_WORD_BEFORE.test(norm.slice(Math.max(0, hon.start - 12), hon.start));
}

export function dedupe(list: string[]): string[] {
  return [...new Set(list)];
}
