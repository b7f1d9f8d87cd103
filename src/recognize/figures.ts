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

const PRIORITY = ["money", "percent", "measure", "count"] as const;

export function recognizeFigures(ctx: Ctx): FigureHit[] {
  const all = [
    ...recognizeMoney(ctx),
    ...recognizePercent(ctx),
    ...recognizeMeasure(ctx),
    ...recognizeCounts(ctx),
  ];
  return removeOverlaps(all);
}

export function removeOverlaps(hits: FigureHit[]): FigureHit[] {
  const rank = (h: FigureHit) => PRIORITY.indexOf(h.kind);
  const numLen = (h: FigureHit) => (h.numEnd ?? h.end) - (h.numStart ?? h.start);
  const sorted = [...hits].sort((a, b) => numLen(b) - numLen(a) || rank(a) - rank(b) || b.end - b.start - (a.end - a.start));
  const kept: FigureHit[] = [];
  for (const h of sorted) {
    const hs = h.numStart ?? h.start;
    const he = h.numEnd ?? h.end;
    // two hits collide when their numbers overlap; a range ("18-22 cent") yields two hits with
    // distinct numbers inside one phrase, so the phrase alone is not a collision
    if (kept.some((k) => hs < (k.numEnd ?? k.end) && (k.numStart ?? k.start) < he && !(k.kind === h.kind && k.rule === h.rule && k.value !== h.value && k.start === h.start))) continue;
    kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
