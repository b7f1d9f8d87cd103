/**
 * Shares ("chiếm N%") and fractions ("A/B", with the rate stated for them).
 *
 *   "52 đại biểu, trong đó có 16 đại biểu nữ (chiếm 35,7%)"   share: part 16, whole 52 (the breakdown's)
 *   "Trong đó, số chuyến bay chậm là 791 chuyến, chiếm 18,3%" share: whole in the sentence before
 *   "lao động nữ chiếm 106,2%"                                 share with no part or whole (over 100 still shows)
 *   "452/470 đại biểu có mặt đồng ý (chiếm 91,13% tổng số đại biểu Quốc hội)"
 *       the percent names another whole: not the rate of 452/470; the whole is looked for by name
 *   "08/11 chỉ tiêu", "1.048/1.161 người (tỷ lệ 90,27%)"      fraction, with its rate
 *   "tỷ lệ 50% (20/40 học sinh)"                              fraction, rate before it
 *   "khám cho 900 người; kết quả có 180 người mắc bệnh, chiếm 20%"  share: whole examined before a result cue
 *   "tiếp nhận 2.146 tin báo, tố giác … Đã giải quyết 1.918 tin, chiếm 92,5%"  share: whole told before, by its head noun
 */
import { cueOf, figById, figMember, foldedWords, guard, PhraseList, sentenceOf, textMember, type Fig, type Rel, type RelateCtx } from "./context.js";
import { lastStop } from "./words.js";
import { anchorOf, basisAfter, fractionAfter, yearOf } from "./anchor.js";
import { bracketRateAfter, chiemRateAfter } from "./fraction-rate.js";
import { handledRate, pairedPart } from "./share-handled.js";
import { findNamed, namedWhole } from "./named-whole.js";
import { anotherWhole } from "./whole-scope.js";
import { subWhole } from "./share-sub.js";
import { measureShareTold } from "./share-measure.js";
import { lastClassBefore } from "./pair-whole.js";
import { shareSubject } from "./share-subject.js";
import { measureCompatible } from "./kinds.js";
import { namedListCues, type NamedCue } from "./named-list.js";
import type { RelationMember } from "../schema.js";
import { HANDLED_LEADS, HANDLED_VERBS, INTAKE_VERBS, PER_EVERY_WORDS, RESULT_CUES } from "../lexicon/relation-cues.js";
import { fold } from "../text/fold.js";
import { RelationDraft } from "./relation-draft.js";
import { named } from "../text/rx.js";

const RESULT = new PhraseList(RESULT_CUES);

export { namedWhole } from "./named-whole.js";

/** "(tỷ lệ 12,6%)", "đạt tỉ lệ 94,4%", "với tỷ lệ là 30%": the rate right before the percent (the key writes tỉ). */
const RATE_BEFORE = guard(named("share.RATE_BEFORE", /(?:^|[^\p{L}\p{M}])(?:(?:đạt|với)\s+)?tỉ\s+lệ(?:\s+(?:là|đạt))?\s*$/u), ["lệ"]);
const DAT_BEFORE = guard(named("share.DAT_BEFORE", /[,(]\s*đạt\s*$/u), ["đạt"]);
const CHIEM_BEFORE = guard(named("share.CHIEM_BEFORE", /(?:^|[^\p{L}\p{M}])chiếm(?:\s+(?:tỉ\s+lệ|tỉ\s+trọng|khoảng|gần|hơn|trên|xấp\s+xỉ))*\s*$/u), ["chiếm"]);

export function findShares(rc: RelateCtx): Rel[] {
  const out: Rel[] = [];
  const key = rc.key;
  const partOf = new Map<string, { whole: string; certainty: "explicit" | "inferred"; named: boolean; sub?: true }>();
  for (const r of rc.found) {
    if (r.kind !== "breakdown") continue;
    const w = r.members.find((m) => m.role === "whole");
    if (!w?.figure || w.value !== figById(rc, w.figure)?.f.value) continue;
    for (const m of r.members) if (m.role !== "whole" && m.figure) partOf.set(m.figure, { whole: w.figure, certainty: r.certainty, named: r.rule === "relate.breakdown.named-whole", ...(r.rule === "relate.breakdown.sub-part" ? { sub: true as const } : {}) });
  }
  const parts = new Set(partOf.keys());
  const rebases = namedListCues(rc);
  for (const p of rc.figs) {
    if (p.f.kind !== "percent") continue;
    const s = rc.sentences[p.sent];
    const before = key.slice(Math.max(s ? s.start : 0, p.start - 30), p.start);
    // "trong đó 1.245 hộ nghèo (tỷ lệ 12,6%)", "có 389 em đỗ, đạt tỷ lệ 94,4%": a rate said of a part, tied
    // only when its whole is found (a rate alone, "tỷ lệ giải ngân đạt 112%", is no share)
    const rateOnly = !CHIEM_BEFORE.test(before) && p.rel !== "chiếm";
    // ("…; đã giải quyết 290 tin, đạt 90,6%": a plain "đạt" only of a part handled after a list, below)
    const datOnly = rateOnly && !RATE_BEFORE.test(before);
    if (datOnly && !DAT_BEFORE.test(before)) continue;
    const basis = basisAfter(rc, p.end, s ? s.end : key.length);
    if (basis) continue; // "chiếm 60% kế hoạch" is a plan
    const found = anchorOf(rc, p.i) ?? fractionAfter(rc, p.i) ?? pairedPart(rc, p.i);
    // "150 tỷ đồng, giảm 20 tỷ đồng …, chiếm 15% tổng thu": of the figure the change is told of (share-subject.ts)
    const part = found && !rateOnly ? shareSubject(rc, found) : found;
    const nw = namedWhole(rc, p);
    if (part && part.f.of !== undefined && !nw) continue; // the rate of a fraction (fraction relation)
    let whole: Fig | undefined;
    let list: { whole: Fig; last: Fig } | undefined;
    let certainty: "explicit" | "inferred" = "explicit";
    let alt: Fig | undefined;
    let handled = false;
    // "chiếm 60% tổng số 80 hợp tác xã": the whole stated right after its namer
    const stated = statedWhole(rc, p, part);
    if (stated) whole = stated;
    else if (nw) {
      const w = findNamed(rc, nw, p, part, parts);
      whole = w?.whole;
      if (w && !w.certain) certainty = "inferred";
    } else if (part) {
      const b = partOf.get(part.f.id);
      // "trong số lao động nữ, 156 người …, chiếm 25%": the share is of the group named there, never of an outer whole
      if (b && (b.named || !rebased(rc, rebases, part))) {
        whole = figById(rc, b.whole);
        // ("…, chiếm 8% dư nợ toàn hệ thống ngân hàng trên địa bàn tỉnh": of another whole than the breakdown's)
        if (whole && anotherWhole(rc, p, whole)) continue;
        certainty = b.certainty;
        // ("đạt 6,84 triệu tấn, trong đó hàng container 2,33 triệu tấn, chiếm 41,2%": told right on a measure's part, share-measure.ts)
        if (certainty === "inferred" && whole && measureShareTold(rc, whole, part, p)) certainty = "explicit";
        // ("nam 200 người, nữ 300 người, trong đó 150 đảng viên, chiếm 30%": the last class tried too, pair-whole.ts)
        if (whole && !b.sub) alt = lastClassBefore(rc, whole, part);
        // (a part of a part, sub-part.ts: tried against the outer whole too, unless the percent names its whole)
        const outer = b.sub && !nw && whole ? partOf.get(whole.f.id) : undefined;
        if (outer) alt = figById(rc, outer.whole);
      } else if (!b) {
        list = handledAfterList(rc, part);
        whole = list?.whole ?? examined(rc, part) ?? totalBefore(rc, part) ?? (rateOnly ? undefined : toldBefore(rc, part));
        // "thụ lý 250 vụ, giải quyết 230 vụ, đạt 92%": a plain "đạt" of a part handled (share-handled.ts)
        const w = !whole && rateOnly ? toldBefore(rc, part) : undefined;
        if (w && handledRate(rc, w, part, p)) [whole, handled] = [w, true];
      }
    }
    // "450 viên chức, trong đó 120 bác sĩ; 48 bác sĩ …, chiếm 40% [số bác sĩ]": of the part its noun repeats
    // (share-sub.ts); a bare share is tried against the whole found too
    const sub = part && !list && !stated ? subWhole(rc, part, whole, nw) : undefined;
    if (sub && sub !== whole) {
      if (!nw) alt = whole;
      whole = sub;
      certainty = "explicit";
    }
    // ("Số hộ cận nghèo 300 hộ, năm 2023 là 325 hộ, chiếm 2% tổng số hộ": stepped back over an aside, its figure is no whole)
    if (part && found && part !== found && whole && whole.start >= found.start && whole.end <= p.start) continue;
    // (and in the part's sentence: "Môn Toán có 858.555 thí sinh … Trong đó, số thí sinh … môn Ngữ văn là
    // 833.894 thí sinh, đạt tỉ lệ 99,53%" is of another whole than the list's nearest)
    // (nor "tỷ lệ 98,5% học sinh được học 2 buổi": a percent of the group named after it)
    if (datOnly && !list && !handled) continue;
    if (rateOnly && !list && !handled && (!part || !whole || part.f.of !== undefined || whole.sent !== part.sent || !/^\s*(?:[).,;]|$)/u.test(key.slice(p.end, p.end + 3)))) continue;
    // a rate is a share only when the whole is certainly its base: stated after it, named as the base
    // ("Trong tổng số 250 học sinh dự thi, …, tỷ lệ 96%"), or the rate is bracketed right on the part
    // ("trong đó 180 hộ nghèo (tỷ lệ 7,5%)"); "Tổng số học sinh là 25.000 em; … 3.100 em trúng tuyển,
    // tỷ lệ 86%" is a rate of another base (the candidates), and "đạt tỷ lệ 105%" a rate of a plan
    // (or the part right after "trong đó" following its whole: "có 1.250 đảng viên, trong đó 320 đảng viên nữ, tỷ lệ 30%")
    if (rateOnly && !list && !handled && whole !== stated && (p.f.value > 100 || !(rateOnPart(key, part!, p) || baseNamed(key, whole!, part!) || partAfterTrongDo(key, whole!, part!, p)))) continue;
    const members: RelationMember[] = [];
    if (part) members.push(figMember(rc, "part", part, part.f.of !== undefined ? { of: part.f.of } : {}));
    if (whole) members.push(figMember(rc, "whole", whole));
    else if (nw) members.push(textMember(rc, "whole", nw.start, nw.end, { label: nw.words.join(" ") }));
    if (list) members.push(figMember(rc, "whole-alt", list.last));
    if (alt) members.push(figMember(rc, "whole-alt", alt));
    members.push(figMember(rc, "percent", p));
    const missing = [...(part ? [] : ["part"]), ...(whole ? [] : ["whole"])];
    const cs = p.start - before.length + Math.max(0, before.search(/chiếm/u));
    out.push({
      kind: "share",
      certainty,
      cue: cueOf(rc, cs, p.start),
      members,
      ...(missing.length ? { missing } : {}),
      rule: nw ? "relate.share.named-whole" : "relate.share.of-breakdown",
    });
  }
  return out;
}

const RATE_ON_PART = named("share.RATE_ON_PART", /^\s*\(\s*(?:đạt\s+)?tỉ\s+lệ(?:\s+(?:là|đạt))?\s*$/u);
/** "180 hộ nghèo (tỷ lệ 7,5%)": the rate in a bracket right after its part (only the part's noun between). */
function rateOnPart(key: string, part: Fig, p: Fig): boolean {
  const gap = key.slice(part.end, p.start);
  const open = gap.indexOf("(");
  return open >= 0 && open <= 40 && !/[,;:.\d]/u.test(gap.slice(0, open)) && RATE_ON_PART.test(gap.slice(open));
}
const TRONG_DO_GAP = named("share.TRONG_DO_GAP", /^[^;:\d()]{0,40}?,?\s*trong\s+đó(?:\s*,)?(?:\s*có(?=\s))?\s*$/u);
const PLAIN_RATE = named("share.PLAIN_RATE", /,\s*tỉ\s+lệ(?:\s+là)?\s*$/u);
/**
 * "Toàn huyện có 1.250 đảng viên, trong đó 320 đảng viên nữ, tỷ lệ 30%": the part right after "trong đó"
 * following its whole (only the whole's noun between), the rate plain after a comma in the part's clause
 * ("…, đạt tỷ lệ 80%" may be a rate of a plan).
 */
function partAfterTrongDo(key: string, whole: Fig, part: Fig, p: Fig): boolean {
  return whole.end <= part.start && TRONG_DO_GAP.test(key.slice(whole.end, part.start)) && !key.slice(part.end, p.start).includes(";") && PLAIN_RATE.test(key.slice(part.end, p.start));
}
const BASE_NAMED = named("share.BASE_NAMED", /(?:^|[^\p{L}\p{M}])(?:trong|trên)\s+(?:tổng\s+)?số\s*$/u);
/** "Trong tổng số 250 học sinh dự thi, có 240 em đỗ": the whole named as the base, in the part's clause (no ';' between). */
function baseNamed(key: string, whole: Fig, part: Fig): boolean {
  return whole.end <= part.start && BASE_NAMED.test(key.slice(Math.max(0, whole.start - 20), whole.start)) && !/[;:]/.test(key.slice(whole.end, part.start));
}

const STATED_AFTER = named("share.STATED_AFTER", /^\s*(?:trên\s+|trong\s+|của\s+)?tổng\s+(?:số\s+)?(?:[\p{L}\p{M}]+\s+){0,3}$/u);
/** A whole written as a figure right after "tổng số" (or "tổng" and its noun: "chiếm 38% tổng doanh thu 7.964 tỷ đồng") behind the percent, of the part's kind. */
function statedWhole(rc: RelateCtx, p: Fig, part: Fig | undefined): Fig | undefined {
  const w = rc.figs[p.i + 1];
  if (!part || !w || w.sent !== p.sent || w === part || w.f.kind !== part.f.kind || w.f.kind === "percent" || w.f.of !== undefined || w.change || w.f.range) return undefined;
  if (!STATED_AFTER.test(rc.key.slice(p.end, w.start))) return undefined;
  return measureCompatible(w.f, part.f, w.kinds, part.kind) === "yes" ? w : undefined;
}

export function findFractions(rc: RelateCtx): Rel[] {
  const out: Rel[] = [];
  for (const g of rc.figs) {
    if (g.f.of === undefined || g.f.kind !== "count") continue;
    // its rate: a percent glued after it, or a percent right before it with the fraction in a bracket
    let p: Fig | undefined;
    const next = rc.figs[g.i + 1];
    // (not a change: "25/26 trường …, tăng 100% so với năm 2020" is a growth, not the fraction's rate)
    if (next && next.f.kind === "percent" && !next.change && anchorOf(rc, next.i) === g) p = next;
    // "398/412 học sinh … trúng tuyển (97,1%)": the rate alone in a bracket that ends the clause
    p ??= bracketRateAfter(rc, g);
    // "46/52 thôn, bản … được đầu tư …, chiếm 92,3%.": the rate closing the sentence after ", chiếm"
    p ??= chiemRateAfter(rc, g);
    const prev = rc.figs[g.i - 1];
    // "100% số xã (25/26 xã)": the percent names the fraction's own whole before it
    let before = false;
    if (!p && prev && prev.f.kind === "percent" && fractionAfter(rc, prev.i) === g) {
      p = prev;
      before = true;
    }
    if (p) {
      const s = rc.sentences[p.sent];
      const b = basisAfter(rc, p.end, s ? s.end : rc.key.length);
      // "đạt 1.152/1.000 …, bằng 115,2% dự toán": actual of plan, not a part of a whole
      if (b?.kind === "plan") {
        // "120/100 đoàn viên, vượt 20% chỉ tiêu": the excess over the plan (120%)
        const excess = VUOT_JUST_BEFORE.test(rc.key.slice(Math.max(s ? s.start : 0, p.start - 16), p.start));
        out.push({
          kind: "plan",
          certainty: "explicit",
          cue: cueOf(rc, b.start, b.end),
          members: [figMember(rc, "actual", g), figMember(rc, "percent", p), figMember(rc, "plan", g, { value: g.f.of, label: "A/B: B" })],
          rule: "relate.plan.fraction",
          ...(excess ? { excess: true } : {}),
        });
        continue;
      }
      if (!before && namedWhole(rc, p)) p = undefined;
    }
    // "kết nạp 172/150 đảng viên mới, vượt chỉ tiêu": A > B with a plan claimed in the next clause is
    // done of planned, not a part of a whole (a fraction can't go past its whole; a plan can)
    const claim = !p && g.f.value > g.f.of ? planClaimAfter(rc, g) : undefined;
    // "…, không đạt kế hoạch về số chi bộ mới thành lập": a claim about another plan; A > B may still
    // be done of planned: neither a plan of A/B nor a fraction
    if (claim === "other") continue;
    if (claim) {
      const r = new RelationDraft("plan", "explicit", claim.cue, [figMember(rc, "actual", g), figMember(rc, "plan", g, { value: g.f.of, label: "A/B: B" })], ["percent"], "relate.plan.fraction");
      r.direction = claim.dir;
      r.directionCue = claim.cue;
      out.push(r as unknown as Rel);
      continue;
    }
    const members: RelationMember[] = [figMember(rc, "fraction", g)];
    if (p) members.push(figMember(rc, "percent", p));
    out.push({ kind: "fraction", certainty: "explicit", cue: cueOf(rc, g.n0, g.n1), members, rule: p ? "relate.fraction.rate" : "relate.fraction" });
  }
  return out;
}

const VUOT_JUST_BEFORE = named("share.VUOT_JUST_BEFORE", /(?:^|[^\p{L}\p{M}])vượt\s+(?:mức\s+)?(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$/u);
/** "…, vượt chỉ tiêu", "…, chưa đạt kế hoạch" in a clause after the fraction's own (after a comma, no figure between). */
const PLAN_CLAIM = named("share.PLAN_CLAIM", /^[^;:.()\d]{0,40},\s*(?:(?:đã\s+)?(?:hoàn\s+thành\s+)?(vượt)\s+(?:mức\s+)?|(?:không|chưa)\s+(?:đạt|hoàn\s+thành)\s+(?:được\s+)?)(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán)(?![\p{L}\p{M}])/u);
// ("không đạt kế hoạch về số chi bộ mới", "… về số lượng đảng viên nữ" are other plans; "… về số lượng.", "… về chỉ tiêu," ending the clause the same one)
const OTHER_PLAN = named("share.OTHER_PLAN", /^\s*(?:về(?![\p{L}\p{M}])(?!\s+(?:số\s+lượng|chỉ\s+tiêu)\s*(?:[.,;]|$))|đối\s+với(?![\p{L}\p{M}])|trong\s+việc(?![\p{L}\p{M}]))/u);
function planClaimAfter(rc: RelateCtx, g: Fig): { dir: "over" | "under"; cue: ReturnType<typeof cueOf> } | "other" | undefined {
  const s = rc.sentences[g.sent];
  const end = Math.min(s ? s.end : rc.key.length, g.end + 90);
  const m = PLAN_CLAIM.exec(rc.key.slice(g.end, end));
  if (!m) return undefined;
  if (OTHER_PLAN.test(rc.key.slice(g.end + m[0].length, Math.min(end + 40, g.end + m[0].length + 40)))) return "other";
  const comma = m[0].lastIndexOf(",");
  const start = g.end + comma + 1 + (m[0].length - comma - 1 - m[0].slice(comma + 1).trimStart().length);
  return { dir: m[1] ? "over" : "under", cue: cueOf(rc, start, g.end + m[0].length) };
}

/**
 * The total named earlier in the sentence, of which the part is a subgroup told in a later clause:
 * "Tổng số đảng viên là 5.218 đồng chí; đảng viên nữ 1.904 đồng chí (chiếm 36,5%)". The nearest
 * figure before of the part's kind, larger, with "tổng" in its own clause; no other of that kind between.
 */
const TOTAL_WORD = named("share.TOTAL_WORD", /(?:^|[^\p{L}\p{M}])tổng(?:\s+số|\s+cộng)?\s/u);
function totalBefore(rc: RelateCtx, part: Fig): Fig | undefined {
  const s = rc.sentences[part.sent];
  for (let j = part.i - 1; j >= 0; j--) {
    const g = rc.figs[j]!;
    if (g.sent !== part.sent) return undefined;
    if (g.f.kind === "percent") continue;
    if (g.f.kind !== part.f.kind || measureCompatible(g.f, part.f, g.kinds, part.kind) !== "yes") continue;
    if (g.change || g.f.of !== undefined || g.f.range || g.f.bound || g.f.approx || !(g.f.value > part.f.value)) return undefined;
    // its own clause: from the clause break before it
    const lead = rc.key.slice(Math.max(s ? s.start : 0, g.start - 80), g.start);
    const cut = lastStop(lead, ",;:()");
    if (!TOTAL_WORD.test(" " + lead.slice(cut + 1))) return undefined;
    // the part's clause is another one: a break between them, or "Trong tổng số 400 học sinh dự thi có 360
    // em đỗ" (the whole named as the base, its noun, then "có")
    const gap = rc.key.slice(g.end, part.start);
    return /[;,]/.test(gap) || (BASE_NAMED.test(rc.key.slice(Math.max(0, g.start - 20), g.start)) && BASE_THEN_PART.test(gap)) ? g : undefined;
  }
  return undefined;
}

/** After a whole named as the base: its noun (no figure, no clause break), then "có" or "thì có". */
const BASE_THEN_PART = named("share.BASE_THEN_PART", /^[^\d,;:.()]{0,40}?\s(?:thì\s+)?có\s*$/u);

/**
 * The whole of a "chiếm N%" told before its part in other words, with no cue between: "Công an tỉnh
 * tiếp nhận 2.146 tin báo, tố giác về tội phạm. Đã giải quyết 1.918 tin, chiếm 92,5%". Narrow, as
 * a count before is most often not the whole (a review's false errors: firms newly founded and
 * firms paused, another district's or period's intake, a later "còn 2.480 hộ nghèo" of all
 * households): the count is told as taken in ("tiếp nhận", "thụ lý", "xảy ra": INTAKE_VERBS), in
 * the part's sentence or the one before, and is the only count there whose head noun or a shorter
 * form of it is the part's ("tin" of "tin báo, tố giác"; every such count, smaller ones too:
 * "tiếp nhận 2.146 tin báo, 350 tin kiến nghị" has the sum for a whole); the part's clause has no
 * subject, place or period of its own: it opens its sentence, or follows the whole's clause, with
 * the handling verb right before the part ("Đã giải quyết 1.918 tin"; not "Năm nay, đã giải quyết",
 * "Huyện B đã giải quyết", "giải quyết đúng hạn") or "Số <its noun> … là" ("Số vụ do rượu bia là
 * 60 vụ" of "xảy ra 245 vụ tai nạn"); or the whole is named as the base ("Trong số 153 thí sinh … có
 * 82 thí sinh đoạt giải (chiếm 53%)"). Not one with a percent of its own, of another year, nor the
 * unit of a rate ("cứ 10 người tiêu dùng thì có 9 người (chiếm 92%)").
 */
function toldBefore(rc: RelateCtx, part: Fig): Fig | undefined {
  if (part.f.kind !== "count" || part.kind.elided || !part.kind.head || part.f.of !== undefined) return undefined;
  for (const sent of [part.sent, part.sent - 1]) {
    let found: Fig | undefined;
    for (let j = part.i - 1; j >= 0 && j >= part.i - 12; j--) {
      const g = rc.figs[j]!;
      if (g.sent > sent) continue;
      if (g.sent < sent) break;
      if (g.f.kind !== "count" || !g.kinds.some((w) => w.head === part.kind.head || w.bases.includes(part.kind.head))) continue;
      if (found) return undefined;
      found = g;
    }
    if (found) return found.f.value > part.f.value && plainWhole(rc, found, part) && (inBase(rc, found, part) || (takenIn(rc, found) && handledOf(rc, found, part))) ? found : undefined;
  }
  return undefined;
}

const INTAKE = named("share.INTAKE", new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${INTAKE_VERBS.map((v) => fold(v).replace(/ /g, "\\s+")).join("|")})(?:\\s+(?:mới|tổng\\s+số|tổng\\s+cộng|được))*\\s*$`, "u"));
const HANDLED_VERB = `(?:${HANDLED_VERBS.map((v) => fold(v).replace(/ /g, "\\s+")).join("|")})`;
// "Trong năm, đã xác minh, giải quyết 1.100 tin": a lead with no subject, two verbs of handling
const HANDLED = named("share.HANDLED", new RegExp(
  `^\\s*(?:(?:${HANDLED_LEADS.map((v) => fold(v).replace(/ /g, "\\s+")).join("|")})(?:\\s*,)?\\s+)?(?:đã\\s+)?(?:${HANDLED_VERB}\\s*,\\s*)?${HANDLED_VERB}(?:\\s+(?:xong|được))*\\s*$`,
  "u",
));
/** "Trong số 153 thí sinh của 22 quốc gia … tham dự kỳ thi có 82 thí sinh": the whole named as the base, the part after "có" in its clause. */
function inBase(rc: RelateCtx, g: Fig, part: Fig): boolean {
  const gap = rc.key.slice(g.end, part.start);
  return g.sent === part.sent && BASE_NAMED.test(rc.key.slice(Math.max(0, g.start - 20), g.start)) && !/[,;:.()]/u.test(gap) && /\s(?:thì\s+)?có\s*$/u.test(gap);
}
/** "tiếp nhận 2.146 tin báo": the whole told as taken in, its verb right before it in its sentence. */
function takenIn(rc: RelateCtx, g: Fig): boolean {
  const s = rc.sentences[g.sent];
  return INTAKE.test(rc.key.slice(Math.max(s ? s.start : 0, g.start - 30), g.start));
}
/**
 * The part's clause, with no subject, place or period of its own: from its sentence's start (or the
 * break after the whole's noun, in the whole's sentence) to the part, the handling verb alone, or
 * "Số <the part's noun> … là".
 */
function handledOf(rc: RelateCtx, g: Fig, part: Fig): boolean {
  const s = rc.sentences[part.sent];
  let from = s ? s.start : 0;
  if (g.sent === part.sent) {
    const gap = rc.key.slice(g.end, part.start);
    const cut = Math.max(gap.lastIndexOf(","), gap.lastIndexOf(";"));
    if (cut < 0 || /[\d:()]/u.test(gap.slice(0, cut))) return false;
    from = g.end + cut + 1;
  }
  const lead = rc.key.slice(from, part.start);
  // ("thụ lý 1.450 vụ án các loại. Đã giải quyết 420 vụ án hình sự, chiếm 95%": a handled part of
  // its own kind is counted of the cases of that kind taken in, a whole not told)
  if (HANDLED.test(lead)) return !ownQualifier(rc, g, part);

  const m = /^\s*số\s+(.{1,60}?)\s+là\s*$/u.exec(lead);
  return !!m && !/[\d,;:()]/u.test(m[1]!) && (m[1]! + " ").startsWith(part.kind.head + " ");
}

/**
 * A part whose noun says more than its whole's noun phrase: a word of the part's noun (after the
 * head they share) found neither in the whole's noun nor in the rest of its clause after it
 * ("420 vụ án hình sự" of "1.450 vụ án các loại": hình, sự; "1.918 tin báo về tội phạm" of
 * "2.146 tin báo, tố giác về tội phạm": none).
 */
function ownQualifier(rc: RelateCtx, g: Fig, part: Fig): boolean {
  const whole = new Set([...foldedWords(g.noun), ...foldedWords(clauseAfter(rc, g, /[;:.()\d]/u))]);
  // (the part's words: its noun and what runs on after it to the clause's end, "612 tin báo về ma túy, chiếm")
  for (const w of [...foldedWords(part.noun), ...foldedWords(clauseAfter(rc, part, /[,;:.()\d]/u))]) if (!whole.has(w) && !LINK_WORDS.has(w)) return true;
  return false;
}
/** Words of no content in a noun's run-on: "về", "các loại", "xong". */
const LINK_WORDS = new Set(["về", "của", "các", "loại", "được", "đã", "xong", "trong", "đó", "này", "số"].map((w) => fold(w)));
/** The text after a figure, in its sentence, to the first of `stop` (at most 80 characters). */
function clauseAfter(rc: RelateCtx, g: Fig, stop: RegExp): string {
  const s = rc.sentences[g.sent];
  const tail = rc.key.slice(g.end, Math.min(s ? s.end : rc.key.length, g.end + 80));
  const cut = tail.search(stop);
  return cut >= 0 ? tail.slice(0, cut) : tail;
}

/**
 * A part handled after a list of the parts of a whole taken in: "tiếp nhận 320 tin báo, trong đó 120
 * tin về trật tự, 200 tin về kinh tế; đã giải quyết 290 tin, đạt 90,6%". The rate may be of the
 * whole (290 ÷ 320) or of the list's last part (the economic ones handled): both are tried (the
 * last part as "whole-alt"). The part's clause opens with the handling verb right after the list's
 * last part and its noun (a ";" or a new sentence between), the part's noun the whole's (or shorter)
 * and no narrower.
 */
function handledAfterList(rc: RelateCtx, part: Fig): { whole: Fig; last: Fig } | undefined {
  if (part.f.kind !== "count" || part.kind.elided || !part.kind.head || part.f.of !== undefined) return undefined;
  const last = rc.figs[part.i - 1];
  if (!last || last.sent < part.sent - 1 || last.f.kind !== "count") return undefined;
  const gap = rc.key.slice(last.end, part.start);
  const brk = Math.max(gap.lastIndexOf(";"), last.sent < part.sent ? gap.lastIndexOf(".") : -1);
  if (brk < 0 || /[\d,:()]/u.test(gap.slice(0, brk)) || !HANDLED.test(gap.slice(brk + 1))) return undefined;
  for (const r of rc.found) {
    if (r.kind !== "breakdown" || !r.members.some((m) => m.role !== "whole" && m.figure === last.f.id)) continue;
    const w = r.members.find((m) => m.role === "whole");
    const g = w?.figure ? figById(rc, w.figure) : undefined;
    if (!g || w!.value !== g.f.value || !(g.f.value > part.f.value) || !takenIn(rc, g) || !plainWhole(rc, g, part)) return undefined;
    if (!g.kinds.some((k) => k.head === part.kind.head || k.bases.includes(part.kind.head)) || ownQualifier(rc, g, part)) return undefined;
    return { whole: g, last };
  }
  return undefined;
}

/** Whether a count found by toldBefore may be the whole: stated plainly, no part with a percent of its own, of the part's year, not told after the same word. */
function plainWhole(rc: RelateCtx, g: Fig, part: Fig): boolean {
  if (g.change || g.f.of !== undefined || g.f.range || g.f.per || g.f.bound || g.f.approx) return false;
  const next = rc.figs[g.i + 1];
  if (next && next !== part && next.f.kind === "percent" && anchorOf(rc, next.i) === g) return false;
  const yg = yearOf(rc, g);
  const yp = yearOf(rc, part);
  if (yg !== undefined && yp !== undefined && yg !== yp) return false;
  const w = lastWord(rc.key, g.start);
  return w !== lastWord(rc.key, part.start) && !PER_EVERY.has(w);
}
const PER_EVERY = new Set(PER_EVERY_WORDS.map((w) => fold(w)));

/** The folded word right before a position ("" after a break). */
function lastWord(key: string, at: number): string {
  return /([\p{L}\p{M}]+)\s*$/u.exec(key.slice(Math.max(0, at - 24), at))?.[1] ?? "";
}

/** A "trong số <group>" cue right before a part, in its sentence: the part is counted within that group. */
function rebased(rc: RelateCtx, cues: readonly NamedCue[], part: Fig): boolean {
  // the last cue starting before the part (cues are in text order)
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]!.at < part.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 3; i--) {
    const c = cues[i]!;
    if (c.end <= part.start && part.start - c.end < 80 && part.sent === sentenceOf(rc, c.at)) return true;
  }
  return false;
}

/**
 * The number examined, before a part found among them with a result cue between ("cân, đo cho
 * 2.400 trẻ em dưới 2 tuổi; kết quả có 300 trẻ suy dinh dưỡng, chiếm 12,5%"): the nearest figure
 * before, in the sentence, of the part's kind and larger, that is no change; no other figure of
 * that kind between.
 */
function examined(rc: RelateCtx, part: Fig): Fig | undefined {
  for (let j = part.i - 1; j >= 0; j--) {
    const g = rc.figs[j]!;
    if (g.sent !== part.sent || part.start - g.end > 200) return undefined;
    if (g.f.kind === "percent") continue;
    if (g.f.kind !== part.f.kind) continue;
    if (measureCompatible(g.f, part.f, g.kinds, part.kind) !== "yes") return undefined;
    if (g.change || g.f.of !== undefined || g.f.range || g.f.bound || g.f.value <= part.f.value) return undefined;
    const between = foldedWords(rc.key.slice(g.end, part.start));
    const cue = RESULT.find(between);
    return cue ? g : undefined;
  }
  return undefined;
}
