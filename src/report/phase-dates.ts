/** The phase `dates` (phases.ts): dates (recognize/date.ts). */
import { recognizeDates } from "../recognize/date.js";
import type { Work } from "./work.js";

export function dates(w: Work): void {
  w.dates = recognizeDates(w.ctx);
}
