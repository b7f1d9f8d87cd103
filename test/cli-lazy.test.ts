/**
 * Nothing loaded or done that a run does not need (issue 14): the HTML, encoding, progress and
 * pool libraries load only when an input or mode needs them, and the CLI reuses the findings
 * parseReport already computed instead of running the checks a second time.
 */
import { describe, expect, test, vi } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";

const calls = vi.hoisted(() => ({ checkReport: 0 }));
vi.mock("../src/check/index.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/check/index.js")>();
  return {
    ...real,
    checkReport: (...args: Parameters<typeof real.checkReport>) => {
      calls.checkReport++;
      return real.checkReport(...args);
    },
  };
});

const { processPost } = await import("../src/cli/process.js");
const { loadedLibraries } = await import("../src/cli/lazy.js");

const VI = "Sáng 12/3/2024, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết, đã hoàn thành 18 nhiệm vụ, đạt 96% kế hoạch.";

describe("libraries load when an input needs them", () => {
  test("UTF-8 text and JSONL: neither linkedom/Readability nor iconv-lite", async () => {
    await processPost({ id: "a", source: "a.txt", kind: "text", bytes: Buffer.from(VI), size: 1 }, { mode: "extract", format: "jsonl" });
    await processPost({ id: "b", source: "b.jsonl:1", kind: "text", text: VI, size: 1 }, { mode: "check", format: "text" });
    expect(loadedLibraries()).toEqual({ iconv: false, html: false });
  });

  test("a TCVN3 file loads iconv-lite; an HTML page loads linkedom and Readability", async () => {
    const r = await processPost({ id: "t", source: "t.txt", kind: "text", bytes: iconv.encode(VI, "tcvn"), size: 1 }, { mode: "extract", format: "facts" });
    expect(r.ok).toBe(true);
    expect(loadedLibraries()).toEqual({ iconv: true, html: false });
    await processPost({ id: "h", source: "h.html", kind: "html", bytes: Buffer.from(`<html><body><article><p>${VI}</p></article></body></html>`), size: 1 }, { mode: "extract", format: "facts" });
    expect(loadedLibraries()).toEqual({ iconv: true, html: true });
  });

  test("no module of the CLI imports those libraries (or piscina) statically: only lazy.ts and progress.ts, dynamically", () => {
    const dir = join(__dirname, "..", "src", "cli");
    const files = [...readdirSync(dir).map((f) => join(dir, f)), ...readdirSync(join(dir, "commands")).map((f) => join(dir, "commands", f))].filter((f) => f.endsWith(".ts"));
    const heavy = /^import\s+(?!type\b)[^;]*from\s+"(linkedom|@mozilla\/readability|iconv-lite|cli-progress|piscina)"/m;
    for (const f of files) expect(heavy.test(readFileSync(f, "utf8")), f).toBe(false);
  });
});

describe("no work done twice", () => {
  test("one checkReport per post: the CLI reuses report.findings", async () => {
    const ERR = "Năm 2023, Viện thực hiện 07 đề tài, gồm 03 đề tài cấp Bộ và 05 đề tài cấp cơ sở.";
    calls.checkReport = 0;
    const r = await processPost({ id: "e", source: "e.txt", kind: "text", text: ERR, size: 1 }, { mode: "check", format: "text" });
    expect(calls.checkReport).toBe(1);
    expect(r.ok && r.out).toMatch(/^e\.txt:1:\d+: error \[breakdown\.sum\]/);
  });
});
