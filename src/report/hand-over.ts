/**
 * A text's Work handed from one thread to another between two phases (issue 14, a prototype: the
 * stages split between two workers, each compiling part of the parser; not used by the CLI yet).
 *
 *   const split = SPLITS.people;                        // phases in split.phases, A runs [0, split.at)
 *   const works = …begin() each text…;
 *   runPhases(works, 0, split.at, split.phases);        // thread A: read, people, organizations
 *   const { message, transfer } = handOver(works);      // A: numbers, ArrayBuffers
 *   port.postMessage(message, transfer);                // (or structuredClone(message, { transfer }))
 *   const got = takeOver(message);                      // thread B: Works again, TextDocs and all
 *   runPhases(got, split.at, split.phases.length, split.phases); // B: figures … publish; finish(w)
 *
 * What crosses, one message per chunk:
 *   - per Work, as plain data: its input, options, warnings, convention, referenceDate; the doc's
 *     norm (null when it is the input) and key; one ArrayBuffer (transferred) holding its token
 *     table (start, end, id: Int32; flags: Uint8), its offset map (s, e) and its sentences (start,
 *     end, paragraph × 2 + caption), revived as a real TextDoc through normalize.ts reviveDoc (its
 *     constructor), the token ids kept when both threads' lexicons are of the same generation (the
 *     same build, word lists compiled at load: the ids are the same), else looked up again;
 *   - for the whole chunk, one more ArrayBuffer (transferred) and a table of distinct strings
 *     (hand-over-codec.ts): the hits of the phases run so far (figures, dates, people,
 *     organisations), the number convention, and of the doc's memo (normalize.ts DocMemo) the
 *     slots later phases read: numbers (relate's context), marked (number-tokens), groups (the
 *     number convention's digit groups) and years (event; its `context` holds a function: dropped,
 *     B builds it again when asked). As a structured clone these cost ~1 µs an object, 100–170 µs
 *     a post before link; as numbers a tenth of that (scripts/bench-pipeline.mjs prints it).
 *     The other slots (names, people index, honorifics, org phrases, crime) are read only by the
 *     recognisers that make them: dropped; a later phase that asked would compute them again, the
 *     same. Module caches keyed by a token table's identity (phrase.ts) miss on the revived one.
 *
 * Cut points: any k with only plain data in the Work after phase k. After link the figures are
 * FigureDrafts (a class with getters, figure-draft.ts): handOver refuses them.
 *
 * Phase orders: the recognisers read only the doc (and its memo, caches of pure functions of the
 * doc), never another recogniser's hits, so figures and dates may come after people and
 * organisations. SPLITS.people runs read, people, organizations in A (~48% of a warm parse) and
 * figures, dates … publish in B: then only the doc, the people and the organisations cross.
 */
import { reviveDoc, type Doc } from "../text/normalize.js";
import { lexicon, type Tokens } from "../text/tokens.js";
import type { Ctx, DateHit } from "../recognize/types.js";
import { PHASES, Work, type Phase } from "./phases.js";
// (the phases over a chunk, as parseReports runs them: A runs [0, CUT), B [CUT, PHASES.length))
export { runPhases } from "./batch.js";
import type { ParseOptions } from "./parse.js";
import {
  Reader,
  Writer,
  readDates,
  readFigureHits,
  readInt32Array,
  readIntList,
  readNumbers,
  readOrgHits,
  readPersonHits,
  readYears,
  writeDates,
  writeFigureHits,
  writeInts,
  writeNumbers,
  writeOrgHits,
  writePersonHits,
  writeYears,
} from "./hand-over-codec.js";

/** The default cut: A runs read, figures, dates, people, organizations; B link … publish. */
export const CUT = PHASES.indexOf(PHASES.find((p) => p.name === "link")!);

/** Phases in an order, A running the first `at` of them and B the rest. */
export interface Split {
  phases: readonly Phase[];
  at: number;
}
const phase = (name: string): Phase => PHASES.find((p) => p.name === name)!;
const peopleFirst = ["read", "people", "organizations", "figures", "dates"].map(phase);
const LATE = PHASES.slice(CUT);
/** The splits bench-pipeline measures (by name); test/hand-over.test.ts holds each to parseReport. */
export const SPLITS: Record<string, Split> = {
  /** read … organizations | link …: the first cut (phase 9). */
  link: { phases: PHASES, at: CUT },
  /** read … people | organizations … */
  organizations: { phases: PHASES, at: CUT - 1 },
  /** read, people, organizations | figures, dates, link … */
  people: { phases: [...peopleFirst, ...LATE], at: 3 },
  /** read, dates, people, organizations | figures, link … */
  figures: { phases: [phase("read"), phase("dates"), phase("people"), phase("organizations"), phase("figures"), ...LATE], at: 4 },
};

/** Work fields set by phases before link (bits of HandedWork.has, in the order they are written). */
const CONV = 1;
const FIGURES = 2;
const DATES = 4;
const PEOPLE = 8;
const ORGS = 16;
/** Memo slots (see the module comment). */
const NUMBERS = 32;
const MARKED = 64;
const GROUPS = 128;
const YEARS = 256;
const LATER = ["figures", "people", "organizations", "dateValues", "event", "relations", "report"] as const;

/** One Work as plain data (structured-cloneable); its hits are in the message's buffer. */
export interface HandedWork {
  input: string;
  options: ParseOptions;
  warnings: Work["warnings"];
  /** Which fields and memo slots are in the message's buffer (the bits above). */
  has: number;
  /** How many sentences (in buf: start, end, paragraph × 2 + caption, Int32 each). */
  sentences: number;
  convention: Ctx["convention"];
  referenceDate: string | undefined;
  /** doc.norm, or null when it is the input itself. */
  norm: string | null;
  key: string;
  /** Tokens: count and the lexicon generation of the ids; the offset map's length (-1: none). */
  count: number;
  generation: number;
  mapLength: number;
  /** start, end, id (Int32 × count), map s, e (Int32 × mapLength), sentences (Int32 × 3 × sentences), flags (Uint8 × count). */
  buf: ArrayBuffer;
}

/** A chunk's Works: null where a text was not a Work (its place kept). */
export interface HandedChunk {
  works: (HandedWork | null)[];
  /** The hits and memo lists (hand-over-codec.ts): Float64 × nf, then Int32; and its strings. */
  buf: ArrayBuffer;
  nf: number;
  strings: string[];
}

export interface HandOver {
  message: HandedChunk;
  /** The ArrayBuffers to transfer with the message. */
  transfer: ArrayBuffer[];
}

/** The Works (after the same phases) as one message; null stays null. */
export function handOver(works: readonly (Work | null)[]): HandOver {
  const out = new Writer();
  const list: (HandedWork | null)[] = [];
  const transfer: ArrayBuffer[] = [];
  for (const w of works) {
    if (!w) {
      list.push(null);
      continue;
    }
    const h = handWork(w, out);
    list.push(h);
    transfer.push(h.buf);
  }
  const nf = out.nf;
  const { buf, strings } = out.finish();
  transfer.push(buf);
  return { message: { works: list, buf, nf, strings }, transfer };
}

function handWork(w: Work, out: Writer): HandedWork {
  for (const f of LATER) if (w[f] !== undefined) throw new Error(`hand-over: the Work has ${f} (cut before link)`);
  const doc = w.ctx.doc;
  const t = doc.tokens;
  const n = t.count;
  const map = (doc as unknown as { map: { s: Int32Array; e: Int32Array } | null }).map;
  const m = map ? map.s.length : -1;
  const ss = w.ctx.sentences;
  const at = 3 * n + 2 * Math.max(m, 0);
  const ints = at + 3 * ss.length;
  const buf = new ArrayBuffer(ints * 4 + n);
  const i32 = new Int32Array(buf, 0, ints);
  for (let k = 0, j = at; k < ss.length; k++, j += 3) {
    const s = ss[k]!;
    i32[j] = s.start;
    i32[j + 1] = s.end;
    i32[j + 2] = s.paragraph * 2 + (s.caption ? 1 : 0);
  }
  i32.set(t.start.subarray(0, n), 0);
  i32.set(t.end.subarray(0, n), n);
  i32.set(t.id.subarray(0, n), 2 * n);
  if (map) {
    i32.set(map.s, 3 * n);
    i32.set(map.e, 3 * n + m);
  }
  new Uint8Array(buf, ints * 4, n).set(t.flags.subarray(0, n));
  const memo = doc.memo;
  const has =
    (w.conv !== undefined ? CONV : 0) |
    (w.figureHits !== undefined ? FIGURES : 0) |
    (w.dates !== undefined ? DATES : 0) |
    (w.personHits !== undefined ? PEOPLE : 0) |
    (w.orgHits !== undefined ? ORGS : 0) |
    (memo.numbers !== undefined ? NUMBERS : 0) |
    (memo.marked !== undefined ? MARKED : 0) |
    (memo.groups !== undefined ? GROUPS : 0) |
    (memo.years !== undefined ? YEARS : 0);
  if (has & CONV) {
    out.reserve(1);
    out.str(w.conv.convention);
    out.strs(w.conv.evidence);
  }
  if (has & FIGURES) writeFigureHits(out, w.figureHits);
  if (has & DATES) writeDates(out, w.dates);
  if (has & PEOPLE) writePersonHits(out, w.personHits);
  if (has & ORGS) writeOrgHits(out, w.orgHits);
  if (has & NUMBERS) writeNumbers(out, memo.numbers as Parameters<typeof writeNumbers>[1]);
  if (has & MARKED) writeInts(out, memo.marked as Int32Array);
  if (has & GROUPS) writeInts(out, memo.groups as number[]);
  if (has & YEARS) writeYears(out, memo.years as Parameters<typeof writeYears>[1], w.dates);
  return {
    input: w.input,
    options: w.options,
    warnings: w.warnings,
    has,
    sentences: ss.length,
    convention: w.ctx.convention,
    referenceDate: w.ctx.referenceDate,
    norm: doc.norm === w.input ? null : doc.norm,
    key: doc.key,
    count: n,
    generation: t.generation,
    mapLength: m,
    buf,
  };
}

/** The Works again, in this thread, from a message of handOver (after a structured clone). */
export function takeOver(message: HandedChunk): (Work | null)[] {
  const r = new Reader(message.buf, message.strings, message.nf);
  const out: (Work | null)[] = [];
  for (const h of message.works) out.push(h ? revive(h, r) : null);
  return out;
}

function revive(h: HandedWork, r: Reader): Work {
  const n = h.count;
  const m = h.mapLength;
  const at = 3 * n + 2 * Math.max(m, 0);
  const ints = at + 3 * h.sentences;
  const buf = h.buf;
  const tokens: Tokens = {
    count: n,
    start: new Int32Array(buf, 0, n),
    end: new Int32Array(buf, n * 4, n),
    flags: new Uint8Array(buf, ints * 4, n),
    id: new Int32Array(buf, n * 8, n),
    // the same generation: the same word lists compiled in the same order, the same ids
    generation: h.generation === lexicon.generation ? h.generation : -1,
  };
  const map = m >= 0 ? { s: new Int32Array(buf, 3 * n * 4, m), e: new Int32Array(buf, (3 * n + m) * 4, m) } : null;
  const doc: Doc = reviveDoc(h.input, h.norm ?? h.input, h.key, tokens, map);
  const w = new Work(h.input, h.options, h.warnings);
  const i32 = new Int32Array(buf, at * 4, 3 * h.sentences);
  const sentences: Ctx["sentences"] = [];
  for (let j = 0; j < i32.length; j += 3) sentences.push({ start: i32[j]!, end: i32[j + 1]!, paragraph: i32[j + 2]! >> 1, caption: (i32[j + 2]! & 1) === 1 });
  const ctx: Ctx = { doc, sentences, convention: h.convention };
  if (h.referenceDate !== undefined) ctx.referenceDate = h.referenceDate;
  w.ctx = ctx;
  const has = h.has;
  if (has & CONV) {
    const convention = r.str() as Ctx["convention"];
    w.conv = { convention, evidence: r.strs() };
  }
  if (has & FIGURES) w.figureHits = readFigureHits(r);
  if (has & DATES) w.dates = readDates(r);
  if (has & PEOPLE) w.personHits = readPersonHits(r);
  if (has & ORGS) w.orgHits = readOrgHits(r);
  const memo = doc.memo;
  if (has & NUMBERS) memo.numbers = readNumbers(r);
  if (has & MARKED) memo.marked = readInt32Array(r);
  if (has & GROUPS) memo.groups = readIntList(r);
  if (has & YEARS) memo.years = readYears(r, w.dates as DateHit[] | undefined);
  return w;
}
