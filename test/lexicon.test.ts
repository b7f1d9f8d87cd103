/// <reference types="vite/client" />
/**
 * Word lists are data with their own tests: every entry NFC, trimmed, no double spaces, and no
 * duplicates within a list (compared on the folded key, so "hoà"/"hòa" count as one).
 * Lists are found by loading every module under src/lexicon and taking each exported array
 * of strings (or of objects whose first string field is the word), or Record<string, …> keys.
 */
import { describe, expect, test } from "vitest";
import { fold } from "../src/text/fold.js";

const modules = import.meta.glob("../src/lexicon/*.ts", { eager: true }) as Record<string, Record<string, unknown>>;

function wordsOf(value: unknown): string[] | null {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === "string")) return value as string[];
    if (value.every((v) => Array.isArray(v) && typeof v[0] === "string")) return value.map((v) => v[0] as string);
    if (value.every((v) => v && typeof v === "object" && !Array.isArray(v))) {
      const first = value.map((v) => Object.values(v as object).find((x) => typeof x === "string"));
      if (first.every((x) => typeof x === "string")) return first as string[];
    }
    return null;
  }
  if (value && typeof value === "object" && !(value instanceof RegExp) && !(value instanceof Map) && !(value instanceof Set))
    return Object.keys(value);
  return null;
}

const lists: [string, string[]][] = [];
for (const [file, mod] of Object.entries(modules))
  for (const [name, value] of Object.entries(mod)) {
    const w = wordsOf(value);
    if (w && w.length) lists.push([`${file.replace(/^.*\//, "")}:${name}`, w]);
  }

describe("word lists", () => {
  test("there are word lists", () => expect(lists.length).toBeGreaterThan(0));
  describe.each(lists)("%s", (_name, words) => {
    test("every entry is NFC, trimmed, single-spaced", () => {
      const bad = words.filter((w) => w !== w.normalize("NFC") || w !== w.trim() || /\s{2,}/.test(w) || !w);
      expect(bad).toEqual([]);
    });
    test("no duplicates on the folded key", () => {
      const seen = new Map<string, string>();
      const dups: string[] = [];
      for (const w of words) {
        const k = fold(w);
        if (seen.has(k) && seen.get(k) !== w) dups.push(`${seen.get(k)} ≡ ${w}`);
        else if (seen.has(k)) dups.push(w);
        seen.set(k, w);
      }
      expect(dups).toEqual([]);
    });
  });
});
