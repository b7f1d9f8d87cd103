/**
 * Where the source under src/ builds a regular expression, found statically by a small
 * tokenizer (fast: the whole of src/ in a few tens of milliseconds, where the TypeScript parser
 * takes seconds of CPU to load and parse). Used by test/redos-coverage.test.ts and
 * scripts/prove-patterns.ts.
 *
 * A site is a regex literal, a `new RegExp(…)` / `RegExp(…)` call or an rx`…` template, that is
 * not itself part of another site (`new RegExp(X.source + "…")`'s literal is part of the call).
 * Its scope:
 * - "module": built once, when the module loads (a top-level declaration, an object or array of
 *   patterns at the top level, a top-level block): it must be registered with `named()`;
 * - "call": built each time a function runs (a function's or method's body, an arrow function's
 *   body, a class's instance field) or each time a top-level loop turns: it cannot be
 *   registered (the registry would grow at each call). A literal is proven by its text
 *   (prove-patterns records it); a RegExp built from data is listed in the coverage test.
 *
 * The tokenizer knows the parts of TypeScript this code base uses: comments, strings, template
 * literals with nested `${}`, regex literals (a `/` where an operand may start), brackets, `=>`.
 * scripts/prove-patterns.ts checks it against the TypeScript parser on every run.
 */

export type SiteKind = "literal" | "RegExp" | "rx";
export interface Site {
  kind: SiteKind;
  scope: "module" | "call";
  /** Inside the arguments of a `named(…)` call. */
  named: boolean;
  line: number;
  /** Offsets of the site's first character and past its last (a literal's flags included). */
  start: number;
  end: number;
  /** A literal's pattern and flags. */
  source?: string;
  flags?: string;
}

const CONTROL = new Set(["if", "for", "while", "switch", "catch", "with"]);
const LOOPS = new Set(["for", "while"]);
/** Keywords after which a `/` starts a regex literal. */
const BEFORE_OPERAND = new Set(["return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await"]);

/** The operators of more than one character that matter here (`=>`), or that hold a `=` or `!` that does. */
const OP = /=>|===|!==|==|!=|<=|>=|&&|\|\||\?\?=?|\+\+|--/y;

type Tok = { t: "id" | "punct" | "value"; v: string; at: number };
interface Frame {
  ch: "(" | "[" | "{" | "=>" | "${" | "stmt";
  /** Code in it runs per call (or per turn of a loop). */
  call: boolean;
  /** A `named(` call's arguments. */
  named?: boolean;
  /** An object type (in a function's return type). */
  type?: boolean;
  /** Part of a site: a `RegExp(` call's arguments, an rx template's `${}`. */
  site?: boolean;
  /** A paren group after a control keyword (if, for, …): which. */
  control?: string;
}

const isIdStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isId = (c: number) => isIdStart(c) || isDigit(c);

export function regexSites(text: string): Site[] {
  const sites: Site[] = [];
  const stack: Frame[] = [];
  let prev = null as Tok | null;
  let prev2 = null as Tok | null;
  /** The paren group just closed (for the `{` or `=>` after it). */
  let closed = null as Frame | null;
  /** After a function's parameters and `:`: its return type, up to the body's `{`. */
  let returnType = false;
  let lineStarts: number[] | null = null;
  const lineOf = (at: number): number => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
    }
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const inCall = () => stack.some((f) => f.call);
  const inNamed = () => stack.some((f) => f.named);
  const inSite = () => stack.some((f) => f.site);
  const push = (tok: Tok) => {
    prev2 = prev;
    prev = tok;
  };
  const site = (kind: SiteKind, start: number, end: number, extra: Partial<Site> = {}) => {
    if (inSite()) return;
    sites.push({ kind, scope: inCall() ? "call" : "module", named: inNamed(), line: lineOf(start), start, end, ...extra });
  };
  /** End the arrow bodies and loop statements that end here (at `,`, `;` or a closing bracket). */
  const endExpressions = (at: ";" | "," | "close") => {
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      if (top.ch === "=>" || (top.ch === "stmt" && at !== ",")) stack.pop();
      else break;
    }
  };
  const regexAllowed = (): boolean => {
    if (!prev) return true;
    if (prev.t === "value") return false;
    if (prev.t === "id") return BEFORE_OPERAND.has(prev.v);
    if (prev.v === ")") return !!closed?.control; // `if (…) /x/.test(s)`
    return !(prev.v === "]" || prev.v === "}");
  };

  let i = 0;
  const n = text.length;
  /** Template literals being read: for each, whether it is an rx template. */
  const templates: { rx: boolean; start: number }[] = [];
  /** Read a template literal's text from text[i], up to its end or a `${` (which opens a frame). */
  const readTemplate = (): void => {
    while (i < n) {
      const c = text[i]!;
      if (c === "\\") {
        i += 2;
        continue;
      }
      if (c === "`") {
        i++;
        const t = templates.pop()!;
        if (t.rx) site("rx", t.start, i);
        push({ t: "value", v: "`", at: i });
        return;
      }
      if (c === "$" && text[i + 1] === "{") {
        i += 2;
        const t = templates[templates.length - 1]!;
        stack.push({ ch: "${", call: false, site: t.rx });
        prev = null;
        return;
      }
      i++;
    }
  };

  if (text.startsWith("#!")) i = text.indexOf("\n"); // a shebang line
  while (i < n) {
    const c = text[i]!;
    if (c === " " || c === "\t" || c === "\n" || c === "\r") {
      i++;
      continue;
    }
    if (c === "/" && text[i + 1] === "/") {
      const e = text.indexOf("\n", i);
      i = e < 0 ? n : e;
      continue;
    }
    if (c === "/" && text[i + 1] === "*") {
      const e = text.indexOf("*/", i + 2);
      i = e < 0 ? n : e + 2;
      continue;
    }
    if (c === "'" || c === '"') {
      const start = i;
      i++;
      while (i < n && text[i] !== c) i += text[i] === "\\" ? 2 : 1;
      i++;
      push({ t: "value", v: text.slice(start, i), at: start });
      continue;
    }
    if (c === "`") {
      const isRx = prev?.t === "id" && prev.v === "rx";
      templates.push({ rx: isRx, start: isRx ? prev!.at : i });
      i++;
      readTemplate();
      continue;
    }
    if (c === "/" && regexAllowed()) {
      const start = i;
      i++;
      let inClass = false;
      while (i < n) {
        const d = text[i]!;
        if (d === "\\") {
          i += 2;
          continue;
        }
        if (d === "\n") throw new Error(`unterminated regex literal at line ${lineOf(start)}`);
        if (d === "[") inClass = true;
        else if (d === "]") inClass = false;
        else if (d === "/" && !inClass) break;
        i++;
      }
      const bodyEnd = i;
      i++;
      while (i < n && /[a-z]/.test(text[i]!)) i++;
      site("literal", start, i, { source: text.slice(start + 1, bodyEnd), flags: text.slice(bodyEnd + 1, i) });
      push({ t: "value", v: "/re/", at: start });
      continue;
    }
    if (isDigit(text.charCodeAt(i)) || (c === "." && isDigit(text.charCodeAt(i + 1)))) {
      const start = i;
      while (i < n && (isId(text.charCodeAt(i)) || text.charCodeAt(i) === 46)) i++;
      push({ t: "value", v: text.slice(start, i), at: start });
      continue;
    }
    if (isIdStart(text.charCodeAt(i))) {
      const start = i;
      while (i < n && isId(text.charCodeAt(i))) i++;
      const v = text.slice(start, i);
      // a property name (x.for, x.if) is not a keyword
      const tok: Tok = { t: prev?.v === "." || prev?.v === "?." ? "value" : "id", v, at: start };
      if (tok.t === "value" && v === "RegExp") tok.t = "id";
      push(tok);
      continue;
    }
    // punctuation
    const start = i;
    let p: string = c;
    OP.lastIndex = i;
    const op = OP.exec(text);
    if (op) p = op[0];
    else if (text.startsWith("?.", i) && !/[0-9]/.test(text[i + 2] ?? "")) p = "?.";
    else if (text.startsWith("...", i)) p = "...";
    i += p.length;
    switch (p) {
      case "(": {
        const f: Frame = { ch: "(", call: false };
        const callee = prev?.t === "id" ? prev.v : "";
        if (callee === "named") f.named = true;
        if (callee === "RegExp") {
          f.site = !inSite();
          site("RegExp", prev2?.t === "id" && prev2.v === "new" ? prev2.at : prev!.at, -1);
        }
        if (CONTROL.has(callee)) f.control = callee;
        stack.push(f);
        break;
      }
      case "[":
        stack.push({ ch: "[", call: false });
        break;
      case "{": {
        if (returnType && prev?.t === "punct" && [":", "|", "&", "<", ",", "(", "["].includes(prev.v)) {
          stack.push({ ch: "{", call: false, type: true }); // `): { a: T } | undefined {`
          break;
        }
        let call = false;
        if (prev?.v === "=>") call = true;
        else if (prev?.v === ")" && closed && !closed.control) call = true; // a function's or method's body
        else if (returnType) call = true;
        else if (prev?.v === ")" && closed?.control && LOOPS.has(closed.control)) call = true; // a loop's body
        else if (prev?.t === "id" && (prev.v === "do" || prev.v === "else" || prev.v === "try" || prev.v === "finally") ) call = false;
        // a class body: its instance fields are built per instance, its methods are caught above
        else if (prev?.t === "id" && prev2?.t === "id" && (prev2.v === "class" || prev2.v === "extends" || prev2.v === "implements")) call = true;
        returnType = false;
        stack.push({ ch: "{", call });
        break;
      }
      case ")": {
        endExpressions("close");
        const f = stack.pop();
        closed = f ?? null;
        if (f?.site) {
          const s = sites[sites.length - 1]!;
          if (s.end === -1) s.end = i;
        }
        break;
      }
      case "]":
        endExpressions("close");
        stack.pop();
        break;
      case "}": {
        endExpressions("close");
        const f = stack.pop();
        if (f?.ch === "${") {
          readTemplate();
          continue;
        }
        break;
      }
      case "=>": {
        returnType = false;
        // an arrow's expression body runs per call, up to the `,`, `;` or bracket that ends it
        let j = i;
        while (j < n && /\s/.test(text[j]!)) j++;
        if (text[j] !== "{") stack.push({ ch: "=>", call: true });
        break;
      }
      case ":":
        // a function's return type: `f(x): T {`, `(x): T => …`
        if (prev?.v === ")" && closed && !closed.control) returnType = true;
        break;
      case ";":
        if (!stack.some((f) => f.type)) returnType = false;
        endExpressions(";");
        break;
      case ",":
        endExpressions(",");
        break;
      case "=":
        // `const f: (x: T) => U = …`: the arrow was a type
        returnType = false;
        while (stack.length && stack[stack.length - 1]!.ch === "=>") stack.pop();
        break;
      case "!":
        // a non-null assertion (`m[1]! / 2`) ends an operand
        if (prev && (prev.v === ")" || prev.v === "]" || prev.t === "value" || (prev.t === "id" && !BEFORE_OPERAND.has(prev.v)))) {
          push({ t: "value", v: "!", at: start });
          continue;
        }
        break;
    }
    // a loop's body without braces: up to its `;`
    if (p === ")" && closed?.control && LOOPS.has(closed.control)) {
      let j = i;
      while (j < n && /\s/.test(text[j]!)) j++;
      if (text[j] !== "{") {
        push({ t: "punct", v: p, at: start });
        stack.push({ ch: "stmt", call: true });
        continue;
      }
    }
    push({ t: "punct", v: p, at: start });
  }
  return sites;
}
