/**
 * A change of a rate told in percentage points ("điểm phần trăm", "điểm %"): the later rate, the
 * earlier one and the points between them (growth, measure "delta", rule relate.growth.points;
 * checked by check/growth-points.ts as the difference of the two rates).
 *
 *   "tỷ lệ hộ nghèo giảm từ 5,2% xuống 3,8%, giảm 1,2 điểm phần trăm"       base 5,2%, value 3,8%, −1,2 points
 *   "giảm 1,4 điểm phần trăm, từ 5,2% năm 2023 xuống còn 3,8% năm 2024"     the two rates after the change
 *   "đạt 98,6%, tăng 2,5 điểm phần trăm so với nhiệm kỳ trước (95,1%)"     value before, base in a bracket
 * Only with both rates written as percents in the same sentence, tied to the change by glue alone:
 * ", ", "(", "tức", "tương ứng" — "…, tỷ lệ hộ cận nghèo giảm 1,2 điểm phần trăm" (another rate
 * between) or "bình quân mỗi năm giảm 0,5 điểm phần trăm" (a change per year) tie nothing.
 */
import { cueOf, figMember, sentenceOf, textMember, type Fig, type Rel, type RelateCtx } from "./context.js";
import { lastFigBefore, nextFig } from "./anchor.js";
import type { RelationGrowth, RelationMember } from "../schema.js";
import { named } from "../text/rx.js";

type GrowthRel = Omit<RelationGrowth, "id">;

/** The points after the number: "điểm phần trăm", "điểm %". */
const POINTS = named("growth-points.POINTS", /^\s*điểm\s*(?:phần\s+trăm|%)/u);
/** The change word before the number, with a qualifier: "giảm 1,2", "tăng hơn 2", "cao hơn 1,5". */
const CHANGE = named("growth-points.CHANGE", /(?:^|[^\p{L}\p{M}])(tăng|giảm|tăng thêm|giảm thêm|giảm đi|cao hơn|thấp hơn|nhiều hơn|ít hơn)(?:\s+(khoảng|gần|hơn|trên|dưới|được|xấp xỉ))?\s*$/u);
/** After the points: the clause ends, or its basis or a bracket follows (not "/năm", "mỗi năm", "bình quân"). */
const POINTS_END = named("growth-points.POINTS_END", /^\s*(?:$|[,.;:)(]|so\s+với\s|và\s|\s-\s|–)/u);
/** A period after a rate: "năm 2023", "cuối năm 2023", "(2023)", "(năm 2023)". */
const PERIOD = String.raw`(?:(?:vào\s+)?(?:cuối\s+|đầu\s+)?năm\s+\d{4}|\(\s*(?:năm\s+)?\d{4}\s*\))`;
/** Between the two rates of "từ A xuống B": A's period, then "lên"/"xuống". */
const FROM_TO_GAP = named("growth-points.FROM_TO_GAP", new RegExp(String.raw`^\s*(?:${PERIOD}\s*)?(?:,\s*)?(?:(?:tăng|giảm)\s+)?(?:lên|xuống)(?:\s+(?:còn|mức|đến|tới))?(?:\s+mức)?\s*$`, "u"));
const FROM = named("growth-points.FROM", /(?:^|[^\p{L}\p{M}])từ(?:\s+mức)?\s*$/u);
/** From a rate to the change after it: its period, then ", " or "(" and "tức", "tương ứng". */
const TO_CHANGE = named("growth-points.TO_CHANGE", new RegExp(String.raw`^\s*(?:${PERIOD}\s*)?(?:,|\(|-|–)\s*(?:(?:tức\s+là|tức|tương\s+ứng|tương\s+đương|hai)(?:\s*,)?\s*)?$`, "u"));
/** From the points to the rates after them: ", từ", " (từ", ": từ". */
const TO_FROM = named("growth-points.TO_FROM", /^\s*[,(:]\s*từ(?:\s+mức)?\s*$/u);
/** After the basis "so với …": its own period words, then "(" and a label. */
const BASIS_WORDS = named("growth-points.BASIS_WORDS", /^\s*so\s+với(?:\s+[\p{L}\p{M}\d]+){1,12}\s*$/u);
/** Words that may label a base in its bracket: "(95,1%)", "(năm 2023 là 95,1%)", "(năm 2023: 95,1%)" (on the words joined by one space, ":" dropped). */
const LABEL = named("growth-points.LABEL", /^(?:(?:năm )?\d{4})?(?: ?(?:là|đạt|chỉ|có|ở|mức|chiếm))*$/u);
/** What may close the bracket of the base: ")" after its period. */
const CLOSE = named("growth-points.CLOSE", /^\s*(?:(?:năm\s+)?\d{4}\s*)?\)/u);

/**
 * The change word right before a number at `at` (within 24 characters of its sentence, from
 * `sStart`): its direction, where the word starts, and where its qualifier starts ("hơn 1,2": a bound).
 */
function changeBefore(key: string, sStart: number, at: number): { up: boolean; cueAt: number; qualifierAt?: number } | undefined {
  const before = key.slice(Math.max(sStart, at - 24), at);
  const ch = CHANGE.exec(before);
  if (!ch) return undefined;
  const from = at - before.length;
  return {
    up: /^(?:tăng|cao|nhiều)/u.test(ch[1]!),
    cueAt: from + ch.index + ch[0].indexOf(ch[1]!),
    ...(ch[2] ? { qualifierAt: from + before.lastIndexOf(ch[2]) } : {}),
  };
}

/** Changes in points with both rates stated. */
export function findPointChanges(rc: RelateCtx): Rel[] {
  const out: GrowthRel[] = [];
  const key = rc.key;
  // (the numbers before "điểm": bare, or a count figure "2 điểm" when the recogniser took one)
  const cands: { n0: number; n1: number; value: number }[] = [];
  for (const b of rc.bare) if (b.word === "điểm" && !b.ambiguous) cands.push({ n0: b.n0, n1: b.n1, value: b.value });
  for (const g of rc.figs) if (g.f.kind === "count" && /^\s*điểm/u.test(key.slice(g.n1, g.end))) cands.push({ n0: g.n0, n1: g.n1, value: g.f.value });
  const pointsAt: { end: number; pair: Pair; up: boolean }[] = [];
  for (const c of cands) {
    const pts = POINTS.exec(key.slice(c.n1, c.n1 + 24));
    if (!pts || !(c.value > 0)) continue;
    const ptsEnd = c.n1 + pts[0].length;
    const sent = sentenceOf(rc, c.n0);
    const sStart = rc.sentences[sent]?.start ?? 0;
    const ch = changeBefore(key, sStart, c.n0);
    if (!ch || !POINTS_END.test(key.slice(ptsEnd, ptsEnd + 12))) continue;
    const { up, cueAt } = ch;
    // the member: from the qualifier ("hơn 1,2 …": a bound) to the end of the points
    const qAt = ch.qualifierAt ?? c.n0;
    const delta = textMember(rc, "delta", qAt, ptsEnd, { value: c.value });
    const pair = fromToBefore(rc, cueAt, sent, ptsEnd) ?? fromToAfter(rc, ptsEnd, sent) ?? valueAndBase(rc, cueAt, ptsEnd, sent);
    if (!pair) continue;
    const members: RelationMember[] = [figMember(rc, "value", pair.value), figMember(rc, "base", pair.base, pair.label ? { label: pair.label } : {}), delta];
    // (the rate may come after the base's bracket: "… so với năm 2020 (54,3%), tức tăng 15,1%")
    const close = pair.base.start > ptsEnd ? key.indexOf(")", pair.base.end) : -1;
    pointsAt.push({ end: close >= 0 ? close + 1 : ptsEnd, pair, up });
    out.push({
      kind: "growth",
      certainty: pair.guess ? "inferred" : "explicit",
      cue: cueOf(rc, Math.max(sStart, cueAt), ptsEnd),
      members,
      rule: "relate.growth.points",
      direction: up ? "up" : "down",
      measure: "delta",
      ...(pair.label ? { basis: pair.label } : {}),
    });
  }
  out.push(...percentChanges(rc, pointsAt));
  return out;
}

/** After the points, their rate: ", tương đương 26,9%", " (tức giảm 26,9%)", ", tức tăng 15,1%". */
const RATE_AFTER_POINTS = named("growth-points.RATE_AFTER_POINTS", /^\s*(?:[,(]\s*)?(?:tương\s+đương|tương\s+ứng|tức\s+là|tức|hai)(?:\s+(?:tăng|giảm))?(?:\s+(?:khoảng|gần|hơn))?\s+$/u);

/**
 * A change of a rate told as a percent beside its two rates: "giảm từ 5,2% xuống 3,8%, giảm 26,9%"
 * (the relative change, 3,8 ÷ 5,2 = 0,731), or the points with "%" ("…, giảm 1,4%": a slip of the
 * unit, common, not wrong); and the rate after the points ("giảm 1,4 điểm phần trăm, tương đương
 * 26,9%"). Either reading may hold; check/growth-points.ts raises only what neither explains
 * (rule relate.growth.points-rate). The relation findGrowth made of the percent alone, without
 * value and base, is dropped for it.
 */
function percentChanges(rc: RelateCtx, pointsAt: readonly { end: number; pair: Pair; up: boolean }[]): GrowthRel[] {
  const out: GrowthRel[] = [];
  const key = rc.key;
  for (const p of rc.figs) {
    if (p.f.kind !== "percent" || p.f.range || p.f.per) continue;
    const sStart = rc.sentences[p.sent]?.start ?? 0;
    let pair: Pair | undefined;
    let up: boolean | undefined;
    let cueAt = p.start;
    const after = pointsAt.find((x) => x.end < p.start && p.start - x.end <= 30 && RATE_AFTER_POINTS.test(key.slice(x.end, p.start)));
    if (after) [pair, up] = [after.pair, after.up];
    else {
      const ch = changeBefore(key, sStart, p.start);
      if (!ch || !POINTS_END.test(key.slice(p.end, p.end + 12)) || /^\s*so\s+với/u.test(key.slice(p.end, p.end + 12))) continue;
      ({ up, cueAt } = ch);
      pair = fromToBefore(rc, cueAt, p.sent) ?? fromToAfter(rc, p.end, p.sent);
    }
    if (!pair || pair.value === p || pair.base === p) continue;
    dropBare(rc, p);
    out.push({
      kind: "growth",
      certainty: pair.guess ? "inferred" : "explicit",
      cue: cueOf(rc, Math.max(sStart, cueAt), p.end),
      members: [figMember(rc, "value", pair.value), figMember(rc, "base", pair.base), figMember(rc, "rate", p)],
      rule: "relate.growth.points-rate",
      direction: up ? "up" : "down",
      measure: "rate",
    });
  }
  return out;
}

/** Drops findGrowth's relation of the percent alone (no value, no base): this one states them. */
function dropBare(rc: RelateCtx, p: Fig): void {
  for (let i = rc.found.length - 1; i >= 0; i--) {
    const r = rc.found[i]!;
    if (r.kind === "growth" && r.members.length === 1 && r.members[0]!.figure === p.f.id) rc.found.splice(i, 1);
  }
}

interface Pair {
  value: Fig;
  base: Fig;
  label?: string;
  /** The base may not be the basis the change names: inferred. */
  guess?: true;
}

const isRate = (g: Fig | undefined, sent: number): g is Fig => !!g && g.f.kind === "percent" && g.sent === sent && !g.f.range && !g.f.per;

/** "từ 5,2% xuống 3,8%, giảm 1,4 điểm phần trăm": the two rates right before the change. */
function fromToBefore(rc: RelateCtx, cueAt: number, sent: number, after = cueAt): Pair | undefined {
  const j = lastFigBefore(rc, cueAt);
  const b = rc.figs[j];
  const a = rc.figs[j - 1];
  if (!isRate(a, sent) || !isRate(b, sent) || !TO_CHANGE.test(rc.key.slice(b.end, cueAt))) return undefined;
  let same = fromTo(rc, a, b) ? sameBasis(rc, a, rc.key.slice(after, after + 60)) : "no";
  // "giảm từ 4,8% xuống còn 3,2%, tức giảm 1,6 điểm phần trăm so với đầu năm": "tức" says the change is the
  // pair's own, so a basis naming no year is its earlier rate ("so với năm 2020" may name another: still a guess)
  if (same === "maybe" && RESTATED.test(rc.key.slice(b.end, cueAt)) && !BASIS_YEAR.exec(rc.key.slice(after, after + 60))?.[2]) same = "yes";
  return same === "no" ? undefined : { value: b, base: a, ...(same === "maybe" ? { guess: true } : {}) };
}

/** Glue that restates the pair's change: "tức", "tức là", "tương ứng", "tương đương", "hay" (folded "hai", as TO_CHANGE). */
const RESTATED = named("growth-points.RESTATED", /(?:^|[^\p{L}\p{M}])(?:tức|tương\s+ứng|tương\s+đương|hai)(?![\p{L}\p{M}])/u);

/** "so với năm 2023": the year of a basis that starts a stretch ("" when none is named). */
const BASIS_YEAR = named("growth-points.BASIS_YEAR", /^\s*so\s+với\s+([^,;().\d]{0,40})(\d{4})?/u);
/** The year written right after a rate: "5,2% năm 2021", "5,2% (2021)", "5,2% cuối năm 2021". */
const OWN_YEAR = named("growth-points.OWN_YEAR", /^\s*(?:\(\s*)?(?:(?:vào\s+)?(?:cuối|đầu)\s+)?(?:năm\s+)?(\d{4})(?!\d)/u);

/**
 * Whether a change's basis ("so với năm 2023", "so với cùng kỳ") is the earlier rate of the pair: no
 * basis, or the basis names the rate's own year ("yes"); a rate without a year of its own may be the
 * basis's ("maybe": the tie is inferred, a warning at most, as the pair may span several years told
 * before); "từ 20% năm 2020 lên 25% năm 2024, tăng 2 điểm phần trăm so với năm 2023" compares with a
 * rate the text does not state ("no").
 */
function sameBasis(rc: RelateCtx, base: Fig, basisText: string): "yes" | "maybe" | "no" {
  const m = BASIS_YEAR.exec(basisText);
  if (!m) return "yes";
  const own = OWN_YEAR.exec(rc.key.slice(base.end, base.end + 24));
  return !own ? "maybe" : m[2] === own[1] ? "yes" : "no";
}

/** "giảm 1,4 điểm phần trăm, từ 5,2% năm 2023 xuống còn 3,8% năm 2024": the two rates right after. */
function fromToAfter(rc: RelateCtx, ptsEnd: number, sent: number): Pair | undefined {
  const a = nextFig(rc, ptsEnd);
  if (!isRate(a, sent)) return undefined;
  const b = rc.figs[a.i + 1];
  if (!isRate(b, sent) || a.start - ptsEnd > 40) return undefined;
  // (a basis between: "giảm 1,4 điểm phần trăm so với năm 2023, từ …")
  let gap = rc.key.slice(ptsEnd, a.start);
  const comma = gap.search(/[,(:]/u);
  if (comma > 0 && BASIS_WORDS.test(gap.slice(0, comma))) gap = gap.slice(comma);
  if (!TO_FROM.test(gap)) return undefined;
  const same = fromTo(rc, a, b) ? sameBasis(rc, a, rc.key.slice(ptsEnd, a.start)) : "no";
  return same === "no" ? undefined : { value: b, base: a, ...(same === "maybe" ? { guess: true } : {}) };
}

/**
 * Whether a percent is the earlier level of "từ 25% xuống 22%": no class of a structure (the text
 * tells the structure twice, before and after; percent-total.ts reads the later one).
 */
export function startsFromTo(rc: RelateCtx, p: Fig): boolean {
  const b = rc.figs[p.i + 1];
  return isRate(p, p.sent) && isRate(b, p.sent) && fromTo(rc, p, b);
}

/** Whether a and b read "từ a … lên/xuống b". */
function fromTo(rc: RelateCtx, a: Fig, b: Fig): boolean {
  return FROM.test(rc.key.slice(Math.max(0, a.start - 12), a.start)) && FROM_TO_GAP.test(rc.key.slice(a.end, b.start));
}

/** "đạt 98,6%, tăng 2,5 điểm phần trăm so với nhiệm kỳ trước (95,1%)": the rate before, the base in the bracket of the basis. */
function valueAndBase(rc: RelateCtx, cueAt: number, ptsEnd: number, sent: number): Pair | undefined {
  const v = rc.figs[lastFigBefore(rc, cueAt)];
  if (!isRate(v, sent) || !TO_CHANGE.test(rc.key.slice(v.end, cueAt))) return undefined;
  const g = nextFig(rc, ptsEnd);
  if (!isRate(g, sent) || g.start - ptsEnd > 90) return undefined;
  const gap = rc.key.slice(ptsEnd, g.start);
  const open = gap.indexOf("(");
  if (open < 0 || gap.indexOf("(", open + 1) >= 0 || /[,;:)]/u.test(gap.slice(0, open)) || !BASIS_WORDS.test(gap.slice(0, open)) || !LABEL.test(gap.slice(open + 1).replace(/[:\s]+/gu, " ").trim())) return undefined;
  if (!CLOSE.test(rc.key.slice(g.end, g.end + 12))) return undefined;
  const label = rc.norm.slice(ptsEnd, ptsEnd + open).trim();
  return { value: v, base: g, label };
}
