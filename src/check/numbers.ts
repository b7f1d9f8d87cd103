/**
 * numbers.separator / numbers.mixed — how the numbers of a document are written.
 *
 *   (Vietnamese document) "có 1,500 người tham dự"   → warning: a count is whole; "1,500" is likely 1.500
 *   "1.000,5 tấn" and "2,500.5 tấn" in one document   → warning: both conventions used
 * One amount written with both separators ("2.340 tỷ" and "2,340 tỷ") is a restatement
 * (restatement.ts, numbers.two-ways).
 */
import type { Figure, Finding } from "../schema.js";
import { finding, type CheckCtx } from "./util.js";

const written = (f: Figure) => /\d(?:[\d.,]*\d)?/.exec(f.text)?.[0];

export function checkNumbers(ctx: CheckCtx): Finding[] {
  const out: Finding[] = [];
  const conv = ctx.report.convention.numbers;
  const dec = conv === "en" ? "." : ",";
  const member = (f: Figure) => ({ role: "figure", figure: f.id, value: f.value, span: f.span, text: f.text });
  for (const f of ctx.report.figures) {
    if (f.kind !== "count" || Number.isInteger(f.value)) continue;
    const w = written(f);
    if (!w || !new RegExp(`\\${dec}\\d{3}$`).test(w)) continue;
    out.push(
      finding(
        "numbers.separator",
        "warning",
        { vi: `"${f.text}": số đếm phải là số nguyên; dấu "${dec}" ở đây có lẽ là dấu phân cách hàng nghìn.`, en: `"${f.text}": a count is a whole number; the "${dec}" here is likely a thousands separator.` },
        undefined,
        [member(f)],
        { expected: Number(w.replace(/[.,]/g, "")), found: f.value },
      ),
    );
  }
  // (either style writes a dot and a comma: a figure without both is passed over without its patterns)
  const both = (f: Figure) => f.text.includes(".") && f.text.includes(",");
  const viStyle = ctx.report.figures.find((f) => both(f) && /\d\.\d{3},\d/.test(written(f) ?? ""));
  const enStyle = viStyle && ctx.report.figures.find((f) => both(f) && /\d,\d{3}\.\d/.test(written(f) ?? ""));
  if (viStyle && enStyle)
    out.push(
      finding(
        "numbers.mixed",
        "warning",
        {
          vi: `Văn bản dùng cả hai cách viết số: "${viStyle.text}" (dấu chấm phân cách hàng nghìn) và "${enStyle.text}" (dấu phẩy phân cách hàng nghìn).`,
          en: `The document writes numbers both ways: "${viStyle.text}" (dot for thousands) and "${enStyle.text}" (comma for thousands).`,
        },
        undefined,
        [member(viStyle), member(enStyle)],
      ),
    );
  return out;
}
