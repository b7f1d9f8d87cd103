/**
 * Dates: Duckling-style tables. Each value is listed with the phrasings that must read as it
 * (the whole phrase, or the date inside a short sentence); the negative table must yield no
 * date at all.
 */
import { describe, expect, test } from "vitest";
import { makeDoc } from "../src/text/normalize.js";
import { sentences } from "../src/text/segment.js";
import { documentYear, recognizeDates, sentenceAt } from "../src/recognize/date.js";
import type { Ctx, DateHit } from "../src/recognize/types.js";

function ctxOf(text: string): Ctx {
  const doc = makeDoc(text);
  return { doc, sentences: sentences(doc), convention: "vi" };
}
function dates(text: string): DateHit[] {
  return recognizeDates(ctxOf(text));
}
const spanText = (text: string, h: DateHit) => text.slice(h.start, h.end);

/** value → phrasings that are, as a whole, that date (no other year in the text). */
const DAYS: [string, string[]][] = [
  ["2022-12-20", ["20/12/2022", "20-12-2022", "20.12.2022", "ngày 20 tháng 12 năm 2022", "Ngày 20/12/2022", "sáng ngày 20/12/2022", "thứ Ba, ngày 20/12/2022", "Thứ ba, 20-12-2022", "20 tháng 12 năm 2022", "ngày 20 tháng 12, 2022"]],
  ["2017-06-02", ["2/6/17", "02/06/2017", "ngày 2 - 5/6/2017", "ngày 2-5/6/2017"]],
  ["2020-08-06", ["ngày 06 tháng 08năm 2020"]],
  ["--06-21", ["Chiều 21/6", "chiều 21/6", "Sáng nay 21/6", "sáng nay, ngày 21/6", "ngày 21-6", "Tối 21.6", "trưa 21-6"]],
  ["--02-03", ["mùng 3 tháng 2", "mồng 3 tháng 2", "ngày 3 tháng 2", "mùng 3/2"]],
];
const MONTHS: [string, string[]][] = [
  ["2022-12", ["tháng 12/2022", "tháng 12-2022", "tháng 12.2022", "tháng 12 năm 2022", "Tháng 12/2022", "tháng 12, năm 2022"]],
  ["2017-01", ["tháng 1-2017", "tháng 01/2017"]],
];
const QUARTERS: [string, string[]][] = [
  ["2022-Q4", ["quý IV/2022", "Quý IV-2022", "quý 4/2022", "quý IV năm 2022", "quý 4 năm 2022"]],
  ["2017-Q1", ["quý I/2017", "Quý 1 năm 2017"]],
  ["2021-Q3", ["quý III/2021"]],
];
const YEARS: [string, string[]][] = [
  ["2022", ["năm 2022", "Năm 2022"]],
  ["1995", ["năm 1995"]],
];

describe("dates: whole phrases", () => {
  const table = [...DAYS, ...MONTHS, ...QUARTERS, ...YEARS].flatMap(([value, phrasings]) => phrasings.map((p) => [value, p] as const));
  test.each(table)("%s ← %s", (value, phrase) => {
    const hits = dates(phrase);
    expect(hits.map((h) => h.value)).toEqual([value]);
    expect(spanText(phrase, hits[0]!)).toBe(phrase.trim());
    expect(hits[0]!.invalid).toBeUndefined();
  });
});

describe("dates: precision", () => {
  test.each([
    ["20/12/2022", "day"],
    ["tháng 12/2022", "month"],
    ["quý IV/2022", "quarter"],
    ["năm 2022", "year"],
  ] as const)("%s is a %s", (text, precision) => {
    expect(dates(text)[0]!.precision).toBe(precision);
  });
});

describe("dates inside sentences", () => {
  test.each([
    ["Sáng ngày 13/7 tại Hà Nội, Tập đoàn tổ chức Hội nghị sơ kết 6 tháng đầu năm 2017.", ["2017-07-13", "2017"]],
    ["6 tháng đầu năm 2017, sản lượng tăng.", ["2017"]],
    ["Hội nghị triển khai nhiệm vụ quý 3 năm 2022.", ["2022-Q3"]],
    ["Kỷ niệm ngày thành lập (11/6), đơn vị đã tổ chức mít tinh.", ["--06-11"]],
    ["Nghị định 153/2016/NĐ-CP ngày 14.11.2016 quy định mức lương.", ["2016-11-14"]],
    ["Báo cáo số 250/BC-TCTTTg ngày 02/10/2016 nêu rõ.", ["2016-10-02"]],
    ["theo Quyết địnhsố 12/QĐ-BGDĐT ngày 06 tháng 08năm 2020của Bộ", ["2020-08-06"]],
  ])("%s", (text, values) => {
    expect(dates(text).map((h) => h.value)).toEqual(values);
  });
});

describe("dates: year of a day written without one", () => {
  test.each([
    // the same day written in full elsewhere
    ["Chiều 21/6, đoàn công tác làm việc với Tập đoàn. Ảnh chụp chiều 21/6/2017.", "2017-06-21"],
    // the year in the sentence of the date
    ["Ngày 7/7, Công đoàn tổ chức Đại hội nhiệm kỳ 2017-2022. Năm 2015 đơn vị đạt giải.", "2017-07-07"],
    // a review of a period ends in its last year
    ["Sáng 2/10, Hội tổ chức Hội nghị tổng kết giai đoạn 2016-2020.", "2020-10-02"],
    // the year of the text, not a target year
    ["Chiều 9/6, hai bên ký kết chương trình. Năm 2017 là năm bản lề. Phấn đấu đến năm 2020 hoàn thành.", "2017-06-09"],
    // an anniversary: founded in 2007, ten years on
    ["Sáng 16/6, Tổng công ty tổ chức lễ kỷ niệm 10 năm thành lập. Ngày 15/6/2007, Bộ ban hành quyết định thành lập.", "2017-06-16"],
  ])("%s → %s", (text, value) => {
    const first = dates(text)[0]!;
    expect(first.value).toBe(value);
    expect(first.yearInferred).toBe(true);
  });

  test("no year anywhere: --MM-DD", () => {
    expect(dates("Chiều 21/6, đoàn công tác làm việc.")[0]!.value).toBe("--06-21");
  });

  test("a birth year is not the year of the text", () => {
    const ctx = ctxOf("Bà sinh năm 1993 tại Nghệ An. Năm 2021 bà được bầu vào Hội đồng.");
    expect(documentYear(ctx, recognizeDates(ctx))).toBe(2021);
  });
});

describe("dates: impossible dates are kept, marked invalid", () => {
  test.each([
    ["31/02/2022", "2022-02-31"],
    ["29/02/2023", "2023-02-29"],
    ["ngày 31/4/2021", "2021-04-31"],
    ["năm 20221", "20221"],
    ["tháng 13/2022", "2022-13"],
  ])("%s", (text, value) => {
    const hits = dates(text);
    expect(hits.map((h) => h.value)).toEqual([value]);
    expect(hits[0]!.invalid).toBe(true);
  });
  test("29/02/2024 is a leap day", () => {
    expect(dates("29/02/2024")[0]!.invalid).toBeUndefined();
  });
});

describe("not dates", () => {
  test.each([
    "Đã hoàn thành 08/11 chỉ tiêu.",
    "24/28 doanh nghiệp đã ký thỏa ước.",
    "Hiện nay 45/63 tỉnh, thành phố đã triển khai.",
    "Quyết định số 205/QĐ-TTg đã được ban hành.",
    "Thông tư 16/2007/QĐ-BCVT",
    "Ông đến đồn công an 3-4 lần.",
    "Giá điện khu vực từ 18-22 cent/kWh.",
    "cách mạng công nghiệp 4.0",
    "đạt 8,5 điểm",
    "tỷ số 2-1",
    "doanh thu chỉ bằng 1/2 so với mọi năm",
    "bị phạt 3 năm 5 tháng 6 ngày tù",
    "cổ phiếu tăng 5.4 điểm",
    "xếp thứ 07/13 toàn quốc",
    "tỷ lệ hộ nghèo giảm từ 2-3%",
  ])("%s", (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe("sentenceAt", () => {
  test("finds the sentence of a position", () => {
    const ctx = ctxOf("Câu một. Câu hai dài hơn. Câu ba.");
    const s = sentenceAt(ctx, ctx.doc.norm.indexOf("hai"))!;
    expect(ctx.doc.norm.slice(s.start, s.end)).toBe("Câu hai dài hơn.");
    expect(sentenceAt(ctx, 10_000)).toBeUndefined();
  });
});
