/**
 * A list of parts, then their total: the whole after its parts.
 *
 *   "tuyển mới 1.215 sinh viên, 386 học viên cao học và 42 nghiên cứu sinh, nâng tổng số người học
 *    mới nhập học lên 1.653 người"                         closed: the new ones, and the total of the new ones
 *   "… 64 xe ô tô, 212 xe mô tô; tổng cộng 276 phương tiện"  closed
 *   "… 120 hồ sơ đất đai, 86 hồ sơ hộ tịch, tổng số là 206 hồ sơ"  closed
 *   "kết nạp 3 đảng viên mới và tiếp nhận 2 đảng viên chuyển đến, tổng cộng 5 đảng viên"
 *                                                          closed: each part told by its own verb (not a flow out)
 * Not a total over an earlier stock: "kết nạp thêm 12 …, nâng tổng số đảng viên lên 312" ("thêm", or
 * "nâng tổng số" of a whole that is not said to be new). Only two or more parts right before the cue,
 * each a plain count (or amount) of the whole's kind, joined by "," ";" "và", none in another relation's list.
 */
import { fold } from "../text/fold.js";
import { named, src } from "../text/rx.js";
import { cueOf, figMember, firstBareAt, foldedWords, type Fig, type Rel, type RelateCtx } from "./context.js";
import { measureCompatible } from "./kinds.js";
import { OUTFLOW_VERBS, SUB_YEAR_PERIODS } from "../lexicon/relation-cues.js";
import { cueWord, wordTokens } from "./cue-scan.js";
import { JOIN_YEAR, YEAR_TOTAL, yearByYear, yearVerbFits } from "./sum-years.js";

/** Right before the whole, after the last part and a comma or semicolon. */
export const TOTAL_CUE = named("sum-after.TOTAL_CUE", /^(?:\s*[\p{L}\p{M}]+){0,2}\s*[,;]\s*(?:(nâng\s+tổng\s+số\s+([\p{L}\p{M}\s]{1,60}?)\s+lên(?:\s+(?:thành|mức))?)|tổng\s+cộng(?:\s+(?:là|có|được|gồm))?|tổng\s+số\s+(?:là|có))\s*:?\s*$/u);
/** Between two parts: the tail of the noun (a word or two the figure left out), a separator, then (for amounts) a short label. */
const JOIN = named("sum-after.JOIN", /^(?:\s*[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)?\s*(?:[,;]\s*(?:và\s+)?|và\s+)$/u);
/** The same, then the verb of the next part ("3 đảng viên mới và tiếp nhận 2 …", "…, tuyển mới 42 …"); not a flow out. */
const JOIN_VERB = named("sum-after.JOIN_VERB", new RegExp(src`^(?:\s*[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)?\s*(?:[,;]\s*(?:và\s+)?|và\s+)(?!${OUTFLOW_VERBS}(?![\p{L}\p{M}]))(?:[\p{L}\p{M}]+\s+){1,3}$`, "u"));
const JOIN_LABEL = named("sum-after.JOIN_LABEL", /^(?:\s*[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)?\s*(?:[,;]\s*(?:và\s+)?|và\s+)[\p{L}\p{M}\s]{0,40}$/u);
/** A part told as added to a stock ("kết nạp thêm", "bổ sung"), or the label of a change. */
const STOCK = named("sum-after.STOCK", /(?:^|[^\p{L}\p{M}])(?:thêm|bổ\s+sung|tăng|giảm|so\s+với|trong\s+đó|gồm|còn)(?![\p{L}\p{M}])/u);
const MOI = fold("mới");
/** A total cue that ends in "có" ("tổng cộng có"): a stock unless the parts are told with "có" too. */
const HAS_END = named("sum-after.HAS_END", /(?:^|[^\p{L}\p{M}])có:?$/u);
/** A running period: the total holds what came before the parts too. */
const RUNNING_WORDS = ["từ đầu", "trong nhiệm kỳ", "trong cả nhiệm kỳ", "trong giai đoạn", "lũy kế", "lũy tiến", "cộng dồn", "từ năm", "từ khi", "từ ngày", "từ tháng", "đến nay", "tới nay", "từ trước"];
const RUNNING = named("sum-after.RUNNING", new RegExp(src`(?:${RUNNING_WORDS}|trong\s+\d+\s+năm)`, "u"));
/** "cả năm": running only over parts told of a shorter period ("Trong tháng 12, … cả năm"); of parts of the year, the year's total. */
const WHOLE_YEAR = named("sum-after.WHOLE_YEAR", new RegExp(src`(?<![\p{L}\p{M}])cả\s+năm(?![\p{L}\p{M}])`, "u"));
const SHORTER = named("sum-after.SHORTER", new RegExp(src`(?<![\p{L}\p{M}])${SUB_YEAR_PERIODS}(?![\p{L}\p{M}])`, "u"));
/** The end of a figure's sentence. */
const s0end = (rc: RelateCtx, g: Fig) => rc.sentences[g.sent]?.end ?? rc.key.length;
const TONG = fold("tổng");
export const TONG_WORD = cueWord("tổng");
const MAX_PARTS = 12;

export function findSumsAfter(rc: RelateCtx): Rel[] {
  const out: Rel[] = [];
  const key = rc.key;
  // every cue holds the word "tổng" (after white space, "," or ";", before white space: a token of
  // its own): a text without one has no total after its parts (the tokens from cue-scan's one pass,
  // where the key was searched)
  if (rc.figs.length < 3) return out;
  const tongs = wordTokens(rc, TONG_WORD);
  if (!tongs.length) return out;
  const starts = rc.doc.tokens.start;
  /** The first "tổng" at or after the last figure read. */
  let k = 0;
  // the figures already in a list (a breakdown's parts or whole): not read again (made at the first cue)
  let listed: Set<string> | undefined;
  for (let wi = 2; wi < rc.figs.length; wi++) {
    const w = rc.figs[wi]!;
    const last = rc.figs[wi - 1]!;
    if (last.sent !== w.sent || w.start - last.end > 90 || !plain(w)) continue;
    // a "tổng" between them (the gap sliced and read only then)
    if (k > 0 && starts[tongs[k - 1]!]! >= last.end) k = 0;
    while (k < tongs.length && starts[tongs[k]!]! < last.end) k++;
    if (k === tongs.length || starts[tongs[k]!]! + TONG.length > w.start) continue;
    const gap = key.slice(last.end, w.start);
    // (or a total with a verb of its own after a list one part a year: sum-years.ts YEAR_TOTAL, checked below)
    const t = TOTAL_CUE.exec(gap);
    const y = t ? null : YEAR_TOTAL.exec(gap);
    const m = t ?? y;
    if (!m) continue;
    const inList = (listed ??= inLists(rc));
    if (inList.has(w.f.id)) continue;
    // "nâng tổng số … lên": only a total of the new ones ("tổng số người học mới nhập học")
    if (t?.[1] && !foldedWords(t[2]!).includes(MOI)) continue;
    // a total over a running time holds earlier ones too: "… mới kết nạp trong nhiệm kỳ lên 145",
    // "… mở mới từ đầu năm lên 4.350", "… lũy kế cả năm", "tổng cộng từ năm 2020"
    const tail = key.slice(w.end, Math.min(s0end(rc, w), w.end + 40));
    if (RUNNING.test(m[0]) || RUNNING.test(tail)) continue;
    const parts = partsBefore(rc, wi, w);
    if (parts.length < 2 || parts.some((p) => inList.has(p.f.id)) || (y && !yearByYear(rc, parts))) continue;
    // a list one part a year: a total told with a verb ("tổng cộng đã hỗ trợ", "tổng cộng có") of the
    // parts' own verb ("…, tổng cộng có 1.200 hội viên" after admissions year by year is the stock)
    if (parts.some((p, i) => i > 0 && JOIN_YEAR.test(key.slice(parts[i - 1]!.end, p.start))) && !yearVerbFits(rc, parts, y ? y[1] : HAS_END.test(m[0].trimEnd()) ? "có" : undefined)) continue;
    const s = rc.sentences[w.sent];
    if ((WHOLE_YEAR.test(m[0]) || WHOLE_YEAR.test(tail)) && SHORTER.test(key.slice(s ? s.start : 0, parts[0]!.start))) continue;
    // no stock told before the first part in its clause ("kết nạp thêm 12 …")
    const lead = key.slice(Math.max(s ? s.start : 0, parts[0]!.start - 40), parts[0]!.start);
    if (STOCK.test(lead.slice(Math.max(lead.lastIndexOf(","), lead.lastIndexOf(";")) + 1))) continue;
    const heads = new Set(parts.map((p) => p.kind.head));
    const cueStart = last.end + m[0].search(/[^\s,;]/u);
    out.push({
      kind: "breakdown",
      certainty: "explicit",
      cue: cueOf(rc, cueStart, w.start),
      members: [figMember(rc, "whole", w), ...parts.map((p) => figMember(rc, "part", p))],
      rule: "relate.breakdown.sum-after",
      closed: true,
      parts: heads.size === parts.length && parts.every((p) => p.kind.known && !p.kind.elided) ? "disjoint" : "unknown",
    });
  }
  return out;
}

/** The figures already in a breakdown (its parts or whole). */
function inLists(rc: RelateCtx): Set<string> {
  const listed = new Set<string>();
  for (const r of rc.found) if (r.kind === "breakdown") for (const m of r.members) if (m.figure) listed.add(m.figure);
  return listed;
}

/** A figure that may be a part or a total: no change, rate, fraction, range, bound or estimate. */
function plain(g: Fig): boolean {
  return g.f.kind !== "percent" && !g.change && !g.negative && g.f.of === undefined && !g.f.range && !g.f.bound && !g.f.approx && !g.f.per;
}

/** The parts right before the whole, nearest first back to the first; in text order. */
function partsBefore(rc: RelateCtx, wi: number, w: Fig): Fig[] {
  const parts: Fig[] = [];
  const join = w.f.kind === "count" ? JOIN : JOIN_LABEL;
  for (let j = wi - 1; j >= 0 && parts.length < MAX_PARTS; j--) {
    const g = rc.figs[j]!;
    if (g.sent !== w.sent) break;
    const gap = parts.length ? rc.key.slice(g.end, parts[0]!.start) : "";
    // (or year by year: "năm 2021 có 12 dự án, năm 2022 có 15 dự án", sum-years.ts, checked whole below)
    const joined = !parts.length || join.test(gap) || (w.f.kind === "count" && JOIN_VERB.test(gap)) || JOIN_YEAR.test(gap);
    if (!joined) break;
    const fits = plain(g) && g.f.kind === w.f.kind && (w.f.kind === "count" ? measureCompatible(w.f, g.f, w.kinds, g.kind) === "yes" : sameUnit(w, g));
    // a figure joined to the list that cannot be a part: the list is not read whole
    if (!fits || (parts.length && STOCK.test(gap))) return [];
    parts.unshift(g);
  }
  // a number no figure holds inside or right before the list: neither
  if (parts.length && bareIn(rc, Math.max(0, parts[0]!.start - 12), w.start)) return [];
  // a list joined by a year somewhere is one part a year throughout, or none
  if (parts.some((p, i) => i > 0 && JOIN_YEAR.test(rc.key.slice(parts[i - 1]!.end, p.start))) && !yearByYear(rc, parts)) return [];
  // a total is no larger part: each part smaller than the whole
  return parts.every((p) => p.f.value < w.f.value) ? parts : [];
}

function bareIn(rc: RelateCtx, from: number, to: number): boolean {
  const b = rc.bare[firstBareAt(rc, from)];
  return !!b && b.n0 < to;
}

function sameUnit(a: Fig, b: Fig): boolean {
  if (a.f.kind === "money") return a.f.currency === b.f.currency;
  if (a.f.kind === "measure") return fold(a.f.unit ?? "") === fold(b.f.unit ?? "");
  return false;
}
