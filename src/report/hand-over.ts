/**
 * A text's Work handed from one thread to another between two phases (issue 14: the stages split
 * between two workers, each compiling part of the parser; the CLI's --stages, src/cli/pair.ts and
 * stage-worker.ts, and scripts/bench-pipeline.mjs). This module imports no recogniser: each side
 * loads its own phases (sides.ts).
 *
 *   const phases = await loadSide("people", "a");       // thread A: read, people, organizations
 *   const works = …begin() each text…;                  // (begin.ts)
 *   runPhases(works, 0, phases.length, phases);
 *   const { message, transfer } = handOver(works);      // A: numbers, ArrayBuffers
 *   port.postMessage(message, transfer);                // (or structuredClone(message, { transfer }))
 *   const rest = await loadSide("people", "b");         // thread B: figures, dates, link … publish
 *   const got = takeOver(message);                      // B: Works again, TextDocs and all
 *   runPhases(got, 0, rest.length, rest);               // then finish(w) (finish.ts)
 *
 * What crosses, one message per chunk (HandedChunk below): one ArrayBuffer (transferred), a table
 * of distinct short strings, the texts (input, norm or null, key of each Work), and the shared
 * slabs that hold the token tables when A made them there (tokens.ts shareTokenSlabs: stage A
 * does; a table elsewhere is copied into the buffer):
 *   - per Work: its options and convention, referenceDate; the doc's token table (start, end, id;
 *     flags), its offset map (s, e) and its sentences, revived as a real TextDoc through
 *     normalize.ts reviveDoc (its constructor) over views into the slab or the buffer, the token
 *     ids kept when both threads' lexicons gave the same ids to the words the table knew (the same print of
 *     their first `generation` words: tokens.ts printAt: so when both loaded the same modules, or
 *     each side interned the whole parser's words first, sides.ts loadLexicon), else looked up
 *     again at once in B's lexicon (~45 µs a post: a side alone compiles only its own word lists,
 *     in its own order);
 *   - as numbers (hand-over-codec.ts): the hits of the phases run so far (figures, dates, people,
 *     organisations), the number convention, and of the doc's memo (normalize.ts DocMemo) the
 *     slots later phases read: numbers (relate's context), marked (number-tokens), groups (the
 *     number convention's digit groups) and years (event; its `context` holds a function: dropped,
 *     B builds it again when asked). As a structured clone these cost ~1 µs an object, 100–170 µs
 *     a post before link; written as numbers, the whole hand-over is 0.28–0.36× of the clone's in
 *     the same process (`bench-pipeline --cost --ab`), 23–28 µs a post at SPLITS.people.
 *     The other slots (names, people index, honorifics, org phrases, crime) are read only by the
 *     recognisers that make them: dropped; a later phase that asked would compute them again, the
 *     same. Module caches keyed by a token table's identity (phrase.ts) miss on the revived one.
 *
 * Cut points: any k with only plain data in the Work after phase k. After link the figures are
 * FigureDrafts (a class with getters, figure-draft.ts): handOver refuses them. The splits, by
 * phase name: sides.ts SPLIT_ORDERS; as phase lists (every phase loaded): splits.ts SPLITS.
 *
 * Phase orders: the recognisers read only the doc (and its memo, caches of pure functions of the
 * doc), never another recogniser's hits, so figures and dates may come after people and
 * organisations. SPLITS.people runs read, people, organizations in A and figures, dates … publish
 * in B: then only the doc, the people, the organisations and the digit groups cross, and the
 * number code is compiled in B alone. Its balance (bench-pipeline --phases, 10,000 posts, CPU):
 * cold A 44.9% / B 55.1%, warm 48.7% / 51.3%. SPLITS.figures (dates in A too) is more even cold
 * (~49.5%) but both halves then read the number tokens (dates do), and compile that code twice.
 * bench-pipeline, 10,000 posts, CPU over one worker per round (load 9): people 1.217 / 1.109 /
 * 0.974, figures 1.119 / 1.059 / 1.284, posts 1.644 / 1.564 / 1.236. What two workers still pay
 * twice: the code both halves run (text/, the token table's readers) and, before sides.ts, the
 * parser's import (~0.9 s CPU a worker: phases.ts imports every recogniser and its word lists).
 */
import { reviveDoc, type Doc } from "../text/normalize.js";
import { lexicon, type Tokens } from "../text/tokens.js";
import type { Ctx, DateHit } from "../recognize/types.js";
import { Work, type ParseOptions } from "./work.js";
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

/**
 * A chunk's Works as one message: every number in one ArrayBuffer (transferred), per Work (in
 * order; `has` -1 for a text that was not a Work, its place kept): has, the token count, the
 * lexicon generation of the ids and its print (tokens.ts printAt), the offset map's length (-1:
 * none), the number of sentences;
 * the token table: where it is when it lies in a shared slab (tokens.ts shareTokenSlabs, stage A:
 * the slab's index in `slabs`, its columns' byte offsets), else -1 and a copy (start, end, id:
 * Int32 × count; flags: bytes); the map (s, e), the sentences
 * (start, end, paragraph × 2 + caption); the convention and referenceDate; the options (flat: see
 * Writer.flat, else in `extra`), the number of warnings (the list itself in `extra` when not
 * empty); then the hits and memo slots of `has`. The texts go apart (input, norm or null, key per
 * Work), never into the string table (no long string hashed).
 */
export interface HandedChunk {
  /** Float64 × nf, then Int32 (hand-over-codec.ts). */
  buf: ArrayBuffer;
  nf: number;
  strings: string[];
  texts: (string | null)[];
  /** The shared slabs that hold token tables (tokens.ts shareTokenSlabs): sent, not copied. */
  slabs: SharedArrayBuffer[];
  /** Options that are not flat, and warnings lists that are not empty, in the order read. */
  extra: unknown[];
}

export interface HandOver {
  message: HandedChunk;
  /** The ArrayBuffers to transfer with the message. */
  transfer: ArrayBuffer[];
}

/** The streams every handOver writes into (cleared each time; finish() copies them out). */
const writer = new Writer();

/** The Works (after the same phases) as one message; null stays null. */
export function handOver(works: readonly (Work | null)[]): HandOver {
  const out = writer.clear();
  const texts: (string | null)[] = [];
  const slabs: SharedArrayBuffer[] = [];
  const extra: unknown[] = [];
  out.reserve(1);
  out.int(works.length);
  for (const w of works) {
    if (!w) {
      out.reserve(1);
      out.int(-1);
      continue;
    }
    handWork(w, out, texts, slabs, extra);
  }
  const nf = out.nf;
  const { buf, strings } = out.finish();
  return { message: { buf, nf, strings, texts, slabs, extra }, transfer: [buf] };
}

/** The shared slab that holds the whole token table (its index in `slabs`, added if new), or -1: the table is copied. */
function slabOf(t: Tokens, slabs: SharedArrayBuffer[]): number {
  const buf = t.start.buffer;
  if (!SHARED || !(buf instanceof SharedArrayBuffer) || t.end.buffer !== buf || t.id.buffer !== buf || t.flags.buffer !== buf) return -1;
  for (let k = slabs.length - 1; k >= 0; k--) if (slabs[k] === buf) return k;
  slabs.push(buf);
  return slabs.length - 1;
}
const SHARED = typeof SharedArrayBuffer !== "undefined";

function handWork(w: Work, out: Writer, texts: (string | null)[], slabs: SharedArrayBuffer[], extra: unknown[]): void {
  // (named loads of the Work's own fields: one shape, no keyed load per field and Work)
  if (w.figures !== undefined || w.people !== undefined || w.organizations !== undefined || w.dateValues !== undefined || w.event !== undefined || w.relations !== undefined || w.report !== undefined)
    throw new Error(`hand-over: the Work has ${LATER.find((f) => w[f] !== undefined)} (cut before link)`);
  const doc = w.ctx.doc;
  const t = doc.tokens;
  const n = t.count;
  const map = (doc as unknown as { map: { s: Int32Array; e: Int32Array } | null }).map;
  const m = map ? map.s.length : -1;
  const ss = w.ctx.sentences;
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
  const slab = slabOf(t, slabs);
  out.reserve(11);
  out.int(has);
  out.int(n);
  out.int(t.generation);
  out.int(lexicon.printAt(t.generation));
  out.int(m);
  out.int(ss.length);
  out.int(slab);
  if (slab >= 0) {
    // the table where it is: its columns' places in the slab
    out.int(t.start.byteOffset);
    out.int(t.end.byteOffset);
    out.int(t.id.byteOffset);
    out.int(t.flags.byteOffset);
  } else {
    out.int32s(t.start, n);
    out.int32s(t.end, n);
    out.int32s(t.id, n);
    out.bytes(t.flags, n);
  }
  if (map) {
    out.int32s(map.s, m);
    out.int32s(map.e, m);
  }
  out.reserve(3 * ss.length + 4);
  for (let k = 0; k < ss.length; k++) {
    const s = ss[k]!;
    out.int(s.start);
    out.int(s.end);
    out.int(s.paragraph * 2 + (s.caption ? 1 : 0));
  }
  out.str(w.ctx.convention);
  out.str(w.ctx.referenceDate);
  out.int(w.warnings.length);
  if (w.warnings.length) extra.push(w.warnings);
  const options = w.options;
  if (options === null || typeof options !== "object" || !out.flat(options)) {
    out.reserve(1);
    out.int(-1);
    extra.push(options);
  }
  texts.push(w.input, doc.norm === w.input ? null : doc.norm, doc.key);
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
}

/** The Works again, in this thread, from a message of handOver (after a structured clone). */
export function takeOver(message: HandedChunk): (Work | null)[] {
  const r = new Reader(message.buf, message.strings, message.nf);
  const at = { text: 0, extra: 0 };
  const count = r.int();
  const out: (Work | null)[] = [];
  for (let k = 0; k < count; k++) out.push(revive(r, message, at));
  return out;
}

function revive(r: Reader, message: HandedChunk, at: { text: number; extra: number }): Work | null {
  const has = r.int();
  if (has === -1) return null;
  const n = r.int();
  const generation = r.int();
  const print = r.int();
  const m = r.int();
  const ns = r.int();
  const k = r.int();
  const slab = k >= 0 ? message.slabs[k]! : null;
  const start = slab ? new Int32Array(slab, r.int(), n) : r.int32s(n);
  const end = slab ? new Int32Array(slab, r.int(), n) : r.int32s(n);
  let id = slab ? new Int32Array(slab, r.int(), n) : r.int32s(n);
  const flags = slab ? new Uint8Array(slab, r.int(), n) : r.bytes(n);
  const key = message.texts[at.text + 2] as string;
  // the same first words in the same order (the same print): the same ids, else looked up here
  // (into an array of this thread's: A's table is left as it is)
  const again = generation > lexicon.generation || lexicon.printAt(generation) !== print;
  if (again) id = lookUpIds(start, end, n, key);
  const tokens: Tokens = {
    count: n,
    start,
    end,
    flags,
    id,
    generation: again ? lexicon.generation : generation,
  };
  const map = m >= 0 ? { s: r.int32s(m), e: r.int32s(m) } : null;
  const sentences: Ctx["sentences"] = [];
  for (let j = 0; j < ns; j++) {
    const s = r.int();
    const e = r.int();
    const p = r.int();
    sentences.push({ start: s, end: e, paragraph: p >> 1, caption: (p & 1) === 1 });
  }
  const convention = r.str() as Ctx["convention"];
  const referenceDate = r.str();
  const warnings = r.int() ? (message.extra[at.extra++] as Work["warnings"]) : [];
  const options = (r.i[r.pi] === -1 ? (r.pi++, message.extra[at.extra++]) : r.flat()) as ParseOptions;
  const input = message.texts[at.text] as string;
  const norm = message.texts[at.text + 1] ?? input;
  at.text += 3;
  const doc: Doc = reviveDoc(input, norm, key, tokens, map);
  const w = new Work(input, options, warnings);
  const ctx: Ctx = { doc, sentences, convention };
  if (referenceDate !== undefined) ctx.referenceDate = referenceDate;
  w.ctx = ctx;
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

/** Every token's id looked up again in this thread's lexicon (as words.ts refreshIds, without a slice per token), in a new array. */
function lookUpIds(start: Int32Array, end: Int32Array, n: number, key: string): Int32Array {
  const id = new Int32Array(n);
  for (let i = 0; i < n; i++) id[i] = lexicon.lookupIn(key, start[i]!, end[i]!);
  return id;
}
