/** Placeholder: people, positions and organisations are being written (issue 3). */
import type { Ctx, OrgHit, PersonHit } from "./types.js";

export function recognizePeople(_ctx: Ctx): PersonHit[] {
  return [];
}
export function recognizeOrganizations(_ctx: Ctx): OrgHit[] {
  return [];
}
