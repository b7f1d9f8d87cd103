/**
 * The hits and memo lists of a Work as numbers (issue 14, the stage split's hand-over: see
 * hand-over.ts). A structured clone costs about a microsecond per object on this machine, and a
 * post after the early phases holds ~60 (numbers 13, figure hits 6, org hits 3, people 2 with their
 * mentions, dates, year mentions): 100–170 µs a post. Written here as numbers into two growing
 * streams (Int32 and Float64) and a string table, they cross as one transferred ArrayBuffer and one
 * short array of distinct strings, and are revived as literals with the keys in the order the
 * recognisers write them (one object shape per kind, as types.ts shaped() and the scans make them).
 *
 *   const w = new Writer();
 *   writeFigureHits(w, hits); …                        // thread A
 *   const nf = w.nf, { buf, strings } = w.finish();    // buf: transfer it
 *   const r = new Reader(buf, strings, nf);
 *   const hits = readFigureHits(r); …                  // thread B, in the same order
 *
 * The streams and their codes: hand-over-streams.ts. Positions (start, end) are Int32. Nothing
 * here knows a phase: hand-over.ts says what goes in which order. test/hand-over.test.ts holds every reader to structuredClone (the same keys, in the same
 * order, the same values) on the seed, the dev docs and arbitrary strings.
 */
import type { DateHit, FigureHit, OrgHit, PersonHit, PositionHit } from "../recognize/types.js";
import type { NumberHit } from "../recognize/number.js";
import type { YearMention } from "../recognize/date-year.js";
import { Reader, Writer } from "./hand-over-streams.js";
export { Reader, Writer };

function writeRange(w: Writer, r: { from: number; to: number } | undefined): void {
  if (r === undefined) {
    w.int(0);
    return;
  }
  w.int(1);
  w.num(r.from);
  w.num(r.to);
}
function readRange(r: Reader): { from: number; to: number } | undefined {
  if (r.int() === 0) return undefined;
  const from = r.num();
  return { from, to: r.num() };
}

/** Figure hits, every key in shaped()'s order (types.ts). */
export function writeFigureHits(w: Writer, hits: readonly FigureHit[]): void {
  w.reserve(1);
  w.int(hits.length);
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    w.reserve(24);
    w.str(h.kind);
    w.num(h.value);
    w.int(h.start);
    w.int(h.end);
    w.str(h.rule);
    w.optNum(h.numStart);
    w.optNum(h.numEnd);
    w.str(h.currency);
    w.str(h.unit);
    w.str(h.category);
    w.str(h.noun);
    w.optNum(h.of);
    if (h.per === undefined) w.int(-1);
    else w.strs(h.per);
    w.reserve(12);
    w.bool(h.approx);
    w.str(h.bound);
    writeRange(w, h.range);
    w.bool(h.estimated);
    w.bool(h.ambiguous);
    w.str(h.relation);
    w.str(h.basis);
  }
}
export function readFigureHits(r: Reader): FigureHit[] {
  const n = r.int();
  const out: FigureHit[] = [];
  for (let k = 0; k < n; k++) {
    const kind = r.str();
    const value = r.num();
    const start = r.int();
    const end = r.int();
    const rule = r.str();
    const numStart = r.optNum();
    const numEnd = r.optNum();
    const currency = r.str();
    const unit = r.str();
    const category = r.str();
    const noun = r.str();
    const of = r.optNum();
    const per = r.i[r.pi] === -1 ? (r.pi++, undefined) : r.strs();
    const approx = r.bool();
    const bound = r.str();
    const range = readRange(r);
    const estimated = r.bool();
    const ambiguous = r.bool();
    const relation = r.str();
    const basis = r.str();
    out.push({ kind, value, start, end, rule, numStart, numEnd, currency, unit, category, noun, of, per, approx, bound, range, estimated, ambiguous, relation, basis } as FigureHit);
  }
  return out;
}

/** Every number of the text (number.ts scanNumbers' memo), keys in its order. */
export function writeNumbers(w: Writer, hits: readonly NumberHit[]): void {
  w.reserve(1);
  w.int(hits.length);
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    w.reserve(24);
    w.int(h.start);
    w.int(h.end);
    w.str(h.rule);
    w.num(h.value);
    w.optNum(h.numStart);
    w.optNum(h.numEnd);
    w.str(h.form);
    w.bool(h.approx);
    w.str(h.bound);
    w.str(h.qualifier);
    writeRange(w, h.range);
    w.optNum(h.of);
    w.bool(h.ambiguous);
    w.bool(h.leadingZero);
    w.bool(h.yearLike);
    w.str(h.scaleWord);
    w.optNum(h.scale);
  }
}
export function readNumbers(r: Reader): NumberHit[] {
  const n = r.int();
  const out: NumberHit[] = [];
  for (let k = 0; k < n; k++) {
    const start = r.int();
    const end = r.int();
    const rule = r.str();
    const value = r.num();
    const numStart = r.optNum();
    const numEnd = r.optNum();
    const form = r.str();
    const approx = r.bool();
    const bound = r.str();
    const qualifier = r.str();
    const range = readRange(r);
    const of = r.optNum();
    const ambiguous = r.bool();
    const leadingZero = r.bool();
    const yearLike = r.bool();
    const scaleWord = r.str();
    const scale = r.optNum();
    out.push({ start, end, rule, value, numStart, numEnd, form, approx, bound, qualifier, range, of, ambiguous, leadingZero, yearLike, scaleWord, scale } as NumberHit);
  }
  return out;
}

export function writeDates(w: Writer, hits: readonly DateHit[]): void {
  w.reserve(1 + 7 * hits.length);
  w.int(hits.length);
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    w.int(h.start);
    w.int(h.end);
    w.str(h.rule);
    w.str(h.value);
    w.str(h.precision);
    w.bool(h.yearInferred);
    w.bool(h.invalid);
  }
}
export function readDates(r: Reader): DateHit[] {
  const n = r.int();
  const out: DateHit[] = [];
  for (let k = 0; k < n; k++) {
    const start = r.int();
    const end = r.int();
    const rule = r.str();
    const value = r.str();
    const precision = r.str();
    const yearInferred = r.bool();
    const invalid = r.bool();
    out.push({ start, end, rule, value, precision, yearInferred, invalid } as DateHit);
  }
  return out;
}

export function writeOrgHits(w: Writer, hits: readonly OrgHit[]): void {
  w.reserve(1 + 5 * hits.length);
  w.int(hits.length);
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    w.int(h.start);
    w.int(h.end);
    w.str(h.name);
    w.str(h.head);
    w.str(h.rule);
  }
}
export function readOrgHits(r: Reader): OrgHit[] {
  const n = r.int();
  const out: OrgHit[] = [];
  for (let k = 0; k < n; k++) {
    const start = r.int();
    const end = r.int();
    const name = r.str();
    const head = r.str();
    out.push({ start, end, name, head, rule: r.str() } as OrgHit);
  }
  return out;
}

export function writePersonHits(w: Writer, hits: readonly PersonHit[]): void {
  w.reserve(1);
  w.int(hits.length);
  for (let k = 0; k < hits.length; k++) {
    const p = hits[k]!;
    w.reserve(1);
    w.str(p.name);
    w.strs(p.honorifics);
    const positions = p.positions;
    w.reserve(1);
    w.int(positions.length);
    for (let j = 0; j < positions.length; j++) {
      const pos = positions[j]!;
      w.reserve(6);
      w.int(pos.start);
      w.int(pos.end);
      w.str(pos.rule);
      w.str(pos.title);
      w.str(pos.org);
      // (no recogniser writes modifiers today; a position that has the key keeps it)
      if (!("modifiers" in pos)) w.int(-2);
      else if (pos.modifiers === undefined) w.int(-1);
      else w.strs(pos.modifiers);
    }
    w.strs(p.roles);
    const mentions = p.mentions;
    w.reserve(1 + 3 * mentions.length);
    w.int(mentions.length);
    for (let j = 0; j < mentions.length; j++) {
      const m = mentions[j]!;
      w.int(m.start);
      w.int(m.end);
      w.str(m.rule);
    }
  }
}
export function readPersonHits(r: Reader): PersonHit[] {
  const n = r.int();
  const out: PersonHit[] = [];
  for (let k = 0; k < n; k++) {
    const name = r.str() as string;
    const honorifics = r.strs();
    const np = r.int();
    const positions: PositionHit[] = [];
    for (let j = 0; j < np; j++) {
      const start = r.int();
      const end = r.int();
      const rule = r.str() as PositionHit["rule"];
      const title = r.str() as string;
      const org = r.strOrNull();
      const mk = r.i[r.pi]!;
      if (mk === -2) {
        r.pi++;
        positions.push({ start, end, rule, title, org });
      } else if (mk === -1) {
        r.pi++;
        positions.push({ start, end, rule, title, org, modifiers: undefined });
      } else positions.push({ start, end, rule, title, org, modifiers: r.strs() });
    }
    const roles = r.strs();
    const nm = r.int();
    const mentions: PersonHit["mentions"] = [];
    for (let j = 0; j < nm; j++) {
      const start = r.int();
      const end = r.int();
      mentions.push({ start, end, rule: r.str() as PersonHit["mentions"][number]["rule"] });
    }
    out.push({ name, honorifics, positions, roles, mentions });
  }
  return out;
}

/**
 * The year mentions' memo (date-year.ts yearMentions): { hits, n, list, context }. Its hits are
 * the Work's dates as a rule (`dates`: then the same list again, as structured clone keeps them),
 * else a list of their own; each mention's `dated` is one of its hits, written as its index. The
 * context holds a function: not sent (B makes it again when asked, as before).
 */
export function writeYears(w: Writer, years: { hits: DateHit[]; n: number; list: YearMention[] }, dates: DateHit[] | undefined): void {
  const hits = years.hits;
  w.reserve(1);
  if (hits === dates) w.int(1);
  else {
    w.int(2);
    writeDates(w, hits);
  }
  const list = years.list;
  w.reserve(2 + 22 * list.length);
  w.int(years.n);
  w.int(list.length);
  for (let k = 0; k < list.length; k++) {
    const m = list[k]!;
    w.num(m.year);
    w.int(m.start);
    w.int(m.end);
    w.bool(m.weak);
    w.bool(m.rangeEnd);
    w.bool(m.rangeStart);
    w.bool(m.school);
    w.bool(m.coming);
    w.bool(m.term);
    w.bool(m.after);
    w.bool(m.partOfYear);
    w.bool(m.endOfYear);
    if (m.dated === undefined) w.int(-1);
    else {
      const at = hits.indexOf(m.dated);
      if (at < 0) throw new Error("hand-over: a year mention's date is not one of its hits");
      w.int(at);
    }
    w.bool(m.future);
    w.bool(m.deadline);
    w.bool(m.now);
    w.optNum(m.floor);
    w.bool(m.plan);
    w.bool(m.reference);
    w.bool(m.done);
    w.bool(m.streak);
    w.bool(m.former);
  }
}
export function readYears(r: Reader, dates: DateHit[] | undefined): { hits: DateHit[]; n: number; list: YearMention[]; context: undefined } {
  const hits = r.int() === 1 ? (dates as DateHit[]) : readDates(r);
  const n = r.int();
  const len = r.int();
  const list: YearMention[] = [];
  for (let k = 0; k < len; k++) {
    const year = r.num();
    const start = r.int();
    const end = r.int();
    const weak = r.bool() as boolean;
    const rangeEnd = r.bool() as boolean;
    const rangeStart = r.bool();
    const school = r.bool();
    const coming = r.bool();
    const term = r.bool();
    const after = r.bool();
    const partOfYear = r.bool();
    const endOfYear = r.bool();
    const at = r.int();
    const dated = at < 0 ? undefined : hits[at];
    const future = r.bool();
    const deadline = r.bool();
    const now = r.bool();
    const floor = r.optNum();
    const plan = r.bool();
    const reference = r.bool();
    const done = r.bool();
    const streak = r.bool();
    const former = r.bool();
    list.push({ year, start, end, weak, rangeEnd, rangeStart, school, coming, term, after, partOfYear, endOfYear, dated, future, deadline, now, floor, plan, reference, done, streak, former });
  }
  return { hits, n, list, context: undefined };
}

/** A list of integers (a memo's Int32Array or number[]). */
export function writeInts(w: Writer, list: ArrayLike<number>): void {
  w.reserve(1 + list.length);
  w.int(list.length);
  for (let k = 0; k < list.length; k++) w.int(list[k]!);
}
export function readInt32Array(r: Reader): Int32Array {
  const n = r.int();
  const out = r.i.slice(r.pi, r.pi + n);
  r.pi += n;
  return out;
}
export function readIntList(r: Reader): number[] {
  const n = r.int();
  const out: number[] = [];
  for (let k = 0; k < n; k++) out.push(r.i[r.pi++]!);
  return out;
}
