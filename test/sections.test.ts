/**
 * Domain sections of a report (src/report/sections.ts), on invented phrasings.
 */
import { describe, expect, test } from "vitest";
import { parseReport } from "../src/index.js";

const sectionsOf = (text: string) => parseReport(text).sections;

describe("sections", () => {
  test("tasks by level and status, the parts inheriting the level of their whole", () => {
    const s = sectionsOf("Năm qua phòng chủ trì 04 đề tài cấp Nhà nước (trong đó có 03 đề tài chuyển tiếp và 01 đề tài mở mới), 05 nhiệm vụ cấp cơ sở.");
    expect(s.tasks).toEqual([
      expect.objectContaining({ value: 4, level: "cấp Nhà nước" }),
      expect.objectContaining({ value: 3, level: "cấp Nhà nước", status: "chuyển tiếp" }),
      expect.objectContaining({ value: 1, level: "cấp Nhà nước", status: "mở mới" }),
      expect.objectContaining({ value: 5, level: "cấp cơ sở" }),
    ]);
  });

  test("publications with type and scope", () => {
    const s = sectionsOf("Viện đã công bố 14 bài báo trên các tạp chí quốc tế và xuất bản 2 cuốn sách chuyên khảo.");
    expect(s.publications).toEqual([
      expect.objectContaining({ value: 14, type: "bài báo", scope: "quốc tế" }),
      expect.objectContaining({ value: 2, type: "sách" }),
    ]);
  });

  test("money results: estimated, percent of plan", () => {
    const s = sectionsOf("Doanh thu ước đạt 5,2 tỷ đồng, đạt 130% so với kế hoạch năm.");
    expect(s.money).toEqual([expect.objectContaining({ value: 5.2e9, currency: "VND", percentOfPlan: 130 })]);
  });

  test("money results: a percent of an earlier period is none of the plan", () => {
    const a = sectionsOf("Lợi nhuận là 77 tỷ đồng, bằng 96,44% so với năm 2015.");
    expect(a.money[0]).not.toHaveProperty("percentOfPlan");
    const b = sectionsOf("Trong tháng 1/2017, thu ngân sách nhà nước ước đạt 97,4 nghìn tỉ đồng, bằng 8% dự toán năm, bằng 103,9% so với tháng 1/2016.");
    expect(b.money[0]).toMatchObject({ value: 97.4e12, percentOfPlan: 8 });
  });

  test("money results: growth", () => {
    const s = sectionsOf("Lợi nhuận đạt 800 triệu đồng, tăng 12% so với cùng kỳ.");
    expect(s.money[0]).toMatchObject({ value: 8e8, growth: { percent: 12, direction: "tăng" } });
  });

  test("training: people sent, theses, students", () => {
    const s = sectionsOf("Đơn vị đã cử 7 cán bộ đi đào tạo thạc sĩ; 2 nghiên cứu sinh đã bảo vệ thành công luận án tiến sĩ; hướng dẫn 30 sinh viên thực tập.");
    expect(s.training).toEqual([
      expect.objectContaining({ value: 7, kind: "sent", degree: "thạc sĩ" }),
      expect.objectContaining({ value: 2, kind: "thesis", degree: "tiến sĩ" }),
      expect.objectContaining({ value: 30, kind: "students" }),
    ]);
  });

  test("a school named after the figure is not a degree", () => {
    const s = sectionsOf("Trung tâm hướng dẫn khoảng 40 lượt sinh viên cho các trường đại học.");
    expect(s.training[0]).toMatchObject({ value: 40, kind: "students" });
    expect(s.training[0]).not.toHaveProperty("degree");
  });
});
