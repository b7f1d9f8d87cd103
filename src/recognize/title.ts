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
import { PhraseSet, phraseAt, unitClass } from "./phrase.js";
import { abbrMatches, nextTitle } from "./title-scan.js";
import { DROPPED_PREFIXES, LEADING_HEADS, SHARED_HEADS, SHORT_SHARED_HEADS, TITLES, TITLES_ONLY_BEFORE, TITLE_ABBREVIATIONS } from "../lexicon/titles.js";
import { ADMIN_UNITS, ORG_HEADS, ORG_STOP_WORDS, PLACES } from "../lexicon/org-heads.js";
import { LEGAL_FORMS, NUMBERED_WORDS, ORG_COMMA_PAIRS, ORG_MEMBER_NOUNS, ORG_FIELD_NOUNS, ORG_FIELD_VERBS } from "../lexicon/org-words.js";
import { HONORIFICS } from "../lexicon/honorifics.js";
import { unitAt } from "../text/chars.js";

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

const DROPPED = new Set(DROPPED_PREFIXES.map((p) => fold(p)));
const ONLY_BEFORE = new Map(Object.entries(TITLES_ONLY_BEFORE).map(([t, orgs]) => [fold(t), orgs.map((o) => fold(o))]));
const LEADING = new Map(Object.entries(LEADING_HEADS).map(([k, v]) => [fold(k), v]));
/** Shared heads: [the folded title words, the head it names, the first of those words], longest first. */
const SHARED = [...Object.entries(SHARED_HEADS), ...Object.entries(SHORT_SHARED_HEADS).map(([k, v]) => [k, v.head] as const)]
  .map(([k, v]) => [fold(k), v, fold(k).split(" ")[0]!] as const)
  .sort((a, b) => b[0].length - a[0].length);
type Shared = (typeof SHARED)[number];
/** The shared head a folded title ends in (SHARED's first hit; null: none). */
function sharedHeadOf(own: string): Shared | null {
  for (const sh of SHARED) if (own.endsWith(sh[0]) && (own.length === sh[0].length || own[own.length - sh[0].length - 1] === " ")) return sh;
  return null;
}

const TOKEN = named("person.org-token", /[^\s,;:()[\]{}"“”‘’!?<>]+/uy);
const SPACES = named("person.org-spaces", /[ ]*/y); // with TOKEN, nextToken's specification (test/token-scans.test.ts)
const STOP_SET = new PhraseSet(ORG_STOP_WORDS);
const FIELD_NOUN_SET = new PhraseSet(ORG_FIELD_NOUNS);
const FIELD_VERB_SET = new PhraseSet(ORG_FIELD_VERBS);
const LEGAL_SET = new PhraseSet(LEGAL_FORMS);
const MEMBER_SET = new PhraseSet(ORG_MEMBER_NOUNS);
/** text.split(" ")[0] without the array (split's arrays came with another map: optimised add deopted, "wrong map"). */
function firstWordOf(text: string): string {
  const sp = text.indexOf(" ");
  return sp < 0 ? text : text.slice(0, sp);
}
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
/** DEGREE_TOKEN.test(t), the pattern run only on a token that starts as one of its words (G, P, T, K, B, N, V) and is short enough. */
const isDegree = (t: string): boolean => {
  const c = t.charCodeAt(0);
  return t.length <= 7 && (c === 71 || c === 80 || c === 84 || c === 75 || c === 66 || c === 78 || c === 86) && DEGREE_TOKEN.test(t);
};
/** An ASCII digit (/\d/ without the u flag's help: the same set). */
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

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
    /** The token's tests read once: a digit first (/^\d/), a capital (CAPITAL). */
    const digit0 = isDigit(t.charCodeAt(0));
    const capT = capital(t);
    /** The end of a legal form at the token, once read (-2: not read yet; the token's two tests share it). */
    let lf = -2;
    const inHead = tok.s < headEnd;
    if (he > 0 && !inHead && (n === 0 || capT)) headEnd = he;
    // a field word opening the name after a shared head ("Trưởng Ban Thư ký …": "Thư ký")
    if (n === 0 && capT && (shared || !titleAt(key, tok.s))) {
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
      if (digit0 && /^\d+[/.-]\d/.test(t)) break;
      if (isDegree(t)) break;
      // a number belongs to a name after a capitalised word or "số" ("Bệnh viện 108", "Đội … số 3"), not after
      // the rest of a clause ("… quyết định tài trợ trị giá 8 tỷ")
      if (digit0 && !prevCap && !prevField && !NUMBERED.has(prevWord)) break;
      if (t === "-") {
        const nx = nextToken(norm, tok.e);
        if (!nx || !capital(nx.t) || nameStarts.has(nx.s) || titleAt(key, nx.s) || atStop(key, nx.s)) break;
        tok = nx;
        continue;
      }
      // a legal form, or a field the unit is named after, next to the name read so far ("Ban quản lý dự án",
      // "Đội Thanh tra giao thông", "Vụ Dân vận", "Vật liệu xây dựng"): read through, stop words and all
      const cap0 = capT;
      lf = phraseAt(doc, tok.s, LEGAL_SET, false);
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
    const cap = capT;
    if (cap || tok.s < headEnd) lastCap = e;
    prevHead = he > 0 || tok.s < headEnd;
    if (n > 0 && !(tok.s < headEnd && headStart === start)) openingHead = false;
    if (n === 0) headStart = he > 0 ? tok.s : -1;
    prevCap = cap || tok.s < headEnd;
    prevWord = key.slice(tok.s, tok.e);
    // (a phrase read ends after its start: the one reading is either test)
    const legal = (lf === -2 ? phraseAt(doc, tok.s, LEGAL_SET, false) : lf) > 0;
    if (cap && !digit0 && !legal && !(tok.s < headEnd)) brandPending = false;
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
  const { norm } = doc;
  const add = (start: number, end: number, title: string, base: string, rule: RuleOf<"position">) => {
    // (an abbreviation restores its own short head: "Chánh VP UBND tỉnh" → org "VP UBND tỉnh")
    const own = rule === "person.title-abbr" ? fold(title) : base;
    const sharedHead = sharedHeadOf(own);
    // shared head only when the title ends in it ("trưởng ban"), not for titles naming it whole ("thanh tra" alone)
    const shared = sharedHead !== null && own !== sharedHead[0] ? sharedHead : null;
    // "GVCC. Viện Vật lý Kỹ thuật": an abbreviation's dot before its organisation
    const dot = rule === "person.title-abbr" && unitAt(norm, end) === 46 && unitAt(norm, end + 1) === 32 ? 1 : 0;
    const span = parseOrg(doc, end + dot, nameStarts, shared !== null);
    let org: string | null = null;
    if (span) {
      const text = dashesAsWritten(doc, span.start, span.end);
      org = shared !== null && fold(firstWordOf(text)) !== shared[2] ? `${shared[1]} ${text}` : text;
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
  for (m of abbrMatches(doc)) {
    if (m.index < covered && out.some((t) => t.start <= m!.index && m!.index < t.chainEnd)) continue;
    // reported as written ("PCT"); the expansion is the base that merges it with the title in full
    const full = TITLE_ABBREVIATIONS[m[0]]!;
    add(m.index, m.index + m[0].length, m[0], fold(full), "person.title-abbr");
  }
  return out.sort((a, b) => a.start - b.start);
}
