/** Placeholder: the date recogniser is being written (issue 2). */
import type { Ctx, DateHit } from "./types.js";

export function recognizeDates(_ctx: Ctx): DateHit[] {
  return [];
}
