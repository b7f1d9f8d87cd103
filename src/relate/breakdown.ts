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
import { CLOSED_LIST_CUES, COLON_LIST_CUES, OPEN_AFTER_CUE, PARTIAL_LIST_CUES, REMAINDER_WORDS, SUBGROUP_WORDS, VAGUE_QUANTIFIERS } from "../lexicon/relation-cues.js";
import { L, R, named, rx, words } from "../text/rx.js";
import { WordTrie } from "../text/words.js";
import { NEVER_WHOLE } from "../lexicon/kinds.js";
import { cueOf, figMember, firstBareAt, foldedWords, parenBalance, PhraseList, sentenceOf, type Fig, type Rel, type RelateCtx } from "./context.js";
import { lastFigBefore } from "./anchor.js";
import { cueWords, trieMatches } from "./cue-scan.js";
import { measureCompatible, type Compat } from "./kinds.js";
import { listItems, MAX_LIST_CHARS, type Item } from "./list.js";
import { otherKindAt, partialSplit, partsOverlap } from "./partition.js";
import { namedListCues, wholeNamed } from "./named-list.js";
import { classWords } from "./named-whole.js";
import type { RelationMember } from "../schema.js";
import { inOrder } from "../text/lists.js";
import { label, remainders } from "./remainder.js";
import { outerItems } from "./nested.js";
import { bracketCue } from "./shape-cues.js";
import { colonCue, colonSome } from "./colon-cue.js";
import { wholeSearchFrom } from "./list-after.js";
import { subPart } from "./sub-part.js";
import { afterSubset } from "./list-handled.js";
import { otherAttribute } from "./list-dimension.js";
import { coAfter } from "./trong-co.js";
import { overAfterSemicolon } from "./list-over.js";
import { runBeforeCue } from "./pair-whole.js";

const CLOSED = words(CLOSED_LIST_CUES);
const NEVER_WHOLE_WORDS = new Set(NEVER_WHOLE.map((w) => fold(w)));
/** The list cues, read on the token table (the matches of rx`${L}(?:cues)${R}` over the key). */
export const CUE = cueWords(new WordTrie([...CLOSED_LIST_CUES, ...PARTIAL_LIST_CUES]));
/** The same as a pattern, for a cue inside a slice (its ends are word edges). */
const CUE_RE = named("relate.list-cue", rx`${L}(?<cue>${[...CLOSED_LIST_CUES, ...PARTIAL_LIST_CUES]})${R}`);
const OPEN_AFTER = new PhraseList(OPEN_AFTER_CUE);
const VAGUE = new PhraseList(VAGUE_QUANTIFIERS);
const REMAINDER = new PhraseList(REMAINDER_WORDS);
/** "Trong 27 cá nhân …,", "Trong tổng số 153 thí sinh …, có 82 …", "Trong số 2.450 lao động …". */
const TRONG = fold("trong");
const COLON_CUES = COLON_LIST_CUES.map((w) => fold(w));
const CO_CAU = fold("cơ cấu");
/** What joins the two figures of a paired whole ("37 vụ với 52 đối tượng", "20 vụ - 49 bị can", "45 vụ, 63 đối tượng"). */
const PAIRED = named("breakdown.PAIRED", /^\s*(?:,|-|–|\/|với|và)\s*$/u);
/** A "," or ";" and then a name (a capital) before the cue, with no other separator. */
const NAMED_AFTER = named("breakdown.NAMED_AFTER", /[,;](?=[^,;:]*\p{Lu})[^,;:]*$/u);
/** How far back a whole is looked for in its sentence. */
const WHOLE_REACH = 200;

interface Cue {
  at: number;
  end: number;
  closed: boolean;
  text: string;
  /** A whole fixed by the shape ("Trong N X, …", "N X: …"). */
  whole?: Fig;
  /** A whole named by its noun ("Trong số các hồ sơ trên, …", "trong số lao động nữ, …"). */
  named?: string[];
}

export function findBreakdowns(rc: RelateCtx): Rel[] {
  const cues = listCues(rc);
  const positions: number[] = [];
  for (const c of cues) positions.push(c.at); // (by push: an optimised .map() makes a holey list)
  const out: Rel[] = [];
  /** Each part claimed by a list, and its whole. */
  const claimed = new Map<number, Fig>();
  // later cues first: a nested list claims its parts before the list around it
  for (let ci = cues.length - 1; ci >= 0; ci--) {
    const cue = cues[ci]!;
    const r = breakdownAt(rc, cue, positions.slice(ci + 1, ci + 40), claimed, cues[ci - 1]);
    if (r) out.push(...r);
  }
  out.push(...remainders(rc, claimed));
  return out.reverse();
}

/** Only what may come before a list's cue that opens its sentence: white space, quotes, a bullet, "về". */
const OPENS_SENTENCE = named("breakdown.OPENS_SENTENCE", /^[\s"“'(\-•*]*(?:về\s*)?$/u);
/** A "," or ":" within 30 units, with no "." or ";" before it. */
const CLAUSE_SOON = named("breakdown.CLAUSE_SOON", /^[^.;]{0,30}[,:]/u);

function listCues(rc: RelateCtx): Cue[] {
  const key = rc.key;
  const cues: Cue[] = [];
  for (const cm of trieMatches(rc, CUE)) {
    const at = cm.start;
    const end = cm.end;
    const w = key.slice(at, end).replace(/\s+/g, " ");
    const after = key.slice(end, end + 24);
    // "cụ thể:", "chia ra:" list; "Cụ thể, …" only says more
    if (COLON_CUES.some((c) => w.startsWith(c)) && !/^\s*(?:(?:là|như\s+sau)\s*)?:/u.test(after)) continue;
    // "Về cơ cấu, …", "Cơ cấu: …" open a sentence; "cơ cấu giải thưởng" inside one is no list
    // (the sentence and both tests read for every cue, the choice made after: read only after
    // "cơ cấu", they were a deopt of listCues at the first one)
    const s = rc.sentences[sentenceOf(rc, at)];
    const opens = s !== undefined && OPENS_SENTENCE.test(key.slice(s.start, at)) && CLAUSE_SOON.test(after);
    if (w.endsWith(CO_CAU) && !opens) continue;
    // "một chiếc trong số này": the figure before is a part of an earlier whole
    if (w.startsWith(TRONG) && /[\p{L}\p{M}]\s+$/u.test(key.slice(Math.max(0, at - 2), at)) && lastFigBefore(rc, at) >= 0) {
      const g = rc.figs[lastFigBefore(rc, at)]!;
      if (at - g.end < 25 && !/[,;:(]/.test(key.slice(g.end, at))) continue;
    }
    cues.push({ at: at, end: end, closed: CLOSED.set.has(w), text: w });
  }
  for (const c of namedListCues(rc)) cues.push({ at: c.at, end: c.end, closed: false, text: "trong số", named: c.words });
  for (const g of rc.figs) {
    if (g.f.kind === "percent" || g.f.per) continue;
    const s = rc.sentences[g.sent];
    const before = key.slice(Math.max(s ? s.start : 0, g.start - 24), g.start);
    // "Trong 27 cá nhân được khen thưởng, 9 cá nhân …"
    if (before.includes(TRONG) && /(?:^|[,;.(:]\s*|^\s*)trong\s+(?:tổng\s+số\s+|số\s+)?$/u.test(before)) {
      const comma = key.indexOf(",", g.end);
      const after = comma >= 0 && s && comma < s.end ? key.slice(g.end, comma) : "";
      const at = g.start - before.length + before.lastIndexOf(TRONG);
      if (after.length <= 60 && !/[\d;()]/.test(after) && comma >= 0 && s && comma < s.end) cues.push({ at, end: comma + 1, closed: false, text: "trong", whole: g });
      // "Trong 142 công đoàn cơ sở có 118 …": no comma, the parts after "có" (trong-co.ts)
      else if (s) {
        const co = coAfter(rc, g, s.end);
        if (co >= 0) cues.push({ at, end: co, closed: false, text: "trong", whole: g });
      }
      continue;
    }
    // "58 người: 31 cán bộ, …", "63 giáo viên …: cấp tỉnh 6 người; …" (colon-cue.ts); no cue word:
    // "05 đề tài (02 đề tài cấp Nhà nước, 04 đề tài cấp Bộ)" (not past a cue word: "11 giải, trong đó: …"
    // is that cue's list, unless the colon is right after the whole)
    const colon = colonCue(rc, g);
    const shaped = colon ?? bracketCue(rc, g);
    if (shaped && (colon?.near || !cues.some((o) => !o.whole && o.at >= g.end && o.at < shaped.at))) cues.push({ at: shaped.at, end: shaped.end, closed: shaped.closed, text: shaped.text, whole: g });
  }
  return inOrder(cues, (a, b) => a.at - b.at);
}

function breakdownAt(rc: RelateCtx, cue: Cue, later: number[], claimed: Map<number, Fig>, outer?: Cue): Rel[] | null {
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
  // (past a nested list only when its parts are told apart from the outer list's: nested.ts)
  const outer0 = outerItems(list, claimed);
  // "trong đó 250 đảng viên đang công tác; 225 đảng viên đang công tác được …": a part of a part ends the list (sub-part.ts)
  const sub = subPart(rc, outer0.items);
  // "trong đó loại I 1.850 ca, loại II 2.630 ca; phẫu thuật nội soi 1.920 ca": another attribute ends it (list-dimension.ts)
  // (or "trong đó 300 đơn đủ điều kiện, đã giải quyết 285 đơn": a handled count of the subset, list-handled.ts)
  const other = sub ? undefined : otherAttribute(rc, outer0.items) ?? afterSubset(rc, cue, outer0.items);
  const items = sub ? outer0.items.slice(0, sub.at) : other !== undefined ? outer0.items.slice(0, other) : outer0.items;
  const truncated = outer0.truncated || !!sub || other !== undefined;
  if (!items.length) return null;

  // wholes: fixed by the shape, or the figures before the cue
  const candidates: Fig[] = [];
  // "Trong tổng số 50 vụ án, Công an huyện …": the comma closes the restated whole, so the noun
  // after it is the clause's subject, no second kind of the whole ("60 đối tượng" is no part of it)
  const whole0 = cue.whole && cue.text === "trong" ? { ...cue.whole, kinds: [cue.whole.kind] } : cue.whole;
  if (whole0) candidates.push(whole0);
  else if (cue.named) {
    const w = wholeNamed(rc, cue.named, cue.at);
    if (!w) return null;
    candidates.push(w);
  } else if (opens) {
    const prev = rc.sentences[si - 1];
    if (!prev || prev.caption) return null;
    for (let j = lastFigBefore(rc, s.start); j >= 0 && rc.figs[j]!.sent === si - 1 && candidates.length < 8; j--) if (wholeLike(rc, rc.figs[j]!) && !comparedBase(rc, rc.figs[j]!)) candidates.push(rc.figs[j]!);
  } else {
    // a closed cue, or one in a bracket, points to the noun phrase right before it
    const tight = cue.closed || inParen;
    // (before the closed list the cue follows, when that list has ended: list-after.ts)
    for (let j = lastFigBefore(rc, wholeSearchFrom(rc, cue, outer)); j >= 0 && candidates.length < 8; j--) {
      const g = rc.figs[j]!;
      if (g.sent !== si || cue.at - g.end > WHOLE_REACH) break;
      // an aside closed before the cue ("(… 3 tỷ đồng) trong đó") is not the whole
      if (parenBalance(key, g.end, cue.at) < 0) continue;
      if (g.f.kind === "percent") continue;
      // "56 đơn vị …, gồm 45 xã, trong đó 12 xã miền núi, 8 phường …": a cue nested in a list after its
      // nearest whole (an item of that list) gives no part to a whole before that list's cue (8 phường is the outer list's)
      if (outer && candidates.length && g.end <= outer.at && candidates[0]!.start >= outer.end) break;
      // "bầu Ban Chấp hành gồm 15 đồng chí, bầu Ban Thường vụ gồm 5 đồng chí, …": a body named past a
      // "," or ";" after the figure is what a closed cue lists (no number): the figure is no whole of it
      if (cue.closed && !inParen && NAMED_AFTER.test(rc.norm.slice(g.end, cue.at))) return null;
      // a number no figure holds stands nearer ("hơn 14.000 VĐV …, trong đó"): the cue may point to it
      if (!tight && bareNumberBetween(rc, g.end, candidates.length ? candidates[candidates.length - 1]!.start : cue.at)) break;
      if (!wholeLike(rc, g)) {
        if (tight) return null; // "1 bảng gồm 6 đội": the noun before is no whole
        continue;
      }
      candidates.push(g);
      if (tight) {
        // "37 vụ với 52 đối tượng (gồm 21 vụ …)": a pair of wholes in two nouns, each of its own parts
        const h = rc.figs[j - 1];
        // (counts both, each as written: "hơn 10 tỷ đồng, 7 ôtô (trong đó có siêu xe 25 tỷ đồng)" lists seized goods)
        const counted = (x: Fig) => x.f.kind === "count" && !x.f.bound && !x.f.approx;
        // (and the cue right after the pair's noun: "18 vụ - 55 bị can, khởi tố mới trong kỳ gồm 8 vụ" lists another clause's)
        if (h && h.sent === si && counted(h) && counted(g) && PAIRED.test(key.slice(h.end, g.start)) && PAIR_TO_CUE.test(key.slice(g.end, cue.at)) && wholeLike(rc, h) && measureCompatible(h.f, g.f, h.kinds, g.kind) === "no") candidates.push(h);
        break;
      }
    }
    if (cue.closed && candidates[0]) {
      // "nhiều tang vật gồm:", "số tài sản gồm:": the cue points to a whole with no number
      const gapWords = foldedWords(key.slice(candidates[0].end, cue.at));
      if (gapWords.some((_, i) => VAGUE.at(gapWords, i) > 0 && i >= gapWords.length - 4)) return null;
    }
  }
  if (!candidates.length) return null;
  // "500 lao động, nam 200 người (40%), nữ 300 người (60%), trong đó …": after a closed run of classes, of the whole (pair-whole.ts)
  const run = !cue.closed && !inParen && !opens && !whole0 && !cue.named ? runBeforeCue(rc, cue.at, candidates) : undefined;
  if (run) candidates.splice(0, candidates.length, ...candidates.filter((c) => !run.classes.includes(c)));
  // "126 đảng viên, sinh hoạt tại 4 chi bộ: Chi bộ A 35 đảng viên, …": the list names the sub-units,
  // and what it counts in each is a part of the figure before them
  // (after the colon of "4 chi bộ:", or a closed cue right after them: "hội viên thuộc 5 chi hội, cụ thể: …",
  // members told by a word that places them, not an aside: "hơn 10 tỷ đồng, 7 ôtô (trong đó … 25 tỷ đồng)" is no such list)
  let units: Fig | undefined;
  const tightWhole = whole0 ?? (!cue.named && !opens && cue.closed && !inParen && candidates.length === 1 ? candidates[0] : undefined);
  if (tightWhole && items.every((it) => measureCompatible(tightWhole.f, it.g.f, tightWhole.kinds, it.g.kind) === "no")) {
    const d = distributedWhole(rc, tightWhole, items, !cue.whole);
    if (!d && cue.whole) return null;
    if (d) {
      units = tightWhole;
      candidates.splice(0, candidates.length, d);
    }
  }

  // each item goes to the nearest compatible whole
  const nestedIn = !!outer && !cue.whole && candidates.length > 0 && candidates[0]!.start >= outer.end && outer.at >= s.start;
  // "trong đó cho vay nông nghiệp 3.100 tỷ đồng, cho vay hộ kinh doanh 1.400 tỷ đồng; cho vay trung, dài hạn …":
  // in a list nested after an item of another list, a ";" after two or more parts cut by "," or "và" ends it
  const semi = nestedIn ? semicolonEnd(key, items) : -1;
  const byWhole = new Map<Fig, Item[]>();
  let skipped = false;
  for (const it of items) {
    if (it === items[semi]) {
      skipped = true;
      break;
    }
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
      // an item of another kind ("2,1 triệu tiền …" read as a count in a list of amounts), or one the
      // kinds do not place under the whole ("312 cơ sở y tế, gồm 14 bệnh viện, 9 trung tâm y tế và
      // 289 trạm y tế" when "trung tâm" is no kind of "cơ sở"): the list may lack a part, so it is not summed
      skipped = true;
      continue;
    }
    // "gồm 240 học viên sơ cấp, trong đó 96 học viên nữ, và 400 học viên …": in a list nested after an item of
    // another list, a later item larger than the nested whole is the outer list's: the nested list ends before it
    // (not past a whole written as a bound: "hơn 10kg heroin, trong đó có … một gói 10,3 kg")
    if (nestedIn && it !== items[0] && best === candidates[0] && !best.f.bound && !best.f.approx && it.g.f.value * (it.factor ?? 1) > best.f.value) {
      skipped = true;
      break;
    }
    // "…, trong đó 7 đảng viên nữ; Đảng bộ hiện có 420 đảng viên": larger than its whole past a ";", a new statement (list-over.ts)
    if (overAfterSemicolon(key, items, items.indexOf(it), best)) break;
    const l = byWhole.get(best) ?? [];
    l.push(it);
    byWhole.set(best, l);
  }
  const out: Rel[] = [];
  for (const [whole, parts] of byWhole) {
    const nearest = candidates.find((c) => parts.some((p) => measureCompatible(c.f, p.g.f, c.kinds, p.g.kind) === "yes")) === whole;
    let kept = parts;
    // a part of another kind than the whole's noun names ends its list ("công ty TNHH 400 đơn vị, trong
    // đó … 310 đơn vị; công ty cổ phần 198 đơn vị": the last is the outer list's)
    const other = otherKindAt(rc, parts, whole);
    if (other === 0) continue;
    if (other > 0) kept = parts.slice(0, other);
    let closed = other < 0 && cue.closed && !openCue && !list.open && !truncated && !list.unread && !skipped && parts.length >= 2;
    if (parts.some((p) => p.remainder)) closed = true;
    // a list whose first parts already make the whole exactly ends there ("17.274 người; bao gồm 1.138,
    // 2.672, 13.464; … là 15.542 người": the last is another figure of the sentence)
    {
      let run = 0;
      for (let n = 0; n < kept.length - 1; n++) {
        run += kept[n]!.g.f.value * (kept[n]!.factor ?? 1);
        // (only when a ";" parts the rest: "850 + 395,6 … và 20 tỷ đồng" in one list is a list of three)
        if (n >= 1 && Math.abs(run - whole.f.value) <= 1e-9 * Math.abs(whole.f.value) && key.slice(kept[n]!.g.end, kept[n + 1]!.g.start).includes(";")) {
          kept = kept.slice(0, n + 1);
          break;
        }
      }
    }
    // the sub-units the parts are told by: one part each, so all of them listed close the list
    const over = units ?? unitsBetween(rc, whole, cue.at, kept);
    if (over && (cue.whole || units)) closed = !openCue && !list.open && !truncated && !list.unread && !skipped && kept.length === over.f.value;
    // a colon list of some of the whole: a subset, qualifications, sub-units by name (colon-cue.ts)
    const some = cue.text === ":" && !over ? colonSome(rc, kept, whole, cue.at) : null;
    if (some) closed = false;
    // posts that name only the heads of the whole ("7 đồng chí: 1 Bí thư và 2 Phó Bí thư"): some of it, not all
    if (closed && !over && partialSplit(rc, kept, whole)) closed = false;
    for (const p of kept) claimed.set(p.g.i, whole);
    const goesOn = closed && !over && !inParen && mayGoOn(rc, cue, kept, whole);
    const ambiguous = (opens && !cue.named && candidates.filter((c) => kept.some((p) => measureCompatible(c.f, p.g.f, c.kinds, p.g.kind) === "yes")).length > 1) || coordinated(rc, whole, kept, over, run?.classes);
    const overlap = (over || some === "units") && namedApart(kept) ? "disjoint" : partsOverlap(rc, kept, whole, closed);
    // (a bracket with no cue word lists parts only when they cannot overlap: "120 cán bộ (80 cán bộ nữ, 50 cán bộ trẻ)" describes)
    if (cue.text === "(" && overlap !== "disjoint") continue;
    const members: RelationMember[] = [figMember(rc, "whole", whole, { label: label(rc, whole) }), ...kept.map((p) => figMember(rc, p.remainder ? "remainder" : "part", p.g, { label: label(rc, p.g), ...(p.factor ? { factor: p.factor } : {}) }))];
    out.push({
      kind: "breakdown",
      certainty: nearest && !ambiguous && !goesOn && !(rc.figs[whole.i]!.f.kind === "measure" && kept.length < 2) ? "explicit" : "inferred",
      cue: cueOf(rc, cue.at, cue.end),
      members,
      rule: cue.whole ? (cue.text === ":" ? "relate.breakdown.colon" : cue.text === "(" ? "relate.breakdown.bracket" : "relate.breakdown.restated-whole") : cue.named ? "relate.breakdown.named-whole" : opens ? "relate.breakdown.next-sentence" : "relate.breakdown.list",
      closed,
      parts: overlap,
    });
  }
  if (sub && out.length) out.push(sub.rel);
  return out;
}

/** The index of the first item after a ";" that follows two or more items parted by no ";", or -1. */
function semicolonEnd(key: string, items: readonly Item[]): number {
  for (let n = 1; n < items.length; n++) if (key.slice(items[n - 1]!.g.end, items[n]!.g.start).includes(";")) return n >= 2 ? n : -1;
  return -1;
}

/**
 * "Hiện có 6 cuộc điều tra, gồm hai cuộc …, một cuộc … . X và Y cũng đang điều tra": parts joined
 * by commas alone (no "và", "hoặc", "cùng" before the last, no ";"), after a cue with no colon,
 * that fall short of the whole — the list may go on past its sentence, so the shortfall is doubtful.
 */
function mayGoOn(rc: RelateCtx, cue: Cue, parts: readonly Item[], whole: Fig): boolean {
  if (parts.length < 2 || parts.some((p) => p.remainder)) return false;
  if (rc.key.slice(cue.at, Math.min(rc.key.length, cue.end + 2)).includes(":")) return false;
  for (let n = 1; n < parts.length; n++) {
    const gap = rc.key.slice(parts[n - 1]!.g.end, parts[n]!.g.start);
    if (gap.includes(";") || (n === parts.length - 1 && /(?:^|[\s,])(?:và|hoặc|cùng)\s/u.test(gap))) return false;
  }
  const s = parts.reduce((t, p) => t + p.g.f.value * (p.factor ?? 1), 0);
  return s < whole.f.value;
}

/** Glue between a count of members and the sub-units they are in: "sinh hoạt tại", ", được tổ chức thành", "ở". */
const SPREAD_GAP = named("breakdown.SPREAD_GAP", /^[\s,]*(?:[\p{L}\p{M}]+\s+){0,5}$/u);

/** The figure the items of a sub-unit list count: the count right before the count of sub-units, in its sentence. */
function distributedWhole(rc: RelateCtx, u: Fig, items: readonly Item[], placed = false): Fig | undefined {
  const d = rc.figs[u.i - 1];
  if (!d || d.sent !== u.sent || u.f.kind !== "count" || !wholeLike(rc, d)) return undefined;
  const glue = rc.key.slice(d.end, u.start);
  if (!SPREAD_GAP.test(glue)) return undefined;
  // (with a cue after the sub-units, only people or things placed in them: "đảng viên sinh hoạt tại", "hội viên thuộc")
  if (placed && (d.f.kind !== "count" || !/[\p{L}]/u.test(glue))) return undefined;
  if (items.some((it) => subgroup(it, d))) return undefined;
  return items.every((it) => measureCompatible(d.f, it.g.f, d.kinds, it.g.kind) === "yes") ? d : undefined;
}

const SUBGROUP = new PhraseList(SUBGROUP_WORDS);
/** (in the label, only phrases of two words: a unit may be named "Thôn Mới") */
const SUBGROUP_VERB = new PhraseList(SUBGROUP_WORDS.filter((w) => w.includes(" ")));
/** "Chi bộ A kết nạp 2 đảng viên mới", "… 5 đảng viên nữ": a part that is a subgroup or a flow of the sub-unit's members. */
function subgroup(it: Item, d: Fig): boolean {
  const noun = foldedWords(it.g.noun);
  const hw = d.kind.head ? d.kind.head.split(" ") : [];
  const extra = noun.slice(0, hw.length).join(" ") === hw.join(" ") ? noun.slice(hw.length) : [];
  const label = it.label.split(" ").filter(Boolean);
  return !!SUBGROUP.find(extra) || classWords(extra).length > 0 || !!SUBGROUP_VERB.find(label.slice(-3));
}

/** "120 đoàn viên sinh hoạt tại 5 chi đoàn, trong đó: …": a count of sub-units between the whole and the cue. */
function unitsBetween(rc: RelateCtx, whole: Fig, cueAt: number, parts: readonly Item[]): Fig | undefined {
  const u = rc.figs[whole.i + 1];
  if (!u || u.sent !== whole.sent || u.end > cueAt || u.f.kind !== "count" || parts.some((p) => p.g === u)) return undefined;
  if (!SPREAD_GAP.test(rc.key.slice(whole.end, u.start)) || !/^[\s,:]*$/u.test(rc.key.slice(u.end, cueAt))) return undefined;
  return parts.every((p) => measureCompatible(u.f, p.g.f, u.kinds, p.g.kind) === "no") ? u : undefined;
}

/** Each part told by a name of its own ("Chi bộ Văn phòng 64 …", "Tổ 2 có 19 …"): distinct sub-units. */
function namedApart(parts: readonly Item[]): boolean {
  const names = parts.map((p) => p.label.split(" ").filter((w) => w && !LABEL_GLUE.has(w)).join(" "));
  return parts.length >= 2 && names.every(Boolean) && new Set(names).size === names.length;
}
const LABEL_GLUE = new Set(["và", "hoặc", "có", "là", "trong", "đó", "gồm", "cụ", "thể", "số"].map((w) => fold(w)));

/**
 * "21 tàu cá và cải hoán 4 tàu khác …; trong đó …", "1.100 trường …, hơn 1.700 nhóm trẻ. Trong đó …":
 * a whole listed beside another of its kind — the cue may speak of them together.
 */
function coordinated(rc: RelateCtx, w: Fig, parts: readonly Item[], units?: Fig, classes?: readonly Fig[]): boolean {
  for (const o of [rc.figs[w.i - 1], rc.figs[w.i + 1]]) {
    if (!o || o === units || classes?.includes(o) || o.sent !== w.sent || o.f.kind !== w.f.kind || o.f.kind === "percent" || o.change || parts.some((p) => p.g === o)) continue;
    // (two counts side by side in a list, whatever they count: "1.100 trường …, hơn 1.700 nhóm trẻ")
    const [a, b] = o.i < w.i ? [o, w] : [w, o];
    const gap = rc.key.slice(a.end, b.start);
    CUE_RE.lastIndex = 0;
    const cueBetween = CUE_RE.test(gap);
    CUE_RE.lastIndex = 0;
    if (gap.length <= 60 && !cueBetween && !/[\d.;:()]/.test(gap) && /(?:,|\svà|\scùng)\s+(?:[\p{L}\p{M}]+\s+){0,3}$/u.test(gap) && (a.f.kind === "count" || measureCompatible(a.f, b.f, a.kinds, b.kind) !== "no")) return true;
  }
  return false;
}

/** Temperatures, speeds, rates, sizes: values that do not add up. */
const NOT_ADDITIVE = new Set(["°c", "oc", "o c", "o", "°", "độ", "độ c", "km/h", "m/s", "%", "inch", "mp", "megapixel", "lít/100km"].map((w) => fold(w)));
function additive(g: Fig): boolean {
  return g.f.kind !== "measure" || !NOT_ADDITIVE.has(fold(g.f.unit ?? "").replace(/\s+/g, " ").trim());
}

/** Between a pair's second noun and its cue: no clause break but a comma, then a bracket. (Was /^[^,;:]*,?\s*\(?\s*$/u, the same strings: its loops on spaces after a comma overlapped.) */
const PAIR_TO_CUE = named("relate.pair-to-cue", /^[^,;:]*(?:,\s*(?:\(\s*)?)?$/u);

/**
 * "…, gấp 3,5 lần so với năm 2020 (44 sản phẩm). Trong đó, …": the base compared with (in a bracket after
 * "so với …", or right after "so với") is not what a list after it breaks down ("so với những năm trước
 * với 44.988 DN. Trong đó, …" is no base: words stand between), nor the plan compared with ("đạt 34 triệu hồ
 * sơ (đạt 67,8% so với chỉ tiêu 50 triệu hồ sơ). Trong đó, …").
 */
const COMPARED_BASE = named("breakdown.COMPARED_BASE", /so\s+với(?:(?:\s+[\p{L}\p{M}\d/]+){0,5}\s*\(|\s+(?:mức\s+)?|\s+(?:chỉ\s+tiêu|kế\s+hoạch|dự\s+toán)(?:\s+[\p{L}\p{M}]+){0,3})\s*$/u);
function comparedBase(rc: RelateCtx, g: Fig): boolean {
  const s = rc.sentences[g.sent];
  return COMPARED_BASE.test(rc.key.slice(Math.max(s ? s.start : 0, g.start - 40), g.start));
}

/** A figure that can be the whole of a list: a stock, not a percent, rate, range, change or a lone "1". */
function wholeLike(rc: RelateCtx, g: Fig): boolean {
  const f = g.f;
  if (f.kind === "percent" || f.per || f.range || g.change || f.of !== undefined) return false;
  return Math.abs(f.value) > 1 || f.kind !== "count";
}

const NOUN_OF_ITS_OWN = named("breakdown.NOUN_OF_ITS_OWN", /^\s*\p{L}/u);
/** "Vùng 2", "giai đoạn 1", "Phần 1": a number right after the whole's own noun (all its words) is a label. */
function labelNumber(rc: RelateCtx, it: Item, whole: Fig): boolean {
  const raw = rc.key.slice(Math.max(0, it.g.n0 - 20), it.g.n0);
  // "Vùng 2" has nothing between the noun and the number; "lao động nữ, 156 người" has a comma
  if (/[,;:.()]\s*$/u.test(raw)) return false;
  // "xuất khẩu lao động 50 người" of "1.000 lao động": the number counts a noun of its own, no label's number
  const own = rc.key.slice(it.g.n1, it.g.end);
  if (NOUN_OF_ITS_OWN.test(own) && foldedWords(own).join(" ") !== whole.kind.head) return false;
  // (all the head's words: "kỹ thuật viên 8 người" of "45 nhân viên" ends in "viên", no label of it)
  const before = foldedWords(raw);
  const head = whole.kind.head.split(" ");
  return !!whole.kind.head && before.length >= head.length && head.every((w, k) => before[before.length - head.length + k] === w);
}

/** Whether key[from, to) holds a number in digits that no figure holds (not a year). */
function bareNumberBetween(rc: RelateCtx, from: number, to: number): boolean {
  const bs = rc.bare;
  const lo = firstBareAt(rc, from);
  for (let i = lo; i < bs.length && bs[i]!.n0 < to; i++) {
    const b = bs[i]!;
    // "900 người cao tuổi trên 80 tuổi, trong đó …": an age, a time or a rank qualifies the whole, it is none
    if (NEVER_WHOLE_WORDS.has(fold(b.word))) continue;
    if (b.form === "digits" && !(b.value >= 1900 && b.value <= 2100 && Number.isInteger(b.value)) && !/^\s*[/-]/.test(rc.key.slice(b.n1, b.n1 + 2))) return true;
  }
  return false;
}
