/** Placeholder: linking figures to subjects, comparisons and breakdowns (issue 4/5). */
import type { Ctx, FigureHit } from "../recognize/types.js";
import type { Figure } from "../schema.js";

/** Fill subject, comparison, parent/children and breakdown on the figures (same order as hits). */
export function linkFigures(_ctx: Ctx, _hits: FigureHit[], figures: Figure[]): Figure[] {
  return figures;
}
