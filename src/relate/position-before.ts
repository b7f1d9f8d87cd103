/**
 * A title written before the name it belongs to, the name between commas, read against the post
 * the recognisers gave the same person — one more shape of positions.conflict:
 *
 *   "Đại tá Lê Văn Bình, Chỉ huy trưởng Bộ đội Biên phòng tỉnh Hà Giang, … Phát biểu tại buổi lễ,
 *    Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh Hà Giang, Đại tá Lê Văn Bình, cho biết …"
 *       → one person, the head and the deputy of one unit
 *   "…, Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh Hà Giang Nguyễn Văn Hải, …"  → no relation here
 *       (a title joined to a name is the recognisers', and that is another person)
 *   "…, nguyên Phó Chỉ huy trưởng …, Đại tá Lê Văn Bình, …"  → no relation: the title must open
 *       its clause ("nguyên", "tân" before it tell of another time)
 *
 * Only the counterpart of a post the person already holds in the text is looked for (its deputy,
 * or its head when that post is the deputy's), in the same unit written the same way, right
 * before ", [honorifics] <full name>,".
 */
import { fold } from "../text/fold.js";
import { cls, SPACE } from "../text/chars.js";
import type { Person, Position, RelationMember } from "../schema.js";
import type { Rel, RelateCtx } from "./context.js";
import { honorificBefore } from "./position-name.js";

/** What may stand before the title: the start of the text or of a clause. */
const OPENERS = ",.;:!?(\n–—-";
/** Whether the text before the title ends at the start of the text or of a clause (white space aside). */
const opens = (s: string) => {
  const t = s.trimEnd();
  return !t.length || OPENERS.includes(t[t.length - 1]!);
};
const REACH = 200;

/**
 * The end of s[0, at) without its trailing white space: input.slice(0, at).replace(/\s+$/, "").length,
 * read back from `at` with the character tables (SPACE is /\s/, which has no member above U+FFFF).
 *
 *   trimmedEnd("Đại tá  Lê", 8) → 6
 */
export function trimmedEnd(s: string, at: number): number {
  let e = at;
  while (e > 0 && cls(s.charCodeAt(e - 1)) & SPACE) e--;
  return e;
}

/** "Chỉ huy trưởng" → "phó chỉ huy trưởng"; "Phó Giám đốc" → "giám đốc" (folded). */
function counterpart(title: string): string {
  const t = fold(title).replace(/\s+/g, " ").trim();
  return /^phó /.test(t) ? t.slice(4) : `phó ${t}`;
}

export function titleBeforeName(rc: RelateCtx, person: Person, changeOfPost: () => string | undefined): Rel | undefined {
  const input = rc.doc.input;
  const posts = person.positions.filter((p): p is Position & { org: string } => !!p.org && !/^(?:nguiên|cựu|tân|quiền)\s/u.test(fold(p.title)));
  if (!posts.length || person.name.trim().split(/\s+/).length < 2) return undefined;
  for (const m of person.mentions) {
    if (m.rule !== "person.name") continue;
    // the name closed by a comma
    if (!/^\s*,/.test(input.slice(m.span.end, m.span.end + 3))) continue;
    // back over the honorifics ("Đại tá", "ThS.BS", "ông") to the comma
    let at = m.span.start;
    for (let k = 0; k < 4; k++) {
      const h = honorificBefore(input, at);
      if (!h) break;
      // (the white space before the honorific stepped over in place: input.slice(0, at).replace(/\s+$/, "")
      // read the text from its start for every mention, quadratic in a long text with many names)
      at = trimmedEnd(input, at) - h.length;
      while (at > 0 && input[at - 1] === ".") at--;
    }
    const lead = input.slice(Math.max(0, at - REACH), at);
    const comma = /,\s*$/.exec(lead);
    if (!comma) continue;
    const base = at - lead.length;
    const head = fold(lead.slice(0, comma.index));
    if (head.length !== comma.index) continue;
    for (const p of posts) {
      // the counterpart title with the same unit, as written but for case and spaces
      const words = `${counterpart(p.title)} ${fold(p.org)}`.split(/\s+/).filter(Boolean);
      const s0 = endsWithWords(head, words);
      if (s0 < 0) continue;
      if (!opens(head.slice(0, s0)) || (s0 === 0 && base > 0)) continue;
      const start = base + s0;
      const end = base + comma.index;
      // a post the recognisers read already (then the pair is position.ts's)
      if (person.positions.some((q) => q.span.start < end && q.span.end > start)) continue;
      const held = (label: string, span: { start: number; end: number }, text: string): RelationMember => ({ role: "held", label, span, text });
      const change = changeOfPost();
      const second = input.slice(start, end);
      const first = p.span.start < start;
      const a = held(`${p.title} ${p.org}`, p.span, p.text);
      const b = held(second.replace(/\s+/g, " "), { start, end }, second);
      return {
        kind: "position",
        certainty: person.name.trim().split(/\s+/).length >= 3 ? "explicit" : "inferred",
        members: first ? [a, b] : [b, a],
        rule: "relate.position.title-before-name",
        person: person.id,
        ...(change ? { change } : {}),
      };
    }
  }
  return undefined;
}

const isSpace = (c: string | undefined) => c === " " || c === "\t" || c === "\n" || c === "\u00a0";
const isWordUnit = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);

/**
 * Where `words` (folded) end `head`, written with any white space between them and starting a
 * word, or -1: endsWithWords("…, phó chỉ huy  trưởng bộ đội", ["phó", "chỉ", "huy", "trưởng", "bộ", "đội"]).
 */
function endsWithWords(head: string, words: readonly string[]): number {
  let at = head.length;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    if (k < words.length - 1) {
      // the white space between two words
      const end = at;
      while (at > 0 && isSpace(head[at - 1])) at--;
      if (at === end) return -1;
    }
    if (!head.endsWith(w, at)) return -1;
    at -= w.length;
  }
  return isWordUnit(head[at - 1]) ? -1 : at;
}
