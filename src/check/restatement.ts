/**
 * restatement.words / restatement.units / numbers.two-ways — one amount written twice.
 *
 *   "15 (mười bảy) đồng chí"                                    → error: 15 ≠ mười bảy (17)
 *   "36.800.000 đồng (Bằng chữ: Ba mươi sáu triệu tám mươi nghìn đồng)" → error: 36.800.000 ≠ 36.080.000
 *   "3.200 triệu đồng (tương đương 32 tỷ đồng)"                 → error: 3,2 tỷ ≠ 32 tỷ
 *   "1,615 tỷ đồng, tức 1.615 triệu đồng"                       → consistent (1,615 tỷ = 1.615 triệu)
 *   "2.340 tỷ đồng" … "2,340 tỷ đồng"                           → error: the same digits, two separators
 */
import type { Finding, RelationRestatement } from "../schema.js";
import { judge, quantity, range, type Reading } from "./precision.js";
import { finding, fmt, role, severityOf, shown, type CheckCtx } from "./util.js";

export function checkRestatements(ctx: CheckCtx): Finding[] {
  const out: Finding[] = [];
  for (const r of ctx.relations) {
    if (r.kind !== "restatement") continue;
    const a = role(r, "value");
    const b = role(r, "restated");
    if (!a || !b || a.value === undefined || b.value === undefined) continue;
    if (r.form === "separator") {
      out.push(separator(r, a, b));
      continue;
    }
    // any reading of an ambiguous separator may be the one meant
    const as = [a.value, ...(a.alternatives ?? [])];
    const bs = [b.value, ...(b.alternatives ?? [])];
    let best: "ok" | "doubtful" | "contradiction" = "contradiction";
    // whole numbers in words and in digits are both exact: "26 (hai mươi bảy)" is no rounding
    // (not when either is told as about or a bound: "1.548 triệu đồng (khoảng một tỷ năm trăm triệu đồng)")
    const qa = quantity(a, ctx.byId);
    const qb = quantity(b, ctx.byId);
    const plain = !qa.bound && !qa.approx && !qa.estimate && !qb.bound && !qb.approx && !qb.estimate;
    const exact = r.form === "words" && plain && [...as, ...bs].every((x) => Number.isInteger(x));
    if (exact) best = as.some((x) => bs.includes(x)) ? "ok" : "contradiction";
    else {
      for (const x of as)
        for (const y of bs) {
          const v = judge((rd: Reading) => range(quantity(a, ctx.byId, x), rd), (rd: Reading) => range(quantity(b, ctx.byId, y), rd));
          if (v === "ok" || (v === "doubtful" && best === "contradiction")) best = v;
        }
    }
    const sev = severityOf(best, r.certainty);
    if (!sev) continue;
    if (r.form === "words") {
      const arith = { vi: `${a.text} ≠ ${b.text} (${fmt(b.value, "vi")})`, en: `${a.text} ≠ ${b.text} (${fmt(b.value, "en")})` };
      out.push(finding("restatement.words", sev, { vi: `Số viết bằng chữ không khớp với số viết bằng chữ số: ${arith.vi}.`, en: `The number in words does not match the digits: ${arith.en}.` }, r, [a, b], { expected: a.value, found: b.value, arithmetic: arith }));
    } else {
      const u = shown(b);
      const arith = {
        vi: `${a.text} = ${fmt(a.value / u.scale, "vi")}${u.unit ? ` ${u.unit}` : ""} ≠ ${b.text}`,
        en: `${a.text} = ${fmt(a.value / u.scale, "en")}${u.unit ? ` ${u.unit}` : ""} ≠ ${b.text}`,
      };
      out.push(finding("restatement.units", sev, { vi: `Hai cách ghi của cùng một số tiền/lượng không khớp: ${arith.vi}.`, en: `The same amount, written in two units, disagrees: ${arith.en}.` }, r, [a, b], { expected: a.value, found: b.value, arithmetic: arith }));
    }
  }
  return out;
}

function separator(r: RelationRestatement, a: NonNullable<ReturnType<typeof role>>, b: NonNullable<ReturnType<typeof role>>): Finding {
  const differ = Math.abs(a.value! - b.value!) > 1e-9 * Math.max(Math.abs(a.value!), 1);
  const arith = differ
    ? { vi: `${a.text} = ${fmt(a.value!, "vi")}; ${b.text} = ${fmt(b.value!, "vi")}`, en: `${a.text} = ${fmt(a.value!, "en")}; ${b.text} = ${fmt(b.value!, "en")}` }
    : { vi: `"${a.text}" và "${b.text}"`, en: `"${a.text}" and "${b.text}"` };
  return finding(
    "numbers.two-ways",
    r.certainty === "explicit" ? "error" : "warning",
    {
      vi: `Cùng các chữ số được ghi với dấu phân cách khác nhau (${arith.vi}); một trong hai ghi sai dấu phân cách.`,
      en: `The same digits are written with different separators (${arith.en}); one of them has the wrong separator.`,
    },
    r,
    [a, b],
    { expected: a.text, found: b.text, arithmetic: arith },
  );
}
