/**
 * The event of a report: its date (GOLD.md `date`), kind and host. Short texts written for the
 * test: value → texts that must give it.
 */
import { describe, expect, test } from "vitest";
import { makeDoc } from "../src/text/normalize.js";
import { sentences } from "../src/text/segment.js";
import { recognizeDates } from "../src/recognize/date.js";
import { findEvent } from "../src/report/event.js";
import type { Ctx } from "../src/recognize/types.js";

function event(text: string) {
  const doc = makeDoc(text);
  const ctx: Ctx = { doc, sentences: sentences(doc), convention: "vi" };
  return findEvent(ctx, recognizeDates(ctx), []);
}

const DATES: [string | null, string[]][] = [
  [
    "2017-06-21",
    [
      // a part of the day beats a date inside a span "từ … đến nay"
      "Đoàn công tác làm việc với Tập đoàn. Chiều 21/6, đoàn đánh giá kết quả từ 1/10/2016 đến nay. Ảnh chụp chiều 21/6/2017.",
      // a document reference is not the event
      "Theo Báo cáo số 12/BC-UBND ngày 02/10/2016, tỉnh đã hoàn thành. Chiều 21/6, Sở tổ chức hội nghị năm 2017.",
      "Thực hiện Nghị định 15/2016/NĐ-CP ngày 14.11.2016, sáng 21/6/2017 Bộ tổ chức hội nghị.",
      // a date that opens a sentence
      "Ngày 21/6/2017, Công ty tổ chức Đại hội đồng cổ đông thường niên.",
    ],
  ],
  [
    "2022-12-19",
    [
      // a page header date is not the event date when the text gives one
      "Thứ Ba, 20/12/2022 10:30 GMT+7\nSáng 19/12, Sở Y tế tổ chức hội nghị tổng kết năm 2022.",
      "20/12/2022\nNgày 19/12/2022, Sở Y tế tổ chức hội nghị tổng kết.",
    ],
  ],
  [
    "2022-12-20",
    [
      // … unless nothing else is given
      "Thứ Ba, 20/12/2022 10:30 GMT+7\nSở Y tế vừa tổ chức hội nghị tổng kết năm 2022.",
    ],
  ],
  [
    "2017-07-02",
    [
      // an anniversary pair "(24-6-1957/ 24-6-2017)" gives the year, not the day
      "Sáng 2-7, tại Hà Nội, Bệnh viện tổ chức lễ kỷ niệm 60 năm ngày thành lập (24-6-1957/ 24-6-2017).",
    ],
  ],
  [
    "2016-06-02",
    [
      // a run of days: the first day
      "Trong những ngày nắng nóng (từ ngày 2 - 5/6/2016), các đoàn đã thăm hỏi công nhân.",
    ],
  ],
  [
    "2021",
    [
      // no day or month: the year of the text
      "Tỉnh vừa tổ chức hội nghị triển khai công tác tuyển sinh năm 2021. Năm 2020, tỉnh tuyển mới 3.000 người.",
      "Trong dịp Tết Nguyên đán Tân Sửu 2021, Liên đoàn đã trao 1.000 suất quà. Năm 2020 khó khăn.",
    ],
  ],
  [null, ["Liên đoàn lao động tỉnh đã trao quà cho công nhân có hoàn cảnh khó khăn.", ""]],
];

describe("event date", () => {
  const rows = DATES.flatMap(([value, texts]) => texts.map((t) => [value, t] as const));
  test.each(rows)("%s ← %s", (value, text) => {
    expect(event(text).date).toBe(value);
  });
  test("the evidence of the date is the date chosen", () => {
    const text = "Sáng 13/7, Tập đoàn tổ chức Hội nghị sơ kết 6 tháng đầu năm 2017.";
    const e = event(text);
    expect(e.date).toBe("2017-07-13");
    expect(text.slice(e.dateHit!.start, e.dateHit!.end)).toBe("Sáng 13/7");
    expect(e.year).toBe(2017);
  });
  test("a month alone after 'cuối' is a period, not the event", () => {
    expect(event("Cuối tháng 3/2021, toàn bộ học sinh đã tốt nghiệp. Hội nghị tuyển sinh năm 2021.").date).toBe("2021");
  });
});

describe("event kind and host", () => {
  test.each([
    ["Sáng 13/7, Tập đoàn Dầu khí Việt Nam đã tổ chức Hội nghị sơ kết công tác năm 2017.", "hội nghị", "Tập đoàn Dầu khí Việt Nam"],
    ["Ngày 7/7/2017, Công đoàn cơ quan quận đã tổ chức thành công Đại hội lần thứ V.", "đại hội", "Công đoàn cơ quan quận"],
    ["Sáng 2/7/2017, tại Hà Nội, Bệnh viện Phổi Trung ương tổ chức lễ kỷ niệm 60 năm thành lập.", "lễ kỷ niệm", "Bệnh viện Phổi Trung ương"],
    ["Chiều 9/6/2017, tại Hà Nội đã diễn ra lễ ký kết chương trình phối hợp.", "lễ ký kết", undefined],
    ["Sáng 2/10/2020, Hội Khuyến học thành phố phối hợp với các ngành tổ chức Hội nghị tổng kết.", "hội nghị", "Hội Khuyến học thành phố"],
  ])("%s", (text, kind, host) => {
    const e = event(text);
    expect(e.kind).toBe(kind);
    expect(e.host).toBe(host);
  });
});
