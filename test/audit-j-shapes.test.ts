/**
 * Shapes from the audit J of archive posts beyond institute news (issue 14): a pen name that is also
 * a place's signs a post alone after its last stop ("… ./. Hà Giang"); a historical name is a
 * namesake's with a form of address and a birth year after it ("anh Trần Quốc Tuấn (SN 1970, …)");
 * a foreign name with a role after it ("X, một nhà văn …"), a role and its organisation before it
 * ("CEO Acme, X") or its last word speaking alone ("… Tate nói").
 * Sentences written for these tests, not corpus text.
 */
import { describe, expect, test } from "vitest";
import { parseReport } from "../src/index.js";

const names = (text: string) => parseReport(text).people.map((p) => p.name);

describe("a pen name that is also a place's", () => {
  test.each([
    ["Các đại biểu thống nhất kiến nghị sửa đổi quy chế phối hợp giữa các tỉnh./. Thái Bình", "Thái Bình"],
    ["Chương trình sẽ được mở rộng sang năm học tới. Hà Giang", "Hà Giang"],
    ["Cơ quan điều tra đang làm rõ nguyên nhân vụ cháy. Ảnh: Minh Tâm. Khánh Hòa", "Khánh Hòa"],
  ])("signs %s", (text, name) => expect(names(text)).toContain(name));
  test("a region's name there labels a desk", () => {
    expect(names("Cơ quan điều tra đang làm rõ nguyên nhân vụ cháy. Ảnh: Minh Tâm. Tây Nguyên")).toEqual(["Minh Tâm"]);
  });
  test.each([
    "Đoàn công tác đã về thăm và làm việc với lãnh đạo tỉnh Thái Bình",
    "Năm nay sản lượng chè tăng mạnh ở Hà Giang",
    "Đoàn đại biểu tỉnh Thái Bình - Hà Giang",
  ])("no signature in %s", (text) => expect(names(text)).toEqual([]));
});

describe("a historical name borne by someone alive", () => {
  test("a form of address and a birth year in brackets", () => {
    expect(names("Xe tải do anh Trần Hưng Đạo (SN 1988, trú huyện Gia Lâm) điều khiển đã tông vào dải phân cách.")).toEqual(["Trần Hưng Đạo"]);
  });
  test("an age in brackets", () => {
    expect(names("Anh Lý Tự Trọng (27 tuổi) là người phát hiện vụ việc.")).toEqual(["Lý Tự Trọng"]);
  });
  test.each([
    "Tượng đài Trần Hưng Đạo (sinh năm 1228) được dựng bên bờ sông.",
    "Cửa hàng nằm trên đường Trần Hưng Đạo (SN 12) của thành phố.",
  ])("no one in %s", (text) => expect(names(text)).toEqual([]));
});

describe("foreign names", () => {
  test("a role after the name, with 'một'", () => {
    expect(names("Laura Brixton, một nhà văn người Canada, vừa ra mắt cuốn sách mới tại Hà Nội.")).toEqual(["Laura Brixton"]);
  });
  test("a role after the name opening the clause, lower-case words after it", () => {
    expect(names("Owen Tate - nhà viết tiểu sử nổi tiếng với nhiều cuốn sách bán chạy.")).toEqual(["Owen Tate"]);
  });
  test("a role that opens the next name describes that one", () => {
    expect(names("Theo Morning Herald, nhà nghiên cứu Owen Tate cho rằng thị trường sẽ hồi phục.")).toEqual(["Owen Tate"]);
  });
  test("a role and its organisation before the name", () => {
    expect(names("Theo CEO Northwind, Marcus Delaney, doanh thu quý này tăng mạnh.")).toEqual(["Marcus Delaney"]);
  });
  test("a founder of an organisation, past a comma; not the organisation a founder founded", () => {
    expect(names("Cuốn sách kể về người đồng sáng lập Northwind, Marcus Delaney, và những năm đầu của hãng.")).toEqual(["Marcus Delaney"]);
    expect(names("Bức tượng được treo ở văn phòng của người đồng sáng lập Blue Harbor.")).toEqual([]);
  });
  test("a person's name between the role and the comma is that person's", () => {
    expect(names("Theo doanh nhân Lê Văn Hùng, Blue Harbor là thương hiệu lớn ở châu Âu.")).toEqual(["Lê Văn Hùng"]);
  });
  test("the family name alone, speaking", () => {
    expect(names("Marcus Delaney có mặt tại Hà Nội hôm qua. Tại buổi gặp, Delaney nói rằng anh rất thích ẩm thực Việt.")).toEqual(["Marcus Delaney"]);
  });
  test("a country speaks too", () => {
    expect(names("Quân đội đã giải cứu con tin ở miền Nam Philippines. Philippines cho biết chiến dịch sẽ tiếp tục.")).toEqual([]);
  });
  test("a word after several capitalised words is a name of its own", () => {
    expect(names("Tối qua Arsenal Chelsea hòa nhau. Trước đó Tottenham Chelsea cũng hòa. Chelsea cho biết sẽ khiếu nại.")).toEqual([]);
  });
  test("a run opened by a Vietnamese word is no one's name", () => {
    expect(names("Trên Facebook, một nhà báo vẫn có thể đưa tin nhanh chóng.")).toEqual([]);
  });
});

describe("'CEO' is a post", () => {
  const positions = (text: string, name: string) =>
    parseReport(text).people.find((x) => x.name === name)?.positions.map((x) => [x.title, x.org]) ?? null;
  test("with its organisation after it, and 'cựu' kept", () => {
    expect(positions("Theo ông Lê Văn Hùng, cựu CEO Tập đoàn Northwind, thị trường sẽ hồi phục.", "Lê Văn Hùng")).toEqual([["cựu CEO", "Tập đoàn Northwind"]]);
  });
  test("before a foreign name, its organisation between", () => {
    expect(positions("CEO Northwind, Marcus Delaney, cho biết doanh thu tăng.", "Marcus Delaney")).toEqual([["CEO", "Northwind"]]);
  });
  test("'CEO của' an organisation names no one", () => {
    expect(names("Dưới đây là chiến lược đầu tư từ CEO của Blue Harbor. Doanh nghiệp cần bền vững.")).toEqual([]);
  });
});
