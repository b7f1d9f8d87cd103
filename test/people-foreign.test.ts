/**
 * Foreign names with no title before them whose last word alone speaks elsewhere
 * (recognize/people-foreign.ts lastSpeaks), and a role after a name (roleAfter): the runs of the
 * 2017 archive that made wrong people ("Video Chelsea", "Thomson Reuters", "Mercedes Benz",
 * "Harvard Kennedy School" …) and the people that must stay. Sentences written for these tests in
 * the archive's shapes, not corpus text.
 */
import { describe, expect, test } from "vitest";
import { parseReport } from "../src/index.js";

const names = (text: string) => parseReport(text).people.map((p) => p.name);

describe("no one's name: the last word speaks as an outlet, a club, a brand or a country", () => {
  test.each([
    // a label before a club
    "Video Chelsea hạ Arsenal 3-1. Trong một thông báo, Chelsea cho biết sẽ bán vé.",
    // an outlet, then a club's two words
    "Theo Thomson Reuters, giá dầu tăng mạnh. Reuters cho biết giá sẽ còn tăng.",
    "Borussia Dortmund đã đồng ý bán tiền đạo. Dortmund cho biết khoản phí là 100 triệu euro.",
    "Real Madrid muốn mua cầu thủ từ Atletico Madrid. Madrid cho biết sẽ trả giá cao.",
    // a hyphen joins: "Benz" is not alone in "Mercedes-Benz tiết lộ"
    "Hình ảnh đầu tiên Mercedes-Benz tiết lộ cho thấy mẫu xe mới. Mercedes Benz tiếp tục trở lại phân khúc off-road.",
    "Clip Tzuyu nhảy trên sân khấu gây sốt mạng. Tzuyu cho biết cô đã tập luyện nhiều tháng.",
    "Fan Gigi xếp hàng từ sáng sớm. Gigi cho biết cô rất xúc động.",
    "Trên mạng Internet Facebook là mạng xã hội lớn nhất. Facebook cho biết sẽ sửa lỗi ngay.",
    "Hãng bảo mật được Microsoft Kaspersky hợp tác từ năm ngoái. Kaspersky cho biết sẽ khởi kiện.",
    "Trọng tài nữ đầu tiên của Bundesliga Steinhaus đã bắt chính trận đấu. Steinhaus cho biết cô rất vui.",
    "Các nước vùng Baltic Estonia, Latvia lo ngại cuộc tập trận. Estonia cho biết sẽ tăng quân.",
    "Trang Sina đưa tin về vụ việc. Sina cho biết sẽ cập nhật thêm.",
    "Salon Scarborough mở cửa lại sau đợt sửa chữa. Scarborough cho biết sẽ giảm giá.",
    "Maserati Quattroporte là mẫu sedan hạng sang. Những chiếc xe thể thao nói chung hay Quattroporte nói riêng chỉ dành cho người giàu.",
  ])("%s", (text) => expect(names(text)).toEqual([]));

  test("an outlet credited before a given name makes no two-word name", () => {
    const found = names("Ảnh: Reuters Yasmine liên tục kiểm tra điện thoại. Yasmine cho biết cô rất lo lắng.");
    expect(found).not.toContain("Reuters Yasmine");
    expect(found.every((n) => n === "Yasmine")).toBe(true);
  });

  test("a hyphen joins words that are in no list", () => {
    expect(names("Hình ảnh đầu tiên Zorin-Kelt tiết lộ cho thấy mẫu xe mới. Zorin Kelt tiếp tục trở lại thị trường.")).toEqual([]);
  });
});

describe("a role after a school's name describes no person", () => {
  test.each([
    "Harvard Kennedy School - nhà nghiên cứu chính sách công hàng đầu thế giới đã công bố báo cáo.",
    "Berklee College - nhà nghiên cứu âm nhạc hàng đầu thế giới vừa mở khóa học mới.",
  ])("%s", (text) => expect(names(text)).toEqual([]));
});

describe("people that stay", () => {
  test("the family name alone, speaking", () => {
    expect(names("Walter Isaacson viết cuốn tiểu sử trong hai năm. Isaacson nói rằng ông rất kỹ tính.")).toEqual(["Walter Isaacson"]);
  });
  test("a club's name as a given name", () => {
    expect(names("Chelsea Clinton có mặt tại buổi lễ hôm qua. Clinton nói rằng cô rất xúc động.")).toEqual(["Chelsea Clinton"]);
  });
  test("names joined by hyphens in a headline say nothing about the one speaking alone", () => {
    expect(names("Sắp có tam tấu Ibra-Griezmann-Costa. Vụ mua Diego Costa đã được đề cập sau khi Costa tiết lộ tin nhắn của HLV.")).toContain("Diego Costa");
  });
});

describe("a brand between a title or a role and a foreign name, no comma: the brand is the organisation", () => {
  const people = (text: string) => parseReport(text).people.map((p) => ({ name: p.name, positions: p.positions.map((x) => [x.title, x.org ?? null]) }));
  test.each([
    ["Giám đốc điều hành Facebook Owen Tate cho biết mạng xã hội sẽ mở rộng sang châu Phi.", "Owen Tate", [["Giám đốc điều hành", "Facebook"]]],
    ["Tổng giám đốc Samsung Kwon Min-jae phát biểu tại hội nghị ở Seoul.", "Kwon Min-jae", [["Tổng giám đốc", "Samsung"]]],
    ["CEO Netflix Laura Brixton nói rằng doanh thu tăng mạnh.", "Laura Brixton", [["CEO", "Netflix"]]],
    // a founder's role before the brand (the role is no post: no position)
    ["Nhà đồng sáng lập Google Laura Brixton vừa công bố quỹ đầu tư mới.", "Laura Brixton", []],
    ["Người sáng lập Alibaba Walter Isaacson đã đến Hà Nội hôm qua.", "Walter Isaacson", []],
  ])("%s", (text, name, positions) => {
    expect(people(text)).toEqual([{ name, positions }]);
  });

  test("a brand with no role before it makes no one", () => {
    expect(names("Facebook Owen Tate cho biết sẽ sửa lỗi.")).toEqual([]);
    expect(names("Theo Reuters Owen Tate là người đứng đầu nhóm nghiên cứu.")).toEqual([]);
    // a product's name after the brand, then a sentence run on without its stop
    expect(names("Ông phát hiện nó qua Google Earth Brixton sống ở ngoại ô. Brixton tuyên bố không ai biết điều đó.")).toEqual([]);
  });

  test("a country before a three-word name still stays out of it", () => {
    expect(people("Tổng thống Hàn Quốc Moon Jae In cho biết sẽ hợp tác.")).toEqual([{ name: "Moon Jae In", positions: [["Tổng thống", "Hàn Quốc"]] }]);
  });
});
