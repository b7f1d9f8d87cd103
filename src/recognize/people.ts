/**
 * People with their honorifics and positions, one entry per person (GOLD.md `people`).
 *
 *   "TS. Hoàng Ngọc Nhân – Phó Viện trưởng Viện Ứng dụng công nghệ"  → honorific TS, position + org
 *   "Phó Viện trưởng Hoàng Ngọc Nhân", "đồng chí Hoàng Ngọc Nhân"      → the same person, more mentions
 *   "đồng chí Nguyễn Phú Hùng, Bí thư Đảng ủy, Viện trưởng Viện X"     → two positions
 *   "các đồng chí Phó Chủ tịch: A, B và C"                            → three people, each Đồng chí + title
 *   "Ảnh: Mai Phương", "… Thu Nguyệt" (signature)                     → people without positions
 * Not people: "Trường Đại học Tôn Đức Thắng", "số 18 Hoàng Quốc Việt", "tư tưởng Hồ Chí Minh", "P.V".
 *
 * A capitalised name candidate (name.ts) is a person when its context says so: an honorific
 * before it (honorific.ts), a title chain before or after it (title.ts), a list it belongs to,
 * a byline (byline.ts), or — for three- or four-syllable names with a common family name — when
 * nothing marks it as part of a street, school or place name.
 */
import type { Ctx, Hit, OrgHit, PersonHit, PositionHit } from "./types.js";
import type { Doc } from "../text/normalize.js";
import { fold, stripMarks } from "../text/fold.js";
import { escapeRe, named } from "../text/rx.js";
import { nameCandidates, negativeBefore as isNegativeBefore, type NameCandidate } from "./name.js";
import { dedupe, honorificsBefore, PLURAL, PLURAL_BY_KEY } from "./honorific.js";
import { findTitles, parseOrg, type TitleHit } from "./title.js";
import { findBylines } from "./byline.js";
import { wordBefore } from "./phrase.js";
import { recognizeOrganizations as orgs } from "./org.js";

const ROLE = named("person.role", /^[\s,]{0,3}(?:(?:đã|cũng|đến|tới|vừa|sẽ|đồng|và)\s{1,3}){0,3}(chủ trì|tham dự|dự|báo cáo|phát biểu|chỉ đạo|trình bày)(?![\p{L}\p{M}\p{N}])/u);
const ROLE_OF: Record<string, string> = { "chủ trì": "chủ trì", "tham dự": "tham dự", dự: "tham dự", "báo cáo": "báo cáo", "phát biểu": "phát biểu", "chỉ đạo": "chỉ đạo", "trình bày": "trình bày" };
/** Titles of which a person may hold several with different organisations. */
const MEMBERSHIP = new Set(["ủy viên", "thành viên", "đại diện"].map(fold));
/** "ông X hiện là / hiện làm / giữ chức vụ" + title, right after the name. */
const AS = named("person.as", /^[ ]{0,2}(?:,[ ]{0,2})?(?:(?:hiện|đang|cũng|từng|nguyên)[ ]{1,2}){0,2}(?:là|làm|giữ chức vụ|giữ chức|đảm nhiệm chức vụ|đảm nhiệm|giữ cương vị)[ ]{1,2}/u);
/** "Về phía", "Thay mặt": the side a speaker stands for, at the start of a clause. */
const SIDE = named("person.side", /(?:^|[.,;:]\s{0,2}|\n)(?:về phía|thay mặt|đại diện cho|đại diện)\s{1,2}(?=\S)/u);
/** Elected or appointed to a post: the title follows. */
const ELECT = named("person.elect", /(?<![\p{L}\p{M}\p{N}])(?:bầu|ứng cử|bổ nhiệm|đề cử)\s{1,2}(?:(?:làm|giữ|vào|là)\s{1,2})?(?:chức\s{1,2}(?:danh|vụ)\s{1,2}|chức\s{1,2})?(?=\S)/u);
/** Words that make a historical or fixed name a person: "Chủ tịch Hồ Chí Minh", "anh hùng Võ Thị Sáu". */
const FIXED_BEFORE = named("person.fixed-before", /(?<![\p{L}\p{M}\p{N}])(?:chủ tịch|anh hùng|liệt sĩ|liệt sỹ|danh nhân|danh tướng|đồng chí)\s{1,2}$/u);
/** A form of address and one capitalised word: "ông Đạt", "bà Hằng" (left word edge tested in JS). */
const SHORT = named("person.short-ref", /(?:[ôÔ]ng|[bB]à|[aA]nh|[cC]hị|[eE]m|[cC]ô|[tT]hầy|[đĐ]ồng chí|[đĐ]\/c)[ ]{1,2}(\p{Lu}[\p{Ll}\p{M}]*)(?![\p{L}\p{M}\p{N}]| \p{Lu})/gu);

interface Person {
  name: string;
  honorifics: string[];
  positions: PositionHit[];
  bases: string[];
  /** Which mention each position came from. */
  src: number[];
  roles: string[];
  mentions: Hit[];
  first: number;
}

function skipBack(s: string, p: number): number {
  while (p > 0 && (s[p - 1] === " " || s[p - 1] === "\t")) p--;
  return p;
}
function skipFwd(s: string, p: number): number {
  while (p < s.length && (s[p] === " " || s[p] === "\t")) p++;
  return p;
}

interface Scope {
  start: number;
  end: number;
  honorific?: string;
  title?: TitleHit;
}

export function recognizePeople(ctx: Ctx): PersonHit[] {
  const doc = ctx.doc;
  const { norm, key } = doc;
  const bylines = findBylines(doc);
  // a credit cut short ("Ảnh: Nguyễn Văn Thắng Hội nghị…") wins over the longer capitalised run
  const cands = nameCandidates(doc).filter((c) => !bylines.some((b) => b.start < c.end && c.start < b.end && (b.start !== c.start || b.end !== c.end)));
  const nameStarts = new Set(cands.filter((c) => c.surname && !c.fixed && !c.caps && !c.negative).map((c) => c.start));
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

  // plural honorifics and list titles: "các đồng chí Phó Chủ tịch Tổng LĐLĐVN: A, B, C"
  const scopes: Scope[] = [];
  PLURAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLURAL.exec(key))) {
    const h = PLURAL_BY_KEY.get(m[0].replace(/\s+/g, " "))!;
    const after = skipFwd(norm, m.index + m[0].length);
    const t = byStart.get(after);
    const scope: Scope = { start: m.index, end: sentenceEnd(m.index), honorific: h.canonical };
    scopes.push(scope);
    if (t && norm[skipFwd(norm, t.chainEnd)] === ":") {
      const semi = norm.indexOf(";", t.chainEnd);
      scopes.push({ start: t.chainEnd, end: semi >= 0 && semi < scope.end ? semi : scope.end, title: t });
    }
  }

  /** Title chain written right before a name (or its honorifics). */
  const chainBefore = (p: number, claimed: Set<TitleHit> | null, hasHonorific: boolean): TitleHit[] => {
    const out: TitleHit[] = [];
    let j = skipBack(norm, p);
    for (let guard = 0; guard < 8; guard++) {
      let t = (byEnd.get(j) ?? []).find((x) => !claimed?.has(x) && x.start < j);
      if (!t && out.length === 0 && hasHonorific && norm[j - 1] === ",") {
        // "Chủ tịch EVN, ông Dương Quang Thành": a title with its organisation opening the clause
        const j2 = skipBack(norm, j - 1);
        t = (byEnd.get(j2) ?? []).find((x) => !claimed?.has(x) && x.start < j2 && x.org !== null && clauseStart(x.start));
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
    for (let guard = 0; guard < 8; guard++) {
      p = skipFwd(norm, p);
      const c = norm[p];
      if (c === "," || c === "-" || (c === "(" && out.length === 0)) {
        p = skipFwd(norm, p + 1);
        if (table && norm[p] === "\n") p = skipFwd(norm, p + 1);
      }
      else if (c === "\n" && table) p = skipFwd(norm, p + 1);
      else if (out.length && key.startsWith("kiêm ", p)) p = skipFwd(norm, p + 5);
      else break;
      const t = byStart.get(p);
      if (!t || claimed?.has(t)) break;
      // "Tổng Bí thư A, Chủ tịch nước B": a title right before a name is that name's
      if (nameStarts.has(skipFwd(norm, t.chainEnd)) || nameStarts.has(skipFwd(norm, t.end))) break;
      out.push(t);
      p = t.chainEnd;
    }
    return out;
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
  const negativeBefore = (p: number) => isNegativeBefore(key, p);
  const inScope = (p: number, f: (s: Scope) => boolean) => scopes.filter((s) => f(s) && s.start < p && p < s.end);

  // pass 1: which candidates are people
  const accepted = new Set<string>();
  const acceptedCands: NameCandidate[] = [];
  let prevEnd = -1;
  for (const c of cands) {
    if (c.caps) continue;
    const hon = honorificsBefore(doc, c.start);
    const canon = fold(c.name);
    let ok = false;
    if (c.fixed) {
      // "Chủ tịch Hồ Chí Minh" is the person; "TP. Hồ Chí Minh", "tư tưởng Hồ Chí Minh" are not
      const before = key.slice(Math.max(0, c.start - 40), c.start);
      const fx = FIXED_BEFORE.exec(before);
      ok = !!fx && !negativeBefore(c.start - fx[0].length);
    } else {
      const pre = chainBefore(hon.start, null, hon.list.length > 0);
      const post = chainAfter(c.end, false, null);
      const neg = negativeBefore(hon.start);
      const plural = inScope(c.start, (s) => !!s.honorific).length > 0;
      const listNext = prevEnd >= 0 && /^\s*(?:,|và|;)\s*$/.test(norm.slice(prevEnd, c.start));
      if (hon.list.length && (c.surname || hon.strong)) ok = true;
      // "Phó Viện trưởng Viện Kiểm sát huyện Triệu Phong": a street word, or an admin word before a two-syllable
      // name, vetoes a title too ("Phó Chủ tịch UBND tỉnh Nguyễn Văn An" stays a person)
      else if (c.surname && (pre.length || post.length) && !(neg && (c.tokens.length < 3 || isNegativeBefore(key, hon.start, false)))) ok = true;
      else if (plural && (c.surname || listNext)) ok = true;
      else if (listNext && c.surname && !neg) ok = true;
      else if (c.surname && !c.weak && c.tokens.length >= 3 && c.offset === 0 && !neg) ok = true;
      else if (accepted.has(canon)) ok = true;
    }
    if (ok) {
      accepted.add(canon);
      acceptedCands.push(c);
      prevEnd = c.end;
      // a position after the name extends the list position: "A, Chủ tịch X, B"
      const post = chainAfter(c.end, false, null);
      if (post.length) prevEnd = skipBack(norm, post[post.length - 1]!.chainEnd);
    }
  }

  // pass 2: people, their honorifics and positions, in text order
  const people = new Map<string, Person>();
  const claimed = new Set<TitleHit>();
  const get = (name: string, at: number): Person => {
    const k = fold(name);
    let p = people.get(k);
    if (!p) {
      p = { name, honorifics: [], positions: [], bases: [], src: [], roles: [], mentions: [], first: at };
      people.set(k, p);
    }
    return p;
  };
  let mention = 0;
  const addPosition = (p: Person, t: TitleHit) => {
    const base = t.base;
    const same = (idx: number) => {
      const o = p.positions[idx]!.org;
      if (o === null || t.org === null || fold(o) === fold(t.org)) return true;
      // the same title twice in one chain is two positions ("Trưởng ban X - Trưởng Ban Y")
      return !MEMBERSHIP.has(base) && p.src[idx] !== mention;
    };
    const i = p.bases.findIndex((b, idx) => b === base && same(idx));
    if (i >= 0) {
      if (p.positions[i]!.org === null && t.org !== null) p.positions[i] = { ...p.positions[i]!, org: t.org };
      return;
    }
    p.bases.push(base);
    p.src.push(mention);
    p.positions.push({ start: t.start, end: t.chainEnd, rule: t.rule, title: t.title, org: t.org });
  };
  /** The organisation in "Về phía Bộ Nội vụ, " / "Thay mặt UBND tỉnh, " right before `p`. */
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
    const t = byStart.get(end + a[0].length);
    if (t && !claimed.has(t) && !nameStarts.has(skipFwd(norm, t.chainEnd))) {
      claimed.add(t);
      addPosition(p, t);
    }
  };
  const all = cands.filter((c) => !c.caps && accepted.has(fold(c.name)));
  for (const c of all) {
    mention++;
    const p = get(c.name, c.start);
    const hon = honorificsBefore(doc, c.start);
    p.honorifics = dedupe([...p.honorifics, ...hon.list]);
    for (const s of inScope(c.start, (s) => !!s.honorific)) p.honorifics = dedupe([...p.honorifics, s.honorific!]);
    const lineStart = /(?:^|\n)[ \t]*$/.test(norm.slice(Math.max(0, hon.start - 20), hon.start));
    const pre = c.fixed ? [] : chainBefore(hon.start, claimed, hon.list.length > 0);
    for (const t of inScope(c.start, (s) => !!s.title)) addPosition(p, t.title!);
    // "Về phía Bộ Nội vụ, Thứ trưởng X", "Đại diện cho Bộ Tài chính, Thứ trưởng X": the side named first
    // is the organisation of a title written without one
    let side: string | null = null;
    for (const t of pre) {
      claimed.add(t);
      if (t.org === null && side === null) side = sideBefore(t.start);
      addPosition(p, t.org === null && side !== null ? { ...t, org: side } : t);
      if (MEMBERSHIP.has(t.base) && t.base === fold("đại diện")) side = t.org;
    }
    if (c.fixed) {
      const t = titles.find((x) => skipBack(norm, x.chainEnd) === skipBack(norm, c.start) || skipBack(norm, x.end) === skipBack(norm, c.start));
      if (t) addPosition(p, { ...t, org: null });
    }
    const post = chainAfter(c.end, lineStart, claimed);
    for (const t of post) {
      claimed.add(t);
      addPosition(p, t);
    }
    if (!post.length) asTitle(p, c.end);
    // "… được đại hội bầu giữ chức vụ Chủ tịch Hội", "ứng cử chức danh Kiểm soát viên Công ty"
    const from = post.length ? post[post.length - 1]!.chainEnd : c.end;
    const stop = Math.min(sentenceEnd(c.end), nextName(c.end));
    const el = ELECT.exec(key.slice(from, stop));
    if (el) {
      const t = byStart.get(from + el.index + el[0].length);
      if (t && !claimed.has(t)) {
        claimed.add(t);
        addPosition(p, t);
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
  SHORT.lastIndex = 0;
  while ((m = SHORT.exec(norm))) {
    if (wordBefore(norm, m.index)) {
      SHORT.lastIndex = m.index + 1;
      continue;
    }
    const last = m[1]!;
    const at = m.index + m[0].length - last.length;
    const ps = byLast.get(last);
    if (!ps || ps.length !== 1 || inside(at)) continue;
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

/**
 * One person written two ways in the same post ("Đinh Viết Khanh" ×6, "Đinh Viết Khánh" ×1): names
 * equal but for tone and vowel marks are merged under the spelling written most often.
 */
function mergeSpellings(list: Person[]): Person[] {
  const groups = new Map<string, Person[]>();
  for (const p of list) {
    if (p.name.split(" ").length < 3) {
      groups.set(`\u0000${p.name}`, [p]);
      continue;
    }
    const k = stripMarks(p.name).toLowerCase();
    groups.set(k, [...(groups.get(k) ?? []), p]);
  }
  const out: Person[] = [];
  for (const g of groups.values()) {
    if (g.length === 1) {
      out.push(g[0]!);
      continue;
    }
    const main = [...g].sort((a, b) => b.mentions.length - a.mentions.length || a.first - b.first)[0]!;
    for (const p of g) {
      if (p === main) continue;
      main.honorifics = dedupe([...main.honorifics, ...p.honorifics]);
      main.roles = [...new Set([...main.roles, ...p.roles])];
      main.mentions.push(...p.mentions);
      main.first = Math.min(main.first, p.first);
      for (const [i, pos] of p.positions.entries()) {
        if (!main.bases.includes(p.bases[i]!)) {
          main.bases.push(p.bases[i]!);
          main.src.push(-1);
          main.positions.push(pos);
        }
      }
    }
    out.push(main);
  }
  return out;
}

export function recognizeOrganizations(ctx: Ctx): OrgHit[] {
  return orgs(ctx);
}

export type { Doc };
