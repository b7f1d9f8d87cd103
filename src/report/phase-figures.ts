/** The phase `figures` (phases.ts): money, percents, counts, measures (recognize/figures.ts, over the number scan). */
import { recognizeFigures } from "../recognize/figures.js";
import type { Work } from "./work.js";

export function figures(w: Work): void {
  w.figureHits = recognizeFigures(w.ctx);
}
