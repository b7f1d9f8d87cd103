/**
 * The whole a percent names after it, and the figure that states that whole.
 *
 *   "chiếm 15,4% tổng số chuyến bay chậm"            named: "chuyến bay chậm"
 *   "… 830 tỷ đồng, chiếm 70% tổng thu" after "Tổng thu ngân sách … đạt 1.250 tỷ đồng"
 *                                                      the amount stated before (money or count)
 *   "chiếm 25% tổng số lao động của công ty (2.800 người)"  the figure in the bracket right after
 *   "… chiếm 30% tổng số sáng kiến. Toàn ngành có 190 sáng kiến …"  the total in the next sentence
 *   "chiếm 60% tổng số lao động được đào tạo" after "2.340 lao động được đào tạo nghề"
 *                                                      every named word in the figure's clause
 * A whole that only one figure can be is certain; one of several, or one in the next sentence with
 * no word of a total ("toàn", "tổng", "cả"), is inferred.
 */
import { fold } from "../text/fold.js";
import { UNIT_QUANTITIES } from "../lexicon/units.js";
import { AGGREGATES, WHOLE_NAMERS } from "../lexicon/relation-cues.js";
import { ATTRIBUTES, PARTITIONS } from "../lexicon/partitions.js";
import { foldedWords, PhraseList, type Fig, type RelateCtx } from "./context.js";
import { lastStop } from "./words.js";
import { nextFig, yearOf } from "./anchor.js";
import { kindOf, kindsCompatible, measureCompatible, type Kind } from "./kinds.js";
import { ownedElsewhere, scopeOf, scopeSaid } from "./whole-scope.js";

const NAMER = new PhraseList(WHOLE_NAMERS);
const AGGREGATE = new PhraseList(AGGREGATES);
const STOP = new Set(["và", "của", "trong", "là", "với", "so", "đạt", "tăng", "giảm", "chiếm", "nhưng", "còn", "theo", "tại", "ở", "cả", "nước"].map((w) => fold(w)));
/** Words of a total in a figure's clause: "Toàn ngành có 190 …", "Tổng số …", "cả tỉnh". */
const TOTAL_WORDS = new Set(["toàn", "tổng", "cả", "tất"].map((w) => fold(w)));
const TONG = fold("tổng");
/** How many sentences back a named whole is looked for. */
const BACK = 6;

export interface NamedWhole {
  start: number;
  end: number;
  words: string[];
  /** Named with "tổng": "tổng thu", "tổng số …". */
  total: boolean;
  /** The scope named after it ("của toàn tỉnh" → "tỉnh", "cả nước" → "nước"): a whole must be said of it. */
  scope?: string;
  /** Owned by a body not told before ("của Đảng bộ xã", "của khu công nghiệp"): no figure before states it. */
  other?: true;
}

/** "chiếm 15,4% tổng số chuyến bay chậm", "45% GDP": the whole a percent names after it. */
export function namedWhole(rc: RelateCtx, p: Fig): NamedWhole | undefined {
  // (shares, fractions and percent totals each ask for every percent's: read once)
  const memo = (rc.memo.namedWhole ??= new Map<number, NamedWhole | undefined>()) as Map<number, NamedWhole | undefined>;
  if (memo.has(p.i)) return memo.get(p.i);
  const w = readNamedWhole(rc, p);
  memo.set(p.i, w);
  return w;
}

function readNamedWhole(rc: RelateCtx, p: Fig): NamedWhole | undefined {
  const key = rc.key;
  const s = rc.sentences[p.sent];
  const text = key.slice(p.end, Math.min(s ? s.end : key.length, p.end + 60));
  const m = /^[\s%]*([\p{L}\p{M}\s-]+)/u.exec(text);
  if (!m) return undefined;
  const ws = foldedWords(m[1]!);
  const n = NAMER.at(ws, 0);
  const agg = AGGREGATE.at(ws, n);
  if (!n && !agg) return undefined;
  let end = n + Math.max(agg, 1);
  while (end < ws.length && end - n < 6 && !STOP.has(ws[end]!)) end++;
  const words = ws.slice(n, end);
  if (!words.length) return undefined;
  const start = p.end + text.indexOf(m[1]!);
  const scope = scopeOf(ws.slice(end));
  const other = ownedElsewhere(rc, p, ws.slice(end));
  return { start, end: start + m[1]!.trimEnd().length, words, total: ws.slice(0, n + 1).includes(TONG), ...(scope ? { scope } : {}), ...(other ? { other } : {}) };
}

export interface Found {
  whole: Fig;
  certain: boolean;
}

/**
 * The figure that states a named whole: in a bracket right after the name, else the nearest
 * figure before (this sentence and a few before) whose clause holds every named word, else a
 * total in the next sentence. Never the part itself, a change, a fraction or a rate.
 */
export function findNamed(rc: RelateCtx, nw: NamedWhole, p: Fig, part: Fig | undefined, partOf: ReadonlySet<string>): Found | undefined {
  // "(2.800 người)" right after the name
  const b = nextFig(rc, nw.end);
  if (b && b.sent === p.sent && /^\s*\(\s*(?:là\s+)?$/u.test(rc.key.slice(nw.end, b.start)) && fits(rc, nw, b, part, true)) return { whole: b, certain: true };
  if (nw.other) return undefined;
  const found: Fig[] = [];
  for (let j = p.i - 1; j >= 0 && j >= p.i - 40; j--) {
    const g = rc.figs[j]!;
    if (g.sent < p.sent - BACK) break;
    // amounts abound: one stated as a whole is in this sentence or the one before
    if (g.f.kind !== "count" && g.sent < p.sent - 1) continue;
    // a whole of another year is another whole
    const [yg, yp] = [yearOf(rc, g), part ? yearOf(rc, part) : undefined];
    if (g.sent !== p.sent && yg !== undefined && yp !== undefined && yg !== yp) continue;
    if (fits(rc, nw, g, part)) found.push(g);
  }
  if (found.length) {
    // a part of a breakdown is no total when another figure is; a clause that says "tổng" is one
    const rank = (g: Fig) => (partOf.has(g.f.id) ? -2 : 0) + (nw.total && clauseWords(rc, g).has(TONG) ? 1 : 0);
    const best = Math.max(...found.map(rank));
    const top = found.filter((g) => rank(g) === best);
    const nearestFirst = top[0]!;
    // two figures that fit as well in different clauses: the nearer is likely, not certain
    const rivals = top.filter((g) => g.f.value !== nearestFirst.f.value);
    return { whole: nearestFirst, certain: rivals.length === 0 || nearestFirst.sent === p.sent };
  }
  // the total told in the next sentence
  for (let j = p.i + 1; j < rc.figs.length && j <= p.i + 20; j++) {
    const g = rc.figs[j]!;
    if (g.sent <= p.sent) continue;
    if (g.sent > p.sent + 1) break;
    if (!fits(rc, nw, g, part)) continue;
    // (of the same year: "Năm 2022, tổng số đề tài …" is no whole of a share of 2023)
    const [yg, yp] = [yearOf(rc, g), part ? yearOf(rc, part) : undefined];
    if (yg !== undefined && yp !== undefined && yg !== yp) continue;
    const cw = clauseWords(rc, g, true);
    return { whole: g, certain: [...TOTAL_WORDS].some((w) => cw.has(w)) };
  }
  return undefined;
}

const CLASS_WORDS = new PhraseList([...PARTITIONS.flatMap((p) => p.values), ...ATTRIBUTES.flatMap(([, vs]) => vs)]);
/** The words of the classes a phrase names ("nữ", "dân tộc thiểu số"). */
export function classWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const n = CLASS_WORDS.at(words, i);
    if (n) {
      out.push(...words.slice(i, i + n));
      i += n;
    } else i++;
  }
  return out;
}

/** Whether a figure can state the named whole of a share of `part`. */
function fits(rc: RelateCtx, nw: NamedWhole, g: Fig, part: Fig | undefined, tied = false): boolean {
  const f = g.f;
  if (g === part || g.change || f.of !== undefined || f.kind === "percent" || f.per || f.range) return false;
  if (part && part.f.kind !== f.kind) return false;
  if (part && part.f.value > f.value) return false;
  // "chiếm 12,6% số đảng viên mới của toàn tỉnh": a whole of the province, not the district's figure
  if (!tied && nw.scope && !scopeSaid(rc, g, nw.scope)) return false;
  if (f.kind === "money") {
    if (part && part.f.currency !== f.currency) return false;
  } else if (f.kind === "measure") {
    if (part && fold(part.f.unit ?? "") !== fold(f.unit ?? "")) return false;
  }
  let want = nw.words;
  // the part counts what the whole counts: "3 mẫu xe" are no part of "1.237 xe"
  if (part && f.kind === "count" && measureCompatible(f, part.f, g.kinds, part.kind) !== "yes") return false;
  if (f.kind === "count") {
    // a whole that counts several kinds ("245 xã, phường, thị trấn") is not the whole named by one of them ("% số xã")
    // (the name may go on past a comma: "% số xã, phường, thị trấn")
    const listed = fold(f.text.replace(/^[^\p{L}]*/u, "")).split(/\s*,\s*|\s+và\s+/u).filter(Boolean);
    if (listed.length > 1) {
      const named = new Set([...nw.words, ...foldedWords(rc.key.slice(nw.end, nw.end + 40).split(/[;:().]/)[0] ?? "")]);
      if (!listed.every((x) => named.has(x.split(/\s+/)[0]!))) return false;
    }
    const k = kindOf(nw.words.join(" "));
    if (kindsCompatible(k, g.kind) !== "yes" && kindsCompatible(g.kind, k) !== "yes") return false;
    // two kinds beside each other under one noun ("hộ dân" named, "12.000 hộ nghèo"): the figure is not the whole named
    if (siblings(k, g.kind)) return false;
    // the head is matched by its kind: the last word after it, and every class word, must be said of the figure
    const n = k.known && !k.elided && nw.words.join(" ").startsWith(k.head) ? k.head.split(" ").length : 0;
    const rest = nw.words.slice(n);
    // a known noun narrowed by a class ("lao động nữ"): the class must be said of the figure too
    const base = k.known && !k.elided ? k.bases[k.bases.length - 1] : undefined;
    const narrowed = base && base !== k.head && n ? classWords(k.head.split(" ").slice(base.split(" ").length)) : [];
    want = [...new Set([...narrowed, ...beyondHead(k, g.kind), ...(rest.length ? [rest[rest.length - 1]!, ...classWords(rest)] : [])])];
  } else if (f.kind === "measure") {
    // "diện tích gieo cấy" of "gieo cấy 24.120 ha": the unit says what it measures
    want = unitSays(want, f.unit);
  } else if (f.kind !== "money") return false;
  if (tied || !want.length) return true;
  const ws = clauseWords(rc, g);
  return want.every((w) => ws.has(w));
}

/** Folded quantity names, and the folded units that say each. */
const QUANTITIES = UNIT_QUANTITIES.map(([name, units]) => ({ words: foldedWords(name), units: new Set(units.map((u) => fold(u))) }));

/** The wanted words less the name of what the unit measures ("diện tích" for ha): the unit says them. */
function unitSays(want: readonly string[], unit: string | undefined): string[] {
  const u = fold(unit ?? "");
  let out = [...want];
  for (const q of QUANTITIES) {
    if (!q.units.has(u)) continue;
    const at = out.findIndex((w, k) => q.words.every((x, n) => out[k + n] === x));
    if (at >= 0) out = [...out.slice(0, at), ...out.slice(at + q.words.length)];
  }
  return out;
}

/**
 * The words of a named noun past the figure's shorter noun: "đảng viên mới" named, "6.420 đảng viên"
 * → ["mới"] (the new members are another whole than all the members; the figure must say "mới").
 */
function beyondHead(named: Kind, fig: Kind): string[] {
  if (!named.known || !fig.known || named.elided || fig.elided || named.head === fig.head || !named.bases.includes(fig.head)) return [];
  return named.head.split(" ").slice(fig.head.split(" ").length);
}

/**
 * Known kinds whose heads differ and share only a shorter noun: "hộ dân" and "hộ nghèo" (both
 * "hộ"); not one shared classifier ("lượt khám", "lượt người": both "lượt", the same visits).
 */
function siblings(a: Kind, b: Kind): boolean {
  if (!a.known || !b.known || a.elided || b.elided || a.head === b.head) return false;
  if (a.bases.includes(b.head) || b.bases.includes(a.head)) return false;
  return a.bases.some((x) => b.bases.includes(x) && !kindOf(x).elided);
}

/** The words of a figure's clause: its noun, its subject, the words before it and after it up to a separator. */
function clauseWords(rc: RelateCtx, g: Fig, wide = false): Set<string> {
  const s = rc.sentences[g.sent];
  const from = Math.max(s ? s.start : 0, g.start - (wide ? 80 : 60));
  let before = rc.key.slice(from, g.start);
  const cut = lastStop(before, ",;:(");
  if (!wide && cut >= 0) before = before.slice(cut + 1);
  const after = rc.key.slice(g.end, Math.min(s ? s.end : rc.key.length, g.end + 50)).split(/[,;:()]/)[0] ?? "";
  return new Set(foldedWords(`${g.noun} ${g.f.subject ?? ""} ${before} ${after}`));
}
