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
    "2017-09-14",
    [
      // a part of the day beats a date inside a span "từ … đến nay"
      "Đoàn công tác làm việc với Tập đoàn. Chiều 14/9, đoàn đánh giá kết quả từ 1/3/2016 đến nay. Ảnh chụp chiều 14/9/2017.",
      // a document reference is not the event, and does not lend its year
      "Theo Báo cáo số 12/BC-UBND ngày 02/10/2016, tỉnh đã hoàn thành. Chiều 14/9, Sở tổ chức hội nghị năm 2017.",
      "Thực hiện Nghị định 15/2016/NĐ-CP ngày 18.4.2016, sáng 14/9/2017 Bộ tổ chức hội nghị.",
      // a date that opens a sentence
      "Ngày 14/9/2017, Công ty tổ chức Đại hội đồng cổ đông thường niên.",
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
      // an anniversary pair "(15-8-1957/ 15-8-2017)" gives the year, not the day
      "Sáng 2-7, tại Hà Nội, Bệnh viện tổ chức lễ kỷ niệm 60 năm ngày thành lập (15-8-1957/ 15-8-2017).",
    ],
  ],
  [
    "2016-08-03",
    [
      // a run of days: the first day
      "Trong những ngày nắng nóng (từ ngày 3 - 6/8/2016), các đoàn đã thăm hỏi công nhân.",
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
    expect(event("Cuối tháng 4/2021, toàn bộ học sinh đã tốt nghiệp. Hội nghị tuyển sinh năm 2021.").date).toBe("2021");
  });
  test("… unless its clause tells an event held then", () => {
    expect(event("Năm 2016, thành phố mua sắm tập trung. Đầu tháng 12/2016, Trung tâm đã tổ chức đấu thầu 6 gói thầu.").date).toBe("2016-12");
  });
  test("the baseline of a comparison is no day of the event, and lends a day no year", () => {
    // "so với 31/12/2018": the figures are compared with that day; the meeting is "Sáng 6/2"
    expect(event("Sáng 6/2, Chi nhánh cho biết dư nợ đạt 4.200 tỷ đồng, tăng 12% so với 31/12/2018.").date).toBe(null);
    expect(event("Dư nợ đạt 4.200 tỷ đồng, tăng 12% so với thời điểm ngày 1/1/2018. Năm 2019, Chi nhánh đã mở thêm 3 phòng giao dịch.").date).toBe("2019");
    // a date that is not a baseline stays the event's
    expect(event("Ngày 31/12/2018, Chi nhánh cho biết dư nợ đạt 4.200 tỷ đồng, tăng 12% so với đầu năm.").date).toBe("2018-12-31");
  });
});

describe("event kind and host", () => {
  test.each([
    ["Sáng 13/7, Tập đoàn Công nghiệp Hóa chất đã tổ chức Hội nghị sơ kết công tác năm 2017.", "hội nghị", "Tập đoàn Công nghiệp Hóa chất"],
    ["Ngày 9/8/2017, Công đoàn phường đã tổ chức thành công Đại hội lần thứ V.", "đại hội", "Công đoàn phường"],
    ["Sáng 2/7/2017, tại Hà Nội, Bệnh viện Đa khoa tỉnh tổ chức lễ kỷ niệm 60 năm thành lập.", "lễ kỷ niệm", "Bệnh viện Đa khoa tỉnh"],
    ["Chiều 9/6/2017, tại Hà Nội đã diễn ra lễ ký kết chương trình phối hợp.", "lễ ký kết", undefined],
    ["Sáng 2/10/2020, Hội Khuyến học thành phố phối hợp với các ngành tổ chức Hội nghị tổng kết.", "hội nghị", "Hội Khuyến học thành phố"],
  ])("%s", (text, kind, host) => {
    const e = event(text);
    expect(e.kind).toBe(kind);
    expect(e.host).toBe(host);
  });
});

describe("event year of a school year's entrance exam (audit F)", () => {
  test.each([
    // the entrance exam of a school year to come is held in its first year
    ["Sở công bố kết quả tuyển sinh vào lớp 10 năm học 2018 - 2019. Điểm cao nhất là 48 điểm.", "2018"],
    // a school year reviewed ends in its last year
    ["Trường tổng kết năm học 2018 - 2019 với nhiều thành tích.", "2019"],
  ])("%s → %s", (text, value) => {
    expect(event(text).date).toBe(value);
  });
});

describe("event date: a day whose year the text does not tell", () => {
  test.each([
    // background years only: the date is unknown, not a year of the background
    ["Ngày 29/6, đoàn dự hội nghị bàn về Công ước (UNCLOS) 1982.", null],
    ["Ngày 7/2, Viện có văn bản về vụ chìm tàu xảy ra ngày 2/8/2013.", null],
    // a day still to come is not the day reported
    ["Sáng 20/6, thí sinh làm thủ tục dự thi. Ngày mai 21/6, thí sinh bắt đầu thi. Kỳ thi năm 2019 diễn ra ở 63 tỉnh.", "2019-06-20"],
  ])("%s → %s", (text, value) => {
    expect(event(text).date).toBe(value);
  });
  // what the text says of "now" gives the year of a day written without one (issue 13)
  test.each([
    // "từ đầu năm Y đến nay", "từ nay đến cuối năm Y": the text is in year Y
    ["Chiều 22/6, Cụm thi đua tổ chức hội nghị. Từ đầu năm 2017 đến nay, Thanh tra đã kiểm tra 40 đoàn.", "2017-06-22"],
    ["Sáng 5/7, Sở họp giao ban. Từ nay đến cuối năm 2018, các phòng hoàn thành kế hoạch.", "2018-07-05"],
    // "tính đến hết năm Y": a tally of a year that has ended; a law's year is background
    ["Ngày 10/6, Bộ tổ chức hội nghị sơ kết Luật Hợp tác xã (HTX) năm 2012. Tính đến hết năm 2016, cả nước có 1.000 HTX.", "2017-06-10"],
    // … and a year in a directive ("cần … xong trong năm 2018") is a target
    ["Ngày 10/6, Bộ họp. Tính đến hết năm 2016 có 100 HTX. Từ nay đến năm 2020, các tỉnh cần giải thể HTX yếu kém xong trong năm 2018.", "2017-06-10"],
    // a report of year Y with the plan of Y+1: the plan year has begun, unless the day is late in the year
    ["Ngày 26/4, Công ty tổ chức Đại hội cổ đông thường niên năm 2016, thông qua báo cáo năm 2016 và kế hoạch kinh doanh năm 2017.", "2017-04-26"],
    ["Ngày 20/12, Công ty thông qua báo cáo năm 2016 và kế hoạch kinh doanh năm 2017.", "2016-12-20"],
    // a streak of years that has ended: reviewed the year after, or at its end from October
    ["Chiều 20/6, Đảng ủy trao Bằng khen cho 5 đảng viên hoàn thành xuất sắc nhiệm vụ 5 năm liền (2012-2016).", "2017-06-20"],
    ["Sáng 2/10, Hội biểu dương các gia đình học tập xuất sắc 5 năm liền (2016-2020).", "2020-10-02"],
    // a birth date does not lend its year to the same day
    ["Tối 14/6, lễ tôn vinh diễn ra tại Hà Nội năm 2017. Giáo sư sinh ngày 14/6/1868.", "2017-06-14"],
    // a document cited was issued before the text
    ["Sáng 3-6, Công an tỉnh khởi tố giám đốc trốn thuế năm 2014 và 2015, theo quyết định số 2100/QĐ-CT ngày 19-9-2016 của Cục Thuế.", "2017-06-03"],
    // "phục hồi" is not "hồi" (back then); "vào cuối năm Y" told as past
    ["Chiều 16/5, Thủ tướng tiếp đoàn. Doanh thu giảm năm 2016 nhưng đang phục hồi vào những quý đầu năm 2017.", "2017-05-16"],
    ["Ngày 11-5, Hội đồng quản trị thông qua đơn từ nhiệm. Cổ phiếu của công ty niêm yết vào cuối năm 2016.", "2017-05-11"],
    // a deadline set on the day lends its year (audit F); a past date does not
    ["Ngày 12/4, Chủ tịch tỉnh yêu cầu các sở báo cáo trước ngày 20/4/2018. Vụ việc được phát hiện ngày 3/11/2017.", "2018-04-12"],
    ["Chiều 28/12, Sở yêu cầu các phòng nộp hồ sơ chậm nhất là ngày 15/1/2019.", "2018-12-28"],
    // a deadline far off is no clue
    ["Ngày 12/4, Bộ họp bàn đề án phải hoàn thành trước ngày 31/12/2019.", null],
  ])("%s → %s", (text, value) => {
    expect(event(text).date).toBe(value);
  });
  // a past year told without a past word ("cuối năm 2014 rút lui") still reads as the year of the text
  test.fails("a background year without a past word", () => {
    expect(event("Chiều 6/2, tỉnh cấp phép cho dự án. Chủ đầu tư cũ đăng ký vào năm 2006, cuối năm 2014 rút lui.").date).toBeNull();
  });
});
