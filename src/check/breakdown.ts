/**
 * breakdown.sum / breakdown.part — the parts of a breakdown against the whole.
 *
 *   "10 tỷ đồng gồm 5 tỷ đồng …, 3 tỷ đồng … và 1 tỷ đồng …"     → error: parts add up to 9, not 10
 *   "03 nhiệm vụ (trong đó có 02 … và 02 …)"                    → error: parts (4) exceed the whole (3)
 *   "120 cán bộ, trong đó 150 người có bằng thạc sĩ"            → error: one part exceeds the whole
 *   "120 cán bộ, trong đó 80 nữ, 70 đảng viên"                  → warning: parts add up to more
 *                                                                  (they may overlap)
 *   "224 DN (trong số đó 187 DN đang hoạt động và 118 DN đã có công đoàn)" → warning, not error:
 *                                                                  real reports list overlapping parts
 * Tolerance: half of the last written digit of every figure; "khoảng", "hơn", "gần" → warning.
 */
import type { Finding } from "../schema.js";
import { finding, fmt, halfUnit, inexact, type CheckCtx } from "./util.js";

export function checkBreakdowns(ctx: CheckCtx): Finding[] {
  const out: Finding[] = [];
  for (const whole of ctx.report.figures) {
    if (!whole.children?.length) continue;
    const parts = whole.children.map((id) => ctx.byId.get(id)).filter((f) => !!f);
    if (!parts.length) continue;
    const loose = inexact(whole) || parts.some(inexact);
    const sum = parts.reduce((t, f) => t + f.value, 0);
    const tol = halfUnit(whole) + parts.reduce((t, f) => t + halfUnit(f), 0) + 1e-9 * Math.abs(whole.value);
    const unit = whole.kind === "money" ? ` ${whole.currency ?? ""}`.trimEnd() : "";
    const big = parts.find((p) => p.value - whole.value > halfUnit(p) + halfUnit(whole));
    if (big && !loose) {
      out.push(
        finding(
          "breakdown.part",
          "error",
          `Một phần (${big.text}) lớn hơn tổng (${whole.text}).`,
          `A part (${big.text}) is larger than the whole (${whole.text}).`,
          [whole, big],
          { expected: `≤ ${whole.value}`, found: big.value },
        ),
      );
      continue;
    }
    if (whole.breakdown === "exhaustive") {
      if (Math.abs(sum - whole.value) <= tol) continue;
      out.push(
        finding(
          "breakdown.sum",
          loose ? "warning" : "error",
          `Các phần cộng lại được ${fmt(sum, "vi")}${unit}, khác tổng ${whole.text}.`,
          `The parts add up to ${fmt(sum, "en")}${unit}, not the stated whole ${whole.text}.`,
          [whole, ...parts],
          { expected: whole.value, found: sum },
        ),
      );
    } else if (sum - whole.value > tol) {
      out.push(
        finding(
          "breakdown.sum",
          "warning",
          `Các phần được liệt kê cộng lại (${fmt(sum, "vi")}${unit}) lớn hơn tổng ${whole.text}; có thể các phần chồng lên nhau.`,
          `The listed parts add up to ${fmt(sum, "en")}${unit}, more than the whole ${whole.text}; the parts may overlap.`,
          [whole, ...parts],
          { expected: `≤ ${whole.value}`, found: sum },
        ),
      );
    }
  }
  return out;
}

