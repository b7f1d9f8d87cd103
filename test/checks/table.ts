/**
 * textlint-tester shape for the consistency checks, through the whole pipeline
 * (parseReport → report.findings): `{ valid: [...], invalid: [{ text, errors: [{ rule, severity }] }] }`.
 * A valid text raises no error and no warning; an invalid one raises exactly the listed errors
 * and warnings (info findings are ignored). Every finding validates against the schema, names
 * its relation (when it has one), states its arithmetic in both languages, and cites spans
 * that lie in the text.
 *
 * The sentences are invented for these tables (not copied from ../shared/corpus/checks).
 */
import { describe, expect, test } from "vitest";
import { parseReport } from "../../src/index.js";
import { Finding } from "../../src/schema.js";

export interface Expected {
  rule: string;
  severity: "error" | "warning" | "info";
}
export interface Table {
  valid: (string | { text: string; fails: string })[];
  /** `fails`: a known gap (kept as test.fails, with the reason). */
  invalid: { text: string; errors: Expected[]; fails?: string }[];
}

const serious = (fs: Finding[]) => fs.filter((f) => f.severity !== "info");
const key = (e: { rule: string; severity: string }) => `${e.rule}:${e.severity}`;

export function runTable(name: string, table: Table): void {
  describe(name, () => {
    for (const v of table.valid) {
      const text = typeof v === "string" ? v : v.text;
      (typeof v === "string" ? test : test.fails)(`valid: ${text}`, () => {
        const r = parseReport(text);
        expect(serious(r.findings).map((f) => `${key(f)} ${f.message.en}`)).toEqual([]);
      });
    }
    const check = (c: Table["invalid"][number]) => {
      const r = parseReport(c.text);
      const found = serious(r.findings);
      expect(found.map(key).sort()).toEqual(c.errors.map(key).sort());
      for (const f of found) {
        expect(Finding.safeParse(f).success).toBe(true);
        expect(f.message.vi.length).toBeGreaterThan(0);
        expect(f.message.en.length).toBeGreaterThan(0);
        expect(f.arithmetic?.vi.length ?? 0).toBeGreaterThan(0);
        expect(f.spans.length).toBeGreaterThan(0);
        for (const s of f.spans) expect(s.end).toBeLessThanOrEqual(c.text.length);
        if (f.relation) expect(r.relations.some((x) => x.id === f.relation)).toBe(true);
      }
    };
    for (const c of table.invalid) (c.fails ? test.fails : test)(`invalid: ${c.text}`, () => check(c));
  });
}

export const E = (rule: string): Expected => ({ rule, severity: "error" });
export const W = (rule: string): Expected => ({ rule, severity: "warning" });
