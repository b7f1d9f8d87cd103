/**
 * Photo credits that ran on into the next caption: a credit reads up to four capitalised words,
 * and a caption that opens with capitalised words glues them on ("Ảnh: Minh An Vui Tết Trung thu
 * là …" reads "Minh An Vui Tết"). A photographer is credited under several photos of a post, so
 * a credit that starts with another, shorter credit of the same post is that credit; a name
 * written twice ("Ảnh: Minh An Minh An - Bảo Ngọc") is one credit twice.
 */
import type { BylineHit } from "./byline.js";

/** The credit's first half when its words are one name written twice ("Minh An Minh An"), else null. */
export function repeatedName(words: readonly string[]): string[] | null {
  if (words.length !== 4) return null;
  return words[0] === words[2] && words[1] === words[3] ? words.slice(0, 2) : null;
}

/** Cut each credit of three words or more to a shorter credit of the same post it starts with (in place). */
export function trimToShorterCredits(out: BylineHit[]): BylineHit[] {
  if (out.length < 2) return out;
  const names = new Set(out.map((h) => h.name));
  for (const h of out) {
    const words = h.name.split(" ");
    // the shortest credit that opens this one (names are two words at least)
    for (let n = 2; n < words.length; n++) {
      const head = words.slice(0, n).join(" ");
      if (!names.has(head)) continue;
      h.name = head;
      h.end = h.start + head.length;
      break;
    }
  }
  return out;
}
