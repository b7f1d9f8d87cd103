/**
 * baocao in the browser (`baocao/browser`, issue 15): the library without Node, and the view.
 *
 *   import { parseReport, renderView, mountView, VIEW_CSS } from "baocao/browser";
 *   const report = parseReport(text);
 *   report.findings = checkReport(report, text);
 *   el.innerHTML = renderView(report, text);     // highlights, findings, relations
 *   mountView(el.firstElementChild);              // tooltips, lines, keyboard
 *
 * Also a classic script for pages opened from file:// (dist/browser.global.js, `window.baocao`).
 */
export { parseReport, type ParseOptions } from "./report/parse.js";
export { toFacts } from "./report/facts.js";
export { checkReport } from "./check/index.js";
export { fold } from "./text/fold.js";
export * from "./schema.js";
export { renderView, buildView, type ViewOptions } from "./view/render.js";
export { renderPage, postPage } from "./view/page.js";
export { mountView, type ViewHandle } from "./view/client.js";
export { relationsOf, type ViewRelation } from "./view/relations.js";
export { VIEW_CSS } from "./view/style.js";
export { contrast, KINDS, SEVERITY } from "./view/palette.js";
