/**
 * Paragraphs and sentences, as ranges of the normalised text (doc.norm).
 *
 *   "TS. Hoàng Ngọc Nhân phát biểu. Hội nghị..."  → 2 sentences (no break after "TS.")
 *   "PGS.TS. Trần Văn A", "TP. Hồ Chí Minh", "Đ/c. Lan", "v.v. Tiếp đó" → no break after them
 *   "(Phó Giám đốc phụ trách Nguyễn Thành Hợp trình bày báo cáo)" on its own → its own sentence,
 *     marked caption: true, so that nothing links across it
 *   "3.247" / "3,5" / "1.615 tỷ" → dots and commas between digits never end a sentence
 */
import { ABBREVIATIONS } from "../lexicon/abbreviations.js";
import { makeDoc, type Doc } from "./normalize.js";
import { fold } from "./fold.js";
import { cls, LETTER, MARK, UPPER } from "./chars.js";
import { T_CAP, T_GAP, T_LINE, T_WORD, type Tokens } from "./tokens.js";

export interface Range {
  start: number;
  end: number;
}
export interface Sentence extends Range {
  paragraph: number;
  /** A parenthesised caption standing alone, e.g. "(Hình ảnh Hội nghị ...)". */
  caption: boolean;
}

const ABBR = new Set(ABBREVIATIONS.map((a) => fold(a).replace(/\.$/, "")));

const DOT = 0x2e;
const SEMI = 0x3b;
const SLASH = 0x2f;
/** Units that end a sentence: . ! ? … ; (the semicolon only when a capital follows). */
const ENDS = new Set([DOT, 0x21, 0x3f, 0x2026, SEMI]);
/** Closing quotes and brackets that stay with the sentence they end. */
const CLOSERS = new Set([0x22, 0x201d, 0x2019, 0x29]);
/** Opening quotes and brackets that may come before the capital of the next sentence. */
const OPENERS = new Set([0x22, 0x201c, 0x2018, 0x28]);

/** Paragraphs: the text between line feeds, trimmed; read off the token table. */
export function paragraphs(doc: Doc): Range[] {
  const t = doc.tokens;
  const out: Range[] = [];
  for (let i = 0; i < t.count; ) {
    let j = i + 1;
    while (j < t.count && !(t.flags[j]! & T_LINE)) j++;
    out.push({ start: t.start[i]!, end: t.end[j - 1]! });
    i = j;
  }
  return out;
}

/**
 * Split the document into sentences; never across a line break. A sentence ends after a run of
 * . ! ? … (and closing quotes or brackets) followed by white space and a capital or a digit
 * (an opening quote or bracket may come between), or by nothing but white space to the end of
 * the text; a ";" starts no such run, and a lone "." after an abbreviation ends nothing.
 * (The regex reading of this rule is the oracle of test/segment.test.ts.)
 */
export function sentences(doc: Doc): Sentence[] {
  const out: Sentence[] = [];
  const t = doc.tokens;
  const text = doc.norm;
  const n = t.count;
  let pi = 0;
  for (let i = 0; i < n; pi++) {
    // the paragraph: tokens i..pe
    let pe = i + 1;
    while (pe < n && !(t.flags[pe]! & T_LINE)) pe++;
    const pStart = t.start[i]!;
    const pEnd = t.end[pe - 1]!;
    if (caption(t, text, i, pe)) {
      out.push({ start: pStart, end: pEnd, paragraph: pi, caption: true });
      i = pe;
      continue;
    }
    let s = pStart;
    for (let k = i; k < pe; k++) {
      if (t.flags[k]! & T_WORD || !ENDS.has(text.charCodeAt(t.start[k]!))) continue;
      if (k > i && !(t.flags[k]! & T_GAP) && !(t.flags[k - 1]! & T_WORD) && ENDS.has(text.charCodeAt(t.start[k - 1]!))) continue; // inside a run
      // the run of enders k..r, then closing quotes and brackets ..c (no space between)
      let r = k + 1;
      let lastSemi = text.charCodeAt(t.start[k]!) === SEMI ? k : -1;
      while (r < n && !(t.flags[r]! & (T_WORD | T_GAP)) && ENDS.has(text.charCodeAt(t.start[r]!))) {
        if (text.charCodeAt(t.start[r]!) === SEMI) lastSemi = r;
        r++;
      }
      let c = r;
      while (c < n && !(t.flags[c]! & (T_WORD | T_GAP)) && CLOSERS.has(text.charCodeAt(t.start[c]!))) c++;
      let from: number; // first token of the match
      if (capitalFollows(t, text, c)) from = k;
      else if (c === n && lastSemi < r - 1) from = lastSemi + 1; // white space to the end of the text
      else {
        k = c - 1;
        continue;
      }
      const end = t.end[c - 1]!;
      k = c - 1;
      if (text.charCodeAt(t.start[from]!) === SEMI) continue; // a semicolon never ends a sentence for linking purposes
      if (c - from === 1 && text.charCodeAt(t.start[from]!) === DOT && isAbbreviation(doc.key, text, s, t.start[from]!)) continue;
      out.push({ start: s, end, paragraph: pi, caption: false });
      s = c < pe ? t.start[c]! : pEnd;
    }
    if (s < pEnd) out.push({ start: s, end: pEnd, paragraph: pi, caption: false });
    i = pe;
  }
  return out;
}

/** After token c: white space, then a capital or a digit, an opening quote or bracket before it allowed. */
function capitalFollows(t: Tokens, text: string, c: number): boolean {
  if (c >= t.count || !(t.flags[c]! & T_GAP)) return false;
  let q = c;
  if (!(t.flags[q]! & T_WORD) && OPENERS.has(text.charCodeAt(t.start[q]!)) && q + 1 < t.count && !(t.flags[q + 1]! & T_GAP)) q++;
  const f = t.flags[q]!;
  if (!(f & T_WORD)) return false;
  const ch = text.charCodeAt(t.start[q]!);
  return (ch >= 0x30 && ch <= 0x39) || !!(f & T_CAP);
}

/** A parenthesised caption filling the paragraph: "(" … ")" or ")." at its end, no bracket between. */
function caption(t: Tokens, text: string, i: number, pe: number): boolean {
  if (pe - i < 2 || text.charCodeAt(t.start[i]!) !== 0x28) return false;
  let last = pe - 1;
  if (text.charCodeAt(t.start[last]!) === DOT && !(t.flags[last]! & (T_WORD | T_GAP))) last--;
  if (last <= i || text.charCodeAt(t.start[last]!) !== 0x29 || t.flags[last]! & T_WORD) return false;
  for (let k = i + 1; k < last; k++) {
    if (t.flags[k]! & T_WORD) continue;
    const ch = text.charCodeAt(t.start[k]!);
    if (ch === 0x28 || ch === 0x29) return false;
  }
  return true;
}

function isAbbreviation(key: string, text: string, from: number, dot: number): boolean {
  // the word before the dot (letters, "/" and inner dots: "PGS.TS", "Đ/c", "v.v")
  let i = dot;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if (!(cls(c) & (LETTER | MARK)) && c !== SLASH && c !== DOT) break;
    i--;
  }
  if (i === dot) return false;
  const word = key.slice(i, dot);
  if (ABBR.has(word)) return true;
  const last = word.slice(word.lastIndexOf(".") + 1);
  if (ABBR.has(last)) return true;
  // a single capital letter (initials: "Nguyễn V. A.")
  return dot - i === 1 && !!(cls(text.charCodeAt(i)) & UPPER);
}

/** Index of the sentence holding a position, or -1 (binary search; sentences are in text order). */
export function sentenceIndex(sentences: readonly Range[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the last sentence starting at or before a position, or -1 (binary search). */
export function sentenceStartingBefore(sentences: readonly Range[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= pos) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at;
}

/**
 * Type feedback for the rare paths of sentences, given at load (issue 14, the warm-up): a
 * paragraph that opens with a bracket (a caption, or not), closing quotes after a full stop, a
 * semicolon, an abbreviation. Most texts have none of them, so sentences was optimised without
 * ever taking those paths and thrown away at the first text that did, in every process (three or
 * four times in the archive's first 4,000 texts). A few calls here on a text that takes each give
 * them their feedback before anything is optimised; they change no state.
 */
const PRIMER = makeDoc("(Ảnh: TS. Nguyễn Văn A)\n(1) Doanh thu đạt 3 tỷ đồng; Lợi nhuận tăng. Ông nói: “Tốt.” Sau đó…\n(Hội nghị).");
for (let i = 0; i < 64; i++) sentences(PRIMER);
