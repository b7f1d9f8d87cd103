/**
 * The word lists that tie figures (src/lexicon/kinds.ts, partitions.ts, relation-cues.ts) and
 * what src/relate/ makes of them.
 */
import { describe, expect, test } from "vitest";
import { fold } from "../src/text/fold.js";
import { HYPERNYMS, PEOPLE_WORDS, CLASSIFIERS, NOT_A_KIND, NEVER_WHOLE, NOUN_ABBREVIATIONS } from "../src/lexicon/kinds.js";
import { PARTITIONS, FRAME_WORDS, ATTRIBUTES, NEGATIONS } from "../src/lexicon/partitions.js";
import { CLOSED_LIST_CUES, PARTIAL_LIST_CUES, REVIEW_WORDS, CHANGE_OF_POST, CLASS_CUES, STRUCTURE_CUES, OPEN_STRUCTURE_WORDS, SUBGROUP_WORDS, OUTSIDE_WORDS } from "../src/lexicon/relation-cues.js";
import { kindOf, kindsCompatible, isKindOf } from "../src/relate/kinds.js";
import { parseReport } from "../src/index.js";

const k = kindOf;

describe("word lists are clean", () => {
  const lists: [string, readonly string[]][] = [
    ["PEOPLE_WORDS", PEOPLE_WORDS],
    ["CLASSIFIERS", CLASSIFIERS],
    ["NOT_A_KIND", NOT_A_KIND],
    ["NEVER_WHOLE", NEVER_WHOLE],
    ["FRAME_WORDS", FRAME_WORDS],
    ["CLOSED_LIST_CUES", CLOSED_LIST_CUES],
    ["PARTIAL_LIST_CUES", PARTIAL_LIST_CUES],
    ["REVIEW_WORDS", REVIEW_WORDS],
    ["CHANGE_OF_POST", CHANGE_OF_POST],
    ["NOUN_ABBREVIATIONS", NOUN_ABBREVIATIONS.map(([a]) => a)],
    ["NEGATIONS", NEGATIONS],
    ["OPEN_STRUCTURE_WORDS", OPEN_STRUCTURE_WORDS],
    ["SUBGROUP_WORDS", SUBGROUP_WORDS],
    ["OUTSIDE_WORDS", OUTSIDE_WORDS],
    ...PARTITIONS.map((p) => [`partition ${p.name}`, p.values] as [string, readonly string[]]),
    ...HYPERNYMS.map(([h, l]) => [`hypernym ${h}`, l] as [string, readonly string[]]),
  ];
  test.each(lists)("%s: no duplicates once folded, no empty entries", (_name, list) => {
    const f = list.map((w) => fold(w).replace(/\s+/g, " ").trim());
    expect(f.every(Boolean)).toBe(true);
    expect(new Set(f).size).toBe(f.length);
  });
  test("no word is its own hypernym", () => {
    for (const [h, l] of HYPERNYMS) expect(l.map((w) => fold(w))).not.toContain(fold(h));
  });
  test("no change-of-post word is a common word that means something else ('thay mặt', 'nguyên nhân')", () => {
    for (const w of ["thay", "nguyên", "tân", "từng", "giao"]) expect(CHANGE_OF_POST.map((x) => fold(x))).not.toContain(fold(w));
  });
  test("subgroup words are not the plain words of membership ('có', 'sinh hoạt', 'đảng viên')", () => {
    for (const w of ["có", "sinh hoạt", "đảng viên", "hội viên", "thuộc"]) expect(SUBGROUP_WORDS.map((x) => fold(x))).not.toContain(fold(w));
  });
  test("no outside word is 'ngoài' alone ('vốn đầu tư nước ngoài' is a class, not outside)", () => {
    expect(OUTSIDE_WORDS.map((x) => fold(x))).not.toContain(fold("ngoài"));
  });
  test("attributes that overlap are named", () => expect(ATTRIBUTES.map(([n]) => n)).toEqual(expect.arrayContaining(["sex", "party", "degree", "age"])));
});

describe("partitions and scales", () => {
  const f = (w: string) => fold(w).replace(/[,]/g, " ").replace(/\s+/g, " ").trim();
  test.each(PARTITIONS.map((p) => [p.name, p] as const))("%s: its classes, bottom end, optional and complete values are its values", (_n, p) => {
    const values = new Set(p.values.map(f));
    for (const v of [...(p.same ?? []).flat(), ...(p.low ?? []), ...(p.optional ?? []), ...(p.complete ?? []).flat()]) expect(values.has(f(v)), v).toBe(true);
    if (p.low || p.optional) expect(p.scale).toBe(true);
  });
  test("structure cues are class cues", () => expect(CLASS_CUES.map(f)).toEqual(expect.arrayContaining(STRUCTURE_CUES.map(f))));
  test("the three sectors make up an economy", () => expect(PARTITIONS.find((p) => p.name === "sector")?.complete?.length).toBe(3));
});

describe("abbreviations of counted nouns", () => {
  test.each(NOUN_ABBREVIATIONS.map(([a, full]) => [a, full]))("%s stands for %s, a noun the kinds know", (a, full) => {
    expect(k(full).known).toBe(true);
    expect(k(a).head).toBe(k(full).head);
  });
  test.each([
    ["hợp tác xã", "HTX nông nghiệp", "yes"],
    ["học sinh", "HS nữ", "yes"],
    ["đảng viên", "ĐV dự bị", "yes"],
    ["doanh nghiệp", "DN nhỏ và vừa", "yes"],
  ])("%s ⊇ %s: %s", (whole, part, want) => expect(kindsCompatible(k(whole), k(part))).toBe(want));
});

describe("kinds", () => {
  test("the head of a noun phrase, with its shorter known forms", () => {
    expect(k("đơn vị trực thuộc")).toMatchObject({ head: "đơn vị trực thuộc", people: false, known: true });
    expect(k("đơn vị trực thuộc").bases).toContain("đơn vị");
    expect(k("lượt khách du lịch").people).toBe(true);
    expect(k("chiếc tất màu nâu").head).toBe(fold("tất"));
    expect(k("chiếc").elided).toBe(true);
    expect(k("đoàn viên công đoàn").people).toBe(true);
    expect(k("chuyển tiếp").elided).toBe(true);
    expect(k("cấp Bộ").elided).toBe(true);
    expect(k("cấp").elided).toBe(false);
  });
  test("kinds of a whole", () => {
    expect(isKindOf(fold("khoa"), fold("đơn vị"))).toBe(true);
    expect(isKindOf(fold("công ty"), fold("doanh nghiệp"))).toBe(true);
    expect(isKindOf(fold("trường mầm non"), fold("trường"))).toBe(true);
    expect(isKindOf(fold("xã"), fold("huyện"))).toBe(false);
  });
  test.each([
    ["đơn vị trực thuộc", "khoa", "yes"],
    ["cán bộ, công chức", "nữ", "yes"],
    ["lao động", "đoàn viên công đoàn", "yes"],
    ["vụ tai nạn giao thông", "vụ", "yes"],
    ["nhiệm vụ", "chuyển tiếp", "yes"],
    ["doanh nghiệp", "công ty trách nhiệm hữu hạn", "yes"],
    ["camera", "megapixel", "no"],
    ["tầng ngầm", "máy bán vé", "no"],
    ["đối tượng", "bánh heroin", "no"],
    ["người", "thợ mộc", "unknown"],
    ["hành khách", "xe khách", "no"],
    ["lần", "lần", "no"],
    ["gói", "viên", "unknown"],
  ])("%s ⊇ %s: %s", (whole, part, want) => {
    expect(kindsCompatible(k(whole), k(part))).toBe(want);
  });
});

describe("parts that cannot overlap, and parts that may", () => {
  const parts = (text: string) => parseReport(text).relations.filter((r) => r.kind === "breakdown").map((r) => (r.kind === "breakdown" ? r.parts : ""));
  test.each([
    ["Có 07 đề tài (trong đó 03 đề tài cấp Bộ và 04 đề tài cấp cơ sở).", "disjoint"],
    ["Có 1.320 hộ. Trong số đó có 684 hộ nghèo, 402 hộ cận nghèo.", "disjoint"],
    ["Tổng số là 900 người; trong đó: khối hành chính 300 người; khối doanh nghiệp 600 người.", "disjoint"],
    ["Trường có 30 đơn vị, gồm 10 khoa, 5 viện và 15 phòng.", "disjoint"],
    ["Cục có 120 cán bộ, trong đó 80 nữ, 60 đảng viên và 45 người có trình độ thạc sĩ.", "overlapping"],
    ["Xã có 300 hộ, trong đó 180 hộ trồng lúa và 160 hộ chăn nuôi.", "unknown"],
    ["Bắt giữ 64 đối tượng. Trong số này, 27 đối tượng có tiền án, tiền sự và 30 đối tượng phạm tội lần đầu.", "disjoint"],
    ["Xã có 1.320 hộ, trong đó 680 hộ có con đi học và 600 hộ không có con đi học.", "disjoint"],
    ["Có 860 thí sinh. Trong số đó, 800 thí sinh đỗ và 55 thí sinh trượt.", "disjoint"],
    ["Có 860 thí sinh. Trong số đó, 800 thí sinh đỗ và 50 thí sinh trúng tuyển.", "unknown"],
    ["Đoàn trường có 120 đoàn viên ở 5 chi đoàn, trong đó: chi đoàn Toán 30 đoàn viên, chi đoàn Văn 25 đoàn viên.", "disjoint"],
  ])("%s → %s", (text, want) => expect(parts(text)).toEqual([want]));
});
