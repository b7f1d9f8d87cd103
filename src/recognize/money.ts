/** Placeholder: the money recogniser is being written (issue 2). Returns nothing yet. */
import type { Ctx, FigureHit } from "./types.js";

export function recognizeMoney(_ctx: Ctx): FigureHit[] {
  return [];
}
