/**
 * Where a percent (or a change) sits among the figures: the figure it is stated for, and the
 * basis it names after it, with the figure that states that basis.
 *
 *   "đạt 2.195 tỷ đồng, tăng 35% so với năm 2015 (1.435 tỷ đồng)"
 *       anchorOf(35%) → 2.195 tỷ đồng;  basisAfter(35%) → base "năm 2015";  statedAfter → 1.435 tỷ đồng
 *   "1.126 vụ vi phạm pháp luật về môi trường, tăng 8,4%"       → the noun phrase runs on to the comma
 *   "đạt 7,9 triệu tấn, vượt 8% kế hoạch (7,3 triệu tấn) và bằng 94% kế hoạch (8,4 triệu tấn)"
 *       anchorOf(94%) → 7,9 triệu tấn (the bracket before belongs to the first percent)
 *   "Doanh thu 100 tỷ đồng, lợi nhuận tăng 20%"                 → no anchor (a new subject)
 * Every search is bounded (a fixed number of characters or figures), so a long run of amounts
 * stays linear.
 */
import { fold } from "../text/fold.js";
import { BASE_WORDS, GLUE_WORDS, PLAN_WORDS } from "../lexicon/relation-cues.js";
import { foldedWords, guard, PhraseList, type Fig, type RelateCtx } from "./context.js";
import { kindOf, kindsCompatible } from "./kinds.js";
import { firstStartAt } from "../text/lists.js";
import { named } from "../text/rx.js";

const GLUE = new PhraseList([...GLUE_WORDS, ...PLAN_WORDS, ...BASE_WORDS, "năm", "nay", "này", "kỳ", "cùng", "trước", "ngoái", "giao", "đề ra", "lần"]);
const PLAN = new PhraseList(PLAN_WORDS);
const BASE = new PhraseList(BASE_WORDS);
const LEAD = new PhraseList(["so với", "so với mức", "với", "so", "trên", "của", "mức", "theo", "đạt", "bằng"]);
const NAM = fold("năm");
const THANG = fold("tháng");
const HOC = fold("học");
const QUY = fold("quý");
const CUOI = fold("cuối");
const DAU = fold("đầu");
/** Words allowed between a basis and its figure with no bracket: "kế hoạch năm là 2 tỷ đồng". */
const BARE_LABEL = new Set(["là", "đạt", "ở", "mức", "khoảng", "gần", "hơn", "trên", "dưới", "xấp", "xỉ"].map((w) => fold(w)));
/** Words that start another clause inside a bracket: not a label of the basis. */
const OTHER_CLAUSE = new Set(["tăng", "giảm", "trong", "gồm", "với", "chiếm", "còn", "tương", "chênh", "lệch", "thêm", "vượt"].map((w) => fold(w)));
/** "(cao hơn 70 tỷ đồng)", "(ít hơn 13 vụ)": a difference, not the basis ("hơn" alone is "more than"). */
const COMPARATIVE = new Set(["cao", "thấp", "ít", "nhiều", "lớn", "nhỏ", "kém"].map((w) => fold(w)));
const HON = fold("hơn");
/** Words that end a basis phrase: a new relation or clause. */
const BASIS_END = new Set(["tăng", "giảm", "đạt", "bằng", "vượt", "và", "nhưng", "song", "còn", "chiếm", "trong", "là", "với", "do", "nhờ", "khi", "tuy", "mặc", "tương"].map((w) => fold(w)));

/** Whether every word of a stretch is glue (relation words, basis words, a year). */
export function glueOnly(s: string): boolean {
  const ws = foldedWords(s.replace(/[()%:]/g, " "));
  for (let i = 0; i < ws.length; ) {
    if (/^\d{4}$/.test(ws[i]!)) {
      i++;
      continue;
    }
    const n = GLUE.at(ws, i);
    if (!n) return false;
    i += n;
  }
  return true;
}

/**
 * The text between a figure and what is said of it: the figure's own noun phrase running on
 * ("vi phạm pháp luật về môi trường"), then one separator and only glue words.
 */
export function gluedGap(gap: string, bareComma = false): boolean {
  if (gap.length > 160 || /[;\n]/.test(gap)) return false;
  let cut = -1;
  for (let i = gap.length - 1; i >= 0; i--) {
    const c = gap[i]!;
    if (c === "," || c === "(" || c === ":" || (c === "-" && i > 0 && i + 1 < gap.length && gap[i - 1] === " " && gap[i + 1] === " ")) {
      cut = i;
      break;
    }
  }
  const tail = gap.slice(cut + 1);
  if (!glueOnly(tail)) return false;
  if (cut < 0) return true;
  // "1/4 doanh nghiệp đóng tại Bangalore, 23% tập trung tại …": after a comma, a percent with no
  // word of comparison starts a new item
  if (gap[cut] === "," && !bareComma && !/[\p{L}]/u.test(tail)) return false;
  // the noun phrase may carry its time: "612 ca năm 2023, giảm 38%", "3,2 tỷ USD trong quý I/2023, tăng 5%"
  const head = gap.slice(0, cut).replace(/năm\s+\d{4}(?!\d)|(?:tháng|quí)\s+\d{1,2}(?:\/\d{4})?(?!\d)|\d{1,2}\/\d{4}(?!\d)/gu, " ");
  return head.length <= 100 && !/[\d,;:()]/.test(head);
}

/**
 * The figure a percent (or a delta) at figs[k] is stated for, in the same sentence: the figure
 * right before it when only its noun phrase and glue words lie between; through a chain of
 * percents ("đạt 117% kế hoạch, vượt 17%") and past the bracketed basis of an earlier one.
 */
export function anchorOf(rc: RelateCtx, k: number): Fig | undefined {
  // (the plans, the growth and the shares each ask for every percent's, some twice: read once)
  const memo = (rc.memo.anchor ??= new Map<number, Fig | undefined>()) as Map<number, Fig | undefined>;
  if (memo.has(k)) return memo.get(k);
  const a = readAnchor(rc, k, 0);
  memo.set(k, a);
  return a;
}

function readAnchor(rc: RelateCtx, k: number, depth: number): Fig | undefined {
  const p = rc.figs[k]!;
  const j = k - 1;
  const g = rc.figs[j];
  if (!g || g.sent !== p.sent || depth > 3) return undefined;
  const gap = rc.key.slice(g.end, p.start);
  if (g.f.kind === "percent") return gluedGap(gap) && !gap.includes("(") ? readAnchor(rc, j, depth + 1) : undefined;
  // "… vượt 8% kế hoạch (7,3 triệu tấn) và bằng 94% …": g closes the bracket of the percent before
  const close = gap.indexOf(")");
  if (close >= 0) {
    const prev = rc.figs[j - 1];
    if (prev && prev.sent === p.sent && prev.f.kind === "percent" && rc.key.slice(prev.end, g.start).includes("(") && glueOnly(gap.slice(close + 1).replace(/,/g, " ")))
      return readAnchor(rc, j - 1, depth + 1);
    return undefined;
  }
  if (g.f.per || g.f.range) return undefined;
  return gluedGap(gap) ? g : undefined;
}

/** A fraction right after a percent, in a bracket: "tỷ lệ 50% (20/40 học sinh)". */
export function fractionAfter(rc: RelateCtx, k: number): Fig | undefined {
  const p = rc.figs[k]!;
  const g = rc.figs[k + 1];
  if (!g || g.sent !== p.sent || g.f.of === undefined) return undefined;
  if (g.start - p.end > 80) return undefined;
  const gap = rc.key.slice(p.end, g.start);
  if (/^[\s%]*\(\s*$/.test(gap)) return g;
  // "100% trường học (25/26 trường)", "92% hộ dân (450/500 hộ)": the noun of the percent, then the
  // fraction of it — the same kind of thing, and the percent no change
  const m = /^\s*((?:[\p{L}\p{M}]+,?\s+){1,5})\(\s*$/u.exec(gap);
  if (!m || g.f.kind !== "count") return undefined;
  const s = rc.sentences[p.sent];
  if (CHANGE_BEFORE.test(rc.key.slice(Math.max(s ? s.start : 0, p.start - 24), p.start))) return undefined;
  // "100% số xã (25/26 xã)", "95% tổng số hộ (…)": the words that name a number of them
  const k2 = kindOf(m[1]!.replace(/,/g, " ").replace(/^\s*(?:(?:trong\s+)?tổng\s+số|số|các|những)\s+/u, ""));
  if (!k2.known || k2.elided) return undefined;
  return kindsCompatible(g.kind, k2) === "yes" || kindsCompatible(k2, g.kind) === "yes" ? g : undefined;
}
const CHANGE_BEFORE = guard(named("anchor.CHANGE_BEFORE", /(?:^|[^\p{L}\p{M}])(?:tăng|giảm|vượt|cao hơn|thấp hơn|tăng trưởng)(?:\s*(?:khoảng|gần|hơn|trên|lên|xuống|thêm))?\s*$/u), ["tăng", "giảm", "vượt", "hơn"]);

export interface Basis {
  kind: "plan" | "base";
  /** As written (norm text). */
  text: string;
  start: number;
  end: number;
  /** "năm 2015" → 2015. */
  year?: number;
}

/**
 * The basis named after a percent: "so với kế hoạch", "kế hoạch năm", "chỉ tiêu giao",
 * "so với năm 2015", "so với cùng kỳ năm trước", "dự toán tỉnh giao".
 */
export function basisAfter(rc: RelateCtx, pos: number, limit: number): Basis | undefined {
  // the finders ask for the basis after each percent several times: read it once
  const memo = (rc.memo.basis ??= new Map<number, Basis | undefined>()) as Map<number, Basis | undefined>;
  const k = pos * 128 + Math.min(91, Math.max(0, limit - pos));
  if (memo.has(k)) return memo.get(k);
  const b = readBasis(rc, pos, limit);
  memo.set(k, b);
  return b;
}

function readBasis(rc: RelateCtx, pos: number, limit: number): Basis | undefined {
  const key = rc.key;
  // a basis starts with a word ("so với", "kế hoạch"): a digit or a sign next is none
  if (!/^[\s%)]*\(?\s*[\p{L}]/u.test(key.slice(pos, pos + 12))) return undefined;
  const end = Math.min(limit, pos + 90);
  // (on a slice: a pattern run on the whole text would look for its next word to the end of it)
  const slice = key.slice(pos, Math.max(pos, end));
  const re = /[\p{L}\p{M}\p{N}]+/gu;
  const toks: { s: number; e: number; w: string }[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    const at = pos + m.index;
    // stop at a bracket, comma or clause break
    if (/[(),;:.]/.test(key.slice(toks.length ? toks[toks.length - 1]!.e : pos, at).replace(/\d[.,]\d/g, ""))) break;
    toks.push({ s: at, e: at + m[0].length, w: m[0] });
    if (toks.length > 14) break;
  }
  // (by push: an optimised .map() makes a holey list, and the word readers were thrown away at it)
  const ws: string[] = [];
  for (const t of toks) ws.push(t.w);
  let i = 0;
  while (i < ws.length && (ws[i] === "%" || /^\d/.test(ws[i]!))) i++;
  // the percent's own "%" is not a word; skip the lead ("so với", "với mức")
  for (let n = LEAD.at(ws, i); n; n = LEAD.at(ws, i)) i += n;
  if (i >= ws.length) return undefined;
  let kind: Basis["kind"] | undefined;
  let year: number | undefined;
  let n = PLAN.at(ws, i);
  if (n) kind = "plan";
  else if ((n = BASE.at(ws, i))) kind = "base";
  // (every read inside the list: a read past its end threw the optimised code away, "out of bounds")
  else if (ws[i] === NAM && i + 1 < ws.length && /^\d{4}$/.test(ws[i + 1]!)) {
    kind = "base";
    n = 2;
  } else if ((ws[i] === CUOI || ws[i] === DAU) && i + 2 < ws.length && ws[i + 1] === NAM && /^\d{4}$/.test(ws[i + 2]!)) {
    // "so với cuối năm 2022 (53.200 tỷ đồng)": a stock at the end (or the start) of a year
    kind = "base";
    n = 3;
  } else if (ws[i] === NAM && i + 3 < ws.length && ws[i + 1] === HOC && /^\d{4}$/.test(ws[i + 2]!) && /^\d{4}$/.test(ws[i + 3]!) && /^\s*[-–]\s*$/u.test(key.slice(toks[i + 2]!.e, toks[i + 3]!.s))) {
    // "gấp 3 lần năm học 2020-2021 (23 em)": a school year (no year of its own: it spans two)
    kind = "base";
    n = 4;
  } else if ((ws[i] === THANG || ws[i] === QUY) && i + 1 < ws.length) {
    kind = "base";
    n = 2;
  }
  if (!kind) return undefined;
  const s = toks[i]!.s;
  let j = i + n;
  // run on over label words: "kế hoạch năm", "kế hoạch điều chỉnh", "chỉ tiêu tỉnh giao", "cùng kỳ năm 2016"
  while (j < ws.length && j - i < 8 && !BASIS_END.has(ws[j]!) && !/^\d+[.,]\d/.test(ws[j]!) && !(/^\d+$/.test(ws[j]!) && ws[j]!.length !== 4)) j++;
  for (let q = i; q < j; q++) if (/^\d{4}$/.test(ws[q]!) && q > 0 && ws[q - 1] === NAM) year = Number(ws[q]);
  const e = toks[j - 1]!.e;
  // (year always a key, undefined when none: one object shape for every basis; no basis is public)
  return { kind, text: rc.norm.slice(s, e), start: s, end: e, year: year ? year : undefined };
}

/**
 * The figure that states a basis, right after it: "kế hoạch 2 tỷ đồng", "kế hoạch năm là 2 tỷ
 * đồng", "so với năm 2015 (1.435 tỷ đồng)", "kế hoạch (kế hoạch được giao là 2 tỷ đồng)".
 */
export function statedAfter(rc: RelateCtx, pos: number, sent: number): Fig | undefined {
  const g = nextFig(rc, pos);
  if (!g || g.sent !== sent || g.start - pos > 70) return undefined;
  const gap = rc.key.slice(pos, g.start);
  // "(+70 tỷ đồng)", "(-13 vụ)": a signed change, not the basis
  if (g.change || /[+\-−–]\s*$/.test(gap) || /^[+\-−–]/.test(rc.key.slice(g.start, g.n0))) return undefined;
  const open = gap.indexOf("(");
  if (gap.includes(")") || /[;,]/.test(open >= 0 ? gap.slice(0, open) : gap)) return undefined;
  // only labels between: "(kế hoạch được giao là", " là", ": ", "(năm trước đạt"
  const words = foldedWords(gap.replace(/[(:]/g, " "));
  if (words.some((w) => /^\d/.test(w) && !/^\d{4}$/.test(w))) return undefined;
  if (open < 0) return words.every((w) => BARE_LABEL.has(w)) && words.length <= 3 ? g : undefined;
  if (words.length > 8 || words.some((w) => OTHER_CLAUSE.has(w))) return undefined;
  // (the figure may hold the "hơn": "cao [hơn 70 tỷ đồng]")
  const upTo = foldedWords(rc.key.slice(pos, g.n0).replace(/[(:]/g, " "));
  return upTo.some((w, q) => w === HON && q > 0 && COMPARATIVE.has(upTo[q - 1]!)) ? undefined : g;
}

/** The first figure starting at or after a norm position (binary search). */
export function nextFig(rc: RelateCtx, pos: number): Fig | undefined {
  return rc.figs[firstStartAt(rc.figs, pos)];
}

/** Index of the last figure ending at or before a norm position, or -1. */
export function lastFigBefore(rc: RelateCtx, pos: number): number {
  const fs = rc.figs;
  let lo = 0;
  let hi = fs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fs[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The year a figure's clause speaks of: "Năm 2022, tỉnh đón 3,2 triệu lượt khách" → 2022. A year
 * compared with ("tăng 14% so với cùng kỳ năm 2015") is not the figure's own.
 */
export function yearOf(rc: RelateCtx, g: Fig): number | undefined {
  const s = rc.sentences[g.sent];
  const from = Math.max(s ? s.start : 0, g.start - 200);
  const text = rc.key.slice(from, g.start);
  let year: number | undefined;
  const re = /(?:^|[^\p{L}\p{M}])năm\s+(\d{4})(?!\d)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) if (!/(?:so\s+với|so|với|hơn|từ|trước)(?:\s+(?:cùng\s+kì|cuối|đầu|mức|thực\s+hiện))*\s*$/u.test(text.slice(Math.max(0, m.index - 30), m.index + 1))) year = Number(m[1]);
  if (year !== undefined) return year;
  const after = rc.key.slice(g.end, Math.min(s ? s.end : g.end + 30, g.end + 30));
  const a = /^\s*năm\s+(\d{4})(?!\d)/u.exec(after);
  return a ? Number(a[1]) : undefined;
}

export const foldKey = (s: string) => fold(s).replace(/\s+/g, " ").trim();
