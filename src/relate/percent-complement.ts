/**
 * Two shares of one whole, each after "chiếm", whose classes are a class and its negation (or the
 * two sexes): together they are all of the whole, so they add up to 100 (percent-total, closed).
 *
 *   "số phiếu hợp lệ chiếm 98,7% và số phiếu không hợp lệ chiếm 2,3% tổng số phiếu thu vào"
 *                                                   hợp lệ / không hợp lệ: 101 ≠ 100
 *   "sản phẩm đạt chuẩn chiếm 86,4%, chưa đạt chuẩn chiếm 13,6%"       đạt / chưa đạt: 100
 *   "lao động nam chiếm 54,2%, lao động nữ chiếm 45,8%"                nam / nữ: 100
 *   "nữ chiếm 40%, dân tộc thiểu số chiếm 20%"      two attributes: nothing
 *   "lao động nam chiếm 52%, lao động nữ chiếm 30% số cán bộ quản lý"  the second of another whole: nothing
 *   "số phiếu hợp lệ chiếm 98,6% số phiếu thu vào, số cử tri không đi bầu chiếm 1,2% số cử tri"
 *                                                   two wholes (the first share names its own): nothing
 * A pair another finder of percent-total read already is left to it. A third class told after the
 * pair leaves it open, at most 100: the rest named ("…, còn lại không có ý kiến"), or a share of
 * its own class, one more member ("…, không trả lời 8%").
 */
import type { RelationMember } from "../schema.js";
import { fold } from "../text/fold.js";
import { L, named, src } from "../text/rx.js";
import { cueOf, figMember, foldedWords, type Fig, type Rel, type RelateCtx } from "./context.js";
import { lastStop } from "./words.js";
import { namedWhole } from "./named-whole.js";

/** "… chiếm 44,2%": the cue right before the percent (only "chiếm", "chiếm tỉ lệ"). */
const CHIEM_END = named("relate.percent-complement-chiem", new RegExp(src`${L}chiếm(?:\s{1,2}tỉ\s{1,2}lệ)?\s{0,2}$`, "u"));
/** Between the two: a comma or semicolon, "và" at most. */
const JOINED = named("relate.percent-complement-joined", /^\s{0,2}(?:[,;]\s{0,2})?(?:và\s{1,2})?/u);
/** The words that negate a class: "không hợp lệ", "chưa đạt", "không phải đảng viên". */
const NEGATIONS = [["không", "phải"], ["không"], ["chưa"]].map((ws) => ws.map((w) => fold(w)));
const SEXES = new Set([fold("nam"), fold("nữ")]);
/** After the pair, a third class: "…, còn lại không có ý kiến", "…, phần còn lại …". */
const REST_AFTER = named("relate.percent-complement-rest", /^\s{0,2}[,;]\s{0,2}(?:(?:số|phần)\s{1,2})?còn\s{1,2}lại(?![\p{L}\p{M}])/u);
/** Between the pair and a third share: a comma, its class ("…, không trả lời 8%"), not "trong đó". */
const THIRD_SHARE = named("relate.percent-complement-third", /^\s{0,2}[,;]\s{0,2}(?:và\s{1,2})?[^,;.:()\d%]{1,50}$/u);

/** Words of a label without a leading "số", "tỷ lệ" ("số phiếu hợp lệ" → ["phiếu", "hợp", "lệ"]). */
function classWords(label: string): string[] {
  const ws = foldedWords(label);
  while (ws.length && (ws[0] === fold("số") || ws[0] === fold("lượng"))) ws.shift();
  if (ws[0] === fold("tỷ") && ws[1] === fold("lệ")) ws.splice(0, 2);
  return ws;
}

/** `neg` is `pos` with a negation before its last words, the head noun perhaps left out ("không hợp lệ" / "phiếu hợp lệ"). */
function negates(pos: string[], neg: string[]): boolean {
  for (let k = 0; k < neg.length; k++)
    for (const n of NEGATIONS) {
      if (!n.every((w, d) => neg[k + d] === w)) continue;
      const head = neg.slice(0, k);
      const tail = neg.slice(k + n.length);
      if (!tail.length || pos.length < tail.length) continue;
      // the class after the negation ends the other label, and what the negated label names before it ends its head
      const cls = pos.slice(pos.length - tail.length);
      if (cls.join(" ") !== tail.join(" ")) continue;
      const posHead = pos.slice(0, pos.length - tail.length);
      if (!head.length || (posHead.length >= head.length && posHead.slice(posHead.length - head.length).join(" ") === head.join(" "))) return true;
    }
  return false;
}

/** Whether two labels are a class and its complement. */
export function complementary(a: string, b: string): boolean {
  const x = classWords(a);
  const y = classWords(b);
  if (!x.length || !y.length) return false;
  if (negates(x, y) || negates(y, x)) return true;
  // the two sexes, after the same head ("lao động nam" / "lao động nữ"), or the second with none
  const lx = x[x.length - 1]!;
  const ly = y[y.length - 1]!;
  if (!SEXES.has(lx) || !SEXES.has(ly) || lx === ly) return false;
  const hx = x.slice(0, -1).join(" ");
  const hy = y.slice(0, -1).join(" ");
  return hx === hy || !hy;
}

export function findComplementShares(rc: RelateCtx): Rel[] {
  const out: Rel[] = [];
  const key = rc.key;
  const taken = new Set<string>();
  for (const r of rc.found) if (r.kind === "percent-total") for (const m of r.members) if (m.figure) taken.add(m.figure);
  for (let k = 1; k < rc.figs.length; k++) {
    const p = rc.figs[k - 1]!;
    const q = rc.figs[k]!;
    if (p.f.kind !== "percent" || q.f.kind !== "percent" || p.sent !== q.sent || taken.has(p.f.id) || taken.has(q.f.id)) continue;
    const s = rc.sentences[p.sent]!;
    const cp = CHIEM_END.exec(key.slice(Math.max(s.start, p.start - 24), p.start));
    const cq = CHIEM_END.exec(key.slice(Math.max(p.end, q.start - 24), q.start));
    if (!cp || !cq) continue;
    const pAt = p.start - Math.min(24, p.start - s.start) + cp.index;
    const qAt = q.start - Math.min(24, q.start - p.end) + cq.index;
    const gap = key.slice(p.end, qAt);
    const joined = JOINED.exec(gap)![0].length;
    // the second label: no other separator, no figure between the two members
    if (joined === 0 || /[,;:.()%\d]/.test(gap.slice(joined)) || gap.length > 70) continue;
    // a share before the first, in the same run of "chiếm": a longer list (percent-closed.ts)
    const prev = rc.figs[k - 2];
    if (prev && prev.sent === p.sent && prev.f.kind === "percent" && !/[.;]/.test(key.slice(prev.end, pAt)) && pAt - prev.end < 70) continue;
    // the first share's own whole ("chiếm 98,6% số phiếu thu vào, …"): two wholes
    if (namedWhole(rc, p)) continue;
    const seg = key.slice(s.start, pAt);
    const from = s.start + lastStop(seg, ",;:(") + 1;
    const la = key.slice(from, pAt);
    const lb = gap.slice(joined);
    if (!complementary(la, lb)) continue;
    // a whole named after the second share is the pair's only when it counts their noun ("… chiếm
    // 2,3% tổng số phiếu thu vào" for "số phiếu hợp lệ"); "lao động nữ chiếm 30% số cán bộ quản lý"
    // is a share of another whole
    const nw = namedWhole(rc, q);
    if (nw && !nw.words.includes(classWords(la)[0]!)) continue;
    // neither a change nor a bound
    if (p.f.range || q.f.range || p.f.bound || q.f.bound) continue;
    const members: RelationMember[] = [figMember(rc, "share", p, { label: foldedWords(la).join(" ") }), figMember(rc, "share", q, { label: foldedWords(lb).join(" ") })];
    // (a third class after the pair: the shares of the classes told are all members, at most 100 together)
    const more = moreShares(rc, q);
    for (const r of more) members.push(figMember(rc, "share", r));
    const closed = !more.length && !REST_AFTER.test(key.slice(q.end, q.end + 24));
    out.push({ kind: "percent-total", certainty: "explicit", cue: cueOf(rc, from + (la.length - la.trimStart().length), qAt), members, rule: "relate.percent-total.complement", closed });
    for (const r of more) taken.add(r.f.id);
    taken.add(p.f.id);
    taken.add(q.f.id);
  }
  return out;
}

/** The shares told after the pair's second `q`, each of its own class ("…, không trả lời 8%"). */
function moreShares(rc: RelateCtx, q: Fig): Fig[] {
  const out: Fig[] = [];
  for (let last = q, r = rc.figs[q.i + 1]; r && r.sent === q.sent && r.f.kind === "percent"; last = r, r = rc.figs[r.i + 1]) {
    const gap = rc.key.slice(last.end, r.start);
    if (!THIRD_SHARE.test(gap) || TRONG.test(gap) || r.f.range || r.f.bound) break;
    out.push(r);
  }
  return out;
}
const TRONG = named("relate.percent-complement-trong", /(?:^|[^\p{L}\p{M}])trong(?![\p{L}\p{M}])/u);
