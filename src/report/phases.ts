/**
 * The phases of a parse, in order, each a named step over one text's Work (issue 14). parseReport
 * runs them all on one text; parseReports (batch.ts) runs each phase over a chunk of texts before
 * the next phase, so that each phase's code runs once per chunk rather than once per text (the
 * per-text cost of short texts falls by a third to a half: scripts/bench-interleave.mjs).
 *
 *   read          makeDoc (NFC + offset map + folded key + tokens), the number convention, sentences
 *   figures       money, percents, counts, measures          (recognize/figures.ts)
 *   dates         dates                                      (recognize/date.ts)
 *   people        people with titles and honorifics          (recognize/people.ts)
 *   organizations organisations                              (recognize/people.ts)
 *   link          hits → report values with original spans; figures linked to subjects (link.ts)
 *   event         the event of the report                    (event.ts)
 *   relate        relations between figures                  (src/relate/)
 *   assemble      the Report, its sections
 *   check         findings                                   (src/check/)
 *   publish       the figures as the public objects          (figure-draft.ts: until then one
 *                 shape for every figure, for the phases that read them)
 *
 * Each phase reads what the phases before it left in the Work and adds its own; a phase keeps no
 * state between texts, so running the phases text by text or phase by phase gives the same
 * Report (test/batch.test.ts compares both on the seed, the dev docs and arbitrary strings).
 *
 * Each phase lives in a module of its own group (phase-read, phase-figures, phase-dates,
 * phase-people, phase-link, phase-finish), which imports only that phase's recognisers: a worker
 * that runs part of the phases imports only those (sides.ts loadSide). This module imports them
 * all, in the order of PHASES.
 */
import { read } from "./phase-read.js";
import { figures } from "./phase-figures.js";
import { dates } from "./phase-dates.js";
import { organizations, people } from "./phase-people.js";
import { link } from "./phase-link.js";
import { assemble, check, event, publish, relateFigures } from "./phase-finish.js";
import type { Phase } from "./work.js";

export { Work, type Phase, type ParseOptions } from "./work.js";
export { toFigure } from "./phase-link.js";

/** The phases in the order every text goes through them. */
export const PHASES: readonly Phase[] = [read, figures, dates, people, organizations, link, event, relateFigures, assemble, check, publish];
