/**
 * One person written two ways in the same post: merged under the spelling written most often.
 */
import type { PersonHit, PositionHit } from "./types.js";
import { stripMarks } from "../text/fold.js";
import { dedupe } from "./honorific.js";

export interface Person {
  name: string;
  honorifics: string[];
  positions: PositionHit[];
  bases: string[];
  /** Which mention each position came from. */
  src: number[];
  roles: string[];
  mentions: PersonHit["mentions"];
  first: number;
}


/** stripMarks(name).toLowerCase(), remembered by name (the same names come back in many posts); cleared when large. */
const BARE = new Map<string, string>();
function bareKey(name: string): string {
  let k = BARE.get(name);
  if (k === undefined) {
    if (BARE.size >= 20_000) BARE.clear();
    BARE.set(name, (k = stripMarks(name).toLowerCase()));
  }
  return k;
}

/** How many " " a string holds (its words split at " ", less one). */
function spaces(s: string): number {
  let n = 0;
  for (let i = s.indexOf(" "); i >= 0; i = s.indexOf(" ", i + 1)) n++;
  return n;
}

/**
 * One person written two ways in the same post ("Trần Văn Khanh" ×6, "Trần Văn Khánh" ×1): names
 * equal but for tone and vowel marks are merged under the spelling written most often.
 */
export function mergeSpellings(list: Person[]): Person[] {
  const groups = new Map<string, Person[]>();
  for (const p of list) {
    if (spaces(p.name) < 2) {
      groups.set(`\u0000${p.name}`, [p]);
      continue;
    }
    const k = bareKey(p.name);
    groups.set(k, [...(groups.get(k) ?? []), p]);
  }
  const out: Person[] = [];
  for (const g of groups.values()) {
    if (g.length === 1) {
      out.push(g[0]!);
      continue;
    }
    const main = [...g].sort((a, b) => b.mentions.length - a.mentions.length || a.first - b.first)[0]!;
    for (const p of g) {
      if (p === main) continue;
      main.honorifics = dedupe([...main.honorifics, ...p.honorifics]);
      main.roles = [...new Set([...main.roles, ...p.roles])];
      main.mentions.push(...p.mentions);
      main.first = Math.min(main.first, p.first);
      for (const [i, pos] of p.positions.entries()) {
        if (!main.bases.includes(p.bases[i]!)) {
          main.bases.push(p.bases[i]!);
          main.src.push(-1);
          main.positions.push(pos);
        }
      }
    }
    out.push(main);
  }
  return out;
}

