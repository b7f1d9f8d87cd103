/**
 * A text's Work handed from one thread to another between two phases (issue 14, a prototype: the
 * stages split between two workers, each compiling half the parser; not used by the CLI yet).
 *
 *   const works = …begin() each text…;
 *   runPhases(works, 0, CUT);                          // thread A: read … organizations
 *   const { message, transfer } = handOver(works);     // A: plain data, one ArrayBuffer per text
 *   port.postMessage(message, transfer);               // (or structuredClone(message, { transfer }))
 *   const got = takeOver(message);                     // thread B: Works again, TextDocs and all
 *   runPhases(got, CUT, PHASES.length);                // B: link … publish; finish(w) → the Report
 *
 * What crosses (one message per chunk; structured clone keeps shared references inside it, so a
 * hit and the memo's list that holds it stay one object):
 *   - the Work's input, options, warnings, convention and the hits of the phases run so far;
 *   - the doc: its norm (null when it is the input) and key, and one ArrayBuffer (transferred)
 *     holding its token table (start, end, id: Int32; flags: Uint8) and its offset map (s, e);
 *     revived as a real TextDoc through normalize.ts reviveDoc (its constructor), the token
 *     ids kept when both threads' lexicons are of the same generation (the same build, word
 *     lists compiled at load: the ids are the same), else looked up again (words.ts refreshIds);
 *   - the sentences, as numbers in that buffer (as objects they cost a fifth of the clone);
 *   - of the doc's memo (normalize.ts DocMemo, one slot per owner; no WeakMap caches remain),
 *     the slots the later phases read: numbers (relate's context), marked (number-tokens) and
 *     years (event; its `context` holds a function: dropped, B builds it again when asked). The
 *     other slots (names, people index, honorifics, org phrases, crime, groups) are read only by
 *     the first five phases: dropped; a later phase that asked would compute them again, the same.
 * Module caches keyed by a token table's identity (phrase.ts) simply miss on the revived one.
 *
 * Cut points: any k with only plain data in the Work after phase k. After link the figures are
 * FigureDrafts (a class with getters, figure-draft.ts): handOver refuses them.
 */
import { reviveDoc, type Doc } from "../text/normalize.js";
import { lexicon, type Tokens } from "../text/tokens.js";
import type { Ctx } from "../recognize/types.js";
import { PHASES, Work } from "./phases.js";
// (the phases over a chunk, as parseReports runs them: A runs [0, CUT), B [CUT, PHASES.length))
export { runPhases } from "./batch.js";
import type { ParseOptions } from "./parse.js";

/** The default cut: A runs read, figures, dates, people, organizations; B link … publish. */
export const CUT = PHASES.indexOf(PHASES.find((p) => p.name === "link")!);

/** The memo slots that cross (see the module comment). */
const SHIPPED = ["numbers", "marked", "years"] as const;
/** The Work's fields set by phases (in Work's order); those set by the phases run so far cross. */
const FIELDS = ["conv", "figureHits", "dates", "personHits", "orgHits"] as const;
const LATER = ["figures", "people", "organizations", "dateValues", "event", "relations", "report"] as const;

/** One Work as plain data (structured-cloneable). null: a text that was not a Work (its place kept). */
export interface HandedWork {
  input: string;
  options: ParseOptions;
  warnings: Work["warnings"];
  fields: Partial<Pick<Work, (typeof FIELDS)[number]>>;
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
  memo: Partial<Record<(typeof SHIPPED)[number], unknown>>;
}

export interface HandOver {
  message: (HandedWork | null)[];
  /** The ArrayBuffers to transfer with the message. */
  transfer: ArrayBuffer[];
}

/** The Works (after the same phases) as one message; null stays null. */
export function handOver(works: readonly (Work | null)[]): HandOver {
  const message: (HandedWork | null)[] = [];
  const transfer: ArrayBuffer[] = [];
  for (const w of works) {
    if (!w) {
      message.push(null);
      continue;
    }
    const h = handWork(w);
    message.push(h);
    transfer.push(h.buf);
  }
  return { message, transfer };
}

function handWork(w: Work): HandedWork {
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
  // the sentences as numbers: a third of what structuredClone took per post as objects
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
  const fields: HandedWork["fields"] = {};
  for (const f of FIELDS) if (w[f] !== undefined) (fields as Record<string, unknown>)[f] = w[f];
  const memo: HandedWork["memo"] = {};
  for (const s of SHIPPED) {
    const v = doc.memo[s];
    if (v === undefined) continue;
    // years: its list and hits, not its context (which holds a function)
    memo[s] = s === "years" ? { ...(v as object), context: undefined } : v;
  }
  return {
    input: w.input,
    options: w.options,
    warnings: w.warnings,
    fields,
    sentences: ss.length,
    convention: w.ctx.convention,
    referenceDate: w.ctx.referenceDate,
    norm: doc.norm === w.input ? null : doc.norm,
    key: doc.key,
    count: n,
    generation: t.generation,
    mapLength: m,
    buf,
    memo,
  };
}

/** The Works again, in this thread, from a message of handOver (after a structured clone). */
export function takeOver(message: readonly (HandedWork | null)[]): (Work | null)[] {
  const out: (Work | null)[] = [];
  for (const h of message) out.push(h ? revive(h) : null);
  return out;
}

function revive(h: HandedWork): Work {
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
  Object.assign(doc.memo, h.memo);
  const w = new Work(h.input, h.options, h.warnings);
  const i32 = new Int32Array(buf, at * 4, 3 * h.sentences);
  const sentences: Ctx["sentences"] = [];
  for (let j = 0; j < i32.length; j += 3) sentences.push({ start: i32[j]!, end: i32[j + 1]!, paragraph: i32[j + 2]! >> 1, caption: (i32[j + 2]! & 1) === 1 });
  const ctx: Ctx = { doc, sentences, convention: h.convention };
  if (h.referenceDate !== undefined) ctx.referenceDate = h.referenceDate;
  w.ctx = ctx;
  Object.assign(w, h.fields);
  return w;
}
