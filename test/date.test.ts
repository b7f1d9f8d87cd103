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
  ["2017-06-02", ["2/6/17", "02/06/2017"]],
  ["2017-08-03", ["ngày 3 - 6/8/2017", "ngày 3-6/8/2017"]],
  ["2020-11-09", ["ngày 09 tháng 11năm 2020"]],
  ["--09-14", ["Chiều 14/9", "chiều 14/9", "Sáng nay 14/9", "sáng nay, ngày 14/9", "ngày 14-9", "Tối 14.9", "trưa 14-9"]],
  ["--02-03", ["mùng 3 tháng 2", "mồng 3 tháng 2", "ngày 3 tháng 2", "mùng 3/2"]],
];
const MONTHS: [string, string[]][] = [
  ["2022-12", ["tháng 12/2022", "tháng 12-2022", "tháng 12.2022", "tháng 12 năm 2022", "Tháng 12/2022", "tháng 12, năm 2022"]],
  ["2017-02", ["tháng 2-2017", "tháng 02/2017"]],
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
    ["Chiều 14/9, đoàn công tác làm việc với Tập đoàn. Ảnh chụp chiều 14/9/2017.", "2017-09-14"],
    // the year in the sentence of the date
    ["Ngày 9/8, Công đoàn tổ chức Đại hội nhiệm kỳ 2018-2023. Năm 2015 đơn vị đạt giải.", "2018-08-09"],
    // a review of a period ends in its last year
    ["Sáng 2/10, Hội tổ chức Hội nghị tổng kết giai đoạn 2011-2015.", "2015-10-02"],
    // the year of the text, not a target year
    ["Chiều 9/6, hai bên ký kết chương trình. Năm 2017 là năm bản lề. Phấn đấu đến năm 2020 hoàn thành.", "2017-06-09"],
    // an anniversary: founded in 2007, ten years on
    ["Sáng 12/9, Tổng công ty tổ chức lễ kỷ niệm 10 năm thành lập. Ngày 11/9/2007, Bộ ban hành quyết định thành lập.", "2017-09-12"],
  ])("%s → %s", (text, value) => {
    const first = dates(text)[0]!;
    expect(first.value).toBe(value);
    expect(first.yearInferred).toBe(true);
  });

  test("no year anywhere: --MM-DD", () => {
    expect(dates("Chiều 14/9, đoàn công tác làm việc.")[0]!.value).toBe("--09-14");
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
    "23/27 doanh nghiệp đã ký thỏa ước.",
    "Hiện nay 45/63 tỉnh, thành phố đã triển khai.",
    "Quyết định số 205/QĐ-TTg đã được ban hành.",
    "Thông tư 16/2007/QĐ-BCVT",
    "Ông đến đồn công an 3-4 lần.",
    "Giá điện khu vực từ 17-21 cent/kWh.",
    "cách mạng công nghiệp 4.0",
    "đạt 8,5 điểm",
    "tỷ số 2-1",
    "doanh thu chỉ bằng 1/2 so với mọi năm",
    "bị phạt 2 năm 7 tháng 5 ngày tù",
    "cổ phiếu tăng 5.4 điểm",
    "xếp thứ 07/13 toàn quốc",
    "tỷ lệ hộ nghèo giảm từ 3-4%",
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

describe("dates: years of the background do not date a day", () => {
  // value: the year-less day keeps no year ("--MM-DD") or takes the year the text treats as now
  test.each([
    // a law, a convention, a film release: names, not the time of the text
    ["Ngày 29/6, đoàn dự hội nghị bàn về Công ước (UNCLOS) 1982.", "--06-29"],
    ["Ngày 12/3, tỉnh kiểm tra việc thi hành Luật Đất đai 2013.", "--03-12"],
    // the year a law was amended
    ["Chiều 14/4, tòa xử bị cáo theo Bộ luật Hình sự năm 1999, sửa đổi, bổ sung năm 2009.", "--04-14"],
    ["Sáng 20/9, Sở phổ biến những điểm mới của quy định vừa được sửa đổi năm 2014.", "--09-20"],
    ["Chiều 5/8, tòa xử bị cáo theo Bộ luật Hình sự 1999 sửa đổi 2009.", "--08-05"],
    // a code of law by its initials ("BLHS" Bộ luật Hình sự, "BLTTHS" Tố tụng hình sự, "BLDS" Dân sự)
    ["Chiều 11/7, tòa tuyên phạt bị cáo theo khoản 2 Điều 139 BLHS 1999.", "--07-11"],
    ["Sáng 4/10, luật sư đề nghị áp dụng Điều 73 BLTTHS năm 2003 cho thân chủ.", "--10-04"],
    ["Ngày 19/2, hai bên tranh chấp hợp đồng theo quy định của BLDS 2005 và BLLĐ 2012.", "--02-19"],
    ["Ngày 3/6, hãng giới thiệu phần tiếp theo của bộ phim (2021).", "--06-03"],
    // a career told in the past
    ["Ngày 10/5, ông nhận quyết định. Ông từng làm giám đốc sở năm 2006. Vào năm 2009 ông chuyển công tác.", "--05-10"],
    // a running term: its first year is not now
    ["Sáng 8/2, ông được giới thiệu giữ chức Phó Bí thư Tỉnh ủy nhiệm kỳ 2015-2020.", "--02-08"],
    // a past day in the same sentence, a birth date
    ["Ngày 7/2, Viện có văn bản về vụ chìm tàu xảy ra ngày 2/8/2013.", "--02-07"],
    ["Sáng 8/2, ông Trần Văn Tư (sinh ngày 20-5-1970) nhận nhiệm vụ mới.", "--02-08"],
    // a comparison with a year is not the year of the text
    ["Ngày 5/3, doanh thu tăng 10% so với năm 2015.", "--03-05"],
    // nor a comparison with a day (within 45 days of the day, it lent it its year)
    ["Chiều 6/2, Sở cho biết dư nợ tăng 24% so với 31/12/2015.", "--02-06"],
    ["Sáng 8/1, Sở cho biết huy động vốn tăng 9% so với cùng kỳ ngày 31/12/2018.", "--01-08"],
    // years of reported figures
    ["Ngày 22/6, Bộ họp. Năm 2011 cả nước có 50.000 đơn vị, năm 2015 là 48.000 đơn vị.", "--06-22"],
    // an amount is not a year
    ["Ngày 11/1, công ty cho biết đã có hơn 2000 điểm bán hàng.", "--01-11"],
  ])("%s → %s", (text, value) => {
    expect(dates(text)[0]!.value).toBe(value);
  });

  test.each([
    // the same period a year before: the text is a year later
    ["Ngày 15/6, Sở báo cáo xuất khẩu tăng 12% so với cùng kỳ 2018.", "2019-06-15"],
    ["Tối 5/2, ca sĩ chia sẻ về năm 2018 vừa qua.", "2019-02-05"],
    ["Sáng 7/2, giá vàng tăng 5% so với cuối năm 2018.", "2019-02-07"],
    ["Chiều 6/2, số vụ tai nạn giảm so với Tết năm 2018.", "2019-02-06"],
    ["Sáng 7/2, giá vàng cao hơn cùng thời điểm năm 2018.", "2019-02-07"],
    // a review of a whole year, held early the next year; or at its end
    ["Sáng 6/2, Công ty tổ chức hội nghị tổng kết năm 2018.", "2019-02-06"],
    ["Sáng 19/12, Sở tổ chức hội nghị tổng kết năm 2018.", "2018-12-19"],
    // the review closes the earliest year of its sentence; a later one is the plan it opens
    ["Chiều 12/2, Sở tổ chức hội nghị tổng kết công tác năm 2018, bàn nhiệm vụ trọng tâm năm 2019.", "2019-02-12"],
    ["Sáng 9/1, Hội tổng kết năm 2018 và triển khai phương hướng năm 2019.", "2019-01-09"],
    // a review of a period held after it ends
    ["Ngày 28/6, Ban tổ chức hội nghị tổng kết 5 năm (2013 - 2018) thực hiện đề án.", "2019-06-28"],
    // a period that starts now
    ["Chiều 9/6, hai bên ký kết chương trình phối hợp giai đoạn 2019-2024.", "2019-06-09"],
    // a term opened by a congress
    ["Sáng 8/2, Đại hội bầu Ban chấp hành nhiệm kỳ 2019-2024.", "2019-02-08"],
    // a school year: its second year before August
    ["Sáng 6/2, trường sơ kết học kỳ I năm học 2018-2019.", "2019-02-06"],
    // a school year to come (admissions, an entrance exam): its first year
    ["Sáng 2/6, hơn 70.000 học sinh bước vào kỳ thi vào lớp 10 năm học 2018-2019.", "2018-06-02"],
    ["Ngày 15/3, Sở công bố phương án tuyển sinh năm học 2018-2019.", "2018-03-15"],
    // a day written in full close to it
    ["Chiều 6/2, phụ huynh trao đổi về sự việc ngày 5/2/2019.", "2019-02-06"],
    // after a day told as past, when the year is only the text's
    ["Sáng nay 6/2, tuyến xe buýt đông khách. Năm 2018 tuyến chạy thử, khai trương ngày 31/12/2018.", "2019-02-06"],
    // the end of a year told as past
    ["Ngày 6/2, Viện công bố kết quả. Cuối năm 2018, Bộ đã phê duyệt dự án.", "2019-02-06"],
    // a whole year told as done opening its clause: the day before October is a year later
    ["Chiều 6/2, Sở họp báo. Năm 2018, ngành du lịch đã đón 2 triệu khách.", "2019-02-06"],
    ["Sáng 12/5, Hội đồng quản trị họp. Trong năm 2018, công ty đã trả cổ tức 10%.", "2019-05-12"],
    // (after an ellipsis, which ends the sentence before it)
    ["Chiều 22/6, Phó Chủ tịch tiếp đoàn người có công, thương binh, thân nhân liệt sĩ… Năm 2018, tỉnh đã chi 158 tỷ đồng trợ cấp.", "2019-06-22"],
    // not: a year of the text's plans, part of it, an event named with it, or a day from October
    ["Chiều 6/2, Sở họp báo. Năm 2018, ngành đã đón 2 triệu khách. Kế hoạch năm 2018 là 3 triệu khách.", "2018-02-06"],
    ["Sáng 6/7, Sở họp. Năm 2018, ngành đã đón 2 triệu khách trong 6 tháng đầu năm 2018.", "2018-07-06"],
    ["Sáng 6/2, lễ hội Xuân 2018 đã khai mạc.", "2018-02-06"],
    ["Sáng 19/12, Sở họp. Năm 2018, ngành đã đón 2 triệu khách.", "2018-12-19"],
  ])("%s → %s", (text, value) => {
    const first = dates(text)[0]!;
    expect(first.value).toBe(value);
    expect(first.yearInferred).toBe(true);
  });

  test.each([
    // "sửa đổi" with no law's year before it, or a comma before the year: the year is the text's own
    ["Sau khi được sửa đổi, năm 2016 số vụ vi phạm giảm mạnh. Ngày 10/5, đoàn kiểm tra làm việc tại huyện.", "2016-05-10"],
    ["Kế hoạch được điều chỉnh, sửa đổi năm 2017. Ngày 6/9, UBND tỉnh họp bàn triển khai.", "2017-09-06"],
  ])("%s → the day %s", (text, value) => {
    expect(dates(text).find((d) => d.precision === "day")?.value).toBe(value);
  });

  test("an amount is not the year of the text", () => {
    const ctx = ctxOf("Công ty có hơn 2000 điểm bán hàng trên cả nước.");
    expect(documentYear(ctx, recognizeDates(ctx))).toBeNull();
  });
});

describe("dates: the reference date (ParseOptions.referenceDate)", () => {
  const withRef = (text: string, referenceDate: string) => recognizeDates({ ...ctxOf(text), referenceDate });
  test.each([
    ["Chiều 20/6, đoàn công tác làm việc với tỉnh.", "2019-06-21", "2019-06-20"],
    // a day late in the year, reported early the next
    ["Ngày 28/12, hội nghị đã diễn ra.", "2019-01-05", "2018-12-28"],
    ["Ngày 3/4, hội nghị đã diễn ra.", "2019", "2019-04-03"],
    // the year of the reference beats the background of the text
    ["Ngày 10/5, ông nhận quyết định. Tháng 5-2013 ông được bầu làm Bí thư.", "2019-05-11", "2019-05-10"],
    // the same day written in full in the text wins
    ["Chiều 20/6, đoàn làm việc. Ảnh chụp chiều 20/6/2018.", "2019-06-21", "2018-06-20"],
    // a reference of a year alone bounds the text's reading: the year before it when the text says so …
    ["Ngày 28/12, Sở tổ chức hội nghị tổng kết năm 2016.", "2017", "2016-12-28"],
    // … not a year after it, nor a background year long before it
    ["Ngày 27/6, Hội đồng bàn mức lương tối thiểu năm 2018.", "2017", "2017-06-27"],
    ["Ngày 12/5, Bộ họp. Năm 2013, tỉ lệ này là 11%.", "2017", "2017-05-12"],
    // … and the year before it only for a day late in that year (reported early the next)
    ["Tối 9/6, Công ty nhận giải Top 50 doanh nghiệp năm 2016.", "2017", "2017-06-09"],
    ["Sáng 15/11, Sở tổ chức hội nghị tổng kết công tác năm 2016.", "2017", "2016-11-15"],
  ])("%s (%s) → %s", (text, ref, value) => {
    expect(withRef(text, ref)[0]!.value).toBe(value);
  });
});

describe("dates: the term of a post the text calls former is over", () => {
  test("a year inside a former post's term dates no day", () => {
    // the years of a career under a former post: the text is after its term, its year unknown
    const text =
      "Sáng 3.6, Ủy ban Kiểm tra thông báo kỷ luật ông Trần Văn Lực, nguyên Phó chủ tịch UBND H.Sơn Tây, nhiệm kỳ 2005 - 2010. Năm 2008, với trách nhiệm được giao, ông Lực ký quyết định giao đất không đúng đối tượng.";
    expect(dates(text)[0]!.value).toBe("--06-03");
  });
  test("a post held now keeps the year", () => {
    const text =
      "Sáng 3.6, ông Trần Văn Lực, nguyên Chánh văn phòng, hiện là Phó chủ tịch UBND huyện nhiệm kỳ 2016 - 2021, làm việc với đoàn. Trong 6 tháng đầu năm 2017, huyện đã giao đất cho 50 hộ.";
    expect(dates(text)[0]!.value).toBe("2017-06-03");
  });
});
