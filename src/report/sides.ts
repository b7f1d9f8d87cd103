/**
 * The stage splits by phase name, and the phases of one side of a split loaded alone (issue 14:
 * two workers that split the phases each import only their own recognisers and word lists).
 *
 *   const a = await loadSide("people", "a");   // [read, people, organizations]: text/, tokens,
 *                                              //   names, titles, honorifics, org phrases
 *   const b = await loadSide("people", "b");   // [figures, dates, link, event, relateFigures,
 *                                              //   assemble, check, publish]: no people recogniser
 *   const all = await loadPhases();            // PHASES (a text a phase threw on, read again alone)
 *   const split = await loadSplitSide("people", "b");   // { phases: b, at: 0 }: B runs [at, length)
 *   await loadValidation();                    // finish() may validate (loadSide("…", "b") does
 *                                              //   it itself when BAOCAO_VALIDATE is set)
 *
 * Each phase's module (phase-*.ts) imports only its own recognisers; this module imports none of
 * them, and loads a side's modules one after another in the side's order. Each side first interns
 * the whole parser's words in its order (loadLexicon), so the token ids of one side are good in
 * the other; where they are not (tokens.ts printAt differs), hand-over.ts looks them up again. splits.ts SPLITS is the
 * same splits as lists of phases, every phase loaded (the tests, bench-pipeline --phases).
 * test/sides.test.ts holds the orders to PHASES and lists which modules each side loads.
 */
import type { Phase } from "./work.js";
import { lexicon } from "../text/tokens.js";
import { useSchemaCheck, validationDefault } from "./finish.js";

/** The names of the phases, in PHASES's order (phases.ts). */
export const PHASE_NAMES = ["read", "figures", "dates", "people", "organizations", "link", "event", "relateFigures", "assemble", "check", "publish"] as const;
export type PhaseName = (typeof PHASE_NAMES)[number];

/** A split by name: the phases in `order`, side A running the first `at` of them, B the rest. */
export interface SplitOrder {
  readonly order: readonly PhaseName[];
  readonly at: number;
}

const LATE = ["link", "event", "relateFigures", "assemble", "check", "publish"] as const;

/**
 * The splits bench-pipeline measures (hand-over.ts says why each). The recognisers read only the
 * doc, never another recogniser's hits, so figures and dates may come after people.
 */
export const SPLIT_ORDERS: Readonly<Record<string, SplitOrder>> = {
  /** read … organizations | link …: the first cut (phase 9). */
  link: { order: PHASE_NAMES, at: 5 },
  /** read … people | organizations … */
  organizations: { order: PHASE_NAMES, at: 4 },
  /** read, people, organizations | figures, dates, link … */
  people: { order: ["read", "people", "organizations", "figures", "dates", ...LATE], at: 3 },
  /** read, dates, people, organizations | figures, link … */
  figures: { order: ["read", "dates", "people", "organizations", "figures", ...LATE], at: 4 },
};

export type Side = "a" | "b";

/** Phases in an order, A running the first `at` of them and B the rest (splits.ts SPLITS; loadSplitSide). */
export interface Split {
  phases: readonly Phase[];
  at: number;
}

/** The phase modules, each loaded by a dynamic import of its own (only the modules a side names are loaded). */
const LOAD = {
  "phase-read": () => import("./phase-read.js"),
  "phase-figures": () => import("./phase-figures.js"),
  "phase-dates": () => import("./phase-dates.js"),
  "phase-people": () => import("./phase-people.js"),
  "phase-link": () => import("./phase-link.js"),
  "phase-finish": () => import("./phase-finish.js"),
} as const satisfies Record<string, () => Promise<object>>;

/** The module (report/NAME.ts) that exports each phase. */
export const PHASE_MODULE: Readonly<Record<PhaseName, keyof typeof LOAD>> = {
  read: "phase-read",
  figures: "phase-figures",
  dates: "phase-dates",
  people: "phase-people",
  organizations: "phase-people",
  link: "phase-link",
  event: "phase-finish",
  relateFigures: "phase-finish",
  assemble: "phase-finish",
  check: "phase-finish",
  publish: "phase-finish",
};

/** The names of one side's phases, in the order it runs them. */
export function sideNames(split: string, side: Side): readonly PhaseName[] {
  const s = SPLIT_ORDERS[split];
  if (!s) throw new Error(`no split named ${split} (one of ${Object.keys(SPLIT_ORDERS).join(", ")})`);
  if (side !== "a" && side !== "b") throw new Error(`a side is "a" or "b", not ${String(side)}`);
  return side === "a" ? s.order.slice(0, s.at) : s.order.slice(s.at);
}

/** One phase, its module loaded (and only its module, with what that imports). */
async function loadPhase(name: PhaseName): Promise<Phase> {
  if (!Object.hasOwn(PHASE_MODULE, name)) throw new Error(`no phase named ${String(name)}`);
  const file = PHASE_MODULE[name];
  const f = ((await LOAD[file]()) as Record<string, unknown>)[name];
  if (typeof f !== "function") throw new Error(`phase module of ${name} does not export it`);
  return f as Phase;
}

/**
 * The phases of one side of a split, in the order that side runs them, loading only their
 * modules: a worker of side A runs `runPhases(works, 0, a.length, a)`, hands the Works over
 * (hand-over.ts), and side B runs its list over them.
 */
export async function loadSide(split: string, side: Side): Promise<readonly Phase[]> {
  const out: Phase[] = [];
  const names = sideNames(split, side);
  await loadLexicon();
  // one after another: the same modules evaluated in the same order in every worker
  for (const name of names) out.push(await loadPhase(name));
  // the side that ends the parse validates when BAOCAO_VALIDATE asks (finish.ts)
  if (names.includes("publish") && validationDefault() !== "") await loadValidation();
  return out;
}

/**
 * One side as a Split of its own, for code written for a whole Split (`runPhases(works, 0, at,
 * phases)` in A, `runPhases(works, at, phases.length, phases)` in B): A's phases with `at` their
 * count, B's with `at` 0. Only that side's modules are loaded (loadSide).
 *
 *   const split = await loadSplitSide("people", role);   // a worker of stage `role`
 */
export async function loadSplitSide(split: string, side: Side): Promise<Split> {
  const phases = await loadSide(split, side);
  return { phases, at: side === "a" ? phases.length : 0 };
}

/**
 * The whole parser's words, interned in its order before a side's own word lists are compiled
 * (dist/text/lexicon-words.json, written by `npm run build`: scripts/emit-lexicon-words.mjs), so
 * that both sides, and the whole parser, give each word the same id, and the hand-over keeps the
 * token ids (hand-over.ts: the same print). Only into an empty lexicon (else the order is another:
 * the ids are then looked up again, the same result); without the file (the sources run by the
 * tests) nothing is interned here.
 */
export async function loadLexicon(): Promise<void> {
  if (lexicon.size !== 0) return;
  let words: unknown;
  try {
    const { readFileSync } = await import("node:fs");
    words = (JSON.parse(readFileSync(new URL("../text/lexicon-words.json", import.meta.url), "utf8")) as { words?: unknown }).words;
  } catch {
    return;
  }
  if (!Array.isArray(words) || lexicon.size !== 0) return;
  for (const w of words) if (typeof w === "string") lexicon.intern(w);
}

/**
 * The schema check of finish.ts (validate.ts, zod): loadSide loads it for the last side when
 * BAOCAO_VALIDATE asks; a worker that passes `validate: true` in the options loads it first.
 */
export async function loadValidation(): Promise<void> {
  useSchemaCheck((await import("./validate.js")).schemaProblem);
}

/** Every phase (PHASES, phases.ts): for a text a phase threw on, read again alone (finish.ts parseThrough). */
export async function loadPhases(): Promise<readonly Phase[]> {
  return (await import("./phases.js")).PHASES;
}
