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
 */
import { fold } from "../text/fold.js";
import { AGGREGATES, WHOLE_NAMERS } from "../lexicon/relation-cues.js";
import { cueOf, figMember, foldedWords, PhraseList, textMember, type Fig, type Rel, type RelateCtx } from "./context.js";
import { anchorOf, basisAfter, fractionAfter } from "./anchor.js";
import { kindOf, kindsCompatible } from "./kinds.js";
import type { RelationMember } from "../schema.js";

const CHIEM_BEFORE = /(?:^|[^\p{L}\p{M}])chiếm(?:\s+(?:tỉ\s+lệ|tỉ\s+trọng|khoảng|gần|hơn|trên|xấp\s+xỉ))*\s*$/u;
const NAMER = new PhraseList(WHOLE_NAMERS);
const AGGREGATE = new PhraseList(AGGREGATES);
const STOP = new Set(["và", "của", "trong", "là", "với", "so", "đạt", "tăng", "giảm", "chiếm", "nhưng", "còn", "theo", "tại", "ở", "cả", "nước"].map((w) => fold(w)));

export interface NamedWhole {
  start: number;
  end: number;
  words: string[];
}

/** "chiếm 15,4% tổng số chuyến bay chậm", "45% GDP": the whole a percent names after it. */
export function namedWhole(rc: RelateCtx, p: Fig): NamedWhole | undefined {
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
  return { start, end: start + m[1]!.trimEnd().length, words };
}

/** A figure before the percent that counts the named whole: same head, and the last word named. */
function findNamed(rc: RelateCtx, nw: NamedWhole, p: Fig, part: Fig | undefined): Fig | undefined {
  const k = kindOf(nw.words.join(" "));
  const last = nw.words[nw.words.length - 1]!;
  for (let j = p.i - 1; j >= 0 && j >= p.i - 40; j--) {
    const g = rc.figs[j]!;
    if (g.sent < p.sent - 6) break;
    if (g === part || g.f.kind !== "count" || g.change || g.f.of !== undefined) continue;
    if (kindsCompatible(k, g.kind) !== "yes" && kindsCompatible(g.kind, k) !== "yes") continue;
    const ws = new Set(foldedWords(`${g.f.noun ?? ""} ${g.f.subject ?? ""}`));
    if (nw.words.length === 1 || ws.has(last)) return g;
  }
  return undefined;
}

export function findShares(rc: RelateCtx): Rel[] {
  const out: Rel[] = [];
  const key = rc.key;
  const partOf = new Map<string, { whole: string; certainty: "explicit" | "inferred" }>();
  for (const r of rc.found) {
    if (r.kind !== "breakdown") continue;
    const w = r.members.find((m) => m.role === "whole");
    if (!w?.figure || w.value !== rc.byId.get(w.figure)?.f.value) continue;
    for (const m of r.members) if (m.role !== "whole" && m.figure) partOf.set(m.figure, { whole: w.figure, certainty: r.certainty });
  }
  for (const p of rc.figs) {
    if (p.f.kind !== "percent") continue;
    const s = rc.sentences[p.sent];
    const before = key.slice(Math.max(s ? s.start : 0, p.start - 30), p.start);
    if (!CHIEM_BEFORE.test(before) && p.f.comparison?.relation !== "chiếm") continue;
    const basis = basisAfter(rc, p.end, s ? s.end : key.length);
    if (basis) continue; // "chiếm 60% kế hoạch" is a plan
    const part = anchorOf(rc, p.i) ?? fractionAfter(rc, p.i);
    const nw = namedWhole(rc, p);
    if (part && part.f.of !== undefined && !nw) continue; // the rate of a fraction (fraction relation)
    let whole: Fig | undefined;
    let certainty: "explicit" | "inferred" = "explicit";
    if (nw) whole = findNamed(rc, nw, p, part);
    else if (part) {
      const b = partOf.get(part.f.id);
      if (b) {
        whole = rc.byId.get(b.whole);
        certainty = b.certainty;
      }
    }
    const members: RelationMember[] = [];
    if (part) members.push(figMember(rc, "part", part, part.f.of !== undefined ? { of: part.f.of } : {}));
    if (whole) members.push(figMember(rc, "whole", whole));
    else if (nw) members.push(textMember(rc, "whole", nw.start, nw.end, { label: nw.words.join(" ") }));
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

export function findFractions(rc: RelateCtx): Rel[] {
  const out: Rel[] = [];
  for (const g of rc.figs) {
    if (g.f.of === undefined || g.f.kind !== "count") continue;
    // its rate: a percent glued after it, or a percent right before it with the fraction in a bracket
    let p: Fig | undefined;
    const next = rc.figs[g.i + 1];
    if (next && next.f.kind === "percent" && anchorOf(rc, next.i) === g) p = next;
    const prev = rc.figs[g.i - 1];
    if (!p && prev && prev.f.kind === "percent" && fractionAfter(rc, prev.i) === g) p = prev;
    if (p) {
      const s = rc.sentences[p.sent];
      const b = basisAfter(rc, p.end, s ? s.end : rc.key.length);
      // "đạt 1.152/1.000 …, bằng 115,2% dự toán": actual of plan, not a part of a whole
      if (b?.kind === "plan") {
        out.push({
          kind: "plan",
          certainty: "explicit",
          cue: cueOf(rc, b.start, b.end),
          members: [figMember(rc, "actual", g), figMember(rc, "percent", p), figMember(rc, "plan", g, { value: g.f.of, label: "A/B: B" })],
          rule: "relate.plan.fraction",
        });
        continue;
      }
      if (namedWhole(rc, p)) p = undefined;
    }
    const members: RelationMember[] = [figMember(rc, "fraction", g)];
    if (p) members.push(figMember(rc, "percent", p));
    out.push({ kind: "fraction", certainty: "explicit", cue: cueOf(rc, g.n0, g.n1), members, rule: p ? "relate.fraction.rate" : "relate.fraction" });
  }
  return out;
}
