import { describe, expect, test } from "vitest";
import { fold } from "../src/text/fold.js";
import { makeDoc } from "../src/text/normalize.js";
import { sentences } from "../src/text/segment.js";

describe("fold", () => {
  test.each([
    ["hoà", "hòa"],
    ["Hoà Bình", "hòa bình"],
    ["uỷ ban", "ủy ban"],
    ["thuỷ", "thủy"],
    ["tỷ", "tỉ"],
    ["kỹ thuật", "kĩ thuật"],
    ["quý", "quí"],
    ["khoẻ", "khỏe"],
    ["Đảng uỷ", "đảng ủy"],
    ["Hoa\u0300", "hòa"], // NFD
  ])("%s ≡ %s", (a, b) => expect(fold(a)).toBe(fold(b)));

  test.each([
    ["bà", "ba"],
    ["ban", "bàn"],
    ["đồng", "dong"],
    ["hoàn", "hòan"], // closed syllable: placement is fixed, the misplaced form is not folded in
  ])("%s ≢ %s", (a, b) => expect(fold(a)).not.toBe(fold(b)));

  test("keeps length of NFC input", () => {
    const s = "Phó Viện trưởng Hoàng Ngọc Nhân – 3,247 tỉ đồng (đạt 217%)";
    expect(fold(s)).toHaveLength(s.length);
  });
  test("qu- onset keeps its tone on the last vowel", () => {
    expect(fold("quả")).toBe("quả");
    expect(fold("Quý")).toBe("quí");
  });
});

describe("makeDoc", () => {
  test("identity when nothing to change", () => {
    const d = makeDoc("Trung tâm Quang điện tử");
    expect(d.norm).toBe(d.input);
    expect(d.span(0, 5)).toEqual({ start: 0, end: 5 });
  });
  test("NFD input: norm is NFC and spans map back to the original", () => {
    const input = "Ho\u0300a Bi\u0300nh đạt 3,5 tỷ đồng".normalize("NFD");
    const d = makeDoc(input);
    expect(d.norm).toBe(input.normalize("NFC"));
    const at = d.norm.indexOf("3,5 tỷ đồng");
    const sp = d.span(at, at + "3,5 tỷ đồng".length);
    expect(input.slice(sp.start, sp.end).normalize("NFC")).toBe("3,5 tỷ đồng");
    expect(d.text(0, 3).normalize("NFC")).toBe("Hòa");
  });
  test("lookalikes, no-break and zero-width spaces, dashes", () => {
    const d = makeDoc("ðồng\u00a0chí\u200b Lan – 2016\u20132020");
    expect(d.norm).toBe("đồng chí Lan - 2016-2020");
    const at = d.norm.indexOf("Lan");
    expect(d.text(at, at + 3)).toBe("Lan");
    expect(d.text(0, d.norm.indexOf(" Lan"))).toBe("ðồng\u00a0chí");
  });
  test("a mark after CR LF is kept once; a lone surrogate does not swallow the next character", () => {
    expect(makeDoc("a\r\n\u0323b").norm).toBe("a\n\u0323b");
    expect(makeDoc("\ud800\u00a0x").norm).toBe("\ud800 x");
  });
  test("key is aligned with norm", () => {
    const d = makeDoc("Uỷ ban nhân dân TỈNH Thừa Thiên Huế");
    expect(d.key).toHaveLength(d.norm.length);
    expect(d.key).toBe("uỉ ban nhân dân tỉnh thừa thiên huế");
  });
});

describe("sentences", () => {
  const split = (s: string) => {
    const d = makeDoc(s);
    return sentences(d).map((x) => d.norm.slice(x.start, x.end));
  };
  test("no break after abbreviations", () => {
    expect(split("Tham dự có PGS.TS. Trần Văn An và TS. Lê Bình. Hội nghị bắt đầu.")).toEqual([
      "Tham dự có PGS.TS. Trần Văn An và TS. Lê Bình.",
      "Hội nghị bắt đầu.",
    ]);
    expect(split("Tại TP. Hồ Chí Minh, Đ/c. Lan phát biểu.")).toHaveLength(1);
    expect(split("Sách, báo, v.v. và các tài liệu khác.")).toHaveLength(1);
  });
  test("numbers with dots and commas do not end sentences", () => {
    expect(split("Doanh thu đạt 1.615 tỷ đồng, tăng 3,5%. Lợi nhuận tăng.")).toHaveLength(2);
  });
  test("a parenthesised caption is its own sentence", () => {
    const d = makeDoc("Ông A báo cáo.\n(Phó Giám đốc Nguyễn Thành Hợp trình bày báo cáo)\nHội nghị kết thúc.");
    const ss = sentences(d);
    expect(ss).toHaveLength(3);
    expect(ss[1]!.caption).toBe(true);
  });
});

describe("word edges", () => {
  test("the fast L and R behave exactly like the plain Unicode edges on every BMP character", async () => {
    const { L, R } = await import("../src/text/rx.js");
    const fastL = new RegExp(`${L}x`, "u");
    const slowL = /(?<![\p{L}\p{M}\p{N}])x/u;
    const fastR = new RegExp(`x${R}`, "u");
    const slowR = /x(?![\p{L}\p{M}\p{N}])/u;
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const ch = String.fromCharCode(c);
      if (fastL.test(ch + "x") !== slowL.test(ch + "x") || fastR.test("x" + ch) !== slowR.test("x" + ch)) differ.push(c);
    }
    expect(differ).toEqual([]);
  });
  test("rx`` takes the edges as pattern source; edgeAfter() refuses more characters before a match", async () => {
    const { rx, L, R, edgeAfter } = await import("../src/text/rx.js");
    expect("ab cab abc ab".match(rx`${L}ab${R}`)).toEqual(["ab", "ab"]);
    expect("1/2/2022 x1/2/2022 5/1/2/2022".match(rx`${edgeAfter("/.\\-")}\d{1,2}/\d{1,2}/\d{4}`)).toEqual(["1/2/2022"]);
  });
  test("named() gives back the pattern with fast edges, and registers that one", async () => {
    const { named, registry, L } = await import("../src/text/rx.js");
    const re = named("test.edges", /(?<![\p{L}\p{M}\p{N}])ab(?![\p{L}\p{M}\p{N}])/gu);
    expect(re.source.startsWith(L)).toBe(true);
    expect(registry.at(-1)!.re).toBe(re);
    registry.pop();
    expect("ab cab ab".match(re)).toHaveLength(2);
  });
});
