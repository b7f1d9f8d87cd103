/**
 * baocao — read Vietnamese administrative reports into typed, validated records.
 *
 *   import { parseReport, toFacts, checkReport } from "baocao";
 *   const report = parseReport(text);        // never throws on a string
 *   parseReports([{ text, id: "a" }, …])     // many texts: the same Reports, faster on short ones
 *   report.figures[0].span                   // { start, end } into `text`
 *   report.relations                         // which figures the text ties, and how (cue, certainty)
 *   checkReport(report)                      // the findings again, from the report alone
 *   renderFindings(text, report, { source }) // findings as a compiler shows errors
 */
export { parseReport, type ParseOptions } from "./report/parse.js";
export { parseReports, type ReportInput } from "./report/batch.js";
export { toFacts } from "./report/facts.js";
export { checkReport } from "./check/index.js";
export { renderFindings, renderFinding, type Location, type RenderOptions } from "./check/render.js";
export { scoreDoc, sumCounts, finish, formatScores, type Scores } from "./eval/score.js";
export { fold } from "./text/fold.js";
export * from "./schema.js";
export { renderPage, postPage } from "./view/page.js";
export { renderView, type ViewOptions } from "./view/render.js";
