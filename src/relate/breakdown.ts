/**
 * Breakdowns: a whole and the parts a list cue gives it.
 *
 *   "38 đơn vị trực thuộc, gồm 12 khoa, 4 viện, 8 trung tâm và 15 phòng"   closed, disjoint
 *   "1.320 hộ vay vốn. Trong số đó có 684 hộ nghèo, 402 hộ cận nghèo …"   partial, whole in the sentence before
 *   "Trong 27 cá nhân được khen thưởng, 9 cá nhân … và 20 cá nhân …"       partial, the whole restated
 *   "58 người: 31 cán bộ, 12 doanh nhân, 6 phóng viên cùng đại diện …"    a colon list, open
 *   "2.318 doanh nghiệp … vốn 31.460 tỷ đồng, trong đó có 156 doanh nghiệp" the nearest compatible whole
 *   "tổng chỉ tiêu là 4.120, tăng 80 chỉ tiêu … Trong đó, …"              a change is never a whole
 *   "thu giữ nhiều tang vật gồm: … 85 viên"                                 the cue points to a whole with no number
 *   "156/412 đơn vị …; 258 đơn vị còn lại"                                  the remainder closes A/B
 */
import { fold } from "../text/fold.js";
import { CLOSED_LIST_CUES, OPEN_AFTER_CUE, PARTIAL_LIST_CUES, REMAINDER_WORDS, VAGUE_QUANTIFIERS } from "../lexicon/relation-cues.js";
import { L, R, named, rx, words } from "../text/rx.js";
import { cueOf, figMember, foldedWords, parenBalance, PhraseList, sentenceOf, type Fig, type Rel, type RelateCtx } from "./context.js";
import { lastFigBefore, nextFig } from "./anchor.js";
import { measureCompatible, type Compat } from "./kinds.js";
import { listItems, MAX_LIST_CHARS, type Item } from "./list.js";
import { partsOverlap } from "./partition.js";
import type { RelationMember } from "../schema.js";

const CLOSED = words(CLOSED_LIST_CUES);
const CUE = named("relate.list-cue", rx`${L}(?<cue>${[...CLOSED_LIST_CUES, ...PARTIAL_LIST_CUES]})${R}`);
const OPEN_AFTER = new PhraseList(OPEN_AFTER_CUE);
const VAGUE = new PhraseList(VAGUE_QUANTIFIERS);
const REMAINDER = new PhraseList(REMAINDER_WORDS);
/** "Trong 27 cá nhân …,", "Trong tổng số 153 thí sinh …, có 82 …", "Trong số 2.450 lao động …". */
const TRONG = fold("trong");
const CU_THE = fold("cụ thể");
const CO_CAU = fold("cơ cấu");
/** How far back a whole is looked for in its sentence. */
const WHOLE_REACH = 200;

interface Cue {
  at: number;
  end: number;
  closed: boolean;
  text: string;
  /** A whole fixed by the shape ("Trong N X, …", "N X: …"). */
  whole?: Fig;
}

export function findBreakdowns(rc: RelateCtx): Rel[] {
  const cues = listCues(rc);
  const positions = cues.map((c) => c.at);
  const out: Rel[] = [];
  const claimed = new Set<number>();
  // later cues first: a nested list claims its parts before the list around it
  for (let ci = cues.length - 1; ci >= 0; ci--) {
    const cue = cues[ci]!;
    const r = breakdownAt(rc, cue, positions.slice(ci + 1, ci + 40), claimed);
    if (r) out.push(...r);
  }
  out.push(...remainders(rc, claimed));
  return out.reverse();
}

function listCues(rc: RelateCtx): Cue[] {
  const key = rc.key;
  const cues: Cue[] = [];
  CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE.exec(key))) {
    const w = m.groups!.cue!.replace(/\s+/g, " ");
    const after = key.slice(m.index + m[0].length, m.index + m[0].length + 24);
    // "cụ thể:" lists; "Cụ thể, …" only says more
    if (w.startsWith(CU_THE) && !/^\s*(?:(?:là|như\s+sau)\s*)?:/u.test(after)) continue;
    // "Về cơ cấu, …", "Cơ cấu: …" open a sentence; "cơ cấu giải thưởng" inside one is no list
    if (w.endsWith(CO_CAU)) {
      const s = rc.sentences[sentenceOf(rc, m.index)];
      if (!s || !/^[\s"“'(\-•*]*(?:về\s*)?$/u.test(key.slice(s.start, m.index)) || !/^[^.;]{0,30}[,:]/u.test(after)) continue;
    }
    // "một chiếc trong số này": the figure before is a part of an earlier whole
    if (w.startsWith(TRONG) && /[\p{L}\p{M}]\s+$/u.test(key.slice(Math.max(0, m.index - 2), m.index)) && lastFigBefore(rc, m.index) >= 0) {
      const g = rc.figs[lastFigBefore(rc, m.index)]!;
      if (m.index - g.end < 25 && !/[,;:(]/.test(key.slice(g.end, m.index))) continue;
    }
    cues.push({ at: m.index, end: m.index + m[0].length, closed: CLOSED.set.has(w), text: w });
  }
  CUE.lastIndex = 0;
  for (const g of rc.figs) {
    if (g.f.kind === "percent" || g.f.per) continue;
    const s = rc.sentences[g.sent];
    const before = key.slice(Math.max(s ? s.start : 0, g.start - 24), g.start);
    // "Trong 27 cá nhân được khen thưởng, 9 cá nhân …"
    if (/(?:^|[,;.(:]\s*|^\s*)trong\s+(?:tổng\s+số\s+|số\s+)?$/u.test(before)) {
      const comma = key.indexOf(",", g.end);
      const after = comma >= 0 && s && comma < s.end ? key.slice(g.end, comma) : "";
      const at = g.start - before.length + before.lastIndexOf(TRONG);
      if (after.length <= 60 && !/[\d;()]/.test(after) && comma >= 0 && s && comma < s.end) cues.push({ at, end: comma + 1, closed: false, text: "trong", whole: g });
      continue;
    }
    // "58 người: 31 cán bộ, …", "3 phần: …": a colon right after the noun phrase (a capital before it
    // starts a new label: "420.000đ Đá chẻ: 1.200.000đ", "2 người chết - Ảnh: …")
    const c = /^((?: [\p{Ll}\p{M}]+){0,3}):(?!\d)/u.exec(rc.norm.slice(g.end, g.end + 40));
    if (c) cues.push({ at: g.end + c[1]!.length, end: g.end + c[0].length, closed: true, text: ":", whole: g });
  }
  return cues.sort((a, b) => a.at - b.at);
}

function breakdownAt(rc: RelateCtx, cue: Cue, later: number[], claimed: Set<number>): Rel[] | null {
  const key = rc.key;
  const si = sentenceOf(rc, cue.at);
  const s = rc.sentences[si];
  if (!s || s.caption) return null;
  const opens = !cue.whole && /^[\s"“'(\-•*]*(?:về\s*)?$/u.test(key.slice(s.start, cue.at));
  const inParen = /\(\s*$/.test(key.slice(Math.max(s.start, cue.at - 3), cue.at));
  // the region of the list: to the bracket's end or the sentence's end
  let regionEnd = Math.min(s.end, cue.end + MAX_LIST_CHARS);
  if (inParen) {
    let d = 1;
    for (let i = cue.end; i < regionEnd; i++) {
      const c = key.charCodeAt(i);
      if (c === 40) d++;
      else if (c === 41 && --d === 0) {
        regionEnd = i;
        break;
      }
    }
  }
  const ow = foldedWords(key.slice(cue.end, cue.end + 20));
  const openCue = OPEN_AFTER.at(ow, 0) > 0;
  const list = listItems(rc, cue.end, regionEnd, later);
  const items = list.items.filter((it) => !claimed.has(it.g.i));
  if (!items.length) return null;

  // wholes: fixed by the shape, or the figures before the cue
  const candidates: Fig[] = [];
  if (cue.whole) candidates.push(cue.whole);
  else if (opens) {
    const prev = rc.sentences[si - 1];
    if (!prev || prev.caption) return null;
    for (let j = lastFigBefore(rc, s.start); j >= 0 && rc.figs[j]!.sent === si - 1 && candidates.length < 8; j--) if (wholeLike(rc, rc.figs[j]!)) candidates.push(rc.figs[j]!);
  } else {
    // a closed cue, or one in a bracket, points to the noun phrase right before it
    const tight = cue.closed || inParen;
    for (let j = lastFigBefore(rc, cue.at); j >= 0 && candidates.length < 8; j--) {
      const g = rc.figs[j]!;
      if (g.sent !== si || cue.at - g.end > WHOLE_REACH) break;
      // an aside closed before the cue ("(… 3 tỷ đồng) trong đó") is not the whole
      if (parenBalance(key, g.end, cue.at) < 0) continue;
      if (g.f.kind === "percent") continue;
      // a number no figure holds stands nearer ("hơn 14.000 VĐV …, trong đó"): the cue may point to it
      if (!tight && bareNumberBetween(rc, g.end, candidates.length ? candidates[candidates.length - 1]!.start : cue.at)) break;
      if (!wholeLike(rc, g)) {
        if (tight) return null; // "1 bảng gồm 6 đội": the noun before is no whole
        continue;
      }
      candidates.push(g);
      if (tight) break;
    }
    if (cue.closed && candidates[0]) {
      // "nhiều tang vật gồm:", "số tài sản gồm:": the cue points to a whole with no number
      const gapWords = foldedWords(key.slice(candidates[0].end, cue.at));
      if (gapWords.some((_, i) => VAGUE.at(gapWords, i) > 0 && i >= gapWords.length - 4)) return null;
    }
  }
  if (!candidates.length) return null;

  // each item goes to the nearest compatible whole
  const byWhole = new Map<Fig, Item[]>();
  let skipped = false;
  for (const it of items) {
    let best: Fig | undefined;
    let unsure = false;
    for (const w of candidates) {
      if (w === it.g || w.start > it.g.start) continue;
      const c: Compat = measureCompatible(w.f, it.g.f, w.kinds, it.g.kind);
      if (c === "yes" && !labelNumber(rc, it, w) && additive(w) && additive(it.g)) {
        best = w;
        break;
      }
      // the nearest whole that may count this part: no jumping over it to a farther one
      if (c === "unknown") {
        unsure = true;
        break;
      }
    }
    if (!best) {
      // the list begins with its first item: when that one belongs to no whole here, what follows
      // ("trong đó 3.000 con lợn nái; đàn gà đạt 500.000 con") is no list of this whole's parts
      if (it === items[0] && unsure) return null;
      // an item of another kind ("2,1 triệu tiền …" read as a count in a list of amounts): the list may lack a part
      if (unsure || (candidates[0] && it.g.f.kind !== candidates[0].f.kind)) skipped = true;
      continue;
    }
    const l = byWhole.get(best) ?? [];
    l.push(it);
    byWhole.set(best, l);
  }
  const out: Rel[] = [];
  for (const [whole, parts] of byWhole) {
    const nearest = candidates.find((c) => parts.some((p) => measureCompatible(c.f, p.g.f, c.kinds, p.g.kind) === "yes")) === whole;
    let kept = parts;
    let closed = cue.closed && !openCue && !list.open && !list.truncated && !list.unread && !skipped && parts.length >= 2;
    if (parts.some((p) => p.remainder)) closed = true;
    // a list whose first parts already make the whole exactly ends there ("17.274 người; bao gồm 1.138,
    // 2.672, 13.464; … là 15.542 người": the last is another figure of the sentence)
    {
      let run = 0;
      for (let n = 0; n < parts.length - 1; n++) {
        run += parts[n]!.g.f.value * (parts[n]!.factor ?? 1);
        // (only when a ";" parts the rest: "850 + 395,6 … và 20 tỷ đồng" in one list is a list of three)
        if (n >= 1 && Math.abs(run - whole.f.value) <= 1e-9 * Math.abs(whole.f.value) && key.slice(parts[n]!.g.end, parts[n + 1]!.g.start).includes(";")) {
          kept = parts.slice(0, n + 1);
          break;
        }
      }
    }
    for (const p of kept) claimed.add(p.g.i);
    const ambiguous = (opens && candidates.filter((c) => kept.some((p) => measureCompatible(c.f, p.g.f, c.kinds, p.g.kind) === "yes")).length > 1) || coordinated(rc, whole, kept);
    const members: RelationMember[] = [figMember(rc, "whole", whole, { label: label(whole) }), ...kept.map((p) => figMember(rc, p.remainder ? "remainder" : "part", p.g, { label: label(p.g), ...(p.factor ? { factor: p.factor } : {}) }))];
    out.push({
      kind: "breakdown",
      certainty: nearest && !ambiguous && !(rc.figs[whole.i]!.f.kind === "measure" && kept.length < 2) ? "explicit" : "inferred",
      cue: cueOf(rc, cue.at, cue.end),
      members,
      rule: cue.whole ? (cue.text === ":" ? "relate.breakdown.colon" : "relate.breakdown.restated-whole") : opens ? "relate.breakdown.next-sentence" : "relate.breakdown.list",
      closed,
      parts: partsOverlap(kept, whole),
    });
  }
  return out;
}

/**
 * "21 tàu cá và cải hoán 4 tàu khác …; trong đó …", "1.100 trường …, hơn 1.700 nhóm trẻ. Trong đó …":
 * a whole listed beside another of its kind — the cue may speak of them together.
 */
function coordinated(rc: RelateCtx, w: Fig, parts: readonly Item[]): boolean {
  for (const o of [rc.figs[w.i - 1], rc.figs[w.i + 1]]) {
    if (!o || o.sent !== w.sent || o.f.kind !== w.f.kind || o.f.kind === "percent" || o.change || parts.some((p) => p.g === o)) continue;
    // (two counts side by side in a list, whatever they count: "1.100 trường …, hơn 1.700 nhóm trẻ")
    const [a, b] = o.i < w.i ? [o, w] : [w, o];
    const gap = rc.key.slice(a.end, b.start);
    CUE.lastIndex = 0;
    const cueBetween = CUE.test(gap);
    CUE.lastIndex = 0;
    if (gap.length <= 60 && !cueBetween && !/[\d.;:()]/.test(gap) && /(?:,|\svà|\scùng)\s+(?:[\p{L}\p{M}]+\s+){0,3}$/u.test(gap) && (a.f.kind === "count" || measureCompatible(a.f, b.f, a.kinds, b.kind) !== "no")) return true;
  }
  return false;
}

/** Temperatures, speeds, rates, sizes: values that do not add up. */
const NOT_ADDITIVE = new Set(["°c", "oc", "o c", "o", "°", "độ", "độ c", "km/h", "m/s", "%", "inch", "mp", "megapixel", "lít/100km"].map((w) => fold(w)));
function additive(g: Fig): boolean {
  return g.f.kind !== "measure" || !NOT_ADDITIVE.has(fold(g.f.unit ?? "").replace(/\s+/g, " ").trim());
}

/** A figure that can be the whole of a list: a stock, not a percent, rate, range, change or a lone "1". */
function wholeLike(rc: RelateCtx, g: Fig): boolean {
  const f = g.f;
  if (f.kind === "percent" || f.per || f.range || g.change || f.of !== undefined) return false;
  return Math.abs(f.value) > 1 || f.kind !== "count";
}

/** "Vùng 2", "giai đoạn 1", "Phần 1": a number right after the whole's own noun is a label. */
function labelNumber(rc: RelateCtx, it: Item, whole: Fig): boolean {
  const before = foldedWords(rc.key.slice(Math.max(0, it.g.n0 - 20), it.g.n0));
  const last = before[before.length - 1];
  return !!last && whole.kind.head.split(" ").pop() === last;
}

function label(g: Fig): string | undefined {
  if (g.f.kind === "count") return g.kind.head || undefined;
  if (g.f.kind === "money") return g.f.currency;
  return g.f.unit;
}

/**
 * "156/412 đơn vị (chiếm 37,86%) gửi báo cáo; 258 đơn vị còn lại chưa thực hiện": A of B, and
 * the rest, make B.
 */
function remainders(rc: RelateCtx, claimed: Set<number>): Rel[] {
  const out: Rel[] = [];
  for (const g of rc.figs) {
    if (g.f.kind !== "count" || claimed.has(g.i)) continue;
    const after = foldedWords(rc.key.slice(g.end, g.end + 20)).slice(0, 2);
    const before = foldedWords(rc.key.slice(Math.max(0, g.start - 16), g.start)).slice(-3);
    const at = REMAINDER.find(after);
    const bt = REMAINDER.find(before);
    if (!(at && at.i === 0) && !(bt && bt.i + bt.n === before.length)) continue;
    // the fraction it completes: in its sentence or the one before
    for (let j = g.i - 1; j >= 0 && j >= g.i - 6; j--) {
      const a = rc.figs[j]!;
      if (a.sent < g.sent - 1) break;
      if (a.f.of === undefined || a.f.kind !== "count" || measureCompatible(a.f, g.f, a.kinds, g.kind) !== "yes") continue;
      out.push({
        kind: "breakdown",
        certainty: "explicit",
        cue: remainderCue(rc, g),
        members: [
          figMember(rc, "whole", a, { value: a.f.of, label: label(a) }),
          figMember(rc, "part", a, { label: label(a) }),
          figMember(rc, "remainder", g, { label: label(g) }),
        ],
        rule: "relate.breakdown.remainder",
        closed: true,
        parts: "disjoint",
      });
      claimed.add(g.i);
      break;
    }
  }
  return out;
}

const CON_LAI = fold("còn lại");

function remainderCue(rc: RelateCtx, g: Fig) {
  const from = Math.max(0, g.start - 16);
  const i = rc.key.slice(from, g.end + 20).indexOf(CON_LAI);
  return i >= 0 ? cueOf(rc, from + i, from + i + CON_LAI.length) : cueOf(rc, g.start, g.end);
}

/** Whether key[from, to) holds a number in digits that no figure holds (not a year). */
function bareNumberBetween(rc: RelateCtx, from: number, to: number): boolean {
  const bs = rc.bare;
  let lo = 0;
  let hi = bs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bs[mid]!.n0 < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < bs.length && bs[i]!.n0 < to; i++) {
    const b = bs[i]!;
    if (b.form === "digits" && !(b.value >= 1900 && b.value <= 2100 && Number.isInteger(b.value)) && !/^\s*[/-]/.test(rc.key.slice(b.n1, b.n1 + 2))) return true;
  }
  return false;
}
