/**
 * The kind of event (report/event-kind.ts): kindMatch tries the kinds' pattern only at the tokens
 * where a kind can start. It must find what the scan of the stretch finds (kindByScan, the reading
 * it replaced), on random texts of kinds, their first words alone, words glued to digits and
 * letters, odd letters and punctuation, over random stretches (cut anywhere, inside words too).
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { makeDoc } from "../src/text/normalize.js";
import { kindByScan, kindMatch, kindWord } from "../src/report/event-kind.js";
import { expectEqual } from "./helpers/expect-fast.js";

const PIECES = ["Hội nghị", "hội thảo", "Đại hội đồng cổ đông", "đại hội", "Lễ", "lễ kỷ niệm", "lễ kỉ niệm", "lễ2", "lễ²", "lễhội", "Lễ𝐀", "𝐀lễ", "hội", "nghị", "buổi làm việc", "buổi", "giao ban", "kỳ họp", "phiên tòa", "tổng kết", "2017", "Trường", "a", "x\u0301", ".", ",", "-", "(", " ", " ", "  ", "\n", "\u00a0"];
const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 18 }).map((ps) => ps.join(""));
const view = (m: RegExpExecArray | undefined) => (m ? [m.index, m[0]] : null);

describe("kindMatch finds the kind the scan of the stretch finds", () => {
  test("random texts and stretches", () => {
    let found = 0;
    let cut = 0;
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
        const doc = makeDoc(s);
        const n = doc.key.length;
        const from = a % (n + 1);
        const to = from + (b % (n - from + 1));
        const want = kindByScan(doc.key, from, to);
        expectEqual(view(kindMatch(doc, from, to)), view(want), JSON.stringify([s, from, to]));
        if (want) found++;
        if (want && from > 0 && /[\p{L}\p{M}\p{N}]/u.test(doc.key[from - 1]!)) cut++;
      }),
      { numRuns: 3000, seed: 25 },
    );
    // matches are reached, some at a stretch that starts inside a word
    expect(found).toBeGreaterThan(200);
    expect(cut).toBeGreaterThan(5);
  });

  test("real values", () => {
    const doc = makeDoc("Sáng 10/6, Công đoàn phường tổ chức Đại hội nhiệm kỳ 2017-2022.");
    expect(kindWord(kindMatch(doc, 0, doc.key.length))).toBe("đại hội");
    const lễ = makeDoc("Lễ kỉ niệm 60 năm thành lập Trường");
    expect(kindWord(kindMatch(lễ, 0, lễ.key.length))).toBe("lễ kỷ niệm");
    const none = makeDoc("Công đoàn phường hội họp");
    expect(kindMatch(none, 0, none.key.length)).toBeUndefined();
  });
});
