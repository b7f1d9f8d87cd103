/**
 * Photo credits written after a capital "Ảnh" with no colon, at the end of a caption (audit F), and
 * news outlets named like people (lexicon/outlets.ts).
 * Sentences written for this test.
 */
import { describe, expect, test } from "vitest";
import { parseReport } from "../src/index.js";
import { OUTLETS } from "../src/lexicon/outlets.js";

const names = (text: string) => parseReport(text).people.map((p) => p.name);

describe("a credit with no colon", () => {
  test.each([
    ["Đoàn viên tham gia hiến máu đầu xuân Ảnh Quang Vinh Tại buổi lễ, Ban tổ chức trao quà.", ["Quang Vinh"]],
    ["Chủ tịch Công đoàn trao quà cho công nhân Ảnh Thu Hà", ["Thu Hà"]],
    ["Toàn cảnh hội nghị. Ảnh Bảo Ngọc.", ["Bảo Ngọc"]],
  ])("%s", (text, want) => expect(names(text)).toEqual(want));
});

describe("not credits", () => {
  test.each([
    // a picture of someone, followed by the rest of the sentence
    "Ảnh Bác Hồ được treo trang trọng ở hội trường.",
    // a lower-case "ảnh" is a picture
    "Học sinh xem ảnh Hồng Hà tư liệu.",
    // a newspaper credited
    "Thi thể được phát hiện chiều 6/2. Ảnh Tuổi Trẻ Công an đã xác định nạn nhân.",
  ])("%s", (text) => expect(names(text)).toEqual([]));
});

describe("outlets named like people (lexicon/outlets.ts) are credited, not people", () => {
  test.each(OUTLETS.map((o) => [o]))("%s", (o) => {
    expect(names(`Toàn cảnh buổi lễ. Ảnh: ${o}`)).toEqual([]);
    expect(names(`Toàn cảnh buổi lễ. Ảnh ${o}`)).toEqual([]);
  });
});

describe("an author signed with the outlet keeps the author", () => {
  test.each([
    ["Đội bóng đã có chiến thắng thuyết phục. Minh Tuấn - Thể Thao Việt Nam | 06:25 09/02/2017 Tin liên quan", ["Minh Tuấn"]],
    ["Buổi lễ kết thúc lúc 11 giờ. Thu Hằng - Tiền Phong", ["Thu Hằng"]],
  ])("%s", (text, want) => expect(names(text)).toEqual(want));
});
