// The relations the finders hand to relate() are RelationDrafts (src/relate/relation-draft.ts): one
// object shape for every relation, whatever its kind and keys; the public relation made from one
// is the relation the old code made, key for key and in the same order. The oracle is that old
// code: `{ id, ...r }` of each finder's literal (the keys it wrote, in its order), with the plans'
// direction and directionCue and relate's certainty set on it later.
import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { expectEqual } from "./helpers/expect-fast.js";
import { drafted, publishRelation, RelationDraft } from "../src/relate/relation-draft.js";
import type { Rel } from "../src/relate/context.js";
import { parseReport } from "../src/index.js";

setFlagsFromString("--allow-natives-syntax");
const sameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (a: object, b: object) => boolean;

const span = fc.record({ start: fc.nat(500), end: fc.nat(500) });
const cue = fc.record({ span, text: fc.string({ maxLength: 6 }) });
const member = fc.record({ role: fc.constantFrom("whole", "part", "percent", "plan"), figure: fc.constantFrom("f1", "f2"), value: fc.double({ noNaN: true }), span, text: fc.string({ maxLength: 4 }) });
const base = {
  certainty: fc.constantFrom("explicit" as const, "inferred" as const),
  cue,
  members: fc.array(member, { maxLength: 3 }),
  missing: fc.option(fc.array(fc.constantFrom("actual", "plan", "base", "value"), { minLength: 1, maxLength: 2 }), { nil: undefined }),
  rule: fc.constantFrom("relate.a", "relate.b"),
};
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

/** Each finder's literal, written as the finders write it (conditional keys by spread). */
const literal: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.record({ ...base, closed: fc.boolean(), parts: fc.constantFrom("disjoint", "overlapping", "unknown") }).map((x) => ({ kind: "breakdown", certainty: x.certainty, cue: x.cue, members: x.members, rule: x.rule, closed: x.closed, parts: x.parts })),
  fc
    .record({ ...base, excess: fc.boolean(), shortfall: fc.boolean(), direction: opt(fc.constantFrom("over", "under")) })
    .map((x) => {
      const r: Record<string, unknown> = { kind: "plan", certainty: x.certainty, cue: x.cue, members: x.members, ...(x.missing ? { missing: x.missing } : {}), rule: x.rule, ...(x.excess ? { excess: true } : {}), ...(x.shortfall ? { shortfall: true } : {}) };
      if (x.direction) {
        r.direction = x.direction;
        r.directionCue = x.cue;
      }
      return r;
    }),
  fc
    .record({ ...base, direction: fc.constantFrom("up", "down"), measure: fc.constantFrom("rate", "multiple", "delta", "delta-rate", "ratio"), basis: opt(fc.string({ maxLength: 5 })) })
    .map((x) => ({ kind: "growth", certainty: x.certainty, cue: x.cue, members: x.members, ...(x.missing ? { missing: x.missing } : {}), rule: x.rule, direction: x.direction, measure: x.measure, ...(x.basis ? { basis: x.basis } : {}) })),
  fc.record(base).map((x) => ({ kind: "share", certainty: x.certainty, cue: x.cue, members: x.members, ...(x.missing ? { missing: x.missing } : {}), rule: x.rule })),
  fc.record(base).map((x) => ({ kind: "fraction", certainty: x.certainty, cue: x.cue, members: x.members, rule: x.rule })),
  fc.record({ ...base, closed: fc.boolean() }).map((x) => ({ kind: "percent-total", certainty: x.certainty, cue: x.cue, members: x.members, rule: x.rule, closed: x.closed })),
  fc.record({ ...base, form: fc.constantFrom("words", "units", "separator") }).map((x) => ({ kind: "restatement", certainty: x.certainty, cue: x.cue, members: x.members, rule: x.rule, form: x.form })),
  fc.record(base).map((x) => ({ kind: "period", certainty: x.certainty, cue: x.cue, members: x.members, rule: x.rule })),
  fc
    .record({ ...base, person: fc.constantFrom("p1", "p2"), change: opt(fc.constantFrom("nguyên", "tân")) })
    .map((x) => ({ kind: "position", certainty: x.certainty, members: x.members, rule: x.rule, person: x.person, ...(x.change ? { change: x.change } : {}) })),
);

describe("RelationDraft", () => {
  test("published: the old { id, ...r }, keys and their order included, after relate's certainty", () => {
    fc.assert(
      fc.property(literal, fc.nat(40), fc.boolean(), (lit, n, demote) => {
        const old: Record<string, unknown> = { ...lit };
        const d = drafted(lit as unknown as Rel);
        if (demote) {
          old.certainty = "inferred";
          d.certainty = "inferred";
        }
        const pub = publishRelation(`r${n + 1}`, d);
        const want = { id: `r${n + 1}`, ...old };
        expectEqual(Object.keys(pub), Object.keys(want));
        expectEqual(pub, want);
      }),
      { numRuns: 3000 },
    );
  });

  test("the test fails when two keys are swapped (the order is what it checks)", () => {
    const d = new RelationDraft("growth", "explicit", undefined, [], undefined, "relate.growth.rate");
    d.direction = "up";
    d.measure = "rate";
    const pub = publishRelation("r1", d);
    expect(Object.keys(pub)).toEqual(["id", "kind", "certainty", "members", "rule", "direction", "measure"]);
    expect(Object.keys(pub)).not.toEqual(["id", "kind", "certainty", "members", "rule", "measure", "direction"]);
  });

  test("every draft has one object shape, whatever its kind and keys", () => {
    const drafts: RelationDraft[] = [];
    fc.assert(
      fc.property(literal, (lit) => {
        drafts.push(drafted(lit as unknown as Rel));
      }),
      { numRuns: 200 },
    );
    const kinds = new Set(drafts.map((d) => d.kind));
    expect(kinds.size).toBe(9);
    for (const d of drafts) expect(sameMap(d, drafts[0]!)).toBe(true);
  });

  test("real relations (the seed and a text of every kind): the keys of their kind, in the one order every finder writes", () => {
    const ORDER = ["id", "kind", "certainty", "cue", "members", "missing", "rule", "closed", "parts", "excess", "shortfall", "direction", "directionCue", "measure", "basis", "form", "person", "change"];
    const text = [
      readFileSync(new URL("../fixtures/seed.txt", import.meta.url), "utf8"),
      "Trường có 38 đơn vị trực thuộc, gồm 12 khoa, 4 viện, 8 trung tâm và 14 phòng. Có 156/412 đơn vị (chiếm 37,86%) gửi báo cáo; 258 đơn vị còn lại chưa thực hiện.",
      "Doanh thu đạt 2,2 tỷ đồng, bằng 110% kế hoạch 2 tỷ đồng. Thu ngân sách vượt 17,4% kế hoạch. Lợi nhuận đạt 96,3 tỷ đồng, hoàn thành vượt kế hoạch lợi nhuận (104 tỷ đồng).",
      "Sản lượng tăng 15% so với năm 2015. Nữ có 40 người, chiếm 40% tổng số 100 cán bộ. Có 1/4 doanh nghiệp lỗ.",
      "Xếp loại tốt 60%, khá 30%, trung bình 10%. Có 15 (mười lăm) đồng chí. Vốn 3.200 triệu đồng (tương đương 3,2 tỷ đồng). Doanh thu 2.340 tỷ đồng. Năm sau doanh thu 2,340 tỷ đồng.",
    ].join("\n");
    const rs = parseReport(text).relations;
    expect(new Set(rs.map((r) => r.kind)).size).toBeGreaterThanOrEqual(7);
    for (const r of rs) {
      const at = Object.keys(r).map((k) => ORDER.indexOf(k));
      expect(at.every((x, i) => x >= 0 && (i === 0 || x > at[i - 1]!))).toBe(true);
      expect(r instanceof RelationDraft).toBe(false);
      for (const [k, v] of Object.entries(r)) expect(v, k).not.toBe(undefined);
    }
  });
});
