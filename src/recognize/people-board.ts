/**
 * Whether two organisations of one title are two posts: two boards of the head the title ends in
 * ("Trưởng ban Tuyên giáo …" and "Trưởng ban chỉ đạo …"; people-build.ts addPosition).
 * (Split out of people-build.ts, unchanged.)
 */
import { SHARED_HEAD_KINDS } from "../lexicon/titles.js";
import { fold } from "../text/fold.js";

/** The kinds of board a shared head names by a verb ("ban" → "chỉ đạo", "tổ chức", …), folded. */
const BOARD_KINDS = new Map(Object.entries(SHARED_HEAD_KINDS).map(([h, ws]) => [fold(h), ws.map((w) => fold(w))]));
/**
 * Two boards of the one head a title ends in, one of them a board named by a verb ("trưởng ban": "Ban
 * Tuyên giáo Tỉnh ủy" and "Ban chỉ đạo phòng chống thiên tai"; folded organisations), or two boards of
 * one verb named by what each steers: two posts. Other names of one head may be one unit written two
 * ways ("Phòng GD-ĐT …", "Phòng Giáo dục …"): one post.
 */
/** The words of a folded string, each followed by one space ("" when it has none). */
const wordsOf = (s: string): string => s.replace(/[^\p{L}\p{M}\p{N}]+/gu, " ").trimStart();

export function otherBoard(base: string, a: string, b: string): boolean {
  // the longest head both start with ("tiểu ban", not only its first word)
  let head = "";
  for (const h of BOARD_KINDS.keys()) if (h.length > head.length && a.startsWith(`${h} `) && b.startsWith(`${h} `)) head = h;
  const kinds = BOARD_KINDS.get(head);
  if (kinds === undefined || !base.endsWith(` ${head}`)) return false;
  const ra = `${a.slice(head.length + 1)} `;
  const rb = `${b.slice(head.length + 1)} `;
  const ka = kinds.find((k) => ra.startsWith(`${k} `));
  const kb = kinds.find((k) => rb.startsWith(`${k} `));
  if (ka !== kb) return true;
  if (ka === undefined) return false;
  // two boards of one verb, each named by what it steers ("Ban chỉ đạo phòng chống thiên tai …" and
  // "Ban chỉ đạo xây dựng nông thôn mới …"): two posts; one name the start of the other is one board
  // (compared by their words: "… tỉnh Quảng Trị./" is "… tỉnh Quảng Trị")
  const sa = wordsOf(ra.slice(ka.length + 1));
  const sb = wordsOf(rb.slice(ka.length + 1));
  return sa.length > 0 && sb.length > 0 && !sa.startsWith(sb) && !sb.startsWith(sa);
}

