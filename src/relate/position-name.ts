/**
 * The name a position is written beside, for positions.conflict: the nearest mention, as written
 * but for case — and a short name read as the full one it stands for.
 *
 *   "Bà Phạm Thị Thu Trang, Giám đốc Bảo tàng … bà Trang, Phó Giám đốc Bảo tàng …"
 *       → both "phạm thị thu trang": the given name alone, after the same honorific ("bà") as the
 *         full name, when no other person of the text has that given name
 *   "ông Nguyễn Văn An – Giám đốc …, ông Nguyễn Văn Ân – Phó Giám đốc …"
 *       → "nguyễn văn an", "nguyễn văn ân": two people (the names differ in a mark)
 *   "Ông Trần Văn Nam, Giám đốc … bà Nam, Phó Giám đốc …"  → "trần văn nam", "nam": another honorific
 */
import { fold } from "../text/fold.js";
import { HONORIFICS } from "../lexicon/honorifics.js";
import type { Mention, Person, Position } from "../schema.js";

const lower = (s: string) => s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

/** Honorifics as folded forms, longest first ("phó giáo sư" before "giáo sư"). */
const FORMS = [...new Set(HONORIFICS.map((h) => fold(h.form).replace(/\s+/g, " ")))].sort((a, b) => b.length - a.length);

/** The honorific written right before `at` in the input ("bà", "đại tá", folded), or "". */
export function honorificBefore(input: string, at: number): string {
  const before = fold(input.slice(Math.max(0, at - 24), at)).replace(/\s+/g, " ").trimEnd();
  for (const f of FORMS) {
    if (!before.endsWith(f)) continue;
    const c = before[before.length - f.length - 1];
    if (c === undefined || !/[\p{L}\p{M}\p{N}]/u.test(c)) return f;
  }
  return "";
}

function nearest(person: Person, p: Position): Mention {
  let best = person.mentions[0]!;
  let d = Infinity;
  for (const m of person.mentions) {
    const dist = m.span.end <= p.span.start ? p.span.start - m.span.end : m.span.start >= p.span.end ? m.span.start - p.span.end : 0;
    if (dist < d) {
      d = dist;
      best = m;
    }
  }
  return best;
}

/**
 * The name beside position `p` (the nearest mention), lower-cased. A short reference ("bà Trang")
 * reads as the person's full name when the honorific before it is one written before a full
 * mention of the name too, and no other person of `people` has that given name; else as written.
 */
export function nameAt(input: string, people: readonly Person[], person: Person, p: Position): string {
  const m = nearest(person, p);
  const written = lower(m.text);
  if (m.rule !== "person.short-ref") return written;
  const full = person.mentions.filter((x) => x.rule === "person.name" && lower(x.text).endsWith(` ${written}`));
  if (!full.length) return written;
  const given = fold(written);
  if (people.some((o) => o !== person && fold(lower(o.name)).split(" ").pop() === given)) return written;
  const h = honorificBefore(input, m.span.start);
  if (!h || !full.some((x) => honorificBefore(input, x.span.start) === h)) return written;
  return lower(full[0]!.text);
}
