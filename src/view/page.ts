/**
 * One self-contained page per post (issue 15): the view, its stylesheet and its script in one
 * file; no fonts, scripts, styles or images from anywhere else (a Content-Security-Policy in
 * the page forbids them, so a copy opened anywhere stays offline).
 *
 *   renderPage(report, text, { indexHref: "../index.html" }) → "<!doctype html><html lang=en>…</html>"
 *   postPage(report, text, o) → { html, entry }: the page and its line in the index
 */
import type { Report } from "../schema.js";
import { CLIENT_JS } from "./client.js";
import { esc, type Lang } from "./format.js";
import { countsOf, renderView, type ViewOptions } from "./render.js";
import { VIEW_CSS } from "./style.js";

/** Inline styles and scripts only; nothing from the network. */
export const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function pageShell(title: string, lang: Lang, body: string, script: string, css = VIEW_CSS): string {
  return [
    "<!doctype html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="baocao">',
    `<title>${esc(title)}</title>`,
    `<style>body{margin:0;background:#fff}\n${css}</style>`,
    "</head>",
    "<body>",
    body,
    `<script>${script.replace(/<\/(script)/gi, "<\\/$1")}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** A whole HTML document showing one report on its text. */
export function renderPage(report: Report, text: string, o: ViewOptions = {}): string {
  const lang = o.lang ?? "en";
  const title = o.title ?? report.input?.title ?? report.event.title ?? report.id ?? "baocao";
  return pageShell(`${title} — baocao`, lang, renderView(report, text, o), CLIENT_JS);
}

/** One line of the index: what the index page lists and filters. */
export interface IndexEntry {
  /** id */
  i: string;
  /** title */
  t?: string;
  /** source */
  s: string;
  /** page, relative to the index */
  h?: string;
  /** figures, people, findings, errors, warnings */
  f: number;
  p: number;
  n: number;
  e: number;
  w: number;
  /** why the post could not be read (no page) */
  x?: string;
}

export function postPage(report: Report, text: string, o: ViewOptions = {}): { html: string; entry: IndexEntry } {
  const c = countsOf(report);
  const title = o.title ?? report.input?.title ?? report.event.title;
  return {
    html: renderPage(report, text, o),
    entry: { i: report.id ?? "", ...(title ? { t: title } : {}), s: report.input?.source ?? report.id ?? "", f: c.figures, p: c.people, n: c.findings, e: c.errors, w: c.warnings },
  };
}
