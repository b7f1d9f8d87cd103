/**
 * Measures: an amount with a unit of measure, the unit as written (superscripts flattened).
 *
 *   "2 triệu tấn than" → 2 000 000 tấn    "577 ngàn tấn" → 577 000 tấn
 *   "10,61 tỷ m 3 khí" → 1.061e10 m3      "1.000m2", "20.000 m2" → m2
 *   "11,11 tỷ kWh" → kWh                   "1.063,1 triệu Sm3" → 1 063 100 000 Sm3
 *   "khoảng 4-5ha" → 4 ha and 5 ha (approx)   "45 độ C" → độ C
 *   "1,8-2 tấn CO2" → 1.8 and 2 tấn
 *   "… là 12 triệu tấn. … làm được khoảng 8 triệu nên …" → 8 000 000 tấn (the unit left out)
 * Not measures: "500kV" (a line's designation), "/1 tấn thép" and "1 tấn thép … thải 2 tấn CO2"
 * (the unit of a rate),
 * durations and ages ("26 năm", "35 tuổi").
 */
import { named, rx, words } from "../text/rx.js";
import { fold } from "../text/fold.js";
import type { Ctx, FigureHit } from "./types.js";
import { scanNumbers, type NumberHit } from "./number.js";
import { isTitleCase } from "./money.js";
import { UNITS } from "../lexicon/units.js";
import { BOUND_AFTER } from "../lexicon/numbers.js";

const local = (re: RegExp) => new RegExp(re.source, "u");

const UNIT_OF = new Map(UNITS.map(([w, u]) => [fold(w), u]));
const LOWER_UNITS = new Set(UNITS.filter(([w]) => w === w.toLowerCase()).map(([w]) => fold(w)));
/** The unit right after the number (glued or spaced), ending at a word edge or before "/". */
const UNIT_AFTER = named("measure.unit", local(rx`^ ?(?<u>${words(UNITS.map(([w]) => w))})(?![\p{L}\p{M}\p{N}²³])`));
const BOUND = named("measure.boundAfter", local(rx`^ +(?<b>${words(BOUND_AFTER.map(([w]) => w))})(?![\p{L}\p{M}\p{N}])`));
/** Scale words after which a unit may be left out (not "tỷ": a bare "tỷ" is money). */
const ELIDED_SCALES = new Set(["triệu", "nghìn", "ngàn", "vạn"].map(fold));
/** How far back (characters) the unit of an elided measure is looked for. */
const ELIDED_REACH = 400;
/** Nothing follows the amount: a stop, a comma, the end, or a conjunction ("khoảng 8 triệu nên …"). */
const NOTHING_AFTER = named("measure.nothingAfter", local(rx`^ *(?:[.,;:!?)\n]|$|(?<= )(?:nên|và|thì|mà|nhưng|còn|so\s+với|vào|trong|năm)(?![\p{L}\p{M}\p{N}]))`));
const SLASH_BEFORE = named("measure.slashBefore", /\/ *$/);
const BOUND_OF = new Map(BOUND_AFTER.map(([w, b]) => [fold(w), b]));

export function recognizeMeasure(ctx: Ctx): FigureHit[] {
  const key = ctx.doc.key;
  const out: FigureHit[] = [];
  for (const n of scanNumbers(ctx)) {
    const hit = measureOf(n, key, ctx.doc.norm);
    if (hit) out.push(hit);
  }
  addElided(ctx, out);
  // "1 tấn thép sản xuất ra phát thải 2 tấn CO2": a bare 1 followed by another measure in the
  // same sentence is the unit of a rate, not an amount
  return out.filter((h, i) => {
    if (h.value !== 1 || h.approx || h.range) return true;
    const next = out[i + 1];
    return !(next && next.start < sentenceEnd(ctx, h.start));
  });
}

/**
 * "Tổng nhu cầu là 12 triệu tấn … Hai nhà máy làm được khoảng 8 triệu nên …": an amount with a
 * scale word and nothing after it (a stop, a comma, a conjunction) takes the unit of a large
 * measure shortly before it, the unit the writer left out.
 */
function addElided(ctx: Ctx, out: FigureHit[]): void {
  if (!out.length) return;
  const key = ctx.doc.key;
  const added: FigureHit[] = [];
  for (const n of scanNumbers(ctx)) {
    if (!n.scaleWord || !ELIDED_SCALES.has(n.scaleWord) || n.of !== undefined) continue;
    if (!NOTHING_AFTER.test(key.slice(n.end, n.end + 12))) continue;
    let prev: FigureHit | undefined;
    for (const h of out) {
      if (h.end > n.start) break;
      prev = h;
    }
    if (!prev || n.start - prev.end > ELIDED_REACH || prev.value < 1000) continue;
    const hit: FigureHit = { kind: "measure", value: n.value, unit: prev.unit, start: n.start, end: n.end, rule: "measure.elided", numStart: n.numStart, numEnd: n.numEnd };
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

/** End of the sentence holding a position (binary search; sentences are in text order). */
function sentenceEnd(ctx: Ctx, pos: number): number {
  const ss = ctx.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s.end;
  }
  return pos;
}

function measureOf(n: NumberHit, key: string, norm: string): FigureHit | null {
  if (n.of !== undefined) return null;
  const u = UNIT_AFTER.exec(key.slice(n.end, n.end + 24));
  if (!u) return null;
  // a capitalised word is a name, not a unit ("5 Tạ Quang Bửu"); codes like "MW" are kept
  const at = n.end + u[0].length - u.groups!.u!.length;
  if (LOWER_UNITS.has(u.groups!.u!) && isTitleCase(norm, at)) return null;
  // "1,8-2 tấn CO2/1 tấn thép": the amount after "/" is the denominator of a rate
  if (SLASH_BEFORE.test(key.slice(Math.max(0, n.start - 3), n.start))) return null;
  const unit = UNIT_OF.get(u.groups!.u!.replace(/\s+/g, " "));
  if (!unit) return null; // a designation ("500kV")
  const hit: FigureHit = { kind: "measure", value: n.value, unit, start: n.start, end: n.end + u[0].length, rule: "measure.unit", numStart: n.numStart, numEnd: n.numEnd };
  if (n.approx) {
    hit.approx = true;
    hit.bound = n.bound;
  }
  if (n.range) hit.range = n.range;
  if (n.ambiguous) hit.ambiguous = true;
  const b = BOUND.exec(key.slice(hit.end, hit.end + 20));
  if (b) {
    hit.approx = true;
    hit.bound = BOUND_OF.get(b.groups!.b!.replace(/\s+/g, " "));
    hit.end += b[0].length;
  }
  return hit;
}
