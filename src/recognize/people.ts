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
import type { Ctx, OrgHit, PersonHit } from "./types.js";
import type { Doc } from "../text/normalize.js";
import { isSurname, nameCandidates, type NameCandidate } from "./name.js";
import { mergeSpellings } from "./people-merge.js";
import { findBylines, type BylineHit } from "./byline.js";
import { nameStartsOf, peopleNameStarts } from "./people-starts.js";
import { recognizeOrganizations as orgs } from "./org.js";
import { PeopleText } from "./people-text.js";
import { acceptNames } from "./people-accept.js";
import { PeopleBuilder } from "./people-build.js";
import { firstStartAt, inOrder, none } from "../text/lists.js";
import { COUNTRY_WORDS } from "../lexicon/org-heads.js";
import { T_CAP, T_DIGITS, T_GAP, T_LETTERS, T_LINE, T_ODD } from "../text/tokens.js";

const COUNTRIES = new Set<string>(COUNTRY_WORDS);


/**
 * The steps: the name candidates and bylines; the titles, chains and scopes around them
 * (people-text.ts); which candidates are people (people-accept.ts); each mention's honorifics
 * and positions, the bylines, the short references (people-build.ts); one person written two
 * ways merged (people-merge.ts).
 */
export function recognizePeople(ctx: Ctx): PersonHit[] {
  // Every person's name holds two capitalised words with one space between them: a name
  // candidate's (name.ts: a run of two words or more, from a token flagged T_CAP) and a byline's
  // (byline.ts validName: two to four words, each a capital and lower-case letters, found after a
  // space or as the text itself). A text with no such pair (half of the archive's titles) has no
  // candidate and no byline: the same return as readPeople's for a text with neither, before
  // either is looked for. (And nameCandidates' memo is set to the empty list it would make: the
  // organisations read it.)
  if (noCapitalPair(ctx.doc)) {
    peopleNameStarts.set(ctx.doc, new Set());
    if (ctx.doc.memo.names === undefined) ctx.doc.memo.names = [];
    return none();
  }
  return readPeople(ctx);
}

/**
 * Whether no two capitalised words stand with white space between them: no token after white
 * space flagged T_CAP has, since the white space before that, a token holding a capital (the first
 * word ends at the white space, so it lies there: a token holding a capital is flagged T_CAP, or
 * T_ODD when the capital follows a lower-case letter or mark or is above U+FFFF, or holds letters
 * and digits). A token a name reader reads by its characters (T_ODD; letters with digits) may hold
 * two words by itself: "maybe".
 */
function noCapitalPair(doc: Doc): boolean {
  const t = doc.tokens;
  let capBefore = false; // a token holding a capital since the last white space
  for (let i = 0; i < t.count; i++) {
    const f = t.flags[i]!;
    if (f & T_ODD || (f & T_DIGITS && f & T_LETTERS)) return false;
    if (f & (T_GAP | T_LINE)) {
      if (capBefore && f & T_CAP) return false;
      capBefore = false;
    }
    if (f & T_CAP) capBefore = true;
  }
  return true;
}

/** Whether a byline overlaps the span [start, end) without being it. */
const cuts = (b: BylineHit, start: number, end: number): boolean => b.start < end && start < b.end && (b.start !== start || b.end !== end);

/**
 * The candidates no byline overlaps without being the same span. With a few bylines, each against
 * each; with more (a long text: photo credits all through it), the bylines by start, and for each
 * candidate only those that start before its end and late enough to reach it (a byline's start is
 * at most the longest byline's length before its end): each against each was quadratic in the
 * length of a long text.
 */
function withoutCut(cands: NameCandidate[], bylines: BylineHit[]): NameCandidate[] {
  if (bylines.length < 16) return cands.filter((c) => !bylines.some((b) => cuts(b, c.start, c.end)));
  const bs = inOrder([...bylines], (a, b) => a.start - b.start);
  let longest = 0;
  for (const b of bs) longest = Math.max(longest, b.end - b.start);
  return cands.filter((c) => {
    const lo = firstStartAt(bs, c.end);
    for (let k = lo - 1; k >= 0 && bs[k]!.start > c.start - longest; k--) if (cuts(bs[k]!, c.start, c.end)) return false;
    return true;
  });
}

/** recognizePeople without its guard (the guard's oracle in test/people-guard.test.ts). */
export function readPeople(ctx: Ctx): PersonHit[] {
  const doc = ctx.doc;
  const bylines = findBylines(doc);
  // a credit cut short ("Ảnh: Nguyễn Văn Thắng Hội nghị…") wins over the longer capitalised run
  const every = nameCandidates(doc);
  const cands = withoutCut(every, bylines);
  // every person below is a candidate accepted in pass 1 or a byline: with neither there is none
  // (most short texts), and titles, scopes and lists need not be read
  if (!cands.length && !bylines.length) {
    peopleNameStarts.set(doc, new Set(), true);
    return none();
  }
  // (the organisations take the set as it is when no byline cut a candidate: people-starts.ts)
  const nameStarts = nameStartsOf(cands);
  peopleNameStarts.set(doc, nameStarts, cands.length === every.length);
  const pt = new PeopleText(ctx, cands, nameStarts);

  // pass 1: which candidates are people
  const accepted = acceptNames(pt, cands);

  // pass 2: people, their honorifics and positions, in text order
  const build = new PeopleBuilder(pt, accepted.namesakes);
  if (accepted.names.size) for (const c of cands) if (!c.caps && pt.mayBeAmong(c, accepted.firsts) && accepted.names.has(pt.canonOf(c))) build.addMention(c);
  // bylines and photo credits
  for (const b of bylines) {
    const p = build.get(b.name, b.start);
    if (!p.mentions.some((x) => x.start === b.start)) p.mentions.push({ start: b.start, end: b.end, rule: b.rule });
    if (b.rule !== "person.named" && !p.roles.includes("tác giả")) p.roles.push("tác giả");
  }
  build.addShortRefs();
  build.addPronounPosts();
  const people = inOrder(mergeSpellings([...build.people.values()]), (a, b) => a.first - b.first);
  // (by push into none(), empty or not: `[]` and an optimised `.map()`'s holey list were two more
  // array maps for link, which reads this list, and it was compiled again; text/lists.ts)
  const out: PersonHit[] = none();
  for (const p of people) out.push({ name: p.name, honorifics: p.honorifics, positions: p.positions, roles: p.roles, mentions: inOrder(p.mentions, (a, b) => a.start - b.start) });
  return out;
}

/**
 * The organisations; with `people` (recognizePeople's), each ends before a person's mention that
 * starts inside it past its head when that person's title read the organisation so: a foreign name
 * the organisation's phrase ran on into ("Chủ tịch Quỹ Tiền tệ Quốc tế Christine Lagarde" → "Quỹ
 * Tiền tệ Quốc tế"). A name with a family name ends the phrase already (people-starts.ts).
 */
export function recognizeOrganizations(ctx: Ctx, people?: readonly PersonHit[]): OrgHit[] {
  const out = orgs(ctx);
  if (!people?.length || !out.length) return out;
  const norm = ctx.doc.norm;
  for (let i = 0; i < out.length; i++) {
    const o = out[i]!;
    const headEnd = o.start + o.head.length;
    for (const p of people) {
      for (const m of p.mentions) {
        if (m.start <= headEnd || m.start >= o.end) continue;
        let end = m.start;
        while (end > headEnd && /\s/u.test(norm[end - 1]!)) end--;
        // (only where the person's own title read its organisation so, "Chủ tịch | Quỹ Tiền tệ Quốc tế", or
        // the start of it, "Bộ Nội vụ" of "Bộ Nội vụ Cộng hòa Slovakia"; or read another name of the unit,
        // and a country ends it here: "Bộ Nội vụ Slovakia | Robert …")
        const name = norm.slice(o.start, end);
        // (the last two for a foreign name only: "Cty | Hoàng Gia Phát" is a firm read as a person)
        const sp = p.name.indexOf(" ");
        const foreign = !isSurname(sp < 0 ? p.name : p.name.slice(0, sp));
        if (p.positions.some((x) => x.org === name || (foreign && x.org !== null && x.org.startsWith(`${name} `))) || (foreign && p.positions.some((x) => x.org !== null) && COUNTRIES.has(name.slice(name.lastIndexOf(" ") + 1)))) out[i] = { ...o, end, name };
      }
    }
  }
  return out;
}

export type { Doc };
