/**
 * People from their mentions (the second pass of recognizePeople): each accepted name, in text
 * order, gets its honorifics and its positions, one entry per folded name.
 *
 *   "TS. Hoàng Ngọc Nhân – Phó Viện trưởng Viện X"    → honorific TS, position Phó Viện trưởng, org Viện X
 *   "Về phía Bộ Tư pháp, Thứ trưởng X"                 → Thứ trưởng of Bộ Tư pháp (the side named first)
 *   "X hiện là Giám đốc Sở Y", "… được bầu giữ chức Phó Chủ tịch Hội"  → the post after a linking verb
 *   "Phó GĐ bệnh viện" then "Phó Giám đốc bệnh viện Đa khoa huyện X"   → one position, the org named in full
 *   "ông Nguyễn Văn Đạt … ông Đạt chủ trì"             → a short reference: a mention, a role (shortRefs)
 *   "… ông Đạt, Giám đốc Sở X, …", "… ông Đạt khi là Giám đốc …"  → a post after a short reference
 *   "Trưởng ban Tuyên giáo …" then "Trưởng ban chỉ đạo …"        → two posts (two boards of one head)
 * A title is claimed by the first name that takes it.
 */
import type { PositionHit } from "./types.js";
import type { NameCandidate } from "./name.js";
import { fold } from "../text/fold.js";
import { named, src } from "../text/rx.js";
import { BESTOW_VERBS, SAME_BODY_PREFIXES, TAKE_LINKS, TAKE_VERBS } from "../lexicon/shared-titles.js";
import { countryNotAddress, dedupe, honorificsBefore, pluralFor } from "./honorific.js";
import type { TitleHit } from "./title.js";
import { parseOrg } from "./title-org.js";
import { dashShared } from "./people-shared-title.js";
import { wordBefore } from "./phrase.js";
import type { Person } from "./people-merge.js";
import { skipBack, skipFwd, type PeopleText } from "./people-text.js";
import { inOrder, none } from "../text/lists.js";
import { otherBoard } from "./people-board.js";
import { shortRefs, SHORT_WORD } from "./people-short-refs.js";

export { shortRefs };

const ROLE = named("person.role", /^[\s,]{0,3}(?:(?:đã|cũng|đến|tới|vừa|sẽ|đồng|và)\s{1,3}){0,3}(chủ trì|tham dự|dự|báo cáo|phát biểu|chỉ đạo|trình bài)(?![\p{L}\p{M}\p{N}])/u);
const ROLE_OF: Record<string, string> = { "chủ trì": "chủ trì", "tham dự": "tham dự", dự: "tham dự", "báo cáo": "báo cáo", "phát biểu": "phát biểu", "chỉ đạo": "chỉ đạo", "trình bài": "trình bày" };
const BODY_PREFIXES = SAME_BODY_PREFIXES.map((w) => `${fold(w)} `);
/** A folded organisation without a leading SAME_BODY_PREFIXES word ("ban chấp hành trung ương đảng" → "trung ương đảng"). */
const withoutBodyPrefix = (o: string): string => {
  for (const w of BODY_PREFIXES) if (o.startsWith(w)) return o.slice(w.length);
  return o;
};
/** Forms of address that tell a man from a woman. */
const GENDERED = new Set(["Ông", "Bà", "Anh", "Chị"]);
/** Titles of which a person may hold several with different organisations. */
const MEMBERSHIP = new Set(["ủy viên", "thành viên", "đại diện"].map(fold));
/** A birth date right after a name, before a career: " sinh ngày 5/2/1966,", " sinh năm 1966,". */
const BORN_ON = named("person.born-on", /^ {1,2}sinh {1,2}(?:ng[àa]i {1,2}\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|năm {1,2}\d{4})(?= {0,2},)/u);
/** The next post of a career after the first: "là …", "rồi là …", "sau đó là …". */
const CAREER_NEXT = named("person.career-next", /^(?:(?:rồi|sau đó) {1,2})?là {1,2}/u);

/**
 * After a post "cho"/"của" the one served ("Thư ký cho Ủy viên Bộ Chính trị, Bí thư Thành ủy Y Phạm
 * Văn Z"): where that one's name ends, within the sentence; else `q`.
 */
function servedEnd(pt: PeopleText, q: number): number {
  const { norm, key } = pt;
  if (!SERVES.test(key.slice(q, q + 5))) return q;
  const n = pt.nextName(q);
  if (n - q > 160 || /[.;!?\n]/.test(norm.slice(q, n))) return q;
  const run = NAME_RUN.exec(norm.slice(n, n + 40));
  return run ? skipFwd(norm, n + run[0].length) : q;
}
const SERVES = named("people-build.SERVES", /^(?:cho|của) /u);
const NAME_RUN = named("people-build.NAME_RUN", /^\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*){1,3}/u);

/** "ông X hiện là / hiện làm / giữ chức vụ" + title, right after the name. */
const AS = named("person.as", /^[ ]{0,2}(?:,[ ]{0,2})?(?:(?:khi đó|lúc đó|khi ấi|lúc ấi|trước đó|lúc bấi giờ|thời điểm đó|hiện|đang|cũng|từng|nguiên|vẫn|khi|lúc|còn|sẽ)[ ]{1,2}){0,3}(?:là|làm|giữ chức vụ|giữ chức|đảm nhiệm chức vụ|đảm nhiệm|đảm nhận chức vụ|đảm nhận|giữ cương vị)[ ]{1,2}/u);
/** "Về phía", "Thay mặt": the side a speaker stands for, at the start of a clause. */
const SIDE = named("person.side", /(?:^|[.,;:]\s{0,2}|\n)(?:về phía|thai mặt|đại diện cho|đại diện)\s{1,2}(?=\S)/u);
/** Elected or appointed to a post: the title follows (left word edge tested in elect()); "làm làm" as written twice. */
const ELECT = named("person.elect", new RegExp(src`(?<verb>${[...TAKE_VERBS, ...BESTOW_VERBS]})\s{1,2}(?:${TAKE_LINKS}\s{1,2}){0,2}(?:chức\s{1,2}(?:danh|vụ)\s{1,2}|chức\s{1,2})?(?:tân\s{1,2})?(?=\S)`, "gu"));
/** The verbs of ELECT naming the one who gives the post (folded, single spaces). */
const BESTOW = new Set(BESTOW_VERBS.map((w) => fold(w)));
/** "được", "bị" before such a verb: the post is the subject's ("bà A được điều chuyển giữ chức vụ …"). */
const PASSIVE_BEFORE = named("person.passive-before", new RegExp(src`(?:^|[^\p{L}\p{M}\p{N}])(?:được|bị)\s`, "u"));
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
/**
 * Before a name: the one who acts on it ("được/bị ông X bổ nhiệm …"), or the one replaced ("thay thế
 * ông X để đảm nhiệm chức vụ Y", "kế nhiệm ông X"): a post taken after it is not its.
 */
const PASSIVE_AGENT = named("people-build.PASSIVE_AGENT", new RegExp(src`(?:được|bị|(?<![\p{L}\p{M}])(?:thay thế|thay|kế nhiệm)(?:\s{1,2}cho)?)\s{1,2}$`, "u"));
/** "Theo ông X, …": a short reference that opens a clause of what X said, not a post. */
const AFTER_THEO = named("person.short-ref-theo", /(?:^|[^\p{L}\p{M}])theo[ ]{1,2}$/u);
/** Punctuation that closes a post written after a name (an apposition). */
const CLOSED = named("person.post-closed", /^[ ]{0,2}[,.;)\-]/);
const REPRESENTATIVE = fold("đại diện");
/** "Ông", "Bà" alone opening a sentence (not before a capitalised word: a name), as written. */
const PRONOUN = named("person.pronoun-subject", /(?:^|[.!?]\s{1,3}|\n\s{0,3})(Ông|Bà)(?= {1,2}[\p{Ll}])/gu);
/** How far before such a pronoun the person it refers to may be named last. */
const PRONOUN_REACH = 400;
/** After a short reference ("bà Hiền được điều chuyển giữ chức vụ …"), how far the verb and the post may stand. */
const SHORT_REACH = 60;
export class PeopleBuilder {
  /** The people by folded name, in the order first met. */
  readonly people = new Map<string, Person>();
  private readonly claimed = new Set<TitleHit>();
  /** The mention being read (positions of one mention are told apart from an earlier one's). */
  private mention = 0;
  /** Folded organisation names, computed once per string (a long list may compare the same ones many times). */
  private readonly orgKeys = new Map<string, string>();

  constructor(
    private readonly pt: PeopleText,
    private readonly namesakes: Set<NameCandidate>,
  ) {}

  get(name: string, at: number, k = fold(name)): Person {
    let p = this.people.get(k);
    if (!p) {
      p = { name, honorifics: none(), positions: none(), bases: [], src: [], roles: [], mentions: [], first: at };
      this.people.set(k, p);
    }
    return p;
  }

  private orgKey(o: string): string {
    let k = this.orgKeys.get(o);
    if (k === undefined) this.orgKeys.set(o, (k = fold(o)));
    return k;
  }

  private addPosition(p: Person, t: TitleHit): void {
    const base = t.base;
    const same = (idx: number) => {
      const o = p.positions[idx]!.org;
      if (o === null || t.org === null) return true;
      const ok = this.orgKey(o);
      const tk = this.orgKey(t.org);
      if (ok === tk) return true;
      // "Ủy viên Trung ương Đảng" and "Ủy viên Ban Chấp hành Trung ương Đảng": one body (SAME_BODY_PREFIXES)
      if (MEMBERSHIP.has(base) && withoutBodyPrefix(ok) === withoutBodyPrefix(tk)) return true;
      // "Trưởng ban Tuyên giáo …" and later "Trưởng ban Chỉ đạo …": two boards of the head the title ends in
      if (otherBoard(base, ok, tk)) return false;
      // the same title twice in one chain is two positions ("Trưởng ban X - Trưởng Ban Y")
      return !MEMBERSHIP.has(base) && p.src[idx] !== this.mention;
    };
    const i = p.bases.findIndex((b, idx) => b === base && same(idx));
    if (i >= 0) {
      const had = p.positions[i]!;
      // (each change is a new position made by position(): a spread of the old one had another map,
      // and personOf, reading them, deopted, "wrong map")
      if (had.org === null && t.org !== null) p.positions[i] = position(had.start, had.end, had.rule, had.title, t.org);
      // "Phó GĐ bệnh viện" first, "Phó Giám đốc bệnh viện Đa khoa huyện X" later: a unit first named
      // by its common noun alone gets its name (a named org stays as first written: "Sở Kế hoạch Đầu tư")
      else if (t.org !== null && !/\p{Lu}/u.test(had.org!) && this.orgKey(t.org).startsWith(`${this.orgKey(had.org!)} `)) p.positions[i] = position(had.start, had.end, had.rule, had.title, t.org);
      // "PTT Vũ Đức Đam" in the headline, "Phó Thủ tướng Vũ Đức Đam" in the text: the title as written in full
      const now = p.positions[i]!;
      if (now.rule === "person.title-abbr" && t.rule !== "person.title-abbr") p.positions[i] = position(now.start, now.end, t.rule, t.title, now.org);
      // "Phó Thủ tướng" first, "Phó Thủ tướng Thường trực" later: one post, with its modifier
      else if (fold(t.title).startsWith(`${fold(now.title)} `)) p.positions[i] = position(now.start, now.end, now.rule, t.title, now.org);
      return;
    }
    p.bases.push(base);
    p.src.push(this.mention);
    p.positions.push(position(t.start, t.chainEnd, t.rule, t.title, t.org));
  }

  /** Claims `t` for `p`. */
  private take(p: Person, t: TitleHit): void {
    this.claimed.add(t);
    this.addPosition(p, t);
  }

  /** The organisation in "Về phía Bộ Tư pháp, " / "Thay mặt UBND tỉnh, " right before `p`. */
  private sideBefore(p: number): string | null {
    const { doc, norm, key } = this.pt;
    let j = skipBack(norm, p);
    if (norm[j - 1] !== ",") return null;
    j = skipBack(norm, j - 1);
    const from = Math.max(0, j - 80);
    const m = SIDE.exec(key.slice(from, j));
    if (!m) return null;
    const at = from + m.index + m[0].length;
    const span = parseOrg(doc, at, this.pt.nameStarts, false);
    return span && skipBack(norm, span.end) === j && span.start === at ? norm.slice(span.start, span.end) : null;
  }

  /** "X hiện là Giám đốc Sở Y": the title after a linking verb. */
  private asTitle(p: Person, end: number): void {
    const { norm, key, byStart, nameStarts } = this.pt;
    // "X sinh ngày 5/2/1966, từng là …": a birth date between the name and the verb
    const born = BORN_ON.exec(key.slice(end, end + 24));
    if (born) end += born[0].length;
    const a = AS.exec(key.slice(end, end + 40));
    if (!a) return;
    let t = vuTitle(byStart, end, a[0]);
    // "từng làm Phó Giám đốc Sở X kiêm Giám đốc Y", "là A, đồng thời là B": the posts joined to the first
    // "từng là Thư ký cho Bí thư Thành ủy Y, là Phó Chánh Văn phòng, rồi là …": a career, past the one served
    for (let n = 0; n < 4 && t && !this.claimed.has(t) && !nameStarts.has(skipFwd(norm, t.chainEnd)); n++) {
      this.take(p, t);
      let q = skipFwd(norm, t.chainEnd);
      if (born) q = servedEnd(this.pt, q);
      if (norm[q] === ",") q = skipFwd(norm, q + 1);
      const next = born ? CAREER_NEXT.exec(key.slice(q, q + 16)) : null;
      const join = key.startsWith("kiêm ", q) ? 5 : key.startsWith("đồng thời là ", q) ? 13 : next ? next[0].length : 0;
      t = join ? byStart.get(skipFwd(norm, q + join)) : undefined;
    }
  }

  /**
   * The posts a person is elected or appointed to after `from` (the end of the name or its posts),
   * within the sentence and before the next name: "… thôi giữ chức Bí thư Đảng đoàn, Chủ tịch Ủy ban …",
   * "… tham gia Ủy viên Đoàn Chủ tịch, Ủy viên Ủy ban …": every post so named, with the posts joined to
   * it; after a verb of giving (BESTOW_VERBS) only when "được"/"bị" stands before it. `reach`: how far
   * past `end` the post may stand, within its line (after a short reference: the verb near it).
   */
  private elected(p: Person, from: number, end: number, reach = Infinity): void {
    const pt = this.pt;
    const { key, byStart } = pt;
    const claimed = this.claimed;
    let stop = Math.min(pt.sentenceEnd(end), pt.nextName(end), end + reach);
    if (reach !== Infinity) {
      // (the first line feed before `stop`, searched only that far: indexOf read on to the next one,
      // to the end of a text with none, for each short reference)
      for (let nl = end; nl < stop; nl++) {
        if (key.charCodeAt(nl) === 10) {
          stop = nl;
          break;
        }
      }
    }
    const s = key.slice(from, stop);
    for (const el of elect(s)) {
      if (BESTOW.has(el.groups!.verb!.replace(/\s+/g, " ")) && !PASSIVE_BEFORE.test(s.slice(0, el.index))) continue;
      const t = vuTitle(byStart, from + el.index, el[0]);
      if (!t || claimed.has(t) || pt.leadsToName(t)) continue;
      this.take(p, t);
      for (const u of pt.chainAfter(t.chainEnd, false, claimed)) {
        if (u.chainEnd > stop) break;
        this.take(p, u);
      }
    }
  }

  /** One mention of an accepted name: its honorifics, the titles before and after it, a post it is elected to, its role. */
  addMention(c: NameCandidate): void {
    const pt = this.pt;
    const { doc, norm, key, byStart } = pt;
    const claimed = this.claimed;
    this.mention++;
    const p = this.get(c.name, c.start, pt.canonOf(c));
    const hon = countryNotAddress(pt, c, honorificsBefore(doc, c.start));
    // (p.honorifics is deduped already: nothing to add when the run is empty)
    if (hon.list.length) p.honorifics = dedupe([...p.honorifics, ...hon.list]);
    for (const s of pt.inScope(c.start, (s) => !!s.honorific)) {
      const h = pluralFor(s.honorific!, c.name);
      // "các ông A, B và bà C": a gendered form of address of the name's own wins over the plural's
      if (GENDERED.has(h) && hon.list.some((x) => GENDERED.has(x))) continue;
      p.honorifics = dedupe([...p.honorifics, h]);
    }
    const lineStart = /(?:^|\n)[ \t]*$/.test(norm.slice(Math.max(0, hon.start - 20), hon.start));
    const fixed = c.fixed && !this.namesakes.has(c);
    const pre = fixed ? [] : pt.chainBefore(hon.start, claimed, hon.list.length > 0);
    // "Ông Cục trưởng Cục Thuế Phạm Văn A": the form of address stands before the title
    if (!hon.list.length && pre.length && /[\p{L}.][ ]{1,2}$/u.test(norm.slice(Math.max(0, pre[0]!.start - 4), pre[0]!.start))) p.honorifics = dedupe([...p.honorifics, ...honorificsBefore(doc, pre[0]!.start).list]);
    if (c.foreign && !pre.length) {
      // "Tổng thống Hàn Quốc Moon Jae In", "Chủ tịch Ủy ban châu Âu (EC) Jean-Claude Juncker"
      const ft = pt.foreignTitle(hon.start, c.cut);
      if (ft && !claimed.has(ft.hit)) {
        claimed.add(ft.hit);
        this.addPosition(p, ft.as);
      }
    }
    // (a list's title written after the names, "A, B làm thành viên Hội đồng Y", after the names' own posts)
    const scoped = pt.inScope(c.start, (s) => !!s.title);
    for (const t of scoped) if (t.title!.start < c.start) this.addPosition(p, t.title!);
    // "Về phía Bộ Tư pháp, Thứ trưởng X", "Đại diện cho Bộ Tài chính, Thứ trưởng X": the side named first
    // is the organisation of a title written without one
    let side: string | null = null;
    // ("Phó chủ tịch - Tổng thư ký Ủy ban X": two titles sharing the organisation after the second)
    const preShared = dashShared(norm, pre);
    for (let i = 0; i < pre.length; i++) {
      const t = preShared[i]!;
      claimed.add(pre[i]!);
      if (t.org === null && side === null) side = this.sideBefore(t.start);
      this.addPosition(p, t.org === null && side !== null ? { ...t, org: side } : t);
      if (MEMBERSHIP.has(t.base) && t.base === REPRESENTATIVE) side = t.org;
    }
    if (fixed) {
      const t = pt.firstEndingAt(skipBack(norm, c.start));
      if (t) this.addPosition(p, { ...t, org: null });
    }
    const post = pt.chainAfter(c.end, lineStart, claimed);
    const postShared = dashShared(norm, post);
    for (let i = 0; i < post.length; i++) {
      claimed.add(post[i]!);
      this.addPosition(p, postShared[i]!);
    }
    if (!post.length) this.asTitle(p, c.end);
    // "… được bầu giữ chức vụ Phó Chủ tịch Hội", "ứng cử chức danh Thư ký Hội đồng"
    // not for the agent of a passive: "B được Nguyễn Văn An tuyển dụng …, sau đó trở thành Giám đốc" is B's post
    if (!PASSIVE_AGENT.test(key.slice(Math.max(0, hon.start - 16), hon.start))) this.elected(p, post.length ? post[post.length - 1]!.chainEnd : c.end, c.end);
    for (const t of scoped) if (t.title!.start > c.start) this.addPosition(p, t.title!);
    p.mentions.push({ start: c.start, end: c.end, rule: "person.name" });
    const r = ROLE.exec(key.slice(post.length ? post[post.length - 1]!.chainEnd : c.end, c.end + 120));
    if (r && !p.roles.includes(ROLE_OF[r[1]!]!)) p.roles.push(ROLE_OF[r[1]!]!);
  }

  /**
   * Short references: "ông Đạt", "anh Dương" add their honorific (and a post after them) to the one
   * person with that last name (found by shortRefs).
   */
  addShortRefs(): void {
    const { doc, key } = this.pt;
    const byLast = new Map<string, Person[]>();
    const taken: [number, number][] = [];
    for (const p of this.people.values()) {
      for (const h of p.mentions) taken.push([h.start, h.end]);
      // (the last of the name's words split at " ": none when it has no space)
      const sp = p.name.lastIndexOf(" ");
      const last = p.name.slice(sp + 1);
      if (sp < 0 || last === last.toUpperCase()) continue;
      byLast.set(last, [...(byLast.get(last) ?? []), p]);
    }
    inOrder(taken, (a, b) => a[0] - b[0]);
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
    const lasts: string[] = [];
    for (const [last, ps] of byLast) if (ps.length === 1 && SHORT_WORD.test(last)) lasts.push(last);
    const shortHits = shortRefs(doc, lasts);
    inOrder(shortHits, (a, b) => a[0] - b[0]);
    for (const [at, last] of shortHits) {
      const ps = byLast.get(last)!;
      if (inside(at)) continue;
      const hon = honorificsBefore(doc, at);
      if (!hon.list.length) continue;
      const p = ps[0]!;
      p.honorifics = dedupe([...p.honorifics, ...hon.list]);
      p.mentions.push({ start: at, end: at + last.length, rule: "person.short-ref" });
      this.mention++;
      // "ông Dương, Chủ tịch HĐQT, …", else "ông Dương khi là Chủ tịch …": the post after the short reference,
      // closed by punctuation ("Theo ông Dương, Tổng thống Trump vẫn …", "cách chức ông Dương, Giám đốc X
      // đã …": a clause of its own)
      // after "Theo ông X": only a post closed by a comma ("Theo ông Hùng, Phó Giám đốc Sở Tài chính, số tiền …")
      const theo = AFTER_THEO.test(key.slice(Math.max(0, hon.start - 6), hon.start));
      let post = this.pt.chainAfter(at + last.length, false, this.claimed);
      const e = post.length ? post[post.length - 1]!.chainEnd : 0;
      if (post.length && (!this.closedAt(e) || (theo && !/^[ ]{0,2},/.test(key.slice(e, e + 3))))) post = none();
      for (const t of post) this.take(p, t);
      if (!post.length) this.asTitle(p, at + last.length);
      // "bà Hiền được điều chuyển giữ chức vụ Phó vụ trưởng …": a post elected or appointed to, as after a full name
      if (!theo && !PASSIVE_AGENT.test(key.slice(Math.max(0, hon.start - 16), hon.start))) this.elected(p, post.length ? e : at + last.length, at + last.length, SHORT_REACH);
    }
  }

  /**
   * "Ông là Ủy viên …, đại biểu Quốc hội …": a form of address alone opening a sentence, then a linking
   * verb and a post (AS), refers to the person named last before it, within PRONOUN_REACH, when that
   * person is so addressed ("Ông" to one with Ông, "Bà" to one with Bà): the post and those joined to it
   * are that person's.
   */
  addPronounPosts(): void {
    const { norm, key, byStart } = this.pt;
    // (PRONOUN needs "Ông" or "Bà" as written: seven texts in ten have neither, and its scan of the whole text is skipped)
    if (!norm.includes("Ông") && !norm.includes("Bà")) return;
    const marks: [number, Person][] = [];
    for (const p of this.people.values()) for (const m of p.mentions) marks.push([m.start, p]);
    if (!marks.length) return;
    inOrder(marks, (a, b) => a[0] - b[0]);
    /** The last mark before the pronoun (the matches come in text order: read on from the last, not back from the end each time). */
    let k = -1;
    for (const m of norm.matchAll(PRONOUN)) {
      const at = m.index! + m[0].length - m[1]!.length;
      const end = at + m[1]!.length;
      const a = AS.exec(key.slice(end, end + 40));
      if (!a) continue;
      const t = byStart.get(end + a[0].length);
      if (!t || this.claimed.has(t) || this.pt.leadsToName(t)) continue;
      while (k + 1 < marks.length && marks[k + 1]![0] < at) k++;
      if (k < 0 || at - marks[k]![0] > PRONOUN_REACH) continue;
      const p = marks[k]![1];
      if (!p.honorifics.includes(m[1]!)) continue;
      this.take(p, t);
      // ("Ủy viên Ban Chấp hành Trung ương Đảng các khóa X; XI; XII, đại biểu Quốc hội …": past the term)
      for (const u of this.pt.chainAfter(this.pt.skipTerm(skipFwd(norm, t.chainEnd)), false, this.claimed)) this.take(p, u);
    }
  }

  /**
   * A post after a short reference ends at `e`, closed by punctuation, and no other person's name (or
   * honorific) opens what follows: "Làm việc với ông Hùng, Giám đốc Sở Tư pháp, bà Lê Thị Mai cho biết"
   * is Mai's post, not Hùng's.
   */
  private closedAt(e: number): boolean {
    const { doc, key } = this.pt;
    const m = CLOSED.exec(key.slice(e, e + 3));
    if (!m) return false;
    if (!/[,\-]$/.test(m[0])) return true;
    const q = skipFwd(key, e + m[0].length);
    const n = this.pt.nextName(q);
    if (n === q) return false;
    if (n - q > 24) return true;
    const hon = honorificsBefore(doc, n);
    return !(hon.list.length > 0 && hon.start === q);
  }
}

/**
 * The title right after a verb's match `m` at `at` ("giữ chức ", "bổ nhiệm giữ chức vụ "), or, when none
 * starts there and the match ends in "chức vụ", the one its "vụ" opens ("giữ chức Vụ trưởng Vụ X": the
 * folded "chức vụ" was the verb's).
 */
function vuTitle(byStart: ReadonlyMap<number, TitleHit>, at: number, m: string): TitleHit | undefined {
  const t = byStart.get(at + m.length);
  if (t !== undefined || !CHUC_VU.test(m)) return t;
  return byStart.get(at + m.lastIndexOf(VU));
}
const VU = fold("vụ");
const CHUC_VU = named("people-build.CHUC_VU", new RegExp(`${fold("chức")}\\s{1,2}${fold("vụ")}\\s{1,2}$`, "u"));

/** A position, its keys always in this order, from one literal (see addPosition). */
function position(start: number, end: number, rule: PositionHit["rule"], title: string, org: string | null): PositionHit {
  return { start, end, rule, title, org };
}
