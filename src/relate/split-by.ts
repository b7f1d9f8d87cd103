/**
 * A split of a whole by one attribute, told after the whole's own clause by "chia theo <attribute>:"
 * or "phân theo <attribute>:" after ";" or opening the next sentence (list.ts ends a list there, as
 * a split of its own, and no colon list reads it: its whole is before the ";" or the "."):
 *
 *   "Toàn huyện có 300 hộ nghèo, trong đó 120 hộ thuộc diện bảo trợ; chia theo xã: xã A 120 hộ, xã B
 *    95 hộ, xã C 80 hộ."                                              120 + 95 + 80 = 295 ≠ 300
 *   "Toàn huyện có 300 hộ nghèo. Phân theo xã: xã A 120 hộ, xã B 100 hộ, xã C 80 hộ."   right
 * The items are each a label and a plain count of one noun, of the whole's kind, each smaller than the
 * whole, to the end of the sentence (nothing after the last, no "…"); the whole is the whole of a list
 * in its clause before the ";" (or in the sentence before), or the only figure of its kind there.
 * Not: examples or the largest ("chia theo xã: nhiều nhất là xã A …"), items that add up to another
 * figure told before (a split of a part: "…, trong đó 200 hộ thuộc diện bảo trợ; chia theo xã: …"
 * adding up to 200). A second split after a first ("Phân theo lĩnh vực: …. Phân theo quốc gia: …") is
 * of the first one's whole, never of one of its items.
 */
import { named, src } from "../text/rx.js";
import { fold } from "../text/fold.js";
import { cls, SPACE } from "../text/chars.js";
import { cueOf, figMember, sentenceOf, type Fig, type Rel, type RelateCtx } from "./context.js";
import { cueWord, wordTokens } from "./cue-scan.js";
import { measureCompatible } from "./kinds.js";
import { RelationDraft } from "./relation-draft.js";
import { plain } from "./shape-cues.js";
import { NEVER_WHOLE } from "../lexicon/kinds.js";

/** "chia theo xã:", "phân theo giới tính:" (up to three words of the attribute). */
const CUE = named("split-by.CUE", /(?<![\p{L}\p{M}])(?:chia|phân)\s+theo\s+[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)?\s*:/gu);
/** The first split cue of a sentence: figures after it are a split's items, never a whole. */
const CUE_ONE = named("split-by.CUE_ONE", /(?<![\p{L}\p{M}])(?:chia|phân)\s+theo\s+[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)?\s*:/u);
/** A label before an item: a separator, then words (no number, no clause break). */
const LABEL = named("split-by.LABEL", /^\s*(?:[,;]\s*)?(?:và\s+)?[\p{L}\p{M}][\p{L}\p{M}\s\-–]{0,60}$/u);
/** Words that give examples or the largest items, not all of them. */
const SOME = named("split-by.SOME", new RegExp(src`(?:^|[^\p{L}\p{M}])(?:${["nhiều nhất", "cao nhất", "lớn nhất", "ít nhất", "thấp nhất", "chủ yếu", "điển hình", "tiêu biểu", "nổi bật", "như", "trong đó", "riêng"]})(?![\p{L}\p{M}])`, "u"));
/** A number that qualifies an item in its label: "30 tuổi", "từ 30 đến 50 tuổi", "5 năm trở lên" (a unit no count has). */
const QUALIFIED = named("split-by.QUALIFIED", new RegExp(src`(?<![\d.,])\d+(?:[.,]\d+)?(?:\s*(?:đến|tới|-|–)\s*(?:dưới\s+)?\d+(?:[.,]\d+)?)?\s*${NEVER_WHOLE}(?![\p{L}\p{M}])(?:\s+trở\s+(?:lên|xuống))?`, "gu"));
/** The whole right before the "," of "…, chia theo …:": a figure and its noun (no other number, no break). */
const NOUN_TO_COMMA = named("split-by.NOUN_TO_COMMA", /^[^\d,;:()]{0,40}$/u);
function wholeRightBefore(rc: RelateCtx, from: number, comma: number): boolean {
  const g = rc.figs.findLast((x) => x.end <= from + comma);
  return !!g && g.start >= from && NOUN_TO_COMMA.test(rc.key.slice(g.end, from + comma));
}

/** CUE at one position (sticky): cueMatches tries it only where a match may start. */
const CUE_AT = named("split-by.CUE_AT", new RegExp(CUE.source, "uy"));
/** The tokens "theo" (from cue-scan's one pass over the tokens). */
const THEO_WORD = cueWord("theo");

/**
 * The matches of a global scan of the key with CUE, in order. Every match holds "chia" or "phân",
 * white space, "theo" and white space: so "theo" is a token of its own there, and the match starts 4
 * units before the white space read back from it; CUE is tried (sticky) there only. ("theo" is a
 * common word and "chia/phân theo" a rare cue: the scan of the whole text cost more than its tokens
 * "theo", read from the pass the other finders' cue words share.)
 */
export function cueMatches(rc: RelateCtx): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const theo = wordTokens(rc, THEO_WORD);
  if (!theo.length) return out;
  const key = rc.key;
  const starts = rc.doc.tokens.start;
  let from = 0;
  for (const i of theo) {
    const p = starts[i]!;
    let j = p;
    while (j > 0 && cls(key.charCodeAt(j - 1)) & SPACE) j--;
    // ("chia" and "phân" are both 4 units, as the pattern writes them)
    if (j === p || j < 4 || !(key.startsWith("chia", j - 4) || key.startsWith("phân", j - 4))) continue;
    const at = j - 4;
    // (a global scan goes on after its last match)
    if (at < from) continue;
    CUE_AT.lastIndex = at;
    const m = CUE_AT.exec(key);
    if (m) {
      out.push(m);
      from = at + m[0].length;
    }
  }
  return out;
}

/** The specification of {@link cueMatches} (for its property test): the global scan. */
export function cueMatchesSpec(key: string): RegExpExecArray[] {
  return [...key.matchAll(CUE)];
}

export function findSplitsBy(rc: RelateCtx): Rel[] {
  const out: Rel[] = [];
  const key = rc.key;
  // a split's items are never the whole of the next split: that split is of the same whole (by sentence of the items)
  const splitWhole = new Map<number, Fig>();
  for (const m of cueMatches(rc)) {
    const at = m.index;
    const colon = at + m[0].length;
    const si = sentenceOf(rc, at);
    const s = rc.sentences[si];
    if (!s) continue;
    // after ";" in the whole's sentence, or opening a sentence of its own (the whole in the one before)
    // (or right after the whole's noun and a ",": "Tổng số 1.000 lao động, chia theo độ tuổi: …")
    const before = key.slice(s.start, at).trimEnd();
    const ws = before === "" ? si - 1 : before.endsWith(";") || (before.endsWith(",") && wholeRightBefore(rc, s.start, before.length - 1)) ? si : -1;
    if (ws < 0) continue;
    const items = itemsAfter(rc, colon, s.end, si);
    if (!items) continue;
    const prior = splitWhole.get(ws);
    const whole = prior ? sameWhole(rc, prior, ws, at, items) : wholeOf(rc, ws, at, items);
    if (!whole) continue;
    splitWhole.set(si, whole);
    const r = new RelationDraft("breakdown", "explicit", cueOf(rc, at, colon), [figMember(rc, "whole", whole), ...items.map((g) => figMember(rc, "part", g))], undefined, "relate.breakdown.split-by");
    r.closed = true;
    r.parts = "disjoint";
    out.push(r as unknown as Rel);
  }
  return out;
}

/** The items after the colon to the end of the sentence, each a label and a plain count of one noun; null if anything else. */
function itemsAfter(rc: RelateCtx, from: number, end: number, si: number): Fig[] | null {
  const items: Fig[] = [];
  let pos = from;
  let h = rc.figs.find((g) => g.start >= from);
  for (; h && h.sent === si && h.start < end; h = rc.figs[h.i + 1]) {
    // ("dưới 30 tuổi 300 người", "từ 30 đến 50 tuổi 500 người": an age or a time qualifies the item)
    const label = rc.key.slice(pos, h.start).replace(QUALIFIED, "x");
    if (!LABEL.test(label) || label.trim().split(/\s+/u).length > 7 || SOME.test(rc.key.slice(pos, h.start))) return null;
    if (!plain(h) || h.f.approx || h.f.bound) return null;
    items.push(h);
    pos = h.end;
  }
  // (after the last item the sentence ends: "." or nothing)
  if (items.length < 2 || !/^\.?$/u.test(rc.key.slice(pos, end).trim())) return null;
  const noun = fold(items[0]!.f.noun ?? "");
  if (!noun || items.some((g) => fold(g.f.noun ?? "") !== noun)) return null;
  // (no item already in a relation)
  for (const r of rc.found) for (const mb of r.members) if (mb.figure && items.some((g) => g.f.id === mb.figure)) return null;
  return items;
}

/**
 * A second split right after a first one ("Phân theo lĩnh vực: …. Phân theo quốc gia: …"): the first
 * split's whole, when it is larger than each item and the items add up to no figure of the first split
 * (a split of one of its items).
 */
function sameWhole(rc: RelateCtx, prior: Fig, ws: number, to: number, items: readonly Fig[]): Fig | null {
  if (!items.every((p) => measureCompatible(prior.f, p.f, prior.kinds, p.kind) === "yes" && p.f.value < prior.f.value)) return null;
  const sum = items.reduce((a, g) => a + g.f.value, 0);
  return rc.figs.some((g) => g.sent === ws && g.end <= to && g.f.kind === prior.f.kind && Math.abs(g.f.value - sum) < 1e-9) ? null : prior;
}

/**
 * The whole in sentence `ws` before `to`: the whole of a breakdown there of the items' kind, or else the
 * only figure of their kind there; larger than each item, and no other figure of their kind there that
 * the items add up to (a split of a part).
 */
function wholeOf(rc: RelateCtx, ws: number, to: number, items: readonly Fig[]): Fig | null {
  if (ws < 0) return null;
  // (nothing after a first split in that sentence: "Phân theo dân tộc: Kinh 60 hộ, …; chia theo xã: …")
  const s = rc.sentences[ws];
  const c = s ? CUE_ONE.exec(rc.key.slice(s.start, to)) : null;
  if (c) to = s!.start + c.index;
  const fits = (g: Fig) => g.sent === ws && g.end <= to && plain(g) && !g.f.approx && !g.f.bound && items.every((p) => measureCompatible(g.f, p.f, g.kinds, p.kind) === "yes" && p.f.value < g.f.value);
  const cands = rc.figs.filter(fits);
  if (!cands.length) return null;
  let whole: Fig | undefined;
  for (const r of rc.found) {
    if (r.kind !== "breakdown") continue;
    const w = r.members.find((mb) => mb.role === "whole")?.figure;
    const g = w ? cands.find((c) => c.f.id === w) : undefined;
    if (g) whole = whole ?? g;
  }
  if (!whole) {
    if (cands.length !== 1) return null;
    whole = cands[0]!;
  }
  const sum = items.reduce((a, g) => a + g.f.value, 0);
  const others = rc.figs.filter((g) => g.sent === ws && g.end <= to && g !== whole && g.f.kind === whole!.f.kind);
  if (others.some((g) => Math.abs(g.f.value - sum) < 1e-9)) return null;
  return whole;
}
