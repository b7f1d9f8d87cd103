/**
 * A Work handed between threads (src/report/hand-over.ts): the first phases, then handOver →
 * structuredClone (as postMessage does, buffers transferred) → takeOver, then the other phases,
 * give each text the Report parseReport gives it — deep-equal and the same JSON — at every cut
 * point the hand-over allows, on the seed, the dev docs and arbitrary strings.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import fc from "fast-check";
import { binaryString } from "./helpers/binary.js";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseReport, type Report } from "../src/index.js";
import { begin, finish, parseWith, validationDefault } from "../src/report/parse.js";
import { PHASES, Work } from "../src/report/phases.js";
import { CUT, handOver, runPhases, takeOver } from "../src/report/hand-over.js";
import { makeDoc } from "../src/text/normalize.js";
import { expectEqual } from "./helpers/expect-fast.js";

const root = resolve(import.meta.dirname, "..");
const seed = readFileSync(join(root, "fixtures/seed.txt"), "utf8");
/** Every cut with only plain data in the Work: after read, figures, dates, people, organizations. */
const CUTS = [1, 2, 3, 4, CUT];

type Item = { text: string; id?: string };

/** The Reports through the hand-over at `cut`, a text on which a phase throws read again alone (as batch.ts does). */
function handed(items: Item[], cut: number): Report[] {
  const works = items.map((x) => begin(x.text, x.id === undefined ? undefined : { id: x.id }));
  const out: (Report | undefined)[] = works.map((w) => (w instanceof Work ? undefined : w));
  const a = works.map((w) => (w instanceof Work ? w : null));
  const threw = runPhases(a, 0, cut);
  const { message, transfer } = handOver(a);
  const b = takeOver(structuredClone(message, { transfer }));
  // the buffers moved: A's copies are detached
  for (const buf of transfer) expect(buf.byteLength).toBe(0);
  threw.push(...runPhases(b, cut, PHASES.length));
  b.forEach((w, k) => {
    if (w) out[k] = finish(w);
  });
  for (const k of threw) out[k] = parseWith(items[k]!.text, items[k]!.id === undefined ? undefined : { id: items[k]!.id });
  return out as Report[];
}

/** parseReport's Reports of the items, and their JSON: made once for all the cuts a test tries. */
function alone(items: Item[]): { reports: Report[]; json: string[] } {
  const reports = items.map((x) => parseReport(x.text, x.id === undefined ? undefined : { id: x.id }));
  return { reports, json: reports.map((r) => JSON.stringify(r)) };
}

function same(items: Item[], cut: number, want = alone(items)): void {
  const got = handed(items, cut);
  expectEqual(got, want.reports);
  expectEqual(got.map((r) => JSON.stringify(r)), want.json);
}

describe("a Work handed over between the phases gives parseReport's Report", () => {
  test("the cut is before link", () => {
    expect(PHASES[CUT]!.name).toBe("link");
  });

  test("the seed, whole and as its paragraphs, at every cut", () => {
    const paragraphs = seed.split(/\n\s*\n/).map((text, i) => ({ text, id: `p${i}` }));
    const whole = alone([{ text: seed }]);
    const parts = alone(paragraphs);
    for (const cut of CUTS) {
      same([{ text: seed }], cut, whole);
      same(paragraphs, cut, parts);
    }
    // not empty reports
    const r = handed([{ text: seed }], CUT)[0]!;
    expect(r.people.length).toBeGreaterThan(0);
    expect(r.relations.length).toBeGreaterThan(0);
  });

  test("the revived doc is a real TextDoc, with the same tokens, map and the memo slots the later phases read", () => {
    const text = "Hoa\u0300 ba\u0301o\u200b 3,247 tỉ đồng\r\nnăm 2017, đạt 85%.";
    const w = begin(text) as Work;
    runPhases([w], 0, CUT);
    const { message, transfer } = handOver([w]);
    const r = takeOver(structuredClone(message, { transfer }))[0]!;
    expect(Object.getPrototypeOf(r.doc)).toBe(Object.getPrototypeOf(makeDoc("x")));
    for (const k of ["input", "norm", "key"] as const) expect(r.doc[k]).toBe(w.doc[k]);
    const t = r.doc.tokens;
    const u = w.doc.tokens;
    expect(t.count).toBe(u.count);
    for (const k of ["start", "end", "id", "flags"] as const) expect([...t[k].subarray(0, t.count)]).toEqual([...u[k].subarray(0, u.count)]);
    for (let i = 0; i <= text.length; i++) expect(r.doc.normAt(i)).toBe(w.doc.normAt(i));
    for (let i = 0; i < r.doc.norm.length; i++) expect(r.doc.span(i, i + 2)).toEqual(w.doc.span(i, i + 2));
    expect(r.ctx.sentences).toEqual(w.ctx.sentences);
    expect(r.ctx.sentences.length).toBeGreaterThan(1);
    expect(r.doc.memo.numbers).toEqual(w.doc.memo.numbers);
    expect(r.doc.memo.marked).toEqual(w.doc.memo.marked);
    // one message keeps shared references: the date hits the years memo was made for are the Work's
    expect((r.doc.memo.years as { hits: unknown } | undefined)?.hits ?? r.dates).toBe(r.dates);
    expect(r.doc.memo.names).toBeUndefined();
  });

  test("a Work after link (FigureDrafts) is refused", () => {
    const w = begin(seed) as Work;
    runPhases([w], 0, CUT + 1);
    expect(() => handOver([w])).toThrow(/cut before link/);
  });

  const dev = resolve(root, "../shared/corpus/dev");
  test.skipIf(!existsSync(dev))("the 75 dev docs", () => {
    const files = readdirSync(dev).filter((f) => /^d\d+\.txt$/.test(f)).sort();
    expect(files.length).toBe(75);
    const items = files.map((f) => ({ text: readFileSync(join(dev, f), "utf8"), id: f.replace(/\.txt$/, "") }));
    const want = alone(items);
    for (const cut of [3, CUT]) same(items, cut, want);
  });

  describe("without validation (hostile texts)", () => {
    const suite = validationDefault();
    beforeAll(() => void validationDefault(""));
    afterAll(() => void validationDefault(suite as "" | "1" | "throw"));
    const PIECES = ["TS. Hoàng Văn An", "Phó Viện trưởng", "đạt 217% kế hoạch", "3,247 tỉ đồng", "1.615 tỷ đồng", "ngày 20/12/2022", "năm 2022", "\n\n", ", ", ". ", "\r\n", "\u200b", "\u00a0", "a\u0300"];
    const text = fc.oneof(
      fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 }), fc.string({ unit: "grapheme", maxLength: 8 })), { maxLength: 20 }).map((a) => a.join("")),
      binaryString({ maxLength: 200 }),
      fc.string({ maxLength: 200 }).map((s) => s.normalize("NFD")),
    );
    test("property: arbitrary strings, at any cut", () => {
      fc.assert(
        fc.property(fc.array(text, { minLength: 1, maxLength: 12 }), fc.constantFrom(...CUTS), (texts, cut) => {
          same(texts.map((t) => ({ text: t })), cut);
        }),
        { numRuns: 60 },
      );
    });
  });
});
