/**
 * Shapes from the blind audit I (issue 14): a class of vehicle is no count ("xe 3 bánh", "xe khách
 * 45 chỗ"; "xe 42 bánh heroin", "bãi đỗ xe 1.200 chỗ" are); two signatures glued on after the last
 * sentence ("… trên địa bàn Quốc Hoàn - Thúy Nga", not after a role: "… của nghệ sĩ Xuân Bắc - Tự
 * Long"); the first number of a change takes the percent sign of the second ("từ 17,25 … xuống
 * 15,3%"; not a year or a count over 100: "từ 2019 lên 25%"); "công chức, viên chức" inside a
 * unit's name; a bare "triệu" before "để" after a money verb ("bỏ ra 70 triệu để bồi thường");
 * "một" as a part of a breakdown ("gồm một phụ huynh và 10 học sinh"); "Thị ủy viên" a post, as
 * "Huyện ủy viên" is.
 * Sentences written for these tests, not corpus text.
 */
import { describe, expect, test } from "vitest";
import { parseReport } from "../src/index.js";

const names = (text: string) => parseReport(text).people.map((p) => p.name);
const positions = (text: string, name: string) =>
  parseReport(text).people.find((x) => x.name === name)?.positions.map((x) => [x.title, x.org]) ?? null;
const figures = (text: string) =>
  parseReport(text).figures.map((f) => [f.kind, f.value, f.kind === "count" ? f.category : f.kind === "money" ? f.currency : null]);

describe("a class of vehicle is no count", () => {
  test("wheels and seats after a vehicle's word", () => {
    expect(figures("Đội kiểm tra xe 3 bánh tự chế và xe khách 29 chỗ chạy tuyến Bắc Giang.")).toEqual([]);
  });
  test("a list or a range of classes", () => {
    expect(figures("Tại trạm, ô tô 7 chỗ, 16 chỗ và xe 3-4 bánh được miễn phí.")).toEqual([]);
  });
  test("a city bus's and a sleeper coach's seats", () => {
    expect(figures("Tuyến mới dùng xe buýt 80 chỗ và xe giường nằm 64 chỗ.")).toEqual([]);
  });
  test("below a number of seats, and four-wheel drive", () => {
    expect(figures("Thuế xe dưới 9 chỗ ngồi giảm; mẫu này có hệ dẫn động 4 bánh.")).toEqual([]);
  });
  test("wheels and seats counted elsewhere stay counts", () => {
    expect(figures("Công an thu giữ 12 bánh heroin; nhà thi đấu có 800 chỗ ngồi.")).toEqual([
      ["count", 12, "other"],
      ["count", 800, "other"],
    ]);
  });
  test("more wheels or seats than a class of vehicle has: a count on or in the vehicle", () => {
    expect(figures("Công an thu giữ trên xe 25 bánh heroin; kho có xe 2.400 bánh nướng và ô tô 120 chỗ ngồi cũ.")).toEqual([
      ["count", 25, "other"],
      ["count", 2400, "other"],
      ["count", 120, "other"],
    ]);
  });
  test("a thing named after 'bánh', within a class's number: a count", () => {
    expect(figures("Đoàn kiểm tra phát hiện trên xe 14 bánh hêrôin giấu dưới ghế.")).toEqual([["count", 14, "other"]]);
  });
  test("a parking place, and 'phân loại', are no vehicle", () => {
    expect(figures("Tỉnh làm bến xe 40 chỗ và điểm trông xe 55 chỗ, rồi phân loại 24 chỗ cho khách.")).toEqual([
      ["count", 40, "other"],
      ["count", 55, "other"],
      ["count", 24, "other"],
    ]);
  });
  test("a verb or a place after the seats: still a vehicle", () => {
    expect(figures("Chiếc xe 16 chỗ đỗ trước cổng, xe khách 40 chỗ ở bến chờ khách.")).toEqual([]);
  });
  test("parking for a class of wheels, and a verb before the vehicle: still a class", () => {
    expect(figures("Phường dẹp bãi giữ xe hai bánh trái phép; anh đang đậu ô tô 7 chỗ bên đường.")).toEqual([]);
  });
});

describe("two signatures glued on after the last sentence", () => {
  test("joined by a dash", () => {
    expect(names("Lãnh đạo huyện đã tặng quà các gia đình chính sách trên địa bàn Minh Khoa - Thu Hiền")).toEqual(["Minh Khoa", "Thu Hiền"]);
  });
  test("two places joined by a dash are no signatures", () => {
    expect(names("Công ty vừa mở thêm chuyến xe chạy tuyến Hà Nội - Hải Phòng")).toEqual([]);
  });
  test("after a role or a title the two names are the people introduced, not signatures", () => {
    expect(names("Đêm văn nghệ có sự góp mặt của nghệ sĩ Quang Thắng - Vân Dung")).toEqual([]);
    expect(names("Buổi gặp mặt có sự tham dự của giám đốc Minh Khoa - Thu Hiền")).toEqual([]);
  });
});

describe("the percent sign of a change", () => {
  test("the first number takes the sign of the second", () => {
    expect(figures("Tỷ lệ hộ nghèo giảm từ 12,4 trong năm 2016 xuống 9,7% năm 2017.")).toEqual([
      ["percent", 12.4, null],
      ["percent", 9.7, null],
    ]);
  });
  test("up, with no year between", () => {
    expect(figures("Lãi suất tăng từ 6,5 lên 7%.")).toEqual([
      ["percent", 6.5, null],
      ["percent", 7, null],
    ]);
  });
  test("no sign after the second number: nothing shared", () => {
    expect(figures("Điểm trung bình tăng từ 6,5 lên 7,2.")).toEqual([]);
  });
  test("a year, or a number over 100, takes no sign", () => {
    expect(figures("Phụ cấp tăng từ 2019 lên 25%; số hộ tăng từ 350 lên 60%.")).toEqual([
      ["percent", 25, null],
      ["percent", 60, null],
    ]);
  });
  test("over 100 with a basis after the sign: a share of the plan", () => {
    expect(figures("Mức thực hiện tăng từ 108 lên 115% kế hoạch.")).toEqual([
      ["percent", 108, null],
      ["percent", 115, null],
    ]);
  });
  test("100 or less, whole or not, still takes the sign", () => {
    expect(figures("Tỷ lệ che phủ tăng từ 100 xuống 92%, rồi từ 0,5 lên 2%.")).toEqual([
      ["percent", 100, null],
      ["percent", 92, null],
      ["percent", 0.5, null],
      ["percent", 2, null],
    ]);
  });
});

describe("units and amounts", () => {
  test("'công chức, viên chức' inside a unit's name", () => {
    expect(positions("Bà Lê Thị Hoa, Trưởng phòng Công chức, viên chức Sở Nội vụ cho biết.", "Lê Thị Hoa")).toEqual([
      ["Trưởng phòng", "Phòng Công chức, viên chức Sở Nội vụ"],
    ]);
  });
  test("'Thị ủy viên', a member of a town's party committee, is a post", () => {
    expect(positions("Bà Trần Thị Mai, Trưởng phòng Nội vụ thị xã. Bà Mai là Thị ủy viên từ năm 2015.", "Trần Thị Mai")).toEqual([
      ["Trưởng phòng", "Phòng Nội vụ thị xã"],
      ["Thị ủy viên", null],
    ]);
  });
  test("a bare 'triệu' before 'để' after a money verb", () => {
    expect(figures("Anh ta đã bỏ ra 40 triệu để sửa nhà, còn chị Lan chi 15 triệu để mua xe.")).toEqual([
      ["money", 40_000_000, "VND"],
      ["money", 15_000_000, "VND"],
    ]);
  });
  test("people before 'để' stay a count", () => {
    expect(figures("Tỉnh cần thêm 2 triệu người để hoàn thành.")).toEqual([["count", 2_000_000, "personnel"]]);
  });
});

describe("'một' as a part of a breakdown", () => {
  test("after 'gồm', before a counted part", () => {
    expect(figures("Đoàn có 9 người gồm một lái xe và 8 học sinh.")).toEqual([
      ["count", 9, "personnel"],
      ["count", 1, "other"],
      ["count", 8, "training"],
    ]);
  });
  test("no counted part after it: an article", () => {
    expect(figures("Căn nhà gồm một sân rộng phía trước.")).toEqual([]);
  });
});
