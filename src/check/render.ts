/**
 * Findings as text, the way a compiler shows an error: where, what, the sentence with the
 * figures marked under it, and the arithmetic.
 *
 *   d038.txt:3:1021: error [breakdown.sum] The parts do not add up to the whole 40 đơn vị trực thuộc: 14 + 3 + 9 + 1 + 14 = 41 ≠ 40 đơn vị trực thuộc.
 *      3 | … trường hiện có 40 đơn vị trực thuộc, gồm 14 khoa, 3 viện nghiên cứu, 9 trung tâm, 1 bộ môn …
 *        |                 ^^^^^^^^^^^^^^^^^^^^  ---  ~~~~~~~  ~~~~~~~~~~~~~~~~~  ~~~~~~~~~~~~  ~~~~~~~~~~~~~~~~
 *        = 14 + 3 + 9 + 1 + 14 = 41 ≠ 40 đơn vị trực thuộc
 *
 * `^` marks the first figure of the finding, `~` the others, `-` the cue that ties them. Columns
 * count what a reader sees (grapheme clusters), so marks stay under their words whatever the
 * text's normal form. Pure: text and report in, text out.
 */
import type { Finding, RelationRecord, Report, Span } from "../schema.js";

export interface Location {
  /** The file, "file:line" of a JSONL record, or "stdin". */
  source: string;
  /** The record's id, shown when the source is not a plain file. */
  id?: string;
  /**
   * Where an offset of the text is in the input as it was given ("page.html:41:27",
   * "news.jsonl:17:345", "<stdin>:3:12": src/cli/location.ts); without it, the line and
   * column in the text.
   */
  locate?: (offset: number | undefined) => string;
  /** Put after the message (the CLI: " (post <id>)" for JSONL records). */
  suffix?: string;
}

export interface RenderOptions {
  lang?: "vi" | "en";
  /** Widest excerpt of a line, in columns (default 110). */
  width?: number;
  /** Only the first line of each finding (no excerpt, no arithmetic). */
  brief?: boolean;
}

const SEGMENTER = new Intl.Segmenter("vi", { granularity: "grapheme" });

/** Every finding of a report, rendered; "" when there is none. */
export function renderFindings(text: string, report: Report, where: Location, options: RenderOptions = {}): string {
  return report.findings.map((f) => renderFinding(text, report, f, where, options)).join("");
}

export function renderFinding(text: string, report: Report, f: Finding, where: Location, options: RenderOptions = {}): string {
  const lang = options.lang ?? "en";
  const first = f.spans[0];
  const at = first ? lineCol(text, first.start) : { line: 1, col: 1 };
  const fileLike = where.source !== "stdin" && !/:\d+$/.test(where.source);
  const head = where.locate
    ? where.locate(first?.start)
    : fileLike
      ? `${where.source}:${at.line}:${at.col}`
      : `${where.source}${where.id && where.id !== where.source ? ` (${where.id})` : ""} ${at.line}:${at.col}`;
  let out = `${head}: ${f.severity} [${f.rule}] ${f.message[lang] || f.message.en || f.message.vi}${where.suffix ?? ""}\n`;
  if (options.brief || f.severity === "info" || !f.spans.length) return out;
  const relation = f.relation ? report.relations?.find((r) => r.id === f.relation) : undefined;
  out += excerpt(text, f.spans, relation, options.width ?? 110);
  if (f.arithmetic) out += `${" ".repeat(gutterWidth(text, f.spans))} = ${f.arithmetic[lang] || f.arithmetic.en}\n`;
  return out;
}

interface Mark {
  span: Span;
  ch: string;
}

/** The lines the spans are on, each clipped around them, with the marks under. */
function excerpt(text: string, spans: readonly Span[], relation: RelationRecord | undefined, width: number): string {
  const marks: Mark[] = spans.filter((s) => s.end > s.start && s.end <= text.length).map((span, i) => ({ span, ch: i === 0 ? "^" : "~" }));
  const cue = relation?.cue?.span;
  if (cue && cue.end > cue.start && cue.end <= text.length && !marks.some((m) => m.span.start < cue.end && cue.start < m.span.end)) marks.push({ span: cue, ch: "-" });
  // group by line, in line order
  const byLine = new Map<number, Mark[]>();
  for (const m of marks) {
    const ls = text.lastIndexOf("\n", m.span.start - 1) + 1;
    const l = byLine.get(ls) ?? [];
    l.push(m);
    byLine.set(ls, l);
  }
  const gutter = gutterWidth(text, spans);
  let out = "";
  for (const [ls, ms] of [...byLine].sort((a, b) => a[0] - b[0])) {
    let le = text.indexOf("\n", ls);
    if (le < 0) le = text.length;
    const lineNo = lineCol(text, ls).line;
    // clip: from a little before the first mark to a little after the last, at most `width` columns
    const lo = Math.min(...ms.map((m) => m.span.start));
    const hi = Math.max(...ms.map((m) => Math.min(m.span.end, le)));
    let from = sentenceStart(text, ls, lo);
    let to = sentenceEnd(text, hi, le);
    if (columns(text.slice(from, to)) > width) {
      from = Math.max(from, backColumns(text, lo, 12, ls));
      to = Math.min(to, Math.max(hi, forwardColumns(text, from, width, le)));
    }
    const pre = from > ls ? "… " : "";
    const post = to < le ? " …" : "";
    const shown = clean(text.slice(from, to));
    const under = new Array<string>(columns(pre) + columns(shown)).fill(" ");
    for (const m of ms.sort((a, b) => (a.ch === "-" ? -1 : 0) - (b.ch === "-" ? -1 : 0))) {
      const s = Math.max(m.span.start, from);
      const e = Math.min(m.span.end, to);
      if (e <= s) continue;
      const c0 = columns(pre) + columns(text.slice(from, s));
      const c1 = c0 + Math.max(1, columns(text.slice(s, e)));
      for (let c = c0; c < c1 && c < under.length; c++) under[c] = m.ch;
    }
    out += `${String(lineNo).padStart(gutter)} | ${pre}${shown}${post}\n`;
    out += `${" ".repeat(gutter)} | ${under.join("").trimEnd()}\n`;
  }
  return out;
}

function gutterWidth(text: string, spans: readonly Span[]): number {
  const last = spans.reduce((m, s) => Math.max(m, s.start), 0);
  return Math.max(3, String(lineCol(text, Math.min(last, text.length)).line).length);
}

/** 1-based line and column (in grapheme clusters) of a UTF-16 offset. */
export function lineCol(text: string, at: number): { line: number; col: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf("\n"); i >= 0 && i < at; i = text.indexOf("\n", i + 1)) {
    line++;
    last = i;
  }
  return { line, col: columns(text.slice(last + 1, at)) + 1 };
}

/** Width in columns: one per grapheme cluster ("à" written as a + ̀ is one). */
function columns(s: string): number {
  if (/^[\x20-\x7e]*$/.test(s)) return s.length;
  let n = 0;
  for (const _ of SEGMENTER.segment(s)) n++;
  return n;
}

/** Tabs and other control characters shown as one space each (columns stay aligned). */
function clean(s: string): string {
  return s.replace(/[\t\r\v\f]/g, " ");
}

function sentenceStart(text: string, lineStart: number, at: number): number {
  for (let i = at - 1; i > lineStart; i--) if (/[.!?;]/.test(text[i]!) && /\s/.test(text[i + 1] ?? "") && !/\d/.test(text[i - 1] ?? "")) return i + 2;
  return lineStart;
}

function sentenceEnd(text: string, at: number, lineEnd: number): number {
  for (let i = at; i < lineEnd; i++) if (/[.!?]/.test(text[i]!) && (i + 1 >= lineEnd || /\s/.test(text[i + 1]!))) return i + 1;
  return lineEnd;
}

/** The offset about `n` characters before `at` (not before `min`, not inside a cluster). */
function backColumns(text: string, at: number, n: number, min: number): number {
  let i = Math.max(min, at - n);
  // start at a word
  while (i > min && /[\p{L}\p{M}\p{N}\udc00-\udfff]/u.test(text[i - 1]!)) i--;
  return i;
}

/** The offset about `n` characters after `from` (not after `max`, not inside a cluster). */
function forwardColumns(text: string, from: number, n: number, max: number): number {
  let i = Math.min(max, from + n);
  // end after a word
  while (i < max && /[\p{L}\p{M}\p{N}\udc00-\udfff]/u.test(text[i]!)) i++;
  return i;
}
