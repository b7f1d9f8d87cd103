/**
 * The CLI's heavier libraries, loaded the first time an input or mode needs them (issues 11, 14):
 * a run over UTF-8 JSONL never loads linkedom, Readability or iconv-lite; a run without a
 * terminal never loads cli-progress. Likewise the output code of each format: a worker (the
 * pool's, or stage B of a pair) loads only the format it writes (posts.ts).
 *
 *   await loadIconv()   → iconv-lite      (legacy encodings: windows-1258, TCVN3, VNI, VISCII)
 *   await loadHtml()    → linkedom + @mozilla/readability (HTML article extraction)
 *   iconv()             → the loaded module (throws if loadIconv was not awaited first)
 *   await loadOutput({ mode: "extract", format: "csv" })    → { csv: csv.ts }
 *   await loadOutput({ mode: "check", format: "text", html: {} })   → + check: render.ts and
 *                         location.ts, page: view/page.ts;  extract/jsonl, json, check/json(l): none
 */
import type IconvLite from "iconv-lite";

type Iconv = typeof IconvLite;
export interface HtmlLibs {
  parseHTML: typeof import("linkedom").parseHTML;
  Readability: typeof import("@mozilla/readability").Readability;
}

let iconvLib: Iconv | undefined;
let htmlLibs: HtmlLibs | undefined;

export async function loadIconv(): Promise<Iconv> {
  if (!iconvLib) {
    const m = (await import("iconv-lite")) as unknown as { default?: Iconv } & Iconv;
    iconvLib = m.default ?? m;
  }
  return iconvLib;
}

export function iconv(): Iconv {
  if (!iconvLib) throw new Error("internal: iconv-lite used before loadIconv()");
  return iconvLib;
}

export async function loadHtml(): Promise<HtmlLibs> {
  if (!htmlLibs) {
    const [{ parseHTML }, { Readability }] = await Promise.all([import("linkedom"), import("@mozilla/readability")]);
    htmlLibs = { parseHTML, Readability };
  }
  return htmlLibs;
}

/** The output code of the formats a thread writes (posts.ts postOutcome), each module once loaded. */
export interface OutputLibs {
  facts?: typeof import("../report/facts.js");
  csv?: typeof import("./csv.js");
  summary?: typeof import("./summary.js");
  check?: { render: typeof import("../check/render.js"); location: typeof import("./location.js") };
  page?: typeof import("../view/page.js");
}

const outputLibs: OutputLibs = {};

/** The output code a batch with these options needs, loaded (once a thread); every module loaded so far. */
export async function loadOutput(o: { mode: "extract" | "check"; format: string; html?: object }): Promise<OutputLibs> {
  if (o.mode === "check") {
    if (o.format === "text") outputLibs.check ??= await Promise.all([import("../check/render.js"), import("./location.js")]).then(([render, location]) => ({ render, location }));
  } else if (o.format === "facts") outputLibs.facts ??= await import("../report/facts.js");
  else if (o.format === "csv") outputLibs.csv ??= await import("./csv.js");
  else if (o.format === "summary") outputLibs.summary ??= await import("./summary.js");
  if (o.html) outputLibs.page ??= await import("../view/page.js");
  return outputLibs;
}

/** Which formats' output code this thread has loaded (tests). */
export function loadedOutput(): (keyof OutputLibs)[] {
  return (Object.keys(outputLibs) as (keyof OutputLibs)[]).sort();
}

/** Which of the heavier libraries this thread has loaded (tests). */
export function loadedLibraries(): { iconv: boolean; html: boolean } {
  return { iconv: !!iconvLib, html: !!htmlLibs };
}
