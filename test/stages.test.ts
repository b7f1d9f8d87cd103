/**
 * The two halves of --stages in one thread (issue 14: src/cli/stages.ts): stage A's message
 * through a structured clone, its buffers transferred as postMessage does, then stage B, against
 * processPosts (what a worker of the normal pool does with the same batch) — outcome for outcome,
 * including the rare paths a real run seldom takes: a phase that throws on a text in either stage
 * (that text is read again alone, as parseEach does), a Report that fails the schema under
 * BAOCAO_VALIDATE=throw (read again alone; its error kept in its place), posts that cannot be read.
 */
import { afterEach, describe, expect, test, vi } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { handA } from "../src/cli/stage-a.js";
import { finishB } from "../src/cli/stage-b.js";
import { processPosts } from "../src/cli/process.js";
import type { JobOptions } from "../src/cli/post-read.js";
import type { Post } from "../src/cli/input.js";
import { Turns } from "../src/cli/turns.js";
import { CHUNK } from "../src/report/batch.js";
import { SPLITS } from "../src/report/splits.js";
import type { Split } from "../src/report/sides.js";
import type { Phase } from "../src/report/phases.js";
import { validationDefault } from "../src/report/parse.js";
import { Report as ReportSchema, type Report } from "../src/schema.js";

const seed = readFileSync(join(import.meta.dirname, "../fixtures/seed.txt"), "utf8");
const VI = "Sáng 12/3/2024, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết, đã hoàn thành 18 nhiệm vụ, đạt 96% kế hoạch.";
const text = (id: string, t: string, extra: Partial<Post> = {}): Post => ({ id, source: `${id}.txt`, kind: "text", text: t, size: t.length, ...extra });

/** Posts of every kind, more than a chunk of them. */
function batch(): Post[] {
  const posts: Post[] = [
    text("seed", seed, { date: "2017-06-21", title: "Hội nghị", url: "https://example.org/seed" }),
    { id: "bytes", source: "bytes.txt", kind: "text", bytes: new Uint8Array(Buffer.from(VI)), size: 200 },
    { id: "page", source: "page.html", kind: "html", bytes: new Uint8Array(Buffer.from(`<html><head><title>Tổng kết</title></head><body><article><p>${VI}</p><p>${seed.slice(0, 800)}</p></article></body></html>`)), size: 2000 },
    { id: "bad-line", source: "x.jsonl:3", kind: "text", error: "not JSON", size: 10 },
    { id: "binary", source: "b.txt", kind: "text", bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 0, 0, 0]), size: 10 },
    text("empty", ""),
  ];
  for (let i = 0; posts.length < CHUNK + 12; i++) posts.push(text(`p${i}`, i % 4 ? `${VI} Lần ${i}: ${seed.split("\n")[i % 20]}` : seed.slice(i * 40, i * 40 + 600)));
  posts.push(text("boom-a", `${VI} BOOM-A`), text("boom-b", `${VI} BOOM-B`), text("bad", `${VI} Tổng kinh phí 3,2 tỷ đồng.`, { id: "bad" }));
  return posts;
}

/** A, a structured clone (buffers transferred), B; the outcomes. */
async function staged(posts: Post[], opts: JobOptions, split: Split) {
  const a = await handA({ batch: 1, posts, opts }, split, new Turns(new Int32Array(4), posts.length));
  const m = structuredClone(a.message, { transfer: a.transfer });
  return finishB(m, split, new Turns(new Int32Array(4), posts.length, m.spent));
}

/** SPLITS.people, with a phase in A (people) that throws on texts holding "BOOM-A", and one in B (link) on "BOOM-B"; `sprung` counts them. */
function booby(sprung: string[]): Split {
  const { phases, at } = SPLITS.people!;
  const trap = (p: Phase, mark: string): Phase => (w) => {
    if (w.input.includes(mark)) {
      sprung.push(mark);
      throw new Error(`trap ${mark}`);
    }
    p(w);
  };
  return { at, phases: phases.map((p, k) => (k === 1 ? trap(p, "BOOM-A") : k === at + 2 ? trap(p, "BOOM-B") : p)) };
}

const OPTS: JobOptions[] = [
  { mode: "extract", format: "jsonl", withText: true, maxChars: 3000 },
  { mode: "extract", format: "csv" },
  { mode: "check", format: "text", lang: "vi" },
];

describe("stage A then stage B give processPosts' outcomes", () => {
  test.each(OPTS)("$mode $format", async (opts) => {
    const posts = batch();
    const normal = await processPosts(posts, opts);
    expect(normal.filter((r) => r.ok).length).toBeGreaterThan(CHUNK);
    expect(await staged(posts, opts, SPLITS.people!)).toEqual(normal);
  });

  test("a phase that throws on a text, in stage A or in stage B: that text is read again alone, the others go on", async () => {
    const posts = batch();
    const opts = OPTS[0]!;
    const normal = await processPosts(posts, opts);
    const sprung: string[] = [];
    const out = await staged(posts, opts, booby(sprung));
    expect(sprung).toEqual(["BOOM-A", "BOOM-B"]);
    expect(out).toEqual(normal);
    const ok = (id: string) => out.find((r) => r.id === id);
    expect(ok("boom-a")).toMatchObject({ ok: true });
    expect(ok("boom-b")).toMatchObject({ ok: true });
  });

  test("A sends a post's text once: in its handed Work, not again beside it (unless it was cut, or threw in A)", async () => {
    const posts = batch();
    posts.push(text("long", seed));
    const a = await handA({ batch: 1, posts, opts: { mode: "extract", format: "jsonl", maxChars: 3000 } }, booby([]), new Turns(new Int32Array(4), posts.length));
    const sent = (id: string) => a.message.reads[a.message.at.indexOf(posts.findIndex((p) => p.id === id))]!;
    expect(seed.length).toBeGreaterThan(3000);
    // read, not cut: its Work holds the text
    expect(sent("p1")).not.toHaveProperty("text");
    expect(sent("page")).toMatchObject({ title: "Tổng kết" });
    expect(sent("page")).not.toHaveProperty("text");
    // cut at --max-chars (the Work holds the cut text), or read again alone in A (no Work handed): sent
    expect(sent("long").text).toBe(seed);
    expect(sent("boom-a").text).toBe(`${VI} BOOM-A`);
    expect(a.message.reads.filter((r) => r.text === undefined).length).toBeGreaterThan(CHUNK);
  });
});

describe("a Report that fails the schema (BAOCAO_VALIDATE=throw)", () => {
  const suite = validationDefault();
  afterEach(() => {
    validationDefault(suite as "throw");
    vi.restoreAllMocks();
  });
  test("is read again alone, and its error stays that post's failure in both modes", async () => {
    validationDefault("throw");
    const real = ReportSchema.safeParse.bind(ReportSchema);
    vi.spyOn(ReportSchema, "safeParse").mockImplementation(((r: Report) => {
      if (r.id === "bad") return { success: false, error: { issues: [{ path: ["figures", 0, "value"], message: "made to fail" }] } };
      return real(r);
    }) as never);
    const posts = batch();
    const opts = OPTS[0]!;
    const normal = await processPosts(posts, opts);
    const bad = normal.find((r) => r.id === "bad")!;
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/^internal error: baocao \(BAOCAO_VALIDATE=throw\).*made to fail/) });
    expect(await staged(posts, opts, SPLITS.people!)).toEqual(normal);
  });
});
