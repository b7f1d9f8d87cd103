/**
 * Classes of a whole told right after it without a list cue, each count with its share alone in a
 * bracket: each share is of that whole (share.ts and share-bracket.ts read them after "chiếm" or
 * in a list with its cue).
 *
 *   "Hội có 2.000 hội viên, nam 900 người (45%), nữ 1.100 người (55%)"        900 ÷ 2.000, 1.100 ÷ 2.000
 *   "Toàn trường có 1.200 học sinh: 650 học sinh nữ (54,2%), 550 học sinh nam (45,8%)"
 * Only when every part carries one value of one partition (lexicon/partitions.ts: nam | nữ, thành
 * thị | nông thôn …, or công lập | ngoài công lập), a different one each, counts what the whole counts and is no larger; the first
 * part right after the whole's "," or ":", the next after ",", ";" or "và". Explicit when the parts
 * fit in the whole, inferred (a warning at most) when their sum exceeds it. The two sexes are all of
 * the whole: their two shares add up to 100 too (percent-total, closed).
 *   "1.850 hộ nghèo, thành thị 150 hộ (1,2%), nông thôn 1.700 hộ (6,8%)"   rates within each class (each
 *       far from 150 ÷ 1.850, 1.700 ÷ 1.850, and 1,2 + 6,8 far from 100): no share, silent
 */
import { PARTITIONS, QUALIFIER_PAIRS } from "../lexicon/partitions.js";
import { cueOf, figMember, foldedWords, PhraseList, type Fig, type Rel, type RelateCtx } from "./context.js";
import { measureCompatible } from "./kinds.js";
import { named } from "../text/rx.js";
import { classRunAfter } from "./pair-whole.js";

/** The partitions, then the pairs of qualifiers that split any noun ("công lập" | "ngoài công lập"; not those of some nouns only). */
export const DIMENSIONS = [...PARTITIONS.map((p) => new PhraseList(p.values)), ...QUALIFIER_PAIRS.filter((q) => !q.nouns).map((q) => new PhraseList(q.values))];
/** Before the first part: the whole's "," or ":"; before the next: ",", ";" or "và". */
export const FIRST_SEP = named("share-classes.FIRST_SEP", /^\s*[,:]\s*([^\d,;:()%.]{0,40})$/u);
export const NEXT_SEP = named("share-classes.NEXT_SEP", /^\s*(?:[,;]\s*(?:và\s+)?|và\s+)([^\d,;:()%.]{0,40})$/u);
const OPEN = named("share-classes.OPEN", /^[^\S\n]*\([^\S\n]*$/u);
export const CLOSE = named("share-classes.CLOSE", /^\s*\)/u);

export function findClassShares(rc: RelateCtx): Rel[] {
  const out: Rel[] = [];
  const key = rc.key;
  const taken = new Set<string>();
  // (a figure taken only as a whole may have its classes told first: "500 lao động, nam … (40%), nữ … (60%),
  // trong đó 150 đảng viên (30%)", pair-whole.ts)
  const other = new Set<string>();
  for (const r of rc.found) for (const m of r.members) if (m.figure) (m.role === "whole" || m.role === "whole-alt" ? taken : other).add(m.figure);
  for (const id of other) taken.add(id);
  for (const w of rc.figs) {
    if (w.f.kind !== "count" || w.change || w.f.range || w.f.per || w.f.of !== undefined) continue;
    if (taken.has(w.f.id) && (other.has(w.f.id) || !classRunAfter(rc, w))) continue;
    const parts: { g: Fig; p: Fig; words: string[] }[] = [];
    let at = w.end;
    for (let k = w.i + 1; k + 1 < rc.figs.length; k += 2) {
      const g = rc.figs[k]!;
      const p = rc.figs[k + 1]!;
      if (g.sent !== w.sent || p.sent !== w.sent || g.f.kind !== "count" || p.f.kind !== "percent" || p.f.range || other.has(g.f.id) || taken.has(p.f.id)) break;
      const sep = (parts.length ? NEXT_SEP : FIRST_SEP).exec(key.slice(at, g.start));
      if (!sep || !OPEN.test(key.slice(g.end, p.start))) break;
      const close = CLOSE.exec(key.slice(p.end, p.end + 4));
      if (!close) break;
      parts.push({ g, p, words: [...foldedWords(sep[1]!), ...foldedWords(g.noun)] });
      at = p.end + close[0].length;
    }
    if (parts.length < 2) continue;
    const dim = DIMENSIONS.findIndex((d) => oneValueEach(d, parts.map((x) => x.words)));
    if (dim < 0) continue;
    // (people of a whole of people: "2.000 hộ, nam 900 người" counts households, then people)
    if (parts.some(({ g }) => g.f.value > w.f.value || g.kind.people !== w.kind.people || measureCompatible(w.f, g.f, w.kinds, g.kind) !== "yes")) continue;
    const sum = parts.reduce((t, x) => t + x.g.f.value, 0);
    // "1.850 hộ nghèo, thành thị 150 hộ (1,2%), nông thôn 1.700 hộ (6,8%)": a rate within each class (of all
    // its households), not a share of the whole, when every bracket is far from its part's share and they
    // do not add up to about 100
    if (ratesWithin(w, parts.map(({ g, p }) => [g.f.value, p.f.value] as const))) continue;
    const certainty = sum <= w.f.value ? "explicit" : "inferred";
    for (const { g, p } of parts) {
      taken.add(p.f.id);
      out.push({
        kind: "share",
        certainty,
        cue: cueOf(rc, p.start, p.end),
        members: [figMember(rc, "part", g), figMember(rc, "whole", w), figMember(rc, "percent", p)],
        rule: "relate.share.classes",
      });
    }
    // the two sexes are all of the whole: their shares add up to 100 ("nam … (45%), nữ … (65%)": 110)
    if (parts.length === 2 && PARTITIONS[dim]?.name === "sex")
      out.push({
        kind: "percent-total",
        certainty,
        cue: cueOf(rc, parts[0]!.p.start, parts[1]!.p.end),
        members: parts.map(({ p, words }) => figMember(rc, "share", p, { label: words.join(" ") })),
        rule: "relate.percent-total.classes",
        closed: true,
      });
  }
  return out;
}

/** Whether each part's words hold exactly one value of the dimension, a different one each. */
export function oneValueEach(d: PhraseList, words: readonly string[][]): boolean {
  const seen = new Set<string>();
  for (const ws of words) {
    const vals = new Set<string>();
    for (let i = 0; i < ws.length; ) {
      const n = d.at(ws, i);
      if (n) {
        vals.add(ws.slice(i, i + n).join(" "));
        i += n;
      } else i++;
    }
    if (vals.size !== 1) return false;
    const v = [...vals][0]!;
    if (seen.has(v)) return false;
    seen.add(v);
  }
  return true;
}

/** Whether the bracketed percents read as rates within each class: each far from its part's share of the whole, their sum far from 100. */
function ratesWithin(w: Fig, pairs: readonly (readonly [number, number])[]): boolean {
  const far = pairs.every(([g, p]) => {
    const share = (g / w.f.value) * 100;
    return Math.abs(share - p) > Math.max(2, share * 0.1);
  });
  const total = pairs.reduce((t, [, p]) => t + p, 0);
  return far && Math.abs(total - 100) > 5;
}
