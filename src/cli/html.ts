/**
 * HTML page → article text and title for the batch CLI (issue 6).
 *
 *   <html><head><title>Hội nghị tổng kết</title>…<article><p>Sáng 5/1…</p><p>Đồng chí…</p></article>
 *     → { title: "Hội nghị tổng kết", text: "Sáng 5/1…\n\nĐồng chí…", article: true }
 *   a page where Readability finds no article (a short notice, a bare <body>)
 *     → the visible text of <body>, block elements on their own lines, article: false
 *   <meta charset="windows-1258"> / <meta http-equiv=… content="…charset=TCVN3"> → charsetOf()
 *
 * Article extraction is @mozilla/readability on a linkedom document; paragraphs, headings,
 * list items, table rows and <br> become line breaks so sentences and lists survive.
 *
 * Budget (issue 12): Readability's time grows with the cube of the nesting depth (800 nested
 * <div>s: 36 s) and linkedom's with deep or unclosed trees (100,000 unclosed <div>s: 21 s).
 * A page over HTML_BUDGET (counted in one linear pass, before any DOM is built) is read as
 * plain text by html-scan.ts instead, and the record says so (`fallback`).
 */
import { encodingName, type EncodingName } from "./decode.js";
import { loadHtml } from "./lazy.js";
import { measureHtml, plainText, visibleChars } from "./html-scan.js";

export interface HtmlText {
  title?: string;
  text: string;
  /** true when Readability found an article, false when the body text was used. */
  article: boolean;
  /** Why the page was read as plain text without a DOM (over the budget). */
  fallback?: string;
}

/** Largest page given to linkedom and Readability (elements, and nesting depth). */
export const HTML_BUDGET = { elements: 20_000, depth: 120 };

const BLOCK = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE BR CAPTION DD DIV DL DT FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY TD TH THEAD TFOOT TR UL".split(" "),
);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "SVG", "HEAD"]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Visible text of a DOM subtree with one line per block element (an explicit stack: any depth). */
export function blockText(root: DomNode): string {
  const parts: string[] = [];
  // a string on the stack is output for the end of a block
  const stack: (DomNode | string)[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (typeof n === "string") {
      parts.push(n);
      continue;
    }
    if (n.nodeType === 3) {
      parts.push((n.nodeValue ?? "").replace(/[ \t\r\n\f]+/g, " "));
      continue;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) continue;
    const name = n.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    const block = BLOCK.has(name);
    if (block) {
      parts.push("\n");
      stack.push(name === "TD" || name === "TH" ? "\t" : "\n");
    }
    for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]!);
  }
  return parts
    .join("")
    .split("\n")
    .map((l) => l.replace(/^[ \t]+|[ \t]+$/g, ""))
    .join("\n")
    .replace(/\n{2,}/g, "\n")
    .trim();
}

/** Article text (Readability) or, failing that, the body text; with the page title. Pages over the budget: plain text. */
export async function htmlToText(html: string, budget = HTML_BUDGET): Promise<HtmlText> {
  const size = measureHtml(html);
  if (size.elements > budget.elements || size.depth > budget.depth) {
    const p = plainText(html);
    const why = size.depth > budget.depth ? `nested ${size.depth} deep` : `${size.elements} elements`;
    return { ...p, article: false, fallback: `page too complex for article extraction (${why}; the limit is ${budget.elements} elements, ${budget.depth} deep): read as plain text` };
  }
  const { parseHTML, Readability } = await loadHtml();
  const { document } = parseHTML(html.includes("<html") || html.includes("<HTML") ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  const doc = document as unknown as { title?: string; body?: DomNode; documentElement?: DomNode; cloneNode(deep: boolean): unknown };
  const pageTitle = (doc.title ?? "").trim() || undefined;
  let article: { title?: string | null; content?: string | null } | null = null;
  try {
    // Readability changes the document it reads: give it a copy so the fallback sees the page.
    article = new Readability(doc.cloneNode(true) as never, { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  if (article?.content) {
    const { document: art } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    const text = blockText((art as unknown as { body: DomNode }).body);
    if (text.length >= 100) return { title: article.title?.trim() || pageTitle, text, article: true };
  }
  const body = doc.body ?? doc.documentElement;
  return { title: pageTitle, text: body ? blockText(body) : "", article: false };
}

/** The charset an HTML page declares in its first 4 KB, when baocao can decode it. */
export function charsetOf(bytes: Uint8Array): EncodingName | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString("latin1");
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? encodingName(m[1]!) : undefined;
}

/**
 * Where offsets of the text extracted from a page are in the page's source. Each line of the
 * text is looked for, white space aside, in the page's visible characters after the line before
 * it (the article is in page order); a line not found there is looked for from the start.
 *
 *   const at = htmlSourceMap(html, text); at(text.indexOf("96%")) → offset of "96%" in html
 */
export function htmlSourceMap(html: string, text: string): (offset: number) => number | undefined {
  const vis = visibleChars(html);
  // offsets of the text's non-space characters, by line
  let cursor = 0;
  const map = new Map<number, number>();
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const offs: number[] = [];
    let key = "";
    for (let i = lineStart; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 13 || c === 12 || c === 0xa0 || c === 0x200b || c === 0xad) continue;
      offs.push(i);
      key += text[i];
    }
    if (key) {
      let k = vis.chars.indexOf(key, cursor);
      if (k < 0) k = vis.chars.indexOf(key);
      if (k >= 0) {
        for (let j = 0; j < offs.length; j++) map.set(offs[j]!, vis.at[k + j]!);
        cursor = k + key.length;
      }
    }
    lineStart = lineEnd + 1;
  }
  return (offset) => {
    // the nearest mapped character at or after the offset (a span may start on a space)
    for (let o = offset; o < Math.min(text.length, offset + 64); o++) {
      const v = map.get(o);
      if (v !== undefined) return v;
    }
    return undefined;
  };
}
