/**
 * positions.conflict — one person given a title and its deputy in the same unit.
 *
 *   "Nguyễn Văn Hùng, Phó Giám đốc Sở Tài chính … Giám đốc Sở Tài chính Nguyễn Văn Hùng" → error
 *   the same with "vừa được bổ nhiệm giữ chức" in the text                              → no finding
 *   "nguyên Giám đốc …" and "Giám đốc …"                                                → no relation
 *   "Đại tá Lê Văn A … Thượng tá Lê Văn A", no word of a promotion                     → error (two ranks)
 */
import type { Finding } from "../schema.js";
import { finding, type CheckCtx } from "./util.js";

export function checkPositions(ctx: CheckCtx): Finding[] {
  const out: Finding[] = [];
  for (const r of ctx.relations) {
    if (r.kind !== "position" || r.change) continue;
    const [a, b] = r.members;
    if (!a || !b) continue;
    const person = ctx.report.people.find((p) => p.id === r.person);
    const name = person?.name ?? "";
    const arith = { vi: `"${a.label}" ≠ "${b.label}"`, en: `"${a.label}" ≠ "${b.label}"` };
    out.push(
      finding(
        "positions.conflict",
        r.certainty === "explicit" ? "error" : "warning",
        r.rule === "relate.position.two-military-ranks"
          ? { vi: `${name} được ghi với hai cấp bậc hàm "${a.label}" và "${b.label}", không có chữ nào cho biết đã thăng hàm hay thay đổi.`, en: `${name} is given two ranks, "${a.label}" and "${b.label}", with no word of a promotion or change.` }
          : { vi: `${name} được ghi vừa là "${a.label}" vừa là "${b.label}", không có chữ nào cho biết đã thay đổi chức vụ.`, en: `${name} is given both "${a.label}" and "${b.label}", with no word of a change of post.` },
        r,
        [a, b],
        { expected: a.label, found: b.label, arithmetic: arith },
      ),
    );
  }
  return out;
}
