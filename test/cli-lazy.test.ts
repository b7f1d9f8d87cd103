/**
 * Nothing loaded or done that a run does not need (issue 14): the HTML and encoding libraries
 * load only when an input needs them (checked in a fresh worker thread, which has its own
 * modules), no CLI module imports the heavy libraries statically, and the CLI reuses the
 * findings parseReport already computed instead of running the checks a second time.
 */
import { describe, expect, inject, test } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

const root = join(__dirname, "..");
const VI = "Sáng 12/3/2024, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết, đã hoàn thành 18 nhiệm vụ, đạt 96% kế hoạch.";

/**
 * Run `body` (an async function's source, given processPost — one post through processPosts, the
 * worker's batch function —, loadedLibraries, loadedOutput and VI) in a fresh thread, on the modules the test
 * setup bundled from src/ (test/helpers/build-cli.ts), as the pool's worker runs them.
 */
function fresh(body: string): Promise<unknown> {
  const url = (name: string) => JSON.stringify(pathToFileURL(join(dirname(inject("cli")), name)).href);
  const code = `
    const { parentPort } = await import("node:worker_threads");
    const { processPosts } = await import(${url("process.js")});
    const processPost = async (post, opts) => (await processPosts([post], opts))[0];
    const { loadedLibraries, loadedOutput } = await import(${url("lazy.js")});
    const VI = ${JSON.stringify(VI)};
    parentPort.postMessage(await (${body})());`;
  return new Promise((resolve, reject) => {
    const w = new Worker(`import(${JSON.stringify("data:text/javascript," + encodeURIComponent(code))}).catch((e) => { throw e; })`, { eval: true });
    w.once("message", (m) => {
      resolve(m);
      void w.terminate();
    });
    w.once("error", reject);
  });
}

describe("libraries load when an input needs them", () => {
  // These two are asked of one fresh thread (a thread costs ~0.7 s of CPU to load the parser):
  // the output code first, from nothing loaded; then the libraries, from what a fresh thread has
  // of them, which the first test checks (none: loading every format's output code loads neither).
  const LIBRARIES = `async () => {
      const seen = [];
      await processPost({ id: "a", source: "a.txt", kind: "text", bytes: Buffer.from(VI), size: 1 }, { mode: "extract", format: "jsonl" });
      await processPost({ id: "b", source: "b.jsonl:1", kind: "text", text: VI, size: 1 }, { mode: "check", format: "text" });
      seen.push(loadedLibraries());
      // "Ng\\xad\\xeai" …: TCVN3 bytes of Vietnamese (not UTF-8)
      const tcvn = Buffer.from([0x4e, 0x67, 0xad, 0xea, 0x69, 0x20, 0x64, 0xa9, 0x6e, 0x20, 0x74, 0xd6, 0x6e, 0x68, 0x20, 0xae, 0xb7, 0x20, 0x68, 0x6f, 0xb5, 0x6e, 0x20, 0x74, 0x68, 0xb5, 0x6e, 0x68, 0x20, 0x31, 0x38, 0x20, 0x6e, 0x68, 0x69, 0xd6, 0x6d, 0x20, 0x76, 0xf7, 0x2e]);
      await processPost({ id: "t", source: "t.txt", kind: "text", bytes: tcvn, size: 1 }, { mode: "extract", format: "facts" });
      seen.push(loadedLibraries());
      await processPost({ id: "h", source: "h.html", kind: "html", bytes: Buffer.from("<html><body><article><p>" + VI + "</p></article></body></html>"), size: 1 }, { mode: "extract", format: "facts" });
      seen.push(loadedLibraries());
      return seen;
    }`;
  const OUTPUT = `async () => {
      const seen = [];
      const post = { id: "a", source: "a.txt", kind: "text", text: VI, size: 1 };
      for (const opts of [
        { mode: "extract", format: "jsonl" },
        { mode: "extract", format: "json" },
        { mode: "check", format: "json" },
        { mode: "check", format: "jsonl" },
        { mode: "extract", format: "csv" },
        { mode: "extract", format: "facts" },
        { mode: "check", format: "text" },
        { mode: "extract", format: "summary", summary: { color: false } },
        { mode: "extract", format: "jsonl", html: { lang: "vi" } },
      ]) {
        const out = await processPost(post, opts);
        seen.push([opts.format, out.ok, loadedOutput().join(" ")]);
      }
      return seen;
    }`;
  let both: Promise<unknown> | undefined;
  const outputThenLibraries = () => (both ??= fresh(`async () => [await (${OUTPUT})(), loadedLibraries(), await (${LIBRARIES})()]`)) as Promise<[unknown, unknown, unknown]>;

  test("UTF-8 text and JSONL load neither linkedom/Readability nor iconv-lite; TCVN3 loads iconv-lite; HTML loads linkedom", async () => {
    const [, before, steps] = await outputThenLibraries();
    // as in a fresh thread: neither library loaded yet
    expect(before).toEqual({ iconv: false, html: false });
    expect(steps).toEqual([
      { iconv: false, html: false },
      { iconv: true, html: false },
      { iconv: true, html: true },
    ]);
  });

  test("a worker loads the output code of a format when a batch asks for that format: extract/jsonl and json, check/json load none", async () => {
    const [steps] = await outputThenLibraries();
    expect(steps).toEqual([
      ["jsonl", true, ""],
      ["json", true, ""],
      ["json", true, ""],
      ["jsonl", true, ""],
      ["csv", true, "csv"],
      ["facts", true, "csv facts"],
      ["text", true, "check csv facts"],
      ["summary", true, "check csv facts summary"],
      ["jsonl", true, "check csv facts page summary"],
    ]);
  });

  test("a format whose output code will not load fails each post with a one-line error, and the thread goes on (it used to die after each post and be restarted)", async () => {
    const got = (await fresh(`async () => {
      const posts = ["a", "b"].map((id) => ({ id, source: id + ".txt", kind: "text", text: VI, size: 1 }));
      const broken = await processPosts(posts, { mode: "extract", format: "csv", _test: { outputFails: true } });
      const after = await processPosts(posts, { mode: "extract", format: "csv" });
      return [broken, after.map((o) => [o.ok, loadedOutput().join(" ")])];
    }`)) as [{ ok: boolean; id: string; error?: string }[], unknown];
    expect(got[0].map((o) => [o.id, o.ok, o.error])).toEqual([
      ["a", false, "internal error: test: the output code did not load"],
      ["b", false, "internal error: test: the output code did not load"],
    ]);
    expect(got[1]).toEqual([
      [true, "csv"],
      [true, "csv"],
    ]);
  });

  test("no module of the CLI imports those libraries (or piscina) statically: only lazy.ts and progress.ts, dynamically", () => {
    const dir = join(root, "src", "cli");
    const files = [...readdirSync(dir).map((f) => join(dir, f)), ...readdirSync(join(dir, "commands")).map((f) => join(dir, "commands", f))].filter((f) => f.endsWith(".ts"));
    const heavy = /^import\s+(?!type\b)[^;]*from\s+"(linkedom|@mozilla\/readability|iconv-lite|cli-progress|piscina)"/m;
    for (const f of files) expect(heavy.test(readFileSync(f, "utf8")), f).toBe(false);
  });
});

describe("no work done twice", () => {
  test("the CLI never calls checkReport: parseReport's findings (report.findings) are used", () => {
    for (const f of ["process.ts", "worker.ts", "batch.ts"]) expect(readFileSync(join(root, "src", "cli", f), "utf8")).not.toMatch(/\bcheckReport\s*\(/);
  });
});
