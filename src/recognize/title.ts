/**
 * Position titles and the organisation written right after them.
 *
 *   "Phó Viện trưởng Viện Ứng dụng công nghệ"   → title "Phó Viện trưởng", org "Viện Ứng dụng công nghệ"
 *   "Phó Giám đốc phụ trách"                      → title with its modifier, org null
 *   "Thứ trưởng Bộ Tư pháp Lê Minh Khoa"          → org "Bộ Tư pháp" (stops before the name)
 *   "Trưởng ban Tuyên giáo Trung ương"            → title "Trưởng ban", org "Ban Tuyên giáo Trung ương"
 *   "Giám đốc Sở X cho biết"                      → org "Sở X" (stops before the verb)
 *   "nguyên Chủ nhiệm Ủy ban Kiểm tra", "P.Giám đốc", "PCT" (as written; merged with "Phó Chủ tịch")
 */
import type { RuleOf } from "../schema.js";
import type { Doc } from "../text/normalize.js";
import { fold } from "../text/fold.js";
import { named } from "../text/rx.js";
import { lexicon, T_LETTERS, tokenAt, type Tokens } from "../text/tokens.js";
import { freshTokens } from "../text/words.js";
import { PhraseSet, phraseAt, StartSet, trieSource, unitClass, wordBefore } from "./phrase.js";
import { DROPPED_PREFIXES, LEADING_HEADS, SHARED_HEADS, SHORT_SHARED_HEADS, TITLES, TITLES_ONLY_BEFORE, TITLE_ABBREVIATIONS, TITLE_PREFIXES, TITLE_SUFFIXES } from "../lexicon/titles.js";
import { ADMIN_UNITS, ORG_HEADS, ORG_STOP_WORDS, PLACES } from "../lexicon/org-heads.js";
import { LEGAL_FORMS, NUMBERED_WORDS, ORG_COMMA_PAIRS, ORG_MEMBER_NOUNS, ORG_FIELD_NOUNS, ORG_FIELD_VERBS } from "../lexicon/org-words.js";
import { HONORIFICS } from "../lexicon/honorifics.js";

export interface TitleHit {
  start: number;
  /** End of the title words. */
  end: number;
  title: string;
  /** Folded title without prefixes, for merging repeats ("Phó Thủ tướng" ≈ "Phó Thủ tướng thường trực"). */
  base: string;
  org: string | null;
  orgStart: number;
  orgEnd: number;
  /** End of the title and its organisation. */
  chainEnd: number;
  rule: RuleOf<"position">;
}

/**
 * Characters that may stand right before a title (spaces, punctuation, symbols, emoji: no letter,
 * mark or digit). Matching one of them first is much faster than a lookbehind at every position.
 */
const SEPARATORS = String.raw`\u0000-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u00a9\u00ab-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u00d7\u00f7\u02c2-\u02c5\u02d2-\u02df\u02e5-\u02eb\u02ed\u02ef-\u02ff\u2000-\u206f\u2100-\u2101\u2103-\u2106\u2108-\u2109\u2114\u2116-\u2118\u211e-\u2123\u2125\u2127\u2129\u212e\u213a-\u213b\u2140-\u2144\u214a-\u214d\u214f\u2190-\u23ff\u2500-\u2775\u2794-\u27bf\u3000-\u3004\u3008-\u3020\u3030\u3036-\u3037\u303d-\u303f\ufe30-\ufe4f\uff00-\uff0f\uff1a-\uff20\u{1f000}-\u{1f0ff}\u{1f10d}-\u{1faff}`;
/** A folded alternation with single spaces (longest first). */
const alt = (list: readonly string[]) =>
  [...new Set(list.map((w) => fold(w)))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))
    .join("|");
/**
 * "Phó Viện trưởng", "nguyên Giám đốc", "P.Giám đốc", "Q. Trưởng phòng", "Phó Thủ tướng thường trực".
 * Matched (sticky) only where nextTitle() finds a left edge — the start of the text or one of the
 * SEPARATORS — and the first two letters of a title, prefix or "phó": the same matches as a global
 * scan of `(?<lead>^|[SEPARATORS])` + this pattern, without a `u`-flag scan over every character.
 */
const TITLE_STARTS: readonly string[] = [...TITLE_PREFIXES, "phó", "p.", ...TITLES].map((t) => fold(t));
const TITLE = named(
  "person.title",
  new RegExp(
    `(?:(?<pre>${alt(TITLE_PREFIXES)})[ ]?)?(?:(?<pho>phó|p\\.)[ ]?)?(?<base>${trieSource(TITLES.map((t) => fold(t)), " ")})(?: (?<suf>${alt(TITLE_SUFFIXES)}))?`,
    "uy",
  ),
);
/** First two code units of every title start (all are two characters or longer). */
const STARTS = new StartSet(TITLE_STARTS);
/**
 * And the third: a match starts with a whole title start written as listed (prefix, "phó" or a
 * title: literals, spaces too), so the units at its start are the first three of one of them, or
 * the two of a start of two. Tables by a hash of the units: a collision only costs a try.
 */
const hash2 = (a: number, b: number): number => (Math.imul(a, 0x9e3779b1) ^ b) & 0xffff;
const hash3 = (a: number, b: number, c: number): number => (Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ c) & 0xfffff;
const TWO_ONLY = new Uint8Array(0x10000);
const THREE = new Uint8Array(0x100000);
for (const w of TITLE_STARTS) {
  if (w.length === 2) TWO_ONLY[hash2(w.charCodeAt(0), w.charCodeAt(1))] = 1;
  else THREE[hash3(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2))] = 1;
}
/** The first units of a title start: may one start at b? (quick, a collision only costs a closer look) */
const mayStart = (key: string, b: number): boolean => {
  const c1 = key.charCodeAt(b);
  const c2 = key.charCodeAt(b + 1);
  return STARTS.may(c1, c2) && (TWO_ONLY[hash2(c1, c2)] === 1 || THREE[hash3(c1, c2, key.charCodeAt(b + 2))] === 1);
};
/**
 * Where TITLE may match, by the word at b (a match starts with a title start spelled whole: a
 * prefix, "phó", "p." or a title, as listed). The word is either the first word of a title start
 * ("giám" of "giám đốc", "p" of "p.") or begins with a one-word title start glued to more letters
 * ("phógiám đốc", "trưởngBan"). Words of the lexicon are judged once per id; a word in no list
 * (id 0) is no first word (those are listed) and is read for a glued one-word start.
 */
const firstRun = (w: string): string => {
  let e = 0;
  while (e < w.length && unitClass(w.charCodeAt(e)) & 6) e++;
  return w.slice(0, e);
};
/** Title starts of one word (letters only): a word that begins with one may start a match. */
class UnitTrie {
  /** Per code unit: its column in the table + 1 (0: the unit is in no listed word). */
  private readonly column = new Uint8Array(65536);
  private readonly width: number;
  /** Per node and column: the child node (0: none; the root is node 0 and never a child). */
  private readonly table: Int32Array;
  private readonly ends: Uint8Array;
  constructor(words: readonly string[]) {
    const kids: Map<number, number>[] = [new Map()];
    const ends: number[] = [0];
    let width = 0;
    for (const w of words) {
      let node = 0;
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        if (this.column[c] === 0) {
          if (width === 255) throw new Error("UnitTrie: too many distinct units");
          this.column[c] = ++width;
        }
        let next = kids[node]!.get(c);
        if (next === undefined) {
          next = kids.length;
          kids.push(new Map());
          ends.push(0);
          kids[node]!.set(c, next);
        }
        node = next;
      }
      ends[node] = 1;
    }
    this.width = width;
    this.ends = Uint8Array.from(ends);
    this.table = new Int32Array(kids.length * width);
    for (let node = 0; node < kids.length; node++) for (const [c, child] of kids[node]!) this.table[node * width + this.column[c]! - 1] = child;
  }
  /** Whether a listed word is a prefix of s from b. */
  prefixAt(s: string, b: number): boolean {
    let node = 0;
    for (let i = b; i < s.length; i++) {
      const col = this.column[s.charCodeAt(i)]!;
      if (col === 0) return false;
      node = this.table[node * this.width + col - 1]!;
      if (node === 0) return false;
      if (this.ends[node] === 1) return true;
    }
    return false;
  }
}
const ONE_WORD = new UnitTrie(TITLE_STARTS.filter((w) => firstRun(w) === w));
const FIRST_IDS = new Set(TITLE_STARTS.map((w) => lexicon.intern(firstRun(w))));
/** Per lexicon id: 1 = its word may start a title, 2 = not, 0 = not judged yet. */
let judged = new Uint8Array(1024);
/** Whether TITLE may match at the word token i (starting at b) of doc (`precise`; off: the quick test of the first units, as before). */
export function titleMayStart(doc: Doc, t: Tokens, i: number, b: number, precise = true): boolean {
  const key = doc.key;
  if (b + 1 >= key.length) return false;
  if (!precise) return mayStart(key, b);
  const id = t.id[i]!;
  if (id === 0) return mayStart(key, b) && ONE_WORD.prefixAt(key, b);
  if (id >= judged.length) {
    const grown = new Uint8Array(Math.max(id + 1, judged.length * 2));
    grown.set(judged);
    judged = grown;
  }
  let f = judged[id]!;
  if (f === 0) judged[id] = f = FIRST_IDS.has(id) || ONE_WORD.prefixAt(lexicon.word(id), 0) ? 1 : 2;
  return f === 1;
}
const SEP_CHAR = new RegExp(`^[${SEPARATORS}]$`, "u");
/** Per BMP code unit: 1 = a separator, 0 = not, 2 = not read yet. */
const SEP_TAB = new Uint8Array(65536).fill(2);
const sepUnit = (c: number): boolean => {
  let f = SEP_TAB[c]!;
  if (f === 2) SEP_TAB[c] = f = c >= 0xd800 && c <= 0xdfff ? 0 : SEP_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
  return f === 1;
};
/**
 * The next title after a separator at or after `from` (or at the start of the text when `from` is
 * 0): its match, starting at the title. Every title starts with a letter (the lists say so), so
 * it starts a word token whose unit before is a separator: the token table is walked instead of
 * every character.
 */
export function nextTitle(doc: Doc, from: number, precise = true): RegExpExecArray | null {
  const key = doc.key;
  const t = freshTokens(doc);
  const tryAt = (i: number, b: number): RegExpExecArray | null => {
    if (!titleMayStart(doc, t, i, b, precise)) return null;
    TITLE.lastIndex = b;
    return TITLE.exec(key);
  };
  // the first token whose separator (the unit before it) is at or after `from`
  for (let i = tokenAt(t, from); i < t.count; i++) {
    if (!(t.flags[i]! & T_LETTERS)) continue;
    // (a word judged before as no title start: passed over before its separator is read)
    if (precise && judged[t.id[i]!] === 2) continue;
    const b = t.start[i]!;
    if (b === 0) {
      if (from === 0) {
        const m = tryAt(i, 0);
        if (m) return m;
      }
      continue;
    }
    const c = key.charCodeAt(b - 1);
    if ((c & 0xfc00) === 0xdc00) {
      // a surrogate pair before: an emoji separator is two units
      if (b - 2 < from || (key.charCodeAt(b - 2) & 0xfc00) !== 0xd800 || !SEP_CHAR.test(key.slice(b - 2, b))) continue;
    } else if (b - 1 < from || !sepUnit(c)) continue;
    const m = tryAt(i, b);
    if (m) return m;
  }
  return null;
}
const ABBR = named(
  "person.title-abbr",
  new RegExp(`(?:${Object.keys(TITLE_ABBREVIATIONS).sort((a, b) => b.length - a.length).map((k) => k.replace(".", "\\.")).join("|")})(?![\\p{L}\\p{M}\\p{N}])`, "gu"),
);
const DROPPED = new Set(DROPPED_PREFIXES.map((p) => fold(p)));
const ONLY_BEFORE = new Map(Object.entries(TITLES_ONLY_BEFORE).map(([t, orgs]) => [fold(t), orgs.map((o) => fold(o))]));
const LEADING = new Map(Object.entries(LEADING_HEADS).map(([k, v]) => [fold(k), v]));
const SHARED = [...Object.entries(SHARED_HEADS), ...Object.entries(SHORT_SHARED_HEADS).map(([k, v]) => [k, v.head] as const)]
  .map(([k, v]) => [fold(k), v] as const)
  .sort((a, b) => b[0].length - a[0].length);

const TOKEN = named("person.org-token", /[^\s,;:()[\]{}"“”‘’!?<>]+/uy);
const SPACES = named("person.org-spaces", /[ ]*/y);
const STOP_SET = new PhraseSet(ORG_STOP_WORDS);
const FIELD_NOUN_SET = new PhraseSet(ORG_FIELD_NOUNS);
const FIELD_VERB_SET = new PhraseSet(ORG_FIELD_VERBS);
const LEGAL_SET = new PhraseSet(LEGAL_FORMS);
const MEMBER_SET = new PhraseSet(ORG_MEMBER_NOUNS);
const COMMA_PAIRS = ORG_COMMA_PAIRS.map((p) => fold(p).split(/\s*,\s*/) as [string, string]);
/** First words of places: a comma before one ends the name ("UBND tỉnh Nghệ An, Hà Tĩnh và …"). */
/** Words after which a number is part of the name: "số 3", "quận 5", "Phường 6". */
const NUMBERED = new Set([...NUMBERED_WORDS, ...ADMIN_UNITS].map((w) => fold(w).split(" ").pop()!));
const TITLE_CASE = /^\p{Lu}[\p{Ll}\p{M}]*$/u;
const PLACE_FIRST = new Set(PLACES.map((p) => fold(p.split(" ")[0]!)));
const HEAD_SET = new PhraseSet([...ORG_HEADS, ...ADMIN_UNITS]);
/** Titles that end an organisation's name; not "Đại biểu" ("Trưởng đoàn Đại biểu Quốc hội tỉnh …", "Ban Công tác đại biểu"). */
const ORG_ENDING_TITLES = TITLES.filter((t) => !(t in TITLES_ONLY_BEFORE));
const TITLE_START_SET = new PhraseSet([...ORG_ENDING_TITLES, ...ORG_ENDING_TITLES.map((t) => `phó ${t}`)]);
const HON_SET = new PhraseSet(HONORIFICS.map((h) => h.form).filter((f) => /^[\p{L} ]+$/u.test(f)));
let currentDoc: Doc;
function honorificAt(_key: string, pos: number): boolean {
  return phraseAt(currentDoc, pos, HON_SET, false) > 0;
}
const DEGREE_TOKEN = named("person.degree-token", /^(?:GS|PGS|TS|ThS|TSKH|KS|BS|NCS|VS|PGS\.TS|GS\.TS)\.?$/u);

export function titleAt(_key: string, pos: number, doc: Doc = currentDoc): boolean {
  return phraseAt(doc, pos, TITLE_START_SET) > 0;
}
function atStop(_key: string, pos: number): boolean {
  return phraseAt(currentDoc, pos, STOP_SET, false) > 0;
}
/** A unit's head word followed by its capitalised name ("Bộ Y tế", "Trung tâm Khuyến công"; not "Tổ chức cán bộ"). */
function namedHeadAt(doc: Doc, pos: number): boolean {
  const e = phraseAt(doc, pos, HEAD_SET, false);
  return e > 0 && /^\s*[\p{Lu}\d]/u.test(doc.norm.slice(e, e + 3));
}
function headAt(_key: string, pos: number): boolean {
  return phraseAt(currentDoc, pos, HEAD_SET, false) > 0;
}

interface Tok {
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
    while (norm.charCodeAt(s) === 32) s++;
  }
  const c = norm.charCodeAt(s);
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
const TOKEN_STOP_CHAR = /^[\s,;:()[\]{}"“”‘’!?<>]$/u;
function tokenStop(c: number): boolean {
  let f = TOKEN_STOP[c]!;
  if (f === 2) TOKEN_STOP[c] = f = c >= 0xd800 && c <= 0xdfff ? 0 : TOKEN_STOP_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
  return f === 1;
}

function skipSpaces(norm: string, p: number): number {
  while (p < norm.length && (norm[p] === " " || norm[p] === "\t")) p++;
  return p;
}

/** A capital or digit first, or a capital anywhere after the first character (no slice). */
const CAPITAL = named("person.org-capital", /^(?:[\p{Lu}\d]|[^][^\p{Lu}]*\p{Lu})/u);
/** CAPITAL.test(t) by code units (a digit first, or a capital anywhere); a token with a surrogate goes to the regex. */
const capital = (t: string): boolean => {
  const c0 = t.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) return true;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return CAPITAL.test(t);
    if (unitClass(c) & 1) return true;
  }
  return false;
};

/**
 * Organisation spans already read, per name-start set (one set per document and caller) and first
 * token: titles and org.ts read the same phrases ("Giám đốc Sở X" and "Sở X").
 */
type OrgMemo = Map<number, { start: number; end: number } | null>;
/** The memo of one set of name starts (a document has one or two: recognizePeople's, org.ts's). */
function orgMemo(doc: Doc, nameStarts: Set<number>): OrgMemo {
  let list = doc.memo.orgPhrases as [Set<number>, OrgMemo][] | undefined;
  if (!list) doc.memo.orgPhrases = list = [];
  for (const [s, m] of list) if (s === nameStarts) return m;
  const m: OrgMemo = new Map();
  list.push([nameStarts, m]);
  return m;
}

/**
 * The organisation's words with its dashes as the text writes them ("Sở Lao động – Thương binh và Xã
 * hội"): the working copy turns en and em dashes into "-" for the rules, the name keeps them.
 */
function dashesAsWritten(doc: Doc, start: number, end: number): string {
  const text = doc.norm.slice(start, end);
  if (!text.includes("-")) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "-") {
      const w = doc.text(start + i, start + i + 1);
      out += w === "–" || w === "—" ? w : c;
    } else out += c;
  }
  return out;
}

/**
 * The organisation phrase starting at `pos` (after a title), or null.
 * `nameStarts`: where person names start (the phrase stops before them).
 */
export function parseOrg(doc: Doc, pos: number, nameStarts: Set<number>, shared: boolean): { start: number; end: number } | null {
  currentDoc = doc;
  const { norm, key } = doc;
  let tok = nextToken(norm, pos);
  if (!tok) return null;
  // "giám đốc của Công ty X", "Đại diện cho Bộ Tài chính"
  if (/^(?:của|cho)$/.test(key.slice(tok.s, tok.e))) {
    tok = nextToken(norm, tok.e);
    if (!tok) return null;
  }
  const memo = orgMemo(doc, nameStarts);
  const mk = tok.s * 2 + (shared ? 1 : 0);
  let r = memo.get(mk);
  if (r === undefined) memo.set(mk, (r = readOrg(doc, tok, nameStarts, shared)));
  return r;
}

function readOrg(doc: Doc, first0: Tok, nameStarts: Set<number>, shared: boolean): { start: number; end: number } | null {
  const { norm, key } = doc;
  let tok: Tok | null = first0;
  if (nameStarts.has(tok.s)) return null;
  const first = tok.t.replace(/[-.]+$/, "");
  if (!first || DEGREE_TOKEN.test(tok.t)) return null;
  if (titleAt(key, tok.s) && !shared) return null;
  if (capital(first)) {
    if (/^\d/.test(first) && !shared) return null;
  } else if (!headAt(key, tok.s)) {
    if (!shared || atStop(key, tok.s)) return null;
  }
  const start = tok.s;
  let end = tok.s;
  let prevHead = false;
  let headEnd = -1;
  let lastCap = -1;
  /** The previous token was a field word or a legal form: a trade named by a verb may follow. */
  let prevField = false;
  /** A legal form read and no capitalised word since: the brand is still to come ("Công ty TNHH xây dựng Hoàng Long"). */
  let brandPending = false;
  let prevCap = false;
  let prevWord = "";
  /** Still inside the head that opens the phrase ("Ban" of "Ban quản lý …"). */
  let openingHead = true;
  let headStart = -1;
  /** The previous token was a legal form ("Công ty TNHH"): its trade follows. */
  let prevLegal = false;
  for (let n = 0; tok && n < 14; n++) {
    const t = tok.t;
    const he = phraseAt(doc, tok.s, HEAD_SET, false);
    const inHead = tok.s < headEnd;
    if (he > 0 && !inHead && (n === 0 || capital(t))) headEnd = he;
    // a field word opening the name after a shared head ("Trưởng Ban Thư ký …": "Thư ký")
    if (n === 0 && capital(t) && (shared || !titleAt(key, tok.s))) {
      const fe = fieldAt(tok.s, true);
      if (fe > 0 && norm[fe] !== "-") {
        end = lastCap = fe;
        prevField = true;
        if (/^[.!?;:]/.test(norm.slice(fe, fe + 1))) break;
        tok = commaGo(doc, fe, nameStarts) ?? nextToken(norm, fe);
        continue;
      }
    }
    if (n > 0 && !inHead) {
      if (t.startsWith("-") && t.length > 1) break;
      if (nameStarts.has(tok.s) && !brandPending) break;
      if (/^\d+[/.-]\d/.test(t)) break;
      if (DEGREE_TOKEN.test(t)) break;
      // a number belongs to a name after a capitalised word or "số" ("Bệnh viện 108", "Đội … số 3"), not after
      // the rest of a clause ("… quyết định tài trợ trị giá 8 tỷ")
      if (/^\d/.test(t) && !prevCap && !prevField && !NUMBERED.has(prevWord)) break;
      if (t === "-") {
        const nx = nextToken(norm, tok.e);
        if (!nx || !capital(nx.t) || nameStarts.has(nx.s) || titleAt(key, nx.s) || atStop(key, nx.s)) break;
        tok = nx;
        continue;
      }
      // a legal form, or a field the unit is named after, next to the name read so far ("Ban quản lý dự án",
      // "Đội Thanh tra giao thông", "Vụ Dân vận", "Vật liệu xây dựng"): read through, stop words and all
      const cap0 = capital(t);
      const lf = phraseAt(doc, tok.s, LEGAL_SET, false);
      // (a trade named by a verb only right after the opening head, a legal form or a field: not after a
      // head word inside a name, "Bệnh viện … Hải Phòng thông tin …")
      // a verb that is also a stop word ("xây dựng", "kiểm tra") only there, not after a field ("Sở Y tế kiểm tra …")
      const verbs = cap0 || (prevHead && openingHead) || prevLegal ? 2 : prevField && !prevCap ? 1 : 0;
      const fe: number = lf > 0 ? lf : cap0 || prevCap || prevHead || prevField ? fieldAt(tok.s, verbs) : -1;
      if (fe > 0 && norm[fe] !== "-" && !(cap0 && titleAt(key, tok.s) && !prevHead)) {
        end = lastCap = fe;
        // "Ban Kinh tế Trung ương. Người …": the sentence ends there
        if (/^[.!?;:]/.test(norm.slice(fe, fe + 1))) break;
        prevHead = false;
        prevField = true;
        prevCap = cap0;
        openingHead = false;
        prevLegal = lf > 0;
        if (lf > 0) brandPending = true;
        prevWord = key.slice(key.lastIndexOf(" ", fe - 1) + 1, fe);
        tok = commaGo(doc, fe, nameStarts) ?? nextToken(norm, fe);
        continue;
      }
      if (!cap0) {
        const k = key.slice(tok.s, tok.e);
        if (k === "và" || k === "các") {
          const nx = nextToken(norm, tok.e);
          // "Cục Quản lý nợ và tài chính đối ngoại", "Vụ Dân vận các cơ quan nhà nước": fields on both sides
          // ("và" only between lower-case fields: "Sở Y tế và bệnh viện tỉnh" ends at "Sở Y tế")
          const before = k === "và" ? prevField && !prevCap : prevField || prevCap || prevHead;
          if (nx && before && !capital(nx.t) && fieldAt(nx.s, true) > 0) {
            tok = nx;
            continue;
          }
          // "Liên hiệp các tổ chức hữu nghị Việt Nam": the members of a union, right after its head
          const me = k === "các" && nx && (prevHead || prevCap) ? phraseAt(doc, nx.s, MEMBER_SET, false) : -1;
          if (me > 0) {
            end = me;
            prevField = true;
            prevHead = prevCap = false;
            prevWord = key.slice(key.lastIndexOf(" ", me - 1) + 1, me);
            tok = nextToken(norm, me);
            if (!tok) break;
            continue;
          }
        }
        if (k === "và") {
          const nx = nextToken(norm, tok.e);
          if (!nx || !capital(nx.t) || nameStarts.has(nx.s) || titleAt(key, nx.s) || honorificAt(key, nx.s)) break;
          tok = nx;
          continue;
        }
        if (atStop(key, tok.s)) break;
        // "văn phòng X tại Hà Nội" continues; "Ban X tại hội nghị" ends before "tại"
        if (k === "tại" || k === "ở") {
          const nx = nextToken(norm, tok.e);
          if (!nx || !capital(nx.t) || nameStarts.has(nx.s) || titleAt(key, nx.s) || /^(?:hội|lễ|buổi|cuộc)/.test(key.slice(nx.s, nx.e))) break;
        }
      }
      if (titleAt(key, tok.s) && !prevHead) break;
    }
    // the token itself
    let e = tok.e;
    let stopAfter = false;
    let dashAfter = false;
    if (t.endsWith("-") && t.length > 1) {
      e = tok.e - 1;
      dashAfter = true;
    }
    if (t.endsWith(".") && t.length > 1) {
      const bare = t.replace(/\.+$/, "");
      const abbr = /^(?:TP|Tp|tp|Q|P|TX|TT|H)$/.test(bare);
      const nx = norm[tok.e];
      if (!abbr || nx === undefined || nx === "\n") {
        e = tok.s + bare.length;
        stopAfter = true;
      }
    }
    end = e;
    const cap = capital(t);
    if (cap || tok.s < headEnd) lastCap = e;
    prevHead = he > 0 || tok.s < headEnd;
    if (n > 0 && !(tok.s < headEnd && headStart === start)) openingHead = false;
    if (n === 0) headStart = he > 0 ? tok.s : -1;
    prevCap = cap || tok.s < headEnd;
    prevWord = key.slice(tok.s, tok.e);
    // (a phrase read ends after its start: the one reading is either test)
    const legal = phraseAt(doc, tok.s, LEGAL_SET, false) > 0;
    if (cap && !/^\d/.test(t) && !legal && !(tok.s < headEnd)) brandPending = false;
    // a legal form in capitals ("Công ty TNHH xây dựng …"): a trade may follow
    prevField = prevLegal = legal;
    if (prevField) brandPending = true;
    if (stopAfter) break;
    if (dashAfter) {
      const nx = nextToken(norm, tok.e);
      if (!nx || !capital(nx.t) || nameStarts.has(nx.s) || titleAt(key, nx.s) || atStop(key, nx.s)) break;
      tok = nx;
      continue;
    }
    tok = commaGo(doc, tok.e, nameStarts) ?? nextToken(norm, tok.e);
  }
  // a lower-case tail after the last capitalised word is kept when short ("Viện Ứng dụng công nghệ")
  // and cut when it reads like the rest of the clause ("Tổ công tác nhận xét năm vừa qua")
  if (lastCap > start && end > lastCap) {
    const tail = norm.slice(lastCap, end).trim();
    if (tail.split(/\s+/).length > 3 || /\d/.test(tail)) end = lastCap;
  }
  if (end <= start) return null;
  return { start, end };
}

/**
 * End of a field word at `pos` ("giao thông", "dự án"), or -1. A trade named by a verb when `verbs`
 * is 2; when 1, only one that is no stop word ("quản lý", not "kiểm tra").
 */
function fieldAt(pos: number, verbs: 0 | 1 | 2 | boolean): number {
  const n = phraseAt(currentDoc, pos, FIELD_NOUN_SET, false);
  const v = verbs ? phraseAt(currentDoc, pos, FIELD_VERB_SET, false) : -1;
  if (v > n && verbs === 1 && phraseAt(currentDoc, pos, STOP_SET, false) > 0) return n;
  return Math.max(n, v);
}

/**
 * After a token ending at `at`, a comma that stays inside the name: fields joined by a comma
 * ("phòng, chống") or capitalised fields in a series closed by "và" ("Sở Lao động, Thương binh và Xã
 * hội", "Bộ Văn hóa, Thể thao và Du lịch"). The token after the comma, or null.
 */
function commaGo(doc: Doc, at: number, nameStarts: Set<number>): Tok | null {
  const { norm, key } = doc;
  const c = skipSpaces(norm, at);
  if (norm[c] !== ",") return null;
  const nx = nextToken(norm, c + 1);
  if (!nx) return null;
  // "phòng, chống", "Thu mua, chế biến": the two sides of a listed pair around the comma
  const left = key.slice(Math.max(0, at - 24), at).replace(/\s+/g, " ");
  const right = key.slice(nx.s, nx.s + 24).replace(/\s+/g, " ");
  for (const [l, r] of COMMA_PAIRS) if (left.endsWith(l) && (left.length === l.length || left[left.length - l.length - 1] === " ") && right.startsWith(r)) return nx;
  if (!TITLE_CASE.test(nx.t) || nameStarts.has(nx.s) || titleAt(key, nx.s) || headAt(key, nx.s) || PLACE_FIRST.has(fold(nx.t))) return null;
  // up to three more words (capitalised or lower-case syllables, no name), then "và" and a capitalised word
  let p: Tok | null = nx;
  for (let i = 0; p && i < 4; i++) {
    const q = nextToken(norm, p.e);
    if (!q) return null;
    if (key.slice(q.s, q.e) === "và") {
      const r = nextToken(norm, q.e);
      return r && TITLE_CASE.test(r.t) && !nameStarts.has(r.s) && !titleAt(key, r.s) ? nx : null;
    }
    if (!/^[\p{L}][\p{Ll}\p{M}]*$/u.test(q.t) || nameStarts.has(q.s)) return null;
    p = q;
  }
  return null;
}

/** Every title in the document, with the organisation after it. */
export function findTitles(doc: Doc, nameStarts: Set<number>): TitleHit[] {
  const out: TitleHit[] = [];
  const { norm, key } = doc;
  const add = (start: number, end: number, title: string, base: string, rule: RuleOf<"position">) => {
    // (an abbreviation restores its own short head: "Chánh VP UBND tỉnh" → org "VP UBND tỉnh")
    const own = rule === "person.title-abbr" ? fold(title) : base;
    const sharedHead = SHARED.find(([k]) => own.endsWith(k) && (own.length === k.length || own[own.length - k.length - 1] === " "));
    // shared head only when the title ends in it ("trưởng ban"), not for titles naming it whole ("thanh tra" alone)
    const shared = sharedHead && own !== sharedHead[0] ? sharedHead : undefined;
    // "GVCC. Viện Vật lý Kỹ thuật": an abbreviation's dot before its organisation
    const dot = rule === "person.title-abbr" && norm[end] === "." && norm[end + 1] === " " ? 1 : 0;
    const span = parseOrg(doc, end + dot, nameStarts, !!shared);
    let org: string | null = null;
    if (span) {
      const text = dashesAsWritten(doc, span.start, span.end);
      org = shared && fold(text.split(" ")[0]!) !== shared[0].split(" ")[0] ? `${shared[1]} ${text}` : text;
      // "Vụ trưởng Kế hoạch - Tài chính" → "Vụ Kế hoạch - Tài chính": the head the title begins with
      const lead = LEADING.get(base.startsWith("phó ") ? base.slice(4) : base);
      if (lead && !fold(`${text} `).startsWith(`${fold(lead)} `) && !namedHeadAt(doc, span.start) && /^\p{Lu}[\p{Ll}\p{M}]/u.test(text) && !/^(?:các|những)(?: |$)/.test(fold(text))) org = `${lead} ${text}`;
    }
    // "Đại biểu" is a post only before "Quốc hội" or "HĐND" (its abbreviation "ĐB" before a name names a deputy)
    const only = rule === "person.title-abbr" ? undefined : ONLY_BEFORE.get(base);
    if (only && !(org !== null && only.some((o) => fold(`${org} `).startsWith(`${o} `)))) return false;
    out.push({ start, end, title, base, org, orgStart: span?.start ?? end, orgEnd: span?.end ?? end, chainEnd: span?.end ?? end, rule });
    return true;
  };
  currentDoc = doc;
  let m: RegExpExecArray | null;
  let covered = 0;
  let from = 0;
  while ((m = nextTitle(doc, from))) {
    const g = m.groups!;
    // the title starts after the separator before it (the left word edge)
    const at = m.index;
    from = at + m[0].length;
    if (at < covered) continue;
    let end = at + m[0].length;
    // a word must end here, or a capital follow ("Giám đốcSở Y tế"); else drop the suffix
    const edge = (e: number) => !/[\p{L}\p{M}\p{N}]/u.test(norm[e] ?? "") || /\p{Lu}/u.test(norm[e]!);
    if (!edge(end)) {
      if (!g.suf) continue;
      end -= g.suf.length + 1;
      if (!edge(end)) continue;
    }
    const dropped = !!g.pre && DROPPED.has(g.pre);
    let start = at;
    if (dropped) start = skipSpaces(norm, at + g.pre!.length);
    const parts: string[] = [];
    let p = at;
    if (g.pre) {
      if (!dropped) parts.push(g.pre === "q." ? "Q." : norm.slice(p, p + g.pre.length));
      p = skipSpaces(norm, p + g.pre.length);
    }
    if (g.pho) {
      parts.push(g.pho === "p." ? "Phó" : norm.slice(p, p + 3));
      p = skipSpaces(norm, p + g.pho.length);
    }
    parts.push(norm.slice(p, end));
    const title = parts.join(" ");
    const base = `${g.pho ? "phó " : ""}${g.base!}`;
    if (add(start, end, title, base, "person.title")) covered = out[out.length - 1]!.chainEnd;
  }
  ABBR.lastIndex = 0;
  while ((m = ABBR.exec(norm))) {
    if (wordBefore(norm, m.index)) {
      ABBR.lastIndex = m.index + 1;
      continue;
    }
    if (m.index < covered && out.some((t) => t.start <= m!.index && m!.index < t.chainEnd)) continue;
    // reported as written ("PCT"); the expansion is the base that merges it with the title in full
    const full = TITLE_ABBREVIATIONS[m[0]]!;
    add(m.index, m.index + m[0].length, m[0], fold(full), "person.title-abbr");
  }
  return out.sort((a, b) => a.start - b.start);
}
