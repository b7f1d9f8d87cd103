/**
 * Growth: a value, its base, and the change stated as a rate, a multiple or a delta.
 *
 *   "đạt 2.195 tỷ đồng, tăng 35% so với năm 2015 (1.435 tỷ đồng)"        value, rate, base (bracket)
 *   "tăng từ 400 người lên 500 người, tăng 25%"                          base and value from "từ … lên …"
 *   "Năm 2022, tỉnh đón 3,2 triệu lượt khách … Cả năm 2023 … 3,68 triệu lượt khách, tăng 25% so với
 *    năm 2022"                                                           base in an earlier sentence, by its year
 *   "tăng từ 41.250 ha lên 115.500 ha (gấp 3,8 lần)"                     a multiple
 *   "đạt 721,89 điểm, tăng 3,03 điểm (tương đương 4,2%)"                 a delta and its rate
 *   "tăng 11,3 USD, tương đương 0,9%, lên 1.232,1 USD/ounce"             the value after "lên"
 *   "giảm thêm 80 triệu đồng, từ 1,47 tỷ đồng xuống còn 1,39 tỷ đồng, tương đương 5,4%"
 *   "2.480 em, tăng 380 em so với năm học trước (2.150 em)"  a delta alone with its base: growth-delta.ts
 */
import { multipleSites } from "./growth-multiple-sites.js";
import { fold } from "../text/fold.js";
import { named } from "../text/rx.js";
import { cueOf, figMember, firstBareAt, guard, sentenceOf, textMember, type Bare, type Fig, type Rel, type RelateCtx } from "./context.js";
import { anchorOf, basisAfter, glueOnly, gluedGap, lastFigBefore, nextFig, statedAfter, yearOf, type Basis } from "./anchor.js";
import { measureCompatible } from "./kinds.js";
import { lastOfBreakdown, wholeOfList } from "./growth-list.js";
import { leadWords, narrower, otherSubject, subjectWords, WEAK } from "./growth-base.js";
import { nextClauseBase } from "./growth-next.js";
import { namedWhole } from "./share.js";
import { deltas } from "./growth-delta.js";
import type { RelationGrowth, RelationMember } from "../schema.js";
import { timesUp } from "./growth-times.js";
import { fromToAfter } from "./growth-from-after.js";
import { twoWays } from "./growth-ways.js";
import { yearPairs } from "./growth-years.js";
import { subjectYears } from "./growth-subject-year.js";
import { levelAfter } from "./growth-rest-after.js";
import { pairSaysOtherWay } from "./growth-said-twice.js";

type GrowthRel = Omit<RelationGrowth, "id">;

const UP = guard(named("growth.UP", /(?:^|[^\p{L}\p{M}])(?:tăng|cao hơn|tăng trưởng|nhiều hơn|tăng thêm)(?:\s*(?:khoảng|gần|hơn|trên|lên|được|thêm|là|ở mức|tới|đến))?\s*$/u), ["tăng", "hơn"]);
const DOWN = guard(named("growth.DOWN", /(?:^|[^\p{L}\p{M}])(?:giảm|thấp hơn|ít hơn|giảm đi|giảm bớt|sụt giảm)(?:\s*(?:khoảng|gần|hơn|trên|xuống|được|thêm|là|còn|ở mức|tới|đến))?\s*$/u), ["giảm", "hơn"]);
/** "từ 400 người lên 500 người": the text between the two. */
const FROM_TO = named("growth.FROM_TO", /^(?:\s*(?:năm|quí|tháng)\s+[\d/]+)?(?:\s*,)?\s*(?:tăng\s+|giảm\s+)?(?:lên|xuống)(?:\s+(?:còn|mức|khoảng|gần|hơn|trên))?\s*$/u);
/**
 * The words that may follow the rate of a change: "tương đương 4,2% so với …", "…, 2,1% xuống mức
 * …", "0,1% chốt tại …". Any other word names what the percent is of, a share and not the rate.
 */
const RATE_FOLLOWERS = new Set(
  ["so", "lên", "xuống", "còn", "chốt", "đóng", "đạt", "ở", "tại", "mức", "và", "tức", "hay", "hoặc", "trong", "khi", "sau", "nhưng", "là", "từ", "thì", "với", "cùng", "theo", "nhờ", "do", "vì", "chủ", "mỗi"].map((w) => fold(w)),
);
/**
 * After "so với", "trong": a period or a base the change is measured from ("so với cùng kỳ", "trong năm
 * 2023", "so với mức …"); anything else ("so với giá vé", "trong tổng chi phí") is the whole of a share.
 */
const COMPARED = named("growth.COMPARED", /^[\s%]*(?:so\s+với|trong)\s+/u);
const PERIOD_OR_BASE = named("growth.PERIOD_OR_BASE", /^(?:cùng\s+(?:k[iìyỳ]|thời)|(?:nhiệm|học)\s+k[iìyỳ]|khoá|(?:tổng\s+)?số\s+[^,;.()\d]{1,24}?năm\s+\d|năm|k[iìyỳ]|tháng|qu[iíyý]|tuần|ngài|phiên|chốt|lúc|trước|đợt|mức|đầu|cuối|thời|giai\s+đoạn|niên|lần|hôm|vụ|nửa|\d)(?![\p{L}\p{M}])/u);
const CHANGE_NEAR = named("growth.CHANGE_NEAR", /(?:tăng|giảm|thêm|cao hơn|thấp hơn|nhiều hơn|ít hơn)/u);
const FROM = guard(named("growth.FROM", /(?:^|[^\p{L}\p{M}])từ(?:\s+(?:mức|khoảng|gần|hơn|trên))?\s*$/u), ["từ"]);
const GAP = fold("gấp");

export function findGrowth(rc: RelateCtx): Rel[] {
  const out: GrowthRel[] = [];
  const key = rc.key;
  for (const p of rc.figs) {
    if (p.f.kind !== "percent") continue;
    const s = rc.sentences[p.sent];
    const sEnd = s ? s.end : key.length;
    const before = key.slice(Math.max(s ? s.start : 0, p.start - 30), p.start);
    const basis = basisAfter(rc, p.end, sEnd);
    if (basis?.kind === "plan") continue;
    const dir = UP.test(before) || p.rel === "tăng" ? "up" : DOWN.test(before) || p.rel === "giảm" ? "down" : undefined;
    // (the last item of a breakdown before the percent: the whole's or the item's, not told; both
    // are tried, the whole as the value and the item as the other reading, with a base stated)
    const anchor0 = anchorOf(rc, p.i);
    const listEnd = anchor0 && lastOfBreakdown(rc, anchor0);
    const whole = listEnd && basis ? wholeOfList(rc, anchor0, basis, p.sent) : undefined;
    const anchor = listEnd && !whole ? undefined : anchor0;
    // "đạt 520 tỷ đồng, bằng 108,6% so với cùng kỳ": the value as a percent of its base
    const ratio = !dir && anchor && basis ? ratioForm(rc, p, anchor, basis, before) : false;
    // "tăng 3,03 điểm (tương đương 4,2%)", "tăng 20 tỷ đồng (20%)": the rate of a delta
    if (!ratio && (!dir || (anchor && anchor.change))) {
      const d = deltaRate(rc, p, anchor);
      if (d) out.push(d);
      continue;
    }
    let value = anchor;
    let base: Fig | undefined;
    let explicit = false;
    let from: Fig | undefined;
    if (value) {
      from = fromTo(rc, value);
      if (from) {
        base = from;
        explicit = true;
      }
    } else if (dir) {
      // "tăng 6,5% so với đầu năm, từ 4.120 tỷ đồng lên 4.470 tỷ đồng" (growth-from-after.ts)
      // (inferred: a warning; the archive's one case, "giảm 50%, từ 160 … xuống còn 85 …", is a round "half")
      const ft = fromToAfter(rc, p, basis ? basis.end : p.end);
      if (ft) [value, base, from] = [ft.value, ft.base, ft.base];
      // "giảm 8%, còn 920 tỷ đồng so với năm trước (1.000 tỷ đồng)" (growth-rest-after.ts)
      const la = ft || basis ? undefined : levelAfter(rc, p, sEnd);
      if (la) [value, base, explicit] = [la.value, la.base, true];
      // "tăng 12%, từ 248 vụ … xuống còn 218 vụ": the words go both ways, the tie is no guess (growth-said-twice.ts)
      if (ft && pairSaysOtherWay(rc, dir, ft.base, ft.value)) explicit = true;
    }
    if (!base && basis) {
      const g = statedAfter(rc, basis.end, p.sent);
      if (g && (!value || measureCompatible(value.f, g.f, value.kinds, g.kind) === "yes")) {
        base = g;
        explicit = true;
      }
    }
    // "…, tăng 25% so với cùng kỳ; cùng kỳ năm trước thu được 1.180 triệu đồng" (growth-next.ts)
    const next = !base && value && basis ? nextClauseBase(rc, value, p, basis) : undefined;
    if (next) [base, explicit] = [next, true];
    let alts: Fig[] = [];
    if (!base && value && basis?.year) {
      const y = byYear(rc, value, basis.year);
      if (y) [base, alts] = [y.base, y.alts];
    }
    if (!base && value && basis?.year) explicit = false;
    // "Năm 2023, … 175 em, tăng 18,2% so với năm trước": the year before the value's own, when it names one
    // (a guess: inferred, and only for a value of a whole year told of the same thing in the same words)
    let guessed = false;
    if (!base && value && basis && !basis.year && LAST_YEAR.test(basis.text)) {
      const y = yearOf(rc, value);
      const g = y !== undefined && !partOfYear(rc, value) ? byYear(rc, value, y - 1) : undefined;
      if (g && !g.alts.length && sameThing(rc, value, g.base)) {
        base = g.base;
        guessed = true;
      }
    }
    if (base && base.sent !== p.sent && base !== from && !guessed) explicit = true; // matched by year and noun
    const members: RelationMember[] = [];
    // (after a list of parts: the whole as the value, its last part as the other reading)
    if (value && whole) members.push(figMember(rc, "value", whole), figMember(rc, "value-alt", value));
    else if (value) members.push(figMember(rc, "value", value));
    if (base) members.push(figMember(rc, "base", base, basis ? { label: basis.text } : {}));
    for (const g of alts) members.push(figMember(rc, "base-alt", g, basis ? { label: basis.text } : {}));
    members.push(figMember(rc, "rate", p));
    const missing = [...(value ? [] : ["value"]), ...(base ? [] : ["base"])];
    out.push({
      kind: "growth",
      certainty: explicit || !base ? "explicit" : "inferred",
      cue: basis ? cueOf(rc, basis.start, basis.end) : relationCue(rc, p, before),
      members,
      ...(missing.length ? { missing } : {}),
      rule: ratio ? "relate.growth.ratio" : from ? "relate.growth.from-to" : next ? "relate.growth.next-clause" : base && base.sent !== p.sent ? "relate.growth.by-year" : "relate.growth.rate",
      direction: dir ?? (p.f.value >= 100 ? "up" : "down"),
      measure: ratio ? "ratio" : "rate",
      ...(basis ? { basis: basis.text } : {}),
    });
  }
  // "Năm 2023 … 64 …, năm 2022 … 58 …, tăng 6 …": the later year's figure the value (growth-years.ts)
  yearPairs(rc, out);
  // "…; năm 2023 tăng 10% so với năm 2022 (…)": the value of the year the clause names (growth-subject-year.ts)
  subjectYears(rc, out);
  out.push(...multiples(rc), ...timesUp(rc), ...twoWays(rc));
  // an amount of change with its base stated ("tăng 380 em so với năm học trước (2.150 em)"), of
  // figures no relation above took
  const taken = new Set<string>();
  for (const r of out) for (const m of r.members) if (m.figure) taken.add(m.figure);
  const used = new Set<Fig>();
  for (const g of rc.figs) if (taken.has(g.f.id)) used.add(g);
  out.push(...deltas(rc, used));
  return out;
}

/**
 * "bằng 108,6% so với cùng kỳ", "chỉ bằng 32,5% năm trước", "đạt 70% so với năm 2016": no word of
 * change before the percent, only "bằng"/"đạt", and a basis that is an earlier period: the value
 * as a percent of its base. Not "bằng 106% kế hoạch" (a plan: no base basis), "bằng 36% tổng số"
 * (no period), nor a rate of growth told with "đạt" ("…, tăng trưởng đạt 7,5% so với năm 2023",
 * "tốc độ tăng … chỉ đạt 6,7% so cùng kỳ"): a word of change between the value and the percent.
 */
const RATIO_BEFORE = guard(named("growth.RATIO_BEFORE", /(?:^|[^\p{L}\p{M}])(?:bằng|đạt)(?:\s+(?:khoảng|gần|hơn|trên|xấp\s+xỉ|được|mức|ở\s+mức))?\s*$/u), ["bằng", "đạt"]);
const CHANGE_BETWEEN = named("growth.CHANGE_BETWEEN", /(?:^|[^\p{L}\p{M}])(?:tăng|giảm|vượt|cao\s+hơn|thấp\s+hơn|nhiều\s+hơn|ít\s+hơn|tốc\s+độ|chiếm|lãi\s+suất|tỉ\s+lệ|tỉ\s+trọng)(?![\p{L}\p{M}])/u);
/** A basis of one period that is no period: "tháng lương" (a month's pay), "quý tiền". */
const NOT_A_PERIOD = named("growth.NOT_A_PERIOD", /^(?:tháng|qu[ýí])\s+(?![\dIVXivx]|trước|này|cùng)/u);
function ratioForm(rc: RelateCtx, p: Fig, value: Fig, basis: Basis, before: string): boolean {
  if (basis.kind !== "base" || value.change || NOT_A_PERIOD.test(basis.text) || !RATIO_BEFORE.test(before)) return false;
  // (the stretch from the value to the percent, and from the percent to its basis: only glue)
  return !CHANGE_BETWEEN.test(rc.key.slice(value.end, p.start)) && !CHANGE_BETWEEN.test(rc.key.slice(p.end, basis.start));
}

/** "từ X lên Y" before Y: X. */
export function fromTo(rc: RelateCtx, value: Fig): Fig | undefined {
  const x = rc.figs[value.i - 1];
  if (!x || x.sent !== value.sent || measureCompatible(x.f, value.f, x.kinds, value.kind) !== "yes") return undefined;
  // between the two: X's own noun ("từ 18.500 con lên"), a year, then "lên/xuống"
  if (!FROM_TO.test(rc.key.slice(x.end, value.n0)) && !FROM_TO.test(rc.key.slice(x.n1, value.n0).replace(/^\s*(?:[\p{L}\p{M}]+\s+){1,3}?(?=(?:tăng\s+|giảm\s+)?(?:lên|xuống)\b)/u, " "))) return undefined;
  return FROM.test(rc.key.slice(Math.max(0, x.start - 16), x.n0)) ? x : undefined;
}

/**
 * A base in an earlier sentence that speaks of the basis year, counting the same thing. Of several,
 * the one told in the value's words ("Năm 2023, tổng dư nợ đạt 8.200 tỷ đồng, nợ xấu 120 tỷ đồng.
 * Năm 2024, tổng dư nợ đạt 9.100 tỷ đồng, bằng 111% so với năm 2023" → 8.200); none when two fit
 * as well, nor one that names another place ("huyện Đông Anh … 300 tỷ đồng" for "huyện Sóc Sơn").
 */
function byYear(rc: RelateCtx, value: Fig, year: number): { base: Fig; alts: Fig[] } | undefined {
  if (yearOf(rc, value) === year) return undefined;
  const found: Fig[] = [];
  for (let j = value.i - 1; j >= 0 && j >= value.i - 25; j--) {
    const g = rc.figs[j]!;
    if (g.sent < value.sent - 4) break;
    if (g.f.kind === "percent" || g.change || measureCompatible(value.f, g.f, value.kinds, g.kind) !== "yes") continue;
    // a count: the same head, or the same noun after the number ("bệnh viện điều trị nội trú 19.400 lượt" / "điều trị nội trú 18.200 lượt")
    if (value.f.kind === "count" && !g.kind.bases.some((b) => value.kind.bases.includes(b)) && !(g.kind.elided && value.f.noun && g.f.noun && fold(value.f.noun) === fold(g.f.noun))) continue;
    // an amount: the same subject ("doanh thu", "lợi nhuận sau thuế")
    if (value.f.kind !== "count" && !sameSubject(value.f.subject, g.f.subject)) continue;
    if (yearOf(rc, g) === year && !narrower(rc, value, g)) found.push(g);
  }
  if (!found.length) return undefined;
  const v = subjectWords(rc, value);
  let best: Fig | undefined;
  let bestScore = -1;
  // (a tie of different values: each is tried, the nearest first)
  let tied: Fig[] = [];
  for (const g of found) {
    const w = subjectWords(rc, g);
    // (another body or place: growth-base.ts otherSubject)
    if (otherSubject(v, w)) continue;
    let both = 0;
    for (const x of w.words) if (v.words.has(x)) both++;
    const all = v.words.size + w.words.size - both;
    const score = all ? both / all : 1;
    if (score > bestScore + 1e-9) [best, bestScore, tied] = [g, score, []];
    else if (score > bestScore - 1e-9 && best && g.f.value !== best.f.value && !tied.some((t) => t.f.value === g.f.value)) tied.push(g);
  }
  return best ? { base: best, alts: tied } : undefined;
}

/** "6 tháng đầu năm 2023, doanh thu đạt 600 tỷ đồng", "quý I", "đến ngày 30/9": the value's clause speaks of part of a year. */
const PART_OF_YEAR = named("growth.PART_OF_YEAR", /(?:^|[^\p{L}\p{M}])(?:\d+\s+tháng|tháng\s+\d|qu[ýí]\s|đến\s+ngài|học\s+k[ỳì]|luĩ\s+kế|từ\s+đầu\s+năm)/u);
function partOfYear(rc: RelateCtx, value: Fig): boolean {
  const s = rc.sentences[value.sent];
  return PART_OF_YEAR.test(rc.key.slice(s ? s.start : Math.max(0, value.start - 200), value.start));
}

/**
 * A base of "so với năm trước" found by year only when it counts the same thing: the same noun (a
 * count) or a subject within the other's (an amount: not "thu ngân sách" for "chi ngân sách"), and a
 * clause that shares a word ("Đảng bộ có 5.100 đảng viên" is no base of "kết nạp 175 đảng viên").
 */
function sameThing(rc: RelateCtx, value: Fig, base: Fig): boolean {
  if (value.f.kind === "count") {
    if (!value.f.noun || !base.f.noun || fold(value.f.noun) !== fold(base.f.noun)) return false;
  } else {
    const words = (x: string | undefined) => new Set(fold(x ?? "").split(/\s+/).filter((w) => w && !WEAK.has(w)));
    const [a, b] = [words(value.f.subject), words(base.f.subject)];
    if (!a.size || !b.size || !([...a].every((w) => b.has(w)) || [...b].every((w) => a.has(w)))) return false;
  }
  const lb = leadWords(rc, base);
  return [...leadWords(rc, value)].some((w) => lb.has(w));
}

/** A number and the word after it, whether or not it is a figure. */
interface Q {
  value: number;
  start: number;
  end: number;
  unit: string;
  fig?: Fig;
  bare?: Bare;
}

function qOf(rc: RelateCtx, g: Fig): Q {
  const unit = g.f.kind === "money" ? `money:${g.f.currency}` : g.f.kind === "measure" ? `unit:${fold(g.f.unit ?? "")}` : g.f.kind === "count" ? `count:${g.kind.head}` : "percent";
  return { value: g.negative ? -g.f.value : g.f.value, start: g.start, end: g.end, unit, fig: g };
}

/**
 * Whether `q` counts people and the change `d` counts them as "người" (one measure under two nouns),
 * `q` the first count of people in its sentence ("3.846 lao động, trong đó 1.200 lao động nữ, tăng
 * 412 người": the change may be the whole's, so not the part's).
 */
function peopleByNguoi(rc: RelateCtx, q: Q, d: Q): boolean {
  const g = q.fig;
  if (!g || !d.fig || g.f.kind !== "count" || d.fig.f.kind !== "count" || !g.kind.people || d.fig.kind.head !== NGUOI) return false;
  for (let k = g.i - 1; k >= 0 && rc.figs[k]!.sent === g.sent; k--) if (rc.figs[k]!.f.kind === "count" && rc.figs[k]!.kind.people) return false;
  return true;
}
const NGUOI = fold("người");

/** Numbers (figures and bare numbers) in key[from, to), in order. */
function numbersIn(rc: RelateCtx, from: number, to: number): Q[] {
  const out: Q[] = [];
  for (let g = nextFig(rc, from); g && g.start < to; g = rc.figs[g.i + 1]) out.push(qOf(rc, g));
  for (const b of bareIn(rc, from, to)) out.push({ value: b.value, start: b.n0, end: b.n1, unit: `word:${b.word}`, bare: b });
  return out.sort((a, b) => a.start - b.start);
}

function bareIn(rc: RelateCtx, from: number, to: number): Bare[] {
  const bs = rc.bare;
  const lo = firstBareAt(rc, from);
  const out: Bare[] = [];
  for (let i = lo; i < bs.length && bs[i]!.n0 < to; i++) out.push(bs[i]!);
  return out;
}

function qMember(rc: RelateCtx, role: string, q: Q): RelationMember {
  if (q.fig) return figMember(rc, role, q.fig);
  const end = q.bare ? q.end + (q.bare.word ? rc.key.slice(q.end).indexOf(q.bare.word) + q.bare.word.length : 0) : q.end;
  return textMember(rc, role, q.start, end, { value: q.value });
}

/**
 * A percent stated for a change: "tăng 3,03 điểm (tương đương 4,2%)". The value is before the
 * delta ("đạt 721,89 điểm, tăng 3,03 điểm") or after the percent ("…, lên 1.232,1 USD"), or a
 * "từ … xuống …" pair beside it.
 */
function deltaRate(rc: RelateCtx, p: Fig, anchor: Fig | undefined): GrowthRel | undefined {
  const key = rc.key;
  // "bằng 6,28% GDP", "chiếm 17,56% diện tích": a share of something else, not the rate of the change
  if (namedWhole(rc, p) || /chiếm[^,;]{0,12}$/u.test(key.slice(Math.max(0, p.start - 16), p.start))) return undefined;
  // "tăng 920,4 đồng, tương ứng tỷ lệ 0,037% vé máy bay": a word after the percent names what it is of
  const next = /^[\s%]*([\p{L}\p{M}]+)/u.exec(key.slice(p.end, p.end + 24));
  if (next && !RATE_FOLLOWERS.has(fold(next[1]!))) return undefined;
  // "tương ứng 0,037% so với giá vé máy bay", "tương đương 0,8% trong tổng chi phí": a share of a whole
  const compared = COMPARED.exec(key.slice(p.end, p.end + 60));
  if (compared && !PERIOD_OR_BASE.test(key.slice(p.end + compared[0].length, p.end + compared[0].length + 48))) return undefined;
  const s = rc.sentences[p.sent];
  const sStart = s ? s.start : 0;
  const sEnd = s ? s.end : key.length;
  // the delta first (cheap): the number right before the percent, after "tăng/giảm/thêm"
  if (!CHANGE_NEAR.test(key.slice(Math.max(sStart, p.start - 90), p.start))) return undefined;
  const near = numbersIn(rc, Math.max(sStart, p.start - 60), p.start);
  const d0 = anchor && anchor.change ? near.find((q) => q.fig === anchor) : near[near.length - 1];
  if (!d0 || d0.unit === "percent") return undefined;
  const dBefore0 = key.slice(Math.max(sStart, d0.start - 24), d0.start);
  if (!UP.test(dBefore0) && !DOWN.test(dBefore0)) return undefined;
  const win = numbersIn(rc, Math.max(sStart, p.start - 220), Math.min(sEnd, p.end + 80));
  const pi = win.findIndex((q) => q.fig === p);
  // the delta: right before the percent, after "tăng/giảm/thêm", glued by "tương đương", "(", ","
  const d = anchor && anchor.change ? win.find((q) => q.fig === anchor) : win[pi - 1];
  if (!d || d.unit === "percent") return undefined;
  const dBefore = key.slice(Math.max(sStart, d.start - 24), d.start);
  const up = UP.test(dBefore) || /(?:^|[^\p{L}\p{M}])tăng\s+thêm\s*$/u.test(dBefore);
  const down = DOWN.test(dBefore);
  if (!up && !down) return undefined;
  let dGap = key.slice(d.end, p.start);
  if (d.bare?.word) dGap = dGap.replace(d.bare.word, " ");
  // "tăng 1.300 em so với năm học trước, tương đương tăng 7,2%": the basis named between, the direction said again
  // (or in the bracket: "giảm 220 tấn (giảm 8,5%)")
  dGap = dGap.replace(/^\s*so\s+với\s+[^,;()%]{1,40}(?=,)/u, "").replace(/([\s(])(?:tăng|giảm)\s*$/u, "$1");
  if (!/^\s*[,(]?\s*(?:tương\s+(?:đương|ứng)|tức|hai|hoặc|bằng|khoảng)?(?:\s+(?:với|là|mức|tỉ\s+lệ))?\s*$/u.test(dGap)) return undefined;
  // the value and base
  let value: Q | undefined;
  let base: Q | undefined;
  const after = win.slice(pi + 1).find((q) => q.unit === d.unit);
  const afterGap = after ? key.slice(p.end, after.start) : "";
  if (after && /^[\s%),]*(?:,\s*)?(?:lên|xuống|còn|đạt|chốt\s+(?:tại|ở)|ở|đóng\s+cửa\s+(?:tại|ở))(?:\s+(?:còn|mức))?\s*$/u.test(afterGap)) value = after;
  // "từ 1,47 tỷ đồng xuống còn 1,39 tỷ đồng" between the delta and the percent
  const mid = win.slice(win.indexOf(d) + 1, pi).filter((q) => q.unit === d.unit);
  if (!value && mid.length === 2 && FROM.test(key.slice(Math.max(0, mid[0]!.start - 12), mid[0]!.start)) && /(?:lên|xuống)/u.test(key.slice(mid[0]!.end, mid[1]!.start))) {
    base = mid[0];
    value = mid[1];
  }
  if (!value) {
    // ("3.846 lao động, tăng 412 người": people counted by another noun, the change by "người")
    let v = win.slice(0, win.indexOf(d)).reverse().find((q) => q.unit === d.unit || peopleByNguoi(rc, q, d));
    // "71.641 tỷ đồng (trong đó doanh thu thuần đạt 70.089 tỷ đồng), tăng 2.475 tỷ đồng": not the one in the bracket
    if (v && key.slice(v.end, d.start).includes(")")) {
      const open = key.lastIndexOf("(", v.start);
      v = open >= 0 ? win.slice(0, win.indexOf(v)).reverse().find((q) => q.unit === d.unit && q.end <= open) : undefined;
    }
    let gapText = key.slice(v?.end ?? 0, d.start);
    if (v?.bare && v.bare.word) gapText = gapText.replace(v.bare.word, " ");
    if (v && glueOnly(gapText.replace(/,/g, " "))) {
      value = v;
      // "giảm từ 401 xuống còn 208 đơn vị, giảm 121 đơn vị (30,2%)": the base is stated too
      const k = win.indexOf(v);
      const x = win[k - 1];
      if (x && FROM.test(key.slice(Math.max(0, x.start - 16), x.start)) && /^\s*(?:[\p{L}\p{M}]+\s*)?(?:lên|xuống)(?:\s+(?:còn|mức))?\s*$/u.test(key.slice(x.end, v.start).replace(/^\s*[\p{L}\p{M}/]+(?=\s+(?:lên|xuống))/u, ""))) base = x;
    }
  }
  const dir = up ? "up" : "down";
  const members: RelationMember[] = [];
  if (value) members.push(qMember(rc, "value", value));
  if (base) members.push(qMember(rc, "base", base));
  members.push(qMember(rc, "delta", d), figMember(rc, "rate", p));
  return {
    kind: "growth",
    certainty: "explicit",
    cue: cueOf(rc, d.start - dBefore.length + Math.max(0, dBefore.search(/\p{L}/u)), d.start),
    members,
    ...(value ? {} : { missing: ["value"] }),
    rule: "relate.growth.delta",
    direction: dir,
    measure: "delta-rate",
  };
}

/** A basis that is the year before: "so với năm trước", "so với năm ngoái" (not "cùng kỳ năm trước": a part of a year). */
const LAST_YEAR = named("growth.LAST_YEAR", /^năm\s+(?:trước|ngoái)$/iu);

/**
 * Between the value and "gấp": its year, brackets, commas, a linking word. (Was
 * /^\s*(?:năm\s+\d{4}\s*)?[\s(,]*…$/u: the two loops on spaces were quadratic on a long run of
 * them, 2.2 s for 40,000; the same strings, the spaces before the year inside the optional group.)
 */
const MULTIPLE_GAP = named("relate.multiple-gap", /^(?:\s*năm\s+\d{4})?[\s(,]*(?:tức\s+|tương\s+đương\s+|tăng\s+|bằng\s+)?$/u);

/** "từ 3 sao trở lên", "từ 5 năm trở xuống": a threshold, not an amount. */
const THRESHOLD_BEFORE = named("growth.THRESHOLD_BEFORE", /(?:^|[^\p{L}\p{M}])từ\s+$/u);
const THRESHOLD_AFTER = named("growth.THRESHOLD_AFTER", /^[^,;.()]{0,12}?trở\s+(?:lên|xuống)/u);

/** "tăng từ 41.250 ha lên 115.500 ha (gấp 3,8 lần)", "đạt 56.150 tấn, gấp 4,5 lần năm 2013 (12.480 tấn)", "tăng gấp rưỡi". */
function multiples(rc: RelateCtx): GrowthRel[] {
  const out: GrowthRel[] = [];
  const key = rc.key;
  for (const b of multipleSites(rc)) {
    const cueStart = b.cueStart;
    const j = lastFigBefore(rc, cueStart);
    let y = j >= 0 ? rc.figs[j] : undefined;
    if (!y || y.f.kind === "percent" || y.sent !== sentenceOf(rc, b.n0)) continue;
    let gapFrom = y.end;
    // "132 sản phẩm đạt từ 3 sao trở lên, gấp 3,5 lần": a threshold qualifies the noun before it, the amount is that one
    const x0 = rc.figs[j - 1];
    if (x0 && x0.sent === y.sent && THRESHOLD_BEFORE.test(key.slice(Math.max(x0.end, y.start - 8), y.start)) && THRESHOLD_AFTER.test(key.slice(y.n1, y.end + 12)) && !/[,;.()]/.test(key.slice(x0.end, y.start))) {
      gapFrom = y.end + (THRESHOLD_AFTER.exec(key.slice(y.end, y.end + 12))?.[0].length ?? 0);
      y = x0;
    }
    const gap = key.slice(gapFrom, cueStart);
    // (the year of the value may stand between: "lên 6.290 tỉ đồng năm 2023, gấp 3,4 lần")
    // (or its noun phrase running on, then a comma: "có 46 học sinh đạt giải cấp tỉnh, gấp 3 lần"; not
    // "thương mại hai nước đã tăng gần gấp 3 lần", no comma)
    if (!MULTIPLE_GAP.test(gap) && !(gap.includes(",") && gluedGap(gap, true))) continue;
    let base = fromTo(rc, y);
    if (!base) {
      const basis = basisAfter(rc, b.end, rc.sentences[y.sent]?.end ?? key.length);
      const x = basis ? statedAfter(rc, basis.end, y.sent) : undefined;
      if (x && measureCompatible(y.f, x.f, y.kinds, x.kind) === "yes") base = x;
    }
    const members: RelationMember[] = [figMember(rc, "value", y)];
    if (base) members.push(figMember(rc, "base", base));
    // "gấp hơn 3 lần", "gấp gần 3 lần": the qualifier belongs to the member
    const q = /(?:hơn|trên|gần|khoảng|xấp\s+xỉ)\s*$/u.exec(key.slice(cueStart + GAP.length, b.n0));
    const m0 = q ? b.n0 - (key.slice(cueStart + GAP.length, b.n0).length - q.index) : b.n0;
    members.push(textMember(rc, "multiple", m0, b.end, { value: b.value }));
    out.push({
      kind: "growth",
      certainty: "explicit",
      cue: cueOf(rc, cueStart, cueStart + GAP.length),
      members,
      ...(base ? {} : { missing: ["base"] }),
      rule: "relate.growth.multiple",
      direction: "up",
      measure: "multiple",
    });
  }
  return out;
}


/** The relation word before a percent ("tăng", "giảm", "cao hơn"), as the cue. */
function relationCue(rc: RelateCtx, p: Fig, before: string) {
  const m = /(?:tăng trưởng|tăng|giảm|cao hơn|thấp hơn|nhiều hơn|ít hơn|sụt giảm)(?!.*(?:tăng|giảm|hơn))/u.exec(before);
  const at = m ? p.start - before.length + m.index : p.start;
  return cueOf(rc, at, m ? at + m[0].length : p.end);
}

/** Whether two subjects share a content word ("lợi nhuận sau thuế" / "lợi nhuận"). */
export function sameSubject(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const wa = new Set(fold(a).split(/\s+/).filter((w) => !WEAK.has(w)));
  return fold(b)
    .split(/\s+/)
    .some((w) => !WEAK.has(w) && wa.has(w));
}
