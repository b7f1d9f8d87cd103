/**
 * The organisation written right after a title (parseOrg), read token by token (org-token.ts) up to
 * where the clause goes on: a verb, a name, another title, punctuation.
 *
 *   "Thứ trưởng Bộ Tư pháp Lê Minh Khoa"          → "Bộ Tư pháp" (stops before the name)
 *   "Giám đốc Sở X cho biết"                      → "Sở X" (stops before the verb)
 *   "Phó Viện trưởng Viện Ứng dụng công nghệ"   → "Viện Ứng dụng công nghệ" (a short lower-case tail kept)
 *   "Sở Lao động, Thương binh và Xã hội"          → whole (a comma series closed by "và")
 *   "Trưởng ban Tuyên giáo …" (a shared head)     → "Tuyên giáo …" read; title.ts puts "Ban" before it
 * org.ts reads the same phrases (memoised per document here).
 */
import type { Doc } from "../text/normalize.js";
import { fold } from "../text/fold.js";
import { PhraseSet, phraseAt, unitClass } from "./phrase.js";
import { PLACE } from "./place.js";
import { capital, DEGREE_TOKEN, isDegree, isDigit, nextToken, skipSpaces, type Tok } from "./org-token.js";
import { TITLES, TITLES_ONLY_BEFORE } from "../lexicon/titles.js";
import { ADMIN_UNITS, ORG_HEADS, ORG_OPENERS_IN_NAMES, ORG_SENTENCE_OPENERS, ORG_STOP_WORDS, PLACES, TITLE_ORG_HEADS } from "../lexicon/org-heads.js";
import { LEGAL_FORMS, NUMBERED_WORDS, ORG_DASH_FIELDS, ORG_MEMBER_NOUNS, ORG_FIELD_NOUNS, ORG_FIELD_VERBS } from "../lexicon/org-words.js";
import { NAME_COMMA_FIELDS } from "../lexicon/comma-fields.js";
import { HONORIFICS } from "../lexicon/honorifics.js";
import { named } from "../text/rx.js";

const STOP_SET = new PhraseSet(ORG_STOP_WORDS);
const OPENER_SET = new PhraseSet(ORG_SENTENCE_OPENERS);
const OPENER_IN_NAME_SET = new PhraseSet(ORG_OPENERS_IN_NAMES);
const FIELD_NOUN_SET = new PhraseSet(ORG_FIELD_NOUNS);
const FIELD_VERB_SET = new PhraseSet(ORG_FIELD_VERBS);
const LEGAL_SET = new PhraseSet(LEGAL_FORMS);
const MEMBER_SET = new PhraseSet(ORG_MEMBER_NOUNS);
const BRANCH_SET = new PhraseSet(["chi nhánh"]);
const DASH_FIELD_SET = new PhraseSet(ORG_DASH_FIELDS);
/** An amount's approximation ("hơn 5 năm", "gần 10 năm", "khoảng hai tháng"): the clause goes on after the name. */
const APPROX_SET = new PhraseSet(["hơn", "gần", "khoảng", "chừng", "ngót", "suốt", "trên", "dưới"]);
/** Numbers in words after an approximation ("hơn hai năm"). */
const NUMBER_WORD_SET = new PhraseSet(["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mươi", "nửa", "vài", "mấy"]);
const COMMA_PAIRS = NAME_COMMA_FIELDS.map((p) => fold(p).split(/\s*,\s*/) as [string, string]);
/** First words of places: a comma before one ends the name ("UBND tỉnh Nghệ An, Hà Tĩnh và …"). */
/** Words after which a number is part of the name: "số 3", "quận 5", "Phường 6". */
const NUMBERED = new Set([...NUMBERED_WORDS, ...ADMIN_UNITS].map((w) => fold(w).split(" ").pop()!));
/** After a lower-case field (from its end): a capitalised word, a stop, or the end of the text ("- kế hoạch Q.Tân Phú"). */
const FIELD_THEN = named("title-org.FIELD_THEN", /^\s{0,2}(?:\p{Lu}|[,.;:)\n]|$)/u);
const TITLE_CASE = named("title-org.TITLE_CASE", /^\p{Lu}[\p{Ll}\p{M}]*$/u);
const PLACE_FIRST = new Set(PLACES.map((p) => fold(p.split(" ")[0]!)));
const HEAD_SET = new PhraseSet([...ORG_HEADS, ...ADMIN_UNITS]);
/** Heads read only as the first word after a title ("Phó giám đốc khối ngân hàng …"), never inside a name. */
const FIRST_HEAD_SET = new PhraseSet([...TITLE_ORG_HEADS]);
/** Titles that end an organisation's name; not "Đại biểu" ("Trưởng đoàn Đại biểu Quốc hội tỉnh …", "Ban Công tác đại biểu"). */
const ORG_ENDING_TITLES = TITLES.filter((t) => !(t in TITLES_ONLY_BEFORE));
const TITLE_START_SET = new PhraseSet([...ORG_ENDING_TITLES, ...ORG_ENDING_TITLES.map((t) => `phó ${t}`)]);
const HON_SET = new PhraseSet(HONORIFICS.map((h) => h.form).filter((f) => /^[\p{L} ]+$/u.test(f)));
let currentDoc: Doc;
function honorificAt(_key: string, pos: number): boolean {
  return phraseAt(currentDoc, pos, HON_SET, false) > 0;
}


export function titleAt(_key: string, pos: number, doc: Doc = currentDoc): boolean {
  return phraseAt(doc, pos, TITLE_START_SET) > 0;
}
function atStop(_key: string, pos: number): boolean {
  return phraseAt(currentDoc, pos, STOP_SET, false) > 0;
}
/** A unit's head word followed by its capitalised name ("Bộ Y tế", "Trung tâm Khuyến công"; not "Tổ chức cán bộ"). */
export function namedHeadAt(doc: Doc, pos: number): boolean {
  const e = phraseAt(doc, pos, HEAD_SET, false);
  return e > 0 && /^\s*[\p{Lu}\d]/u.test(doc.norm.slice(e, e + 3));
}
function headAt(_key: string, pos: number): boolean {
  return phraseAt(currentDoc, pos, HEAD_SET, false) > 0;
}


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
export function dashesAsWritten(doc: Doc, start: number, end: number): string {
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
export function parseOrg(doc: Doc, pos: number, nameStarts: Set<number>, shared: boolean, kinds: PhraseSet | null = null): { start: number; end: number } | null {
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
  if (r === undefined) memo.set(mk, (r = readOrg(doc, tok, nameStarts, shared, kinds)));
  return r;
}

/** `kinds`: after a shared head, the kinds of board it names with a stop word ("ban chỉ đạo …"; SHARED_HEAD_KINDS). */
function readOrg(doc: Doc, first0: Tok, nameStarts: Set<number>, shared: boolean, kinds: PhraseSet | null): { start: number; end: number } | null {
  const { norm, key } = doc;
  let tok: Tok | null = first0;
  if (nameStarts.has(tok.s)) return null;
  const first = tok.t.replace(/[-.]+$/, "");
  if (!first || DEGREE_TOKEN.test(tok.t)) return null;
  if (titleAt(key, tok.s) && !shared) return null;
  // the kind of board after a shared head: read as the head that opens the name ("chỉ đạo" of "ban chỉ đạo …")
  const kindEnd = kinds !== null ? phraseAt(doc, tok.s, kinds, false) : -1;
  if (capital(first)) {
    if (/^\d/.test(first) && !shared) return null;
  } else if (!headAt(key, tok.s) && phraseAt(doc, tok.s, FIRST_HEAD_SET, false) < 0) {
    if (!shared || (atStop(key, tok.s) && kindEnd < 0)) return null;
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
  /** The end of a "chi nhánh" read as a head: the branch's place ends the name. */
  let branchEnd = -1;
  /** The end of a listed place read right after a dash ("Đắk Lắk- Đắk Nông"), or -1. */
  let pairEnd = -1;
  for (let n = 0; tok && n < 14; n++) {
    const t = tok.t;
    let he = phraseAt(doc, tok.s, HEAD_SET, false);
    if (n === 0 && he < 0) he = kindEnd;
    if (n === 0 && he < 0) he = phraseAt(doc, tok.s, FIRST_HEAD_SET, false);
    /** The token's tests read once: a digit first (/^\d/), a capital (CAPITAL). */
    const digit0 = isDigit(t.charCodeAt(0));
    const capT = capital(t);
    /** The end of a legal form at the token, once read (-2: not read yet; the token's two tests share it). */
    let lf = -2;
    // "Agribank chi nhánh tỉnh Bắc Kạn", "Ngân hàng Chính sách xã hội chi nhánh tỉnh Lào Cai": a branch of the unit
    // named so far (after a capital or a field word), told by its place (a capital, or an administrative unit and then a capital), read as a head in lower case
    if (n > 0 && he > 0 && !capT && (prevCap || prevField) && tok.s >= headEnd && branchAt(doc, tok.s, he, nameStarts)) headEnd = branchEnd = he;
    const inHead = tok.s < headEnd;
    if (he > 0 && !inHead && (n === 0 || capT)) headEnd = he;
    // a field word opening the name after a shared head ("Trưởng Ban Thư ký …": "Thư ký"; in lower case,
    // a field noun or a trade that is no stop word: "Phó trưởng Ban bồi thường giải phóng mặt bằng …")
    if (n === 0 && (capT ? shared || !titleAt(key, tok.s) : shared)) {
      const fe = fieldAt(tok.s, capT ? true : 1);
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
      // "Vụ trưởng Vụ X Theo quyết định …": a caption run into the next sentence
      // (the opener's first unit before the pattern: phraseAt answers -1 without it, and most capitals open none)
      if (capT && OPENER_SET.firstCodes[key.charCodeAt(tok.s)] && TITLE_CASE.test(t) && phraseAt(doc, tok.s, OPENER_SET, false) > 0 && phraseAt(doc, tok.s, OPENER_IN_NAME_SET, false) < 0) break;
      // a number belongs to a name after a capitalised word or "số" ("Bệnh viện 108", "Đội … số 3"), not after
      // the rest of a clause ("… quyết định tài trợ trị giá 8 tỷ")
      if (digit0 && !prevCap && !prevField && !NUMBERED.has(prevWord)) break;
      if (t === "-") {
        const nx = nextToken(norm, tok.e);
        // (a lower-case field after a capitalised one or a field, and a capital or a stop after it: "Phòng Tài
        // chính - kế hoạch Q.Tân Phú"; not an aside, "Chủ tịch CĐ X - than thở …")
        const fieldNext = !!nx && (prevCap || prevField) && !capital(nx.t) && FIELD_THEN.test(norm.slice(Math.max(fieldAt(nx.s, false), phraseAt(doc, nx.s, DASH_FIELD_SET, false), nx.s), nx.s + 60));
        if (!nx || !(capital(nx.t) || fieldNext) || nameStarts.has(nx.s) || titleAt(key, nx.s) || (atStop(key, nx.s) && !fieldNext)) break;
        // (a place joined by the dash: "Đắk Lắk - Đắk Nông", as after "Đắk Lắk-" below)
        if (prevCap) pairEnd = placeEndAt(key, nx.s);
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
          // ("các" not right after the kind of board in lower case: "ban chỉ đạo các xã khẩn trương …" is a verb's object)
          const afterKind = kindEnd > 0 && end <= kindEnd && !capital(first);
          const before = k === "và" ? prevField && !prevCap : (prevField || prevCap || prevHead) && !afterKind;
          if (nx && before && !capital(nx.t) && fieldAt(nx.s, true) > 0) {
            tok = nx;
            continue;
          }
          // "Liên hiệp các tổ chức hữu nghị Việt Nam": the members of a union, right after its head
          // "ban chỉ đạo các đơn vị thực hiện …": "các" right after a lower-case kind of board opens a verb's object
          if (afterKind) break;
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
          // (a unit's head and its name after "và" is another unit: "Bộ Ngoại giao và Bộ Y tế")
          if (!nx || !capital(nx.t) || nameStarts.has(nx.s) || titleAt(key, nx.s) || honorificAt(key, nx.s) || namedHeadAt(doc, nx.s)) break;
          tok = nx;
          continue;
        }
        // "Ngân hàng Nhà nước chi nhánh Thành phố": a branch of the unit named, then its capitalised place
        if (k === "chi" && prevCap) {
          const be = phraseAt(doc, tok.s, BRANCH_SET, false);
          const nx = be > 0 ? nextToken(norm, be) : null;
          if (nx && capital(nx.t) && !isDigit(nx.t.charCodeAt(0)) && !nameStarts.has(nx.s) && !titleAt(key, nx.s)) {
            tok = nx;
            continue;
          }
        }
        if (atStop(key, tok.s)) break;
        // "Giám đốc Sở Tài chính - Kế hoạch Hà Nội hơn 5 năm": an approximation and a number after a
        // capitalised word end the name (after a lower-case one, the tail is judged below as before)
        if (prevCap && phraseAt(doc, tok.s, APPROX_SET, false) > 0) {
          const nx = nextToken(norm, tok.e);
          if (nx && (isDigit(nx.t.charCodeAt(0)) || phraseAt(doc, nx.s, NUMBER_WORD_SET, false) > 0)) break;
        }
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
      // (a place joined by the dash, "Đắk Lắk- Đắk Nông": the name ends with it, below)
      pairEnd = placeEndAt(key, nx.s);
      tok = nx;
      continue;
    }
    tok = commaGo(doc, tok.e, nameStarts) ?? nextToken(norm, tok.e);
  }
  // a lower-case tail after the last capitalised word is kept when short ("Viện Ứng dụng công nghệ")
  // and cut when it reads like the rest of the clause ("Tổ công tác nhận xét năm vừa qua")
  if (lastCap > start && end > lastCap) {
    const tail = norm.slice(lastCap, end).trim();
    // (after a branch's place, none: "… chi nhánh Đắk Lắk- Đắk Nông hơn 62 tỉ đồng"; nor after a
    // place joined to another by a dash: "Cục Hải quan Đắk Lắk- Đắk Nông hơn 62 tỉ đồng")
    if (tail.split(/\s+/).length > 3 || /\d/.test(tail) || (branchEnd > 0 && lastCap > branchEnd) || pairEnd === lastCap) end = lastCap;
  }
  if (end <= start) return null;
  // only the kind of board, in lower case, and the name runs on in words the reader stops at ("ban chỉ đạo
  // của Chính phủ về …", "ban chỉ đạo các chương trình …"): no org ("Ban chỉ đạo" alone is every steering
  // board); kept when punctuation closes it ("Trưởng Ban tổ chức, nhấn mạnh") or in capitals ("Ban Kiểm tra")
  if (kindEnd > 0 && end <= kindEnd && !capital(first) && !/^\s*[,.;:!?)\n-]/.test(norm.slice(end, end + 3))) return null;
  // a lower-case kind whose object is counted after "của": a verb's, no board ("trưởng phòng kiểm tra hồ sơ của 20 doanh nghiệp")
  if (kindEnd > 0 && !capital(first) && /^\s*của\s+(?:\d|các\s|nhiều\s|hàng\s)/.test(key.slice(end, end + 16))) return null;
  return { start, end };
}

/** The end of a listed place (place.ts PLACE, by its folded words) that starts at `pos` in the folded key, or -1. */
function placeEndAt(key: string, pos: number): number {
  let k = "";
  let best = -1;
  for (let i = pos, w = 0; w < 4; w++) {
    let j = i;
    while (j < key.length && unitClass(key.charCodeAt(j)) & 2) j++;
    if (j === i) break;
    k = w ? `${k} ${key.slice(i, j)}` : key.slice(i, j);
    const whole = PLACE.get(k);
    if (whole === undefined) break;
    if (whole) best = j;
    if (key.charCodeAt(j) !== 32) break;
    i = j + 1;
  }
  return best;
}

const BRANCH = fold("chi nhánh");
const ADMIN_SET = new PhraseSet([...ADMIN_UNITS]);
/** "chi nhánh" at `pos` (ending at `end`), then the place that names the branch: a capital that starts no person's name, or an administrative unit and one. */
function branchAt(doc: Doc, pos: number, end: number, nameStarts: Set<number>): boolean {
  const { norm, key } = doc;
  if (end - pos !== BRANCH.length || !key.startsWith(BRANCH, pos)) return false;
  let nx = nextToken(norm, end);
  if (!nx || nx.s - end > 3) return false;
  const ae = phraseAt(doc, nx.s, ADMIN_SET, false);
  if (ae > 0 && !capital(nx.t)) nx = nextToken(norm, ae);
  return !!nx && capital(nx.t) && !nameStarts.has(nx.s) && !titleAt(key, nx.s) && !honorificAt(key, nx.s);
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
