/**
 * Count categories from the counted noun's head and its modifiers, and the order of precedence
 * when words disagree (src/recognize/category.ts). Sentences written for the test: each gives
 * the counts listed, in order, as [value, category].
 */
import { describe, expect, test } from "vitest";
import { makeDoc } from "../src/text/normalize.js";
import { sentences } from "../src/text/segment.js";
import { recognizeCounts } from "../src/recognize/count.js";
import { inferConvention } from "../src/recognize/number.js";
import * as MODIFIERS from "../src/lexicon/count-modifiers.js";
import * as NOUNS from "../src/lexicon/count-nouns.js";
import { fold } from "../src/text/fold.js";

function counts(text: string): [number, string][] {
  const doc = makeDoc(text);
  return recognizeCounts({ doc, sentences: sentences(doc), convention: inferConvention(doc).convention }).map((h) => [h.value, h.category!]);
}

const rows = (table: [string, [number, string][]][]) => table;

describe("1. the verb right before the number", () => {
  test.each(
    rows([
      // people inspected, fined, arrested, treated are neither staff nor trainees
      ["Đoàn liên ngành kiểm tra hơn 300 hướng dẫn viên du lịch.", [[300, "other"]]],
      ["Thanh tra xử phạt vi phạm hành chính đối với 4 nhân viên.", [[4, "other"]]],
      ["Công an phát hiện 12 người nước ngoài cư trú trái phép.", [[12, "other"]]],
      ["Bệnh viện cấp cứu 7 công nhân bị ngộ độc.", [[7, "other"]]],
      // honouring verbs: the people or units honoured
      ["Tỉnh vinh danh 45 doanh nghiệp.", [[45, "award"]]],
      ["Hội tôn vinh 80 người hiến máu tình nguyện.", [[80, "award"]]],
      // not an object verb: checking meals "for" workers
      ["Lãnh đạo kiểm tra bữa ăn ca cho 1.300 công nhân.", [[1300, "personnel"]]],
    ]),
  )("%s", (text, want) => expect(counts(text)).toEqual(want));
});

describe("2. the words right after the noun", () => {
  test.each(
    rows([
      // a win makes any head an award
      ["Trường có 6 dự án đoạt giải quốc gia.", [[6, "award"]]],
      ["Ban tổ chức chọn 40 tác phẩm để trao giải.", [[40, "award"]]],
      ["Hai thí sinh Việt Nam giành huy chương vàng.", [[2, "award"]]],
      ["Bốn học sinh khác được tặng Giấy khen.", [[4, "award"]]],
      ["Hơn 30 tác phẩm xuất sắc đoạt giải báo chí.", [[30, "award"]]],
      // a course completed makes people trainees
      ["Có 35 cán bộ tốt nghiệp cao cấp lý luận chính trị.", [[35, "training"]]],
      // taking part: the head stands, what they won later in the clause does not decide
      ["Cả 12 học sinh tham dự đội tuyển đều có giải, trong đó có giải Nhất.", [[12, "training"]]],
      ["Hội nghị có 200 đại biểu dự.", [[200, "personnel"]]],
    ]),
  )("%s", (text, want) => expect(counts(text)).toEqual(want));
});

describe("3. an award title inside the noun phrase", () => {
  test.each(rows([["Huyện có 95 mô hình gia đình học tập.", [[95, "award"]]]]))("%s", (text, want) => expect(counts(text)).toEqual(want));
});

describe("4. the clause", () => {
  test.each(
    rows([
      // a clue inside a capitalised name is part of the name
      ["Hội đồng gồm đại diện Bộ Giáo dục và Đào tạo và 6 thành viên ngoài trường.", [[6, "personnel"]]],
      // an award word that is another count's noun belongs to that count
      ["Dự lễ có 300 điển hình tiên tiến và 90 đại biểu khách mời.", [
        [300, "award"],
        [90, "personnel"],
      ]],
      // patients and victims near a count of staff: the staff stay staff; people in general take the clause
      ["Quỹ bảo vệ quyền lợi người bệnh nhưng trong số 2.000 cán bộ giám định chỉ có 400 bác sĩ.", [
        [2000, "personnel"],
        [400, "personnel"],
      ]],
      ["Những trường hợp đi khám nhiều lần có 1.500 người.", [[1500, "other"]]],
      ["Quý I có 5.000 lượt người đến khám, chữa bệnh.", [[5000, "other"]]],
    ]),
  )("%s", (text, want) => expect(counts(text)).toEqual(want));
});

describe("5. the head", () => {
  test.each(
    rows([
      // a classifier gives way to the noun after it, and stands for it alone
      ["Hội nghị bổ sung bảy vị tham gia Ban Thường trực.", [[7, "personnel"]]],
      ["Sở đề ra 3 nhóm nhiệm vụ và 4 nhóm giải pháp.", [
        [3, "task"],
        [4, "task"],
      ]],
      ["Có 4 nhóm tham gia hội thi.", [[4, "organization"]]],
      // contractors and business households are organisations
      ["Có 52 nhà thầu mua hồ sơ mời thầu.", [[52, "organization"]]],
      ["Phường có 210 hộ kinh doanh.", [[210, "organization"]]],
      // contestants are learners unless they won
      ["Kỳ thi có 153 thí sinh của 22 quốc gia.", [[153, "training"], [22, "other"]]],
    ]),
  )("%s", (text, want) => expect(counts(text)).toEqual(want));
});

describe("category word lists", () => {
  const nounLists = ["TASK_NOUNS", "PUBLICATION_NOUNS", "TRAINING_NOUNS", "PERSONNEL_NOUNS", "ORGANIZATION_NOUNS", "AWARD_NOUNS", "EVENT_NOUNS", "OTHER_NOUNS"] as const;
  const listed = new Set(nounLists.flatMap((n) => (NOUNS[n] as readonly string[]).map(fold)));
  test("people in general are listed nouns", () => {
    expect(MODIFIERS.GENERIC_PEOPLE.filter((w) => !listed.has(fold(w)))).toEqual([]);
  });
  test("a modifier tells one thing: award, training or taking part", () => {
    const lists = [MODIFIERS.AWARD_AFTER, MODIFIERS.TRAINING_AFTER, MODIFIERS.PARTICIPATION_AFTER];
    const seen = new Map<string, number>();
    const both: string[] = [];
    lists.forEach((l, i) =>
      l.forEach((w) => {
        const k = fold(w);
        if (seen.has(k) && seen.get(k) !== i) both.push(w);
        seen.set(k, i);
      }),
    );
    expect(both).toEqual([]);
  });
  test("an award title inside a phrase is an award noun", () => {
    const awards = new Set(NOUNS.AWARD_NOUNS.map(fold));
    expect(MODIFIERS.AWARD_TITLES_IN_PHRASE.filter((w) => !awards.has(fold(w)) && !/văn hóa|tiên tiến/.test(w))).toEqual([]);
  });
});

describe("counts found (issue 13)", () => {
  test.each(
    rows([
      // "trong số", "con số" before the number: among, the figure of
      ["Trong số 48 nước có giải, Việt Nam đứng thứ ba.", [[48, "other"]]],
      ["Con số 251 tác phẩm dự thi là kỷ lục.", [[251, "publication"]]],
      // "nâng cấp" is no level ("cấp 3")
      ["Xã đã nâng cấp 09 công trình.", [[9, "task"]]],
      // a part counted by a digit number; "một bộ phận" stays a portion
      ["Người dân giao nộp 24 bộ phận cò súng. Một bộ phận cán bộ còn chủ quan.", [[24, "other"]]],
      // "một" beside other counts of the same noun
      ["Hội nghị bổ sung tám vị tham gia Ủy ban; hai vị tham gia Đoàn Chủ tịch và một vị tham gia Ban Thường trực.", [
        [8, "personnel"],
        [2, "personnel"],
        [1, "personnel"],
      ]],
      // a bare "hơn" is no multiplier: visits counted
      ["Gần 3.000 người đi khám bệnh hơn 50 lần trong vòng 4 tháng.", [
        [3000, "other"],
        [50, "other"],
      ]],
      // things counted are whole: a comma before three digits groups thousands
      ["Tập đoàn có 328,000 nhân viên và doanh thu 1.600 tỷ đồng.", [[328000, "personnel"]]],
      // "năm" is five before a counted noun, the year elsewhere
      ["Thủ tướng giao năm nội dung cần quan tâm. Năm kế hoạch 2017 đã bắt đầu.", [[5, "task"]]],
      // not counts: a rank in a top list, a prize's rank in words
      ["Tỉnh vẫn nằm trong tốp 3 cả nước.", []],
      ["Em đạt giải ba lĩnh vực Robot.", []],
    ]),
  )("%s", (text, want) => expect(counts(text)).toEqual(want));
});

