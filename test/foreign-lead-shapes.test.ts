/**
 * A foreign name after a title and the words of an organisation, a brand or a country the run of
 * capitalised words opens with (recognize/name-lead.ts): the name is the person's, the words before
 * it the organisation's. Sentences written for these tests, not corpus text.
 */
import { describe, expect, test } from "vitest";
import { parseReport } from "../src/index.js";
import { names, posts } from "./helpers/people.js";

const orgs = (text: string) => parseReport(text).organizations.map((o) => o.text);

describe("a place begun in lower case before the run: 'châu Âu'", () => {
  test.each([
    ["Chủ tịch Ủy ban châu Âu Jean-Claude Juncker phát biểu tại hội nghị.", "Jean-Claude Juncker", "Chủ tịch | Ủy ban châu Âu"],
    ["Chủ tịch Hội đồng châu Âu Hans Mueller chủ trì phiên họp.", "Hans Mueller", "Chủ tịch | Hội đồng châu Âu"],
    ["Chủ tịch Ngân hàng Trung ương châu Âu Pierre Laurent giữ nguyên lãi suất.", "Pierre Laurent", "Chủ tịch | Ngân hàng Trung ương châu Âu"],
  ])("%s", (text, name, post) => {
    expect(posts(text, name)).toEqual([post]);
    expect(orgs(text)).toEqual([post.split(" | ")[1]]);
  });
  test("a Vietnamese name after it keeps its family name", () => {
    expect(posts("Vụ trưởng Vụ châu Âu Lê Văn Dũng tiếp đoàn.", "Lê Văn Dũng")).toEqual(["Vụ trưởng | Vụ châu Âu"]);
  });
});

describe("a title, an organisation's head and a brand before a foreign name", () => {
  test.each([
    ["Chủ tịch Tập đoàn Alibaba Jack Ma phát biểu tại diễn đàn.", "Jack Ma", "Chủ tịch | Tập đoàn Alibaba"],
    ["Chủ tịch Tập đoàn Kestrel Owen Tate cho biết. Cổ phiếu của tập đoàn Kestrel tăng mạnh.", "Owen Tate", "Chủ tịch | Tập đoàn Kestrel"],
  ])("%s", (text, name, post) => {
    expect(posts(text, name)).toEqual([post]);
    expect(orgs(text)).toEqual([post.split(" | ")[1]]);
  });
  test("no evidence the first word is the brand's: the run stays whole", () => {
    expect(names("Chủ tịch CLB Josep Maria Bartomeu phát biểu.")).not.toContain("Maria Bartomeu");
  });
  test("a Vietnamese run after the head stays the organisation's", () => {
    expect(orgs("Ông Trần Khánh Quang, Tổng giám đốc Công ty Việt An Hòa cho biết.")).toContain("Công ty Việt An Hòa");
  });
});

describe("a title, a brand and a country before a foreign name", () => {
  test("'Grab Việt Nam Jerry Lim': the name after the place", () => {
    expect(posts("Giám đốc điều hành Grab Việt Nam Jerry Lim cho biết công ty sẽ mở rộng.", "Jerry Lim")).toEqual(["Giám đốc điều hành | Grab Việt Nam"]);
  });
});

describe("a title and a word the text writes alone elsewhere", () => {
  test.each([
    ["Thủ tướng Australia Malcolm Turnbull phát biểu tại Canberra. Các nhà đầu tư của Australia lo ngại.", "Malcolm Turnbull", "Thủ tướng | Australia"],
    ["Tổng thống Moldova Igor Dodon thăm Moscow. Người dân Moldova ủng hộ.", "Igor Dodon", "Tổng thống | Moldova"],
    ["Giám đốc điều hành Grab Anthony Tan phát biểu. Ứng dụng Grab sẽ mở rộng.", "Anthony Tan", "Giám đốc điều hành | Grab"],
  ])("%s", (text, name, post) => expect(posts(text, name)).toEqual([post]));
  test("a three-word name with no word alone elsewhere stays whole", () => {
    expect(names("Tổng thống Recep Tayyip Erdogan phát biểu.")).toEqual(["Recep Tayyip Erdogan"]);
  });
  test("a performer's first name alone elsewhere is no brand", () => {
    expect(names("Vẻ gợi cảm của nữ diễn viên Gina Carano Joy. Fan của Gina rất đông.")).not.toContain("Carano Joy");
  });
  test("'ông Moon' elsewhere: the name stays whole", () => {
    expect(names("Tổng thống Moon Jae In thăm Mỹ. Ông Moon cho biết sẽ hợp tác.")).toContain("Moon Jae In");
  });
});

describe("an international body's name ending in lower case, then a foreign name", () => {
  test.each([
    ["Chủ tịch Quỹ Tiền tệ Quốc tế Claire Dupont phát biểu tại hội nghị.", "Claire Dupont", "Chủ tịch | Quỹ Tiền tệ Quốc tế"],
    ["Chủ tịch Ủy ban Olympic Quốc tế Thomas Weber khai mạc phiên họp.", "Thomas Weber", "Chủ tịch | Ủy ban Olympic Quốc tế"],
    ["Giám đốc Ngân hàng Thế giới Ousmane Diallo làm việc với Bộ Tài chính.", "Ousmane Diallo", "Giám đốc | Ngân hàng Thế giới"],
  ])("%s", (text, name, post) => {
    expect(posts(text, name)).toEqual([post]);
    expect(orgs(text)).toContain(post.split(" | ")[1]);
    expect(orgs(text).join()).not.toContain(name);
  });
  test("'Tổng thư ký Liên hợp quốc' before the name", () => {
    expect(posts("Tổng thư ký Liên hợp quốc Antonio Ruiz kêu gọi ngừng bắn.", "Antonio Ruiz")).toEqual(["Tổng thư ký | Liên hợp quốc"]);
  });
  test("a lower-case 'quốc tế' names no body: the run after it is no one", () => {
    expect(names("Tổng giám đốc Hãng thông tấn quốc tế Rossiya Segodnya cho biết.")).toEqual([]);
  });
  test("a body's name that is not one of an international body's ends stays as it was", () => {
    expect(names("Chủ tịch Hội Hữu nghị Việt Nam-Cuba phát biểu.")).toEqual([]);
  });
});
