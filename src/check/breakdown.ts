/**
 * breakdown.sum / breakdown.part — the parts of a breakdown against the whole.
 *
 *   closed ("gồm", "cụ thể", "còn lại"): the parts must add up to the whole
 *     "40 đơn vị, gồm 14 khoa, 3 viện, 9 trung tâm, 1 bộ môn và 14 phòng"  → error: 14 + 3 + 9 + 1 + 14 = 41 ≠ 40
 *   open ("trong đó", "bao gồm cả", "…"): the parts must not exceed the whole
 *     disjoint parts (chuyển tiếp/mở mới, cấp Bộ/cấp cơ sở) → error when they add up to more
 *     parts that may overlap (nữ, đảng viên, thạc sĩ)      → no finding for the sum
 *   one part larger than the whole ("58.214 lao động, trong đó 59.870 đoàn viên") → error
 * Rounding: each figure covers the rounding of its last written digit (precision.ts).
 */
import type { Finding, RelationMember } from "../schema.js";
import { judge, quantity, range, sum, type Interval, type Reading } from "./precision.js";
import { finding, fmt, inUnits, role, severityOf, shown, type CheckCtx } from "./util.js";

export function checkBreakdowns(ctx: CheckCtx): Finding[] {
  const out: Finding[] = [];
  for (const r of ctx.relations) {
    if (r.kind !== "breakdown") continue;
    const whole = role(r, "whole");
    const parts = r.members.filter((m) => m.role === "part" || m.role === "remainder");
    if (!whole || whole.value === undefined || !parts.length) continue;
    const unit = shown(whole);
    const W = (x: Reading) => range(quantity(whole, ctx.byId), x);
    const P = (m: RelationMember) => (x: Reading): Interval => {
      const [lo, hi] = range(quantity(m, ctx.byId), x);
      const k = m.factor ?? 1;
      return [lo * k, hi * k];
    };
    const val = (m: RelationMember) => (m.value ?? 0) * (m.factor ?? 1);
    // "300 suất quà, mỗi suất 500.000 đồng, tổng trị giá 150 triệu đồng": one part that counts N times (relate/product.ts)
    const each = parts.length === 1 && parts[0]!.factor !== undefined;
    // one part larger than the whole
    const big = parts
      // (stock and flow, relate/stock-flow.ts: the opening stock may be more than the closing one)
      .filter((p) => val(p) > 0 && (whole.value ?? 0) >= 0 && !each && r.rule !== "relate.breakdown.stock-flow")
      .map((p) => ({ p, v: judge((x) => [-Infinity, W(x)[1]], (x) => [P(p)(x)[0], Infinity]) }))
      .find((x) => x.v !== "ok");
    if (big) {
      const sev = severityOf(big.v, r.certainty);
      if (sev) {
        const a = { vi: `${inUnits(val(big.p), unit, "vi")} > ${inUnits(whole.value, unit, "vi")}`, en: `${inUnits(val(big.p), unit, "en")} > ${inUnits(whole.value, unit, "en")}` };
        out.push(
          finding(
            "breakdown.part",
            sev,
            { vi: `Một phần (${big.p.text}) lớn hơn tổng (${whole.text}): ${a.vi}.`, en: `A part (${big.p.text}) is larger than the whole (${whole.text}): ${a.en}.` },
            r,
            [whole, big.p],
            { expected: `≤ ${whole.value}`, found: val(big.p), arithmetic: a },
          ),
        );
        continue;
      }
    }
    if (parts.length < 2 && !each) continue;
    const total = (x: Reading): Interval => sum(parts.map((p) => P(p)(x)));
    const s = parts.reduce((t, p) => t + val(p), 0);
    const terms = (lang: "vi" | "en") =>
      parts
        .map((p) => `${p.factor ? `${fmt(p.factor, lang)} × ` : ""}${fmt((p.value ?? 0) / unit.scale, lang)}`)
        .join(" + ")
        .replace(/\+ -/g, "− ");
    // "Đội ngũ 63 giáo viên: đạt chuẩn 63 người, trên chuẩn 41 người": a part that is all of the whole
    // leaves nothing to the others; the labels are attributes that overlap, not parts (unless known apart)
    if (r.parts !== "disjoint" && (whole.value ?? 0) > 0 && parts.some((p) => val(p) === whole.value) && parts.some((p) => val(p) > 0 && val(p) !== whole.value)) continue;
    // (each of them read the other way where its digits allow it, "1.615 hộ … 1,615 tỷ đồng": one reading that fits is enough)
    if (each && otherReadingFits(whole, parts[0]!, role(r, "count"))) continue;
    if (r.closed && r.parts !== "overlapping") {
      const v = judge(W, total);
      const sev = severityOf(v, r.certainty);
      if (!sev) continue;
      const a = { vi: `${terms("vi")} = ${inUnits(s, { ...unit, unit: "" }, "vi")} ≠ ${inUnits(whole.value, unit, "vi")}`, en: `${terms("en")} = ${inUnits(s, { ...unit, unit: "" }, "en")} ≠ ${inUnits(whole.value, unit, "en")}` };
      out.push(
        finding(
          "breakdown.sum",
          sev,
          each
            ? { vi: `Số lượng nhân với mức mỗi phần không bằng tổng ${whole.text}: ${a.vi}.`, en: `The count times the amount each is not the total ${whole.text}: ${a.en}.` }
            : { vi: `Các phần cộng lại không bằng tổng ${whole.text}: ${a.vi}.`, en: `The parts do not add up to the whole ${whole.text}: ${a.en}.` },
          r,
          [whole, ...parts, ...(each ? [role(r, "count")] : [])],
          { expected: whole.value, found: s, arithmetic: a },
        ),
      );
    } else if (r.parts !== "overlapping") {
      // an open list may leave parts out, but disjoint parts cannot add up to more than the whole
      const v = judge((x) => [-Infinity, W(x)[1]], (x) => [total(x)[0], Infinity]);
      if (v === "ok") continue;
      const sev = r.parts === "disjoint" ? severityOf(v, r.certainty) : "warning";
      if (!sev) continue;
      const a = { vi: `${terms("vi")} = ${inUnits(s, { ...unit, unit: "" }, "vi")} > ${inUnits(whole.value, unit, "vi")}`, en: `${terms("en")} = ${inUnits(s, { ...unit, unit: "" }, "en")} > ${inUnits(whole.value, unit, "en")}` };
      const overlapVi = r.parts === "disjoint" ? "các phần không thể trùng nhau" : "trừ khi các phần trùng nhau";
      const overlapEn = r.parts === "disjoint" ? "the parts cannot overlap" : "unless the parts overlap";
      out.push(
        finding(
          "breakdown.sum",
          sev,
          { vi: `Các phần được liệt kê vượt quá tổng ${whole.text} (${overlapVi}): ${a.vi}.`, en: `The listed parts exceed the whole ${whole.text} (${overlapEn}): ${a.en}.` },
          r,
          [whole, ...parts],
          { expected: `≤ ${whole.value}`, found: s, arithmetic: a },
        ),
      );
    }
  }
  return out;
}

/** A count times the amount each against the total with one of them read the other way ("1,615" as 1.615 or 1 615), within 1,5%. */
function otherReadingFits(whole: RelationMember, part: RelationMember, count: RelationMember | undefined): boolean {
  const ws = [whole.value ?? NaN, ...(whole.alternatives ?? [])];
  const ps = [part.value ?? NaN, ...(part.alternatives ?? [])];
  const ks = [part.factor ?? NaN, ...(count?.alternatives ?? [])];
  // (every combination but the one as read, which the check judges with its precision)
  return ws.some((w, i) => ps.some((p, j) => ks.some((k, l) => i + j + l > 0 && Math.abs(w - p * k) <= 0.015 * Math.abs(w))));
}
