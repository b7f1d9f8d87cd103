/**
 * Properties of parseReport on any string (fast-check):
 *  - it never throws and always returns a report that validates against the schema;
 *  - every span is valid and `input.slice(span.start, span.end) === text`;
 *  - NFC and NFD spellings of the same text give the same values.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { binaryString } from "./helpers/binary.js";
import { parseReport, Report } from "../src/index.js";
import { expectEqual, expectIs } from "./helpers/expect-fast.js";

const PIECES = [
  "TS. Hoàng Văn An", "Phó Viện trưởng", "Viện Ứng dụng công nghệ", "đạt 217% kế hoạch", "3,247 tỉ đồng",
  "1.615 tỷ đồng", "03 nhiệm vụ cấp Bộ", "(trong đó 02 chuyển tiếp và 01 mở mới)", "ngày 20/12/2022", "năm 2022",
  "khoảng 50 lượt sinh viên", "08/11 chỉ tiêu", "hai mươi lăm", "một nghìn tỷ", "Đ/c", "PGS.TS.", "\n\n", ", ", ". ",
  "Bà Trần Thị Hồng Minh – đại diện Ban Kế hoạch Tài chính", "tăng 5,4% so với cùng kỳ", "45 triệu đồng/người/tháng",
  "quý IV/2022", "mùng 3 tháng 2", "từ 10 đến 15", "40-45%", "2 triệu tấn", "UBND tỉnh", "Hoà", "thuỷ", "\u00a0", "\u200b",
];
const vietnamese = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 }), fc.string({ unit: "grapheme", maxLength: 8 })), { maxLength: 25 }).map((a) => a.join(""));
const anyText = fc.oneof(vietnamese, binaryString({ maxLength: 200 }), fc.string({ maxLength: 200 }));

function allEvidence(r: Report): { span: { start: number; end: number }; text: string }[] {
  return [
    ...r.figures,
    ...r.dates,
    ...r.organizations,
    ...r.people.flatMap((p) => [...p.mentions, ...p.positions]),
    ...r.findings.flatMap((f) => f.spans.map((span) => ({ span, text: "" }))),
  ];
}

describe("parseReport properties", () => {
  test("never throws, always a valid report", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const r = parseReport(s);
        expectIs(Report.safeParse(r).success, true);
        expectEqual(r.warnings.filter((w) => w.code.startsWith("internal")), []);
      }),
      { numRuns: 300 },
    );
  });

  test("spans are valid and slice to their text", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const r = parseReport(s);
        for (const e of allEvidence(r)) {
          expect(e.span.start).toBeGreaterThanOrEqual(0);
          expect(e.span.end).toBeLessThanOrEqual(s.length);
          expect(e.span.start).toBeLessThanOrEqual(e.span.end);
          if (e.text) expectIs(s.slice(e.span.start, e.span.end), e.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("NFC and NFD input give the same values", () => {
    const values = (r: Report) => ({
      figures: r.figures.map((f) => [f.kind, f.value, f.currency, f.unit, f.category, f.of, f.approx]),
      people: r.people.map((p) => [p.name.normalize("NFC"), p.honorifics, p.positions.map((x) => [x.title.normalize("NFC"), x.org?.normalize("NFC")])]),
      dates: r.dates.map((d) => d.value),
      date: r.event.date,
    });
    fc.assert(
      fc.property(vietnamese, (s) => {
        const nfc = s.normalize("NFC");
        expect(values(parseReport(s.normalize("NFD")))).toEqual(values(parseReport(nfc)));
      }),
      { numRuns: 300 },
    );
  });

  test("non-strings get a warning, not an exception", () => {
    for (const bad of [null, undefined, 42, {}, []]) {
      const r = parseReport(bad as unknown as string);
      expect(r.warnings[0]?.code).toBe("input.not-string");
    }
  });

  test("empty and binary-looking input get warnings", () => {
    expect(parseReport("").warnings.map((w) => w.code)).toContain("input.empty");
    expect(parseReport("\u0000\u0001\u0002\ufffd\ufffd abc").warnings.map((w) => w.code)).toContain("input.binary");
  });
});
