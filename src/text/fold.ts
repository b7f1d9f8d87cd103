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

import { cls, LETTER, MARK, TABLES } from "./chars.js";

const TONES = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]; // huyền sắc hỏi ngã nặng
const BASES = "aăâeêioôơuưy";

/** char → [base vowel without tone, tone index 0..5 (0 = none)] */
const DECOMPOSE = new Map<string, [string, number]>();
for (const b of BASES) {
  DECOMPOSE.set(b, [b, 0]);
  TONES.forEach((t, i) => {
    const c = (b + t).normalize("NFC");
    DECOMPOSE.set(c, [b, i + 1]);
  });
}

/*
 * Tone placement tables (the folded unit of each character comes from chars.ts):
 *   VBASE[c]  index of the base vowel of a folded vowel in BASES (255 when not a vowel);
 *   VTONE[c]  its tone (0 none, 1..5).
 */
const TABLE = 0x2000;
const VBASE = new Uint8Array(TABLE).fill(255);
const VTONE = new Uint8Array(TABLE);
const COMPOSE_CODE = new Uint16Array(BASES.length * 6);
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
const { CLS, FOLD, KNOWN } = TABLES;
/** Turns the folded units back into a string (far faster than String.fromCharCode on large texts). */
const UTF16 = new TextDecoder("utf-16le");
/**
 * Node's Buffer, on a little-endian machine (else null: a browser): it copies UTF-16 units between
 * strings and typed arrays natively, ~5x as fast as TextDecoder, and keeps lone surrogates.
 */
export const NODE_BUFFER: typeof Buffer | null = (() => {
  const B = (globalThis as { Buffer?: typeof Buffer }).Buffer;
  return B && new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? B : null;
})();

/**
 * A syllable of folded units out[start..end) has ended: move the tone of an open "oa", "oe",
 * "ui" (from uy) to its last vowel (rule 3 above); true when it moved. Shared with the one
 * pass of normalize.ts.
 */
export function placeTone(out: Uint16Array, start: number, end: number): boolean {
  const m = end - start;
  if (m < 2) return false;
  const a = out[end - 2]!;
  const b = out[end - 1]!;
  const ba = a < TABLE ? VBASE[a]! : 255;
  if (ba === 255) return false;
  const bb = b < TABLE ? VBASE[b]! : 255;
  const ta = VTONE[a]!;
  if (bb !== 255 && ta !== 0 && VTONE[b] === 0) {
    const pair = (ba === B_O && (bb === B_A || bb === B_E)) || (ba === B_U && bb === B_I);
    const onsetU = ba === B_U && m >= 3 && out[end - 3] === Q;
    if (pair && !onsetU) {
      out[end - 2] = COMPOSE_CODE[ba * 6]!;
      out[end - 1] = COMPOSE_CODE[bb * 6 + ta]!;
      return true;
    }
  }
  return false;
}

/** Largest piece of units decoded at once. */
const CHUNK = 1 << 24;
let lastUnits: Uint16Array | null = null;
let lastBytes: Buffer | null = null;

/**
 * Units of a string, back to a string: Node's Buffer for long runs where there is one, else the
 * decoder (it keeps no lone surrogate: those go through String.fromCharCode). `chunk`: largest
 * piece decoded at once (tests pass a small one, and so test the decoder path in Node too).
 */
export function unitsToString(units: Uint16Array, n: number, lone: boolean, chunk = CHUNK): string {
  if (NODE_BUFFER && chunk === CHUNK) {
    // a byte view of the array (the last one made is kept: makeDoc passes the same buffer each time)
    if (units !== lastUnits) {
      lastUnits = units;
      lastBytes = NODE_BUFFER.from(units.buffer, units.byteOffset, units.byteLength);
    }
    return lastBytes!.toString("utf16le", 0, n * 2);
  }
  if (n < 512) return String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
  if (!lone && n <= chunk) return UTF16.decode(units.subarray(0, n));
  if (!lone) {
    // the decoder refuses inputs of a few hundred MB (it threw at ~135M units): decode in
    // pieces; streaming keeps a surrogate pair whole across a boundary
    const dec = new TextDecoder("utf-16le");
    let out = "";
    for (let at = 0; at < n; at += chunk) out += dec.decode(units.subarray(at, Math.min(n, at + chunk)), { stream: at + chunk < n });
    return out;
  }
  let out = "";
  for (let i = 0; i < n; i += 8192) out += String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return out;
}

/**
 * Fold a string that is already NFC. Output has the same length as the input.
 * Non-letters pass through unchanged.
 */
export function foldNfc(s: string): string {
  const n = s.length;
  const out = new Uint16Array(n);
  let sylStart = -1;
  let lone = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let k = CLS[c]!;
    if (!(k & KNOWN)) k = cls(c);
    if (k & (LETTER | MARK)) {
      if (sylStart < 0) sylStart = i;
      out[i] = FOLD[c]!;
      continue;
    }
    if (sylStart >= 0) {
      placeTone(out, sylStart, i);
      sylStart = -1;
    }
    if (c >= 0xd800 && c < 0xe000) lone = true;
    out[i] = c;
  }
  if (sylStart >= 0) placeTone(out, sylStart, n);
  return unitsToString(out, n, lone);
}

/** Fold any string: NFC first, then {@link foldNfc}. Use for word lists and lookups. */
export function fold(s: string): string {
  // short strings (words, names, phrases: nearly every call) are folded once and remembered
  // (long ones are folded at the same call site as a short one's first time: a site of their own,
  // first reached after V8 had inlined fold into a caller, made it compile that caller again)
  const short = s.length <= 64;
  if (short) {
    const got = FOLDED.get(s);
    if (got !== undefined) return got;
  }
  const f = foldNfc(s.normalize("NFC"));
  if (short) {
    if (FOLDED.size >= 50_000) FOLDED.clear();
    FOLDED.set(s, f);
  }
  return f;
}
const FOLDED = new Map<string, string>();

/** Remove every tone and vowel mark and đ → d. Only for loose comparison, never for matching words. */
export function stripMarks(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

/**
 * The part a folded unit may play in rule 3 (see {@link placeTone}): 1 a toned o or u (the first
 * vowel of a pair whose tone may move), 2 a bare a, e or i (the second), 0 neither. The one pass
 * of normalize.ts calls placeTone only after a 1 followed by a 2.
 */
export function toneRole(f: number): number {
  if (f >= TABLE) return 0;
  const b = VBASE[f]!;
  if ((b === B_O || b === B_U) && VTONE[f] !== 0) return 1;
  if ((b === B_A || b === B_E || b === B_I) && VTONE[f] === 0) return 2;
  return 0;
}
