/**
 * The word lists that tie figures (src/lexicon/kinds.ts, partitions.ts, relation-cues.ts) and
 * what src/relate/ makes of them.
 */
import { describe, expect, test } from "vitest";
import { fold } from "../src/text/fold.js";
import { HYPERNYMS, PEOPLE_WORDS, CLASSIFIERS, NOT_A_KIND, NEVER_WHOLE } from "../src/lexicon/kinds.js";
import { PARTITIONS, FRAME_WORDS, ATTRIBUTES } from "../src/lexicon/partitions.js";
import { CLOSED_LIST_CUES, PARTIAL_LIST_CUES, REVIEW_WORDS, CHANGE_OF_POST } from "../src/lexicon/relation-cues.js";
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
  test("attributes that overlap are named", () => expect(ATTRIBUTES.map(([n]) => n)).toEqual(expect.arrayContaining(["sex", "party", "degree", "age"])));
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
  ])("%s → %s", (text, want) => expect(parts(text)).toEqual([want]));
});
