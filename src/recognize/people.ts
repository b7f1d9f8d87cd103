/**
 * People with their honorifics and positions, one entry per person (GOLD.md `people`).
 *
 *   "TS. Hoàng Ngọc Nhân – Phó Viện trưởng Viện Ứng dụng công nghệ"  → honorific TS, position + org
 *   "Phó Viện trưởng Hoàng Ngọc Nhân", "đồng chí Hoàng Ngọc Nhân"      → the same person, more mentions
 *   "đồng chí Nguyễn Phú Hùng, Bí thư Đảng ủy, Viện trưởng Viện X"     → two positions
 *   "các đồng chí Phó Chủ tịch: A, B và C"                            → three people, each Đồng chí + title
 *   "Ảnh: Lan Chi", "… Hải Yến" (signature)                     → people without positions
 *   "Tổng thống Hàn Quốc Park Jin-woo", "đạo diễn Martin Kowalski"      → foreign names with a title or role
 *   "các Ủy viên Trung ương Đảng: A, B", "Các phó trưởng ban A, B"    → the plural title for every name
 * Not people: "Trường Đại học Nguyễn Tất Thành", "số 18 Hoàng Quốc Việt", "tư tưởng Hồ Chí Minh", "P.V",
 * "huyện Triệu Phong", "đường Nguyễn Văn Trỗi", "Đoàn Việt Nam", "Goldman Partners cho biết".
 *
 * A capitalised name candidate (name.ts) is a person when its context says so: an honorific
 * before it (honorific.ts), a title chain before or after it (title.ts), a list it belongs to,
 * a byline (byline.ts), or — for three- or four-syllable names with a common family name — when
 * nothing marks it as part of a street, school or place name.
 */
import type { Ctx, Hit, OrgHit, PersonHit, PositionHit } from "./types.js";
import type { Doc } from "../text/normalize.js";
import { fold } from "../text/fold.js";
import { cls, SPACE } from "../text/chars.js";
import { T_CAP } from "../text/tokens.js";
import { escapeRe, named } from "../text/rx.js";
import { isPlace as isPlaceWord, nameCandidates, negativeBefore as isNegativeBefore, tokenFold, type NameCandidate } from "./name.js";
import { dedupe, honorificsBefore } from "./honorific.js";
import { findScopes, MAX_SCOPE, type Scope } from "./people-scopes.js";
import { mergeSpellings, type Person } from "./people-merge.js";
import { findTitles, parseOrg, type TitleHit } from "./title.js";
import { findBylines } from "./byline.js";
import { peopleNameStarts } from "./people-starts.js";
import { PERSON_ROLES, SPEECH_VERBS } from "../lexicon/titles.js";
import { COUNTRY_WORDS, FIXED_CITY_NAMES, ORG_HEADS } from "../lexicon/org-heads.js";
import { PhraseSet, phraseBefore, wordBefore } from "./phrase.js";
import { recognizeOrganizations as orgs } from "./org.js";

const ROLE = named("person.role", /^[\s,]{0,3}(?:(?:đã|cũng|đến|tới|vừa|sẽ|đồng|và)\s{1,3}){0,3}(chủ trì|tham dự|dự|báo cáo|phát biểu|chỉ đạo|trình bày)(?![\p{L}\p{M}\p{N}])/u);
const ROLE_OF: Record<string, string> = { "chủ trì": "chủ trì", "tham dự": "tham dự", dự: "tham dự", "báo cáo": "báo cáo", "phát biểu": "phát biểu", "chỉ đạo": "chỉ đạo", "trình bày": "trình bày" };
/** Titles of which a person may hold several with different organisations. */
const MEMBERSHIP = new Set(["ủy viên", "thành viên", "đại diện"].map(fold));
/** "ông X hiện là / hiện làm / giữ chức vụ" + title, right after the name. */
const AS = named("person.as", /^[ ]{0,2}(?:,[ ]{0,2})?(?:(?:khi đó|lúc đó|khi ấy|lúc ấy|trước đó|lúc bấy giờ|thời điểm đó|hiện|đang|cũng|từng|nguyên|vẫn)[ ]{1,2}){0,3}(?:là|làm|giữ chức vụ|giữ chức|đảm nhiệm chức vụ|đảm nhiệm|giữ cương vị)[ ]{1,2}/u);
/** "Về phía", "Thay mặt": the side a speaker stands for, at the start of a clause. */
const SIDE = named("person.side", /(?:^|[.,;:]\s{0,2}|\n)(?:về phía|thay mặt|đại diện cho|đại diện)\s{1,2}(?=\S)/u);
/** Elected or appointed to a post: the title follows (left word edge tested in elect()). */
const ELECT = named("person.elect", /(?:bầu|ứng cử|bổ nhiệm|đề cử|trở thành|giữ|tham gia)\s{1,2}(?:(?:làm|giữ|vào|là)\s{1,2})?(?:chức\s{1,2}(?:danh|vụ)\s{1,2}|chức\s{1,2})?(?:tân\s{1,2})?(?=\S)/gu);
/** The ELECT matches in `s` that start a word ("… cử giữ chức A, nhiệm kỳ …, chỉ định giữ chức B"). */
function* elect(s: string): Generator<RegExpExecArray> {
  ELECT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ELECT.exec(s))) {
    if (!wordBefore(s, m.index)) {
      const end = m.index + m[0].length;
      yield m;
      ELECT.lastIndex = end;
    } else ELECT.lastIndex = m.index + 1;
  }
}
/** Between a title and a foreign name: nothing, a bracketed acronym, a comma ("Chủ tịch Ủy ban châu Âu (EC) Jean-Claude Juncker"). */
const FOREIGN_GAP = /^\s*(?:\([^()]{1,15}\)\s*)?,?\s*$/u;
const ROLE_TITLES = new Set(PERSON_ROLES.map((r) => fold(r)));
const ROLE_SET = new PhraseSet(PERSON_ROLES);
const SPEECH = named("person.speech-after", new RegExp(`^\\s{0,2}(?:,\\s{0,2})?(?:(?:đã|cũng|vừa|thì|còn)\\s{1,2})?(?:${SPEECH_VERBS.map((v) => escapeRe(fold(v))).join("|")})(?![\\p{L}\\p{M}\\p{N}])`, "u"));
const COUNTRIES = new Set<string>(COUNTRY_WORDS);
const REPRESENTATIVE = fold("đại diện");
const ORG_HEAD_WORD = new Set(ORG_HEADS.map((h) => fold(h)));
const PASSIVE_AGENT = /(?:được|bị)\s{1,2}$/u;
/** The term of a post after it: ", nhiệm kỳ 2014-2019", " khóa VIII", " từ năm 2008", " từ tháng 4/2012" (the comma after it stays). */
const TERM = named("person.term", /^,?\s{0,2}(?:nhiệm kì\s{1,2}\d{4}\s{0,2}-\s{0,2}\d{4}|khóa\s{1,2}[ivxlc]{1,6}(?![\p{L}\p{M}\p{N}])|từ\s{1,2}(?:năm\s{1,2}|tháng\s{1,2}\d{1,2}\s{0,1}[/-]\s{0,1})?\d{4}(?![\p{L}\p{M}\p{N}]))/u);
/** "nay là", "hiện là" between a former post and the one held now (folded: "nay" → "nai"). */
const NOW_IS = ["nay là ", "hiện là ", "hiện đang là ", "hiện nay là "].map((w) => fold(w));
/** A place in brackets after a unit's name: "(huyện Tánh Linh, Bình Thuận)", "(TP. Huế)". */
const PLACE_NOTE = named("person.place-note", new RegExp(`^ {0,2}(?:${["huyện", "tỉnh", "xã", "quận", "phường", "thị xã", "thị trấn", "thành phố", "tp"].map((w) => fold(w)).join("|")})[ .]`, "u"));
/** A birth year or an age in brackets right after a name: "(SN 1964)", "(sinh năm 1970)", "(45 tuổi)". */
const BIRTH_NOTE = named("person.birth-note", /^ {0,2}\((?:sn|sinh năm|sinh) {0,2}\d{4}\)|^ {0,2}\(\d{1,3} tuổi\)/u);
/** "… đến từ Hàn Quốc", "(quốc tịch Mỹ)": where a foreign person comes from, right after the name. */
const COMES_FROM = named("person.comes-from", /^[\s,(]{0,3}(?:đến từ|quốc tịch)\s/u);
/** Middle names that make a run with a weak family name a person: "Hà Văn An", "Cao Thị Bình". */
const MIDDLE = new Set(["văn", "thị"]);
/** Words that make a historical or fixed name a person: "Chủ tịch Hồ Chí Minh", "anh hùng Võ Thị Sáu". */
const CITY_NAMES = new Set<string>(FIXED_CITY_NAMES.map((n) => fold(n)));
/** "Ngày sinh Chủ tịch Hồ Chí Minh", "năm sinh …": the name of an anniversary, before the title. */
const ANNIVERSARY_OF = named("person.anniversary-of", /(?:ngài|năm)\s{1,2}sinh\s{1,2}$/u);
const FIXED_BEFORE = named("person.fixed-before", /(?<![\p{L}\p{M}\p{N}])(?:chủ tịch|anh hùng|liệt sĩ|danh nhân|danh tướng|đồng chí)\s{1,2}$/u);
/** A form of address right before one capitalised word: "ông Đạt", "bà Hằng" (tested on the text before the word). */
const SHORT = named("person.short-ref", /(?<![\p{L}\p{M}\p{N}])(?:[ôÔ]ng|[bB]à|[aA]nh|[cC]hị|[eE]m|[cC]ô|[tT]hầy|[đĐ]ồng chí|[đĐ]\/c)[ ]{1,2}$/u);
/** The one capitalised word of a short reference, and what may not follow it (a letter, or another capitalised word). */
const SHORT_WORD = /^\p{Lu}[\p{Ll}\p{M}]*$/u;
const SHORT_AFTER = /^(?:[\p{L}\p{M}\p{N}]| \p{Lu})/u;

/**
 * The runs of non-space characters after every "ông " and "bà " of a folded text, sorted: a word
 * without white space follows one of them (`key.includes("ông " + w)`) exactly when it is a prefix
 * of one of these runs. Built once per document instead of a scan of the text per candidate (that
 * made 2 MB texts quadratic).
 */
function wordsAfterAddress(key: string): string[] {
  const out: string[] = [];
  for (const form of ["ông ", "bà "]) {
    for (let at = key.indexOf(form); at >= 0; at = key.indexOf(form, at + 1)) {
      const s = at + form.length;
      let e = s;
      while (e < key.length && !(cls(key.charCodeAt(e)) & SPACE)) e++;
      out.push(key.slice(s, e));
    }
  }
  return out.sort();
}
/** Whether `w` is a prefix of a string of the sorted list (`w` holding no white space; else the plain test). */
function startsAny(sorted: readonly string[], w: string): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < w) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.startsWith(w);
}

function skipBack(s: string, p: number): number {
  while (p > 0 && (s[p - 1] === " " || s[p - 1] === "\t")) p--;
  return p;
}
function skipFwd(s: string, p: number): number {
  while (p < s.length && (s[p] === " " || s[p] === "\t")) p++;
  return p;
}

export function recognizePeople(ctx: Ctx): PersonHit[] {
  const doc = ctx.doc;
  const { norm, key } = doc;
  const bylines = findBylines(doc);
  // a credit cut short ("Ảnh: Nguyễn Văn Thắng Hội nghị…") wins over the longer capitalised run
  const cands = nameCandidates(doc).filter((c) => !bylines.some((b) => b.start < c.end && c.start < b.end && (b.start !== c.start || b.end !== c.end)));
  // every person below is a candidate accepted in pass 1 or a byline: with neither there is none
  // (most short texts), and titles, scopes and lists need not be read
  if (!cands.length && !bylines.length) {
    peopleNameStarts.set(doc, new Set());
    return [];
  }
  // (a historical name may be a namesake's: "… Văn phòng Chính phủ Trần Quốc Toản" ends the organisation there)
  const nameStarts = new Set(cands.filter((c) => c.surname && (!c.fixed || !CITY_NAMES.has(fold(c.name))) && !c.caps && !c.negative).map((c) => c.start));
  peopleNameStarts.set(doc, nameStarts);
  const titles = findTitles(doc, nameStarts);
  const byEnd = new Map<number, TitleHit[]>();
  const byStart = new Map<number, TitleHit>();
  for (const t of titles) {
    const e = skipBack(norm, t.chainEnd);
    byEnd.set(e, [...(byEnd.get(e) ?? []), t]);
    if (!byStart.has(t.start)) byStart.set(t.start, t);
  }
  const sentenceEnd = (pos: number) => {
    const ss = ctx.sentences;
    let lo = 0;
    let hi = ss.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ss[mid]!.end <= pos) lo = mid + 1;
      else if (ss[mid]!.start > pos) hi = mid - 1;
      else return ss[mid]!.end;
    }
    return norm.length;
  };

  // candidates by position, for the lists below (binary search instead of a scan per list)
  const byPos = [...cands].sort((a, b) => a.start - b.start);
  const scopes = findScopes(doc, byStart, nameStarts, byPos, sentenceEnd);

  /** Title chain written right before a name (or its honorifics). */
  const chainBefore = (p: number, claimed: Set<TitleHit> | null, hasHonorific: boolean): TitleHit[] => {
    const out: TitleHit[] = [];
    let j = skipBack(norm, p);
    for (let guard = 0; guard < 8; guard++) {
      let t = (byEnd.get(j) ?? []).find((x) => !claimed?.has(x) && x.start < j);
      if (!t && out.length === 0 && hasHonorific && norm[j - 1] === ",") {
        // "Chủ tịch Công ty X, ông Trần Văn An": a title with its organisation opening the clause
        const j2 = skipBack(norm, j - 1);
        t = (byEnd.get(j2) ?? []).find((x) => !claimed?.has(x) && x.start < j2 && x.org !== null && clauseStart(x.start));
      }
      if (!t && out.length === 0 && norm[j - 1] === ")") {
        // "Chủ tịch Hội Nông dân xã X (huyện Y, tỉnh Z) Nguyễn Văn A": where the unit is, in brackets, before the name
        const open = norm.lastIndexOf("(", j - 1);
        if (open >= 0 && j - open <= 48 && !norm.slice(open + 1, j - 1).includes("(") && PLACE_NOTE.test(key.slice(open + 1, j - 1))) {
          const j2 = skipBack(norm, open);
          t = (byEnd.get(j2) ?? []).find((x) => !claimed?.has(x) && x.start < j2 && x.org !== null);
        }
      }
      if (!t) break;
      out.unshift(t);
      j = skipBack(norm, t.start);
      const c = norm[j - 1];
      if (c === "," || c === "-") {
        j = skipBack(norm, j - 1);
        continue;
      }
      if (key.slice(Math.max(0, j - 5), j) === " kiêm") {
        j = skipBack(norm, j - 5);
        continue;
      }
      break;
    }
    return out;
  };

  /** Title chain written right after a name: ", Bí thư Đảng ủy, Viện trưởng Viện X". */
  const chainAfter = (e: number, lineStart: boolean, claimed: Set<TitleHit> | null): TitleHit[] => {
    const out: TitleHit[] = [];
    let p = e;
    const table = lineStart && (norm[skipFwd(norm, e)] === "\n" || e === norm.length);
    // "ông Phạm Văn A (SN 1964) - Trưởng phòng …": a birth year or an age in brackets before the post
    const birth = BIRTH_NOTE.exec(key.slice(e, e + 24));
    if (birth) p = e + birth[0].length;
    for (let guard = 0; guard < 8; guard++) {
      p = skipFwd(norm, p);
      // "…, Ủy viên Ủy ban X, nhiệm kỳ 2014-2019, Ủy viên Ban Thường vụ …": the term of a post is no end of the chain
      if (out.length) p = skipTerm(p);
      const c = norm[p];
      if (c === "," || c === "-" || (c === "(" && out.length === 0)) {
        p = skipFwd(norm, p + 1);
        if (table && norm[p] === "\n") p = skipFwd(norm, p + 1);
      }
      else if (c === "\n" && table) p = skipFwd(norm, p + 1);
      else if (out.length && key.startsWith("kiêm ", p)) p = skipFwd(norm, p + 5);
      else if (out.length && key.startsWith("đồng thời là ", p)) p = skipFwd(norm, p + 13);
      // "Chủ tịch UBND tỉnh X nay là Bí thư Tỉnh ủy X": the post held now
      else if (out.length && NOW_IS.some((w) => key.startsWith(w, p))) {}
      // "nguyên Chủ tịch UBND quận X (hiện đang là Bí thư Quận ủy …)": the post held now, in brackets
      else if (out.length && c === "(" && NOW_IS.some((w) => key.startsWith(w, skipFwd(norm, p + 1)))) p = skipFwd(norm, p + 1);
      // "Ông Nguyễn Văn Tiến Chủ tịch UBND xã …": a capitalised title right after the name
      else if (!out.length && p === e + 1 && /\p{Lu}/u.test(c ?? "") && byStart.has(p)) {}
      else break;
      // ("…, nguyên Giám đốc Sở Y tế, hiện là Phó Chủ tịch …")
      const now = out.length ? NOW_IS.find((w) => key.startsWith(w, p)) : undefined;
      if (now) p = skipFwd(norm, p + now.length);
      const t = byStart.get(p);
      if (!t || claimed?.has(t)) break;
      // "Bộ trưởng X, đại diện lãnh đạo Bộ …": a lower-case "đại diện" with no organisation after it starts the
      // next list item ("Ông X – đại diện Văn phòng Viện" is a position)
      if (t.base === REPRESENTATIVE && t.org === null && norm[t.start] === "đ") break;
      // "Tổng Bí thư A, Chủ tịch nước B", "A, Chủ tịch HĐQT, Tổng giám đốc Công ty X B": titles that run
      // into a name are that name's
      if (leadsToName(t)) break;
      out.push(t);
      p = t.chainEnd;
    }
    return out;
  };
  /** The titles from `t` on, joined by commas, dashes or "kiêm", end right before a name. */
  const leadsToName = (t: TitleHit): boolean => {
    let cur = t;
    for (let n = 0; n < 6; n++) {
      if (nameStarts.has(skipFwd(norm, cur.chainEnd)) || nameStarts.has(skipFwd(norm, cur.end))) return true;
      let q = skipFwd(norm, cur.chainEnd);
      if (norm[q] === "," || norm[q] === "-") q = skipFwd(norm, q + 1);
      else if (key.startsWith("kiêm ", q)) q = skipFwd(norm, q + 5);
      else return false;
      const next = byStart.get(q);
      if (!next) return false;
      cur = next;
    }
    return false;
  };
  /** Past ", nhiệm kỳ 2014-2019" or ", khóa VIII" after a post (returns `p` when there is none). */
  const skipTerm = (p: number): number => {
    const m = TERM.exec(key.slice(p, p + 40));
    return m ? skipFwd(norm, p + m[0].length) : p;
  };

  const starts = [...nameStarts].sort((a, b) => a - b);
  const nextName = (p: number) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < p) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length ? starts[lo]! : norm.length;
  };
  const clauseStart = (p: number) => /(?:^|[.!?:;\n"“]\s*)$/.test(norm.slice(Math.max(0, p - 3), p)) || p === 0;
  const negativeBefore = (p: number) => isNegativeBefore(doc, p);
  // scopes by start (each at most MAX_SCOPE long): only those starting within MAX_SCOPE before p
  // can hold p; the matches come back in the order the scopes were made
  const order = new Map(scopes.map((sc, i) => [sc, i]));
  const scopesByStart = [...scopes].sort((a, b) => a.start - b.start);
  const inScope = (p: number, f: (s: Scope) => boolean) => {
    let lo = 0;
    let hi = scopesByStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (scopesByStart[mid]!.start <= p - MAX_SCOPE) lo = mid + 1;
      else hi = mid;
    }
    const hits: Scope[] = [];
    for (let k = lo; k < scopesByStart.length && scopesByStart[k]!.start < p; k++) {
      const sc = scopesByStart[k]!;
      if (p < sc.end && f(sc)) hits.push(sc);
    }
    return hits.length > 1 ? hits.sort((a, b) => order.get(a)! - order.get(b)!) : hits;
  };

  /**
   * The title written before a foreign name, possibly with a bracketed acronym or a comma between
   * ("Chủ tịch NOC, Mustafa Sanalla"); when the title's organisation ran on into the name, only the
   * part before the name is kept ("Tổng thống Hàn Quốc Moon Jae In" → org "Hàn Quốc").
   */
  const foreignTitle = (start: number): { hit: TitleHit; as: TitleHit } | null => {
    const j = skipBack(norm, start);
    let best: TitleHit | null = null;
    for (const t of titles) {
      if (t.start >= j) break;
      if (t.end <= j && t.chainEnd >= j - 12) best = t;
    }
    if (!best) return null;
    if (best.chainEnd <= j) return FOREIGN_GAP.test(norm.slice(best.chainEnd, start)) ? { hit: best, as: best } : null;
    const org = norm.slice(best.orgStart, j).replace(/[\s,]+$/u, "");
    if (!org) return ROLE_TITLES.has(best.base.replace(/^phó /, "")) ? { hit: best, as: { ...best, org: null, chainEnd: best.end, orgEnd: best.end } } : null;
    // the part kept must end in a name word ("Hàn Quốc", "NOC"), not an org head or lower case ("Công ty cổ phần")
    const lastWord = org.split(/\s+/).pop()!;
    if (org.split(/\s+/).length > 4 || !/^\p{Lu}/u.test(lastWord) || ORG_HEAD_WORD.has(fold(lastWord))) return null;
    return { hit: best, as: { ...best, org, orgEnd: best.orgStart + org.length, chainEnd: best.orgStart + org.length } };
  };
  /** Whether the text has "ông <last>" or "bà <last>" (as a substring: `key.includes`), from one index of the words after them. */
  let addressed: string[] | null = null;
  const calledByLast = (c: NameCandidate): boolean => {
    const last = c.tokens[c.tokens.length - 1]!.key;
    if (/\s/u.test(last)) return key.includes(`ông ${last}`) || key.includes(`bà ${last}`);
    addressed ??= wordsAfterAddress(key);
    return startsAny(addressed, last);
  };
  /** A role word right before a foreign name, a country between allowed: "tỷ phú Mỹ Bill Gates". */
  const roleBefore = (start: number): boolean => {
    let j = skipBack(norm, start);
    for (let n = 0; n < 2; n++) {
      const w = /\p{Lu}[\p{L}\p{M}]*$/u.exec(norm.slice(Math.max(0, j - 20), j));
      if (!w || !(COUNTRIES.has(w[0]) || isPlaceWord(key.slice(j - w[0].length, j)))) break;
      j = skipBack(norm, j - w[0].length);
    }
    return phraseBefore(doc, j, ROLE_SET) >= 0;
  };

  /**
   * Folded names, computed once per candidate: fold(c.name) read word by word (the name is its
   * tokens' texts joined by single spaces, and folding keeps to the words: their folds, most often
   * their slices of doc.key, joined the same way).
   */
  const canons = new Map<NameCandidate, string>();
  const canonOf = (c: NameCandidate): string => {
    let k = canons.get(c);
    if (k === undefined) {
      k = c.tokens.length === 1 ? fold(c.name) : c.tokens.map((t) => tokenFold(doc, t)).join(" ");
      canons.set(c, k);
    }
    return k;
  };

  // pass 1: which candidates are people
  const namesakes = new Set<NameCandidate>();
  const accepted = new Set<string>();
  const acceptedCands: NameCandidate[] = [];
  let prevEnd = -1;
  for (const c of cands) {
    if (c.caps) continue;
    const hon = honorificsBefore(doc, c.start);
    const canon = canonOf(c);
    let ok = false;
    let post1: TitleHit[] | null = null;
    if (c.fixed) {
      // "Chủ tịch Hồ Chí Minh" is the person; "TP. Hồ Chí Minh", "tư tưởng Hồ Chí Minh", "Ngày sinh Chủ
      // tịch Hồ Chí Minh" (an anniversary's name) are not
      const before = key.slice(Math.max(0, c.start - 40), c.start);
      const fx = FIXED_BEFORE.exec(before);
      ok = !!fx && !negativeBefore(c.start - fx[0].length) && !ANNIVERSARY_OF.test(before.slice(0, before.length - fx[0].length));
      // a namesake of a historical figure: "Ông Nguyễn Tri Phương, Phó Giám đốc Sở …", "Nguyên Phó Chủ nhiệm
      // Văn phòng Chính phủ Trần Quốc Toản" (a form of address, or a post with its organisation)
      if (!ok && c.tokens.length >= 3 && !negativeBefore(hon.start)) {
        const pre = chainBefore(hon.start, null, hon.list.length > 0);
        if ((hon.list.length && hon.strong) || pre.some((t) => t.org !== null) || chainAfter(c.end, false, null).length) {
          ok = true;
          namesakes.add(c);
        }
      }
    } else {
      const pre = chainBefore(hon.start, null, hon.list.length > 0);
      const post = (post1 = chainAfter(c.end, false, null));
      const neg = negativeBefore(hon.start);
      const plural = inScope(c.start, (s) => !!s.honorific).length > 0;
      const listNext = prevEnd >= 0 && /^\s*(?:,|và|;)\s*$/.test(norm.slice(prevEnd, c.start));
      if (hon.list.length && (c.surname || hon.strong)) ok = true;
      // "Phó Viện trưởng Viện Kiểm sát huyện Triệu Phong": a street word, or an admin word before a two-syllable
      // name, vetoes a title too ("Phó Chủ tịch UBND tỉnh Nguyễn Văn An" stays a person)
      else if (c.surname && (pre.length || post.length) && !(neg && (c.tokens.length < 3 || isNegativeBefore(doc, hon.start, false)))) ok = true;
      else if (plural && (c.surname || listNext)) ok = true;
      else if (listNext && c.surname && !neg) ok = true;
      else if (c.surname && !c.weak && c.tokens.length >= 3 && c.offset === 0 && !neg) ok = true;
      // "Hà Văn An": a weak family name with Văn/Thị after it is a name all the same
      else if (c.surname && c.weak && c.tokens.length >= 3 && MIDDLE.has(c.tokens[1]!.key) && c.offset === 0 && !neg) ok = true;
      // foreign names: a title, a role word, a title after or a speech verb next to them
      // (a speech verb only when the text also calls them "ông/bà <last name>": "Goldman Sachs cho biết" is a bank)
      else if (c.foreign && !neg && (foreignTitle(hon.start) || post.length || (SPEECH.test(key.slice(c.end, c.end + 30)) && calledByLast(c)))) ok = true;
      // "anh Ryu Jaechan đến từ Hàn Quốc": a form of address and where the person comes from
      else if (c.foreign && !neg && hon.list.length && COMES_FROM.test(key.slice(c.end, c.end + 16))) ok = true;
      else if ((c.foreign || c.surname) && !neg && roleBefore(hon.start)) ok = true;
      else if (accepted.has(canon)) ok = true;
    }
    if (ok) {
      accepted.add(canon);
      acceptedCands.push(c);
      prevEnd = c.end;
      // a position after the name extends the list position: "A, Chủ tịch X, B"
      const post = post1 ?? chainAfter(c.end, false, null);
      if (post.length) prevEnd = skipBack(norm, post[post.length - 1]!.chainEnd);
    }
  }

  // pass 2: people, their honorifics and positions, in text order
  const people = new Map<string, Person>();
  const claimed = new Set<TitleHit>();
  const get = (name: string, at: number, k = fold(name)): Person => {
    let p = people.get(k);
    if (!p) {
      p = { name, honorifics: [], positions: [], bases: [], src: [], roles: [], mentions: [], first: at };
      people.set(k, p);
    }
    return p;
  };
  let mention = 0;
  /** Folded organisation names, computed once per string (a long list may compare the same ones many times). */
  const orgKeys = new Map<string, string>();
  const orgKey = (o: string): string => {
    let k = orgKeys.get(o);
    if (k === undefined) orgKeys.set(o, (k = fold(o)));
    return k;
  };
  const addPosition = (p: Person, t: TitleHit) => {
    const base = t.base;
    const same = (idx: number) => {
      const o = p.positions[idx]!.org;
      if (o === null || t.org === null || orgKey(o) === orgKey(t.org)) return true;
      // the same title twice in one chain is two positions ("Trưởng ban X - Trưởng Ban Y")
      return !MEMBERSHIP.has(base) && p.src[idx] !== mention;
    };
    const i = p.bases.findIndex((b, idx) => b === base && same(idx));
    if (i >= 0) {
      if (p.positions[i]!.org === null && t.org !== null) p.positions[i] = { ...p.positions[i]!, org: t.org };
      // "Phó GĐ bệnh viện" first, "Phó Giám đốc bệnh viện Đa khoa huyện X" later: a unit first named
      // by its common noun alone gets its name (a named org stays as first written: "Sở Kế hoạch Đầu tư")
      else if (t.org !== null && !/\p{Lu}/u.test(p.positions[i]!.org!) && orgKey(t.org).startsWith(`${orgKey(p.positions[i]!.org!)} `)) p.positions[i] = { ...p.positions[i]!, org: t.org };
      // "PTT Vũ Đức Đam" in the headline, "Phó Thủ tướng Vũ Đức Đam" in the text: the title as written in full
      if (p.positions[i]!.rule === "person.title-abbr" && t.rule !== "person.title-abbr") p.positions[i] = { ...p.positions[i]!, title: t.title, rule: t.rule };
      // "Phó Thủ tướng" first, "Phó Thủ tướng Thường trực" later: one post, with its modifier
      else if (fold(t.title).startsWith(`${fold(p.positions[i]!.title)} `)) p.positions[i] = { ...p.positions[i]!, title: t.title };
      return;
    }
    p.bases.push(base);
    p.src.push(mention);
    p.positions.push({ start: t.start, end: t.chainEnd, rule: t.rule, title: t.title, org: t.org });
  };
  /** The organisation in "Về phía Bộ Tư pháp, " / "Thay mặt UBND tỉnh, " right before `p`. */
  const sideBefore = (p: number): string | null => {
    let j = skipBack(norm, p);
    if (norm[j - 1] !== ",") return null;
    j = skipBack(norm, j - 1);
    const from = Math.max(0, j - 80);
    const m = SIDE.exec(key.slice(from, j));
    if (!m) return null;
    const at = from + m.index + m[0].length;
    const span = parseOrg(doc, at, nameStarts, false);
    return span && skipBack(norm, span.end) === j && span.start === at ? norm.slice(span.start, span.end) : null;
  };
  /** "X hiện là Giám đốc Sở Y": the title after a linking verb. */
  const asTitle = (p: Person, end: number) => {
    const a = AS.exec(key.slice(end, end + 40));
    if (!a) return;
    let t = byStart.get(end + a[0].length);
    // "từng làm Phó Giám đốc Sở X kiêm Giám đốc Y", "là A, đồng thời là B": the posts joined to the first
    for (let n = 0; n < 4 && t && !claimed.has(t) && !nameStarts.has(skipFwd(norm, t.chainEnd)); n++) {
      claimed.add(t);
      addPosition(p, t);
      let q = skipFwd(norm, t.chainEnd);
      if (norm[q] === ",") q = skipFwd(norm, q + 1);
      const join = key.startsWith("kiêm ", q) ? 5 : key.startsWith("đồng thời là ", q) ? 13 : 0;
      t = join ? byStart.get(skipFwd(norm, q + join)) : undefined;
    }
  };
  const all = cands.filter((c) => !c.caps && accepted.has(canonOf(c)));
  for (const c of all) {
    mention++;
    const p = get(c.name, c.start, canonOf(c));
    const hon = honorificsBefore(doc, c.start);
    p.honorifics = dedupe([...p.honorifics, ...hon.list]);
    for (const s of inScope(c.start, (s) => !!s.honorific)) p.honorifics = dedupe([...p.honorifics, s.honorific!]);
    const lineStart = /(?:^|\n)[ \t]*$/.test(norm.slice(Math.max(0, hon.start - 20), hon.start));
    const fixed = c.fixed && !namesakes.has(c);
    const pre = fixed ? [] : chainBefore(hon.start, claimed, hon.list.length > 0);
    // "Ông Cục trưởng Cục Thuế Phạm Văn A": the form of address stands before the title
    if (!hon.list.length && pre.length && /[\p{L}.][ ]{1,2}$/u.test(norm.slice(Math.max(0, pre[0]!.start - 4), pre[0]!.start))) p.honorifics = dedupe([...p.honorifics, ...honorificsBefore(doc, pre[0]!.start).list]);
    if (c.foreign && !pre.length) {
      // "Tổng thống Hàn Quốc Moon Jae In", "Chủ tịch Ủy ban châu Âu (EC) Jean-Claude Juncker"
      const ft = foreignTitle(hon.start);
      if (ft && !claimed.has(ft.hit)) {
        claimed.add(ft.hit);
        addPosition(p, ft.as);
      }
    }
    for (const t of inScope(c.start, (s) => !!s.title)) addPosition(p, t.title!);
    // "Về phía Bộ Tư pháp, Thứ trưởng X", "Đại diện cho Bộ Tài chính, Thứ trưởng X": the side named first
    // is the organisation of a title written without one
    let side: string | null = null;
    for (const t of pre) {
      claimed.add(t);
      if (t.org === null && side === null) side = sideBefore(t.start);
      addPosition(p, t.org === null && side !== null ? { ...t, org: side } : t);
      if (MEMBERSHIP.has(t.base) && t.base === fold("đại diện")) side = t.org;
    }
    if (fixed) {
      const t = titles.find((x) => skipBack(norm, x.chainEnd) === skipBack(norm, c.start) || skipBack(norm, x.end) === skipBack(norm, c.start));
      if (t) addPosition(p, { ...t, org: null });
    }
    const post = chainAfter(c.end, lineStart, claimed);
    for (const t of post) {
      claimed.add(t);
      addPosition(p, t);
    }
    if (!post.length) asTitle(p, c.end);
    // "… được bầu giữ chức vụ Phó Chủ tịch Hội", "ứng cử chức danh Thư ký Hội đồng"
    const from = post.length ? post[post.length - 1]!.chainEnd : c.end;
    const stop = Math.min(sentenceEnd(c.end), nextName(c.end));
    // not for the agent of a passive: "B được Nguyễn Văn An tuyển dụng …, sau đó trở thành Giám đốc" is B's post
    // "… thôi giữ chức Bí thư Đảng đoàn, Chủ tịch Ủy ban …", "… tham gia Ủy viên Đoàn Chủ tịch, Ủy viên Ủy ban …":
    // every post so named, with the posts joined to it
    if (!PASSIVE_AGENT.test(key.slice(Math.max(0, hon.start - 8), hon.start)))
      for (const el of elect(key.slice(from, stop))) {
        const t = byStart.get(from + el.index + el[0].length);
        if (!t || claimed.has(t) || leadsToName(t)) continue;
        claimed.add(t);
        addPosition(p, t);
        for (const u of chainAfter(t.chainEnd, false, claimed)) {
          if (u.chainEnd > stop) break;
          claimed.add(u);
          addPosition(p, u);
        }
      }
    p.mentions.push({ start: c.start, end: c.end, rule: "person.name" });
    const r = ROLE.exec(key.slice(post.length ? post[post.length - 1]!.chainEnd : c.end, c.end + 120));
    if (r && !p.roles.includes(ROLE_OF[r[1]!]!)) p.roles.push(ROLE_OF[r[1]!]!);
  }
  // bylines and photo credits
  for (const b of bylines) {
    const p = get(b.name, b.start);
    if (!p.mentions.some((x) => x.start === b.start)) p.mentions.push({ start: b.start, end: b.end, rule: b.rule });
    if (b.rule !== "person.named" && !p.roles.includes("tác giả")) p.roles.push("tác giả");
  }
  // short references: "ông Đạt", "anh Dương" add their honorific to the one person so named
  const byLast = new Map<string, Person[]>();
  const taken: [number, number][] = [];
  for (const p of people.values()) {
    for (const h of p.mentions) taken.push([h.start, h.end]);
    const words = p.name.split(" ");
    const last = words[words.length - 1]!;
    if (words.length < 2 || last === last.toUpperCase()) continue;
    byLast.set(last, [...(byLast.get(last) ?? []), p]);
  }
  taken.sort((a, b) => a[0] - b[0]);
  const inside = (x: number) => {
    let lo = 0;
    let hi = taken.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid]![1] <= x) lo = mid + 1;
      else if (taken[mid]![0] > x) hi = mid - 1;
      else return true;
    }
    return false;
  };
  // a short reference is a whole word (a space before it, no letter, mark or digit after it) that
  // is a last name: found by a search of the text per name (indexOf) for a few names, and for
  // more by one pass over the capitalised tokens (a search per name made long texts quadratic)
  const shortHits: [number, string][] = [];
  const lasts: string[] = [];
  for (const [last, ps] of byLast) if (ps.length === 1 && SHORT_WORD.test(last)) lasts.push(last);
  const shortAt = (at: number, last: string) => {
    const e = at + last.length;
    if (!SHORT_AFTER.test(norm.slice(e, e + 2)) && SHORT.test(norm.slice(Math.max(0, at - 14), at))) shortHits.push([at, last]);
  };
  if (lasts.length <= 8) {
    for (const last of lasts) for (let at = norm.indexOf(last); at >= 0; at = norm.indexOf(last, at + 1)) shortAt(at, last);
  } else {
    const set = new Set(lasts);
    const firsts = new Set(lasts.map((l) => l.charCodeAt(0)));
    const toks = doc.tokens;
    for (let i = 0; i < toks.count; i++) {
      if (!(toks.flags[i]! & T_CAP) || !firsts.has(norm.charCodeAt(toks.start[i]!))) continue;
      const last = norm.slice(toks.start[i]!, toks.end[i]!);
      if (set.has(last)) shortAt(toks.start[i]!, last);
    }
  }
  shortHits.sort((a, b) => a[0] - b[0]);
  for (const [at, last] of shortHits) {
    const ps = byLast.get(last)!;
    if (inside(at)) continue;
    const hon = honorificsBefore(doc, at);
    if (!hon.list.length) continue;
    const p = ps[0]!;
    p.honorifics = dedupe([...p.honorifics, ...hon.list]);
    p.mentions.push({ start: at, end: at + last.length, rule: "person.short-ref" });
    mention++;
    asTitle(p, at + last.length);
  }
  return mergeSpellings([...people.values()])
    .sort((a, b) => a.first - b.first)
    .map((p) => ({ name: p.name, honorifics: p.honorifics, positions: p.positions, roles: p.roles, mentions: p.mentions.sort((a, b) => a.start - b.start) }));
}

export function recognizeOrganizations(ctx: Ctx): OrgHit[] {
  return orgs(ctx);
}

export type { Doc };
