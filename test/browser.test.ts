/// <reference lib="dom.iterable" />
/**
 * The view in a real browser (issue 15): Debian's Chromium opens the pages baocao writes, the
 * batch index and the static page (site/index.html, from file://, with site/baocao.js built
 * from the current source by scripts/build-browser.mjs), offline. Skipped with a message when there is no Chromium
 * (`.ci/run` installs it: apt-get install -y chromium-headless-shell; test/helpers/browser.ts takes
 * that first, else chromium).
 *
 *   every highlight's text is its figure's (person's, organisation's, date's) text
 *   the findings shown are the report's; a click marks exactly a finding's figures
 *   n/p, arrows, Home/End, Esc drive the findings from the keyboard
 *   the colours the browser computes pass WCAG AA; kinds differ by border shape too
 *   no console error, no request that leaves file://
 *   screenshots for a person: test-results/seed.png (its size checked); with BAOCAO_SCREENSHOTS=1
 *   also seed-full.png, seed-figures.png, contradiction.png, site.png, index.png (no test reads
 *   those, and each costs Chromium CPU on every run)
 *
 * No sleeps and no clocks: every wait is for a condition, with generous timeouts.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { parseReport, type Report } from "../src/index.js";
import { pageShell, renderPage } from "../src/view/page.js";
import { renderView } from "../src/view/render.js";
import { relationsOf } from "../src/view/relations.js";
import { contrast } from "../src/view/palette.js";
import { HtmlSite } from "../src/view/writer.js";
import { findChromium, launch, type Browser } from "./helpers/browser.js";
import { cli } from "./helpers/cli.js";

const ROOT = resolve(import.meta.dirname, "..");
const OUT = join(ROOT, "test-results");
const seed = readFileSync(join(ROOT, "fixtures/seed.txt"), "utf8");
const expected = JSON.parse(readFileSync(join(ROOT, "fixtures/seed.expected.json"), "utf8"));
const GOLD = resolve(ROOT, "../shared/corpus/seed/seed.gold.json");
/** Invented: 3 + 5 ≠ 7 in an exhaustive list. */
const CONTRADICTION =
  "Năm 2023, Trung tâm đã thực hiện 07 nhiệm vụ cấp Bộ (gồm 03 nhiệm vụ chuyển tiếp và 05 nhiệm vụ mở mới). Doanh thu đạt 4 tỷ đồng. Ông Nguyễn Văn An, Giám đốc Trung tâm, chủ trì hội nghị ngày 20/12/2023.";
/** Invented: two contradictions and an impossible date, for the keyboard. */
const SEVERAL =
  "Năm 2023, Trung tâm đã thực hiện 07 nhiệm vụ cấp Bộ (gồm 03 nhiệm vụ chuyển tiếp và 05 nhiệm vụ mở mới).\n\nKhoa có 12 giảng viên, gồm 4 giảng viên nam và 6 giảng viên nữ.\n\nHội nghị tổng kết được tổ chức ngày 31/02/2023 tại hội trường.";

/** The screenshots no assertion reads: taken when BAOCAO_SCREENSHOTS=1 (for a person to look at). */
const shoot = (page: Page, file: string, fullPage = false) => (process.env.BAOCAO_SCREENSHOTS === "1" ? page.screenshot({ path: join(OUT, file), fullPage }) : undefined);

/** `out` exists and was written after every one of `inputs` (a build made from them, not older). */
function builtFrom(out: string, inputs: string[]): boolean {
  if (!existsSync(out)) return false;
  const at = statSync(out).mtimeMs;
  return inputs.every((f) => !existsSync(f) || statSync(f).mtimeMs <= at);
}
const filesUnder = (d: string): string[] => readdirSync(d, { recursive: true, encoding: "utf8" }).map((f) => join(d, f));

const exe = findChromium();
if (!exe) process.stderr.write("browser tests skipped: no Chromium found (apt-get install -y chromium-headless-shell, or chromium, or set BAOCAO_CHROMIUM=/path/to/chrome); .ci/run installs it\n");

interface Shown {
  key: string;
  ref: string;
  kind: string;
  text: string;
  visible: boolean;
}
/** Every highlight on the page, fragments joined, in document order. */
async function shown(page: Page): Promise<Shown[]> {
  return page.evaluate(() => {
    const out = new Map<string, { key: string; ref: string; kind: string; text: string; visible: boolean }>();
    document.querySelectorAll(".bc-text .bc-m").forEach((m) => {
      const key = m.getAttribute("data-key")!;
      const prev = out.get(key);
      const visible = m.getClientRects().length > 0 && getComputedStyle(m).visibility !== "hidden";
      out.set(key, { key, ref: m.getAttribute("data-ref")!, kind: /k-(\w+)/.exec(m.className)![1]!, text: (prev?.text ?? "") + m.textContent, visible: (prev?.visible ?? true) && visible });
    });
    return [...out.values()];
  });
}
const FIG = new Set(["count", "money", "percent", "measure"]);

/** What the report says should be highlighted, key → text. */
function wanted(r: Report): Map<string, string> {
  const m = new Map<string, string>();
  for (const f of r.figures) m.set(f.id, f.text);
  r.people.forEach((p) => p.mentions.forEach((x, i) => m.set(`${p.id}.${i}`, x.text)));
  for (const o of r.organizations) m.set(o.id, o.text);
  r.dates.forEach((d, i) => m.set(`d${i + 1}`, d.text));
  return m;
}

/** Places that are not figures, people, organisations or dates (a finding's span, a relation member that is a number in words): each is exactly one of those spans. */
async function places(page: Page, r: Report, text: string): Promise<void> {
  const spans = new Set<string>();
  for (const f of r.findings) for (const s of f.spans) spans.add(text.slice(s.start, s.end));
  for (const rel of ((r as { relations?: { members: { span?: { start: number; end: number } }[] }[] }).relations ?? []))
    for (const m of rel.members) if (m.span) spans.add(text.slice(m.span.start, m.span.end));
  for (const g of (await shown(page)).filter((x) => x.kind === "span")) expect(spans.has(g.text), g.text).toBe(true);
}

describe.skipIf(!exe)("in Chromium", () => {
  let b: Browser;
  let dir: string;
  const url = (p: string) => pathToFileURL(p).href;
  const ready = (page: Page) => page.waitForSelector(".bc-root[data-ready]", { state: "attached" });
  const reports: Record<string, { report: Report; text: string }> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "baocao-browser-"));
    mkdirSync(OUT, { recursive: true });
    mkdirSync(join(dir, "pages"));
    for (const [name, text] of [
      ["seed", seed],
      ["contradiction", CONTRADICTION],
      ["several", SEVERAL],
    ] as const) {
      const report = parseReport(text, { id: name });
      report.input = { source: `${name}.txt` };
      reports[name] = { report, text };
      writeFileSync(join(dir, "pages", `${name}.html`), renderPage(report, text, { indexHref: "../index.html" }));
    }
    {
      // report.relations as issue 10 states them (built by hand here): members, a cue, a place
      const text = "Trung tâm có 15 cán bộ, viết bằng chữ là mười bảy, gồm 6 nam và 8 nữ.";
      const report = parseReport(text, { id: "stated" }) as Report & { relations?: unknown[] };
      const fig = (t: string) => report.figures.find((f) => f.text.startsWith(t))!;
      const span = (t: string) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length });
      const member = (role: string, t: string) => ({ role, figure: fig(t).id, value: fig(t).value, span: fig(t).span, text: fig(t).text });
      report.relations = [
        { id: "r1", kind: "breakdown", certainty: "explicit", closed: true, parts: "disjoint", rule: "t", cue: { span: span("gồm"), text: "gồm" }, members: [member("whole", "15"), member("part", "6"), member("part", "8")] },
        { id: "r2", kind: "restatement", certainty: "explicit", form: "words", rule: "t", members: [member("value", "15"), { role: "restated", value: 17, span: span("mười bảy"), text: "mười bảy" }] },
      ];
      report.findings = [{ rule: "restatement.words", severity: "error", message: { vi: "15 ≠ 17", en: "15 ≠ 17" }, spans: [fig("15").span, span("mười bảy")], figures: [fig("15").id], relation: "r2", arithmetic: { vi: "15 ≠ 17", en: "15 ≠ 17" } } as never];
      reports.stated = { report, text };
      writeFileSync(join(dir, "pages", "stated.html"), renderPage(report, text));
    }
    b = await launch(exe!);
  }, 180_000);

  afterAll(async () => {
    await b?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  test("the seed: 11 figures and 5 people highlighted exactly, every highlight its own text", async () => {
    const page = await b.open(url(join(dir, "pages/seed.html")));
    await ready(page);
    const { report } = reports.seed!;
    const got = await shown(page);
    const want = wanted(report);
    expect(new Map(got.filter((g) => g.kind !== "span").map((g) => [g.key, g.text]))).toEqual(want);
    expect(got.every((g) => g.visible)).toBe(true);
    await places(page, report, seed);
    const figs = got.filter((g) => FIG.has(g.kind));
    expect(figs.map((g) => g.text)).toEqual(expected.figures.map((f: { text: string }) => f.text));
    expect(new Set(got.filter((g) => g.kind === "person").map((g) => g.ref)).size).toBe(5);
    expect(await page.locator(".bc-text").evaluate((e) => e.textContent)).toBe(seed);
    // the gold annotation of the seed (when ../shared is here): each of its 11 figures starts a highlight of its kind and value
    if (existsSync(GOLD)) {
      const gold = JSON.parse(readFileSync(GOLD, "utf8"));
      expect(gold.figures).toHaveLength(11);
      let from = 0;
      for (const g of gold.figures) {
        const at = seed.indexOf(g.text, from);
        from = at + 1;
        const f = report.figures.find((x) => x.span.start === at);
        expect(f, g.text).toBeDefined();
        expect([f!.kind, f!.value, f!.category]).toEqual([g.kind, g.value, g.category]);
        expect(g.text.startsWith(f!.text)).toBe(true);
      }
      expect(report.figures).toHaveLength(11);
      expect(gold.people.map((p: { name: string }) => p.name).sort()).toEqual(report.people.map((p) => p.name).sort());
    }
    expect(await page.locator(".bc-f").count()).toBe(report.findings.length);
    await page.screenshot({ path: join(OUT, "seed.png") });
    await shoot(page, "seed-full.png", true);
    expect(statSync(join(OUT, "seed.png")).size).toBeGreaterThan(10_000);
    await page.close();
  }, 120_000);

  test("hover and focus show value, unit, category, comparison and rule; relations are drawn", async () => {
    const page = await b.open(url(join(dir, "pages/seed.html")));
    await ready(page);
    const { report } = reports.seed!;
    const money = report.figures.find((f) => f.kind === "money")!;
    const pct = report.figures.find((f) => f.kind === "percent")!;
    await page.hover(`#bc-${money.id}`);
    const tip = page.locator(".bc-tip");
    await tip.waitFor({ state: "visible" });
    const t1 = await tip.innerText();
    for (const s of [money.text, "VND", "3,247,000,000", money.rule, "doanh thu"]) expect(t1).toContain(s);
    // keyboard: focus the percent; its tooltip names the comparison and the figure it is of
    await page.focus(`#bc-${pct.id}`);
    await page.waitForFunction((id) => document.querySelector(`#bc-${id}`)?.getAttribute("aria-describedby") === "bc-tip", pct.id);
    const t2 = await tip.innerText();
    for (const s of ["217%", "đạt kế hoạch", money.text, pct.rule]) expect(t2).toContain(s);
    expect(await page.locator(`#bc-${money.id}`).evaluate((e) => e.classList.contains("rel"))).toBe(true);
    // lines: one per member after the first of each relation, the focused one's bold
    const rels = relationsOf(report);
    expect(await page.locator("svg.bc-links path[data-members]").count()).toBe(rels.reduce((t, r) => t + r.members.length - 1, 0));
    expect(await page.locator(`svg.bc-links path.on[data-members~="${pct.id}"]`).count()).toBe(1);
    const d = await page.locator(`svg.bc-links path[data-members~="${pct.id}"]`).getAttribute("d");
    expect(d).toMatch(/^M[\d.-]+,[\d.-]+ C/);
    // for a person to look at: the figures of the seed with the percent's tooltip and its line
    await page.evaluate((id) => {
      document.getElementById(`bc-${id}`)!.scrollIntoView({ block: "start" });
      window.scrollBy(0, -60);
    }, report.figures[0]!.id);
    await page.hover(`#bc-${pct.id}`);
    await page.waitForFunction((id) => document.querySelector(`#bc-${id}`)?.getAttribute("aria-describedby") === "bc-tip", pct.id);
    await shoot(page, "seed-figures.png");
    // the category of a count
    await page.hover(`#bc-${report.figures[0]!.id}`);
    await page.waitForFunction((id) => document.querySelector(`#bc-${id}`)?.getAttribute("aria-describedby") === "bc-tip", report.figures[0]!.id);
    const t3 = await tip.innerText();
    expect(t3).toContain("task");
    expect(t3).toContain("03 nhiệm vụ cấp Bộ");
    await page.close();
  }, 120_000);

  test("relations the report states: lines per member, the cue lit on hover, a finding marks its relation's places", async () => {
    const page = await b.open(url(join(dir, "pages/stated.html")));
    await ready(page);
    const { report, text } = reports.stated!;
    const whole = report.figures.find((f) => f.text.startsWith("15"))!;
    expect(await page.locator("svg.bc-links path[data-rel=r1]").count()).toBe(2);
    expect(await page.locator("svg.bc-links path[data-rel=r2]").count()).toBe(1);
    expect(await page.locator(".bc-text").evaluate((e) => e.textContent)).toBe(text);
    await page.hover(`#bc-${whole.id}`);
    await page.waitForSelector('.bc-cue.on[data-rel="r1"]');
    expect(await page.locator(".bc-text .bc-m.rel").count()).toBe(3); // two parts, the restating words
    expect(await page.locator(".bc-tip").innerText()).toContain("breakdown · whole");
    await page.locator(".bc-f .bc-fb").click();
    await page.waitForSelector(".bc-text .marked");
    expect(await page.evaluate(() => [...new Set([...document.querySelectorAll(".bc-text .marked")].map((m) => m.textContent))])).toEqual(["15 cán bộ", "mười bảy"]);
    expect(await page.locator("svg.bc-links path.sel[data-rel=r2]").count()).toBe(1);
    expect(await page.locator("svg.bc-links path.sel[data-rel=r1]").count()).toBe(0);
    await page.close();
  }, 120_000);

  test("colours as the browser draws them pass WCAG AA, and every kind has its own border shape", async () => {
    const page = await b.open(url(join(dir, "pages/contradiction.html")));
    await ready(page);
    const styles = await page.evaluate(() => {
      const out: Record<string, { color: string; bg: string; border: string; style: string }> = {};
      document.querySelectorAll(".bc-legend .bc-sample, .bc-text .bc-m").forEach((m) => {
        const kind = /k-(\w+)/.exec(m.className)![1]!;
        if (out[kind]) return;
        const s = getComputedStyle(m);
        const boxed = s.borderTopStyle !== "none";
        out[kind] = { color: s.color, bg: s.backgroundColor, border: s.borderBottomColor, style: `${boxed ? "box" : "underline"}:${s.borderBottomStyle}` };
      });
      return out;
    });
    expect(Object.keys(styles).sort()).toEqual(["count", "date", "measure", "money", "org", "percent", "person"]);
    for (const [kind, s] of Object.entries(styles)) {
      expect(contrast(s.color, s.bg), kind).toBeGreaterThanOrEqual(4.5);
      expect(contrast(s.border, "#ffffff"), kind).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(Object.values(styles).map((s) => s.style)).size).toBe(7);
    // labels on demand: a word for the kind before each highlight (a third cue, not colour)
    await page.check(".bc-labels-toggle");
    await page.waitForSelector(".bc-root.bc-labels");
    expect(await page.locator(".bc-text .k-money").first().evaluate((e) => getComputedStyle(e, "::before").content)).toBe('"money"');
    const badge = await page.locator(".bc-f .bc-sev").evaluate((e) => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]);
    expect(contrast(badge[0]!, badge[1]!)).toBeGreaterThanOrEqual(4.5);
    await page.close();
  }, 120_000);

  test("a contradiction: the finding beside its figures with its arithmetic; a click marks exactly its figures", async () => {
    const page = await b.open(url(join(dir, "pages/contradiction.html")));
    await ready(page);
    const { report } = reports.contradiction!;
    const f = report.findings.find((x) => x.severity === "error")!;
    expect(await page.locator(".bc-f").count()).toBe(report.findings.length);
    const card = page.locator(".bc-f.sev-error");
    expect(await card.locator(".bc-arith").innerText()).toContain("3 + 5 = 8 ≠ 7");
    expect(await card.innerText()).toContain("Error");
    // beside: to the right of the text, level with its first figure
    const cardBox = (await card.boundingBox())!;
    const textBox = (await page.locator(".bc-text").boundingBox())!;
    const first = (await page.locator(`#bc-${f.figures![0]}`).boundingBox())!;
    expect(cardBox.x).toBeGreaterThanOrEqual(textBox.x + textBox.width);
    expect(Math.abs(cardBox.y - first.y)).toBeLessThan(120);
    await card.locator(".bc-fb").click();
    await page.waitForSelector(".bc-text .marked");
    const marked = await page.evaluate(() => [...new Set([...document.querySelectorAll(".bc-text .marked")].map((m) => m.getAttribute("data-key")))]);
    expect(marked).toEqual(f.figures);
    expect(await page.locator(".bc-live").innerText()).toMatch(/1 of 1: 3 figures marked/);
    await shoot(page, "contradiction.png");
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !document.querySelector(".bc-text .marked"));
    // a link under the finding marks that figure alone
    await card.locator(`.bc-ties a[data-key="${f.figures![1]}"]`).click();
    await page.waitForFunction((k) => document.querySelector(".bc-f.current") && document.querySelector(`.bc-text [data-key="${k}"]`)?.classList.contains("marked"), f.figures![1]);
    await page.close();
  }, 120_000);

  test("the page script as tsc emits it for the package (comments and lines kept, then compacted) works the same", async () => {
    // the package's own dist/view/client.js when `npm run build` made it from this source; else
    // tsc's emit of it now (loading typescript costs ~1 s of CPU, and seconds on a loaded machine)
    let mod = join(ROOT, "dist/view/client.js");
    if (!builtFrom(mod, [join(ROOT, "src/view/client.ts"), join(ROOT, "tsconfig.build.json"), join(ROOT, "tsconfig.json")])) {
      const ts = (await import("typescript")).default;
      const config = ts.readConfigFile(join(ROOT, "tsconfig.build.json"), ts.sys.readFile);
      const opts = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT).options;
      const js = ts.transpileModule(readFileSync(join(ROOT, "src/view/client.ts"), "utf8"), { compilerOptions: opts }).outputText;
      mod = join(dir, "client.mjs");
      writeFileSync(mod, js);
    }
    const { CLIENT_JS } = (await import(pathToFileURL(mod).href)) as { CLIENT_JS: string };
    expect(CLIENT_JS).not.toMatch(/^\s*\/\//m);
    const { report, text } = reports.contradiction!;
    writeFileSync(join(dir, "pages", "tsc.html"), pageShell("tsc", "en", renderView(report, text), CLIENT_JS));
    const page = await b.open(url(join(dir, "pages/tsc.html")));
    await ready(page);
    await page.locator(".bc-f .bc-fb").first().click();
    await page.waitForSelector(".bc-text .marked");
    expect(await page.locator("svg.bc-links path").count()).toBeGreaterThan(0);
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !document.querySelector(".bc-text .marked"));
    await page.close();
  }, 120_000);

  test("keyboard: n / p, ↓ / ↑, Home / End move between findings and mark their figures; Esc clears", async () => {
    const page = await b.open(url(join(dir, "pages/several.html")));
    await ready(page);
    const { report } = reports.several!;
    const n = report.findings.length;
    expect(n).toBeGreaterThanOrEqual(3);
    expect(await page.locator(".bc-f").count()).toBe(n);
    const state = () =>
      page.evaluate(() => ({
        current: [...document.querySelectorAll(".bc-f")].findIndex((c) => c.classList.contains("current")),
        focused: [...document.querySelectorAll(".bc-f")].findIndex((c) => c.contains(document.activeElement)),
        marked: [...new Set([...document.querySelectorAll(".bc-text .marked")].map((m) => m.getAttribute("data-key")))],
        targets: [...document.querySelectorAll(".bc-f")].map((c) => c.getAttribute("data-targets")!.split(" ")),
      }));
    // Tab from the top reaches the skip link first, which leads to the findings
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("bc-skip");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "bc-findings");
    const at = async (i: number) => {
      await page.waitForFunction((k) => document.querySelectorAll(".bc-f")[k]?.classList.contains("current"), i);
      const s = await state();
      expect(s.current).toBe(i);
      expect(s.focused).toBe(i);
      expect(s.marked).toEqual(s.targets[i]);
    };
    await page.keyboard.press("n");
    await at(0);
    await page.keyboard.press("ArrowDown");
    await at(1);
    await page.keyboard.press("n");
    await at(2);
    await page.keyboard.press("p");
    await at(1);
    await page.keyboard.press("End");
    await at(n - 1);
    await page.keyboard.press("Home");
    await at(0);
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !document.querySelector(".bc-f.current"));
    expect((await state()).marked).toEqual([]);
    // the impossible date is marked as the place its finding points at
    const date = report.findings.findIndex((f) => f.rule === "dates.impossible");
    expect(date).toBeGreaterThanOrEqual(0);
    await page.locator(".bc-f .bc-fb").nth(date).click();
    await page.waitForSelector(".bc-text .marked");
    expect(await page.locator(".bc-text .marked").first().innerText()).toContain("31/02/2023");
    await page.close();
  }, 120_000);

  test("the static page from file://: paste a report, see the same view computed in the page", async () => {
    // the page next to a browser build of the current source, made by the build's own script
    // (site/baocao.js as `npm run build` made it, when no source it bundles is newer; else the
    // build's script makes it again here: esbuild over the whole library, ~1.5 s of CPU)
    const site = join(dir, "repo");
    cpSync(join(ROOT, "site"), join(site, "site"), { recursive: true });
    if (!builtFrom(join(ROOT, "site/baocao.js"), [...filesUnder(join(ROOT, "src")), join(ROOT, "scripts/build-browser.mjs"), join(ROOT, "package-lock.json")])) {
      const built = spawnSync(process.execPath, [join(ROOT, "scripts/build-browser.mjs"), "--out", join(site, "site/baocao.js")], { encoding: "utf8" });
      expect(built.status, built.stderr).toBe(0);
      process.stderr.write(built.stdout);
    }
    expect(readFileSync(join(site, "site/baocao.js"), "utf8")).not.toMatch(/require\(["']node:|from ?["']node:/);
    const page = await b.open(url(join(site, "site/index.html")));
    await page.waitForSelector("body[data-ready]", { state: "attached" });
    for (const [name, text] of [
      ["seed", seed],
      ["contradiction", CONTRADICTION],
    ] as const) {
      await page.fill("#input", text);
      await page.selectOption("#lang", "en");
      await page.evaluate(() => document.querySelector(".bc-root")?.removeAttribute("data-ready"));
      await page.click("#read");
      await ready(page);
      const { report } = reports[name]!;
      const got = await shown(page);
      expect(new Map(got.filter((g) => g.kind !== "span").map((g) => [g.key, g.text])), name).toEqual(wanted(report));
      await places(page, report, text);
      expect(await page.locator(".bc-f").count()).toBe(report.findings.length);
      expect(await page.locator(".bc-text").evaluate((e) => e.textContent)).toBe(text);
      if (name === "contradiction") {
        expect(await page.locator(".bc-f .bc-arith").innerText()).toContain("3 + 5 = 8 ≠ 7");
        await page.locator(".bc-f .bc-fb").click();
        await page.waitForSelector(".bc-text .marked");
        await shoot(page, "site.png", true);
      }
    }
    expect(await page.locator("#status").innerText()).toMatch(/figures, \d+ people, 1 findings/);
    await page.close();
  }, 180_000);

  test("the static page without the build says how to make it", async () => {
    const bare = join(dir, "bare");
    cpSync(join(ROOT, "site/index.html"), join(bare, "site/index.html"));
    const before = b.problems.length;
    const page = await b.open(url(join(bare, "site/index.html")));
    await page.waitForFunction(() => /npm run build/.test(document.getElementById("status")?.textContent ?? ""));
    // the one problem: the missing script file itself
    const extra = b.problems.splice(before);
    expect(extra.every((p) => /ERR_FILE_NOT_FOUND|Failed to load resource/.test(p))).toBe(true);
    await page.close();
  }, 120_000);

  test("a batch from the CLI: the index lists errors first, filters, and links to the pages", async () => {
    const input = join(dir, "in");
    mkdirSync(input);
    writeFileSync(join(input, "a-seed.txt"), seed);
    writeFileSync(join(input, "b-bad.txt"), CONTRADICTION);
    writeFileSync(join(input, "c-empty.txt"), "");
    const out = join(dir, "batch");
    // the command line in-process (test/helpers/cli.ts), its pool on the worker the test setup bundled
    const r = await cli(["extract", input, "--html", out, "--jobs", "1", "--out", join(dir, "records.jsonl")]);
    expect(r.stderr).toMatch(/2 pages →/);
    const page = await b.open(url(join(out, "index.html")));
    await page.waitForSelector("body[data-ready]", { state: "attached" });
    const ids = () => page.$$eval("#ix-rows tr", (trs) => trs.map((t) => t.getAttribute("data-id")));
    expect(await ids()).toEqual(["b-bad", "a-seed", "c-empty"]);
    await page.fill("#ix-q", "seed");
    await page.waitForFunction(() => document.querySelectorAll("#ix-rows tr").length === 1);
    expect(await ids()).toEqual(["a-seed"]);
    await page.fill("#ix-q", "");
    // the search box filters 120 ms after typing: wait until it has, so that no late re-render
    // replaces the rows while a link in them is being clicked (the click is then lost)
    await page.waitForFunction(() => document.querySelectorAll("#ix-rows tr").length === 3);
    await page.selectOption("#ix-s", "failed");
    await page.waitForFunction(() => document.querySelectorAll("#ix-rows tr").length === 1);
    expect(await ids()).toEqual(["c-empty"]);
    await page.selectOption("#ix-s", "error");
    await page.waitForFunction(() => document.querySelector("#ix-rows tr")?.getAttribute("data-id") === "b-bad");
    await page.click('#ix-rows a[href="posts/b-bad.html"]');
    await ready(page);
    expect(await page.locator(".bc-f.sev-error").count()).toBe(1);
    await page.click(".bc-nav a");
    await page.waitForSelector("body[data-ready]", { state: "attached" });
    await page.close();
  }, 180_000);

  test("an index of 10,000 posts: 100 rows a page, filter and pages work", async () => {
    const out = join(dir, "big");
    const site = new HtmlSite(out);
    for (let i = 0; i < 10_000; i++) {
      if (i % 200 === 7) site.page({ id: `post-${i}`, html: "<!doctype html><title>x</title>", entry: { i: `post-${i}`, s: `big.jsonl:${i + 1}`, t: `Bài ${i}`, f: 5, p: 2, n: 1, e: 1, w: 0 } });
      else site.failed({ id: `post-${i}`, source: `big.jsonl:${i + 1}`, error: "empty" });
    }
    const { totals } = await site.finish();
    expect(totals).toMatchObject({ posts: 10_000, withErrors: 50, chunks: 10 });
    const page = await b.open(url(join(out, "index.html")));
    await page.waitForSelector("body[data-ready]", { state: "attached" });
    expect(await page.locator("#ix-rows tr").count()).toBe(100);
    expect(await page.locator("#ix-pages").innerText()).toBe("100");
    expect(await page.locator("#ix-rows tr").first().getAttribute("data-id")).toBe("post-7");
    await page.click("#ix-last");
    await page.waitForFunction(() => (document.getElementById("ix-page") as HTMLInputElement).value === "100");
    expect(await page.locator("#ix-rows tr").last().getAttribute("data-id")).toBe("post-9999");
    await page.fill("#ix-q", "post-9807");
    await page.waitForFunction(() => document.querySelectorAll("#ix-rows tr").length === 1);
    expect(await page.locator("#ix-count").innerText()).toBe("1 posts match");
    await shoot(page, "index.png");
    await page.close();
  }, 180_000);

  test("nothing went wrong anywhere: no console error, no page error, no request off file://", () => {
    expect(b.problems).toEqual([]);
  });
});
