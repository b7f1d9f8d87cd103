/**
 * All figures of a document: money, percent, measure and count, with overlaps removed.
 *
 * When two hits overlap, the one that covers more of the number wins; ties go to the kind
 * listed first in PRIORITY (money > percent > measure > count): "3,247 tỉ đồng" is money,
 * not a count of "tỉ đồng"; "217%" is a percent.
 */
import type { Ctx, FigureHit } from "./types.js";
import { recognizeMoney } from "./money.js";
import { recognizePercent } from "./percent.js";
import { recognizeMeasure } from "./measure.js";
import { recognizeCounts } from "./count.js";
import { recognizeStatedCounts } from "./count-stated.js";
import { scanNumbers } from "./number.js";
import { inOrder } from "../text/lists.js";
import { named } from "../text/rx.js";

const PRIORITY = ["money", "percent", "measure", "count"] as const;

/** Any ASCII digit (the only digits the glued forms read: `\d`). */
const DIGIT = named("figures.DIGIT", /[0-9]/);

export function recognizeFigures(ctx: Ctx): FigureHit[] {
  // Every figure is read from a number of scanNumbers, except money glued to letters (codesGlued:
  // "USD1,23"; money.ts GLUED: digits right after a letter), whose patterns both hold a digit: a text
  // with no number and no digit has no figure (most short texts: a title with neither).
  if (!scanNumbers(ctx).length && !DIGIT.test(ctx.doc.key)) return [];
  const all: FigureHit[] = recognizeMoney(ctx);
  return removeOverlaps(finite(all.concat(recognizePercent(ctx), recognizeMeasure(ctx), recognizeCounts(ctx), recognizeStatedCounts(ctx))));
}

/**
 * The hits whose value (and range) a double can hold: 300 nines before "tỷ đồng" is 1e309, which
 * is Infinity, not an amount (the schema rejects it and JSON would write null). Such a number is
 * left unread, as one too long to be a figure.
 */
function finite(hits: FigureHit[]): FigureHit[] {
  return hits.every(holds) ? hits : hits.filter(holds);
}
const holds = (h: FigureHit): boolean => Number.isFinite(h.value) && (!h.range || (Number.isFinite(h.range.from) && Number.isFinite(h.range.to)));

export function removeOverlaps(hits: FigureHit[]): FigureHit[] {
  // Hits collide only when their numbers overlap, so the priority pass runs on each cluster of
  // overlapping numbers alone: the same result as one pass over all hits, in O(n log n). Hits are
  // handled by their index in `hits` (the order the recognisers gave, which breaks ties).
  const n = hits.length;
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  const byPos: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const h = hits[i]!;
    lo[i] = h.numStart ?? h.start;
    hi[i] = h.numEnd ?? h.end;
    byPos[i] = i;
  }
  inOrder(byPos, (a, b) => lo[a]! - lo[b]! || hi[a]! - hi[b]! || a - b);
  const kept: FigureHit[] = [];
  let cluster: number[] = [];
  let reach = -1;
  for (const i of byPos) {
    if (cluster.length && lo[i]! >= reach) {
      keepBest(hits, cluster, kept);
      cluster = [];
    }
    cluster.push(i);
    reach = Math.max(reach, hi[i]!);
  }
  if (cluster.length) keepBest(hits, cluster, kept);
  return inOrder(kept, (a, b) => a.start - b.start || a.end - b.end);
}

/** Within one cluster (indexes into `hits`): the hit covering more of the number wins, then the kind listed first. */
function keepBest(hits: FigureHit[], cluster: number[], kept: FigureHit[]): void {
  if (cluster.length === 1) {
    kept.push(hits[cluster[0]!]!);
    return;
  }
  // each hit's keys read once (the comparator read them at every comparison): the number's
  // length, the kind's rank, the phrase's length, by place in the cluster; ties keep the order the
  // recognisers gave
  const m = cluster.length;
  const numLen: number[] = new Array(m);
  const rank: number[] = new Array(m);
  const len: number[] = new Array(m);
  const order: number[] = new Array(m);
  for (let k = 0; k < m; k++) {
    const h = hits[cluster[k]!]!;
    numLen[k] = (h.numEnd ?? h.end) - (h.numStart ?? h.start);
    rank[k] = PRIORITY.indexOf(h.kind);
    len[k] = h.end - h.start;
    order[k] = k;
  }
  order.sort((x, y) => numLen[y]! - numLen[x]! || rank[x]! - rank[y]! || len[y]! - len[x]! || cluster[x]! - cluster[y]!);
  const mine: FigureHit[] = [];
  // (read through order, with no array of the sorted hit indexes: order.map's array met the loop
  // with more than one map and made V8 compile keepBest again)
  for (let j = 0; j < m; j++) {
    const h = hits[cluster[order[j]!]!]!;
    const hs = h.numStart ?? h.start;
    const he = h.numEnd ?? h.end;
    // two hits collide when their numbers overlap; a range ("18-22 cent") yields two hits with
    // distinct numbers inside one phrase, so the phrase alone is not a collision
    if (mine.some((k) => hs < (k.numEnd ?? k.end) && (k.numStart ?? k.start) < he && !(k.kind === h.kind && k.rule === h.rule && k.value !== h.value && k.start === h.start))) continue;
    mine.push(h);
  }
  kept.push(...mine);
}
