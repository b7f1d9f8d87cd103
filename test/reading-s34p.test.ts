/**
 * Reading fixed in round 34 (helper readP; blind audit P's shapes, sentences written for these tests):
 *   - "Thay mặt X, " / "Về phía X, ": X is the organisation of the FIRST title after it only, and never of
 *     a title naming its own body ("Chủ tịch nước").
 * Each with sentences that must not change.
 */
import { describe, expect, test } from "vitest";
import { parseReport } from "../src/index.js";

const posts = (text: string) => parseReport(text).people.map((p) => [p.name, p.positions.map((x) => [x.title, x.org])]);

describe("the side a speaker stands for: the first title only", () => {
  test.each([
    ["Thay mặt Ban cán sự đảng Bộ, Bí thư, Bộ trưởng Lê Văn Hải phát biểu.", [["Lê Văn Hải", [["Bí thư", "Ban cán sự đảng Bộ"], ["Bộ trưởng", null]]]]],
    ["Về phía Sở Tài chính, Phó Giám đốc, Bí thư Đảng ủy Trần Minh Châu cho biết.", [["Trần Minh Châu", [["Phó Giám đốc", "Sở Tài chính"], ["Bí thư", "Đảng ủy"]]]]],
    ["Đại diện Sở Nội vụ, Phó Giám đốc, Trưởng phòng Lê Văn Hùng phát biểu.", [["Lê Văn Hùng", [["Đại diện", "Sở Nội vụ"], ["Phó Giám đốc", "Sở Nội vụ"], ["Trưởng phòng", null]]]]],
    // a title naming its own body takes no side
    ["Tại buổi gặp, thay mặt Đảng và Nhà nước, Chủ tịch nước Nguyễn Văn Bình bày tỏ vui mừng.", [["Nguyễn Văn Bình", [["Chủ tịch nước", null]]]]],
  ] as const)("%s", (text, want) => {
    expect(posts(text)).toEqual(want);
  });
  test.each([
    // unchanged: one title after the side, a title with its own organisation
    ["Về phía Bộ Tư pháp, Thứ trưởng Nguyễn Văn An cho biết.", [["Nguyễn Văn An", [["Thứ trưởng", "Bộ Tư pháp"]]]]],
    ["Thay mặt UBND tỉnh, Phó Chủ tịch Lê Thị Hoa trao quà.", [["Lê Thị Hoa", [["Phó Chủ tịch", "UBND tỉnh"]]]]],
    ["Thay mặt Ban Tổ chức, Trưởng ban Tổ chức Tỉnh ủy Phạm Văn Nam phát biểu.", [["Phạm Văn Nam", [["Trưởng ban", "Ban Tổ chức Tỉnh ủy"]]]]],
  ] as const)("unchanged: %s", (text, want) => {
    expect(posts(text)).toEqual(want);
  });
});
