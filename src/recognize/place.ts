/**
 * Listed place names (lexicon/org-heads.ts PLACES: provinces and large cities) by their folded
 * words: a whole name, or the first words of one. Read by the people recognisers (name.ts) and by
 * the counts (count-words.ts: "3 xã Hà Nội" is not a count of people named Hà Nội), without the
 * name reader: a worker that runs the figures only (report/sides.ts) does not load name.ts.
 *
 *   isPlace("ha noi")   → true          isPlace("ha")  → false (only the start of one)
 */
import { fold } from "../text/fold.js";
import { PLACES } from "../lexicon/org-heads.js";

/** Every prefix of every name (folded words, single-spaced) → whether it is a whole name. */
export function byPrefix(names: readonly string[]): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const name of names) {
    const ws = fold(name).split(" ");
    for (let n = 1; n <= ws.length; n++) {
      const p = ws.slice(0, n).join(" ");
      out.set(p, out.get(p) === true || n === ws.length);
    }
  }
  return out;
}

/** The places by prefix (name.ts reads the prefixes too). */
export const PLACE = byPrefix(PLACES);

/** A folded key that is a whole listed place name. */
export function isPlace(key: string): boolean {
  return PLACE.get(key) === true;
}
