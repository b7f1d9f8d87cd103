/**
 * parseReports gives each text the Report parseReport gives it alone — deep-equal, and the same
 * JSON byte for byte — in order, whatever the texts, however they fall into chunks, and when a
 * phase throws on one of them (the others go on; that one gets what parseReport gives it).
 */
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import fc from "fast-check";
import { binaryString } from "./helpers/binary.js";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import * as api from "../src/index.js";
import { parseReport, parseReports, type Report, type ReportInput } from "../src/index.js";
import { CHUNK, CHUNK_CHARS, parseEach } from "../src/report/batch.js";
import { parseWith, validationDefault } from "../src/report/parse.js";
import { PHASES, type Phase } from "../src/report/phases.js";
import { Report as ReportSchema } from "../src/schema.js";
import { expectEqual } from "./helpers/expect-fast.js";
import type { Identical } from "./helpers/identical.js";

const root = resolve(import.meta.dirname, "..");
const seed = readFileSync(join(root, "fixtures/seed.txt"), "utf8");

/** parseEach's Reports, none of them an error. */
function reports(out: (Report | Error)[]): Report[] {
  for (const r of out) expect(r).not.toBeInstanceOf(Error);
  return out as Report[];
}

/** Both ways, compared as values and as JSON. */
function same(batch: Report[], alone: Report[]): void {
  expect(batch.length).toBe(alone.length);
  expectEqual(batch, alone);
  expectEqual(batch.map((r) => JSON.stringify(r)), alone.map((r) => JSON.stringify(r)));
}

describe("parseReports gives the Reports parseReport gives", () => {
  test("the seed, alone and as its paragraphs", () => {
    same(parseReports([seed]), [parseReport(seed)]);
    same([parseWith(seed, undefined, PHASES)], [parseReport(seed)]);
    const paragraphs = seed.split(/\n\s*\n/);
    expect(paragraphs.length).toBeGreaterThan(3);
    same(parseReports(paragraphs), paragraphs.map((t) => parseReport(t)));
    // the seed has people, figures and findings: the comparison is not of empty reports
    const r = parseReports([seed])[0]!;
    expect(r.people.length).toBeGreaterThan(0);
    expect(r.figures.length).toBeGreaterThan(0);
    expect(r.relations.length).toBeGreaterThan(0);
  });

  // The 75 dev docs in one batch (several chunks) are compared with parseReport's Reports in
  // test/hand-over.test.ts, beside the hand-over's passes over them: parseReport reads them once for both.

  // Hostile texts include a number too large for a double (its Report did not validate until such
  // numbers were left unread, see below): these comparisons run without the suite's
  // BAOCAO_VALIDATE=throw, so that a text whose Report fails the schema is still compared.
  const HOSTILE = [
    "", " ", "\n\n\t", "x", "\ud800", "a\udc00b", "\ud83d\ude00 12 tỷ", "9".repeat(400) + " tỷ đồng", "1e308%", "0,0000000000001 triệu",
    "Ngày 32/13/99999, 1.615.000.000.000.000.000.000 tỷ đồng", "Hoà".normalize("NFD") + " Thuỷ 3,247 tỉ đồng".normalize("NFD"), "\u0000\u0001\ufffd".repeat(50),
    "TS. ".repeat(300), "(".repeat(500) + "5%" + ")".repeat(500), "Ông Nguyễn Văn An, Giám đốc Sở Tài chính, cho biết đã giải ngân 120 tỷ đồng, đạt 85% kế hoạch.",
  ];
  const PIECES = ["TS. Hoàng Văn An", "Phó Viện trưởng", "đạt 217% kế hoạch", "3,247 tỉ đồng", "1.615 tỷ đồng", "03 nhiệm vụ", "(trong đó 02 chuyển tiếp và 01 mở mới)", "ngày 20/12/2022", "năm 2022", "hai mươi lăm", "\n\n", ", ", ". ", "tăng 5,4% so với cùng kỳ", "\u00a0"];
  const text = fc.oneof(
    fc.constantFrom(...HOSTILE),
    fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 }), fc.string({ unit: "grapheme", maxLength: 8 })), { maxLength: 20 }).map((a) => a.join("")),
    binaryString({ maxLength: 200 }),
    fc.string({ maxLength: 200 }),
    fc.string({ maxLength: 200 }).map((s) => s.normalize("NFD")),
  );

  describe("without validation", () => {
    const suite = validationDefault();
    beforeAll(() => void validationDefault(""));
    afterAll(() => void validationDefault(suite as "" | "1" | "throw"));

    test("property: any strings, hostile ones among them, in batches of any length", () => {
      fc.assert(
        fc.property(fc.array(text, { maxLength: 2 * CHUNK + 5 }), (texts) => {
          same(parseReports(texts), texts.map((t) => parseReport(t)));
        }),
        { numRuns: 40 },
      );
    });

    test("every hostile text, one batch, with options (maxChars cuts some)", () => {
      for (const opts of [{}, { maxChars: 300, referenceDate: "2017-06-21" }, { validate: true }]) same(parseReports(HOSTILE, opts), HOSTILE.map((t) => parseReport(t, opts)));
    });
  });

  // 300 nines before "tỷ đồng" is 1e309: a double holds only Infinity, which the schema rejects
  // (and JSON writes as null). Such a number is left unread; the rest of the text is read.
  test("a number too large for a double gives a Report that validates, without it", () => {
    for (const huge of ["9".repeat(400) + " tỷ đồng", "9".repeat(300) + " tỷ đồng", "từ 5 đến " + "9".repeat(310) + " triệu đồng"]) {
      const r = parseReport(huge + ". Doanh thu đạt 12 tỷ đồng.", { validate: true });
      expect(r.warnings.map((w) => w.code)).not.toContain("internal.schema");
      expect(r.figures.map((f) => f.value)).toEqual([12e9]);
    }
  });

  test("a text longer than a chunk's characters goes alone; the chunks around it are right", () => {
    const long = (seed + "\n\n").repeat(Math.ceil(CHUNK_CHARS / seed.length) + 1);
    expect(long.length).toBeGreaterThan(CHUNK_CHARS);
    const texts = ["Ngày 5/6/2017 đạt 85% kế hoạch.", long, ...seed.split("\n").slice(0, CHUNK + 3), long, "12 tỷ đồng"];
    same(parseReports(texts), texts.map((t) => parseReport(t)));
  });
});

test("the public door has it, typed", () => {
  expect(api.parseReports).toBe(parseReports);
  // (test/helpers/identical.ts: what toEqualTypeOf checks, for less of the type check's CPU)
  const returns: Identical<ReturnType<typeof parseReports>, Report[]> = true;
  const inputs: Identical<Parameters<typeof parseReports>[0], readonly (string | ReportInput)[]> = true;
  const options: Identical<Parameters<typeof parseReports>[1], api.ParseOptions | null | undefined> = true;
  expect([returns, inputs, options]).toEqual([true, true, true]);
});

describe("order, ids and per-text options", () => {
  const paragraphs = seed.split(/\n\s*\n/).filter((p) => p.trim());

  test("items keep their order and their own ids and reference dates; strings take the shared options", () => {
    const items: (string | ReportInput)[] = paragraphs.map((t, i) => (i % 3 === 2 ? t : { text: t, id: `post-${i}`, ...(i % 2 ? { referenceDate: "2019-03-01" } : {}) }));
    const batch = parseReports(items, { referenceDate: "2017-06-21" });
    same(
      batch,
      items.map((x) => (typeof x === "string" ? parseReport(x, { referenceDate: "2017-06-21" }) : parseReport(x.text, { referenceDate: "2017-06-21", ...x }))),
    );
    batch.forEach((r, i) => expect(r.id).toBe(i % 3 === 2 ? undefined : `post-${i}`));
    const reversed = parseReports([...items].reverse(), { referenceDate: "2017-06-21" });
    same(reversed, [...batch].reverse());
  });

  test("a reference date of its own changes what an item's Report says (it is not the shared one)", () => {
    const t = "Chiều 21/6, Hội nghị tổng kết được tổ chức.";
    const [a, b] = parseReports([{ text: t, referenceDate: "2017-12-31" }, { text: t, referenceDate: "2019-12-31" }]);
    expect(a!.dates[0]?.value).toBe("2017-06-21");
    expect(b!.dates[0]?.value).toBe("2019-06-21");
  });

  test("not strings: each gets parseReport's 'not a string' Report; not an array: no Reports", () => {
    const odd = [null, 42, { id: "x" }, { text: null, id: "y" }, "ok"] as unknown as string[];
    const batch = parseReports(odd);
    expect(batch.map((r) => r.warnings[0]?.code)).toEqual(["input.not-string", "input.not-string", "input.not-string", "input.not-string", undefined]);
    expect(batch.map((r) => r.id)).toEqual([undefined, undefined, "x", "y", undefined]);
    same(batch.slice(0, 2), [parseReport(null as unknown as string), parseReport(42 as unknown as string)]);
    expect(parseReports(null as unknown as string[])).toEqual([]);
    expect(parseReports([])).toEqual([]);
  });

  test("validate: true and false give the same Reports as parseReport with them", () => {
    for (const validate of [true, false]) same(parseReports(paragraphs, { validate }), paragraphs.map((t) => parseReport(t, { validate })));
  });
});

describe("a phase that throws on one text stops only that text", () => {
  const texts = ["Ông Nguyễn Văn An, Giám đốc Sở, cho biết đã giải ngân 120 tỷ đồng.", "Năm 2017 đạt 85% kế hoạch. «boom»", ...seed.split(/\n\s*\n/).slice(0, 6), "«boom» 03 nhiệm vụ"];
  const failing = (k: number, when: (w: { input: string }) => boolean): Phase[] =>
    PHASES.map((p, j) =>
      j === k
        ? (w) => {
            if (when(w)) throw new Error("injected");
            p(w);
          }
        : p,
    );

  test("in every phase: the others get their own Reports; the failing text gets what parseReport gives it through the same phases", () => {
    // parseReport's Reports of the texts, made once for every phase
    const own = texts.map((t) => (t.includes("«boom»") ? null : parseReport(t, { id: "same" })));
    for (let k = 0; k < PHASES.length; k++) {
      const phases = failing(k, (w) => w.input.includes("«boom»"));
      const batch = reports(parseEach(texts, { id: "same" }, undefined, phases));
      same(batch, texts.map((t) => parseWith(t, { id: "same" }, phases)));
      batch.forEach((r, i) => {
        const internal = r.warnings.filter((w) => w.code === "internal");
        if (texts[i]!.includes("«boom»")) {
          expect(internal.map((w) => w.message)).toEqual(["baocao failed on this input: injected"]);
          expect(r.figures).toEqual([]);
        } else {
          expect(internal).toEqual([]);
          expect(r).toEqual(own[i]);
        }
      });
    }
  });

  test("a failure in the batch that does not recur alone: the text gets its full Report", () => {
    const seen = new Set<string>();
    const once = failing(PHASES.length - 3, (w) => w.input.includes("«boom»") && !seen.has(w.input) && (seen.add(w.input), true));
    const calls: number[] = [];
    const batch = reports(parseEach(texts, undefined, (i) => calls.push(i), once));
    same(batch, texts.map((t) => parseReport(t)));
    expect(seen.size).toBe(2);
    // each text's index is told before each of its phases; the failing ones again before their second reading
    expect(calls.filter((i) => i === 0).length).toBe(PHASES.length + 1);
    expect(calls.slice(-1)[0]).toBe(texts.length - 1);
  });
});

describe("a Report that fails the schema (BAOCAO_VALIDATE=throw) stays that text's failure", () => {
  const texts = ["Ông Nguyễn Văn An, Giám đốc Sở, cho biết đã giải ngân 120 tỷ đồng.", "Năm 2017 đạt 85% kế hoạch.", ...seed.split(/\n\s*\n/).slice(0, 4)];
  const items = texts.map((text, i) => ({ text, id: i === 1 ? "bad" : `t${i}` }));
  const suite = validationDefault();
  afterEach(() => {
    validationDefault(suite as "throw");
    vi.restoreAllMocks();
  });
  /** The schema, made to fail on the Report with id "bad"; counts the validations of each id. */
  function failBad(): Map<string, number> {
    const real = ReportSchema.safeParse.bind(ReportSchema);
    const seen = new Map<string, number>();
    vi.spyOn(ReportSchema, "safeParse").mockImplementation(((r: Report) => {
      seen.set(r.id!, (seen.get(r.id!) ?? 0) + 1);
      if (r.id === "bad") return { success: false, error: { issues: [{ path: ["figures", 0, "value"], message: "made to fail" }] } };
      return real(r);
    }) as never);
    return seen;
  }

  test("parseEach: the others keep their Reports, validated once; the failing text is read again alone once and holds the error", () => {
    validationDefault("throw");
    const alone = items.map((x) => (x.id === "bad" ? null : parseReport(x.text, { id: x.id })));
    const seen = failBad();
    const calls: number[] = [];
    const out = parseEach(items, undefined, (i) => calls.push(i));
    expect(out[1]).toBeInstanceOf(Error);
    expect((out[1] as Error).message).toMatch(/BAOCAO_VALIDATE=throw.*figures\.0\.value: made to fail/);
    out.forEach((r, i) => {
      if (i !== 1) expect(r).toEqual(alone[i]);
    });
    // each text validated once, the failing one twice (in the chunk, then alone); only it is read again
    expect(Object.fromEntries(seen)).toEqual({ t0: 1, bad: 2, t2: 1, t3: 1, t4: 1, t5: 1 });
    // (each text's index is told as it begins, before each phase, and the failing one's before its second reading)
    expect(calls.filter((i) => i === 1).length).toBe(PHASES.length + 2);
    expect(calls.filter((i) => i === 0).length).toBe(PHASES.length + 1);
  });

  test("parseReports throws that error, as parseReport does on that text", () => {
    validationDefault("throw");
    failBad();
    expect(() => parseReports(items)).toThrow(/BAOCAO_VALIDATE=throw.*made to fail/);
    expect(() => parseReport(items[1]!.text, { id: "bad" })).toThrow(/BAOCAO_VALIDATE=throw.*made to fail/);
    // with validation on but not throwing, the text gets parseReport's internal.schema warning and the batch goes on
    validationDefault("1");
    const out = parseReports(items);
    expect(out.map((r) => r.warnings.some((w) => w.code === "internal.schema"))).toEqual([false, true, false, false, false, false]);
    expect(out[1]).toEqual(parseReport(items[1]!.text, { id: "bad" }));
  });
});
