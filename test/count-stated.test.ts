/**
 * Counts stated after their noun (src/recognize/count-stated.ts): sentences written for these
 * tests; each row gives the count parseReport must read, or that it must read none.
 */
import { describe, expect, test } from "vitest";
import { parseReport } from "../src/index.js";

const counts = (text: string) =>
  parseReport(text)
    .figures.filter((f) => f.kind !== "percent")
    .map((f) => [f.kind, f.value, f.kind === "count" ? f.category : null]);

describe("the number ends the clause, the subject names the counted noun", () => {
  test.each([
    ["Số giáo viên được nâng lương trong năm 2016 là 348.", [["count", 348, "personnel"]]],
    ["Năm nay, chỉ tiêu tuyển sinh của trường là 1.800, tăng so với năm trước.", [["count", 1800, "task"]]],
    ["Tổng số hội viên của Hội: 2.416.", [["count", 2416, "personnel"]]],
    ["Số lượng hợp tác xã thành lập mới đạt 57.", [["count", 57, "organization"]]],
    ["Số người dự là 200; trong đó số học viên là 35.", [["count", 200, "personnel"], ["count", 35, "training"]]],
    // a mark between the subject and the number is no other count
    ["Số học sinh đạt điểm 10 môn Ngữ văn năm nay là 4.120.", [["count", 4120, "training"]]],
    // "đều" before a qualified number links it to the subject
    ["Số lượng đoàn viên ở mỗi huyện đều trên 12.000; riêng thành phố có nhiều hơn.", [["count", 12000, "personnel"]]],
    // the next items of a list take the first item's subject; "trên tổng số …" ends the clause
    [
      "Số học sinh đạt điểm 10 cuối năm môn Ngữ văn là 31.204, môn Lịch sử là 12.077 trên tổng số 50.860 học sinh.",
      [["count", 31204, "training"], ["count", 12077, "training"], ["count", 50860, "training"]],
    ],
    ["Số đoàn viên nữ là 1.320; đoàn viên nam là 1.105.", [["count", 1320, "personnel"], ["count", 1105, "personnel"]]],
  ] as const)("%s", (text, expected) => expect(counts(text)).toEqual(expected));
});

describe("not a stated count", () => {
  test.each([
    ["Số điện thoại đường dây nóng là 0912345678.", []],
    ["Số 18 là trụ sở cũ của Sở.", []],
    ["Số tài khoản của quỹ là 102010000123456.", []],
    ["Số học sinh tăng nhiều nhất ở các quận: 7, Bình Thạnh.", []],
    ["Số tiền hỗ trợ mỗi hộ là 200 triệu.", []],
    // the number has its own noun: read once, by count.ts
    ["Số cán bộ được khen thưởng là 12 người.", [["count", 12, "award"]]],
    // a number between the subject and the link: the subject is not this number's
    ["Số xã đạt chuẩn tăng 5 lần, lên 40.", []],
    // a list's next item has a subject of its own (its first word not in the first subject's)
    ["Số cán bộ của phòng là 48, tuổi bình quân là 41.", [["count", 48, "personnel"]]],
  ] as const)("%s", (text, expected) => expect(counts(text).filter((f) => f[0] === "count")).toEqual(expected));
});
