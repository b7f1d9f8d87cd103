/**
 * Shares of one whole listed one per class, each with "chiếm", when the list says it is all of the
 * whole: they must add up to 100 (percent-total, closed).
 *
 *   "người cao tuổi chiếm 42%, trẻ em chiếm 35%, người khuyết tật chiếm 18%, các đối tượng khác
 *    chiếm 7%"                                     the last class is "the others": closed (102 ≠ 100)
 *   "dưới 18 tuổi chiếm 12,4%; từ 18 đến 30 tuổi chiếm 51,8%; trên 30 tuổi chiếm 38,3%"
 *                                                  bands that cover the scale: closed (102,5 ≠ 100)
 *   "nữ chiếm 58%, đảng viên chiếm 64%"            two attributes, not a partition: nothing
 *   "dưới 18 tuổi chiếm 12%; từ 18 đến 30 tuổi chiếm 51%"  the bands stop short of the top: nothing
 * A list the other finders of percent-total read already (a scale, a structure, "còn lại") is left to them.
 */
import type { RelationMember } from "../schema.js";
import { BAND_ABOVE, BAND_BELOW, BAND_DOWN_TAIL, BAND_FROM, BAND_JOIN, BAND_UP_TAIL, SHARE_OTHERS_WORDS } from "../lexicon/relation-cues.js";
import { L, R, named, src, words } from "../text/rx.js";
import { cueOf, figMember, foldedWords, type Fig, type Rel, type RelateCtx } from "./context.js";
import { lastStop } from "./words.js";
import { usable } from "./percent-total.js";

/** "… chiếm 44,2%": the cue right before the percent, its start in group `at`'s index. */
const CHIEM_END = named("percent-closed.CHIEM_END", new RegExp(src`${L}chiếm(?:\s{1,2}(?:tỉ\s{1,2}lệ|tỉ\s{1,2}trọng|khoảng|gần|xấp\s{1,2}xỉ))*\s{0,2}$`, "u"));
/** Between two members: a separator, then "và" at most ("42%, trẻ em chiếm", "12,4%; từ 18 …", "18% và các …"). */
const JOINED = named("percent-closed.JOINED", /^\s{0,2}(?:[,;]\s{0,2})?(?:và\s{1,2})?/u);
const OTHERS = words(SHARE_OTHERS_WORDS);
const NUM = named("percent-closed.NUM", /(\d{1,3}(?:\.\d{3})+(?!\d)|\d{1,4}(?:,\d{1,2})?)/u);
const BELOW = named("percent-closed.BELOW", new RegExp(src`${L}${words(BAND_BELOW)}\s{1,2}${NUM}${R}`, "u"));
const ABOVE = named("percent-closed.ABOVE", new RegExp(src`${L}${words(BAND_ABOVE)}\s{1,2}${NUM}${R}`, "u"));
const FROM = words(BAND_FROM);
/** "từ 18 đến 30", "18 - 30 tuổi", "từ 18 tuổi đến dưới 30 tuổi". */
const MIDDLE = named("percent-closed.MIDDLE", new RegExp(src`(?:${L}${FROM}\s{1,2})?${NUM}(?:\s{1,2}[\p{L}\p{M}]+)?\s{0,2}${words(BAND_JOIN)}\s{0,2}${NUM}${R}`, "u"));
/** "từ 60 tuổi trở lên", "30 trở xuống". */
const UP = named("percent-closed.UP", new RegExp(src`(?:${L}${FROM}\s{1,2})?${NUM}(?:\s{1,2}[\p{L}\p{M}]+){0,2}\s{1,2}${words(BAND_UP_TAIL)}${R}`, "u"));
const DOWN = named("percent-closed.DOWN", new RegExp(src`(?:${L}${FROM}\s{1,2})?${NUM}(?:\s{1,2}[\p{L}\p{M}]+){0,2}\s{1,2}${words(BAND_DOWN_TAIL)}${R}`, "u"));

export function findClosedShares(rc: RelateCtx): Rel[] {
  const out: Rel[] = [];
  const key = rc.key;
  // percents another finder read as classes of a whole already ("cơ cấu …"): left to it, or closed
  const taken = new Map<string, Rel>();
  for (const r of rc.found) if (r.kind === "percent-total") for (const m of r.members) if (m.figure) taken.set(m.figure, r);
  let i = 0;
  while (i < rc.figs.length) {
    const si = rc.figs[i]!.sent;
    let j = i;
    while (j < rc.figs.length && rc.figs[j]!.sent === si) j++;
    const ps = rc.figs.slice(i, j).filter((g) => g.f.kind === "percent");
    i = j;
    if (ps.length < 2) continue;
    const s = rc.sentences[si]!;
    // runs of percents each after "chiếm", each joined to the one before by a separator and its label
    let run: { p: Fig; label: [number, number] }[] = [];
    const flush = () => {
      if (run.length >= 2) {
        const r = closedList(rc, run, taken);
        if (r) out.push(r);
      }
      run = [];
    };
    for (const p of ps) {
      const before = key.slice(Math.max(s.start, p.start - 30), p.start);
      const c = CHIEM_END.exec(before);
      const ok = c && (taken.has(p.f.id) || usable(rc, p));
      if (!ok) {
        flush();
        continue;
      }
      const cueAt = p.start - before.length + c.index;
      const prev = run[run.length - 1];
      let from: number;
      if (prev) {
        const gap = key.slice(prev.p.end, cueAt);
        const joined = JOINED.exec(gap)![0].length;
        // the label: no other separator, no figure, no full stop between the two members
        if (joined === 0 || /[,;:.()%]/.test(gap.slice(joined)) || gap.length > 60) flush();
        from = prev && run.length ? prev.p.end + joined : labelStart(key, s.start, cueAt);
      } else from = labelStart(key, s.start, cueAt);
      if (from >= cueAt) {
        flush();
        continue;
      }
      run.push({ p, label: [from, cueAt] });
    }
    flush();
  }
  return out;
}

/** The start of the first member's label: after the last separator before its "chiếm". */
function labelStart(key: string, from: number, cueAt: number): number {
  const seg = key.slice(from, cueAt);
  const cut = lastStop(seg, ",;:(");
  const start = from + cut + 1;
  return start + (key.slice(start, cueAt).length - key.slice(start, cueAt).trimStart().length);
}

/** The relation when the list is all of its whole: its last class "the others", or bands that cover a scale. */
function closedList(rc: RelateCtx, run: { p: Fig; label: [number, number] }[], taken: ReadonlyMap<string, Rel>): Rel | undefined {
  const labels = run.map((m) => rc.key.slice(m.label[0], m.label[1]).trim());
  const ws = labels.map((l) => foldedWords(l).join(" "));
  if (ws.some((w) => !w) || new Set(ws).size < ws.length) return undefined;
  const others = (l: string) => foldedWords(l).some((w) => OTHERS.has(w));
  let rule: string | undefined;
  let cue: [number, number] | undefined;
  if (others(labels[labels.length - 1]!) && !labels.slice(0, -1).some(others)) {
    rule = "relate.percent-total.others";
    cue = run[run.length - 1]!.label;
  } else if (bandsCover(labels)) {
    rule = "relate.percent-total.bands";
    cue = [run[0]!.label[0], run[run.length - 1]!.label[1]];
  }
  if (!rule || !cue) return undefined;
  // the classes another finder read, all of them and no more: that relation is the closed list
  const held = new Set(run.map((m) => taken.get(m.p.f.id)));
  if (held.size > 1 || !held.has(undefined)) {
    const r = held.size === 1 ? [...held][0] : undefined;
    if (r && r.kind === "percent-total" && !r.closed && r.members.length === run.length && r.members.every((m) => run.some((x) => x.p.f.id === m.figure))) {
      r.closed = true;
      r.certainty = "explicit";
      r.rule = rule;
    }
    return undefined;
  }
  const members: RelationMember[] = [];
  for (let k = 0; k < run.length; k++) members.push(figMember(rc, "share", run[k]!.p, { label: ws[k]! }));
  return { kind: "percent-total", certainty: "explicit", cue: cueOf(rc, cue[0], cue[1]), members, rule, closed: true };
}

const num = (s: string) => Number(s.replace(/\./g, "").replace(",", "."));

/** A band's ends: "dưới 18 tuổi" → [-∞, 18], "từ 18 đến 30 tuổi" → [18, 30], "trên 30 tuổi" → [30, ∞]. */
function band(label: string): [number, number] | undefined {
  let m = MIDDLE.exec(label);
  if (m) return [num(m[1]!), num(m[2]!)];
  if ((m = BELOW.exec(label) ?? DOWN.exec(label))) return [-Infinity, num(m[1]!)];
  if ((m = ABOVE.exec(label) ?? UP.exec(label))) return [num(m[1]!), Infinity];
  return undefined;
}

/** Bands, in the order written (or its reverse), from the bottom of the scale to its top, each where the last ends. */
function bandsCover(labels: string[]): boolean {
  const bs = labels.map(band);
  if (bs.some((b) => !b)) return false;
  const list = (bs as [number, number][]).slice();
  if (list[0]![0] !== -Infinity) list.reverse();
  if (list[0]![0] !== -Infinity || list[list.length - 1]![1] !== Infinity) return false;
  for (let k = 1; k < list.length; k++) {
    const end = list[k - 1]![1];
    const start = list[k]![0];
    if (!(start === end || start === end + 1) || list[k]![1] <= start) return false;
  }
  return true;
}
