/**
 * The summary for people (src/cli/summary.ts): what `baocao extract FILE` and `npm start` print on
 * a terminal. JSON stays the output of a pipe and of --format.
 */
import { describe, expect, inject, test } from "vitest";
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { parseReport } from "../src/index.js";
import { renderSummary, figureValue } from "../src/cli/summary.js";
import { cli as inProcess } from "./helpers/cli.js";


/** Tests that start processes: a loaded machine makes them slower, never wrong. */
const SPAWN_TIMEOUT = 180_000;
const root = resolve(__dirname, "..");
const seed = readFileSync(join(root, "fixtures/seed.txt"), "utf8");
const ANSI = /\u001b\[\d+m/;

describe("renderSummary", () => {
  const out = renderSummary(parseReport(seed, { id: "seed" }), seed, { source: "seed.txt" });
  const lines = out.trimEnd().split("\n");

  test("the event: title, kind, date as written, the year reviewed", () => {
    expect(lines[0]).toMatch(/^seed\.txt — Hội nghị cán bộ, viên chức và Tổng kết công tác năm 2022/);
    expect(out).toContain('Event    hội nghị · 2022-12-20 ("Sáng ngày 20/12/2022") · reviews 2022');
  });

  test("people with their honorifics, positions and roles", () => {
    expect(out).toContain("People (5)");
    expect(out).toContain("  Hoàng Ngọc Nhân (TS, Đồng chí) — Phó Viện trưởng, Viện Ứng dụng công nghệ · phát biểu");
    expect(out).toContain("  Nguyễn Thành Hợp (Ông, Đồng chí) — Phó Giám đốc phụ trách, Trung tâm · báo cáo");
    expect(out).toContain("  Phan Xuân Bình Minh (Bà) — đại diện, BCH Công đoàn Viện");
  });

  test("figures grouped by kind, with values, breakdowns under their whole, and the text as written", () => {
    const at = (s: string) => lines.findIndex((l) => l.startsWith(s));
    expect(at("  count (9)")).toBeGreaterThan(at("Figures (11)"));
    expect(at("  money (1)")).toBeGreaterThan(at("  count (9)"));
    expect(at("  percent (1)")).toBeGreaterThan(at("  money (1)"));
    expect(out).toContain('    3 nhiệm vụ cấp Bộ (task)  "03 nhiệm vụ cấp Bộ"');
    expect(out).toContain('      ├ 2 nhiệm vụ chuyển tiếp (task)  "02 nhiệm vụ chuyển tiếp"');
    expect(out).toContain('      └ 1 nhiệm vụ mở mới (task)  "01 nhiệm vụ mở mới"');
    expect(out).toContain('    ~50 sinh viên (training)  "khoảng 50 lượt sinh viên"');
    expect(out).toContain('    3.247.000.000 VND · doanh thu · estimated · digit groups ambiguous  "3,247 tỉ đồng"');
    expect(out).toContain('    217% · doanh thu · of 3.247.000.000 VND · đạt kế hoạch  "217%"');
    // the seed's figures agree; the one note says the percent of plan names no plan amount
    expect(out).toContain("Findings (1)");
    expect(out).toContain("  info [relations.unchecked] 1 relation could not be checked");
  });

  test("one screen: at most 45 lines of at most 100 characters, no colour unless asked", () => {
    expect(lines.length).toBeLessThanOrEqual(45);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(100);
    expect(out).not.toMatch(ANSI);
    expect(renderSummary(parseReport(seed), seed, { color: true })).toMatch(ANSI);
  });

  test("a finding with its sentence, the figures marked, and the arithmetic", () => {
    const text = "Năm 2022 công ty có doanh thu 3 tỷ đồng. Trong năm thực hiện 5 nhiệm vụ, gồm 2 nhiệm vụ cấp Bộ và 2 nhiệm vụ cấp cơ sở. Hội nghị kết thúc.";
    const report = parseReport(text);
    expect(report.findings.map((f) => f.rule)).toEqual(["breakdown.sum"]);
    const s = renderSummary(report, text, { width: 200 });
    expect(s).toContain("Findings (1)");
    expect(s).toMatch(/ {2}error \[breakdown\.sum\] .*\(expected 5, found 4\)\n/);
    expect(s).toContain('    "Trong năm thực hiện ⟦5 nhiệm vụ⟧, gồm ⟦2 nhiệm vụ cấp Bộ⟧ và ⟦2 nhiệm vụ cấp cơ sở⟧."');
    // narrow: the finding is wrapped, not cut
    const narrow = renderSummary(report, text, { width: 60 });
    expect(narrow.replace(/\n +/g, " ")).toContain("⟦5 nhiệm vụ⟧, gồm ⟦2 nhiệm vụ cấp Bộ⟧ và ⟦2 nhiệm vụ cấp cơ sở⟧.");
    for (const l of narrow.trimEnd().split("\n")) expect(l.length).toBeLessThanOrEqual(60);
  });

  test("a long report still fits one screen: the rest is counted, not printed", () => {
    const many = Array.from({ length: 60 }, (_, i) => `Đơn vị ${i + 1} có ${i + 10} cán bộ, doanh thu ${i + 2} tỷ đồng, đạt ${90 + i}% kế hoạch.`).join("\n");
    const r = parseReport(many);
    expect(r.figures.length).toBeGreaterThan(100);
    const s = renderSummary(r, many).trimEnd().split("\n");
    expect(s.length).toBeLessThanOrEqual(45);
    expect(s.filter((l) => /^ {4}… \d+ more$/.test(l)).length).toBe(3);
  });

  test("figure values: ranges, bounds, rates, pairs", () => {
    const r = parseReport("Lương 45 triệu đồng/người/tháng; tăng 40-45%; hơn 200 tấn; 45/52 đơn vị đạt chuẩn.");
    const values = r.figures.map(figureValue);
    expect(values).toEqual(expect.arrayContaining(["45.000.000 VND/người/tháng", "≥200 tấn", "45/52"]));
    expect(values.some((v) => /^40–45%$/.test(v))).toBe(true);
  });
});

// On a terminal (a pseudo-terminal from `script`), `baocao extract FILE` prints the summary; piped,
// JSON. The command line is the bundle the test setup makes from src/ (test/helpers/build-cli.ts).
const canPty = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;
describe.skipIf(!canPty)("the command line on a terminal and in a pipe", () => {
  const cli = () => JSON.stringify(inject("cli"));
  const onTerminal = (args: string) =>
    spawnSync("script", ["-qec", `${JSON.stringify(process.execPath)} ${cli()} ${args}`, "/dev/null"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", COLUMNS: "100" },
      timeout: SPAWN_TIMEOUT,
    });

  test("terminal: the summary", () => {
    const r = onTerminal("extract fixtures/seed.txt --quiet");
    expect(r.status).toBe(0);
    const out = r.stdout.replace(/\r/g, "");
    expect(out).toContain("People (5)");
    expect(out).toContain("3.247.000.000 VND · doanh thu");
    expect(out).not.toContain('"version":1');
  }, SPAWN_TIMEOUT);

  // (in-process, standard output marked a terminal: the choice the spawn above makes on a real one)
  test("terminal with --format jsonl: JSON", async () => {
    const r = await inProcess(["extract", join(root, "fixtures/seed.txt"), "--quiet", "--format", "jsonl"], { stdoutTty: true });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout.trim()).figures).toHaveLength(11);
    // the same command without --format on that stream: the summary, so the mark is read
    expect((await inProcess(["extract", join(root, "fixtures/seed.txt"), "--quiet"], { stdoutTty: true })).stdout).toContain("People (5)");
  }, SPAWN_TIMEOUT);

  // (in-process: standard output is a stream that is not a terminal, as a pipe is)
  test("pipe: JSON lines, as before", async () => {
    const piped = await inProcess(["extract", join(root, "fixtures/seed.txt"), "--quiet"]);
    expect(JSON.parse(piped.stdout).figures).toHaveLength(11);
  }, SPAWN_TIMEOUT);
});
