/**
 * The published JSON Schemas (issue 11): baocao/report.schema.json and baocao/facts.schema.json,
 * draft-07, accepted by plain `new Ajv()` and by Ajv's strict mode, and the command line's output
 * valid against them.
 *
 *   const ajv = new Ajv({ strict: true });
 *   const valid = ajv.compile(require("baocao/report.schema.json"));
 *   valid(JSON.parse(line))   // every line of `baocao extract … --format jsonl`
 */
import { describe, expect, test } from "vitest";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Ajv, type Options, type ValidateFunction } from "ajv";
import { parseReport, toFacts, Report, Facts } from "../src/index.js";
import { jsonSchemaOf } from "../src/schema-json.js";
import { cli } from "./helpers/cli.js";


/** Tests that start processes: a loaded machine makes them slower, never wrong. */
const SPAWN_TIMEOUT = 180_000;
const root = resolve(__dirname, "..");
const built = existsSync(join(root, "dist/report.schema.json"));
const require = createRequire(import.meta.url);

/** Compile with Ajv, collecting anything it would log (strict mode logs what it does not throw on). */
function compile(schema: object, options: Options = {}): { validate: ValidateFunction; logged: unknown[] } {
  const logged: unknown[] = [];
  const logger = { log: (...a: unknown[]) => logged.push(a), warn: (...a: unknown[]) => logged.push(a), error: (...a: unknown[]) => logged.push(a) };
  const ajv = new Ajv({ ...options, logger });
  return { validate: ajv.compile(schema), logged };
}

const schemaOf = (name: "report" | "facts") => JSON.parse(readFileSync(join(root, `dist/${name}.schema.json`), "utf8")) as Record<string, unknown>;

/** compile(schemaOf(name), options), once per name and options in this file (the report schema takes Ajv ~0.4 s CPU). */
const compiled = new Map<string, ReturnType<typeof compile>>();
function compileOnce(name: "report" | "facts", options: Options = {}): ReturnType<typeof compile> {
  const key = `${name} ${JSON.stringify(options)}`;
  let c = compiled.get(key);
  if (!c) compiled.set(key, (c = compile(schemaOf(name), options)));
  return c;
}

describe.skipIf(!built)("the published schemas", () => {
  test("exported as baocao/report.schema.json and baocao/facts.schema.json", () => {
    expect(require.resolve("baocao/report.schema.json")).toBe(join(root, "dist/report.schema.json"));
    expect(require.resolve("baocao/facts.schema.json")).toBe(join(root, "dist/facts.schema.json"));
    expect(require("baocao/report.schema.json")).toEqual(schemaOf("report"));
  });

  test("draft-07, up to date with the Zod schemas", () => {
    expect(schemaOf("report").$schema).toBe("http://json-schema.org/draft-07/schema#");
    const stale = "dist/ is not built from this src/: run npm run build";
    expect(schemaOf("report"), stale).toEqual(jsonSchemaOf(Report, "baocao Report"));
    expect(schemaOf("facts"), stale).toEqual(jsonSchemaOf(Facts, "baocao Facts"));
  });

  test("plain new Ajv() and strict mode compile them without a word", () => {
    for (const name of ["report", "facts"] as const) {
      for (const options of [{}, { strict: true }]) {
        const { logged } = compileOnce(name, options);
        expect(logged, `${name} ${JSON.stringify(options)}`).toEqual([]);
      }
    }
  });

  test("what the schema refuses", () => {
    const { validate } = compileOnce("report", { strict: true });
    const text = "Năm 2022 doanh thu đạt 3,5 tỷ đồng, hoàn thành 12 nhiệm vụ.";
    const report = JSON.parse(JSON.stringify(parseReport(text))) as Record<string, any>;
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const money = report.figures.findIndex((f: { kind: string }) => f.kind === "money");
    const count = report.figures.findIndex((f: { kind: string }) => f.kind === "count");
    expect(money).toBeGreaterThanOrEqual(0);
    expect(count).toBeGreaterThanOrEqual(0);
    const bad = (change: (r: any) => void) => {
      const r = structuredClone(report);
      change(r);
      return validate(r);
    };
    expect(bad((r) => (r.figures[count].currency = "VND"))).toBe(false); // a count has no currency
    expect(bad((r) => delete r.figures[money].currency)).toBe(false); // money has one
    expect(bad((r) => (r.figures[money].rule = "count.noun"))).toBe(false); // a rule of another kind
    expect(bad((r) => (r.figures[money].kind = "ratio"))).toBe(false);
    expect(bad((r) => delete r.figures[count].span)).toBe(false);
    expect(bad((r) => (r.event.date = 2022))).toBe(false);
    expect(bad((r) => (r.surprise = true))).toBe(false);
  }, SPAWN_TIMEOUT);
});

/** The command line, in-process (test/helpers/cli.ts: its pool on the worker the test setup bundled). */
async function runCli(args: string[]) {
  const r = await cli(args);
  if (r.code !== 0) throw new Error(`baocao ${args.join(" ")} → ${r.code}: ${r.stderr}`);
  return r;
}

describe.skipIf(!built)("command line output validates with Ajv in strict mode", () => {
  const report = built ? compileOnce("report", { strict: true }).validate : compile({}).validate;
  const facts = built ? compileOnce("facts", { strict: true }).validate : compile({}).validate;
  const lines = (s: string) => s.trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, any>);
  const dev = resolve(root, "../shared/corpus/dev");
  const hasDev = existsSync(dev);

  // Every fifth development report (15 of 75, both halves and every genre range): the schema is
  // the same for all, and each process second counts on a loaded machine.
  const devFiles = hasDev ? readdirSync(dev).filter((f) => f.endsWith(".txt")).sort().filter((_, i) => i % 5 === 0).map((f) => join(dev, f)) : [];

  test("extract of text, HTML and JSONL inputs (and of development reports): every record valid", async () => {
    const dir = mkdtempSync(join(tmpdir(), "baocao-schema-"));
    try {
      writeFileSync(join(dir, "seed.txt"), readFileSync(join(root, "fixtures/seed.txt")));
      const vi = "Sáng 12/3/2024, UBND tỉnh tổ chức hội nghị. Ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh, cho biết đã hoàn thành 18/20 nhiệm vụ, đạt 90% kế hoạch; tổng vốn 4,2 tỷ đồng; trồng 1.200 ha rừng.";
      writeFileSync(join(dir, "b.html"), `<html><head><title>Tin</title></head><body><article><p>${vi}</p></article></body></html>`);
      writeFileSync(join(dir, "c.jsonl"), JSON.stringify({ id: "c1", text: vi, url: "https://example.org/c1", date: "2024-03-12" }) + "\n");
      // one run over both (each run warms up a worker's parser)
      const out = lines((await runCli(["extract", dir, ...devFiles, "--format", "jsonl", "--jobs", "1", "--quiet", "--text"])).stdout);
      const expected = 3 + devFiles.length;
      expect(out).toHaveLength(expected);
      const invalid = out.filter((r) => !(report(r) as boolean)).map((r) => `${r.id}: ${JSON.stringify(report.errors)}`);
      expect(invalid).toEqual([]);
      const kinds = new Set(out.slice(0, 3).flatMap((r) => (r.figures as { kind: string }[]).map((f) => f.kind)));
      expect(kinds).toEqual(new Set(["count", "money", "percent", "measure"]));
      expect(out.slice(0, 3).map((r) => r.input.source)).toEqual([join(dir, "b.html"), `${join(dir, "c.jsonl")}:1`, join(dir, "seed.txt")]);
      // --format facts writes toFacts(report) per post: the facts schema holds for each of these
      const invalidFacts = out.map((r) => toFacts(Report.parse(r))).filter((f) => !facts(f));
      expect(invalidFacts).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, SPAWN_TIMEOUT);
});
