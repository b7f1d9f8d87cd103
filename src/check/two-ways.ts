/**
 * numbers.two-ways / numbers.separator — one figure written two ways, and the separator
 * convention of the document.
 *
 *   "kế hoạch 1.615 tỷ đồng" … "kế hoạch 1,615 tỷ đồng"  → error: the same digits read 1000× apart
 *                                                         (warning when both were read as one value)
 *   (Vietnamese document) "có 1,500 người tham dự"         → warning: "1,500" read as 1,5 people;
 *                                                             a count is whole: likely a thousands comma
 *   "1.000,5 tấn" and "2,500.5 tấn" in one document        → warning: both conventions used
 */
import type { Figure, Finding } from "../schema.js";
import { digitsOf, finding, writtenNumber, type CheckCtx } from "./util.js";

export function checkTwoWays(ctx: CheckCtx): Finding[] {
  const out: Finding[] = [];
  const groups = new Map<string, Figure[]>();
  for (const f of ctx.report.figures) {
    const d = digitsOf(f);
    const w = writtenNumber(f);
    if (!d || !w || d.length < 3 || !/[.,]/.test(w) || f.value === 0) continue;
    const k = `${f.kind}|${f.currency ?? ""}|${f.unit ?? ""}|${d}`;
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  for (const all of groups.values()) {
    // one figure per way of writing it and value read (the first): a post repeating "3,247 tỉ"
    // a thousand times is one writing, and the pairs below stay few
    const firsts = new Map<string, Figure>();
    for (const f of all) {
      const k = `${writtenNumber(f)}|${f.value}`;
      if (!firsts.has(k)) firsts.set(k, f);
    }
    const fs = [...firsts.values()];
    if (fs.length < 2) continue;
    const seen = new Set<string>();
    for (let i = 0; i < fs.length; i++)
      for (let j = i + 1; j < fs.length; j++) {
        const a = fs[i]!;
        const b = fs[j]!;
        const [lo, hi] = a.value < b.value ? [a, b] : [b, a];
        const r = hi.value / lo.value;
        const wa = writtenNumber(a)!;
        const wb = writtenNumber(b)!;
        if (r === 1 && wa !== wb && wa.replace(/[.,]/g, "") === wb.replace(/[.,]/g, "")) {
          const key = `same|${[wa, wb].sort().join('|')}`;
          if (!seen.has(key))
            out.push(
              finding(
                "numbers.two-ways",
                "warning",
                `Cùng một số được viết hai cách: "${a.text}" và "${b.text}".`,
                `The same number is written two ways: "${a.text}" and "${b.text}".`,
                [a, b],
              ),
            );
          seen.add(key);
          continue;
        }
        const p = Math.round(Math.log10(r));
        if (p < 3 || Math.abs(r / 10 ** p - 1) > 1e-9) continue;
        if (writtenNumber(a) === writtenNumber(b)) continue; // same writing: two readings of it are not ours
        const key = `${lo.value}|${hi.value}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(
          finding(
            "numbers.two-ways",
            "error",
            `Cùng các chữ số được viết hai cách: "${lo.text}" và "${hi.text}" chênh nhau ${10 ** p} lần; một trong hai có dấu phân cách sai.`,
            `The same digits are written two ways: "${lo.text}" and "${hi.text}" differ by a factor of ${10 ** p}; one of them has the wrong separator.`,
            [lo, hi],
            { expected: hi.value, found: lo.value },
          ),
        );
      }
  }
  // counts must be whole: "1,500 người" read with a decimal comma is a separator slip
  const conv = ctx.report.convention.numbers;
  const dec = conv === "en" ? "." : ",";
  for (const f of ctx.report.figures) {
    if (f.kind !== "count" || Number.isInteger(f.value)) continue;
    const w = writtenNumber(f);
    if (!w || !new RegExp(`\\${dec}\\d{3}$`).test(w)) continue;
    out.push(
      finding(
        "numbers.separator",
        "warning",
        `"${f.text}": số đếm phải là số nguyên; dấu "${dec}" ở đây có lẽ là dấu phân cách hàng nghìn.`,
        `"${f.text}": a count is a whole number; the "${dec}" here is likely a thousands separator.`,
        [f],
        { expected: Number(w.replace(/[.,]/g, "")), found: f.value },
      ),
    );
  }
  // both conventions in one document: "1.000,5" and "1,000.5"
  const viStyle = ctx.report.figures.find((f) => /\d\.\d{3},\d/.test(writtenNumber(f) ?? ""));
  const enStyle = ctx.report.figures.find((f) => /\d,\d{3}\.\d/.test(writtenNumber(f) ?? ""));
  if (viStyle && enStyle)
    out.push(
      finding(
        "numbers.mixed",
        "warning",
        `Văn bản dùng cả hai cách viết số: "${viStyle.text}" (dấu chấm phân cách hàng nghìn) và "${enStyle.text}" (dấu phẩy phân cách hàng nghìn).`,
        `The document writes numbers both ways: "${viStyle.text}" (dot for thousands) and "${enStyle.text}" (comma for thousands).`,
        [viStyle, enStyle],
      ),
    );
  return out;
}
