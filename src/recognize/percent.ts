/** Placeholder: the percent recogniser is being written (issue 2). Returns nothing yet. */
import type { Ctx, FigureHit } from "./types.js";

export function recognizePercent(_ctx: Ctx): FigureHit[] {
  return [];
}
