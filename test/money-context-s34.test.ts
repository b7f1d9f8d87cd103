/**
 * Money read in round 34 (blind audit P's shapes; sentences written for these tests):
 *   - a bare "triệu"/"nghìn" after the verb "nhận" / "nhận được" with nothing after it, and a bare
 *     amount followed by "nhưng" after a money word or verb ("số tiền 3 triệu nhưng …");
 *   - currencies of the region: "kíp Lào", "bạt Thái", "won Hàn Quốc" (the bare "kíp", "bạt", "won"
 *     stay unread: "3 kíp trực"), ringgit, rupiah, kyat.
 * Each with sentences that must not change.
 */
import { describe, expect, test } from "vitest";
import { parseReport } from "../src/index.js";

const money = (text: string) =>
  parseReport(text).figures.filter((f) => f.kind === "money").map((f) => [text.slice(f.span.start, f.span.end), f.value, f.kind === "money" ? f.currency : ""]);
const counts = (text: string) => parseReport(text).figures.filter((f) => f.kind === "count").map((f) => text.slice(f.span.start, f.span.end));

describe("a bare 'triệu' after 'nhận', or before 'nhưng'", () => {
  test.each([
    ["Trong vụ án, Hùng nhận gần 240 triệu, Long nhận 25 triệu.", [["gần 240 triệu", 240e6, "VND"], ["25 triệu", 25e6, "VND"]]],
    ["Mỗi hộ nhận được 3 triệu.", [["3 triệu", 3e6, "VND"]]],
    ["Bị cáo đồng ý bồi thường 100 triệu nhưng mới nộp 20 triệu.", [["100 triệu", 100e6, "VND"], ["20 triệu", 20e6, "VND"]]],
    ["Gia đình mang đến số tiền 5 triệu nhưng bà không nhận.", [["5 triệu", 5e6, "VND"]]],
  ] as const)("%s", (text, want) => {
    expect(money(text)).toEqual(want);
  });
  test.each([
    // a counted noun after the number: a count, not money
    ["Năm nay tỉnh nhận 2 triệu lượt khách du lịch.", "2 triệu lượt khách du lịch"],
    ["Trạm đã nhận 3 triệu liều vắc xin.", "3 triệu liều vắc xin"],
  ] as const)("not money: %s", (text, count) => {
    expect(money(text)).toEqual([]);
    expect(counts(text)).toContain(count);
  });
});

describe("currencies of the region", () => {
  test.each([
    ["Xe được thuê với giá 3 triệu kíp Lào.", [["3 triệu kíp Lào", 3e6, "LAK"]]],
    ["Giá vé là 500 bạt Thái.", [["500 bạt Thái", 500, "THB"]]],
    ["Anh gửi về 2 triệu won Hàn Quốc mỗi tháng.", [["2 triệu won Hàn Quốc", 2e6, "KRW"]]],
    ["Vụ tham nhũng trị giá 112 triệu ringgit.", [["112 triệu ringgit", 112e6, "MYR"]]],
    ["Mỗi gói thuốc giá 50.000 rupiah.", [["50.000 rupiah", 50000, "IDR"]]],
  ] as const)("%s", (text, want) => {
    expect(money(text)).toEqual(want);
  });
  test("a bare 'kíp' is no currency", () => {
    expect(money("Bệnh viện bố trí 3 kíp trực mỗi ngày.")).toEqual([]);
  });
});
