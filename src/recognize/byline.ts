/**
 * Bylines and photo credits: pen names that count as people even without a family name.
 *
 *   "… trong thời gian tới. Hải Yến"             → "Hải Yến" (last words of the post)
 *   "… Tin, ảnh: LAN CHI", "Minh Đức/VOV"         → "LAN CHI", "Minh Đức"
 *   "Hà An - Minh Quân"                           → two people;  "(Tổng hợp) Bảo Trâm" → "Bảo Trâm"
 *   "Ảnh: Lan Chi/TTXVN", "(Ảnh: Quốc Bảo)"   → photo credits ("Ảnh minh họa: Thu Hằng-TTXVN" too)
 *   "Theo Thúy Hà/Báo điện tử Chính phủ"         → "Thúy Hà" (the author of the source)
 *   "Ảnh: Thu Trang Các cấp Hội…"                → "Thu Trang" (the next sentence starts glued on)
 * Not people: initials ("P.V", "T.E.A", "CTV"), outlets ("TTXVN", "Báo Nông thôn", "Google Earth",
 * "Ảnh Tuổi Trẻ": lexicon/outlets.ts).
 */
import type { RuleOf } from "../schema.js";
import type { Doc } from "../text/normalize.js";
import { fold } from "../text/fold.js";
import { named } from "../text/rx.js";
import { ORG_HEADS } from "../lexicon/org-heads.js";
import { OUTLETS, REGION_DESKS } from "../lexicon/outlets.js";
import { PERSON_ROLES, TITLES } from "../lexicon/titles.js";
import { isPlace, isSurname, isSyllable, negativeBefore } from "./name.js";
import { PhraseSet, phraseBefore, wordBefore } from "./phrase.js";
import { T_ODD } from "../text/tokens.js";
import { merged, peopleIndex } from "./people-index.js";
import { freshTokens } from "../text/words.js";
import { repeatedName, trimToShorterCredits } from "./credit-trim.js";

export interface BylineHit {
  start: number;
  end: number;
  name: string;
  rule: RuleOf<"mention">;
}

/** News outlets named like a person: "Ảnh Tuổi Trẻ" credits a paper. */
const OUTLET = new Set(OUTLETS.map((o) => fold(o)));
const DESK = new Set(REGION_DESKS.map((o) => fold(o)));
/** A signature part of more words is neither a name (validName: at most four) nor an outlet. */
const LONGEST_PART = Math.max(4, ...OUTLETS.map((o) => o.split(" ").length));
const ORG_WORD = new Set(ORG_HEADS.filter((h) => !h.includes(" ")).map((h) => fold(h)));
const WORD = named("byline.WORD", /^(?:\p{Lu}\p{Ll}*|\p{Lu}+)$/u);

/** A word of more than one letter, all capitals ("LAN"). */
const allCapitals = (w: string): boolean => w.length > 1 && w === w.toUpperCase();

/** `place`: a listed place is a name too (a post's last line after a stop, alone: "… ./. Hà Giang"). */
function validName(words: string[], credit = false, place = false): boolean {
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((w) => WORD.test(w) && isSyllable(w))) return false;
  // (loops, not map: arrays that .map() made came with two maps, holey once optimised, and
  // optimised validName deopted on them, "wrong map")
  const caps0 = allCapitals(words[0]!);
  for (let k = 1; k < words.length; k++) if (allCapitals(words[k]!) !== caps0) return false;
  const first = fold(words[0]!);
  if ((credit && ORG_WORD.has(first) && !isSurname(words[0]!)) || /^(?:báo|tin|nguồn|theo|ảnh|ông|bà)$/.test(first)) return false;
  let key = first;
  for (let k = 1; k < words.length; k++) key += " " + fold(words[k]!);
  if ((isPlace(key) && (!place || DESK.has(key))) || OUTLET.has(key)) return false;
  return true;
}

/** Trailing spaces and dashes after a signature ("Nguyên Hồng - "). */
const TRAILING = named("byline.TRAILING", /[\s\-–—]/u);
/** "Theo Báo X", "(Theo VnExpress)" at the very end, after the signature. */
const SOURCE_START = named("person.byline-source", /\s(?:\(\s?[Tt]heo|Theo) /gu);
const SOURCE_REST = named("person.byline-source-rest", /^[^\n()]{2,60}(?:\([^\n()]{1,30}\))?\)?$/u);
/** Length of a "Theo Báo X" / "(Theo X)" tail ending `s`, or 0 (the first start whose rest fits). */
function sourceTail(s: string): number {
  if (!s.includes("heo ")) return 0; // every start holds "Theo " or "theo "
  SOURCE_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SOURCE_START.exec(s))) {
    if (SOURCE_REST.test(s.slice(m.index + m[0].length))) return s.length - m.index;
    SOURCE_START.lastIndex = m.index + 1;
  }
  return 0;
}
/** The author in a source line: "Theo Thúy Hà/Báo …", "(Theo Bích Diệp (Dân Trí))". */
const SOURCE_AUTHOR = named("person.byline-source-author", /^(\s\(?\s?[Tt]heo )((?:\p{Lu}\p{Ll}* ){1,3}\p{Lu}\p{Ll}*)\s?(?:\/|\()/u);
/** The last words of a post glued on after a lower-case word: "trình chiếu Trần An". */
export const GLUED = named("byline.GLUED", /(?:^|\s)([\p{Ll}\p{M}]+) ((?:\p{Lu}\p{Ll}* ){1,2}\p{Lu}\p{Ll}*)$/u);
const GLUED_AT = named("byline.GLUED_AT", new RegExp(GLUED.source, "uy"));
/** Two signatures glued on the same way, joined by " - ": "… trên địa bàn Quốc Hoàn - Thúy Nga". */
const GLUED_PAIR = named("person.byline-glued-pair", /(?:^|\s)([\p{Ll}\p{M}]+) ((?:\p{Lu}\p{Ll}* ){1,2}\p{Lu}\p{Ll}*) - ((?:\p{Lu}\p{Ll}* ){1,2}\p{Lu}\p{Ll}*)$/u);
/** JavaScript's \s: a unit of white space. */
function isWs(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/**
 * GLUED.exec(s), tried (sticky) only where a match can start. After its first unit (the start of
 * `s` or white space) a match holds two or three spaces and no other white space, so it starts at
 * the start of `s` or at white space no further back than the fourth space from the end and the
 * last other white space: at most five places, not every place of the 60 units.
 */
export function gluedMatch(s: string): RegExpExecArray | null {
  const starts: number[] = [];
  let spaces = 0;
  let k = s.length - 1;
  for (; k >= 0; k--) {
    const c = s.charCodeAt(k);
    if (c === 32) {
      starts.push(k);
      if (++spaces === 4) break;
    } else if (isWs(c)) {
      starts.push(k);
      break;
    }
  }
  // the whole of s reads back with at most three spaces: a match may start at its start (^)
  if (k < 0 && starts[starts.length - 1] !== 0) starts.push(0);
  for (let i = starts.length - 1; i >= 0; i--) {
    GLUED_AT.lastIndex = starts[i]!;
    const m = GLUED_AT.exec(s);
    if (m) return m;
  }
  return null;
}
/** Words after which a capitalised run is a place or an object, not a signature. */
const GLUED_STOP = new Set(["ông", "bà", "anh", "chị", "tại", "ở", "của", "và", "với", "cho", "tỉnh", "huyện", "xã", "phường", "quận", "đường", "phố", "thành phố", "từ", "đến", "tới", "về", "là", "thăm", "theo"]);
/**
 * A role or a title right before two glued names introduces the people named: "… của nghệ sĩ Xuân
 * Bắc - Tự Long", "… các ca sĩ Mỹ Tâm - Đàm Vĩnh Hưng": no signatures.
 */
const PEOPLE_INTRO = new PhraseSet([...PERSON_ROLES, ...TITLES]);
/** What follows "ảnh" in a photo credit (the word itself is found with indexOf, quicker than a regex scan). */
const PHOTO = named("person.photo-credit", /(?:\s{1,2}(?:tư\s{1,2}liệu|tl|minh\s{1,2}hoạ))?\s{0,2}:\s{0,2}/y);
/**
 * A credit after a capital "Ảnh" with no colon: two capitalised words, then the end of the line, a
 * stop, or the next sentence (a capitalised word and a lower-case one): "Ảnh Chiến Thắng Tại lễ …"; or a
 * form of address or a degree before the next name ("Ảnh Tấn Thành Bà Nguyễn Thị Bình chia sẻ").
 */
const BARE_CREDIT = named("person.photo-credit-bare", /^ (\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)(?=\s*$|\s*[\n.,;()]|\s\p{Lu}\p{Ll}* \p{Ll}|\s(?:Ông|Bà|Anh|Chị|Đồng chí|GS|PGS|TS|ThS)\.? \p{Lu})/u);
/** "cổ đông tên Minh Khôi", "nạn nhân tên là Minh Anh": a person noun, "tên", then the name. */
const NAMED = named(
  "person.named",
  /(?<![\p{L}\p{M}\p{N}])(?:cổ đông|người|đối tượng|bị can|bị cáo|nạn nhân|cháu|bé|học sinh|sinh viên|công nhân|cán bộ|đảng viên|đoàn viên|phóng viên|nữ sinh|nam sinh|thanh niên|phụ nữ|cụ)(?: có)? $/u,
);
/** "tên " and "tên là " are found first (indexOf), then NAMED is tested on the words before. */
const PAIR = named("person.byline-pair", /([.!?…”"]\s{1,3})(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+) - (\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)(?= \p{Lu})/gu);

const PAIR_AT = named("byline.PAIR_AT", new RegExp(PAIR.source, "uy"));
const IS_LU = named("byline.IS_LU", /^\p{Lu}$/u);
const IS_LL = named("byline.IS_LL", /^\p{Ll}$/u);
const IS_WS = named("byline.IS_WS", /^\s$/u);
/** Per BMP unit: 1 = \p{Lu}, 2 = \p{Ll}, 4 = \s, 8 = one of PAIR's stops; 128 = not read yet. */
const PAIR_CLS = new Uint8Array(65536).fill(128);
function pairClass(c: number): number {
  let k = PAIR_CLS[c]!;
  if (k === 128) {
    const ch = String.fromCharCode(c);
    PAIR_CLS[c] = k = (IS_LU.test(ch) ? 1 : 0) | (IS_LL.test(ch) ? 2 : 0) | (IS_WS.test(ch) ? 4 : 0) | (".!?…”\"".includes(ch) ? 8 : 0);
  }
  return k;
}
/**
 * Where a match of PAIR holding the " - " at `d` must start: read back from it over
 * "<stop>\s{1,3}Xx Xx" (-1: nowhere; -2: a surrogate on the way, which the unit classes cannot read).
 */
function pairStart(norm: string, d: number): number {
  const cls = (i: number): number => {
    const c = norm.charCodeAt(i);
    return c >= 0xd800 && c <= 0xdfff ? -1 : pairClass(c);
  };
  let k = d;
  for (let w = 0; w < 2; w++) {
    if (w === 1) {
      if (k < 1 || norm.charCodeAt(k - 1) !== 32) return -1;
      k--;
    }
    const e = k;
    for (let c = k > 0 ? cls(k - 1) : 0; c !== 0 && c & 2; c = k > 0 ? cls(k - 1) : 0) {
      if (c < 0) return -2;
      k--;
    }
    const c = k > 0 ? cls(k - 1) : 0;
    if (c < 0) return -2;
    if (k === e || !(c & 1)) return -1;
    k--;
  }
  let q = k;
  while (q > 0 && k - q < 4) {
    const c = cls(q - 1);
    if (c < 0) return -2;
    if (!(c & 4)) break;
    q--;
  }
  if (k - q < 1 || k - q > 3 || q < 1) return -1;
  const c = cls(q - 1);
  if (c < 0) return -2;
  return c & 8 ? q - 1 : -1;
}
/**
 * The matches of a global scan of `norm` with PAIR: each holds one " - ", which fixes where it
 * starts (pairStart), so PAIR is tried (sticky) there only.
 */
export function pairMatches(norm: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  // (each " - " found by its "-", a rare unit: a search for the space first stops at every word)
  for (let h = norm.indexOf("-", 1); h >= 0; h = norm.indexOf("-", h + 1)) {
    if (norm.charCodeAt(h - 1) !== 32 || norm.charCodeAt(h + 1) !== 32) continue;
    const d = h - 1;
    const p = pairStart(norm, d);
    if (p === -2) {
      // a character above U+FFFF near the dash: the scan itself, from here on
      PAIR.lastIndex = from;
      let m: RegExpExecArray | null;
      while ((m = PAIR.exec(norm))) out.push(m);
      return out;
    }
    if (p < from) continue;
    PAIR_AT.lastIndex = p;
    const m = PAIR_AT.exec(norm);
    if (m) {
      out.push(m);
      from = p + m[0].length;
    }
  }
  return out;
}

/** The last word of a glued signature (GLUED's last). */
const CAP_WORD = named("byline.CAP_WORD", /^\p{Lu}\p{Ll}*$/u);
/** Characters that end a sentence or a clause before a signature: . ! ? … : ; ” " » ) */
const isStop = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 58 || c === 59 || c === 0x201d || c === 34 || c === 0xbb || c === 41;
const SPACES = named("byline.SPACES", /\s+/uy);

/**
 * Length of the match of /^.*(?:[.!?…:;”"»)]|\.\/\.)\s+/su in the line s[from, to), or 0: the line up
 * to its last stop followed by white space, and that white space. ("./." followed by white space
 * ends in a stop followed by white space, so the second branch never reaches further than the
 * first.) Read in `s` itself between the bounds: a slice of it is slower to read unit by unit.
 */
function cutAt(s: string, from: number, to: number): number {
  for (let k = to - 2; k >= from; k--) {
    if (!isStop(s.charCodeAt(k))) continue;
    SPACES.lastIndex = k + 1;
    if (SPACES.test(s)) return Math.min(SPACES.lastIndex, to) - from;
  }
  return 0;
}

/** `s.split(/ - |, | {2,}|(?<! )- | -(?! )/)` without the regex (a split by a pattern is several times slower in V8). */
function splitSignatures(s: string): string[] {
  const out: string[] = [];
  let from = 0;
  // (by units: three startsWith calls at every unit were most of the time of a title's signature)
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // a dash glued to one name and spaced from the other: "Vân An- Lê Quang", "Vân An -Lê Quang"
    if (c === 45 && i > 0) {
      const b = s.charCodeAt(i - 1);
      const a = s.charCodeAt(i + 1);
      if (b !== 32 && a === 32) {
        out.push(s.slice(from, i));
        from = i + 2;
      } else if (b === 32 && i + 1 < s.length && a !== 32 && !(a >= 48 && a <= 57)) {
        out.push(s.slice(from, i - 1));
        from = i + 1;
      }
      continue;
    }
    if (c !== 32 && c !== 44) continue;
    const d = s.charCodeAt(i + 1);
    if (c === 32 && d === 45 && s.charCodeAt(i + 2) === 32) {
      out.push(s.slice(from, i));
      from = i += 3;
      i--;
    } else if (c === 44 && d === 32) {
      out.push(s.slice(from, i));
      from = i += 2;
      i--;
    } else if (c === 32 && d === 32) {
      out.push(s.slice(from, i));
      while (s.charCodeAt(i) === 32) i++;
      from = i--;
    }
  }
  out.push(s.slice(from));
  return out;
}

/** How many runs of characters other than " " a string has (its words, when it holds no dot). */
function wordRuns(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== 32 && (i === 0 || s.charCodeAt(i - 1) === 32)) n++;
  return n;
}

/** The same for s.slice(0, end): Math.max(s.lastIndexOf("\n", end - 1) + 1, end - most), reading back at most `most` + 1 units. */
export function lastLineStart(s: string, most: number, end = s.length): number {
  const floor = Math.max(0, end - most);
  for (let k = end - 1; k >= floor - 1 && k >= 0; k--) if (s.charCodeAt(k) === 10) return Math.max(k + 1, floor);
  return floor;
}

/**
 * People introduced by name: "cổ đông tên Minh Khôi", "nạn nhân tên là Minh Anh". NAMED ends in a
 * space before "tên", so only a word "tên" followed by a space can start one: the tokens with its
 * id are read. `byIndexOf`: a search of the key for "tên " instead (the specification; a hit inside
 * a word fails NAMED and the next search starts past it, where no "tên " can start).
 */
export function namedPeople(doc: Doc, byIndexOf = false): BylineHit[] {
  const { norm, key } = doc;
  const out: BylineHit[] = [];
  const at = (i: number): number => {
    const at = key.startsWith("là ", i + 4) ? i + 7 : i + 4;
    if (!NAMED.test(key.slice(Math.max(0, i - 20), i))) return at;
    const w = /^\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*){1,3}/u.exec(norm.slice(at, at + 40));
    if (w && validName(w[0].split(" "))) out.push({ start: at, end: at + w[0].length, name: w[0], rule: "person.named" });
    return at;
  };
  if (byIndexOf) {
    for (let i = key.indexOf("tên "), from = 0; i >= 0; i = key.indexOf("tên ", from)) from = at(i);
    return out;
  }
  const t = freshTokens(doc);
  let from = 0;
  for (const k of peopleIndex(doc).ten) {
    const i = t.start[k]!;
    if (i >= from && key.charCodeAt(i + 3) === 32) from = at(i);
  }
  return out;
}

/**
 * Photo credits: "Ảnh: Lan Chi", "(Ảnh minh họa: Thu Hằng)", "… Ảnh Chiến Thắng Tại lễ …". The
 * word "ảnh" must be whole (PHOTO and BARE_CREDIT start with white space or a colon after it), so
 * only the tokens with its id are read, and inside the tokens of odd letters (one above U+FFFF
 * is no word character to the edge test) each "ảnh". `byIndexOf`: every "ảnh" of the key found
 * with indexOf (the specification; most are inside words: "cảnh", "hình ảnh hưởng").
 */
export function photoCredits(doc: Doc, byIndexOf = false): BylineHit[] {
  const { norm, key } = doc;
  const out: BylineHit[] = [];
  /** One "ảnh" at i: the position after which the next is looked for. */
  const at = (i: number): number => {
    if (wordBefore(key, i)) return i + 1;
    PHOTO.lastIndex = i + 3;
    if (!PHOTO.test(key)) {
      // a caption's credit with no colon: "… hiến máu đầu xuân Ảnh Chiến Thắng Tại lễ …"
      const bare = norm[i] === "Ả" ? BARE_CREDIT.exec(norm.slice(i + 3, i + 60)) : null;
      if (bare && validName(bare[1]!.split(" "), true)) out.push({ start: i + 4, end: i + 4 + bare[1]!.length, name: bare[1]!, rule: "person.photo-credit" });
      return i + 1;
    }
    const at = PHOTO.lastIndex;
    const tail = norm.slice(at, at + 60);
    const w = /^(?:\p{Lu}[\p{L}\p{M}]*)(?: \p{Lu}[\p{L}\p{M}]*)*/u.exec(tail);
    if (!w) return at;
    const words = w[0].split(" ");
    // the next sentence may follow with no stop: it starts at the word followed by a lower-case word
    const rest = tail.slice(w[0].length);
    let n = words.length;
    if (/^ [\p{Ll}]/u.test(rest)) n = words.length - 1;
    n = Math.min(n, 4);
    const pick = repeatedName(words.slice(0, n)) ?? words.slice(0, n);
    if (!validName(pick, true)) return at;
    const name = pick.join(" ");
    out.push({ start: at, end: at + name.length, name, rule: "person.photo-credit" });
    return at;
  };
  if (byIndexOf) {
    for (let i = key.indexOf("ảnh"), from = 0; i >= 0; i = key.indexOf("ảnh", from)) from = at(i);
    return trimToShorterCredits(out);
  }
  const t = freshTokens(doc);
  const ix = peopleIndex(doc);
  let from = 0;
  for (const k of merged(ix.anh, ix.odd)) {
    if (t.flags[k]! & T_ODD) {
      // within the token only: an indexOf from here would run on to the next 'ảnh' of the text,
      // at every odd token (quadratic on a text of odd tokens and no 'ảnh': "PGS.TS. Đ/c …")
      const end = t.end[k]!;
      for (let i = Math.max(from, t.start[k]!); i + 3 <= end; i++) {
        if (key.startsWith("ảnh", i)) {
          from = at(i);
          i = from - 1;
        }
      }
      continue;
    }
    if (t.start[k]! >= from) from = at(t.start[k]!);
  }
  return trimToShorterCredits(out);
}

export function findBylines(doc: Doc): BylineHit[] {
  const out: BylineHit[] = [];
  const { norm } = doc;
  // 1. photo credits anywhere
  out.push(...photoCredits(doc));
  let m: RegExpExecArray | null;
  // 1b. a person introduced by name: "cổ đông tên Minh Khôi"
  out.push(...namedPeople(doc));
  // 2. digest items signed by two people: "… tốt hơn. Lê An - Hải Nam LĐLĐ tỉnh …"
  for (m of pairMatches(norm)) {
    const at = m.index + m[1]!.length;
    // (a name written twice is one: "Minh An Minh An - Bảo Ngọc")
    const a = repeatedName(m[2]!.split(" "))?.join(" ") ?? m[2]!;
    const b = repeatedName(m[3]!.split(" "))?.join(" ") ?? m[3]!;
    // (an author signed with the outlet: "Minh Tuấn - Thể Thao Việt Nam" gives the author alone)
    const aOk = validName(a.split(" "), true);
    const bOk = validName(b.split(" "), true);
    const aOutlet = OUTLET.has(fold(a));
    const bOutlet = OUTLET.has(fold(b));
    if (!((aOk || aOutlet) && (bOk || bOutlet)) || (aOutlet && bOutlet)) continue;
    if (aOk) out.push({ start: at, end: at + a.length, name: a, rule: "person.byline" });
    const bs = m.index + m[0].length - b.length;
    if (bOk) out.push({ start: bs, end: bs + b.length, name: b, rule: "person.byline" });
  }
  // 3. the signature at the end of the post
  // "… Nguyên Hồng - ", "… An Bình (t/h) Theo Báo X": trailing dashes and the source line are not the signature
  let end = norm.length;
  while (end > 0 && TRAILING.test(norm[end - 1]!)) end--;
  let trimmed = norm.slice(0, end);
  const source = sourceTail(trimmed.slice(-120));
  if (source) {
    // "Theo Thúy Hà/Báo điện tử Chính phủ", "Theo Bích Diệp (Dân Trí)": the author of the source
    const at = trimmed.length - source;
    const a = SOURCE_AUTHOR.exec(trimmed.slice(at));
    if (a && validName(a[2]!.split(" "), true)) {
      const s0 = at + a[1]!.length;
      out.push({ start: s0, end: s0 + a[2]!.length, name: a[2]!, rule: "person.byline" });
    }
    trimmed = trimmed.slice(0, at);
  }
  // (the last line and its cut read in norm up to the end of `trimmed`, not in slices of it)
  const lineStart = lastLineStart(norm, 200, trimmed.length);
  // the line up to its last stop and the white space after it (cutAt: the same as /^.*(?:[.!?…:;”"»)]|\.\/\.)\s+/su)
  const cutLen = cutAt(norm, lineStart, trimmed.length);
  const cut = cutLen > 0 ? norm.slice(lineStart, lineStart + cutLen) : null;
  let tailStart = lineStart + (cut ? cut.length : 0);
  let tail = trimmed.slice(tailStart);
  // a signature glued on with no stop: "… vẫn đang trình chiếu Trần An"
  const glued = () => {
    const end60 = trimmed.slice(-60);
    // GLUED ends in " " + a capitalised word: the word after the last space must be one
    if (!CAP_WORD.test(end60.slice(end60.lastIndexOf(" ") + 1)) || end60.lastIndexOf(" ") < 0) return out;
    // (two signatures: both names or neither; a place on either side fails validName, "tuyến Hà Nội - Hải Phòng")
    const p = end60.includes(" - ") ? GLUED_PAIR.exec(end60) : null;
    if (p && !GLUED_STOP.has(fold(p[1]!)) && phraseBefore(doc, trimmed.length - p[0].length + p[0].indexOf(p[1]!) + p[1]!.length, PEOPLE_INTRO) < 0) {
      const bs = trimmed.length - p[3]!.length;
      const as = bs - 3 - p[2]!.length;
      if (validName(p[2]!.split(" "), true) && validName(p[3]!.split(" "), true) && !negativeBefore(doc, as)) {
        out.push({ start: as, end: as + p[2]!.length, name: p[2]!, rule: "person.byline" });
        out.push({ start: bs, end: trimmed.length, name: p[3]!, rule: "person.byline" });
      }
      return out;
    }
    const g = gluedMatch(end60);
    if (g && !GLUED_STOP.has(fold(g[1]!))) {
      const words = g[2]!.split(" ");
      const s0 = trimmed.length - g[2]!.length;
      if (validName(words, true) && !negativeBefore(doc, s0)) out.push({ start: s0, end: trimmed.length, name: g[2]!, rule: "person.byline" });
    }
    return out;
  };
  if (tail.length > 80) return glued();
  // a list introduced by "gồm:" ends the post, not a signature ("… các tuyến đường gồm: Lê Lợi, Trần Phú.")
  if (cut && /:\s*$/.test(cut) && !/(?:ảnh|bài|tin|nguồn|thực hiện|ghi|theo|tác giả)\s*:\s*$/iu.test(cut)) return glued();
  const lead = /^(?:\([^)]*\)\s*|(?:tin|bài)?[, ]*(?:ảnh|bài)?\s*:\s*|(?:nhóm\s+)?(?:PV|CTV|phóng viên)\.?\s+(?=\p{Lu}))/iu.exec(tail);
  if (lead && lead[0]) {
    tailStart += lead[0].length;
    tail = tail.slice(lead[0].length);
  }
  // (each pattern needs its ")" or "/": a tail without one is left as it is)
  if (tail.includes(")")) tail = tail.replace(/\s*\([^)]*\)\s*$/, "");
  if (tail.includes("/")) tail = tail.replace(/\s*\/.*$/, "");
  // the tail must be nothing but signatures ("Hà An - Minh Quân", "Hoàng Anh  Hoàng Anh" written
  // twice), initials dropped ("Tr.Hoàng")
  const parts: string[][] = [];
  const signatures = splitSignatures(tail);
  // a pen name that is also a place's ("Hà Giang", "Thái Bình") signs a post when it stands alone
  // after the last stop: a place on a line of its own is no sentence
  const lone = cut !== null && signatures.length === 1;
  for (const part of signatures) {
    // more words (none with a dot) than a name or an outlet has: known before the words are made
    if (!part.includes(".") && wordRuns(part) > LONGEST_PART) return glued();
    const all = part.split(" ").filter((w) => w && !w.includes("."));
    // (one space between a name written twice too: "Hoàng Anh Hoàng Anh")
    const words = repeatedName(all) ?? all;
    // (an outlet signed beside the author is dropped: "Hoàng Tâm - Thể Thao Việt Nam")
    if (OUTLET.has(fold(words.join(" ")))) continue;
    if (words.length && !validName(words, false, lone)) return glued();
    parts.push(words);
  }
  let pos = tailStart;
  for (const words of parts) {
    if (!words.length) continue;
    const name = words.join(" ");
    const s = norm.indexOf(name, pos);
    if (s < 0) continue;
    pos = s + name.length;
    if (out.some((o) => o.start === s)) continue;
    out.push({ start: s, end: s + name.length, name, rule: "person.byline" });
  }
  return out;
}
