import { named } from "../text/rx.js";
/**
 * HTML read without a DOM, in one linear pass over the source (issue 12): the size of the tree a
 * page would build, its text when it is too big for a DOM and Readability, and where each
 * visible character sits in the source (for `check` locations in the HTML file).
 *
 *   measureHtml("<div><div>x</div></div>")        → { elements: 2, depth: 2 }
 *   measureHtml("<div>x ".repeat(100000))          → { elements: 100000, depth: 100000 }  (never closed)
 *   plainText("<p>Sáng 5/1</p><p>Đạt 96&#37;</p>") → "Sáng 5/1\nĐạt 96%"
 *   visibleChars("<b>Đ&amp;A</b>")                 → { chars: "Đ&A", at: [3, 4, 9] }   (no white space)
 *
 * Implied end tags are followed as browsers do for the common cases (<p>, <li>, <td>, <tr>,
 * <option>, <dt>/<dd>), so old pages that never close a paragraph are not counted as deep.
 */

const VOID = new Set("area base br col embed hr img input link meta param source track wbr".split(" "));
const RAW = new Set(["script", "style", "textarea", "title", "xmp", "noscript", "template", "iframe", "noembed", "noframes", "plaintext"]);
/** Not raw text, but not shown either (their end tag is looked for). */
const HIDDEN = new Set(["svg"]);
/** Raw text elements whose contents are visible. */
const SHOWN_RAW = new Set(["title", "textarea", "xmp", "plaintext"]);
const BLOCK = new Set(
  "address article aside blockquote br caption dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td th thead tfoot tr ul title".split(" "),
);
/** A start tag of the key closes an open element of these names (when it is the current one). */
const IMPLIED: Record<string, string[]> = {
  p: ["p"],
  li: ["li", "p"],
  dt: ["dt", "dd", "p"],
  dd: ["dt", "dd", "p"],
  tr: ["tr", "td", "th"],
  td: ["td", "th"],
  th: ["td", "th"],
  option: ["option"],
  div: ["p"],
  table: ["p"],
  ul: ["p"],
  ol: ["p"],
  h1: ["p"],
  h2: ["p"],
  h3: ["p"],
  h4: ["p"],
  h5: ["p"],
  h6: ["p"],
};

export interface Tag {
  name: string;
  end: boolean;
  selfClosing: boolean;
  /** Source range of the whole tag. */
  start: number;
  stop: number;
}

/**
 * Walk the source: `onText(start, end)` for each run of text, `onTag(tag)` for each tag.
 * Comments, doctypes and CDATA are skipped; the contents of <script>, <style> and the other raw
 * text elements come as one text run after their start tag. Linear: each search moves forward.
 */
export function scanHtml(html: string, onText: (start: number, end: number, raw: string | null) => void, onTag: (t: Tag) => void): void {
  const lower = html.length < 50_000_000 ? html.toLowerCase() : html;
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      onText(i, n, null);
      return;
    }
    if (lt > i) onText(i, lt, null);
    const c = html.charCodeAt(lt + 1);
    if (html.startsWith("<!--", lt)) {
      const e = html.indexOf("-->", lt + 4);
      i = e < 0 ? n : e + 3;
      continue;
    }
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      const e = html.indexOf(">", lt + 2);
      i = e < 0 ? n : e + 1;
      continue;
    }
    const isEnd = c === 47; /* / */
    const nameStart = lt + (isEnd ? 2 : 1);
    let k = nameStart;
    while (k < n) {
      const d = html.charCodeAt(k) | 32;
      if ((d >= 97 && d <= 122) || (k > nameStart && ((d >= 48 && d <= 57) || d === 45 || d === 58 || d === 95 || d === 127))) k++;
      else break;
    }
    if (k === nameStart) {
      // "<" not starting a tag: text
      onText(lt, lt + 1, null);
      i = lt + 1;
      continue;
    }
    const name = lower.slice(nameStart, k);
    const gt = html.indexOf(">", k);
    const stop = gt < 0 ? n : gt + 1;
    onTag({ name, end: isEnd, selfClosing: gt > 0 && html.charCodeAt(gt - 1) === 47, start: lt, stop });
    i = stop;
    if (!isEnd && RAW.has(name)) {
      const close = lower.indexOf(`</${name}`, i);
      const e = close < 0 ? n : close;
      onText(i, e, name);
      i = e;
    }
  }
}

/** Elements and the deepest nesting the page builds (implied end tags followed). Linear. */
export function measureHtml(html: string): { elements: number; depth: number } {
  const stack: string[] = [];
  let elements = 0;
  let depth = 0;
  scanHtml(
    html,
    () => {},
    (t) => {
      if (t.end) {
        // an end tag closes the nearest open element of its name within 64 levels (linear)
        for (let at = stack.length - 1; at >= 0 && at >= stack.length - 64; at--)
          if (stack[at] === t.name) {
            stack.length = at;
            break;
          }
        return;
      }
      elements++;
      const closes = IMPLIED[t.name];
      if (closes) while (stack.length && closes.includes(stack[stack.length - 1]!)) stack.pop();
      if (VOID.has(t.name) || t.selfClosing) return;
      stack.push(t.name);
      if (stack.length > depth) depth = stack.length;
    },
  );
  return { elements, depth };
}

const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", ndash: "–", mdash: "—", hellip: "…",
  lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", laquo: "«", raquo: "»", bull: "•", middot: "·", deg: "°",
  copy: "©", reg: "®", times: "×", divide: "÷", percnt: "%", euro: "€", shy: "\u00ad",
};
// HTML 4 Latin-1 letters (&agrave; &Ecirc; …), which old Vietnamese pages use
const LATIN1 = "Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml".split(" ");
LATIN1.forEach((name, i) => (NAMED[name] ??= String.fromCharCode(0xc0 + i)));

const ENTITY = named("html-scan.ENTITY", /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g);

/** One character reference at `at` ("&amp;", "&#7879;"): [text, length in the source], or null. */
function entityAt(s: string, at: number): [string, number] | null {
  ENTITY.lastIndex = at;
  const m = ENTITY.exec(s);
  if (!m || m.index !== at) return null;
  const body = m[1]!;
  let ch: string | undefined;
  if (body[0] === "#") {
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    ch = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code < 0xe000) ? String.fromCodePoint(code) : "\ufffd";
  } else ch = NAMED[body];
  return ch === undefined ? null : [ch, m[0].length];
}

/** Character references decoded. */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  let out = "";
  let last = 0;
  for (let i = s.indexOf("&"); i >= 0; i = s.indexOf("&", i + 1)) {
    const e = entityAt(s, i);
    if (!e) continue;
    out += s.slice(last, i) + e[0];
    last = i + e[1];
    i = last - 1;
  }
  return out + s.slice(last);
}

/** The hidden elements (HIDDEN) open at this point of a scan, innermost last: text inside them is not shown. */
class HiddenElements {
  private readonly open: string[] = [];
  get inside(): boolean {
    return this.open.length > 0;
  }
  tag(t: Tag): void {
    if (!HIDDEN.has(t.name)) return;
    if (!t.end && !t.selfClosing) this.open.push(t.name);
    else if (t.end && this.open[this.open.length - 1] === t.name) this.open.pop();
  }
}

/**
 * The visible text of a page with one line per block element, without building a DOM: the
 * fallback for pages too big or too deep for Readability. Linear.
 */
export function plainText(html: string): { title?: string; text: string } {
  const parts: string[] = [];
  const hidden = new HiddenElements();
  let title: string | undefined;
  scanHtml(
    html,
    (s, e, raw) => {
      if (raw === "title") {
        title = decodeEntities(html.slice(s, e)).replace(/\s+/g, " ").trim() || undefined;
        return;
      }
      if ((raw && !SHOWN_RAW.has(raw)) || hidden.inside) return;
      parts.push(decodeEntities(html.slice(s, e)).replace(/[ \t\r\n\f]+/g, " "));
    },
    (t) => {
      hidden.tag(t);
      if (BLOCK.has(t.name)) parts.push(t.name === "td" || t.name === "th" ? (t.end ? "\t" : "") : "\n");
    },
  );
  const text = parts
    .join("")
    .split("\n")
    .map((l) => l.replace(/^[ \t\u00a0]+|[ \t\u00a0]+$/g, ""))
    .filter((l) => l)
    .join("\n");
  return { ...(title ? { title } : {}), text };
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0 || c === 0x200b || c === 0xad;

/**
 * Every visible character of the page that is not white space, with its offset in the source
 * (an entity's characters all point at its "&"). Title text included; scripts, styles and
 * comments not.
 */
export function visibleChars(html: string): { chars: string; at: Int32Array } {
  const out: string[] = [];
  const at = new Int32Array(html.length + 1);
  let n = 0;
  const push = (ch: string, pos: number) => {
    for (let j = 0; j < ch.length; j++) {
      const c = ch.charCodeAt(j);
      if (isSpace(c)) continue;
      out.push(ch[j]!);
      at[n++] = pos;
    }
  };
  const hidden = new HiddenElements();
  scanHtml(
    html,
    (s, e, raw) => {
      if ((raw && !SHOWN_RAW.has(raw)) || (hidden.inside && raw !== "title")) return;
      for (let i = s; i < e; i++) {
        if (html.charCodeAt(i) === 38 /* & */) {
          const ent = entityAt(html, i);
          if (ent) {
            push(ent[0], i);
            i += ent[1] - 1;
            continue;
          }
        }
        push(html[i]!, i);
      }
    },
    (t) => hidden.tag(t),
  );
  return { chars: out.join(""), at: at.subarray(0, n) };
}
