/**
 * Named organisations: a head noun (src/lexicon/org-heads.ts) and the name after it.
 *   "Viện Ứng dụng công nghệ", "Sở Ngoại vụ", "UBND tỉnh Thái Bình", "Trường Đại học Nguyễn Tất Thành",
 *   "Công ty Cổ phần X", "Ban Chấp hành Công đoàn Viện", "Đảng ủy phường Mỹ An"
 * The phrase ends where a title's organisation would (title.ts parseOrg): at punctuation, a verb,
 * or a person's name.
 */
import type { Ctx, OrgHit } from "./types.js";
import { named } from "../text/rx.js";
import { fold } from "../text/fold.js";
import { FIXED_CITY_NAMES, ORG_HEADS } from "../lexicon/org-heads.js";

const CITY_NAMES = new Set<string>(FIXED_CITY_NAMES.map((n) => fold(n)));
import { nameCandidates } from "./name.js";
import { parseOrg } from "./title.js";
import { peopleNameStarts } from "./people-starts.js";
import { trieSource, wordBefore } from "./phrase.js";

/** The left word edge is tested in JS (wordBefore): a leading lookbehind makes the scan ~4× slower. */
const HEAD = named("org.head", new RegExp(`${trieSource(ORG_HEADS.map((h) => fold(h).trim()))}(?![\\p{L}\\p{M}\\p{N}])`, "gu"));

export function recognizeOrganizations(ctx: Ctx): OrgHit[] {
  const { doc } = ctx;
  const { norm, key } = doc;
  let nameStarts = new Set(nameCandidates(doc).filter((c) => c.surname && (!c.fixed || !CITY_NAMES.has(fold(c.name))) && !c.caps && !c.negative).map((c) => c.start));
  // the same name starts as recognizePeople used (usually): share its set, and so the organisation phrases it read
  const theirs = peopleNameStarts.get(doc);
  if (theirs && theirs.size === nameStarts.size && [...theirs].every((s) => nameStarts.has(s))) nameStarts = theirs;
  const out: OrgHit[] = [];
  HEAD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HEAD.exec(key))) {
    if (wordBefore(key, m.index)) {
      HEAD.lastIndex = m.index + 1;
      continue;
    }
    if (!/^\p{Lu}/u.test(norm[m.index]!)) continue;
    const span = parseOrg(doc, m.index, nameStarts, false);
    if (!span || span.end <= m.index + m[0].length) continue;
    out.push({ start: span.start, end: span.end, name: norm.slice(span.start, span.end), head: norm.slice(m.index, m.index + m[0].length), rule: "org.head" });
    HEAD.lastIndex = span.end;
  }
  return out;
}
