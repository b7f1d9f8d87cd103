/**
 * Positions: one person given a title and its deputy (or head) in the same unit.
 *
 *   "Nguyễn Văn Hùng, Phó Giám đốc Sở Tài chính … Giám đốc Sở Tài chính Nguyễn Văn Hùng"  a conflict
 *   "Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh"                 two units: no relation
 *   "… vừa được bổ nhiệm giữ chức Giám đốc Sở …"            a change of post told: recorded in `change`
 *   "ông Nguyễn Văn An – Giám đốc …, ông Nguyễn Văn Ân – Phó Giám đốc …"  two people (the names differ
 *                                                             in a mark): no relation
 */
import { fold } from "../text/fold.js";
import { CHANGE_OF_POST, TITLE_TIME_PREFIXES } from "../lexicon/relation-cues.js";
import { L, R, named, rx, words } from "../text/rx.js";
import type { Person, Position, RelationMember } from "../schema.js";
import type { Rel, RelateCtx } from "./context.js";

const CHANGE = named("relate.change-of-post", rx`${L}${words(CHANGE_OF_POST)}${R}`);
const DEPUTY = /^(?:phó|thứ)\s+/;
const PREFIX_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${TITLE_TIME_PREFIXES.map((w) => fold(w).replace(".", "\\.")).join("|")})\\s*$`, "u");

/** "Phó Giám đốc" → ["giám đốc", true]; "Thứ trưởng" → ["bộ trưởng", true]; "nguyên …" → null. */
export function rankOf(title: string): [string, boolean] | null {
  const t = fold(title).replace(/\s+/g, " ").trim();
  if (/^(?:nguyên|cựu|tân|quyền)\s/.test(t)) return null;
  if (t === fold("thứ trưởng")) return [fold("bộ trưởng"), true];
  const deputy = DEPUTY.test(t);
  return [deputy ? t.replace(DEPUTY, "") : t, deputy];
}

function orgKey(p: Position): string | null {
  return p.org ? fold(p.org).replace(/\s+/g, " ").trim() : null;
}

function sameOrg(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  return a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `) || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}

/** The name written next to a position (the nearest mention), exactly as written but for case. */
function nameAt(person: Person, p: Position): string {
  let best = person.mentions[0]!;
  let d = Infinity;
  for (const m of person.mentions) {
    const dist = m.span.end <= p.span.start ? p.span.start - m.span.end : m.span.start >= p.span.end ? m.span.start - p.span.end : 0;
    if (dist < d) {
      d = dist;
      best = m;
    }
  }
  return best.text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

export function findPositions(rc: RelateCtx): Rel[] {
  const out: Rel[] = [];
  let change: string | undefined;
  CHANGE.lastIndex = 0;
  const cm = CHANGE.exec(rc.key);
  CHANGE.lastIndex = 0;
  if (cm) change = rc.doc.text(cm.index, cm.index + cm[0].length);
  for (const person of rc.people) {
    const ps = person.positions;
    for (let i = 0; i < ps.length; i++)
      for (let j = i + 1; j < ps.length && j < i + 20; j++) {
        const a = rankOf(ps[i]!.title);
        const b = rankOf(ps[j]!.title);
        if (!a || !b || a[0] !== b[0] || a[1] === b[1]) continue;
        if (!sameOrg(orgKey(ps[i]!), orgKey(ps[j]!))) continue;
        if (nameAt(person, ps[i]!) !== nameAt(person, ps[j]!)) continue;
        // "nguyên Giám đốc", "tân Chủ tịch" written before the title
        const before = (p: Position) => fold(rc.doc.input.slice(Math.max(0, p.span.start - 10), p.span.start));
        if (PREFIX_BEFORE.test(before(ps[i]!)) || PREFIX_BEFORE.test(before(ps[j]!))) continue;
        const held = (p: Position): RelationMember => ({ role: "held", label: `${p.title}${p.org ? ` ${p.org}` : ""}`, span: p.span, text: p.text });
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
