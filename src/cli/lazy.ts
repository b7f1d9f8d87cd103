/**
 * The CLI's heavier libraries, loaded the first time an input or mode needs them (issues 11, 14):
 * a run over UTF-8 JSONL never loads linkedom, Readability or iconv-lite; a run without a
 * terminal never loads cli-progress.
 *
 *   await loadIconv()   → iconv-lite      (legacy encodings: windows-1258, TCVN3, VNI, VISCII)
 *   await loadHtml()    → linkedom + @mozilla/readability (HTML article extraction)
 *   iconv()             → the loaded module (throws if loadIconv was not awaited first)
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

/** Which of the heavier libraries this thread has loaded (tests). */
export function loadedLibraries(): { iconv: boolean; html: boolean } {
  return { iconv: !!iconvLib, html: !!htmlLibs };
}
