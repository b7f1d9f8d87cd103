/**
 * What the people passes read around a name: the titles by where they start and end, the title
 * chains written before and after a name, the plural scopes, the next name, the sentence end.
 *
 *   "Bí thư Đảng ủy, Viện trưởng Viện X Nguyễn Phú Hùng"   chainBefore(name start) → [Bí thư …, Viện trưởng …]
 *   "Nguyễn Phú Hùng, Bí thư Đảng ủy, Viện trưởng Viện X"   chainAfter(name end)    → the same two
 *   "Ông A (SN 1964) - Trưởng phòng …", "…, nhiệm kỳ 2014-2019, Ủy viên …"  (a birth note, a term: read over)
 *   "Ông A (SN 1986, Giám đốc Công ty X)", "A (34 tuổi, nguyên Trưởng phòng …)"  (a birth note opening the bracket)
 *   "Tổng Bí thư A, Chủ tịch nước B"                          leadsToName(Chủ tịch nước) → true: B's post
 *   "Tổng thống Hàn Quốc Moon Jae In"                        foreignTitle → Tổng thống, org "Hàn Quốc"
 * Built once per document by recognizePeople (people.ts) when it has a name candidate or a byline.
 */
import type { Ctx } from "./types.js";
import type { Doc } from "../text/normalize.js";
import { fold } from "../text/fold.js";
import { unitAt } from "../text/chars.js";
import { named, src } from "../text/rx.js";
import { isPlace as isPlaceWord, nameReading, negativeBefore as isNegativeBefore, tokenFold, type NameCandidate, type Token } from "./name.js";
import { findScopes, MAX_SCOPE, type Scope } from "./people-scopes.js";
import { findTitles, type TitleHit } from "./title.js";
import { memberNoteEnd } from "./people-member.js";
import { pastPostWord } from "./people-post-word.js";
import { NOT_HOLDER_BEFORE, PERSON_ROLES } from "../lexicon/titles.js";
import { POST_TO } from "../lexicon/shared-titles.js";
import { afterTimeOpener } from "./clause-opener.js";
import { COUNTRY_WORDS } from "../lexicon/org-heads.js";
import { PhraseSet, phraseBefore, unitClass } from "./phrase.js";
import { firstStartAt, inOrder, none } from "../text/lists.js";
import { bracketNear, countryBefore, firstWord, foldedWords, orgBeforeForeignName, skipBack, skipFwd, startsAny, wordsAfterAddress } from "./people-words.js";

export { firstWord, skipBack, skipFwd };

/** Between a title and a foreign name: nothing, a bracketed acronym, a comma ("Chủ tịch Ủy ban châu Âu (EC) Jean-Claude Juncker"). */
const FOREIGN_GAP = named("people-text.FOREIGN_GAP", /^\s*(?:\([^()]{1,15}\)\s*)?(?:,\s*)?$/u);
const ROLE_TITLES = new Set(PERSON_ROLES.map((r) => fold(r)));
const ROLE_SET = new PhraseSet(PERSON_ROLES);
const NOT_HOLDER = new PhraseSet(NOT_HOLDER_BEFORE);
const COUNTRIES = new Set<string>(COUNTRY_WORDS);
const REPRESENTATIVE = fold("đại diện");
const PERSON_OF = fold(" người");
/** " đối với", " cho" before a name, and "chức vụ"/"chức danh" before the post it names ("chức vụ Trưởng ban X đối với ông A"). */
const TOWARDS = POST_TO.map((w) => fold(` ${w}`));
/** The length of the TOWARDS word ending at `j` (0: none). */
const towardsAt = (key: string, j: number): number => {
  for (const w of TOWARDS) if (key.startsWith(w, j - w.length)) return w.length;
  return 0;
};
const POST_NAMED = named("person.post-named", new RegExp(`(?:^|\\s)(?:${fold("chức vụ")}|${fold("chức danh")})\\s{1,2}$`, "u"));
/** The term of a post after it (built with src, which folds "khóa" as the key has it): ", nhiệm kỳ 2014-2019", " khóa VIII", " các khóa X; XI; XII", " từ năm 2008", " từ tháng 4/2012" (the comma after it stays). */
export const TERM = named("person.term", new RegExp(src`^,?\s{0,2}(?:nhiệm kỳ\s{1,2}\d{4}\s{0,2}-\s{0,2}\d{4}|(?:các\s{1,2})?khóa\s{1,2}[ivxlc]{1,6}(?:\s{0,2}[;,]\s{0,2}[ivxlc]{1,6}(?![\p{L}\p{M}\p{N}]))*(?![\p{L}\p{M}\p{N}])|từ\s{1,2}(?:năm\s{1,2}|tháng\s{1,2}\d{1,2}\s{0,1}[/-]\s{0,1})?\d{4}(?![\p{L}\p{M}\p{N}]))`, "u"));
/** The first word of each of TERM's forms (nhiệm kỳ, các khóa, khóa, từ), folded as the pattern is. */
const TERM_FIRST = ["nhiệm", "các", "khóa", "từ"].map((w) => fold(w));
/**
 * Whether TERM may match at key[p]: past an optional "," and up to two spaces it needs one of
 * TERM_FIRST. An ASCII unit there that starts none of them (the next post, a ";") rules it out;
 * anything else is left to the pattern. Most posts are followed by no term, and the slice and the
 * pattern were tried after each.
 */
export function termMayStart(key: string, p: number): boolean {
  let q = key.charCodeAt(p) === 44 ? p + 1 : p;
  if (key.charCodeAt(q) === 32) q++;
  if (key.charCodeAt(q) === 32) q++;
  const c = key.charCodeAt(q);
  // (NaN past the end, a unit past ASCII, a space of another kind: the pattern decides)
  if (!(c < 128) || c === 32 || (c >= 9 && c <= 13)) return true;
  for (const w of TERM_FIRST) if (key.startsWith(w, q)) return true;
  return false;
}
/** "nay là", "hiện là" between a former post and the one held now (folded: "nay" → "nai"). */
export const NOW_IS = ["nay là ", "hiện là ", "hiện đang là ", "hiện nay là "].map((w) => fold(w));
/** A place in brackets after a unit's name: "(huyện Tánh Linh, Bình Thuận)", "(TP. Huế)". */
const PLACE_NOTE = named("person.place-note", new RegExp(`^ {0,2}(?:${["huyện", "tỉnh", "xã", "quận", "phường", "thị xã", "thị trấn", "thành phố", "tp"].map((w) => fold(w)).join("|")})[ .]`, "u"));
/** A birth year or an age in brackets right after a name: "(SN 1964)", "(sinh năm 1970)", "(45 tuổi)". */
const BIRTH_NOTE = named("person.birth-note", /^ {0,2}\((?:sn|sinh năm|sinh) {0,2}\d{4}\)|^ {0,2}\(\d{1,3} tuổi\)/u);
/** A birth year or an age opening a bracket of posts: "(SN 1986, Giám đốc …)", "(34 tuổi, nguyên Trưởng phòng …)" (up to the comma). */
const BIRTH_LEAD = named("person.birth-lead", /^ {0,2}\((?:(?:sn|sinh năm|sinh) {0,2}\d{4}|\d{1,3} tuổi)(?= {0,2},)/u);

/** One to three capitalised words. */
const CAP_WORDS = named("person.cap-words", /^\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){0,2}$/u);
const CAP_WORD_END = named("people-text.CAP_WORD_END", /\p{Lu}[\p{L}\p{M}]*$/u);
/**
 * CAP_WORD_END's match in the 20 units before `end` (a capital, then letters and marks up to
 * `end`: "Mỹ" of "tỷ phú Mỹ"), or null: read back over the letters to the first capital among
 * them; with a surrogate on the way, the pattern itself (`scan`: always the pattern).
 */
export function capitalisedWordBefore(norm: string, end: number, scan = false): string | null {
  const lo = Math.max(0, end - 20);
  let b = end;
  while (b > lo && unitClass(norm.charCodeAt(b - 1)) & 2) b--;
  if (scan || (b > lo && (norm.charCodeAt(b - 1) & 0xf800) === 0xd800)) {
    const w = CAP_WORD_END.exec(norm.slice(lo, end));
    return w ? w[0] : null;
  }
  for (let p = b; p < end; p++) if (unitClass(norm.charCodeAt(p)) & 1) return norm.slice(p, end);
  return null;
}

export class PeopleText {
  readonly doc: Doc;
  readonly norm: string;
  readonly key: string;
  readonly titles: TitleHit[];
  /** Titles by the end of their chain (spaces before it skipped), in text order. */
  readonly byEnd = new Map<number, TitleHit[]>();
  /** The first title starting at a position. */
  readonly byStart = new Map<number, TitleHit>();
  readonly scopes: Scope[];
  private readonly ctx: Ctx;
  private readonly starts: number[];
  private readonly order: Map<Scope, number>;
  private readonly scopesByStart: Scope[];
  private readonly canons = new Map<NameCandidate, string>();
  private addressed: string[] | null = null;
  /** The longest title chain (chainEnd - start): a chain that reaches p starts at most this far before it. */
  private readonly longestChain: number;
  /** Titles by where their end and their chain's end are, spaces before skipped: the first title of each (see firstEndingAt). */
  private byEither: Map<number, TitleHit> | null = null;
  /** Foreign names right after a country their run left out ("Mỹ" of "Ngoại trưởng Mỹ Rex Tillerson"), in text order. */
  private readonly foreignAfterCap: NameCandidate[];

  /** `cands`: the name candidates in text order; `nameStarts`: where the names that end an organisation start. */
  constructor(
    ctx: Ctx,
    cands: NameCandidate[],
    readonly nameStarts: Set<number>,
  ) {
    this.ctx = ctx;
    const doc = (this.doc = ctx.doc);
    this.norm = doc.norm;
    this.key = doc.key;
    this.titles = findTitles(doc, nameStarts);
    let longest = 0;
    for (const t of this.titles) {
      longest = Math.max(longest, t.chainEnd - t.start);
      const e = skipBack(this.norm, t.chainEnd);
      this.byEnd.set(e, [...(this.byEnd.get(e) ?? []), t]);
      if (!this.byStart.has(t.start)) this.byStart.set(t.start, t);
    }
    // candidates by position, for the lists (binary search instead of a scan per list)
    const byPos = inOrder([...cands], (a, b) => a.start - b.start);
    this.scopes = findScopes(doc, this.byStart, nameStarts, byPos, (p) => this.sentenceEnd(p));
    this.starts = inOrder([...nameStarts], (a, b) => a - b);
    // scopes by start (each at most MAX_SCOPE long): only those starting within MAX_SCOPE before p
    // can hold p; the matches come back in the order the scopes were made
    this.order = new Map(this.scopes.map((sc, i) => [sc, i]));
    this.scopesByStart = inOrder([...this.scopes], (a, b) => a.start - b.start);
    this.longestChain = longest;
    this.foreignAfterCap = cands.filter((c) => c.foreign && countryBefore(doc, c.start));
  }

  /** End of the sentence holding `pos` (the text's end when none does). */
  sentenceEnd(pos: number): number {
    const ss = this.ctx.sentences;
    let lo = 0;
    let hi = ss.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ss[mid]!.end <= pos) lo = mid + 1;
      else if (ss[mid]!.start > pos) hi = mid - 1;
      else return ss[mid]!.end;
    }
    return this.norm.length;
  }

  /** Start of the first name at or after `p` (the text's end when none). */
  nextName(p: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < p) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length ? starts[lo]! : this.norm.length;
  }

  /**
   * A title at `p` written before "là <name>" is the named one's unless the word before it owns it, a
   * kin, associate or actor noun or a verb acting on the holder (NOT_HOLDER_BEFORE: "Vợ Giám đốc Sở Y
   * tế là bà …", "người phát ngôn Tổng thống Nga là ông …"); after an adverb or a verb of saying it is
   * ("Hiện nay Giám đốc Sở Y tế là bà …", "khai rằng Giám đốc Công ty X là ông …").
   */
  opensIs(p: number): boolean {
    return phraseBefore(this.doc, skipBack(this.norm, p), NOT_HOLDER) < 0;
  }

  clauseStart(p: number): boolean {
    return /(?:^|[.!?:;\n"“]\s*)$/.test(this.norm.slice(Math.max(0, p - 3), p)) || p === 0;
  }

  negativeBefore(p: number): boolean {
    return isNegativeBefore(this.doc, p);
  }

  /** The scopes holding `p` that pass `f`, in the order they were made. */
  inScope(p: number, f: (s: Scope) => boolean): Scope[] {
    const scopesByStart = this.scopesByStart;
    let lo = 0;
    let hi = scopesByStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (scopesByStart[mid]!.start <= p - MAX_SCOPE) lo = mid + 1;
      else hi = mid;
    }
    // (a list for objects from the start: an empty [] has another map, and acceptNames, reading the
    // length of either, deopted, "wrong map")
    const hits: Scope[] = none();
    for (let k = lo; k < scopesByStart.length && scopesByStart[k]!.start < p; k++) {
      const sc = scopesByStart[k]!;
      if (p < sc.end && f(sc)) hits.push(sc);
    }
    // (sorted whatever its length, no work below two: a sort reached only with two or more was first
    // reached after V8 had optimised the callers, and they deopted)
    return hits.sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }

  /** Title chain written right before a name (or its honorifics). */
  chainBefore(p: number, claimed: Set<TitleHit> | null, hasHonorific: boolean): TitleHit[] {
    const { norm, key } = this;
    const out: TitleHit[] = [];
    let j = skipBack(norm, p);
    for (let guard = 0; guard < 8; guard++) {
      let t = this.endingAt(j, claimed, false, false);
      if (!t && out.length === 0) {
        // where a title with its organisation may end before something between it and the name (-1:
        // nowhere), read by one call for both cases (the rarer one's own call deopted chainBefore)
        const u = unitAt(norm, j - 1);
        let from = -1;
        let tw = 0;
        // "Chủ tịch Công ty X, ông Trần Văn An": a title with its organisation opening the clause
        if (hasHonorific && u === 44) from = j - 1;
        // "Đại diện đến từ Sở Công Thương là ông Trần Văn An": a title with its organisation, "là", the name
        // (not a title owned by the noun before it: "Phát ngôn viên của Tổng thống Nga là ông …")
        else if (hasHonorific && u === 224 && key.startsWith(" là", j - 3)) from = j - 2;
        // "bổ nhiệm lại chức vụ Trưởng ban X đối với ông Thi Danh": a post named, "đối với", the name
        else if (hasHonorific && (tw = towardsAt(key, j)) > 0) from = j - tw + 1;
        else if (u === 41) {
          // "Chủ tịch Hội Nông dân xã X (huyện Y, tỉnh Z) Nguyễn Văn A": where the unit is, in brackets, before the name
          const open = norm.lastIndexOf("(", j - 1);
          if (open >= 0 && j - open <= 48 && !norm.slice(open + 1, j - 1).includes("(") && PLACE_NOTE.test(key.slice(open + 1, j - 1))) from = open;
        }
        if (from >= 0) t = this.endingAt(skipBack(norm, from), claimed, true, u === 44);
        if (t && u === 224 && !this.opensIs(t.start)) t = undefined;
        else if (t && tw > 0 && from === j - tw + 1 && !POST_NAMED.test(key.slice(Math.max(0, t.start - 12), t.start))) t = undefined;
      }
      if (!t) break;
      out.unshift(t);
      j = skipBack(norm, t.start);
      // (units as numbers, -1 before the start: see chainAfter)
      const c = unitAt(norm, j - 1);
      // a comma or a dash (one unit back), or " kiêm" (five): one step for both, so the rare one's
      // arithmetic and call have the type feedback of the common one (alone, they deopted chainBefore)
      const back = c === 44 || c === 45 ? 1 : key.slice(Math.max(0, j - 5), j) === " kiêm" ? 5 : 0;
      if (back === 0) break;
      j = skipBack(norm, j - back);
    }
    return out;
  }

  /**
   * The first title whose chain ends at `j` (byEnd), starts before it and is not claimed; with
   * `withOrg` one with an organisation, with `clause` one that opens a clause. (A loop over the
   * list, where `(byEnd.get(j) ?? []).find(…)` met an empty array literal of another shape.)
   */
  private endingAt(j: number, claimed: Set<TitleHit> | null, withOrg: boolean, clause: boolean): TitleHit | undefined {
    const list = this.byEnd.get(j);
    if (list === undefined) return undefined;
    for (let k = 0; k < list.length; k++) {
      const x = list[k]!;
      if ((claimed === null || !claimed.has(x)) && x.start < j && (!withOrg || x.org !== null) && (!clause || this.clauseStart(x.start) || afterTimeOpener(this.key, x.start))) return x;
    }
    return undefined;
  }

  /** Title chain written right after a name: ", Bí thư Đảng ủy, Viện trưởng Viện X". */
  chainAfter(e: number, lineStart: boolean, claimed: Set<TitleHit> | null): TitleHit[] {
    const { norm, key, byStart } = this;
    const out: TitleHit[] = [];
    let p = e;
    const table = lineStart && (norm[skipFwd(norm, e)] === "\n" || e === norm.length);
    // "ông Phạm Văn A (SN 1964) - Trưởng phòng …": a birth year or an age in brackets before the post
    // (it opens with a bracket after at most two spaces: tried only then)
    const birth = bracketNear(key, e) ? (BIRTH_NOTE.exec(key.slice(e, e + 24)) ?? BIRTH_LEAD.exec(key.slice(e, e + 24))) : null;
    if (birth) p = e + birth[0].length;
    // "ông A, đảng viên Chi bộ X (Đảng ủy Y), nguyên Huyện ủy viên, …": the posts after a membership
    else if (unitAt(norm, skipFwd(norm, e)) === 44) p = Math.max(e, memberNoteEnd(norm, key, skipFwd(norm, e), (q) => byStart.has(q), (q) => this.nameStarts.has(q)));
    for (let guard = 0; guard < 8; guard++) {
      p = skipFwd(norm, p);
      // "…, Ủy viên Ủy ban X, nhiệm kỳ 2014-2019, Ủy viên Ban Thường vụ …": the term of a post is no end of the chain
      if (out.length) p = this.skipTerm(p);
      // (the unit as a number, -1 past the end: a one-character string there was undefined, and
      // optimised code deopted on it, "not a String")
      const c = unitAt(norm, p);
      // what joins the next post, as the units to step over (-1: nothing does); one step for all, so
      // the rare joins' arithmetic and call have the type feedback of the common comma (alone, they
      // deopted chainAfter)
      let step = -1;
      const sep = c === 44 || c === 45 || (c === 40 && out.length === 0);
      // , - (
      if (sep) step = 1;
      else if (c === 10 && table) step = 1;
      else if (out.length && key.startsWith("kiêm ", p)) step = 5;
      else if (out.length && key.startsWith("đồng thời là ", p)) step = 13;
      // "Chủ tịch UBND tỉnh X nay là Bí thư Tỉnh ủy X": the post held now
      else if (out.length && NOW_IS.some((w) => key.startsWith(w, p))) step = 0;
      // "nguyên Chủ tịch UBND quận X (hiện đang là Bí thư Quận ủy …)": the post held now, in brackets
      else if (out.length && c === 40 && NOW_IS.some((w) => key.startsWith(w, skipFwd(norm, p + 1)))) step = 1;
      // "Ông Nguyễn Văn Tiến Chủ tịch UBND xã …": a capitalised title right after the name
      else if (!out.length && p === e + 1 && c >= 0 && unitClass(c) & 1 && byStart.has(p)) step = 0;
      if (step < 0) break;
      // (p is past spaces here: a step of 0 leaves it where it is)
      p = skipFwd(norm, p + step);
      if (sep && table && norm[p] === "\n") p = skipFwd(norm, p + 1);
      // ("…, nguyên Giám đốc Sở Y tế, hiện là Phó Chủ tịch …")
      const now = out.length ? NOW_IS.find((w) => key.startsWith(w, p)) : undefined;
      if (now) p = skipFwd(norm, p + now.length);
      // "…, Trưởng ban Tuyên giáo, kiêm Trưởng ban chỉ đạo …", "…, đồng thời là …": a join word after the comma
      else if (sep && out.length) p = skipFwd(norm, p + (key.startsWith("kiêm ", p) ? 5 : key.startsWith("đồng thời là ", p) ? 13 : 0));
      // "ông A (SN 1964), chức vụ Ủy viên …, Trưởng ban …": the word naming the posts that follow
      else if (sep) p = pastPostWord(key, p);
      const t = byStart.get(p);
      if (!t || claimed?.has(t)) break;
      // "Bộ trưởng X, đại diện lãnh đạo Bộ …": a lower-case "đại diện" with no organisation after it starts the
      // next list item ("Ông X – đại diện Văn phòng Viện" is a position)
      // (the organisation and the first letter read for every title: read only after "đại diện", the
      // first such title came after V8 had optimised chainAfter, and it deopted)
      const orgless = t.org === null;
      const lower = norm.charCodeAt(t.start) === 0x111;
      if (t.base === REPRESENTATIVE && orgless && lower) break;
      // "Tổng Bí thư A, Chủ tịch nước B", "A, Chủ tịch HĐQT, Tổng giám đốc Công ty X B": titles that run
      // into a name are that name's
      if (this.leadsToName(t)) break;
      out.push(t);
      p = t.chainEnd;
    }
    return out;
  }

  /** The titles from `t` on, joined by commas, dashes or "kiêm", end right before a name. */
  leadsToName(t: TitleHit): boolean {
    const { norm, key, nameStarts } = this;
    let cur = t;
    for (let n = 0; n < 6; n++) {
      if (nameStarts.has(skipFwd(norm, cur.chainEnd)) || nameStarts.has(skipFwd(norm, cur.end))) return true;
      // (or its organisation ran on into a foreign name: "A, Ngoại trưởng Mỹ Rex Tillerson và …")
      const f = this.foreignAfterCap[firstStartAt(this.foreignAfterCap, cur.end + 1)];
      if (f !== undefined && f.start < cur.chainEnd) return true;
      let q = skipFwd(norm, cur.chainEnd);
      if (norm[q] === "," || norm[q] === "-") q = skipFwd(norm, q + 1);
      else if (key.startsWith("kiêm ", q)) q = skipFwd(norm, q + 5);
      else return false;
      const next = this.byStart.get(q);
      if (!next) return false;
      cur = next;
    }
    return false;
  }

  /** Past ", nhiệm kỳ 2014-2019" or ", khóa VIII" after a post (returns `p` when there is none). */
  skipTerm(p: number): number {
    if (!termMayStart(this.key, p)) return p;
    const m = TERM.exec(this.key.slice(p, p + 40));
    return m ? skipFwd(this.norm, p + m[0].length) : p;
  }

  /**
   * The first title (in the titles' order) whose chain's end or own end, spaces before it skipped,
   * is p: titles.find((x) => skipBack(norm, x.chainEnd) === p || skipBack(norm, x.end) === p), by a
   * map made on the first call (a search of every title for every fixed name was quadratic).
   */
  firstEndingAt(p: number): TitleHit | undefined {
    let m = this.byEither;
    if (m === null) {
      m = this.byEither = new Map();
      for (const t of this.titles) {
        const a = skipBack(this.norm, t.chainEnd);
        const b = skipBack(this.norm, t.end);
        if (!m.has(a)) m.set(a, t);
        if (!m.has(b)) m.set(b, t);
      }
    }
    return m.get(p);
  }

  /**
   * The title written before a foreign name, possibly with a bracketed acronym or a comma between
   * ("Chủ tịch NOC, Mustafa Sanalla"); when the title's organisation ran on into the name, only the
   * part before the name is kept ("Tổng thống Hàn Quốc Moon Jae In" → org "Hàn Quốc").
   */
  foreignTitle(start: number, cut = false): { hit: TitleHit; as: TitleHit } | null {
    const norm = this.norm;
    const j = skipBack(norm, start);
    // the last title (by start, the titles' order) that starts before j, ends by j and whose chain
    // reaches j - 12: read back from the last title starting before j, no further than a chain can
    // reach (a walk from the first title was quadratic in the length of a long text)
    const titles = this.titles;
    const lo = firstStartAt(titles, j);
    let best: TitleHit | null = null;
    for (let k = lo - 1; k >= 0 && titles[k]!.start >= j - 12 - this.longestChain; k--) {
      const t = titles[k]!;
      if (t.end <= j && t.chainEnd >= j - 12) {
        best = t;
        break;
      }
    }
    if (!best) return null;
    if (best.chainEnd <= j) {
      if (FOREIGN_GAP.test(norm.slice(best.chainEnd, start))) return { hit: best, as: best };
      // (the words name-lead.ts left out of the name's run, its organisation: "Ngoại trưởng Italia Angelino Alfano")
      const gap = norm.slice(best.chainEnd, j).trim();
      if (!cut || !CAP_WORDS.test(gap)) return null;
      const from = skipFwd(norm, best.chainEnd);
      return { hit: best, as: { ...best, org: gap, orgStart: from, orgEnd: from + gap.length, chainEnd: from + gap.length } };
    }
    const org = norm.slice(best.orgStart, j).replace(/[\s,]+$/u, "");
    // (a role right before the name, not before "của" and an organisation: "CEO của Berkshire Hathaway")
    if (!org) return ROLE_TITLES.has(best.base.replace(/^phó /, "")) && norm.slice(best.end, j).trim() === "" ? { hit: best, as: { ...best, org: null, chainEnd: best.end, orgEnd: best.end } } : null;
    // the part kept must end in a name word ("Hàn Quốc", "NOC", "Quỹ Tiền tệ Quốc tế"), not an org head or lower case ("Công ty cổ phần")
    if (!orgBeforeForeignName(org)) return null;
    return { hit: best, as: { ...best, org, orgEnd: best.orgStart + org.length, chainEnd: best.orgStart + org.length } };
  }

  /** Whether the text has "ông <last>" or "bà <last>" (as a substring: `key.includes`), from one index of the words after them. */
  calledByLast(c: NameCandidate): boolean {
    const last = c.tokens[c.tokens.length - 1]!.key;
    if (/\s/u.test(last)) return this.key.includes(`ông ${last}`) || this.key.includes(`bà ${last}`);
    this.addressed ??= wordsAfterAddress(this.key);
    return startsAny(this.addressed, last);
  }

  /** A role word right before a foreign name, a country between allowed: "tỷ phú Mỹ Bill Gates". */
  roleBefore(start: number): boolean {
    const { norm, key } = this;
    let j = skipBack(norm, start);
    for (let n = 0; n < 2; n++) {
      const w = capitalisedWordBefore(norm, j);
      if (w === null || !(COUNTRIES.has(w) || isPlaceWord(key.slice(j - w.length, j)))) break;
      j = skipBack(norm, j - w.length);
      // ("đạo diễn người Mỹ Oliver Stone": the country's "người" too)
      if (key.startsWith(PERSON_OF, j - PERSON_OF.length)) j = skipBack(norm, j - PERSON_OF.length);
    }
    return phraseBefore(this.doc, j, ROLE_SET) >= 0;
  }

  /**
   * Whether canonOf(c) may be one of `names`, whose first words (up to a space) are `firsts`: false
   * when c's first word is none of them. canonOf(c) is its tokens' folds joined by single spaces,
   * so it starts with the first token's fold and a space (c has two tokens or more, and a fold of
   * letters holds no space) — read without making the whole folded name, which most candidates,
   * no one's, never need. (`nameReading.spec`: true, canonOf decides.)
   */
  mayBeAmong(c: NameCandidate, firsts: ReadonlySet<string>): boolean {
    if (nameReading.spec || c.tokens.length < 2) return true;
    const w = tokenFold(this.doc, c.tokens[0]!);
    return firsts.has(w) || w.includes(" ");
  }

  /**
   * The folded name of a candidate, computed once: fold(c.name) read word by word (the name is its
   * tokens' texts joined by single spaces, and folding keeps to the words: their folds, most often
   * their slices of doc.key, joined the same way).
   */
  canonOf(c: NameCandidate): string {
    let k = this.canons.get(c);
    if (k === undefined) {
      k = c.tokens.length === 1 ? fold(c.name) : foldedWords(this.doc, c.tokens);
      this.canons.set(c, k);
    }
    return k;
  }
}
