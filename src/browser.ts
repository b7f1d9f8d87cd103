/**
 * baocao in the browser (`baocao/browser`, issue 15): the library without Node, and the view.
 *
 *   import { parseReport, renderView, mountView, VIEW_CSS } from "baocao/browser";
 *   const report = parseReport(text);
 *   report.findings = checkReport(report, text);
 *   el.innerHTML = renderView(report, text);     // highlights, findings, relations
 *   mountView(el.firstElementChild);              // tooltips, lines, keyboard
 *
 * For pages without a bundler, `npm run build` also makes site/baocao.js: all of this as one
 * classic script (`window.baocao`), which pages opened from file:// can load.
 */
export { parseReport, type ParseOptions } from "./report/parse.js";
export { toFacts } from "./report/facts.js";
export { checkReport } from "./check/index.js";
export { fold } from "./text/fold.js";
export * from "./schema.js";
export { renderView, type ViewOptions } from "./view/render.js";
export { renderPage, postPage } from "./view/page.js";
export { mountView, type ViewHandle } from "./view/client.js";
export { relationsOf, type ViewRelation } from "./view/relations.js";
export { VIEW_CSS } from "./view/style.js";
export { contrast, KINDS, SEVERITY } from "./view/palette.js";
