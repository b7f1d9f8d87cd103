// The paragraphs() and sentences() of commit ed90a65 (regex based), kept as the oracle of
// test/segment.test.ts: the token-based segment.ts must give the same ranges.
/**
 * Paragraphs and sentences, as ranges of the normalised text (doc.norm).
 *
 *   "TS. Hoàng Ngọc Nhân phát biểu. Hội nghị..."  → 2 sentences (no break after "TS.")
 *   "PGS.TS. Trần Văn A", "TP. Hồ Chí Minh", "Đ/c. Lan", "v.v. Tiếp đó" → no break after them
 *   "(Phó Giám đốc phụ trách Nguyễn Thành Hợp trình bày báo cáo)" on its own → its own sentence,
 *     marked caption: true, so that nothing links across it
 *   "3.247" / "3,5" / "1.615 tỷ" → dots and commas between digits never end a sentence
 */
import { ABBREVIATIONS } from "../../src/lexicon/abbreviations.js";
import type { Doc } from "../../src/text/normalize.js";
import { fold } from "../../src/text/fold.js";

interface Range {
  start: number;
  end: number;
}
interface Sentence extends Range {
  paragraph: number;
  /** A parenthesised caption standing alone, e.g. "(Hình ảnh Hội nghị ...)". */
  caption: boolean;
}

const ABBR = new Set(ABBREVIATIONS.map((a) => fold(a).replace(/\.$/, "")));

export function referenceParagraphs(doc: Doc): Range[] {
  const out: Range[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(doc.norm))) {
    const s = m.index;
    const text = m[0];
    const lead = text.length - text.trimStart().length;
    const trail = text.length - text.trimEnd().length;
    if (text.trim()) out.push({ start: s + lead, end: s + text.length - trail });
  }
  return out;
}

/** Split the document into sentences; never across a line break. */
export function referenceSentences(doc: Doc): Sentence[] {
  const out: Sentence[] = [];
  const text = doc.norm;
  const key = doc.key;
  referenceParagraphs(doc).forEach((p, pi) => {
    let s = p.start;
    // a parenthesised caption that fills the whole paragraph
    const whole = text.slice(p.start, p.end);
    if (/^\([^()]*\)\.?$/.test(whole)) {
      out.push({ start: p.start, end: p.end, paragraph: pi, caption: true });
      return;
    }
    const re = /[.!?…;]+["”’)]*(?=\s+["“‘(]?[\p{Lu}\d])|[.!?…]+["”’)]*(?=\s*$)/gu;
    re.lastIndex = p.start;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) && m.index < p.end) {
      const at = m.index;
      const end = at + m[0].length;
      if (m[0][0] === ";") continue; // a semicolon never ends a sentence for linking purposes
      if (m[0] === "." && isAbbreviation(key, text, s, at)) continue;
      out.push({ start: s, end, paragraph: pi, caption: false });
      s = end;
      while (s < p.end && /\s/.test(text[s]!)) s++;
    }
    if (s < p.end) out.push({ start: s, end: p.end, paragraph: pi, caption: false });
  });
  return out;
}

function isAbbreviation(key: string, text: string, from: number, dot: number): boolean {
  // the word before the dot (letters, "/" and inner dots: "PGS.TS", "Đ/c", "v.v")
  let i = dot;
  while (i > from && /[\p{L}\p{M}/.]/u.test(text[i - 1]!)) i--;
  const word = key.slice(i, dot);
  if (!word) return false;
  if (ABBR.has(word)) return true;
  const last = word.split(".").pop()!;
  if (ABBR.has(last)) return true;
  // a single capital letter (initials: "Nguyễn V. A.")
  return /^\p{Lu}$/u.test(text.slice(i, dot));
}

