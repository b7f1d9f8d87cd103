/**
 * The stage splits of sides.ts SPLIT_ORDERS as lists of phases, every phase loaded (phases.ts):
 * for the tests and for one thread that runs both sides (bench-pipeline --phases, --cost). A
 * worker that runs one side loads only that side: sides.ts loadSide.
 *
 *   const { phases, at } = SPLITS.people;   // A runs phases [0, at), B the rest
 */
import { PHASES } from "./phases.js";
import { SPLIT_ORDERS, type Split } from "./sides.js";
import type { Phase } from "./work.js";

const phase = (name: string): Phase => {
  const p = PHASES.find((q) => q.name === name);
  if (!p) throw new Error(`no phase named ${name}`);
  return p;
};

/** The default cut: A runs read, figures, dates, people, organizations; B link … publish. */
export const CUT = PHASES.indexOf(phase("link"));

/** The splits bench-pipeline measures (by name); test/hand-over.test.ts holds each to parseReport. */
export const SPLITS: Record<string, Split> = Object.fromEntries(Object.entries(SPLIT_ORDERS).map(([name, s]) => [name, { phases: s.order.map(phase), at: s.at }]));
