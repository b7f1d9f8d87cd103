/// <reference lib="dom" />
/**
 * The HTML view (issue 15) without a browser: highlights cover exactly the spans of the report
 * and leave the text as it was, findings carry their arithmetic and the highlights they tie,
 * relations come from the report, colours pass WCAG AA, pages load nothing from outside, and
 * the batch writer lists posts with errors first. (test/browser.test.ts opens them in Chromium.)
 * The lib "dom" reference above: linkedom's documents have the DOM's types.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { parseReport, type Figure, type Report } from "../src/index.js";
import { markText } from "../src/view/marks.js";
import { renderView } from "../src/view/render.js";
import { renderPage, postPage } from "../src/view/page.js";
import { relationsOf } from "../src/view/relations.js";
import { arithmetic } from "../src/view/arithmetic.js";
import { WORDS } from "../src/view/format.js";
import { contrast, INK, KINDS, LINK, MARKED, MUTED, PAGE, RELATION_LINE, SEVERITY, type MarkKind } from "../src/view/palette.js";
import { HtmlSite, pageFile } from "../src/view/writer.js";
import { cli } from "./helpers/cli.js";

const seed = readFileSync(new URL("../fixtures/seed.txt", import.meta.url), "utf8");
const expected = JSON.parse(readFileSync(new URL("../fixtures/seed.expected.json", import.meta.url), "utf8"));
/** Invented: an exhaustive list whose parts (3 + 5) do not make the whole (7). */
const CONTRADICTION =
  "Năm 2023, Trung tâm đã thực hiện 07 nhiệm vụ cấp Bộ (gồm 03 nhiệm vụ chuyển tiếp và 05 nhiệm vụ mở mới). Doanh thu đạt 4 tỷ đồng. Ông Nguyễn Văn An, Giám đốc Trung tâm, chủ trì hội nghị ngày 20/12/2023.";

function dom(html: string) {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}
/** The text of each highlight, fragments of one highlight joined. */
function marks(doc: ReturnType<typeof dom>): Map<string, { text: string; kind: string; ref: string }> {
  const out = new Map<string, { text: string; kind: string; ref: string }>();
  for (const m of Array.from(doc.querySelectorAll(".bc-text .bc-m"))) {
    const key = m.getAttribute("data-key")!;
    const kind = /k-(\w+)/.exec(m.getAttribute("class")!)![1]!;
    const prev = out.get(key);
    out.set(key, { text: (prev?.text ?? "") + (m.textContent ?? ""), kind, ref: m.getAttribute("data-ref")! });
  }
  return out;
}

describe("highlights on the text", () => {
  test("the text is left exactly as it was; a nested date stays inside its figure", () => {
    const text = "Có 02 nhiệm vụ chuyển tiếp từ năm 2021 & <b>3</b> khác.";
    const html = markText(
      text,
      [
        { key: "f1", ref: "f1", kind: "count", start: 3, end: 38 },
        { key: "d1", ref: "d1", kind: "date", start: 30, end: 38 },
      ],
      (k) => k,
    );
    const doc = dom(`<article class="bc-text">${html}</article>`);
    expect(doc.querySelector(".bc-text")!.textContent).toBe(text);
    expect(doc.querySelector('[data-key="f1"] [data-key="d1"]')!.textContent).toBe("năm 2021");
    expect(html).toContain("&amp; &lt;b&gt;3&lt;/b&gt;");
  });

  test("crossing spans: the later one is cut, its fragments join to its text", () => {
    const text = "ABCDEFGHIJ";
    const html = markText(
      text,
      [
        { key: "a", ref: "a", kind: "person", start: 1, end: 6 },
        { key: "b", ref: "b", kind: "org", start: 4, end: 9 },
      ],
      (k) => k,
    );
    const doc = dom(`<article class="bc-text">${html}</article>`);
    expect(doc.querySelector(".bc-text")!.textContent).toBe(text);
    const b = Array.from(doc.querySelectorAll('[data-key="b"]'));
    expect(b.map((x) => x.getAttribute("data-part"))).toEqual(["1", "2"]);
    expect(b.map((x) => x.textContent).join("")).toBe("EFGHI");
    expect(doc.querySelectorAll('[id="bc-b"]').length).toBe(1);
  });

  test("spans outside the text or empty are dropped, not thrown on", () => {
    const html = markText("abc", [{ key: "x", ref: "x", kind: "date", start: 2, end: 9 }, { key: "y", ref: "y", kind: "date", start: 1, end: 1 }], (k) => k);
    expect(html).toBe("abc");
  });

  test("the seed: its 11 figures and 5 people, each highlight exactly its text", () => {
    const report = parseReport(seed, { id: "seed" });
    const doc = dom(renderView(report, seed));
    expect(doc.querySelector(".bc-text")!.textContent).toBe(seed);
    const m = marks(doc);
    const figs = [...m.entries()].filter(([, v]) => ["count", "money", "percent", "measure"].includes(v.kind));
    expect(figs.map(([, v]) => v.text)).toEqual(expected.figures.map((f: { text: string }) => f.text));
    expect(figs.map(([k]) => k)).toEqual(report.figures.map((f) => f.id));
    const people = new Set([...m.values()].filter((v) => v.kind === "person").map((v) => v.ref));
    expect(people.size).toBe(5);
    const mentions = report.people.flatMap((p) => p.mentions.map((x) => x.text));
    expect([...m.values()].filter((v) => v.kind === "person").map((v) => v.text).sort()).toEqual(mentions.sort());
    expect(expected.people.reduce((t: number, p: { mentions: number }) => t + p.mentions, 0)).toBe(mentions.length);
    for (const o of report.organizations) expect(m.get(o.id)?.text).toBe(o.text);
    report.dates.forEach((d, i) => expect(m.get(`d${i + 1}`)?.text).toBe(d.text));
    expect(doc.querySelectorAll(".bc-f").length).toBe(report.findings.length);
  });
});

describe("findings", () => {
  const report = parseReport(CONTRADICTION, { id: "bad" });
  test("a contradiction: one error card, its arithmetic, the three figures it ties", () => {
    expect(report.findings.filter((f) => f.severity === "error")).toHaveLength(1);
    const doc = dom(renderView(report, CONTRADICTION));
    const cards = doc.querySelectorAll(".bc-f");
    expect(cards.length).toBe(report.findings.length);
    const card = doc.querySelector(".bc-f.sev-error")!;
    expect(card.querySelector(".bc-arith code")!.textContent).toMatch(/^3 \+ 5 = 8 ≠ 7\b/);
    const f = report.findings.find((x) => x.rule === "breakdown.sum")!;
    expect(card.getAttribute("data-targets")!.split(" ")).toEqual(f.figures);
    expect(Array.from(card.querySelectorAll(".bc-ties a")).map((a) => a.textContent)).toEqual(["07 nhiệm vụ cấp Bộ", "03 nhiệm vụ chuyển tiếp", "05 nhiệm vụ mở mới"]);
    expect(Array.from(card.querySelectorAll(".bc-role")).map((a) => a.textContent)).toEqual(["whole", "part", "part"]);
    // the figures carry the finding's number and severity (a cue that is not colour)
    for (const id of f.figures!) expect(doc.querySelector(`#bc-${id}`)!.getAttribute("data-fn")).toBe("✖1");
  });

  test("a place a finding points at that no highlight covers gets one", () => {
    const text = "Hội nghị họp ngày 31/02/2023 tại Hà Nội.";
    const r = parseReport(text);
    const f = r.findings.find((x) => x.rule === "dates.impossible");
    expect(f).toBeDefined();
    const doc = dom(renderView(r, text));
    const keys = doc.querySelector(".bc-f")!.getAttribute("data-targets")!.split(" ");
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) expect(doc.querySelector(`[data-key="${k}"]`)!.textContent).toContain("31/02/2023");
  });

  // Figures built by hand (the roles come from their links); cast past the per-kind narrowing.
  const fig = (id: string, value: number, more: Record<string, unknown> = {}): Figure => ({ id, kind: "count", value, span: { start: 0, end: 1 }, text: String(value), rule: "count.noun", ...more }) as unknown as Figure;
  const w = WORDS.en;
  test("arithmetic by the figures' roles, not their order", () => {
    const whole = fig("f1", 38, { children: ["f2", "f3", "f4"], breakdown: "exhaustive" });
    const by = new Map([whole, fig("f2", 12), fig("f3", 4), fig("f4", 23)].map((f) => [f.id, f]));
    expect(arithmetic({ rule: "breakdown.sum", severity: "error", message: { vi: "", en: "" }, spans: [], figures: ["f2", "f1", "f3", "f4"] }, by, "en", w)).toBe("12 + 4 + 23 = 39 ≠ 38");
    const money = (id: string, v: number) => fig(id, v, { kind: "money", currency: "VND", rule: "money.currency" });
    const pct = fig("p", 180, { kind: "percent", refersTo: "a", comparison: { relation: "bằng", basis: "kế hoạch", basisFigure: "b" } });
    const by2 = new Map([money("a", 4e9), money("b", 2e9), pct].map((f) => [f.id, f]));
    expect(arithmetic({ rule: "plan.ratio", severity: "error", message: { vi: "", en: "" }, spans: [], figures: ["p", "a", "b"], found: 180 }, by2, "vi", WORDS.vi)).toBe("4 ÷ 2 tỷ đồng = 200% ≠ 180%");
    const g = fig("g", 40, { kind: "percent", refersTo: "a", comparison: { relation: "tăng", basis: "năm trước", basisFigure: "b" } });
    const by3 = new Map([money("a", 5.5e9), money("b", 5e9), g].map((f) => [f.id, f]));
    expect(arithmetic({ rule: "growth.rate", severity: "error", message: { vi: "", en: "" }, spans: [], figures: ["g", "a", "b"], found: 40 }, by3, "en", w)).toBe("(5.5 − 5) ÷ 5 billion VND = +10% ≠ +40%");
    expect(arithmetic({ rule: "numbers.two-ways", severity: "info", message: { vi: "", en: "" }, spans: [], expected: 7, found: 8 }, by, "en", w)).toBe("found 8 · expected 7");
    expect(arithmetic({ rule: "numbers.two-ways", severity: "info", message: { vi: "", en: "" }, spans: [], arithmetic: "1 + 1 = 2" } as never, by, "en", w)).toBe("1 + 1 = 2");
  });
});

describe("relations", () => {
  test("the seed's breakdown and plan: from report.relations when stated, else the figures' links", () => {
    const report = parseReport(seed);
    const text = (id: string | undefined) => report.figures.find((f) => f.id === id)?.text;
    const rs = relationsOf(report);
    const bd = rs.find((r) => r.type === "breakdown")!;
    expect(bd.members.map((m) => [m.role, text(m.figure)])).toEqual([
      ["whole", "03 nhiệm vụ cấp Bộ"],
      ["part", "02 nhiệm vụ chuyển tiếp"],
      ["part", "01 nhiệm vụ mở mới"],
    ]);
    const plan = rs.find((r) => r.type === "plan")!;
    expect(plan.members.map((m) => [m.role, text(m.figure)]).sort()).toEqual([
      ["actual", "3,247 tỉ đồng"],
      ["percent", "217%"],
    ]);
    // without stated relations, the same two from the figures' own links
    const bare = { ...report, relations: undefined } as unknown as Report;
    const fromLinks = relationsOf(bare);
    expect(fromLinks.map((r) => r.type)).toEqual(["breakdown", "plan"]);
    expect(fromLinks[1]!.members.map((m) => [m.role, text(m.figure)])).toEqual([
      ["percent", "217%"],
      ["actual", "3,247 tỉ đồng"],
    ]);
  });

  test("report.relations (issue 10's shape) win: members with roles, places that are not figures, the cue", () => {
    const text = "Trung tâm có 15 cán bộ, viết bằng chữ là mười bảy, gồm 6 nam và 8 nữ.";
    const report = parseReport(text) as Report & { relations?: unknown[] };
    const id = (t: string) => report.figures.find((f) => f.text.startsWith(t))!.id;
    const span = (t: string) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length });
    report.relations = [
      {
        id: "r1", kind: "breakdown", certainty: "explicit", closed: true, parts: "disjoint", rule: "relate.breakdown.list",
        cue: { span: span("gồm"), text: "gồm" },
        members: [
          { role: "whole", figure: id("15"), value: 15, span: span("15 cán bộ"), text: "15 cán bộ" },
          { role: "part", figure: id("6"), value: 6, span: span("6 nam"), text: "6 nam" },
          { role: "part", figure: id("8"), value: 8, span: span("8 nữ"), text: "8 nữ" },
        ],
      },
      { id: "r2", kind: "restatement", certainty: "explicit", form: "words", rule: "relate.restatement", members: [{ role: "value", figure: id("15"), value: 15, span: span("15"), text: "15" }, { role: "restated", value: 17, span: span("mười bảy"), text: "mười bảy" }] },
      { id: "r3", kind: "plan", certainty: "inferred", rule: "x", members: [{ role: "nope", figure: "f99", span: { start: 0, end: 0 }, text: "" }], missing: ["plan"] },
    ];
    report.findings = [
      { rule: "restatement.words", severity: "error", message: { vi: "15 ≠ 17", en: "15 ≠ 17" }, spans: [span("15 cán bộ"), span("mười bảy")], figures: [id("15")], relation: "r2", arithmetic: { vi: "15 ≠ mười bảy (17)", en: "15 ≠ seventeen (17)" } } as never,
    ];
    const rs = relationsOf(report);
    expect(rs.map((r) => [r.id, r.type, r.note, r.members.map((m) => m.role).join(" ")])).toEqual([
      ["r1", "breakdown", "closed, disjoint, explicit", "whole part part"],
      ["r2", "restatement", "explicit, form: words", "value restated"],
    ]);
    expect(rs[0]!.cue).toEqual({ ...span("gồm"), text: "gồm" });
    expect(rs[1]!.members[1]).toEqual({ role: "restated", span: span("mười bảy"), text: "mười bảy", detail: "17" });
    const doc = dom(renderView(report, text));
    expect(doc.querySelector(".bc-text")!.textContent).toBe(text);
    expect(doc.querySelector('.bc-cue[data-rel="r1"]')!.textContent).toBe("gồm");
    // the words that restate the number are a place of their own, tied to the finding
    const words = doc.querySelector('.bc-text .k-span[data-key="r2.1"]')!;
    expect(words.textContent).toBe("mười bảy");
    const card = doc.querySelector(".bc-f")!;
    expect(card.getAttribute("data-rel")).toBe("r2");
    expect(card.getAttribute("data-targets")!.split(" ")).toEqual([id("15"), "r2.1"]);
    expect(card.querySelector(".bc-arith code")!.textContent).toBe("15 ≠ seventeen (17)");
    expect(Array.from(card.querySelectorAll(".bc-role")).map((x) => x.textContent)).toEqual(["value", "restated"]);
    expect(doc.querySelector('.bc-rels [data-rel="r1"]')!.textContent).toContain("breakdown (closed, disjoint, explicit) «gồm»");
  });

  test("relations named by fields are read too", () => {
    const report = { ...parseReport(CONTRADICTION), relations: [{ id: "x1", type: "breakdown", whole: "f1", parts: ["f2", "f3"], closed: false }] } as unknown as Report;
    expect(relationsOf(report)).toEqual([
      { id: "x1", type: "breakdown", note: "open", members: [{ role: "whole", figure: "f1" }, { role: "part", figure: "f2" }, { role: "part", figure: "f3" }] },
    ]);
  });
});

describe("accessibility: WCAG AA contrast, not colour alone", () => {
  const kinds = Object.keys(KINDS) as MarkKind[];
  test.each(kinds)("%s: text on its fill ≥ 4.5, its line ≥ 3 against the page and its fill", (k) => {
    const s = KINDS[k];
    expect(contrast(INK, s.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(s.line, PAGE)).toBeGreaterThanOrEqual(3);
    expect(contrast(s.line, s.bg)).toBeGreaterThanOrEqual(3);
    // the superscript finding flags, in each severity's colour, on this fill
    for (const sev of Object.values(SEVERITY)) expect(contrast(sev.bg, s.bg)).toBeGreaterThanOrEqual(4.5);
  });

  test("badges, links, muted text, marked figures, relation lines", () => {
    for (const s of Object.values(SEVERITY)) expect(contrast(s.fg, s.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(LINK, PAGE)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(MUTED, PAGE)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(MUTED, "#f3f4f6")).toBeGreaterThanOrEqual(4.5);
    expect(contrast(INK, MARKED.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(MARKED.line, PAGE)).toBeGreaterThanOrEqual(3);
    expect(contrast(MARKED.line, MARKED.bg)).toBeGreaterThanOrEqual(3);
    expect(contrast(RELATION_LINE, PAGE)).toBeGreaterThanOrEqual(3);
  });

  test("the contrast arithmetic itself (WCAG's own examples)", () => {
    expect(contrast("#000", "#fff")).toBeCloseTo(21, 5);
    expect(contrast("#777", "#fff")).toBeCloseTo(4.48, 2);
    expect(contrast("rgb(255, 255, 255)", "#ffffff")).toBe(1);
  });

  test("every kind has its own shape: box or underline, and a border style", () => {
    const shapes = kinds.map((k) => `${KINDS[k].box}:${KINDS[k].shape}`);
    expect(new Set(shapes).size).toBe(kinds.length);
  });
});

describe("pages", () => {
  test("self-contained: nothing loaded from elsewhere, a CSP that forbids it", () => {
    const report = parseReport(seed, { id: "seed" });
    report.input = { source: "seed.txt", url: "https://example.org/post" };
    const html = renderPage(report, seed, { indexHref: "../index.html" });
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|url\((?!#)|<img|<iframe/i);
    // the only outward link is the post's own address, for a person to follow
    expect([...html.matchAll(/href="(https?:[^"]*)"/g)].map((m) => m[1])).toEqual(["https://example.org/post"]);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain('<a href="../index.html">');
  });

  test("a text with </script> cannot end the page's data early", () => {
    const text = "Đạt 3 tỷ đồng </script><script>alert(1)</script> năm 2023";
    const html = renderPage(parseReport(text), text);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });

  test("in Vietnamese: the page's words, the findings' Vietnamese message first", () => {
    const r = parseReport(CONTRADICTION);
    const doc = dom(renderView(r, CONTRADICTION, { lang: "vi" }));
    expect(doc.querySelector("#bc-findings")!.textContent).toBe("Phát hiện (1)");
    expect(doc.querySelector(".bc-f .bc-msg")!.getAttribute("lang")).toBe("vi");
    expect(doc.querySelector(".bc-f .bc-msg")!.textContent).toBe(r.findings[0]!.message.vi);
    expect(doc.querySelector(".bc-f .bc-msg2")!.textContent).toBe(r.findings[0]!.message.en);
  });

  test("postPage gives the index line", () => {
    const r = parseReport(CONTRADICTION, { id: "bad" });
    r.input = { source: "bad.txt", title: "Tổng kết" };
    expect(postPage(r, CONTRADICTION).entry).toEqual({ i: "bad", t: "Tổng kết", s: "bad.txt", f: r.figures.length, p: r.people.length, n: r.findings.length, e: 1, w: r.findings.filter((f) => f.severity === "warning").length });
  });

  test("file names: safe, stable, distinct", () => {
    expect(pageFile("seed")).toBe("posts/seed.html");
    expect(pageFile("news.jsonl:17")).toMatch(/^posts\/news.jsonl_17-[0-9a-f]{8}\.html$/);
    expect(pageFile("2017/a")).not.toBe(pageFile("2017_a"));
    expect(pageFile("A")).not.toBe(pageFile("a"));
    expect(pageFile("../../etc/passwd")).toMatch(/^posts\/[^/]+\.html$/);
    expect(pageFile("Hội nghị")).toMatch(/^posts\/hội_nghị-[0-9a-f]{8}\.html$/);
  });
});

describe("the batch writer", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "baocao-view-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const entry = (i: string, e: number, w = 0) => ({ id: i, html: `<p>${i}</p>`, entry: { i, s: `${i}.txt`, f: 1, p: 0, n: e + w, e, w } });
  const rows = (d: string) => {
    const w = { BAOCAO_INDEX: [] as { i: string; x?: string }[] };
    for (const f of readdirSync(join(d, "index")).filter((x) => x.endsWith(".js")).sort()) new Function("window", readFileSync(join(d, "index", f), "utf8"))(w);
    return w.BAOCAO_INDEX;
  };

  test("errors first, then warnings, the rest, the failed; each in input order", async () => {
    const d = join(dir, "a");
    const site = new HtmlSite(d);
    site.page(entry("clean1", 0));
    site.page(entry("warn1", 0, 1));
    site.page(entry("err1", 2));
    site.failed({ id: "bad", source: "bad.pdf", error: "binary file (PDF), not text" });
    site.page(entry("err2", 1));
    const { totals } = await site.finish();
    expect(rows(d).map((r) => r.i)).toEqual(["err1", "err2", "warn1", "clean1", "bad"]);
    expect(totals).toMatchObject({ posts: 5, withErrors: 2, withWarnings: 1, failed: 1, errors: 3, chunks: 1 });
    expect(readFileSync(join(d, "posts", "err1.html"), "utf8")).toBe("<p>err1</p>");
    expect(readFileSync(join(d, "index.html"), "utf8")).toContain('<script src="index/data-0001.js"></script>');
  });

  test("--resume: lines of the cut run kept, a post written twice listed once", async () => {
    const d = join(dir, "b");
    const one = new HtmlSite(d);
    one.page(entry("a", 0));
    one.page(entry("b", 1));
    one.abort(); // cut
    const two = new HtmlSite(d, { resume: true });
    two.page(entry("b", 1));
    two.page(entry("c", 0));
    await two.finish();
    expect(rows(d).map((r) => r.i)).toEqual(["b", "a", "c"]);
  });

  test("2,500 posts: three data scripts of at most 1,000 rows", async () => {
    const d = join(dir, "c");
    const site = new HtmlSite(d);
    for (let i = 0; i < 2500; i++) site.failed({ id: `p${i}`, source: "x", error: "e" });
    const { totals } = await site.finish();
    expect(totals.chunks).toBe(3);
    expect(rows(d)).toHaveLength(2500);
  });
});

describe("baocao check --html (the CLI in-process, its pool on the worker the test setup bundled)", () => {
  test("one page per post and an index, errors first; a bad file listed as failed", async () => {
    const d = mkdtempSync(join(tmpdir(), "baocao-html-"));
    try {
      const input = join(d, "in");
      mkdirSync(input);
      writeFileSync(join(input, "a-seed.txt"), seed);
      writeFileSync(join(input, "b-bad.txt"), CONTRADICTION);
      writeFileSync(join(input, "c-empty.txt"), "");
      const r = await cli(["check", input, "--html", join(d, "out"), "--jobs", "1"]);
      expect(r.code).toBe(1); // the contradiction is an error
      expect(r.stdout).toContain("[breakdown.sum]");
      expect(r.stderr).toMatch(/2 pages → .*index\.html/);
      expect(existsSync(join(d, "out", "posts", "a-seed.html"))).toBe(true);
      expect(existsSync(join(d, "out", "posts", "b-bad.html"))).toBe(true);
      const w = { BAOCAO_INDEX: [] as { i: string; e: number; x?: string }[] };
      new Function("window", readFileSync(join(d, "out", "index", "data-0001.js"), "utf8"))(w);
      expect(w.BAOCAO_INDEX.map((x) => [x.i, x.e, !!x.x])).toEqual([
        ["b-bad", 1, false],
        ["a-seed", 0, false],
        ["c-empty", 0, true],
      ]);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
