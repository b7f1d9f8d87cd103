/**
 * Linking figures (src/report/link.ts), on hand-made hits so that the test does not depend on
 * the recognisers: subject, comparison (relation, basis, basisFigure), refersTo, estimated,
 * breakdown parent/children.
 *
 *   "doanh thu ước đạt 3,247 tỉ đồng (đạt 217% so với kế hoạch)" → subject, estimated, relation, basis
 */
import { describe, expect, test } from "vitest";
import { link } from "./check-helper.js";
import { parseReport } from "../src/index.js";
import fc from "fast-check";
import { expectIs } from "./helpers/expect-fast.js";
import { estimateIn, estimateInSpec, firstWords, wordsIn, wordsInSpec } from "../src/report/link.js";
import { makeDoc } from "../src/text/normalize.js";

const VND = { kind: "money", currency: "VND" } as const;

describe("a colon before the figure introduces it", () => {
  const fs = link("Về dịch vụ, lợi nhuận ước đạt được là: 1,5 tỉ đồng; kết quả: 2 tỉ đồng.", [
    ["1,5 tỉ đồng", { ...VND, value: 1.5e9 }],
    ["2 tỉ đồng", { ...VND, value: 2e9 }],
  ]);
  test("subject and estimate across 'là:'", () => {
    expect(fs[0]!.subject).toBe("lợi nhuận");
    expect(fs[0]!.estimated).toBe(true);
  });
  test("a colon earlier in the clause still cuts", () => expect(fs[1]!.subject).toBe("kết quả"));
});

describe("subject, estimate and comparison", () => {
  const text =
    "Trung tâm thực hiện 03 nhiệm vụ cấp Bộ (trong đó có 02 nhiệm vụ chuyển tiếp và 01 nhiệm vụ mở mới), doanh thu ước đạt 3,247 tỉ đồng (đạt 217% so với kế hoạch đề ra).";
  const fs = link(text, [
    ["03 nhiệm vụ cấp Bộ", { kind: "count", value: 3, noun: "nhiệm vụ cấp Bộ", category: "task" }],
    ["02 nhiệm vụ chuyển tiếp", { kind: "count", value: 2, noun: "nhiệm vụ chuyển tiếp", category: "task" }],
    ["01 nhiệm vụ mở mới", { kind: "count", value: 1, noun: "nhiệm vụ mở mới", category: "task" }],
    ["3,247 tỉ đồng", { ...VND, value: 3.247e9 }],
    ["217%", { kind: "percent", value: 217 }],
  ]);
  test("count subject is its noun", () => expect(fs[0]!.subject).toBe("nhiệm vụ cấp Bộ"));
  test("money subject and estimate", () => {
    expect(fs[3]!.subject).toBe("doanh thu");
    expect(fs[3]!.estimated).toBe(true);
  });
  test("percent: relation, basis, refersTo, subject", () => {
    expect(fs[4]!.comparison).toEqual({ relation: "đạt", basis: "kế hoạch" });
    expect(fs[4]!.refersTo).toBe("f4");
    expect(fs[4]!.subject).toBe("doanh thu");
  });
  test("breakdown: trong đó có … và … covering the whole is exhaustive", () => {
    expect(fs[0]!.children).toEqual(["f2", "f3"]);
    expect(fs[1]!.parent).toBe("f1");
    expect(fs[2]!.parent).toBe("f1");
    expect(fs[0]!.breakdown).toBe("exhaustive");
    expect(fs[3]!.parent).toBeUndefined();
  });
});

describe("comparison figures", () => {
  test("plan stated after the percent", () => {
    const fs = link("Doanh thu đạt 3 tỷ đồng, bằng 150% kế hoạch 2 tỷ đồng.", [
      ["3 tỷ đồng", { ...VND, value: 3e9 }],
      ["150%", { kind: "percent", value: 150 }],
      ["2 tỷ đồng", { ...VND, value: 2e9 }],
    ]);
    expect(fs[1]!.comparison).toEqual({ relation: "bằng", basis: "kế hoạch", basisFigure: "f3" });
    expect(fs[1]!.refersTo).toBe("f1");
    expect(fs[0]!.subject).toBe("Doanh thu");
  });
  test("plan stated before, in the same sentence", () => {
    const fs = link("Kế hoạch năm là 2 tỷ đồng, thực hiện được 3 tỷ đồng, đạt 150% kế hoạch.", [
      ["2 tỷ đồng", { ...VND, value: 2e9 }],
      ["3 tỷ đồng", { ...VND, value: 3e9 }],
      ["150%", { kind: "percent", value: 150 }],
    ]);
    expect(fs[2]!.refersTo).toBe("f2");
    expect(fs[2]!.comparison?.basisFigure).toBe("f1");
  });
  test("growth against a base in parentheses", () => {
    const fs = link("Lợi nhuận đạt 120 tỷ đồng, tăng 20% so với cùng kỳ năm trước (100 tỷ đồng).", [
      ["120 tỷ đồng", { ...VND, value: 120e9 }],
      ["20%", { kind: "percent", value: 20 }],
      ["100 tỷ đồng", { ...VND, value: 100e9 }],
    ]);
    expect(fs[1]!.comparison).toEqual({ relation: "tăng", basis: "cùng kỳ năm trước", basisFigure: "f3" });
    expect(fs[1]!.refersTo).toBe("f1");
  });
  test("growth from … to …", () => {
    const fs = link("Số hội viên tăng từ 400 người lên 500 người, tăng 25%.", [
      ["400 người", { kind: "count", value: 400 }],
      ["500 người", { kind: "count", value: 500 }],
      ["25%", { kind: "percent", value: 25 }],
    ]);
    expect(fs[2]!.refersTo).toBe("f2");
    expect(fs[2]!.comparison?.relation).toBe("tăng");
    expect(fs[2]!.comparison?.basisFigure).toBe("f1");
  });
  test("a percent after a new subject does not refer to the figure before", () => {
    const fs = link("Doanh thu 100 tỷ đồng, lợi nhuận tăng 20%.", [
      ["100 tỷ đồng", { ...VND, value: 100e9 }],
      ["20%", { kind: "percent", value: 20 }],
    ]);
    expect(fs[1]!.refersTo).toBeUndefined();
    expect(fs[1]!.subject).toBe("lợi nhuận");
  });
  test("share of a count", () => {
    const fs = link("Còn 24 nhiệm vụ, chiếm 15,7%.", [
      ["24 nhiệm vụ", { kind: "count", value: 24, noun: "nhiệm vụ" }],
      ["15,7%", { kind: "percent", value: 15.7 }],
    ]);
    expect(fs[1]!.comparison?.relation).toBe("chiếm");
    expect(fs[1]!.refersTo).toBe("f1");
  });
  test("a percent before a fraction in parentheses", () => {
    const fs = link("Tỷ lệ tốt nghiệp 50% (20/40 học sinh).", [
      ["50%", { kind: "percent", value: 50 }],
      ["20/40 học sinh", { kind: "count", value: 20, of: 40 }],
    ]);
    expect(fs[0]!.refersTo).toBe("f2");
  });
});

describe("breakdowns", () => {
  test("gồm A, B và C is exhaustive", () => {
    const fs = link("Thu ngân sách 10 tỷ đồng gồm 5 tỷ đồng thuế, 3 tỷ đồng phí và 2 tỷ đồng khác.", [
      ["10 tỷ đồng", { ...VND, value: 10e9 }],
      ["5 tỷ đồng", { ...VND, value: 5e9 }],
      ["3 tỷ đồng", { ...VND, value: 3e9 }],
      ["2 tỷ đồng", { ...VND, value: 2e9 }],
    ]);
    expect(fs[0]!.children).toEqual(["f2", "f3", "f4"]);
    expect(fs[0]!.breakdown).toBe("exhaustive");
  });
  test("trong đó with a part smaller than the whole is partial", () => {
    const fs = link("Đơn vị có 120 cán bộ, trong đó 45 người có bằng thạc sĩ.", [
      ["120 cán bộ", { kind: "count", value: 120 }],
      ["45 người", { kind: "count", value: 45 }],
    ]);
    expect(fs[1]!.parent).toBe("f1");
    expect(fs[0]!.breakdown).toBe("partial");
  });
  test("trong đó at the start of the next sentence", () => {
    const fs = link("Tổng doanh thu là 10 tỷ đồng. Trong đó dịch vụ là 4 tỷ đồng; bán hàng là 6 tỷ đồng.", [
      ["10 tỷ đồng", { ...VND, value: 10e9 }],
      ["4 tỷ đồng", { ...VND, value: 4e9 }],
      ["6 tỷ đồng", { ...VND, value: 6e9 }],
    ]);
    expect(fs[0]!.children).toEqual(["f2", "f3"]);
    expect(fs[0]!.breakdown).toBe("exhaustive");
  });
  test("nested breakdown in parentheses", () => {
    const fs = link(
      "Tuyển sinh 100 người, gồm 60 người dài hạn (trong đó 20 người cao đẳng và 40 người trung cấp) và 40 người ngắn hạn.",
      [
        ["100 người", { kind: "count", value: 100 }],
        ["60 người", { kind: "count", value: 60 }],
        ["20 người", { kind: "count", value: 20 }],
        ["40 người", { kind: "count", value: 40 }],
        ["40 người", { kind: "count", value: 40 }],
      ],
    );
    expect(fs[0]!.children).toEqual(["f2", "f5"]);
    expect(fs[1]!.children).toEqual(["f3", "f4"]);
    expect(fs[0]!.breakdown).toBe("exhaustive");
    expect(fs[1]!.breakdown).toBe("exhaustive");
  });
  test("nested breakdown without parentheses: the later marker claims its parts", () => {
    const fs = link("Tuyển mới 500 người; trong đó hệ chính quy 300 người, bao gồm cao đẳng 100 người và trung cấp 200 người.", [
      ["500 người", { kind: "count", value: 500 }],
      ["300 người", { kind: "count", value: 300 }],
      ["100 người", { kind: "count", value: 100 }],
      ["200 người", { kind: "count", value: 200 }],
    ]);
    expect(fs[0]!.children).toEqual(["f2"]);
    expect(fs[0]!.breakdown).toBe("partial");
    expect(fs[1]!.children).toEqual(["f3", "f4"]);
    expect(fs[1]!.breakdown).toBe("exhaustive");
  });
  test("no link across a caption", () => {
    const fs = link("Tổng số 10 đề tài.\n(Ảnh: 3 đại biểu dự họp)\nTrong đó 2 đề tài cấp Bộ.", [
      ["10 đề tài", { kind: "count", value: 10 }],
      ["3 đại biểu", { kind: "count", value: 3 }],
      ["2 đề tài", { kind: "count", value: 2 }],
    ]);
    expect(fs[2]!.parent).toBeUndefined();
  });
  test("figures of another measure are not parts", () => {
    const fs = link("Có 50 hội viên, trong đó 20 người nữ chiếm 40%, được hỗ trợ 5 triệu đồng.", [
      ["50 hội viên", { kind: "count", value: 50 }],
      ["20 người", { kind: "count", value: 20 }],
      ["40%", { kind: "percent", value: 40 }],
      ["5 triệu đồng", { ...VND, value: 5e6 }],
    ]);
    expect(fs[0]!.children).toEqual(["f2"]);
  });
});

describe("through parseReport", () => {
  const pick = (text: string) =>
    parseReport(text).figures.map((f) => ({
      text: f.text,
      ...(f.subject ? { subject: f.subject } : {}),
      ...(f.comparison ? { comparison: f.comparison } : {}),
      ...(f.refersTo ? { refersTo: f.refersTo } : {}),
      ...(f.parent ? { parent: f.parent } : {}),
      ...(f.children ? { children: f.children } : {}),
      ...(f.breakdown ? { breakdown: f.breakdown } : {}),
      ...(f.estimated ? { estimated: true } : {}),
    }));
  test("tasks, their breakdown, an estimated revenue and its percent of plan", () => {
    const fs = pick(
      "Trung tâm thực hiện 03 nhiệm vụ cấp Bộ (trong đó có 02 nhiệm vụ chuyển tiếp và 01 nhiệm vụ mở mới), doanh thu ước đạt 3,247 tỉ đồng (đạt 217% so với kế hoạch đề ra).",
    );
    expect(fs.map((f) => f.subject)).toEqual(["nhiệm vụ cấp Bộ", "nhiệm vụ chuyển tiếp", "nhiệm vụ mở mới", "doanh thu", "doanh thu"]);
    expect(fs[0]).toMatchObject({ children: ["f2", "f3"], breakdown: "exhaustive" });
    expect(fs[1]!.parent).toBe("f1");
    expect(fs[3]!.estimated).toBe(true);
    expect(fs[4]).toMatchObject({ comparison: { relation: "đạt", basis: "kế hoạch" }, refersTo: "f4" });
  });
  test("a growth rate against a base in parentheses", () => {
    const fs = pick("Lợi nhuận năm nay đạt 120 tỷ đồng, tăng 20% so với cùng kỳ năm trước (100 tỷ đồng).");
    expect(fs[1]).toMatchObject({ comparison: { relation: "tăng", basis: "cùng kỳ năm trước", basisFigure: "f3" }, refersTo: "f1", subject: "Lợi nhuận" });
  });
});

describe("the words before a figure, read from the token table (wordsIn) = the pattern over the slice (wordsInSpec)", () => {
  const PIECES = ["doanh", "thu", "Tổng", "số", "hòa", "Hoà", "2017", "3,247", "1.320", "tỷ", "đồng", "%", ",", ";", ":", "(", ")", "-", "/", ".", " ", "  ", "\n", "\u00a0", "\t", "\u0301", "\u0323", "x", "A", "đốc", "Sở", "²", "½", "Ⅻ", "𝟏", "𝐀", "😀", "\ud800", "\udc00", "\ufeff", "\u200b", "–"];
  test("for every range of random texts (wordsIn declines a range that meets a T_ODD token)", () => {
    let checked = 0;
    let declined = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (ps) => {
        const doc = makeDoc(ps.join(""));
        const n = doc.key.length;
        for (let base = 0; base <= n; base++)
          for (let to = base; to <= n; to++) {
            const fast = wordsIn(doc, base, to);
            if (fast) {
              // expect() only on a mismatch: it is called for every range otherwise (~10^5 of them)
              const spec = wordsInSpec(doc.key, base, to);
              if (JSON.stringify(fast) !== JSON.stringify(spec)) expect(fast).toEqual(spec);
              checked++;
            } else declined++;
          }
      }),
      { numRuns: 500 },
    );
    expect(checked).toBeGreaterThan(20_000);
    expect(declined).toBeGreaterThan(0);
  });
});

describe("estimateIn: the estimate pattern, tried only on a clause that holds one of its words", () => {
  test("= the pattern on random clauses", () => {
    let found = 0;
    const pieces = fc.constantFrom("ước", "ước đạt", "ước tính", "dự kiến", "dự ước", "ước thực hiện", "dự", "kiến", "thước", "ướt", "doanh thu", "đạt", " ", "  ", "\n", ",", "x", "1", "\u0301", "𝐀", "Ước", "ƯỚC");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 10 }), (ps) => {
        const s = ps.join("");
        const spec = estimateInSpec(s);
        expectIs(estimateIn(s), spec);
        if (spec) found++;
      }),
      { numRuns: 3000 },
    );
    expect(found).toBeGreaterThan(500);
  });
});

describe("firstWords", () => {
  test("as split(\" \").slice(0, n).join(\" \") for words one space apart", () => {
    expect(firstWords("doanh thu của các đơn vị trực thuộc tỉnh", 6)).toBe("doanh thu của các đơn vị");
    expect(firstWords("doanh thu", 6)).toBe("doanh thu");
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "bb", "đơn", "vị", "x1"), { maxLength: 10 }), fc.integer({ min: 0, max: 8 }), (ws, n) => {
        const text = ws.join(" ");
        expectIs(firstWords(text, n), text.split(" ").slice(0, n).join(" "));
      }),
      { numRuns: 300 },
    );
  });
});
