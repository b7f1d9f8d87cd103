/**
 * Percents after "trong đó" right after a percent: parts of that share, not classes beside it
 * (percent-total.ts), told as a breakdown of the share.
 *
 *   "kết quả kiểm tra 100% đạt yêu cầu, trong đó 68,4% khá, giỏi"
 *       68,4% is of the 100% that passed: not 100 + 68,4 > 100; a breakdown 100% ⊇ 68,4%
 *   "95% đạt yêu cầu, trong đó 38,2% giỏi, 40,1% khá"        parts 38,2 + 40,1 ≤ 95
 *   "khá trở lên 75%, trong đó giỏi 28%; trung bình 23%; yếu 2%"  28 of the 75: classes 75 + 23 + 2
 * The nested run ends at a ";" or at the end of the sentence; past a ";" only to a class of the same
 * scale as the part before it, a scale the share's own class is not of ("trong đó 68,4% khá, giỏi;
 * 31,6% trung bình": khá, giỏi, trung bình are grades, "đạt yêu cầu" is none; not "…; 5% chưa đạt",
 * a class beside "đạt").
 */
import { cueOf, figMember, foldedWords, PhraseList, type Fig, type Rel, type RelateCtx } from "./context.js";
import { named } from "../text/rx.js";
import { PARTITIONS } from "../lexicon/partitions.js";

const SCALES = PARTITIONS.filter((p) => p.scale).map((p) => new PhraseList(p.values));
/** The words after a percent, up to its clause's end (";", ".", "(", the next number). */
const CLASS_AFTER = named("relate.percent-nested.CLASS_AFTER", /^[^;.()\d]{0,60}/u);

/** "trong đó", "trong số đó" right between a share's class and the next percent. */
// (its label may come first: "khá trở lên 75%, trong đó giỏi 28%"; see nestedShares for where that run ends)
const NESTED = named("relate.percent-nested.NESTED", /^[^;.%\d()]{0,60},?\s+trong\s+(?:số\s+)?đó(?:\s+có)?\s*(?:[,:]\s*)?(?<label>[\p{L}\p{M}][\p{L}\p{M}\s]{0,40})?$/u);

/** The percents of `run` nested under an earlier one of it, with the breakdowns they make. */
export function nestedShares(rc: RelateCtx, run: readonly Fig[]): { nested: Set<Fig>; rels: Rel[] } {
  const nested = new Set<Fig>();
  const rels: Rel[] = [];
  const key = rc.key;
  for (let k = 1; k < run.length; k++) {
    const w = run[k - 1]!;
    const first = run[k]!;
    if (nested.has(w) || lastFig(rc, first) !== w) continue;
    const gap = key.slice(w.end, first.start);
    const m = NESTED.exec(gap);
    if (!m) continue;
    const parts = [first];
    // "khá trở lên 75%, trong đó giỏi 28%, trung bình 23%": a label first, and the nested run goes past a
    // comma only when a ";" closes it later ("…, trong đó xuất sắc 10%, tốt 80%; trung bình 10%")
    const s = rc.sentences[first.sent];
    const alone = !!m.groups?.label && !key.slice(first.end, s ? s.end : key.length).includes(";");
    for (let q = k + 1; q < run.length && !alone; q++) {
      const p = run[q]!;
      const between = key.slice(parts[parts.length - 1]!.end, p.start);
      if (/[.]/.test(between) || (between.includes(";") && !sameScale(rc, w, parts[parts.length - 1]!, p)) || lastFig(rc, p) !== parts[parts.length - 1]) break;
      parts.push(p);
    }
    for (const p of parts) nested.add(p);
    // "Tỷ lệ tốt nghiệp 98,6%, trong đó 68,4% khá, giỏi; 31,6% trung bình": parts that make 100 of a share
    // under 100 are shares of its group (the graduates), not parts of its percent: nested, no breakdown
    const sum = parts.reduce((t, p) => t + p.f.value, 0);
    if (parts.length >= 2 && w.f.value < 99.5 && Math.abs(sum - 100) <= 0.1 * parts.length) continue;
    const at = w.end + gap.search(/trong/u);
    rels.push({
      kind: "breakdown",
      certainty: "explicit",
      cue: cueOf(rc, at, at + gap.slice(gap.search(/trong/u)).search(/đó/u) + 2),
      members: [figMember(rc, "whole", w), ...parts.map((p) => figMember(rc, "part", p))],
      rule: "relate.breakdown.nested-share",
      closed: false,
      parts: "unknown",
    });
  }
  return { nested, rels };
}

/** The scales (by index) a class after the percent names a value of. */
function scalesOf(rc: RelateCtx, g: Fig): Set<number> {
  const words = foldedWords(CLASS_AFTER.exec(rc.key.slice(g.end, g.end + 60))![0].split(/[,:]/u)[0]!);
  const out = new Set<number>();
  SCALES.forEach((sc, k) => {
    for (let i = 0; i < words.length; i++) if (sc.at(words, i)) out.add(k);
  });
  return out;
}

/** `next`, past a ";", names a class of a scale `last` names too, and the share `whole` does not. */
function sameScale(rc: RelateCtx, whole: Fig, last: Fig, next: Fig): boolean {
  const [sw, sl, sn] = [scalesOf(rc, whole), scalesOf(rc, last), scalesOf(rc, next)];
  return [...sn].some((k) => sl.has(k) && !sw.has(k));
}

/** The figure right before `g` in the text, if any. */
function lastFig(rc: RelateCtx, g: Fig): Fig | undefined {
  return g.i > 0 ? rc.figs[g.i - 1] : undefined;
}
