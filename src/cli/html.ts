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
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { encodingName, type EncodingName } from "./decode.js";

export interface HtmlText {
  title?: string;
  text: string;
  /** true when Readability found an article, false when the body text was used. */
  article: boolean;
}

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

/** Visible text of a DOM subtree with one line per block element. */
export function blockText(node: DomNode): string {
  const parts: string[] = [];
  const walk = (n: DomNode) => {
    if (n.nodeType === 3) {
      parts.push((n.nodeValue ?? "").replace(/[ \t\r\n\f]+/g, " "));
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    const name = n.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    const block = BLOCK.has(name);
    if (block) parts.push("\n");
    for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i]!);
    if (block) parts.push(name === "TD" || name === "TH" ? "\t" : "\n");
  };
  walk(node);
  return parts
    .join("")
    .split("\n")
    .map((l) => l.replace(/^[ \t]+|[ \t]+$/g, ""))
    .join("\n")
    .replace(/\n{2,}/g, "\n")
    .trim();
}

/** Article text (Readability) or, failing that, the body text; with the page title. */
export function htmlToText(html: string): HtmlText {
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
