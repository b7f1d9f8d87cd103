/** Placeholder: the count recogniser is being written (issue 2). Returns nothing yet. */
import type { Ctx, FigureHit } from "./types.js";

export function recognizeCounts(_ctx: Ctx): FigureHit[] {
  return [];
}
