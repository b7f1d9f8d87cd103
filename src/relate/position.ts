/**
 * Positions: one person given a title and its deputy (or head) in the same unit.
 *
 *   "Nguyễn Văn Hùng, Phó Giám đốc Sở Tài chính … Giám đốc Sở Tài chính Nguyễn Văn Hùng"  a conflict
 *   "Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh"                 two units: no relation
 *   "… vừa được bổ nhiệm giữ chức Giám đốc Sở …"            a change of post told: recorded in `change`
 *   "Năm 2019, ông X là Phó Chủ tịch …. Năm 2024, ông X là Chủ tịch …"  each dated apart: a change too
 *   "ông Nguyễn Văn An – Giám đốc …, ông Nguyễn Văn Ân – Phó Giám đốc …"  two people (the names differ
 *                                                             in a mark): no relation
 */
import { fold } from "../text/fold.js";
import { CHANGE_OF_POST, RANK_CHANGE, TITLE_TIME_PREFIXES } from "../lexicon/relation-cues.js";
import { HONORIFICS } from "../lexicon/honorifics.js";
import { SHARED_HEAD_KINDS } from "../lexicon/org-heads.js";
import { foldedWords, PhraseList } from "./context.js";
import { none } from "../text/lists.js";
import { L, R, named, rx, words } from "../text/rx.js";
import type { Person, Position, RelationMember } from "../schema.js";
import type { Rel, RelateCtx } from "./context.js";
import { nameAt } from "./position-name.js";
import { titleBeforeName } from "./position-before.js";
import { datedApart } from "./position-dated.js";

/** Military and police ranks (folded form → canonical), longest first: "phó đô đốc" before "đô đốc". */
const RANKS = HONORIFICS.filter((h) => h.kind === "rank")
  .map((h) => [fold(h.form).replace(/\s+/g, " "), h.canonical] as const)
  .sort((a, b) => b[0].length - a[0].length);
const RANK_CANON = new Set(RANKS.map(([, c]) => c));
const RANK_CHANGES = new PhraseList(RANK_CHANGE);

const CHANGE = named("relate.change-of-post", rx`${L}${words(CHANGE_OF_POST)}${R}`);
const DEPUTY = named("position.DEPUTY", /^(?:phó|thứ)\s+/);
const PREFIX_BEFORE = named("position.PREFIX_BEFORE", new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${TITLE_TIME_PREFIXES.map((w) => fold(w).replace(".", "\\.")).join("|")})\\s*$`, "u"));

/** "Phó Giám đốc" → ["giám đốc", true]; "Thứ trưởng" → ["bộ trưởng", true]; "nguyên …" → null. */
export function rankOf(title: string): [string, boolean] | null {
  const t = fold(title).replace(/\s+/g, " ").trim();
  if (/^(?:nguiên|cựu|tân|quiền)\s/.test(t)) return null;
  if (t === fold("thứ trưởng")) return [fold("bộ trưởng"), true];
  const deputy = DEPUTY.test(t);
  return [deputy ? t.replace(DEPUTY, "") : t, deputy];
}

function orgKey(p: Position): string | null {
  return p.org ? fold(p.org).replace(/\s+/g, " ").trim() : null;
}

/** A board named by its kind alone ("Ban chỉ đạo", "Ban tổ chức"): the same org only as written, not every board of that kind. */
const BARE_BOARDS = new Set(Object.entries(SHARED_HEAD_KINDS).flatMap(([h, ws]) => ws.map((w) => fold(`${h} ${w}`))));

function sameOrg(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  if (a === b) return true;
  if (BARE_BOARDS.has(a) || BARE_BOARDS.has(b)) return false;
  return a.startsWith(`${b} `) || b.startsWith(`${a} `) || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}

export function findPositions(rc: RelateCtx): Rel[] {
  // (none(): a list that holds objects from the start, src/text/lists.ts; an empty `[]` that took
  // its first relation in a rare text was a deopt of findPositions)
  const out: Rel[] = none();
  // the change of post told in the text: looked for (a scan of the whole text) only once a
  // relation is found, which few texts have
  let change: string | undefined | null = null;
  const changeOfPost = (): string | undefined => {
    if (change !== null) return change;
    CHANGE.lastIndex = 0;
    const cm = CHANGE.exec(rc.key);
    CHANGE.lastIndex = 0;
    change = cm ? rc.doc.text(cm.index, cm.index + cm[0].length) : undefined;
    return change;
  };
  for (const person of rc.people) {
    const r = twoRanks(rc, person, changeOfPost);
    if (r) out.push(r);
    // a title written before the name, the name between commas ("…, Phó Chỉ huy trưởng …, Đại tá X, …")
    const tb = titleBeforeName(rc, person, changeOfPost);
    if (tb) out.push(tb);
    const ps = person.positions;
    for (let i = 0; i < ps.length; i++)
      for (let j = i + 1; j < ps.length && j < i + 20; j++) {
        const a = rankOf(ps[i]!.title);
        const b = rankOf(ps[j]!.title);
        if (!a || !b || a[0] !== b[0] || a[1] === b[1]) continue;
        if (!sameOrg(orgKey(ps[i]!), orgKey(ps[j]!))) continue;
        if (nameAt(rc.doc.input, rc.people, person, ps[i]!) !== nameAt(rc.doc.input, rc.people, person, ps[j]!)) continue;
        // "nguyên Giám đốc", "tân Chủ tịch" written before the title
        const before = (p: Position) => fold(rc.doc.input.slice(Math.max(0, p.span.start - 10), p.span.start));
        if (PREFIX_BEFORE.test(before(ps[i]!)) || PREFIX_BEFORE.test(before(ps[j]!))) continue;
        const held = (p: Position): RelationMember => ({ role: "held", label: `${p.title}${p.org ? ` ${p.org}` : ""}`, span: p.span, text: p.text });
        // (or each post dated by the time opening its clause, the times apart: position-dated.ts)
        const change = changeOfPost() ?? datedApart(rc.doc.input, ps[i]!, ps[j]!);
        out.push({
          kind: "position",
          // a name of two words may be a place read as a name ("Vườn quốc gia Vũ Quang")
          certainty: person.name.trim().split(/\s+/).length >= 3 ? "explicit" : "inferred",
          members: [held(ps[i]!), held(ps[j]!)],
          rule: "relate.position.two-ranks",
          person: person.id,
          ...(change ? { change } : {}),
        });
      }
  }
  return out;
}

/**
 * One person written with two different military or police ranks ("Đại tá Lê Văn A … Thượng tá Lê
 * Văn A"), each right before a mention of the same name. A change told anywhere in the text ("được
 * thăng hàm", "nguyên", a change of post) is recorded in `change`: the ranks may be of two times.
 */
function twoRanks(rc: RelateCtx, person: Person, changeOfPost: () => string | undefined): Rel | undefined {
  if (person.honorifics.filter((h) => RANK_CANON.has(h)).length < 2) return undefined;
  // posts in two different units: two people of one name, as likely as one person with two ranks
  const orgs = person.positions.map(orgKey).filter((o): o is string => o !== null);
  if (orgs.some((a, k) => orgs.slice(k + 1).some((b) => !sameOrg(a, b)))) return undefined;
  const input = rc.doc.input;
  const seen: { rank: string; start: number; end: number; name: string }[] = [];
  for (const m of person.mentions) {
    const before = input.slice(Math.max(0, m.span.start - 24), m.span.start);
    const fb = fold(before).replace(/\s+/g, " ");
    for (const [form, canon] of RANKS) {
      if (!fb.endsWith(`${form} `) && !fb.endsWith(form)) continue;
      // the rank starts a word
      const at = fb.length - (fb.endsWith(" ") ? form.length + 1 : form.length);
      if (at > 0 && /[\p{L}\p{M}]/u.test(fb[at - 1]!)) continue;
      let start = m.span.start - before.length + at;
      // (folding may change the length of text not in NFC: then the rank is cited by the name's span)
      if (fold(input.slice(start, start + form.length)).replace(/\s+/g, " ") !== form) start = -1;
      seen.push({ rank: canon, start: start < 0 ? m.span.start : start, end: start < 0 ? m.span.end : start + form.length, name: m.text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim() });
      break;
    }
  }
  for (let i = 0; i < seen.length; i++)
    for (let j = i + 1; j < seen.length; j++) {
      const a = seen[i]!;
      const b = seen[j]!;
      if (a.rank === b.rank || a.name !== b.name) continue;
      const words = foldedWords(rc.key);
      const told = RANK_CHANGES.find(words);
      const change = told ? words.slice(told.i, told.i + told.n).join(" ") : changeOfPost();
      const held = (x: (typeof seen)[number]): RelationMember => ({ role: "rank", label: x.rank, span: { start: x.start, end: x.end }, text: input.slice(x.start, x.end) });
      return {
        kind: "position",
        certainty: person.name.trim().split(/\s+/).length >= 3 ? "explicit" : "inferred",
        members: [held(a), held(b)],
        rule: "relate.position.two-military-ranks",
        person: person.id,
        ...(change ? { change } : {}),
      };
    }
  return undefined;
}
