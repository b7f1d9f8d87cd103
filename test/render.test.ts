/**
 * The text rendering of findings (src/check/render.ts): where, rule and message, the sentence
 * with its figures marked under them, the arithmetic.
 */
import { describe, expect, test } from "vitest";
import { parseReport } from "../src/index.js";
import { renderFindings, lineCol } from "../src/check/render.js";

const render = (text: string, lang: "vi" | "en" = "en") => renderFindings(text, parseReport(text), { source: "r.txt" }, { lang });

describe("renderFindings", () => {
  test("a plan: the figures marked, the cue, the arithmetic in Vietnamese", () => {
    const text = "Doanh thu đạt 4 tỷ đồng, bằng 180% kế hoạch (kế hoạch được giao 2 tỷ đồng).";
    const out = render(text, "vi").split("\n");
    expect(out[0]).toBe("r.txt:1:31: error [plan.ratio] 4 tỷ đồng so với kế hoạch 2 tỷ đồng: 4 ÷ 2 = 200%, không phải 180%.");
    expect(out[1]).toBe(`  1 | ${text}`);
    // each mark under its figure
    const marks = out[2]!.slice(6);
    expect(marks.slice(text.indexOf("180%"), text.indexOf("180%") + 4)).toBe("^^^^");
    expect(marks.slice(text.indexOf("4 tỷ"), text.indexOf("4 tỷ") + 9)).toBe("~~~~~~~~~");
    expect(marks.slice(text.indexOf("2 tỷ"), text.indexOf("2 tỷ") + 9)).toBe("~~~~~~~~~");
    expect(out[3]).toBe("    = 4 ÷ 2 = 200%, không phải 180%");
  });

  test("text in NFD: columns count what a reader sees", () => {
    const nfc = "Trường có 12 đơn vị, gồm 5 khoa và 8 trung tâm.";
    const out = render(nfc.normalize("NFD")).split("\n");
    const ref = render(nfc).split("\n");
    expect(out[2]).toBe(ref[2]); // the marks line up the same
    expect(out[0]!.normalize("NFC")).toBe(ref[0]);
  });

  test("figures on two lines: each line shown with its marks", () => {
    const text = "Tổng số hội viên là 250 người.\nTrong đó, 300 hội viên nữ.";
    const out = render(text).split("\n");
    expect(out[0]).toMatch(/^r\.txt:1:\d+: error \[breakdown\.part\]/);
    expect(out.filter((l) => /^\s+\d \| /.test(l)).map((l) => l.trim()[0])).toEqual(["1", "2"]);
  });

  test("a long line is cut around the figures", () => {
    const filler = "Hội nghị đã nghe nhiều ý kiến về công tác chuyên môn và phong trào thi đua của các đơn vị trực thuộc trong năm. ".repeat(3);
    const text = `${filler}Trường có 12 đơn vị, gồm 5 khoa và 8 trung tâm. ${filler}`;
    const out = render(text).split("\n");
    expect(out[1]).toMatch(/^ {2}1 \| … Trường có 12 đơn vị, gồm 5 khoa và 8 trung tâm\. …$/);
    expect(out[1]!.length).toBeLessThan(130);
  });

  test("no finding, nothing; info in one line", () => {
    expect(render("Hội có 250 hội viên, trong đó 90 hội viên nữ.")).toBe("");
    expect(render("Lợi nhuận đạt 92% kế hoạch.")).toMatch(/^r\.txt:1:\d+: info \[relations\.unchecked\] [^\n]*\n$/);
  });

  test("lineCol counts grapheme clusters", () => {
    expect(lineCol("a\nb\u0300c", 4)).toEqual({ line: 2, col: 2 });
  });
});
