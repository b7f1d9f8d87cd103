/**
 * The phases `people` and `organizations` (phases.ts): people with titles and honorifics, and
 * organisations (recognize/people.ts and what it imports: names, titles, honorifics, bylines,
 * org phrases and their word lists).
 */
import { recognizeOrganizations, recognizePeople } from "../recognize/people.js";
import type { Work } from "./work.js";

export function people(w: Work): void {
  w.personHits = recognizePeople(w.ctx);
}

export function organizations(w: Work): void {
  w.orgHits = recognizeOrganizations(w.ctx, w.personHits);
}
