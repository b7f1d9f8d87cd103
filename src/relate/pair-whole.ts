/**
 * "trong đó" after a closed run of classes of a whole: of the whole, not of the last class.
 *
 *   "500 lao động, nam 200 người (40%), nữ 300 người (60%), trong đó 150 đảng viên (30%)"
 *       150 is of the 500 (30% = 150 ÷ 500); read against the women too (whole-alt: "of whom" may mean them)
 *   "120 đoàn viên, nam 50, nữ 70, trong đó 30 đoàn viên ưu tú"   30 of the 120
 *   "500 lao động, nam 200 người, nữ 250 người, trong đó …"        no: the classes do not make the whole
 *   "500 lao động, trong đó nữ 300 người, trong đó …"              no: no run of classes (breakdown.ts as before)
 * The classes (share-classes.ts's shape: the first after the whole's "," or ":", the next after ",", ";" or
 * "và", each a count, a bracketed share after it or none) hold one value each of one partition (nam | nữ,
 * thành thị | nông thôn …), count what the whole counts, and add up to it exactly: the split is told whole,
 * so a "trong đó" right after it speaks of the whole again. A share of a part after it is tried against
 * both (the last class as whole-alt, src/check/share.ts): an error only when neither explains it.
 */
import { foldedWords, type Fig, type RelateCtx } from "./context.js";
import { measureCompatible } from "./kinds.js";
import { CLOSE, DIMENSIONS, FIRST_SEP, NEXT_SEP, oneValueEach } from "./share-classes.js";
import { named } from "../text/rx.js";

/**
 * Before the first class, the rest of a whole named by a list of nouns that its figure did not take:
 * "2.400 cán bộ, công chức, viên chức, nam 1.000 người" (", viên chức, " then the class's label).
 */
const NOUN_TAIL = named("pair-whole.NOUN_TAIL", /^\s*,\s*[^\d,;:()%.]{1,30},\s*(?:[^\d,;:()%.]{1,30},\s*)?([^\d,;:()%.]{0,40})$/u);
/** A share in a bracket right after a class: "(40%)". */
const BRACKET = named("pair-whole.BRACKET", /^\s*\(\s*$/u);
/** From the run's end to a partial cue: a comma at most. */
const TO_CUE = named("pair-whole.TO_CUE", /^\s*(?:,\s*)?$/u);
/** The cue itself, between the run and a part. */
const TRONG_DO = named("pair-whole.TRONG_DO", /^\s*(?:,\s*)?trong\s+(?:số\s+)?đó(?:\s*,)?(?:\s+[\p{L}\p{M}]+){0,5}\s*$/u);

export interface ClassRun {
  whole: Fig;
  classes: Fig[];
  /** Where the run ends (after the last class or its bracket). */
  end: number;
}

/** The closed run of classes right after `w`, or undefined. */
export function classRunAfter(rc: RelateCtx, w: Fig): ClassRun | undefined {
  if (w.f.kind !== "count" || w.change || w.f.range || w.f.per || w.f.bound || w.f.approx || w.f.of !== undefined) return undefined;
  const key = rc.key;
  const classes: Fig[] = [];
  const words: string[][] = [];
  const ends: number[] = [];
  let at = w.end;
  for (let k = w.i + 1; k < rc.figs.length; ) {
    const g = rc.figs[k]!;
    if (g.sent !== w.sent || g.f.kind !== "count" || g.change || g.f.of !== undefined) break;
    const sep = (classes.length ? NEXT_SEP : FIRST_SEP).exec(key.slice(at, g.start)) ?? (classes.length ? null : NOUN_TAIL.exec(key.slice(at, g.start)));
    if (!sep) break;
    classes.push(g);
    words.push([...foldedWords(sep[1]!), ...foldedWords(g.noun)]);
    at = g.end;
    k++;
    const p = rc.figs[k];
    if (p && p.sent === w.sent && p.f.kind === "percent" && BRACKET.test(key.slice(g.end, p.start))) {
      const close = CLOSE.exec(key.slice(p.end, p.end + 4));
      if (!close) break;
      at = p.end + close[0].length;
      k++;
    }
    ends.push(at);
  }
  // the longest run from the first class that is one (what follows it, "trong đó 150 …", is no class)
  for (let n = Math.min(classes.length, ends.length); n >= 2; n--) {
    const run = classes.slice(0, n);
    if (!DIMENSIONS.some((d) => oneValueEach(d, words.slice(0, n)))) continue;
    if (run.some((g) => g.kind.people !== w.kind.people || measureCompatible(w.f, g.f, w.kinds, g.kind) !== "yes")) return undefined;
    return run.reduce((t, g) => t + g.f.value, 0) === w.f.value ? { whole: w, classes: run, end: ends[n - 1]! } : undefined;
  }
  return undefined;
}

/** The closed run of classes that ends right before a partial cue at `cueAt`, in its sentence. */
export function runBeforeCue(rc: RelateCtx, cueAt: number, from: readonly Fig[]): ClassRun | undefined {
  for (const w of from) {
    const run = classRunAfter(rc, w);
    if (run && run.end <= cueAt && TO_CUE.test(rc.key.slice(run.end, cueAt))) return run;
  }
  return undefined;
}

/** For a share of `part` of `whole`: the last class of the run after the whole, when "trong đó" follows it right before the part. */
export function lastClassBefore(rc: RelateCtx, whole: Fig, part: Fig): Fig | undefined {
  const run = classRunAfter(rc, whole);
  if (!run || run.end > part.start || !TRONG_DO.test(rc.key.slice(run.end, part.start))) return undefined;
  return run.classes[run.classes.length - 1];
}
