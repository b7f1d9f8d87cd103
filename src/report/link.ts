/**
 * Link each figure to what it is about and how it is compared: subject, relation word, basis,
 * estimate. Works sentence by sentence (ctx.sentences); never links across a caption. Ties
 * between figures (the figure a percent is stated for, plans, bases, breakdowns) are
 * relations: src/relate/, written back onto the figures by fillFigureLinks().
 *
 *   "doanh thu ước đạt 3,247 tỉ đồng (đạt 217% so với kế hoạch)"
 *       money   subject "doanh thu", estimated
 *       percent comparison { relation "đạt", basis "kế hoạch" }
 *   "tăng 20 tỷ đồng so với năm trước"   money comparison { relation "tăng", basis "năm trước" }
 * Every look-back is bounded (the clause of the figure, after the figure before it, at most a
 * few dozen characters), so a sentence of thousands of figures stays linear.
 */
import type { Ctx, FigureHit } from "../recognize/types.js";
import type { Figure, Relation } from "../schema.js";
import { sentenceStartingBefore } from "../text/segment.js";
import type { Doc } from "../text/normalize.js";
import { T_ODD, T_WORD, tokenAt } from "../text/tokens.js";
import { L as LS, R as RS, named, rx, words } from "../text/rx.js";
import { fold } from "../text/fold.js";
import { adding, compared } from "../relate/figure-draft.js";
import {
  BASIS_WORDS,
  ESTIMATE_WORDS,
  RELATION_WORDS,
  SUBJECT_TRIM,
} from "../lexicon/compare.js";

/** A non-global copy, for test/exec on short slices (no lastIndex to carry over). */
const one = (re: RegExp) => new RegExp(re.source, re.flags.replace("g", ""));
const L = named("link.L", new RegExp(LS, "u"));
const R = named("link.R", new RegExp(RS, "u"));
const RELATION_OF = new Map(RELATION_WORDS.map(([w, r]) => [fold(w), r as Relation]));
const RELATION = words(RELATION_WORDS.map(([w]) => w));
const BASIS = words(BASIS_WORDS);
const FILL = words(["được", "khoảng", "gần", "hơn", "trên", "tới", "lên", "xuống", "thêm", "mức", "tỉ lệ", "xấp xỉ", "tương đương", "chỉ", "ở", "có"]);

/** A relation word at the end of the text before a figure: "đạt", "tăng lên khoảng", "chiếm tỉ lệ". */
const RELATION_BEFORE = one(named("link.relation", rx`${L}(?<rel>${RELATION})(?:\s+${FILL})*[\s:(]*$`));
/** The basis right after a figure: "so với kế hoạch", "kế hoạch", "so với năm 2021", "so với cùng kỳ năm trước". */
const BASIS_AFTER = one(named(
  "link.basis",
  rx`^[\s%]*(?:(?:so\s+)?với\s+(?:mức\s+)?(?<b1>năm\s+\d{4}|${BASIS}(?:\s+năm\s+(?:\d{4}|trước|ngoái))?)|(?<b2>${BASIS}(?:\s+năm\s+(?:\d{4}|trước|ngoái))?))${R}`,
));
const ESTIMATE = one(named("link.estimate", rx`${L}${ESTIMATE_WORDS}${R}`));
const TRIM = words(SUBJECT_TRIM);
/** A subject stops before a preposition or time phrase: "doanh thu trong 6 tháng đầu năm". */
const SUBJECT_STOP = one(named("link.subject-stop", rx`\s(?:trong|tại|ở|của|năm|tháng|quý|từ|so\s+với|đến|tính\s+đến|sau|lên|xuống)${R}`));
const CLAUSE_CUT = named("link.CLAUSE_CUT", /[,;:()\n]/g);
const CHANGE = new Set(["vượt", "tăng", "giảm", "còn"]);
/** Words after which the subject starts again: "Tập đoàn đã giảm chi phí …" → "chi phí". */
const RESTART = words(["đã", "được", "sẽ", "đang", "vẫn", "cũng", "cho biết", "nói", "phấn đấu", "là"]);

/** Fill subject, comparison, refersTo, parent/children, breakdown and estimated on the figures. */
export function linkFigures(ctx: Ctx, hits: FigureHit[], figures: Figure[]): Figure[] {
  if (hits.length !== figures.length || !figures.length) return figures;
  const { doc, sentences } = ctx;
  const key = doc.key;
  // (an Int32Array: a list from .map() is holey once V8 optimises it, packed before, and this
  // function was thrown away at the change)
  const sent = new Int32Array(hits.length);
  for (let i = 0; i < hits.length; i++) sent[i] = sentenceStartingBefore(sentences, hits[i]!.start);
  const num0 = (h: FigureHit) => h.numStart ?? h.start;
  /** Start of the text that may speak about figure i: its sentence, after the previous figure. */
  const clauseFrom = (i: number) => {
    const s = sentences[sent[i]!];
    let from = s ? s.start : 0;
    if (i > 0 && sent[i - 1] === sent[i]) from = Math.max(from, hits[i - 1]!.end);
    return Math.min(from, num0(hits[i]!));
  };
  const sentEnd = (i: number) => sentences[sent[i]!]?.end ?? key.length;

  // 1. relation, basis, estimate
  hits.forEach((h, i) => {
    const f = figures[i]!;
    const from = clauseFrom(i);
    const before = key.slice(Math.max(from, num0(h) - 60), num0(h));
    let rel = f.comparison?.relation ?? (h.relation as Relation | undefined) ?? relationIn(before);
    let basis = f.comparison?.basis ?? h.basis;
    if (!basis) {
      // after the whole hit: a count's noun ("9 chỉ tiêu") is not its basis
      const m = BASIS_AFTER.exec(key.slice(h.end, Math.min(sentEnd(i), h.end + 60)));
      const g = m?.groups?.b1 ?? m?.groups?.b2;
      if (m && g) {
        const at = h.end + m[0].length - g.length;
        basis = doc.norm.slice(at, at + g.length).replace(/\s+/g, " ");
      }
    }
    // "doanh thu đạt 3 tỷ đồng": "đạt" only introduces an amount; a change ("tăng 20 tỷ đồng") is kept
    if (rel && f.kind !== "percent" && !basis && !CHANGE.has(rel)) rel = undefined;
    if (rel || basis) {
      adding(f, "comparison");
      f.comparison = compared(f, rel, basis);
    }
    if (!f.estimated && estimateIn(key.slice(lastClause(key, from, num0(h)), num0(h)))) {
      adding(f, "estimated");
      f.estimated = true;
    }
  });

  // 4. subjects
  hits.forEach((h, i) => {
    const f = figures[i]!;
    if (f.subject) return;
    if (f.kind === "count" && f.noun) {
      adding(f, "subject");
      f.subject = f.noun;
      return;
    }
    const phrase = subjectBefore(doc, lastClause(key, clauseFrom(i), num0(h)), num0(h));
    if (phrase) {
      adding(f, "subject");
      f.subject = phrase;
    }
  });
  return figures;
}

/** Every estimate word holds one of these (its first word, folded): a clause without them has none. */
const ESTIMATE_NEEDS = [...new Set(ESTIMATE_WORDS.map((w) => fold(w).split(" ")[0]!))];

/** Whether an estimate word stands in the clause: ESTIMATE, tried only when the clause holds one of ESTIMATE_NEEDS. */
export function estimateIn(clause: string): boolean {
  return ESTIMATE_NEEDS.some((w) => clause.includes(w)) && estimateInSpec(clause);
}
/** The plain reading {@link estimateIn} gives (for its property test). */
export function estimateInSpec(clause: string): boolean {
  ESTIMATE.lastIndex = 0;
  const found = ESTIMATE.test(clause);
  ESTIMATE.lastIndex = 0;
  return found;
}

function relationIn(before: string): Relation | undefined {
  RELATION_BEFORE.lastIndex = 0;
  const m = RELATION_BEFORE.exec(before);
  RELATION_BEFORE.lastIndex = 0;
  const w = m?.groups?.rel;
  return w ? RELATION_OF.get(w.replace(/\s+/g, " ")) : undefined;
}

/** Start of the last clause (after , ; : ( ) or a line break) in [from, to). */
function lastClause(key: string, from: number, to: number): number {
  let at = from;
  CLAUSE_CUT.lastIndex = 0;
  const slice = key.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_CUT.exec(slice))) {
    // a colon right before the figure introduces it: "doanh thu ước đạt được là: 3,247 tỉ đồng"
    if (m[0] === ":" && !slice.slice(m.index + 1).trim()) break;
    at = from + m.index + 1;
  }
  return at;
}

type Word = { s: number; e: number; w: string };

/**
 * The runs of letters, marks and digits of key[base, to), cut by the ends: the word tokens that
 * meet the range, clipped to it. A word token is such a run (tokens.ts), so this is
 * {@link wordsInSpec} without a pattern over a slice (property-tested in test/link.test.ts);
 * undefined when a token met is T_ODD (a character above U+FFFF may be cut in two by an end, or
 * be read apart by the pass and the pattern: the caller reads the slice with the pattern).
 */
export function wordsIn(doc: Doc, base: number, to: number): Word[] | undefined {
  const t = doc.tokens;
  const key = doc.key;
  const out: Word[] = [];
  for (let i = tokenAt(t, base); i < t.count && t.start[i]! < to; i++) {
    const f = t.flags[i]!;
    if (f & T_ODD) return undefined;
    if (!(f & T_WORD)) continue;
    const s = Math.max(t.start[i]!, base);
    const e = Math.min(t.end[i]!, to);
    if (e > s) out.push({ s, e, w: key.slice(s, e) });
  }
  return out;
}

/** The runs of letters, marks and digits of key[base, to), by the pattern {@link wordsIn} replaces. */
export function wordsInSpec(key: string, base: number, to: number): Word[] {
  const toks: Word[] = [];
  const re = /[\p{L}\p{M}\p{N}]+/gu;
  const slice = key.slice(base, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) toks.push({ s: base + m.index, e: base + m.index + m[0].length, w: m[0] });
  return toks;
}

/**
 * The first n words of a text whose words are one space apart: `text.split(" ").slice(0, n).join(" ")`
 * without the list (a list from split had a map of its own, and subjectBefore was thrown away at it).
 */
export function firstWords(text: string, n: number): string {
  if (n <= 0) return "";
  let p = -1;
  for (let k = 0; k < n; k++) {
    p = text.indexOf(" ", p + 1);
    if (p < 0) return text;
  }
  return text.slice(0, p);
}

/** "doanh thu ước đạt " → "doanh thu"; "tổng doanh thu trong 6 tháng đầu năm là " → "tổng doanh thu". */
function subjectBefore(doc: Doc, from: number, to: number): string | undefined {
  const { norm, key } = doc;
  const base = Math.max(from, to - 80);
  const toks = wordsIn(doc, base, to) ?? wordsInSpec(key, base, to);
  if (base > from && toks.length) toks.shift(); // a cut word
  const trimWord = (w: string) => TRIM.set.has(w) || /^\d/.test(w);
  let a = 0;
  let b = toks.length;
  for (;;) {
    if (b - a >= 2 && TRIM.set.has(`${toks[b - 2]!.w} ${toks[b - 1]!.w}`)) b -= 2;
    else if (b > a && trimWord(toks[b - 1]!.w)) b--;
    else break;
  }
  for (;;) {
    if (b - a >= 2 && TRIM.set.has(`${toks[a]!.w} ${toks[a + 1]!.w}`)) a += 2;
    else if (b > a && trimWord(toks[a]!.w)) a++;
    else break;
  }
  for (let k = b - 1; k > a; k--) {
    const two = k - 2 >= a ? `${toks[k - 2]!.w} ${toks[k - 1]!.w}` : "";
    if (RESTART.set.has(toks[k - 1]!.w) || (two && RESTART.set.has(two))) {
      a = k;
      break;
    }
  }
  if (b <= a) return undefined;
  let start = toks[a]!.s;
  let end = toks[b - 1]!.e;
  SUBJECT_STOP.lastIndex = 0;
  const stop = SUBJECT_STOP.exec(key.slice(start, end));
  SUBJECT_STOP.lastIndex = 0;
  if (stop && stop.index > 0) end = start + stop.index;
  if (/^(?:so|trong|tại|ở|của|năm|tháng|quí|từ|đến|sau)$/.test(toks[a]!.w)) return undefined;
  const text = norm.slice(start, end).replace(/\s+/g, " ").trim();
  if (!text || !/\p{L}/u.test(text)) return undefined;
  return firstWords(text, 6);
}
