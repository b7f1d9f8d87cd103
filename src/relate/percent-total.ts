/**
 * Percentages of one whole, one per class, that must add up to 100 (or to no more than 100).
 *
 *   "xếp loại …: 18,5% hoàn thành xuất sắc nhiệm vụ, 72,3% hoàn thành tốt nhiệm vụ, 8,1% hoàn thành
 *    nhiệm vụ và 0,6% không hoàn thành nhiệm vụ"     a full rating scale: closed, 100
 *   "học lực: giỏi 32,4%, khá 45,8%, trung bình 19,6%, yếu 1,4%; không có học sinh xếp loại kém"
 *                                                       the lowest class said to be empty: closed
 *   "cơ cấu kinh tế: nông nghiệp chiếm 24,6%; công nghiệp - xây dựng chiếm 38,2%; dịch vụ chiếm 39,2%"
 *                                                       sectors (taxes may be left out): at most 100
 *   "đạt 68,5%, còn lại 33,5% lao động chưa qua đào tạo"  a share and the rest: 100
 *   "chiếm khoảng 97% tổng số doanh nghiệp, đóng góp khoảng 45% GDP"  shares of different wholes: none
 */
import type { RelationMember } from "../schema.js";
import { fold } from "../text/fold.js";
import { CLASS_CUES, OPEN_STRUCTURE_WORDS, PARTIAL_LIST_CUES, REMAINDER_WORDS, SHARE_OTHERS_WORDS, STRUCTURE_CUES } from "../lexicon/relation-cues.js";
import { PARTITIONS } from "../lexicon/partitions.js";
import { cueOf, figMember, foldedWords, guard, PhraseList, type Fig, type Rel, type RelateCtx } from "./context.js";
import { basisAfter, lastFigBefore } from "./anchor.js";
import { namedWhole } from "./share.js";
import { named } from "../text/rx.js";
import { nestedShares } from "./percent-nested.js";
import { introducedStructure } from "./percent-introduced.js";
import { startsFromTo } from "./growth-points.js";

const CLASS = new PhraseList(CLASS_CUES);
const PARTIAL = new PhraseList(PARTIAL_LIST_CUES);
/** "… chiếm 44,2%": the percent is a share of the whole before the cue. */
const CHIEM = guard(named("percent-total.CHIEM", /(?:^|[^\p{L}\p{M}])chiếm(?:\s+(?:tỉ\s+lệ|tỉ\s+trọng|khoảng|gần|hơn|trên|xấp\s+xỉ))*\s*$/u), ["chiếm"]);
const REMAINDER = new PhraseList(REMAINDER_WORDS);
const DIMS = PARTITIONS.map((p) => {
  const cls = new Map<string, string>();
  for (const g of p.same ?? []) for (const v of g) cls.set(foldedWords(v).join(" "), foldedWords(g[0]!).join(" "));
  const classOf = (v: string) => cls.get(v) ?? v;
  const folded = p.values.map((v) => foldedWords(v).join(" "));
  return { ...p, phrases: new PhraseList(p.values), folded, classOf, classes: new Set(folded.map(classOf)).size };
});
/** (not "tăng lên 45,1%", "giảm xuống 16,2%": the level reached, a class of the structure) */
const CHANGE_BEFORE = guard(named("percent-total.CHANGE_BEFORE", /(?:^|[^\p{L}\p{M}])(?:tăng|giảm|vượt|cao hơn|thấp hơn|tăng trưởng)(?:\s*(?:khoảng|gần|hơn|trên|thêm))?\s*$/u), ["tăng", "giảm", "vượt", "hơn"]);
const LEVEL_BEFORE = named("percent-total.LEVEL_BEFORE", /(?:^|[^\p{L}\p{M}])(?:tăng|giảm)\s+(?:lên|xuống)\s*$/u);
const KHONG_CO = fold("không có");
const STRUCTURE = new Set(STRUCTURE_CUES.map((w) => foldedWords(w).join(" ")));
const OPEN_STRUCTURE = new PhraseList(OPEN_STRUCTURE_WORDS);
const OTHERS_WORDS = new Set(SHARE_OTHERS_WORDS.map((w) => foldedWords(w).join(" ")));
const NHAU = foldedWords("nhau")[0]!;

export function findPercentTotals(rc: RelateCtx): Rel[] {
  const out: Rel[] = [];
  const key = rc.key;
  let i = 0;
  while (i < rc.figs.length) {
    const si = rc.figs[i]!.sent;
    let j = i;
    let percents = 0;
    while (j < rc.figs.length && rc.figs[j]!.sent === si) if (rc.figs[j++]!.f.kind === "percent") percents++;
    // (a sentence with fewer than two percentages holds no total: its percentages are not read)
    const ps = percents < 2 ? [] : rc.figs.slice(i, j).filter((g) => g.f.kind === "percent" && usable(rc, g));
    // "nông nghiệp giảm từ 25% xuống 22%, công nghiệp tăng từ 35% lên 37%, dịch vụ tăng 1%": classes told
    // by their changes, two times in one sentence (growth-points.ts startsFromTo): no total is read
    const changes = ps.length >= 2 && rc.figs.slice(i, j).some((g) => startsFromTo(rc, g));
    i = j;
    if (changes) continue;
    if (ps.length < 2 || ps.length > 30) continue;
    const s = rc.sentences[si]!;
    // "còn lại 33,5%": a share and the rest of it
    const rest = new Set<Fig>();
    for (let k = 1; k < ps.length; k++) {
      const q = ps[k]!;
      const lead = foldedWords(key.slice(Math.max(s.start, q.start - 16), q.start)).slice(-3);
      const r = REMAINDER.find(lead);
      if ((!r || r.i + r.n < lead.length - 1) && !restRestated(key.slice(Math.max(s.start, q.start - 48), q.start))) continue;
      const p = ps[k - 1]!;
      if (/[.]/.test(key.slice(p.end, q.start)) || lastFigBefore(rc, q.start) !== p.i) continue;
      // "vốn chủ sở hữu chiếm 22,56%, vốn vay chiếm 74,6%, còn lại 2,84%": the rest of every share listed
      const run = [p];
      // (a share before the run with a count between: "3 đề tài … chiếm 42,9%, 2 đề tài … chiếm 28,6%, phần
      // còn lại, tương ứng 28,6%": each share has its own count, the run is not known to end here)
      let unsure = false;
      for (let b = k - 2; b >= 0; b--) {
        const x = ps[b]!;
        if (/[.;]/.test(key.slice(x.end, run[0]!.start)) || run[0]!.start - x.end > 80) break;
        if (lastFigBefore(rc, run[0]!.start) !== x.i) {
          unsure = true;
          break;
        }
        run.unshift(x);
      }
      if (unsure) continue;
      rest.add(q);
      for (const x of run) rest.add(x);
      out.push({
        kind: "percent-total",
        certainty: "explicit",
        cue: cueOf(rc, q.start - 16 + key.slice(q.start - 16, q.start).lastIndexOf(fold("còn")), q.start),
        members: [...run.map((x) => figMember(rc, "share", x)), figMember(rc, "remainder", q)],
        rule: "relate.percent-total.remainder",
        closed: true,
      });
    }
    // a list of classes after a cue; or shares after "trong đó", each "chiếm P%" ("tổng chi …, trong đó chi
    // ngoại trú chiếm 44,2%, chi nội trú chiếm 55,8%"): some of the classes, grouped only when they are
    // values of one partition (disjoint classes), never as a structure
    let cue = classCue(rc, s.start, ps[0]!.start);
    let run = ps.filter((p) => !rest.has(p));
    // "100% đạt yêu cầu, trong đó 68,4% khá, giỏi": parts of a share, not classes beside it (percent-nested.ts)
    const nest = nestedShares(rc, run);
    if (nest.rels.length) {
      run = run.filter((p) => !nest.nested.has(p));
      out.push(...nest.rels);
    }
    // "… dịch vụ 35% (năm 2020 nông nghiệp 23%)": a bracket that names another year holds no class of
    // this structure (its percents are left out), and no label is read into it
    const ends = new Map<Fig, number>();
    for (let k = 0; k < run.length; k++) {
      const p = run[k]!;
      const at = key.slice(p.end, Math.min(s.end, p.end + 4)).indexOf("(");
      if (at < 0) continue;
      const open = p.end + at;
      const close = key.indexOf(")", open);
      const stop = close < 0 || close > s.end ? s.end : close;
      if (!/(?:^|\D)(?:19|20)\d\d(?:\D|$)/.test(key.slice(open, stop))) continue;
      ends.set(p, open);
      run = run.filter((x) => x.start < open || x.start > stop);
    }
    const labelAt = (p: Fig, semis: boolean) => labelOf(rc, p, s.start, ends.get(p) ?? s.end, semis);
    // "tăng lên 1,5%" is the level a class reached or a change of it: not a class when its class is
    // listed besides ("công nghiệp 45,1%, …; tỷ trọng công nghiệp tăng lên 1,5%"), nor when the sum
    // would pass 100 with it beside two or more plain classes (then those are judged, as a guess)
    let guess = false;
    const lvl = (p: Fig) => LEVEL_BEFORE.test(key.slice(Math.max(s.start, p.start - 24), p.start));
    if (run.some(lvl)) {
      const semis0 = run.slice(1).every((p, k) => /[;]/.test(key.slice(run[k]!.end, p.start)));
      const lab = new Map(run.map((p) => [p, labelAt(p, semis0)] as const));
      const listed = (p: Fig) => DIMS.some((d) => {
        const v = valueIn(lab.get(p)!, d.phrases);
        return v !== "" && run.some((o) => o !== p && !lvl(o) && valueIn(lab.get(o)!, d.phrases) === v);
      });
      run = run.filter((p) => !lvl(p) || !listed(p));
      if (run.some(lvl) && run.filter((p) => !lvl(p)).length >= 2 && run.reduce((t, p) => t + p.f.value, 0) > 100.5) {
        // every class named once ("nông nghiệp 25,5%, công nghiệp 45,1%, dịch vụ tăng lên 34,4%"): the
        // level reached is a class, and the sum is judged whole; a named class dropped would leave the
        // structure short of it, so nothing is judged from the rest
        const once = DIMS.some((d) => {
          const vals = run.map((p) => valueIn(lab.get(p)!, d.phrases));
          return vals.every(Boolean) && new Set(vals).size === vals.length;
        });
        if (!once) {
          if (run.some((p) => lvl(p) && DIMS.some((d) => valueIn(lab.get(p)!, d.phrases) !== ""))) continue;
          run = run.filter((p) => !lvl(p));
          guess = true;
        }
      }
    }
    // "…, dịch vụ 25%; tỷ lệ lao động qua đào tạo đạt 68%": a clause of another measure past the ";" ends the classes
    run = beforeOtherMeasure(rc, run);
    if (run.length < 2) continue;
    let partial = false;
    if (!cue) {
      cue = partialCue(rc, s.start, run[0]!.start);
      if (!cue || !run.every((p) => CHIEM.test(key.slice(Math.max(s.start, p.start - 24), p.start)))) continue;
      partial = true;
    }
    const semis = run.slice(1).every((p, k) => /[;]/.test(key.slice(run[k]!.end, p.start)));
    const labels = run.map((p) => labelAt(p, semis));
    const dim = DIMS.find((d) => {
      const vals = labels.map((l) => valueIn(l, d.phrases));
      return vals.every(Boolean) && new Set(vals).size === vals.length;
    });
    const structure = !partial && cue.words.some((w) => STRUCTURE.has(w));
    if (!dim && !structure) continue;
    const have = new Set(dim ? labels.map((l) => valueIn(l, dim.phrases)) : []);
    const sentence = foldedWords(key.slice(s.start, Math.min(rc.key.length, s.end + 120))).join(" ");
    // a structure of GDP may leave out the taxes on products: its sectors need not make 100
    const mayLack = !!OPEN_STRUCTURE.find(foldedWords(key.slice(s.start, s.end))) && !(dim && [...have].some((v) => OPEN_STRUCTURE.find(v.split(" "))));
    // "Cơ cấu lao động: nông nghiệp 52,3%, …": the list is introduced as the whole
    const introduced = structure && introducedStructure(key.slice(cue.end, run[0]!.start)) && !mayLack;
    // "…, chăn nuôi khác chiếm 6,2%": a structure whose last class is the others is all of its whole
    const othersLast = structure && !mayLack && !dim && lastIsOthers(labels[labels.length - 1]!);
    // (not over the classes of a known set that leaves some out: "Cơ cấu kinh tế: nông nghiệp 22%, công nghiệp 37%"
    // names two sectors of three, at most 100; the set's own reading below closes it)
    let closed = (introduced && !(dim && (dim.complete || dim.scale))) || othersLast;
    if (dim?.scale) {
      const lowest = dim.folded[dim.folded.length - 1]!;
      const saidEmpty = (v: string) => sentence.includes(`${KHONG_CO} `) && new RegExp(`${KHONG_CO}(?: [\\p{L}\\p{M}]+){0,5} ${v}(?: |$)`, "u").test(sentence);
      // the lowest class listed or said to be empty; or the scale down to its bottom end, one class short at most
      const haveClasses = new Set([...have].map(dim.classOf));
      const reachesBottom = (dim.low ?? []).some((v) => have.has(foldedWords(v).join(" "))) && haveClasses.size >= dim.classes - 1;
      // every class but those a scale may do without ("rất hài lòng, hài lòng, chưa hài lòng")
      const optional = new Set((dim.optional ?? []).map((v) => dim.classOf(foldedWords(v).join(" "))));
      const allNeeded = !!dim.optional && dim.folded.map(dim.classOf).every((c) => optional.has(c) || haveClasses.has(c));
      closed ||= have.has(lowest) || saidEmpty(lowest) || reachesBottom || allNeeded;
    } else if (dim?.complete && structure && !mayLack) {
      // the three sectors of an economy, each named: all of it
      closed ||= dim.complete.every((g) => g.some((v) => have.has(foldedWords(v).join(" "))));
    }
    // "trong đó" names some of the classes: no more than the whole
    if (partial) closed = false;
    // (members by push: an optimised .map() makes a holey list, and the readers of rc.found were thrown away at it)
    const members: RelationMember[] = [];
    for (let k = 0; k < run.length; k++) members.push(figMember(rc, "share", run[k]!, dim ? { label: valueIn(labels[k]!, dim.phrases) } : {}));
    out.push({
      kind: "percent-total",
      certainty: (dim || introduced || othersLast) && !guess ? "explicit" : "inferred",
      cue: cueOf(rc, cue.start, cue.end),
      members,
      rule: dim ? "relate.percent-total.classes" : "relate.percent-total.structure",
      closed,
    });
  }
  return out;
}

/**
 * Classes, then a ";" and a percent of another measure: its clause names a "tỷ lệ", a
 * "tốc độ", another "cơ cấu" (a second structure, "…; cơ cấu lao động: …", left unread), or a
 * figure of its own, or its percent comes after "đạt", "là", "ở mức"
 * ("cơ cấu kinh tế: nông nghiệp 45%, công nghiệp 30%, dịch vụ 25%; tốc độ tăng trưởng đạt 7,2%").
 * The run ends before it.
 */
const OTHER_MEASURE = named("percent-total.OTHER_MEASURE", /(?:^|[^\p{L}\p{M}])(?:tỉ\s+lệ|tốc\s+độ|cơ\s+cấu)(?![\p{L}\p{M}])|(?:^|[^\p{L}\p{M}])(?:đạt|là|ở\s+mức)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$/u);
function beforeOtherMeasure(rc: RelateCtx, run: Fig[]): Fig[] {
  for (let k = 1; k < run.length; k++) {
    const gap = rc.key.slice(run[k - 1]!.end, run[k]!.start);
    const semi = gap.indexOf(";");
    if (semi < 0) continue;
    // (the first ";" of the run: before it, classes; after it, another measure or more classes)
    // (or a figure of its own between, not a percent: "…; thu nhập bình quân đạt 58 triệu đồng, tỷ lệ hộ nghèo còn 2,1%")
    const at = run[k - 1]!.end + semi;
    const other = OTHER_MEASURE.test(gap.slice(semi + 1)) || rc.figs.slice(run[k - 1]!.i + 1, run[k]!.i).some((g) => g.start > at && g.f.kind !== "percent");
    if (other) return run.slice(0, k);
    // (classes parted by ";" too: "nông nghiệp 24,6%; công nghiệp 35,2%; dịch vụ 40,2%; tỷ lệ che phủ rừng
    // đạt 45%" — a later ";" ends them before a "tỷ lệ", "tốc độ" or "cơ cấu" clause, not before "là"/"đạt")
    for (let q = k + 1; q < run.length; q++) {
      const g2 = rc.key.slice(run[q - 1]!.end, run[q]!.start);
      const s2 = g2.indexOf(";");
      if (s2 >= 0 && OTHER_NOUN.test(g2.slice(s2 + 1))) return run.slice(0, q);
    }
    return run;
  }
  return run;
}
/** A clause of another measure by its noun ("tỷ lệ", "tốc độ", "cơ cấu"; folded key). */
const OTHER_NOUN = named("percent-total.OTHER_NOUN", /(?:^|[^\p{L}\p{M}])(?:tỉ\s+lệ|tốc\s+độ|cơ\s+cấu)(?![\p{L}\p{M}])/u);

/** Whether a class's label names the others ("chăn nuôi khác chiếm", "các ngành khác"; not "khác nhau"): the list is closed. */
function lastIsOthers(label: readonly string[]): boolean {
  return label.some((w, k) => OTHERS_WORDS.has(w) && label[k + 1] !== NHAU);
}

/** "phần còn lại, tương ứng 71,6%", "số còn lại, chiếm 27%": the rest named, then its percent after a comma and a word that restates it. */
const REST_RESTATED = named("percent-total.REST_RESTATED", /(?:^|[^\p{L}\p{M}])còn\s+lại\s*,\s*(?:tương\s+ứng|tương\s+đương|chiếm|là|với\s+tỉ\s+lệ)(?:\s+(?:với|khoảng|là|tỉ\s+lệ))*\s*$/u);
function restRestated(lead: string): boolean {
  return REST_RESTATED.test(lead);
}

/** A percent that can be one class of a whole: not a change, not of a plan or a base, not of a named whole. */
export function usable(rc: RelateCtx, p: Fig): boolean {
  const s = rc.sentences[p.sent];
  if (CHANGE_BEFORE.test(rc.key.slice(Math.max(s ? s.start : 0, p.start - 24), p.start))) return false;
  if (basisAfter(rc, p.end, s ? s.end : rc.key.length)) return false;
  if (p.f.range || p.f.bound === "lower" || p.f.bound === "upper") return false;
  return !namedWhole(rc, p);
}

/** "trong đó", "trong số đó" before the first percent, after the last full stop or semicolon. */
function partialCue(rc: RelateCtx, from: number, to: number): { start: number; end: number; words: string[] } | undefined {
  // after the last ";" or ":" at or before `to`; only one at from - 1 or later moves the start
  let cut = -1;
  for (let i = Math.min(to, rc.key.length - 1); i >= from - 1 && i >= 0; i--) {
    const c = rc.key.charCodeAt(i);
    if (c === 59 || c === 58) {
      cut = i;
      break;
    }
  }
  return lastPhrase(rc, Math.max(from, cut + 1), to, PARTIAL);
}

/** The class cue before the first percent: "xếp loại", "học lực", "cơ cấu kinh tế". */
function classCue(rc: RelateCtx, from: number, to: number): { start: number; end: number; words: string[] } | undefined {
  return lastPhrase(rc, from, to, CLASS);
}

/** The last phrase of `list` among the words (letter runs) of key[from, to): its span and its words. */
function lastPhrase(rc: RelateCtx, from: number, to: number, list: PhraseList): { start: number; end: number; words: string[] } | undefined {
  const re = /[\p{L}\p{M}]+/gu;
  const slice = rc.key.slice(from, to);
  const toks: { s: number; e: number; w: string }[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) toks.push({ s: from + m.index, e: from + m.index + m[0].length, w: m[0] });
  // (by push: an optimised .map() makes a holey list, and the word readers were thrown away at it)
  const ws: string[] = [];
  for (const t of toks) ws.push(t.w);
  for (let k = ws.length - 1; k >= 0; k--) {
    const n = list.at(ws, k);
    if (n) return { start: toks[k]!.s, end: toks[k + n - 1]!.e, words: [ws.slice(k, k + n).join(" ")] };
  }
  return undefined;
}

/** The words of the segment a percent sits in: "giỏi 32,4%", "18,5% hoàn thành xuất sắc nhiệm vụ". */
function labelOf(rc: RelateCtx, p: Fig, from: number, to: number, semis: boolean): string[] {
  const key = rc.key;
  const left = key.slice(Math.max(from, p.start - 80), p.start);
  const right = key.slice(p.end, Math.min(to, p.end + 80));
  const vaL = semis ? -1 : left.search(/\s(?:và|hoặc)\s(?!.*\s(?:và|hoặc)\s)/u);
  const cutL = Math.max(left.lastIndexOf(";"), left.lastIndexOf(":"), semis ? -1 : lastComma(left), vaL >= 0 ? vaL + 3 : -1);
  const semi = right.search(/[;:]/);
  const comma = semis ? -1 : firstComma(right);
  const va = semis ? -1 : right.search(/\s(?:và|hoặc)\s/u);
  const cutR = Math.min(...[semi, comma, va].map((x) => (x < 0 ? right.length : x)));
  const seg = `${left.slice(cutL + 1)} ${right.slice(0, cutR)}`.replace(/\d+(?:[.,]\d+)*\s*%?/g, " ").replace(/[()]/g, " ");
  return foldedWords(seg).filter((w) => w !== "%");
}

/** Commas that separate (not a decimal comma, not "nông, lâm nghiệp" inside a class): ", " before a letter or digit. */
function lastComma(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (s[i] === "," && !/\d/.test(s[i + 1] ?? "")) return i;
  return -1;
}
function firstComma(s: string): number {
  for (let i = 0; i < s.length; i++) if (s[i] === "," && !/\d/.test(s[i + 1] ?? "")) return i;
  return -1;
}

function valueIn(words: readonly string[], list: PhraseList): string {
  let best = "";
  for (let i = 0; i < words.length; i++) {
    const v = list.phraseAt(words, i);
    if (v.length > best.length) best = v;
  }
  return best;
}
