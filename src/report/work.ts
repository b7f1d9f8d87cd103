/**
 * A text's Work on its way through the phases (phases.ts), the type of a phase, and the loop that
 * runs phases over a chunk of Works. Nothing here imports a recogniser: a worker that runs some of
 * the phases (sides.ts loadSide) imports this, and only its own phases' modules.
 *
 *   const w = new Work(text, {}, []);
 *   for (const phase of PHASES) phase(w);     // w.report
 *   runPhases(works, 0, 3, phases);           // phases [0, 3) over each Work, phase by phase
 */
import type { inferConvention } from "../recognize/number-convention.js";
import type { Doc } from "../text/normalize.js";
import type { Ctx, DateHit, FigureHit, OrgHit, PersonHit } from "../recognize/types.js";
import type { Figure, Person, Report, Warning } from "../schema.js";

export interface ParseOptions {
  /** Record id (the CLI uses the file name without extension). */
  id?: string;
  /** Input larger than this many UTF-16 units is cut, with a warning. Default 5,000,000. */
  maxChars?: number;
  /**
   * Check the result against the Zod schema (default false: the types already say what a report
   * holds, and validation took 7% of the time and half the fixed cost of a post). A report that
   * fails gets an `internal.schema` warning. The environment variable BAOCAO_VALIDATE=1 turns it
   * on by default; BAOCAO_VALIDATE=throw (the test suite's setting) makes a failure throw.
   */
  validate?: boolean;
  /**
   * When the text was published, if known ("2017-06-21", "2017-06" or "2017"): the year of a day
   * written without one ("Chiều 21/6"). Without it that year comes from the text, or stays unknown.
   */
  referenceDate?: string;
}

/** One text on its way through the phases: its input and what each phase has made of it so far. */
export class Work {
  conv!: ReturnType<typeof inferConvention>;
  ctx!: Ctx;
  figureHits!: FigureHit[];
  dates!: DateHit[];
  personHits!: PersonHit[];
  orgHits!: OrgHit[];
  figures!: Figure[];
  people!: Person[];
  organizations!: Report["organizations"];
  dateValues!: Report["dates"];
  event!: Report["event"];
  relations!: Report["relations"];
  report!: Report;
  constructor(
    /** The text as read (cut at maxChars). */
    readonly input: string,
    readonly options: ParseOptions,
    /** Warnings so far (the input's, then the phases'); the Report's own list. */
    readonly warnings: Warning[],
  ) {}
  get doc(): Doc {
    return this.ctx.doc;
  }
}

export type Phase = (w: Work) => void;

/**
 * Phases [from, to) over each Work, phase by phase; a Work on which a phase throws becomes null
 * and its index is in the answer (its caller reads that text again alone). `onText` is told each
 * Work's index before its turn in each phase.
 */
export function runPhases(works: (Work | null)[], from: number, to: number, phases: readonly Phase[], onText?: (index: number) => void): number[] {
  const threw: number[] = [];
  for (let p = from; p < to; p++) {
    const phase = phases[p]!;
    for (let k = 0; k < works.length; k++) {
      const w = works[k];
      if (!w) continue;
      onText?.(k);
      try {
        phase(w);
      } catch {
        works[k] = null;
        threw.push(k);
      }
    }
  }
  return threw;
}
