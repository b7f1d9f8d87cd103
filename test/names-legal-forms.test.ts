/**
 * A company's legal form before a capitalised name makes the name the company's, not a person's
 * (audit F: "Công ty TNHH một thành viên Hà Thành"). Sentences written for this test.
 */
import { describe, expect, test } from "vitest";
import { parseReport } from "../src/index.js";

const names = (text: string) => parseReport(text).people.map((p) => p.name);

describe("names after a legal form are company names", () => {
  test.each([
    "Đơn vị nợ nhiều nhất là Công ty TNHH một thành viên Hà Phong với 5 tỉ đồng.",
    "Đứng thứ hai là Công ty TNHH MTV Lê Gia.",
    "Cục Thuế nêu tên Doanh nghiệp tư nhân Trần Long và Công ty TNHH Hoàng Hà.",
  ])("%s", (text) => expect(names(text)).toEqual([]));
});

describe("a member named after the title 'thành viên' is still a person", () => {
  test("Thành viên Trần Thị Bình", () => {
    expect(names("Thành viên Trần Thị Bình phát biểu ý kiến tại phiên họp.")).toEqual(["Trần Thị Bình"]);
  });
});
