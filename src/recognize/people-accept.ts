/**
 * Which name candidates are people (the first pass of recognizePeople), from what stands around them:
 *
 *   "TS. Hoàng Ngọc Nhân", "đồng chí Lan"                  an honorific (with a family name, or a strong one)
 *   "Phó Viện trưởng Hoàng Ngọc Nhân", "A, Bí thư Đảng ủy"  a title chain before or after
 *   "các đồng chí: A, B và C", "A, Chủ tịch X, B"           a plural scope, or the next item of a list
 *   "Các vận động viên: Lê Hải, Phạm Tú"                    a list headed by a plural noun for people
 *   "… Nguyễn Văn An cho biết", "Hà Văn An"                 three or four syllables with a common family name
 *   "Tổng thống Hàn Quốc Park Jin-woo", "tỷ phú Mỹ Bill Gates"  a foreign name with a title or a role word
 *   "Chủ tịch Hồ Chí Minh"                                  a historical name after its fixed title
 * Not people: "huyện Triệu Phong", "TP. Hồ Chí Minh", "tư tưởng Hồ Chí Minh", "Goldman Sachs cho biết".
 * A name accepted once is accepted at every mention (by its folded spelling).
 */
import type { NameCandidate } from "./name.js";
import type { TitleHit } from "./title.js";
import { named, escapeRe } from "../text/rx.js";
import { fold } from "../text/fold.js";
import { negativeBefore as isNegativeBefore } from "./name.js";
import { countryNotAddress, honorificsBefore } from "./honorific.js";
import { firstWord, skipBack, type PeopleText } from "./people-text.js";
import { PEN_NAME_ROLES, SPEECH_VERBS } from "../lexicon/titles.js";
import { PhraseSet, phraseBefore } from "./phrase.js";
import { lastSpeaks, roleAfter, roleOfOrgBefore, vietnameseFirst } from "./people-foreign.js";
import { pluralNounBefore } from "./people-role-list.js";

const SPEECH = named("person.speech-after", new RegExp(`^\\s{0,2}(?:,\\s{0,2})?(?:(?:đã|cũng|vừa|thì|còn)\\s{1,2})?(?:${SPEECH_VERBS.map((v) => escapeRe(fold(v))).join("|")})(?![\\p{L}\\p{M}\\p{N}])`, "u"));
/** "… đến từ Hàn Quốc", "(quốc tịch Mỹ)": where a foreign person comes from, right after the name. */
const COMES_FROM = named("person.comes-from", /^[\s,(]{0,3}(?:đến từ|quốc tịch)\s/u);
/** Middle names that make a run with a weak family name a person: "Hà Văn An", "Cao Thị Bình". */
const MIDDLE = new Set(["văn", "thị"]);
/** "Ngày sinh Chủ tịch Hồ Chí Minh", "năm sinh …": the name of an anniversary, before the title. */
const ANNIVERSARY_OF = named("person.anniversary-of", /(?:ngài|năm)\s{1,2}sinh\s{1,2}$/u);
/** A birth year or an age in brackets or after a comma right after a name: "(SN 1970, Hoàn Kiếm)", ", sinh năm 1985", "(45 tuổi". */
const BORN_AFTER = named("person.born-after", /^ {0,2}[(,] {0,2}(?:sn|sinh năm|sinh) {0,2}\d{4}(?!\d)|^ {0,2}\( {0,2}\d{1,3} tuổi/u);
const FIXED_BEFORE = named("person.fixed-before", /(?<![\p{L}\p{M}\p{N}])(?:chủ tịch|anh hùng|liệt sĩ|danh nhân|danh tướng|đồng chí)\s{1,2}$/u);

/** "Nhà báo Minh Hữu, Chủ tịch Hội …": a pen name after a writer's role, with a post after it. */
const PEN_ROLE = new PhraseSet(PEN_NAME_ROLES);

/** A match of nothing (an exec result of the same map as FIXED_BEFORE's): read in place of no match. */
const NO_MATCH = named("people-accept.NO_MATCH", /$/u).exec("")!;

/**
 * A lower-case syllable right after a name, then a stop or the next word: "Nguyễn Thị Minh tâm,", a headline's
 * "Ông Trần Thanh mẫn làm Chủ tịch …" (its fold in group 1; lostCapital asks for the whole name elsewhere).
 */
const LOWER_LAST = named("person.lower-last", /^ ([\p{Ll}\p{M}]{1,7})(?:[,.;: \n]|$)/u);

/**
 * Whether the name `c` is followed by a lower-case syllable and a stop or the next word, and another candidate with
 * its family name ends in that syllable capitalised ("Nguyễn Thị Minh tâm," beside "Nguyễn Thị
 * Tâm"): a capital lost in typing, the run no name of its own.
 */
export function lostCapital(norm: string, key: string, c: NameCandidate, cands: readonly NameCandidate[], ends?: FamilyEnds): boolean {
  if (norm.charCodeAt(c.end) !== 32) return false;
  // (LOWER_LAST needs a lower-case letter or a mark right after that space: a-z or a unit past
  // ASCII; a name followed by a capital, a digit or a sign is answered with no slice and no pattern)
  const u = norm.charCodeAt(c.end + 1);
  if (!(u >= 97 && u <= 122) && !(u >= 0x80)) return false;
  const m = LOWER_LAST.exec(norm.slice(c.end, c.end + 10));
  if (m === null) return false;
  const last = key.slice(c.end + 1, c.end + 1 + m[1]!.length);
  const family = c.tokens[0]!.key;
  if (ends === undefined) return cands.some((d) => d !== c && d.tokens.length >= 2 && d.tokens[0]!.key === family && d.tokens[d.tokens.length - 1]!.key === last);
  // (the same question from the candidates by family name and last word, made once: a search of all
  // of them for each name followed by a lower-case word was quadratic in the names of a text)
  const ds = ends.of(cands).get(`${family}\u0000${last}`);
  return ds !== undefined && (ds.length > 1 || ds[0] !== c);
}

/** The candidates of two words or more by their family name's and last word's keys ("family\0last"), made on first use. */
export class FamilyEnds {
  private map: Map<string, NameCandidate[]> | null = null;
  of(cands: readonly NameCandidate[]): Map<string, NameCandidate[]> {
    let m = this.map;
    if (m === null) {
      m = this.map = new Map();
      for (const d of cands) {
        if (d.tokens.length < 2) continue;
        const k = `${d.tokens[0]!.key}\u0000${d.tokens[d.tokens.length - 1]!.key}`;
        const l = m.get(k);
        if (l === undefined) m.set(k, [d]);
        else l.push(d);
      }
    }
    return m;
  }
}

export interface Accepted {
  /** Folded names of the people. */
  names: Set<string>;
  /** Their first words (PeopleText.mayBeAmong). */
  firsts: Set<string>;
  /** Candidates with a historical name that name a namesake ("Ông Nguyễn Tri Phương, Phó Giám đốc Sở …"). */
  namesakes: Set<NameCandidate>;
}

/** Pass 1: the folded names of the candidates that are people, in the order of `cands`. */
export function acceptNames(pt: PeopleText, cands: NameCandidate[]): Accepted {
  const { doc, norm, key } = pt;
  const namesakes = new Set<NameCandidate>();
  /** The other accepted candidates: see `namesake` below. */
  const others = new Set<NameCandidate>();
  const accepted = new Set<string>();
  const firsts = new Set<string>();
  let prevEnd = -1;
  const ends = new FamilyEnds();
  for (const c of cands) {
    if (c.caps) continue;
    // "công nhân Nguyễn Thị Minh tâm, …" where "Nguyễn Thị Tâm" is written elsewhere: the last
    // syllable lost its capital, and the run before it is no one's name
    if (c.surname && lostCapital(norm, key, c, cands, ends)) continue;
    const hon = countryNotAddress(pt, c, honorificsBefore(doc, c.start));
    // (the folded name is read when a test needs it: most candidates are no one, in texts with no one accepted)
    const canon = (): string => pt.canonOf(c);
    let ok = false;
    // (a historical name read as a namesake's: "Ông Nguyễn Tri Phương, Phó Giám đốc Sở …")
    let namesake = false;
    let post1: TitleHit[] | null = null;
    if (c.fixed) {
      // "Chủ tịch Hồ Chí Minh" is the person; "TP. Hồ Chí Minh", "tư tưởng Hồ Chí Minh", "Ngày sinh Chủ
      // tịch Hồ Chí Minh" (an anniversary's name) are not
      const before = key.slice(Math.max(0, c.start - 40), c.start);
      const fx = FIXED_BEFORE.exec(before);
      // (the match's length and both tests read on every path, only the answer chosen: read only
      // after a match, rare, they met no type feedback in optimised code and deopted acceptNames)
      const len = (fx ?? NO_MATCH)[0]!.length;
      const neg = pt.negativeBefore(c.start - len);
      const anniversary = ANNIVERSARY_OF.test(before.slice(0, before.length - len));
      ok = fx !== null && !neg && !anniversary;
      // a namesake of a historical figure: "Ông Nguyễn Tri Phương, Phó Giám đốc Sở …", "Nguyên Phó Chủ nhiệm
      // Văn phòng Chính phủ Trần Quốc Toản" (a form of address, or a post with its organisation)
      if (!ok && c.tokens.length >= 3 && !pt.negativeBefore(hon.start)) {
        const pre = pt.chainBefore(hon.start, null, hon.list.length > 0);
        // (or a form of address and a birth year: "anh Trần Quốc Tuấn (SN 1970, …)" is alive today)
        const born = hon.list.length > 0 && BORN_AFTER.test(key.slice(c.end, c.end + 24));
        if ((hon.list.length && hon.strong) || pre.some((t) => t.org !== null) || pt.chainAfter(c.end, false, null).length || born) {
          ok = true;
          namesake = true;
        }
      }
    } else {
      // (each read only when a test below needs it, in the order the tests ask: most candidates
      // have no family name, and their title chains and street words are never asked about)
      let pre: TitleHit[] | undefined;
      let neg: boolean | undefined;
      let listNext: boolean | undefined;
      const preOf = () => (pre ??= pt.chainBefore(hon.start, null, hon.list.length > 0));
      const post = () => (post1 ??= pt.chainAfter(c.end, false, null));
      const negative = () => (neg ??= pt.negativeBefore(hon.start));
      const plural = () => pt.inScope(c.start, (s) => !!s.honorific).length > 0;
      const next = () => (listNext ??= prevEnd >= 0 && /^\s*(?:,|và|;)\s*$/.test(norm.slice(prevEnd, c.start)));
      if (hon.list.length && (c.surname || hon.strong)) ok = true;
      // "Phó Viện trưởng Viện Kiểm sát huyện Triệu Phong": a street word, or an admin word before a two-syllable
      // name, vetoes a title too ("Phó Chủ tịch UBND tỉnh Nguyễn Văn An" stays a person)
      else if (c.surname && (preOf().length || post().length) && !(negative() && (c.tokens.length < 3 || isNegativeBefore(doc, hon.start, false)))) ok = true;
      else if ((c.surname || next()) && plural()) ok = true;
      else if (c.surname && next() && !negative()) ok = true;
      // "Các vận động viên: Lê Hải, Phạm Tú", "những anh hùng …: Hà Đặc, Hà Chương": a list headed by a plural noun for people
      else if (c.surname && c.offset === 0 && !negative() && pluralNounBefore(doc, c.start, c.end)) ok = true;
      else if (c.surname && !c.weak && c.tokens.length >= 3 && c.offset === 0 && !negative()) ok = true;
      // "Hà Văn An": a weak family name with Văn/Thị after it is a name all the same
      else if (c.surname && c.weak && c.tokens.length >= 3 && MIDDLE.has(c.tokens[1]!.key) && c.offset === 0 && !negative()) ok = true;
      // foreign names: a title, a role word, a title after or a speech verb next to them
      // (a speech verb only when the text also calls them "ông/bà <last name>": "Goldman Sachs cho biết" is a bank)
      else if (c.foreign && !negative() && (pt.foreignTitle(hon.start) || post().length || (SPEECH.test(key.slice(c.end, c.end + 30)) && pt.calledByLast(c)))) ok = true;
      // "Laura Brixton, một nhà văn", "CEO Acme, Owen Tate", "… Tate nói": a role after it, a role and its
      // organisation before it, or its last word alone speaking (people-foreign.ts)
      else if (c.foreign && !negative() && !vietnameseFirst(c) && (roleAfter(pt, c.start, c.end) || roleOfOrgBefore(pt, hon.start, c.cut) || lastSpeaks(pt, c))) ok = true;
      // "anh Ryu Jaechan đến từ Hàn Quốc": a form of address and where the person comes from
      else if (c.foreign && !negative() && hon.list.length && COMES_FROM.test(key.slice(c.end, c.end + 16))) ok = true;
      else if ((c.foreign || c.surname) && !negative() && pt.roleBefore(hon.start)) ok = true;
      // "Hoa hậu Phạm Hương Phạm Hương mặc …", "Đồ họa: Hoàng Như Hoàng Như": a name written twice (name.ts cuts it)
      else if (c.surname && c.tokens.length === 2 && key.startsWith(` ${key.slice(c.start, c.end)}`, c.end) && !negative()) ok = true;
      else if (!c.surname && !c.foreign && c.tokens.length === 2 && c.offset === 0 && phraseBefore(doc, skipBack(norm, hon.start), PEN_ROLE) >= 0 && post().length && !negative()) ok = true;
      else if (accepted.size && pt.mayBeAmong(c, firsts) && accepted.has(canon())) ok = true;
    }
    if (ok) {
      // (every accepted candidate added through one call, to one set or the other: a namesake's own
      // add, met in a rare branch alone, had no type feedback in optimised code and deopted acceptNames)
      (namesake ? namesakes : others).add(c);
      const k = canon();
      accepted.add(k);
      firsts.add(firstWord(k));
      prevEnd = c.end;
      // a position after the name extends the list position: "A, Chủ tịch X, B"
      const post = post1 ?? pt.chainAfter(c.end, false, null);
      if (post.length) prevEnd = skipBack(norm, post[post.length - 1]!.chainEnd);
    }
  }
  return { names: accepted, firsts, namesakes };
}
