/**
 * The bundled sample (fixtures/seed.txt) against a record written by hand
 * (fixtures/seed.expected.json): people, figures with their links, sections, event, findings.
 */
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { parseReport, toFacts } from "../src/index.js";

const text = readFileSync(new URL("../fixtures/seed.txt", import.meta.url), "utf8");
const expected = JSON.parse(readFileSync(new URL("../fixtures/seed.expected.json", import.meta.url), "utf8"));
const report = parseReport(text, { id: "seed" });

describe("the seed report", () => {
  test("event", () => {
    expect(report.event).toMatchObject(expected.event);
  });

  test("people: names, honorifics, positions and mention count", () => {
    expect(report.people.map((p) => ({ name: p.name, honorifics: p.honorifics, positions: p.positions.map((x) => ({ title: x.title, org: x.org })), mentions: p.mentions.length }))).toEqual(expected.people);
  });

  test("every mention is the person's name, found where it is written", () => {
    for (const p of report.people)
      for (const m of p.mentions) {
        expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
        expect(m.text).toContain(p.name.split(" ").at(-1)!);
      }
  });

  test("figures: values, kinds, categories, text and spans in order", () => {
    let from = 0;
    const want = expected.figures.map((f: { text: string }) => {
      const start = text.indexOf(f.text, from);
      from = start + f.text.length;
      return { start, end: start + f.text.length };
    });
    expect(report.figures.map((f) => f.span)).toEqual(want);
    expect(toFacts(report).figures).toEqual(
      expected.figures.map((f: Record<string, unknown>) => ({
        kind: f.kind, value: f.value,
        ...(f.currency ? { currency: f.currency } : {}),
        ...(f.category ? { category: f.category } : {}),
        ...(f.approx ? { approx: true } : {}),
        text: f.text,
      })),
    );
  });

  test("figures: breakdown, subject, comparison", () => {
    const id = (i: number) => report.figures[i]!.id;
    expected.figures.forEach((f: Record<string, unknown>, i: number) => {
      const got = report.figures[i]!;
      if (f.children) expect(got.children).toEqual((f.children as number[]).map(id));
      if (f.breakdown) expect(got.breakdown).toBe(f.breakdown);
      if (f.parent !== undefined) expect(got.parent).toBe(id(f.parent as number));
      if (f.subject) expect(got.subject).toBe(f.subject);
      if (f.estimated) expect(got.estimated).toBe(true);
      if (f.relation) expect(got.comparison?.relation).toBe(f.relation);
      if (f.basis) expect(got.comparison?.basis).toBe(f.basis);
      if (f.refersTo !== undefined) expect(got.refersTo).toBe(id(f.refersTo as number));
    });
  });

  test("sections", () => {
    const strip = (xs: { figure: string }[]) => xs.map(({ figure: _f, ...rest }) => rest);
    expect(strip(report.sections.tasks)).toEqual(expected.sections.tasks);
    expect(strip(report.sections.publications)).toEqual(expected.sections.publications);
    expect(strip(report.sections.money)).toEqual(expected.sections.money);
    expect(strip(report.sections.training)).toEqual(expected.sections.training);
  });

  test("no findings: the seed's figures agree; the one warning says the digit convention was not shown", () => {
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual(expected.findings);
    // the one note: "đạt 217% so với kế hoạch đề ra" names no plan amount, so it cannot be checked
    expect(report.findings.filter((f) => f.severity === "info").map((f) => [f.rule, f.found])).toEqual([["relations.unchecked", 1]]);
    expect(report.warnings.map((w) => w.code)).toEqual(expected.warnings);
  });
});
