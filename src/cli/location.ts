/**
 * Where a finding is, in the file as it was given (issue 11): what `baocao check` prints before
 * each finding, so an editor can jump there.
 *
 *   a.txt, offset of "96%"               → "a.txt:3:12"
 *   page.html (article text extracted)   → "page.html:41:27"   the line and column in the HTML file
 *   standard input                       → "<stdin>:3:12"
 *   news.jsonl line 17, "text" field     → "news.jsonl:17:345" the column in that JSON line
 *                                          (escapes such as \n and \u1ec7 counted as written)
 *   a place that cannot be found again   → "page.html" (no line)
 */
import type { Post } from "./input.js";

/** "line:col" (1-based) of a UTF-16 offset. */
export function lineCol(text: string, at: number): string {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf("\n"); i >= 0 && i < at; i = text.indexOf("\n", i + 1)) {
    line++;
    last = i;
  }
  return `${line}:${at - last}`;
}

/** Offset in a JSON line where the string value of the top-level key `field` starts (after its quote), or -1. */
export function jsonValueStart(raw: string, field: string): number {
  let depth = 0;
  let i = 0;
  const n = raw.length;
  let lastString = "";
  let lastStringEnd = -1;
  while (i < n) {
    const c = raw[i]!;
    if (c === '"') {
      // a string: find its end, keep it if it may be a key
      let j = i + 1;
      while (j < n && raw[j] !== '"') j += raw[j] === "\\" ? 2 : 1;
      lastString = depth === 1 ? raw.slice(i + 1, j) : "";
      lastStringEnd = j + 1;
      i = j + 1;
      continue;
    }
    if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") depth--;
    else if (c === ":" && depth === 1 && lastStringEnd > 0 && raw.slice(lastStringEnd, i).trim() === "" && safeKey(lastString) === field) {
      let k = i + 1;
      while (k < n && /\s/.test(raw[k]!)) k++;
      return raw[k] === '"' ? k + 1 : -1;
    }
    i++;
  }
  return -1;
}

function safeKey(s: string): string {
  try {
    return JSON.parse(`"${s}"`) as string;
  } catch {
    return s;
  }
}

/** Offset in the raw JSON line of the character at `at` of the string value starting at `start`. */
export function jsonRawOffset(raw: string, start: number, at: number): number {
  let r = start;
  for (let d = 0; d < at && r < raw.length && raw[r] !== '"'; d++) r += raw[r] === "\\" ? (raw[r + 1] === "u" ? 6 : 2) : 1;
  return r;
}

export interface LocateInput {
  post: Post;
  /** The text the report was parsed from. */
  text: string;
  /** For HTML: the page source, and a map from text offsets to offsets in it. */
  html?: { source: string; map: (offset: number) => number | undefined };
}

/** A function from an offset in the parsed text to "file:line:col" in the input as given. */
export function locator({ post, text, html }: LocateInput): (offset: number | undefined) => string {
  const jsonl = /:\d+$/.exec(post.source);
  const file = jsonl ? post.source.slice(0, jsonl.index) : post.source;
  const shown = file === "stdin" ? "<stdin>" : file;
  return (offset) => {
    if (offset === undefined) return jsonl ? `${shown}:${jsonl[0].slice(1)}` : shown;
    let at: number | undefined = offset;
    if (html) at = html.map(offset);
    if (jsonl) {
      const line = jsonl[0].slice(1);
      if (at === undefined || post.raw === undefined) return `${shown}:${line}`;
      const start = jsonValueStart(post.raw, post.field ?? "text");
      return start < 0 ? `${shown}:${line}` : `${shown}:${line}:${jsonRawOffset(post.raw, start, at) + 1}`;
    }
    if (at === undefined) return shown;
    return `${shown}:${lineCol(html ? html.source : text, at)}`;
  };
}
