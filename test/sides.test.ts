/**
 * The stage split's sides load only their own code (src/report/sides.ts): the splits by name
 * agree with PHASES, loadSide gives the phases of PHASES themselves, and in the built package a
 * side's modules (its worker's imports: sides, work, hand-over, begin or finish, and its phase
 * modules) hold none of the other side's recognisers. What both sides of SPLITS.people load is
 * listed below, each with the reason B needs it. In the built package both sides give each word
 * the whole parser's id (sides.ts loadLexicon), and a hand-over whose ids are not good looks them up.
 */
import { describe, expect, test } from "vitest";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { PHASES } from "../src/report/phases.js";
import { SPLITS } from "../src/report/splits.js";
import { loadPhases, loadSide, loadSplitSide, PHASE_MODULE, PHASE_NAMES, sideNames, SPLIT_ORDERS, type Side } from "../src/report/sides.js";
import { modulesOf } from "./helpers/import-graph.js";
import { handOver, takeOver } from "../src/report/hand-over.js";
import { runPhases } from "../src/report/work.js";
import { begin, finish } from "../src/report/parse.js";
import { Work } from "../src/report/work.js";
import { parseReport } from "../src/index.js";
import { lexicon, shareTokenSlabs } from "../src/text/tokens.js";
import { readFileSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { pathToFileURL } from "node:url";

const root = resolve(import.meta.dirname, "..");
const dist = join(root, "dist");
const built = existsSync(join(dist, "report/sides.js"));

/** The modules a worker of one side loads (static imports from its entries, in dist). */
function sideModules(split: string, side: Side): string[] {
  const phases = sideNames(split, side).map((n) => `report/${PHASE_MODULE[n]}.js`);
  return modulesOf(dist, ["report/sides.js", "report/work.js", "report/hand-over.js", side === "a" ? "report/begin.js" : "report/finish.js", ...new Set(phases)]);
}

const PEOPLE = /^recognize\/(people|people-[a-z]+|org|byline|title|title-[a-z]+|org-token|name|honorific)\.js$/;
/** (number-tokens.ts and count-words.ts are the dates' too: their marked tokens, and isSpace) */
const FIGURES = /^recognize\/(figures|number|number-context|money|money-forms|percent|measure|count|count-noun-trie|count-role|count-stated|category|qualifiers)\.js$/;
const DATES = /^recognize\/(date|date-[a-z]+|year-[a-z]+)\.js$/;
const LATER = /^(relate\/|check\/|report\/(link|event|sections|phase-link|phase-finish)\.js$)/;

/**
 * What sides A and B of SPLITS.people both load. text/ and the worker's own modules; the number
 * convention (A's read infers it; B's number scan reads its digit groups); phrase.ts, name-run.ts
 * and name-words.ts (B: firstWordsOf and wordBefore for dates, categories and money, isSyllable for
 * number contexts); place.ts with lexicon/org-heads and the countries it adds (lexicon/countries) (B: a
 * count before a place name); the honorific
 * forms (B: relate/position.ts); the abbreviations (segment.ts); the fields written with a comma
 * (A: an organisation's name reads over it; B: a review word's period search does not stop at it).
 */
const SHARED = new Set([
  "report/finish.js",
  "lexicon/abbreviations.js",
  "lexicon/comma-fields.js",
  "lexicon/countries.js",
  "lexicon/honorifics.js",
  "lexicon/numbers.js",
  "lexicon/org-heads.js",
  "recognize/name-run.js",
  "recognize/name-words.js",
  "recognize/number-convention.js",
  "recognize/number-grammar.js",
  "recognize/phrase.js",
  "recognize/place.js",
  "report/begin.js",
  "report/hand-over-codec.js",
  "report/hand-over-streams.js",
  "report/hand-over.js",
  "report/sides.js",
  "report/work.js",
]);

describe("sides", () => {
  test("the phases by name are PHASES's, and every split orders all of them", () => {
    expect([...PHASE_NAMES]).toEqual(PHASES.map((p) => p.name));
    for (const [name, s] of Object.entries(SPLIT_ORDERS)) {
      expect([...s.order].sort(), name).toEqual([...PHASE_NAMES].sort());
      expect(s.at, name).toBeGreaterThan(0);
      expect(s.at, name).toBeLessThan(s.order.length);
      expect(s.order[0], name).toBe("read");
      expect(SPLITS[name]!.phases.map((p) => p.name), name).toEqual([...s.order]);
      expect(SPLITS[name]!.at, name).toBe(s.at);
      expect([...sideNames(name, "a"), ...sideNames(name, "b")], name).toEqual([...s.order]);
    }
    expect(sideNames("people", "a")).toEqual(["read", "people", "organizations"]);
    expect(sideNames("people", "b")).toEqual(["figures", "dates", "link", "event", "relateFigures", "assemble", "check", "publish"]);
    expect(() => sideNames("nope", "a")).toThrow(/no split named nope/);
    expect(() => sideNames("people", "c" as Side)).toThrow(/"a" or "b"/);
  });

  test("loadSide gives the phases of PHASES themselves, in the side's order; loadPhases gives PHASES", async () => {
    for (const name of Object.keys(SPLIT_ORDERS))
      for (const side of ["a", "b"] as const) {
        const got = await loadSide(name, side);
        expect(got.length).toBe(sideNames(name, side).length);
        got.forEach((p, k) => expect(p, `${name} ${side} ${k}`).toBe(PHASES.find((q) => q.name === sideNames(name, side)[k])));
      }
    expect(await loadPhases()).toBe(PHASES);
    // a side as a Split of its own: A runs [0, at), B [at, length)
    const a = await loadSplitSide("people", "a");
    const b = await loadSplitSide("people", "b");
    expect(a.at).toBe(3);
    expect(a.phases.map((p) => p.name)).toEqual(["read", "people", "organizations"]);
    expect(b.at).toBe(0);
    expect(b.phases.map((p) => p.name)).toEqual([...sideNames("people", "b")]);
  });

  test.skipIf(!built)("what a stage worker needs besides its phases loads no recogniser: begin, finish, hand-over, chunks, work, sides", () => {
    const ms = modulesOf(dist, ["report/begin.js", "report/finish.js", "report/hand-over.js", "report/chunks.js", "report/work.js", "report/sides.js"]);
    expect(ms.filter((m) => m.startsWith("recognize/") || m.startsWith("relate/") || m.startsWith("check/") || m.startsWith("lexicon/") || m === "pkg:zod")).toEqual([]);
  });

  test.skipIf(!built)("side A of SPLITS.people loads text/, the tokens, people and organisations, and no figure, date, relation or check code", () => {
    const a = sideModules("people", "a");
    for (const m of ["report/phase-read.js", "report/phase-people.js", "recognize/people.js", "recognize/org.js", "recognize/title.js", "recognize/name.js", "text/tokens.js", "text/normalize.js", "text/segment.js"]) expect(a).toContain(m);
    expect(a.filter((m) => FIGURES.test(m) || DATES.test(m) || LATER.test(m) || m === "report/phases.js" || m === "schema.js" || m === "pkg:zod")).toEqual([]);
  });

  test.skipIf(!built)("side B of SPLITS.people loads no people or organisation recogniser; what both sides load is the shared list", () => {
    const a = sideModules("people", "a");
    const b = sideModules("people", "b");
    for (const m of ["report/phase-figures.js", "report/phase-dates.js", "report/phase-link.js", "report/phase-finish.js", "recognize/figures.js", "recognize/date.js", "relate/index.js", "check/rules.js"]) expect(b).toContain(m);
    expect(b.filter((m) => PEOPLE.test(m) || m === "report/phase-people.js" || m === "report/phase-read.js" || m === "report/phases.js")).toEqual([]);
    // nor zod: the schema check (validate.ts) is loaded only to validate (sides.ts loadValidation)
    expect(b.filter((m) => m === "schema.js" || m === "pkg:zod" || m === "report/validate.js")).toEqual([]);
    expect(modulesOf(dist, ["report/validate.js"])).toContain("pkg:zod");
    const inB = new Set(b);
    expect(a.filter((m) => inB.has(m) && !m.startsWith("text/") && !SHARED.has(m))).toEqual([]);
  });

  test.skipIf(!built)("every split: a side loads a recogniser only when it runs its phase; no side loads phases.ts", () => {
    for (const name of Object.keys(SPLIT_ORDERS))
      for (const side of ["a", "b"] as const) {
        const runs = new Set(sideNames(name, side));
        const ms = sideModules(name, side);
        const where = `${name} ${side}`;
        expect(ms, where).not.toContain("report/phases.js");
        if (!runs.has("people") && !runs.has("organizations")) expect(ms.filter((m) => PEOPLE.test(m)), where).toEqual([]);
        if (!runs.has("figures") && !runs.has("relateFigures")) expect(ms.filter((m) => FIGURES.test(m)), where).toEqual([]);
        if (!runs.has("dates") && !runs.has("event") && !runs.has("relateFigures")) expect(ms.filter((m) => DATES.test(m)), where).toEqual([]);
        if (!runs.has("link")) expect(ms.filter((m) => LATER.test(m)), where).toEqual([]);
      }
  });

  test.skipIf(!built)("the CLI's stage workers (--stages): each role loads its side's phases and its half, not the whole parser", () => {
    // stage-worker.js imports statically no recogniser; then its side (sides.ts loadSplitSide) and
    // its half (stage-a.js or stage-b.js) by dynamic imports, the only two it names
    const worker = modulesOf(dist, ["cli/stage-worker.js"]);
    expect(worker.filter((m) => /^(recognize|relate|check|lexicon|view)\//.test(m) || m === "pkg:zod" || m === "report/phases.js")).toEqual([]);
    const src = readFileSync(join(dist, "cli/stage-worker.js"), "utf8");
    expect([...src.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1]).sort()).toEqual(["./stage-a.js", "./stage-b.js"]);
    expect(src).toMatch(/loadSplitSide\("people", data\.role\)/);
    const role = (side: Side) => modulesOf(dist, ["cli/stage-worker.js", `cli/stage-${side}.js`, ...new Set(sideNames("people", side).map((n) => `report/${PHASE_MODULE[n]}.js`))]);
    const a = role("a");
    const b = role("b");
    for (const m of ["cli/stage-a.js", "cli/post-read.js", "recognize/people.js", "recognize/org.js"]) expect(a).toContain(m);
    // A: no figure, date, relation or check recogniser, no schema, and none of the output code
    expect(a.filter((m) => FIGURES.test(m) || DATES.test(m) || LATER.test(m) || m === "report/phases.js" || m === "report/batch.js" || m === "report/parse.js" || m === "schema.js" || m === "pkg:zod")).toEqual([]);
    expect(a.filter((m) => /^(view\/|check\/render|cli\/(posts|csv|summary|location|stage-b)\.js$|report\/facts\.js$)/.test(m))).toEqual([]);
    for (const m of ["cli/stage-b.js", "cli/posts.js", "recognize/figures.js", "recognize/date.js", "relate/index.js", "check/rules.js"]) expect(b).toContain(m);
    // B: no people or organisation recogniser, nor zod (loaded only to validate), nor A's half
    expect(b.filter((m) => PEOPLE.test(m) || m === "report/phase-people.js" || m === "report/phase-read.js" || m === "report/phases.js" || m === "report/batch.js" || m === "report/parse.js" || m === "cli/stage-a.js")).toEqual([]);
    expect(b.filter((m) => m === "schema.js" || m === "pkg:zod" || m === "report/validate.js")).toEqual([]);
    // neither B nor the pool's worker loads the output code of a format before a batch asks for
    // it (lazy.ts loadOutput: csv, summary, check text, --html pages, facts)
    const OUTPUT = /^(view\/|check\/render\.js$|cli\/(csv|summary|location)\.js$|report\/facts\.js$)/;
    const pool = modulesOf(dist, ["cli/worker.js"]);
    expect(b.filter((m) => OUTPUT.test(m))).toEqual([]);
    expect(pool.filter((m) => OUTPUT.test(m))).toEqual([]);
    const lazy = readFileSync(join(dist, "cli/lazy.js"), "utf8");
    expect([...lazy.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1]).sort()).toEqual(["../check/render.js", "../report/facts.js", "../view/page.js", "./csv.js", "./location.js", "./summary.js", "@mozilla/readability", "iconv-lite", "linkedom"]);
    // the pool's worker still loads the whole parser, but not the schema check (zod) that it
    // loads only when BAOCAO_VALIDATE asks (process.ts)
    expect(pool).toContain("report/phases.js");
    expect(pool.filter((m) => m === "schema.js" || m === "pkg:zod" || m === "report/validate.js" || m === "report/parse.js")).toEqual([]);
  });

  test("a side whose lexicon gave other ids (another print) looks every token's id up again: the same ids, the same Report", () => {
    const seed = readFileSync(join(root, "fixtures/seed.txt"), "utf8");
    const texts = [seed, "Ông Nguyễn Văn A, Giám đốc Sở Y tế, cho biết năm 2017 có 1.234 ca, tăng 12%.", "", "x"];
    const { phases, at } = SPLITS.people!;
    // tables in ordinary memory, copied into the hand-over (as where no stage A turned sharing on;
    // a test file run before this one in the same thread may have left it on)
    shareTokenSlabs(false);
    for (const text of texts) {
      const w = begin(text, { id: "t" }) as Work;
      runPhases([w], 0, at, phases);
      const ids = Array.from(w.doc.tokens.id.subarray(0, w.doc.tokens.count));
      const { message, transfer } = handOver([w]);
      // the first Work's header (after the count): has, token count, generation, print
      const ints = new Int32Array(message.buf, message.nf * 8);
      expect(ints[4]).toBe(lexicon.printAt(ints[3]!));
      ints[4] = ints[4]! ^ 1;
      // (and the ids sent wiped: they must come back from the lookup; then m, the number of
      // sentences, the table's slab (-1: none, the table copied), start × n, end × n, id × n)
      const n = ints[2]!;
      expect(n).toBe(ids.length);
      expect(ints[7]).toBe(-1);
      ints.fill(0, 8 + 2 * n, 8 + 3 * n);
      const got = takeOver(structuredClone(message, { transfer }))[0]!;
      const t = got.doc.tokens;
      expect(Array.from(t.id.subarray(0, t.count))).toEqual(ids);
      expect(t.generation).toBe(lexicon.generation);
      runPhases([got], at, phases.length, phases);
      expect(JSON.stringify(finish(got))).toBe(JSON.stringify(parseReport(text, { id: "t" })));
    }
  });

  test("printAt tells two orders of the same words apart; lookupIn is lookup of the slice", () => {
    expect(lexicon.printAt(0)).toBe(0);
    expect(lexicon.printAt(lexicon.generation + 1)).toBe(0);
    const g = lexicon.generation;
    expect(new Set(Array.from({ length: Math.min(g, 200) }, (_, k) => lexicon.printAt(g - k))).size).toBe(Math.min(g, 200));
    const key = "giám đốc sở y tế, 12 tỷ đồng; zzqq";
    for (let s = 0; s < key.length; s++) for (let e = s; e <= Math.min(key.length, s + 12); e++) expect(lexicon.lookupIn(key, s, e), key.slice(s, e)).toBe(lexicon.lookup(key.slice(s, e)));
  });

  test.skipIf(!built)("in the built package each side's worker gives every word the whole parser's id (the same lexicon print): the hand-over keeps the token ids", async () => {
    const at = (p: string) => JSON.stringify(pathToFileURL(join(dist, p)).href);
    const lexiconOf = (body: string) =>
      new Promise<string>((done, fail) => {
        const code = `const { parentPort } = require("node:worker_threads"); (async () => { ${body}; const { lexicon } = await import(${at("text/tokens.js")}); parentPort.postMessage(lexicon.size + " " + lexicon.printAt(lexicon.size)); })().catch((e) => parentPort.postMessage("error " + e.message));`;
        const w = new Worker(code, { eval: true });
        w.once("message", (m: string) => void w.terminate().then(() => done(m)));
        w.once("error", fail);
      });
    const side = (s: Side) => `const { loadSide } = await import(${at("report/sides.js")}); await loadSide("people", "${s}")`;
    const [whole, a, b] = await Promise.all([lexiconOf(`await import(${at("report/phases.js")})`), lexiconOf(side("a")), lexiconOf(side("b"))]);
    expect(Number(whole.split(" ")[0])).toBeGreaterThan(1000);
    expect(a).toBe(whole);
    expect(b).toBe(whole);
  }, 60_000);
});
