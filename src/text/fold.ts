/**
 * Folded keys for matching Vietnamese words, whatever their spelling.
 *
 *   fold("Hoà") === fold("hòa")        // "hoà"  – old and new tone placement
 *   fold("Thủy") === fold("thuỷ")      // "thuỉ" – and i/y
 *   fold("Tỷ") === fold("tỉ")          // "tỉ"
 *   fold("bà") !== fold("ba")          // tones and vowel marks are never dropped
 *
 * The key has exactly one UTF-16 unit per unit of an NFC input, so an index into the key is an
 * index into the text it was made from. Rules applied, per syllable:
 *   1. lower case (only where lower-casing keeps the length);
 *   2. y → i (tỷ/tỉ, kỹ/kĩ, quý/quí, Mỹ/Mĩ);
 *   3. in an open syllable ending in the vowel pairs oa, oe, uy the tone sits on the second
 *      vowel ("new" placement: hoà, khoẻ, thuỷ); elsewhere both conventions already agree.
 */

const TONES = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]; // huyền sắc hỏi ngã nặng
const BASES = "aăâeêioôơuưy";

/** char → [base vowel without tone, tone index 0..5 (0 = none)] */
const DECOMPOSE = new Map<string, [string, number]>();
/** base + tone index → char */
const COMPOSE = new Map<string, string>();
for (const b of BASES) {
  DECOMPOSE.set(b, [b, 0]);
  COMPOSE.set(b + 0, b);
  TONES.forEach((t, i) => {
    const c = (b + t).normalize("NFC");
    DECOMPOSE.set(c, [b, i + 1]);
    COMPOSE.set(b + (i + 1), c);
  });
}

function isLetter(c: string): boolean {
  return DECOMPOSE.has(c) || /\p{L}/u.test(c);
}

/** Lower-case one UTF-16 unit when that keeps its length; otherwise return it unchanged. */
function lower1(c: string): string {
  const l = c.toLowerCase();
  return l.length === c.length ? l : c;
}

/**
 * Fold a string that is already NFC. Output has the same length as the input.
 * Non-letters pass through unchanged.
 */
export function foldNfc(s: string): string {
  let out = "";
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s[i]!;
    const code = c.charCodeAt(0);
    // fast path for ASCII non-letters
    if (code < 0x41 || (code > 0x5a && code < 0x61) || (code > 0x7a && code < 0xc0)) {
      out += c;
      i++;
      continue;
    }
    // gather one run of letters (a syllable)
    let j = i;
    while (j < n && isLetter(s[j]!)) j++;
    if (j === i) {
      out += c;
      i++;
      continue;
    }
    out += foldSyllable(s.slice(i, j));
    i = j;
  }
  return out;
}

function foldSyllable(syl: string): string {
  let chars = Array.from(syl.toLowerCase().length === syl.length ? syl.toLowerCase() : [...syl].map(lower1).join(""));
  if (chars.length !== syl.length) chars = [...syl].map(lower1); // astral letters: keep as is
  // y → i, keeping tone
  for (let k = 0; k < chars.length; k++) {
    const d = DECOMPOSE.get(chars[k]!);
    if (d && d[0] === "y") chars[k] = COMPOSE.get("i" + d[1])!;
  }
  // tone placement in open syllables ending in oa / oe / ui(uy)
  const m = chars.length;
  if (m >= 2) {
    const a = DECOMPOSE.get(chars[m - 2]!);
    const b = DECOMPOSE.get(chars[m - 1]!);
    if (a && b && a[1] !== 0 && b[1] === 0) {
      const pair = a[0] + b[0];
      // "qu" + a: u is part of the onset, tone already on the last vowel; "gi" likewise.
      const onsetU = pair.startsWith("u") && m >= 3 && chars[m - 3] === "q";
      if ((pair === "oa" || pair === "oe" || pair === "ui") && !onsetU) {
        chars[m - 2] = COMPOSE.get(a[0] + 0)!;
        chars[m - 1] = COMPOSE.get(b[0] + a[1])!;
      }
    }
  }
  return chars.join("");
}

/** Fold any string: NFC first, then {@link foldNfc}. Use for word lists and lookups. */
export function fold(s: string): string {
  return foldNfc(s.normalize("NFC"));
}

/** Remove every tone and vowel mark and đ → d. Only for loose comparison, never for matching words. */
export function stripMarks(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}
