/**
 * The registered patterns that are not linear on any input (recheck finds a polynomial attack)
 * and are kept because their call sites bound the text they are given: a slice of a fixed
 * length before a figure, a gap the caller has already bounded, a list item's label, an id. The
 * proof record of each is `status: "bounded"` (test/redos.test.ts accepts it only for a name
 * listed here), made by scripts/prove-patterns.ts with a measurement in one run: the CPU time of
 * the pattern on the attack (`prefix` + `pump` repeated, cut to `max` units) over its time on as
 * much ordinary report text (fixtures/seed.txt), and the same at ten times `max` (what the bound
 * saves). Change a call site's bound, change `max` here.
 */
export interface Bounded {
  /** The longest text the call sites give the pattern (UTF-16 units). */
  max: number;
  /** Where, and what bounds it. */
  where: string;
  /** recheck's attack: a prefix, the part it repeats, and what makes the match fail at the end. */
  prefix: string;
  pump: string;
  suffix?: string;
}

export const BOUNDED: Record<string, Bounded> = {
  "count.BESIDE_NUMBER": { max: 12, where: "count.ts: key.slice(max(s.start, i − 12), i)", prefix: "u0", pump: ",000" },
  "people-text.CAP_WORD_END": { max: 20, where: "people-text.ts capitalisedWordBefore: norm.slice(end − 20, end)", prefix: "", pump: "A", suffix: "1" },
  "breakdown.COMPARED_BASE": { max: 40, where: "relate/breakdown.ts: key.slice(max(s.start, g.start − 40), g.start)", prefix: "so\tvới\tmức", pump: "\t", suffix: "x" },
  "growth-list.BREAKDOWN_LEAD": { max: 80, where: "growth-list.ts: key.slice(max(s.start, prev.start − 80), prev.start)", prefix: "b", pump: "\u0000gồm\u0000", suffix: ";" },
  "period.DOC_DATE": { max: 40, where: "relate/period.ts: key.slice(max(s.start, d.start − 40), d.start)", prefix: "số\ts", pump: "0", suffix: "!" },
  "sum-after.TOTAL_CUE": { max: 90, where: "sum-after.ts: the gap between two figures, read only when w.start − last.end ≤ 90", prefix: "c", pump: "âA" },
  "percent-closed.MIDDLE": { max: 200, where: "percent-closed.ts band(): a list member's label, from the last , ; : ( before its share (no constant bound: measured at 200)", prefix: "", pump: "0.000", suffix: "x" },
  "percent-closed.UP": { max: 200, where: "percent-closed.ts band(), as MIDDLE", prefix: "", pump: "0.000", suffix: "x" },
  "percent-closed.DOWN": { max: 200, where: "percent-closed.ts band(), as MIDDLE", prefix: "", pump: "0.000", suffix: "x" },
  "growth.PART_OF_YEAR": { max: 1000, where: "relate/growth.ts: the sentence before a value (from its start, else 200 units back: no constant bound, measured at 1000)", prefix: "k", pump: "0" },
  "ids.RANGE": { max: 40, where: "eval/ids.ts: one part of an evaluation id list given on the command line ('d001-d045')", prefix: "0-", pump: "\t" },
  "ids.SPLIT": { max: 40, where: "eval/ids.ts: one evaluation id ('d001')", prefix: "", pump: "0", suffix: "x" },
};
