/**
 * Normalised working copy of an input, with an offset map back to the original.
 *
 *   "Hoa\u0300"  (NFD)  → norm "Hoà",   original spans preserved through `toOrig`
 *   "ðồng"              → norm "đồng"   (ð/Ð lookalikes of đ/Đ)
 *   "a\u00a0b", "a\u200bb" → "a b", "ab"  (no-break spaces to spaces, zero-width removed)
 *   "2016–2020"         → "2016-2020"   (en/em dashes and minus to "-")
 *   "“x”" / "‘x’"       → kept as they are (quotes do not matter to any rule)
 *
 * Recognisers read `doc.norm` (case kept) and `doc.key` (folded, see fold.ts): both have the
 * same length, so one index serves both. `doc.span(s, e)` turns a norm range into an
 * original `{start, end}`: `doc.input.slice(start, end)` is what the user sees.
 */
import { foldNfc } from "./fold.js";

export interface Span {
  start: number;
  end: number;
}

export interface Doc {
  /** The original input, never changed. */
  readonly input: string;
  /** NFC, lookalikes replaced, invisible characters removed. */
  readonly norm: string;
  /** Folded key of norm, same length (lower case, y→i, canonical tone placement). */
  readonly key: string;
  /** norm index → original index (length norm.length + 1); null when norm === input. */
  readonly toOrig: Int32Array | null;
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

export function makeDoc(input: string): Doc {
  let norm: string;
  let starts: Int32Array | null = null;
  let ends: Int32Array | null = null;
  const nfc = SPECIAL.test(input) ? null : input.normalize("NFC");
  if (nfc !== null && nfc.length === input.length) {
    norm = nfc; // NFC singletons are one unit for one unit: the identity map still holds
  } else {
    // Plain runs are copied whole; only clusters with a special character are rewritten.
    const n = input.length;
    const parts: string[] = [];
    let cap = n + 16;
    let st = new Int32Array(cap + 1);
    let en = new Int32Array(cap);
    let len = 0;
    const grow = (need: number) => {
      if (len + need <= cap) return;
      cap = Math.max(cap * 2, len + need);
      const s2 = new Int32Array(cap + 1);
      s2.set(st);
      st = s2;
      const e2 = new Int32Array(cap);
      e2.set(en);
      en = e2;
    };
    const copyPlain = (from: number, to: number) => {
      if (to <= from) return;
      const piece = input.slice(from, to);
      const plain = piece.normalize("NFC");
      if (plain.length !== piece.length) {
        rewrite(from, to);
        return;
      }
      grow(to - from);
      for (let k = from; k < to; k++, len++) {
        st[len] = k;
        en[len] = k + 1;
      }
      parts.push(piece);
    };
    const rewrite = (from: number, to: number) => {
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
        grow(piece.length);
        for (let k = 0; k < piece.length; k++, len++) {
          st[len] = i;
          en[len] = j;
        }
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
    norm = parts.join("");
    st[len] = n;
    starts = st.subarray(0, len + 1);
    ends = en.subarray(0, len);
  }
  const key = foldNfc(norm);
  return {
    input,
    norm,
    key,
    toOrig: starts,
    span(start: number, end: number): Span {
      if (!starts || !ends) return { start, end };
      const s = starts[start]!;
      return { start: s, end: end > start ? ends[end - 1]! : s };
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
