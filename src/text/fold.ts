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

/*
 * Lookup tables over the BMP below U+2000 (every Latin letter Vietnamese uses lives there):
 *   FOLD[c]   folded unit: lower case, y → i (keeping the tone);
 *   LETTER[c] 1 for letters and combining marks (they make up a syllable);
 *   VBASE[c]  index of the base vowel of a folded vowel in BASES (255 when not a vowel);
 *   VTONE[c]  its tone (0 none, 1..5).
 */
const TABLE = 0x2000;
const FOLD = new Uint16Array(TABLE);
const LETTER = new Uint8Array(TABLE);
const VBASE = new Uint8Array(TABLE).fill(255);
const VTONE = new Uint8Array(TABLE);
const COMPOSE_CODE = new Uint16Array(BASES.length * 6);
for (let c = 0; c < TABLE; c++) {
  const ch = String.fromCharCode(c);
  const lo = ch.toLowerCase();
  let f = lo.length === 1 ? lo : ch;
  const d = DECOMPOSE.get(f);
  if (d && d[0] === "y") f = COMPOSE.get("i" + d[1])!;
  FOLD[c] = f.charCodeAt(0);
  LETTER[c] = /[\p{L}\p{M}]/u.test(ch) ? 1 : 0;
}
for (const [ch, [base, tone]] of DECOMPOSE) {
  const code = ch.charCodeAt(0);
  VBASE[code] = BASES.indexOf(base);
  VTONE[code] = tone;
  COMPOSE_CODE[BASES.indexOf(base) * 6 + tone] = code;
}
const B_O = BASES.indexOf("o");
const B_A = BASES.indexOf("a");
const B_E = BASES.indexOf("e");
const B_U = BASES.indexOf("u");
const B_I = BASES.indexOf("i");
const Q = "q".charCodeAt(0);
/** Turns the folded units back into a string (far faster than String.fromCharCode on large texts). */
const UTF16 = new TextDecoder("utf-16le");

function isLetterCode(c: number): boolean {
  if (c < TABLE) return LETTER[c] === 1;
  if (c >= 0xd800 && c < 0xe000) return false; // surrogates: never part of a Vietnamese syllable
  return /[\p{L}\p{M}]/u.test(String.fromCharCode(c));
}

/**
 * Fold a string that is already NFC. Output has the same length as the input.
 * Non-letters pass through unchanged.
 */
export function foldNfc(s: string): string {
  const n = s.length;
  const out = new Uint16Array(n);
  let sylStart = -1;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? s.charCodeAt(i) : 32;
    if (c < TABLE ? LETTER[c] === 1 : i < n && isLetterCode(c)) {
      if (sylStart < 0) sylStart = i;
      if (c < TABLE) out[i] = FOLD[c]!;
      else {
        const lo = String.fromCharCode(c).toLowerCase();
        out[i] = lo.length === 1 ? lo.charCodeAt(0) : c;
      }
      continue;
    }
    if (sylStart >= 0) {
      // a syllable ended at i: move the tone of an open "oa", "oe", "ui" (from uy) to its last vowel
      const m = i - sylStart;
      if (m >= 2) {
        const a = out[i - 2]!;
        const b = out[i - 1]!;
        const ba = a < TABLE ? VBASE[a]! : 255;
        const bb = b < TABLE ? VBASE[b]! : 255;
        const ta = ba !== 255 ? VTONE[a]! : 0;
        if (ba !== 255 && bb !== 255 && ta !== 0 && VTONE[b] === 0) {
          const pair = (ba === B_O && (bb === B_A || bb === B_E)) || (ba === B_U && bb === B_I);
          const onsetU = ba === B_U && m >= 3 && out[i - 3] === Q;
          if (pair && !onsetU) {
            out[i - 2] = COMPOSE_CODE[ba * 6]!;
            out[i - 1] = COMPOSE_CODE[bb * 6 + ta]!;
          }
        }
      }
      sylStart = -1;
    }
    if (i < n) out[i] = c;
  }
  // short strings (word lists, phrases): fromCharCode beats the decoder's per-call cost
  if (n < 512) return String.fromCharCode.apply(null, out as unknown as number[]);
  if (n <= CHUNK) return UTF16.decode(out);
  // the decoder refuses inputs of a few hundred MB: decode in pieces (streaming keeps pairs whole)
  const dec = new TextDecoder("utf-16le");
  let s2 = "";
  for (let at = 0; at < n; at += CHUNK) s2 += dec.decode(out.subarray(at, Math.min(n, at + CHUNK)), { stream: at + CHUNK < n });
  return s2;
}

/** Largest piece of a folded key decoded at once (units). */
const CHUNK = 1 << 24;

/** Fold any string: NFC first, then {@link foldNfc}. Use for word lists and lookups. */
export function fold(s: string): string {
  return foldNfc(s.normalize("NFC"));
}

/** Remove every tone and vowel mark and đ → d. Only for loose comparison, never for matching words. */
export function stripMarks(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}
