/**
 * phases.ts relateFigures skips relate() for a text with no figure, date, person or number (most
 * titles). Checked here against relate() itself, run on the same Work: on random texts made of the
 * pieces relations are read from (numbers in digits and words, amounts restated in words, dates,
 * people with titles, cue words), where the skip is taken and where it is not, the relations and
 * the warnings are the same.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { PHASES } from "../src/report/phases.js";
import { fillFigureLinks, relate } from "../src/relate/index.js";
import { scanNumbers } from "../src/recognize/number.js";
import { phaseIndex, workBefore } from "./helpers/work.js";
import { expectEqual } from "./helpers/expect-fast.js";

const PIECES = [
  "Hội nghị tổng kết",
  " ",
  ", ",
  ". ",
  "\n",
  "12",
  "1.615 tỷ đồng",
  "(bằng chữ: một nghìn sáu trăm mười lăm tỷ đồng)",
  "(mười bảy)",
  "năm",
  "một",
  "hai mươi",
  "gồm",
  "trong đó",
  "chiếm 35%",
  "đạt 217% kế hoạch",
  "tăng",
  "ngày 5/6/2017",
  "Chiều 14/9",
  "năm 2017",
  "ông Nguyễn Văn An, Giám đốc Sở Tài chính",
  "Giám đốc Sở Y tế Nguyễn Văn An",
  "Phó Giám đốc Sở Y tế Nguyễn Văn An",
  "Phó Giám đốc",
  "nguyên Chủ tịch",
  "Trần Thị Bình",
  "cán bộ",
  "đơn vị",
  "Ảnh: Lan Chi",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((ps) => ps.join(""));
const RELATE = phaseIndex("relateFigures");

describe("relateFigures' skip is relate() where it is taken", () => {
  test("random texts: the same relations and warnings as relate() on the same Work", () => {
    let skipped = 0;
    let ran = 0;
    fc.assert(
      fc.property(text, (s) => {
        const a = workBefore(s, "relateFigures");
        const b = workBefore(s, "relateFigures");
        PHASES[RELATE]!(a);
        // the phase without its skip
        const rel = relate({ ctx: b.ctx, hits: b.figureHits, figures: b.figures, dates: b.dates, people: b.people, event: b.event });
        fillFigureLinks(b.figures, rel);
        if (b.conv.convention === "unknown" && b.figureHits.some((f) => f.ambiguous)) b.warnings.push({ code: "numbers.ambiguous-convention", message: "" });
        expectEqual(JSON.parse(JSON.stringify(a.relations)), JSON.parse(JSON.stringify(rel)));
        expectEqual(a.warnings.length, b.warnings.length);
        expectEqual(JSON.parse(JSON.stringify(a.figures)), JSON.parse(JSON.stringify(b.figures)));
        if (!a.figures.length && !a.dates.length && !a.people.length && !scanNumbers(a.ctx).length) skipped++;
        else ran++;
      }),
      { numRuns: 600 },
    );
    // both paths were taken
    expect(skipped).toBeGreaterThan(5);
    expect(ran).toBeGreaterThan(100);
  });
  test("a title with nothing to relate, and one with a relation", () => {
    const w = workBefore("Hội nghị tổng kết công tác Đảng", "relateFigures");
    PHASES[RELATE]!(w);
    expect(w.relations).toEqual([]);
    const v = workBefore("Tổng số 38 đơn vị, gồm 12 khoa và 26 phòng.", "relateFigures");
    PHASES[RELATE]!(v);
    expect(v.relations.map((r) => r.kind)).toContain("breakdown");
    // no figure, date or number: a person's two ranks in one unit
    const p = workBefore("Ông Nguyễn Văn An, Giám đốc Sở Y tế, Phó Giám đốc Sở Y tế", "relateFigures");
    PHASES[RELATE]!(p);
    expect(p.relations.map((r) => r.kind)).toEqual(["position"]);
  });
});
