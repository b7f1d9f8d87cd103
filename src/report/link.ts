/**
 * Link figures to what they are about, what they are compared with, and the breakdown they
 * belong to. Works sentence by sentence (ctx.sentences); never links across a caption.
 *
 *   "doanh thu ước đạt 3,247 tỉ đồng (đạt 217% so với kế hoạch)"
 *       money   subject "doanh thu", estimated
 *       percent refersTo the money, comparison { relation "đạt", basis "kế hoạch" }
 *   "đạt 3 tỷ đồng, bằng 150% kế hoạch 2 tỷ đồng"
 *       percent refersTo "3 tỷ đồng", comparison.basisFigure "2 tỷ đồng"
 *   "tăng từ 100 tỷ đồng lên 120 tỷ đồng (tăng 20%)"  → basisFigure "100 tỷ đồng"
 *   "03 nhiệm vụ (trong đó có 02 … và 01 …)"          → parent/children, breakdown partial
 *       (exhaustive when the parts add up to the whole)
 *   "5.204 tỷ đồng gồm 2.982 tỷ đồng …, 2.078 tỷ đồng … và 144 tỷ đồng …" → exhaustive
 *   "… là 35,1 tỉ đồng. Trong đó A là 866 triệu đồng; …" → the whole ends the sentence before
 */
import type { Ctx, FigureHit } from "../recognize/types.js";
import type { Figure, Relation } from "../schema.js";
import { sentenceStartingBefore } from "../text/segment.js";
import { L as LS, R as RS, named, rx, words } from "../text/rx.js";
import { fold } from "../text/fold.js";
import {
  BASIS_WORDS,
  ESTIMATE_WORDS,
  EXHAUSTIVE_MARKERS,
  PARTIAL_MARKERS,
  PERCENT_GLUE,
  RELATION_WORDS,
  SUBJECT_TRIM,
} from "../lexicon/compare.js";

/** A non-global copy, for test/exec on short slices (no lastIndex to carry over). */
const one = (re: RegExp) => new RegExp(re.source, re.flags.replace("g", ""));
const L = new RegExp(LS, "u");
const R = new RegExp(RS, "u");
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
/** Between a basis and the figure that states it: "kế hoạch (năm 2022) đề ra là 2 tỷ đồng", "cùng kỳ (100 tỷ)". */
const BASIS_GAP = one(named("link.basis-gap", rx`^(?:\s*(?:năm(?:\s+(?:\d{4}|nay|này))?|đề\s+ra|được\s+giao|giao|là|của|mức|trước|ngoái|:|\())*\s*$`));
/** "từ X lên Y": the text between X and Y. */
const FROM_TO_GAP = one(named("link.from-to", rx`^\s*(?:(?:năm|quý|tháng)\s+[\d/]+\s*)?(?:tăng\s+|giảm\s+)?(?:lên|xuống|còn)(?:\s+(?:còn|mức|khoảng|gần|hơn|trên))?\s*$`));
const FROM_BEFORE = one(named("link.from", rx`${L}từ(?:\s+(?:mức|khoảng|gần|hơn|trên))?\s*$`));
const ESTIMATE = one(named("link.estimate", rx`${L}${ESTIMATE_WORDS}${R}`));
const GLUE = named("link.glue", rx`${L}${PERCENT_GLUE}${R}`);
const TRIM = words(SUBJECT_TRIM);
/** A subject stops before a preposition or time phrase: "doanh thu trong 6 tháng đầu năm". */
const SUBJECT_STOP = one(named("link.subject-stop", rx`\s(?:trong|tại|ở|của|năm|tháng|quý|từ|so\s+với|đến|tính\s+đến|sau|lên|xuống)${R}`));
const CLAUSE_CUT = /[,;:()\n]/g;
const CHANGE = new Set(["vượt", "tăng", "giảm", "còn"]);
/** Words after which the subject starts again: "Tập đoàn đã giảm chi phí …" → "chi phí". */
const RESTART = words(["đã", "được", "sẽ", "đang", "vẫn", "cũng", "cho biết", "nói", "phấn đấu", "là"]);
const MARKER = named("link.marker", rx`${L}(?<m>${[...EXHAUSTIVE_MARKERS, ...PARTIAL_MARKERS]})${R}`);
const EXHAUSTIVE = words(EXHAUSTIVE_MARKERS);
const LAST_AND = one(named("link.and", rx`${L}(?:và|cùng)(?:\s+(?:có|gần|hơn|trên|khoảng))?\s*$`));

/** Fill subject, comparison, refersTo, parent/children, breakdown and estimated on the figures. */
export function linkFigures(ctx: Ctx, hits: FigureHit[], figures: Figure[]): Figure[] {
  if (hits.length !== figures.length || !figures.length) return figures;
  const { doc, sentences } = ctx;
  const key = doc.key;
  const sent = hits.map((h) => sentenceStartingBefore(sentences, h.start));
  const num0 = (h: FigureHit) => h.numStart ?? h.start;
  /** Start of the text that may speak about figure i: its sentence, after the previous figure. */
  const clauseFrom = (i: number) => {
    const s = sentences[sent[i]!];
    let from = s ? s.start : 0;
    if (i > 0 && sent[i - 1] === sent[i]) from = Math.max(from, hits[i - 1]!.end);
    return Math.min(from, num0(hits[i]!));
  };
  const sentEnd = (i: number) => sentences[sent[i]!]?.end ?? key.length;
  const index = new Map(figures.map((f, i) => [f.id, i]));
  const at = (id: string | undefined) => (id === undefined ? -1 : (index.get(id) ?? -1));

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
    if (rel || basis) f.comparison = { ...f.comparison, ...(rel ? { relation: rel } : {}), ...(basis ? { basis } : {}) };
    if (!f.estimated) {
      const clause = lastClause(key, from, num0(h));
      ESTIMATE.lastIndex = 0;
      if (ESTIMATE.test(key.slice(clause, num0(h)))) f.estimated = true;
      ESTIMATE.lastIndex = 0;
    }
  });

  // 2. the figure a percent is stated for
  hits.forEach((h, i) => {
    const f = figures[i]!;
    if (f.kind !== "percent") return;
    const j = i - 1;
    if (j >= 0 && sent[j] === sent[i] && figures[j]!.kind !== "percent") {
      const gap = key.slice(hits[j]!.end, num0(h));
      // "3 tỷ đồng, bằng 150%" — or a parenthesis opened in the figure's clause: "45/60 học sinh đỗ (tỉ lệ 75%)"
      const paren = gap.lastIndexOf("(");
      if (isGlue(gap) || (paren >= 0 && gap.length <= 60 && !/[,;.:()]/.test(gap.slice(0, paren)) && isGlue(gap.slice(paren + 1)))) {
        f.refersTo = figures[j]!.id;
        return;
      }
    }
    const k = i + 1;
    if (k < hits.length && sent[k] === sent[i] && figures[k]!.of !== undefined && /^[\s%]*\(?\s*$/.test(key.slice(h.end, hits[k]!.start)))
      f.refersTo = figures[k]!.id;
  });

  // 3. the figure a comparison is made against
  hits.forEach((h, i) => {
    const f = figures[i]!;
    const c = f.comparison;
    if (!c || c.basisFigure) return;
    const target = f.refersTo ? at(f.refersTo) : f.kind === "percent" ? -1 : i;
    // "… so với kế hoạch (năm 2022) là 2 tỷ đồng"
    if (c.basis) {
      const m = BASIS_AFTER.exec(key.slice(h.end, Math.min(sentEnd(i), h.end + 60)));
      const k = i + 1;
      if (m && k < hits.length && sent[k] === sent[i] && BASIS_GAP.test(key.slice(h.end + m[0].length, hits[k]!.start)) && sameMeasure(figures[k]!, target >= 0 ? figures[target]! : undefined)) {
        c.basisFigure = figures[k]!.id;
        return;
      }
      // "Kế hoạch năm là 2 tỷ đồng; thực hiện 3 tỷ đồng, đạt 150% kế hoạch"
      const core = fold(c.basis).split(" ").slice(0, 2).join(" ");
      for (let k2 = target - 1; k2 >= 0 && sent[k2] === sent[i]; k2--) {
        if (!sameMeasure(figures[k2]!, figures[target]!)) continue;
        const lead = key.slice(Math.max(lastClause(key, clauseFrom(k2), num0(hits[k2]!)), hits[k2]!.start - 40), hits[k2]!.start);
        if (lead.includes(core)) {
          c.basisFigure = figures[k2]!.id;
          return;
        }
      }
    }
    // "từ 100 tỷ đồng lên 120 tỷ đồng"
    if (target >= 1 && sent[target - 1] === sent[target] && sameMeasure(figures[target - 1]!, figures[target]!)) {
      const x = hits[target - 1]!;
      if (FROM_TO_GAP.test(key.slice(x.end, num0(hits[target]!))) && FROM_BEFORE.test(key.slice(Math.max(0, num0(x) - 20), num0(x)))) {
        FROM_BEFORE.lastIndex = 0;
        c.basisFigure = figures[target - 1]!.id;
      }
      FROM_BEFORE.lastIndex = 0;
    }
  });

  // 4. subjects
  hits.forEach((h, i) => {
    const f = figures[i]!;
    if (f.subject) return;
    if (f.kind === "count" && f.noun) {
      f.subject = f.noun;
      return;
    }
    const phrase = subjectBefore(doc.norm, key, lastClause(key, clauseFrom(i), num0(h)), num0(h));
    if (phrase) f.subject = phrase;
  });
  figures.forEach((f) => {
    if (f.kind === "percent" && f.refersTo) {
      const t = figures[at(f.refersTo)];
      if (t?.subject) f.subject = t.subject;
    }
  });

  // 5. breakdowns
  linkBreakdowns(ctx, hits, figures, sent);
  return figures;
}

function relationIn(before: string): Relation | undefined {
  RELATION_BEFORE.lastIndex = 0;
  const m = RELATION_BEFORE.exec(before);
  RELATION_BEFORE.lastIndex = 0;
  const w = m?.groups?.rel;
  return w ? RELATION_OF.get(w.replace(/\s+/g, " ")) : undefined;
}

/** Only comparison words between a figure and a percent: ", bằng ", " (đạt ", ", chiếm tỉ lệ ". */
function isGlue(gap: string): boolean {
  if (gap.length > 40 || /[.;]\s|\)/.test(gap)) return false;
  GLUE.lastIndex = 0;
  const rest = gap.replace(GLUE, " ");
  return !/[\p{L}]/u.test(rest);
}

/** Counts of people add up whatever they are called: "40 cán bộ, gồm 10 tiến sĩ, 20 thạc sĩ …". */
const PEOPLE = new Set(["personnel", "training"]);

/** Two figures that can be compared or added: same kind, currency and unit (counts: category). */
function sameMeasure(a: Figure, b: Figure | undefined): boolean {
  if (!b) return a.kind !== "percent";
  if (a.kind === "count" && a.category && b.category && a.category !== b.category && !(PEOPLE.has(a.category) && PEOPLE.has(b.category))) return false;
  return a.kind === b.kind && a.currency === b.currency && a.unit === b.unit && !a.per === !b.per;
}

/** First word of a count's noun ("lượt công dân" → "lượt"). */
function head(f: Figure): string {
  return fold(f.noun ?? "").split(/\s+/)[0] ?? "";
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

/** "doanh thu ước đạt " → "doanh thu"; "tổng doanh thu trong 6 tháng đầu năm là " → "tổng doanh thu". */
function subjectBefore(norm: string, key: string, from: number, to: number): string | undefined {
  const base = Math.max(from, to - 80);
  const toks: { s: number; e: number; w: string }[] = [];
  const re = /[\p{L}\p{M}\p{N}]+/gu;
  const slice = key.slice(base, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) toks.push({ s: base + m.index, e: base + m.index + m[0].length, w: m[0] });
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
  const ws = text.split(" ");
  return ws.length > 6 ? ws.slice(0, 6).join(" ") : text;
}

interface Group {
  parent: number;
  exhaustive: boolean;
  children: number[];
}

/**
 * Breakdowns: a marker ("trong đó", "gồm", …) after a figure opens a group; the figures of the
 * same measure that follow, at the same parenthesis depth and in the same sentence, are its
 * parts, until the parenthesis closes, the sentence ends or the part after "và" is read.
 */
/** How far after "trong đó", "gồm" … the parts of a breakdown are looked for. */
const MAX_LIST_CHARS = 2000;

function linkBreakdowns(ctx: Ctx, hits: FigureHit[], figures: Figure[], sent: number[]): void {
  const { doc, sentences } = ctx;
  const key = doc.key;
  const groups: Group[] = [];
  MARKER.lastIndex = 0;
  const markers: { at: number; end: number; exhaustive: boolean }[] = [];
  let m: RegExpExecArray | null;
  while ((m = MARKER.exec(key))) markers.push({ at: m.index, end: m.index + m[0].length, exhaustive: EXHAUSTIVE.has(m.groups!.m!) });
  MARKER.lastIndex = 0;
  if (!markers.length) return;

  let mi = 0;
  for (const mk of markers) {
    // parent: the last non-percent figure before the marker, in the same sentence or, when the
    // marker opens its sentence, at the end of the sentence before (not a caption)
    while (mi < hits.length && hits[mi]!.end <= mk.at) mi++;
    const si = sentenceStartingBefore(sentences, mk.at);
    if (si < 0) continue;
    const s = sentences[si]!;
    if (s.caption) continue;
    let p = -1;
    for (let j = mi - 1; j >= 0 && mk.at - hits[j]!.end <= 100; j--) {
      // not a percent, a rate ("500.000đ/suất") or an aside in parentheses closed before the marker
      if (figures[j]!.kind === "percent" || figures[j]!.per || figures[j]!.range) continue;
      if (parenDepthFrom(key, hits[j]!.end, mk.at, 0) < 0 || /\)/.test(key.slice(hits[j]!.end, mk.at)) && !/\(/.test(key.slice(hits[j]!.end, mk.at))) continue;
      const opensSentence = /^[\s"“(]*$/.test(key.slice(s.start, mk.at));
      const prev = sentences[si - 1];
      if (sent[j] === si || (opensSentence && sent[j] === si - 1 && prev && !prev.caption)) p = j;
      break;
    }
    if (p < 0 || mi >= hits.length) continue;
    const g: Group = { parent: p, exhaustive: mk.exhaustive, children: [] };
    let d = 0;
    let pos = mk.end;
    for (let k = mi; k < hits.length && sent[k] === si; k++) {
      // a list of parts is short: looking further than this only costs time (and would make a
      // long run of markers quadratic)
      if (hits[k]!.start - mk.end > MAX_LIST_CHARS) break;
      d = parenDepthFrom(key, pos, hits[k]!.start, d);
      pos = Math.max(pos, hits[k]!.start);
      if (d < 0) break; // the parenthesis that held the marker closed
      if (d > 0) continue; // inside a nested parenthesis: a part of a part
      const fk = figures[k]!;
      if (!sameMeasure(fk, figures[p]!) || fk.parent || fk.of !== undefined || fk.range) continue;
      // a change is not a part: "trong đó dầu thô vượt 577 ngàn tấn so với kế hoạch"
      if (CHANGE.has(fk.comparison?.relation ?? "")) continue;
      const prevEnd = g.children.length ? hits[g.children[g.children.length - 1]!]!.end : mk.end;
      // after ";" a count of another noun starts a new statement: "431 lượt …; xử lý 2.296 đơn"
      if (figures[k]!.kind === "count" && g.children.length && key.slice(prevEnd, hits[k]!.start).includes(";")) {
        const h = head(figures[k]!);
        if (h && h !== head(figures[p]!) && h !== head(figures[g.children[g.children.length - 1]!]!)) break;
      }
      g.children.push(k);
      LAST_AND.lastIndex = 0;
      const afterAnd = LAST_AND.test(key.slice(prevEnd, hits[k]!.start));
      LAST_AND.lastIndex = 0;
      if (afterAnd) break;
    }
    if (g.children.length) groups.push(g);
  }

  // a later marker opens a nested list ("X; trong đó A …; bao gồm a, b, c"): its parts are
  // claimed first, so that they are not also parts of the outer whole
  const claimed = new Set<number>();
  for (let gi = groups.length - 1; gi >= 0; gi--) {
    const g = groups[gi]!;
    g.children = g.children.filter((k) => !claimed.has(k));
    for (const k of g.children) claimed.add(k);
  }
  for (const g of groups) {
    const parent = figures[g.parent]!;
    let kids = g.children.filter((k) => !figures[k]!.parent && k !== g.parent);
    if (!kids.length) continue;
    // A list whose first parts already add up exactly to the whole ends there: what follows is
    // another figure of the sentence ("17.274 người; bao gồm … 1.138, … 2.672, … 13.464; … là 15.542 người").
    const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
    let run = 0;
    for (let n = 0; n < kids.length - 1; n++) {
      run += figures[kids[n]!]!.value;
      if (n >= 1 && same(run, parent.value)) {
        kids = kids.slice(0, n + 1);
        break;
      }
    }
    for (const k of kids) figures[k]!.parent = parent.id;
    parent.children = [...(parent.children ?? []), ...kids.map((k) => figures[k]!.id)];
    const sum = kids.reduce((t, k) => t + figures[k]!.value, 0);
    const exhaustive = g.exhaustive ? kids.length >= 2 : kids.length >= 2 && same(sum, parent.value);
    parent.breakdown = exhaustive ? "exhaustive" : "partial";
  }
}

/** Parenthesis depth at `to`, starting at depth `d` at `from` (stops once it goes negative). */
function parenDepthFrom(key: string, from: number, to: number, d: number): number {
  for (let i = from; i < to && d >= 0; i++) {
    const c = key.charCodeAt(i);
    if (c === 40) d++;
    else if (c === 41) d--;
  }
  return d;
}
