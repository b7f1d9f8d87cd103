/**
 * Measures: an amount with a unit of measure, the unit as written ("m 3" closed up, "m³" kept).
 *
 *   "3 triệu tấn than" → 3 000 000 tấn    "486 ngàn tấn" → 486 000 tấn
 *   "9,42 tỷ m 3 khí" → 9.42e9 m3      "1.000m2", "20.000 m2" → m2
 *   "12,35 tỷ kWh" → kWh                   "1.148,6 triệu Sm3" → 1 148 600 000 Sm3
 *   "khoảng 3-4ha" → 3 ha and 4 ha (approx)   "45 độ C" → độ C
 *   "1,6-1,9 tấn xỉ" → 1.6 and 1.9 tấn        "2,1 triệu thùng/ngày", "700 thùng dầu" → thùng
 *   "Sản lượng năm ngoái là 5 triệu tấn. Năm nay ước đạt 6 triệu." → 6 000 000 tấn (the unit left
 *   out: a comparable amount right after a measure, no other amount between)
 * Not measures: "500kV" (a line's designation), "/1 tấn thép" and "Cứ 1 tấn quặng cho ra 2 tấn
 * xỉ" (the unit of a rate), "3 thùng mì" (a count), durations and ages ("26 năm", "35 tuổi").
 */
import { FirstWords } from "./word-guard.js";
import type { Doc } from "../text/normalize.js";
import { named, rx, words } from "../text/rx.js";
import { qualify } from "./qualifiers.js";
import { sentenceIndex } from "../text/segment.js";
import { fold } from "../text/fold.js";
import type { Ctx, MeasureHit } from "./types.js";
import { figureHit } from "./types.js";
import { scanNumbers, type NumberHit } from "./number.js";
import { isTitleCase } from "./money.js";
import { CONTEXT_UNITS, RATE_DENOMINATORS, RATE_OPENERS, UNITS } from "../lexicon/units.js";
import { unitAt } from "../text/chars.js";

const local = (re: RegExp) => new RegExp(re.source, "u");

const UNIT_OF = new Map(UNITS.map(([w, u]) => [fold(w), u]));
const LOWER_UNITS = new Set(UNITS.filter(([w]) => w === w.toLowerCase()).map(([w]) => fold(w)));
/** The unit right after the number (glued or spaced), ending at a word edge or before "/". */
const UNIT_AFTER = named("measure.unit", local(rx`^ ?(?<u>${words(UNITS.map(([w]) => w))})(?![\p{L}\p{M}\p{N}²³])`));
/** A unit of measure or time under the unit: "mg/l", "km/h", "tấn/ngày" (right after UNIT_AFTER). */
const PER_UNIT = named("measure.per-unit", local(rx`^ ?\/ ?(?<d>${words(RATE_DENOMINATORS)})(?![\p{L}\p{M}\p{N}²³\/])`));
/** Scale words after which a unit may be left out (not "tỷ": a bare "tỷ" is money). */
const ELIDED_SCALES = new Set(["triệu", "nghìn", "ngàn", "vạn"].map(fold));
/** How far back (characters) the unit of an elided measure is looked for. */
const ELIDED_REACH = 400;
/** Nothing follows the amount: a stop, a comma, the end, or a conjunction ("chỉ còn 6 triệu nên …"). */
const NOTHING_AFTER = named("measure.nothingAfter", local(rx`^ *(?:[.,;:!?)\n]|$|(?<= )(?:nên|và|thì|mà|nhưng|còn|so\s+với|vào|trong|năm)(?![\p{L}\p{M}\p{N}]))`));
const SLASH_BEFORE = named("measure.slashBefore", /\/ *$/);
const CONTEXT_UNIT_OF = new Map(CONTEXT_UNITS.map(([w, u]) => [fold(w), u]));
/** A unit that is also a counted noun ("thùng"), and what may follow it. */
const CONTEXT_UNIT_AFTER = named("measure.contextUnit", local(rx`^ ?(?<u>${words(CONTEXT_UNITS.map(([w]) => w))})(?![\p{L}\p{M}\p{N}])`));
/** A "/" or one of the words after a unit that make it a measure ("thùng dầu", "ký gạo"): the word is checked against the unit's own (CONTEXT_AFTER_OF). */
const CONTEXT_AFTER = named("measure.contextAfter", local(rx`^ *\/|^ +(?<w>${words(CONTEXT_UNITS.flatMap(([, , after]) => after))})(?![\p{L}\p{M}\p{N}])`));
/** Per unit (folded): its words after (folded, single-spaced). */
const CONTEXT_AFTER_OF = new Map(CONTEXT_UNITS.map(([w, , after]) => [fold(w), new Set(after.map(fold))]));
/** Before a bare "1 <unit>" that opens a rate: nothing, or "cứ", "mỗi" … */
const RATE_OPENER = named("measure.rateOpener", local(rx`^[\s"“'(*•-]*(?:${words(RATE_OPENERS)}\s*)?$`));
/** First characters of the units (folded), to skip the patterns cheaply. */
const UNIT_FIRST = new Set([...UNITS.map(([w]) => w), ...CONTEXT_UNITS.map(([w]) => w)].map((w) => fold(w).charCodeAt(0)));
/** The first words of the units (word-guard.ts): a second, token-table test before the patterns. */
const UNIT_FIRSTS = new FirstWords([...UNITS.map(([w]) => w), ...CONTEXT_UNITS.map(([w]) => w)]);
/** A comparable amount left without its unit: at most this many times larger or smaller. */
const ELIDED_RATIO = 10;

export function recognizeMeasure(ctx: Ctx): MeasureHit[] {
  const key = ctx.doc.key;
  const out: MeasureHit[] = [];
  for (const n of scanNumbers(ctx)) {
    const hit = measureOf(n, ctx.doc);
    if (hit) out.push(hit);
  }
  addElided(ctx, out);
  // "Cứ 1 tấn quặng cho ra 2 tấn xỉ": a bare 1 that opens its sentence (maybe after "cứ", "mỗi")
  // and is followed by another measure in the same sentence is the unit of a rate, not an amount
  return out.filter((h, i) => {
    if (h.value !== 1 || h.approx || h.range) return true;
    const next = out[i + 1];
    if (!next || next.start >= sentenceEnd(ctx, h.start)) return true;
    return !RATE_OPENER.test(key.slice(sentenceStart(ctx, h.start), h.start));
  });
}

/**
 * "Sản lượng năm ngoái là 5 triệu tấn. Năm nay ước đạt 6 triệu.": an amount with a scale word and
 * nothing after it (a stop, a comma, a conjunction) takes the unit of a large measure shortly
 * before it, the unit the writer left out, when it is of the same order (within ELIDED_RATIO) and
 * no other amount with a scale word stands between them (that one would be the antecedent).
 */
function addElided(ctx: Ctx, out: MeasureHit[]): void {
  if (!out.length) return;
  const key = ctx.doc.key;
  const added: MeasureHit[] = [];
  const nums = scanNumbers(ctx);
  for (const n of nums) {
    if (!n.scaleWord || !ELIDED_SCALES.has(n.scaleWord) || n.of !== undefined) continue;
    if (!NOTHING_AFTER.test(key.slice(n.end, n.end + 12))) continue;
    let prev: MeasureHit | undefined;
    for (const h of out) {
      if (h.end > n.start) break;
      prev = h;
    }
    if (!prev || n.start - prev.end > ELIDED_REACH || prev.value < 1000) continue;
    if (n.value > prev.value * ELIDED_RATIO || n.value * ELIDED_RATIO < prev.value) continue;
    if (nums.some((o) => o.start >= prev!.end && o.end <= n.start && o.scaleWord !== undefined)) continue;
    const hit: MeasureHit = figureHit<MeasureHit>("measure", n.value, n.start, n.end, "measure.elided", n.numStart, n.numEnd, undefined, prev.unit);
    if (n.approx) {
      hit.approx = true;
      hit.bound = n.bound;
    }
    added.push(hit);
  }
  if (!added.length) return;
  out.push(...added);
  out.sort((a, b) => a.start - b.start);
}

/** Start of the sentence holding a position (or the position itself when in none). */
function sentenceStart(ctx: Ctx, pos: number): number {
  const i = sentenceIndex(ctx.sentences, pos);
  return i >= 0 ? ctx.sentences[i]!.start : pos;
}

/** End of the sentence holding a position (or the position itself when in none). */
function sentenceEnd(ctx: Ctx, pos: number): number {
  const i = sentenceIndex(ctx.sentences, pos);
  return i >= 0 ? ctx.sentences[i]!.end : pos;
}

function measureOf(n: NumberHit, doc: Doc): MeasureHit | null {
  const { key, norm } = doc;
  if (n.of !== undefined) return null;
  // the patterns are only tried when the first letter after one space can start a unit
  const c = unitAt(key, n.end) === 32 ? unitAt(key, n.end + 1) : unitAt(key, n.end);
  if (!UNIT_FIRST.has(c) || !UNIT_FIRSTS.mayStartAt(doc, unitAt(key, n.end) === 32 ? n.end + 1 : n.end, n.end + 24)) return null;
  const u = UNIT_AFTER.exec(key.slice(n.end, n.end + 24)) ?? contextUnit(n, key);
  if (!u) return null;
  // a capitalised word is a name, not a unit ("5 Tạ Quang Bửu"); codes like "MW" are kept
  const at = n.end + u[0].length - u.groups!.u!.length;
  if ((LOWER_UNITS.has(u.groups!.u!) || CONTEXT_UNIT_OF.has(u.groups!.u!)) && isTitleCase(norm, at)) return null;
  // a one-letter unit is written in lower case: "1M" is a million, not a metre
  if (u.groups!.u!.length === 1 && LOWER_UNITS.has(u.groups!.u!) && norm[at] !== key[at]) return null;
  // "1,6-1,9 tấn xỉ/1 tấn quặng": the amount after "/" is the denominator of a rate
  if (SLASH_BEFORE.test(key.slice(Math.max(0, n.start - 3), n.start))) return null;
  let unit = UNIT_OF.get(u.groups!.u!.replace(/\s+/g, " ")) ?? CONTEXT_UNIT_OF.get(u.groups!.u!);
  if (!unit) return null; // a designation ("500kV")
  // the unit as written when it is the listed form in other letter case ("Mb" is not "MB")
  const written = norm.slice(at, n.end + u[0].length);
  if (written !== unit && fold(written) === fold(unit)) unit = written;
  let end = n.end + u[0].length;
  // "6,2mg/l", "35km/h", "5.300 tấn/ngày": a compound unit, the part under the slash as written
  if (UNIT_OF.has(u.groups!.u!) && (unitAt(key, end) === 47 || unitAt(key, end + 1) === 47)) {
    const d = PER_UNIT.exec(key.slice(end, end + 16));
    if (d) {
      const at = end + d[0].length - d.groups!.d!.length;
      unit = `${unit}/${norm.slice(at, end + d[0].length).replace(/\s+/g, " ")}`;
      end += d[0].length;
    }
  }
  const hit: MeasureHit = figureHit<MeasureHit>("measure", n.value, n.start, end, "measure.unit", n.numStart, n.numEnd, undefined, unit);
  qualify(hit, n, key);
  return hit;
}

/** "2 triệu thùng", "500 thùng dầu", "60.000 thùng/ngày": a counted noun read as a unit in context. */
function contextUnit(n: NumberHit, key: string): RegExpExecArray | null {
  const u = CONTEXT_UNIT_AFTER.exec(key.slice(n.end, n.end + 24));
  if (!u) return null;
  if ((n.scale ?? 1) >= 1000) return u;
  const a = CONTEXT_AFTER.exec(key.slice(n.end + u[0].length, n.end + u[0].length + 16));
  if (a && (a.groups!.w === undefined || CONTEXT_AFTER_OF.get(u.groups!.u!)?.has(a.groups!.w.replace(/\s+/g, " ")))) return u;
  return null;
}
