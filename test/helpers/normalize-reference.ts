// The makeDoc and foldNfc of commit ed90a65 (before the one-pass rewrite), kept as the oracle
// of test/normalize.test.ts: the new pass must give the same norm, key and spans.
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
export function referenceFoldNfc(s: string): string {
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
  return n < 512 ? String.fromCharCode.apply(null, out as unknown as number[]) : UTF16.decode(out);
}

/**
 * Normalised working copy of an input, with an offset map back to the original.
 *
 *   "Hoa\u0300"  (NFD)  → norm "Hoà",   original spans preserved through `span()`
 *   "ðồng"              → norm "đồng"   (ð/Ð lookalikes of đ/Đ)
 *   "a\u00a0b", "a\u200bb" → "a b", "ab"  (no-break spaces to spaces, zero-width removed)
 *   "2016–2020"         → "2016-2020"   (en/em dashes and minus to "-")
 *   "“x”" / "‘x’"       → kept as they are (quotes do not matter to any rule)
 *
 * Recognisers read `doc.norm` (case kept) and `doc.key` (folded, see fold.ts): both have the
 * same length, so one index serves both. `doc.span(s, e)` turns a norm range into an
 * original `{start, end}`: `doc.input.slice(start, end)` is what the user sees.
 */

interface Span {
  start: number;
  end: number;
}

export interface RefDoc {
  /** The original input, never changed. */
  readonly input: string;
  /** NFC, lookalikes replaced, invisible characters removed. */
  readonly norm: string;
  /** Folded key of norm, same length (lower case, y→i, canonical tone placement). */
  readonly key: string;
  /** The norm index of an original position: the last unit that starts at or before it. */
  normAt(pos: number): number;
  /** Original span of a norm range. */
  span(start: number, end: number): Span;
  /** Original text of a norm range. */
  text(start: number, end: number): string;
}

const LOOKALIKE: Record<string, string> = {
  "\u00f0": "đ", // ð (Icelandic eth) → đ
  "\u00d0": "Đ", // Ð → Đ
  "\u0111": "đ",
  "\u0189": "Đ", // Ɖ (African D) → Đ
  "\u00a0": " ",
  "\u2007": " ",
  "\u202f": " ",
  "\u2009": " ",
  "\u200a": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u3000": " ",
  "\t": " ",
  "\u2013": "-", // en dash
  "\u2014": "-", // em dash
  "\u2012": "-",
  "\u2212": "-", // minus sign
  "\u2010": "-",
  "\u2011": "-",
  "\r": "\n",
};
const REMOVE = new Set(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]);

/** Characters that force the slow path: combining marks, lookalikes, invisibles, CR, tabs. */
const SPECIAL = /[\p{M}\u00f0\u00d0\u0189\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000\t\u2010-\u2014\u2212\r\u200b-\u200d\u2060\ufeff\u00ad]/u;

export function referenceMakeDoc(input: string): RefDoc {
  const nfc = SPECIAL.test(input) ? null : input.normalize("NFC");
  if (nfc !== null && nfc.length === input.length) {
    // NFC singletons are one unit for one unit: the identity map still holds
    return finish(input, nfc, null);
  }
  // The offset map is a list of segments, in norm order: a plain run copied whole (one segment,
  // any length), or one unit of a rewritten cluster (its original cluster start and end).
  const n = input.length;
  const parts: string[] = [];
  let cap = 64;
  let segN = new Int32Array(cap); // norm start of the segment
  let segO = new Int32Array(cap); // original start (of the run, or of the cluster)
  let segE = new Int32Array(cap); // original end of the cluster; -1 for a plain run
  let count = 0;
  let len = 0; // norm length so far
  const push = (o: number, e: number, units: number) => {
    if (count === cap) {
      cap *= 2;
      const grow = (a: Int32Array) => {
        const b = new Int32Array(cap);
        b.set(a);
        return b;
      };
      segN = grow(segN);
      segO = grow(segO);
      segE = grow(segE);
    }
    segN[count] = len;
    segO[count] = o;
    segE[count] = e;
    count++;
    len += units;
  };
  const copyPlain = (from: number, to: number) => {
    if (to <= from) return;
    const piece = input.slice(from, to);
    if (piece.normalize("NFC").length !== piece.length) {
      rewrite(from, to);
      return;
    }
    push(from, -1, to - from);
    parts.push(piece);
  };
  const rewrite = (from: number, to: number): number => {
    let i = from;
    while (i < to) {
      // one cluster: a base (or lone mark) with the combining marks that follow it
      let j = i + 1;
      const c0 = input.charCodeAt(i);
      if (c0 >= 0xd800 && c0 < 0xdc00 && j < n && (input.charCodeAt(j) & 0xfc00) === 0xdc00) j++;
      while (j < n && isMark(input.charCodeAt(j))) j++;
      let piece: string;
      if (j - i === 1) {
        const c = input[i]!;
        piece = REMOVE.has(c) || (c === "\r" && input[j] === "\n") ? "" : (LOOKALIKE[c] ?? c);
      } else {
        piece = input.slice(i, j).normalize("NFC");
        const first = LOOKALIKE[piece[0]!];
        if (first && first.length === 1) piece = first + piece.slice(1);
      }
      for (let k = 0; k < piece.length; k++) push(i, j, 1);
      parts.push(piece);
      i = j;
    }
    return i; // may run past `to` when the last cluster carries marks
  };
  const re = new RegExp(SPECIAL.source, "gu");
  let at = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(input))) {
    // a combining mark belongs to the cluster of the character before it
    let s = m.index;
    if (isMark(input.charCodeAt(s)) && s > at) {
      s--;
      if (s > at && input.charCodeAt(s) >= 0xdc00 && input.charCodeAt(s) < 0xe000) s--;
    }
    copyPlain(at, s);
    let e = m.index + m[0].length;
    while (e < n && isMark(input.charCodeAt(e))) e++;
    if (input[e - 1] === "\r" && input[e] === "\n") e++;
    at = rewrite(s, e);
    re.lastIndex = at;
  }
  copyPlain(at, n);
  return finish(input, parts.join(""), { segN: segN.subarray(0, count), segO: segO.subarray(0, count), segE: segE.subarray(0, count) });
}

interface Segments {
  segN: Int32Array;
  segO: Int32Array;
  segE: Int32Array;
}

function finish(input: string, norm: string, map: Segments | null): RefDoc {
  const key = referenceFoldNfc(norm);
  /** the segment holding norm unit u */
  const seg = (u: number): number => {
    const { segN } = map!;
    let lo = 0;
    let hi = segN.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segN[mid]! <= u) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const origStart = (u: number): number => {
    if (u >= norm.length) return input.length;
    const k = seg(u);
    return map!.segE[k]! < 0 ? map!.segO[k]! + (u - map!.segN[k]!) : map!.segO[k]!;
  };
  const origEnd = (u: number): number => {
    const k = seg(u);
    return map!.segE[k]! < 0 ? map!.segO[k]! + (u - map!.segN[k]!) + 1 : map!.segE[k]!;
  };
  return {
    input,
    norm,
    key,
    normAt(pos: number): number {
      if (!map || norm.length === 0) return Math.min(pos, norm.length);
      if (pos >= input.length) return norm.length;
      const { segN, segO } = map;
      let lo = 0;
      let hi = segO.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (segO[mid]! <= pos) lo = mid;
        else hi = mid - 1;
      }
      if (segO[lo]! > pos) return 0;
      const units = (lo + 1 < segN.length ? segN[lo + 1]! : norm.length) - segN[lo]!;
      if (map.segE[lo]! >= 0) {
        // units of one cluster share its start: the last of them
        let k = lo;
        while (k + 1 < segO.length && segO[k + 1] === segO[lo] && map.segE[k + 1]! >= 0) k++;
        return segN[k]!;
      }
      return segN[lo]! + Math.min(pos - segO[lo]!, units - 1);
    },
    span(start: number, end: number): Span {
      if (!map || norm.length === 0) return { start, end };
      const s = origStart(start);
      return { start: s, end: end > start ? origEnd(end - 1) : s };
    },
    text(start: number, end: number): string {
      const sp = this.span(start, end);
      return input.slice(sp.start, sp.end);
    },
  };
}

function isMark(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f)
  );
}
