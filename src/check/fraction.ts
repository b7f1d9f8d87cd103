/**
 * fraction.over / fraction.percent / share.over-100 / share.of-whole — part/whole pairs and shares.
 *
 *   "08/11 chỉ tiêu"                          → consistent
 *   "12/11 chỉ tiêu"                          → error: the part is larger than the whole
 *   "1.048/1.161 (tỷ lệ 90,27%)"              → consistent;  "… (tỷ lệ 80%)" → error: 90,27%
 *   "chiếm 120%"                              → error: a share above 100%
 *   "50 hội viên, trong đó 20 nữ (chiếm 60%)" → warning: 20 of 50 is 40% (the share may be of
 *                                               another whole)
 */
import type { Finding } from "../schema.js";
import { finding, fmt, halfUnit, inexact, roundLike, type CheckCtx } from "./util.js";

export function checkFractions(ctx: CheckCtx): Finding[] {
  const out: Finding[] = [];
  for (const f of ctx.report.figures) {
    if (f.of !== undefined && f.of > 0 && f.value > f.of && !inexact(f)) {
      out.push(
        finding("fraction.over", "error", `${f.text}: phần (${fmt(f.value, "vi")}) lớn hơn tổng (${fmt(f.of, "vi")}).`, `${f.text}: the part (${fmt(f.value, "en")}) is larger than the whole (${fmt(f.of, "en")}).`, [f], {
          expected: `≤ ${f.of}`,
          found: f.value,
        }),
      );
    }
    if (f.kind !== "percent") continue;
    if (f.comparison?.relation === "chiếm" && f.value > 100) {
      out.push(
        finding("share.over-100", "error", `Tỉ trọng ${f.text} lớn hơn 100%.`, `A share of ${f.text} is more than 100%.`, [f], { expected: "≤ 100", found: f.value }),
      );
      continue;
    }
    const t = f.refersTo ? ctx.byId.get(f.refersTo) : undefined;
    // a part's share of the whole of its breakdown: "50 hội viên, trong đó 20 nữ (chiếm 40%)"
    const whole = t?.parent ? ctx.byId.get(t.parent) : undefined;
    if (t && whole && f.comparison?.relation === "chiếm" && whole.value > 0) {
      const exp = (t.value / whole.value) * 100;
      if (Math.abs(exp - f.value) > 2 * halfUnit(f) + (100 * (halfUnit(t) + halfUnit(whole))) / whole.value + 1e-9) {
        const expected = roundLike(exp, f);
        out.push(
          finding(
            "share.of-whole",
            "warning",
            `${t.text} trên tổng ${whole.text} là ${fmt(expected, "vi")}%, không phải ${f.text}.`,
            `${t.text} of the whole ${whole.text} is ${fmt(expected, "en")}%, not ${f.text}.`,
            [f, t, whole],
            { expected, found: f.value },
          ),
        );
      }
    }
    if (t && t.of !== undefined && t.of > 0) {
      // the part and the whole are written exactly; the percent is rounded or cut
      const exp = (t.value / t.of) * 100;
      const tol = 2 * halfUnit(f) + 1e-9; // one unit of the last digit: rounded or cut
      if (Math.abs(exp - f.value) > tol) {
        const expected = roundLike(exp, f);
        out.push(
          finding(
            "fraction.percent",
            inexact(t) || inexact(f) ? "warning" : "error",
            `${t.text} là ${fmt(expected, "vi")}%, không phải ${f.text}.`,
            `${t.text} is ${fmt(expected, "en")}%, not ${f.text}.`,
            [f, t],
            { expected, found: f.value },
          ),
        );
      }
    }
  }
  return out;
}
