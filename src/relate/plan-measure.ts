/**
 * A plan named for a measure ("kế hoạch lợi nhuận", "chỉ tiêu thu ngân sách") is that measure's
 * plan: a direction claim ties it to an amount before only when the amount's clause names the
 * same measure, or names none.
 *
 *   "Lợi nhuận đạt 96,3 tỷ đồng, hoàn thành vượt kế hoạch lợi nhuận (104 tỷ đồng)"  tied
 *   "đạt 612 tỷ đồng nhưng vẫn không hoàn thành kế hoạch được giao (580 tỷ đồng)"   tied (no measure named)
 *   "đạt doanh thu 96 tỷ đồng nhưng không hoàn thành kế hoạch lợi nhuận (12 tỷ đồng)"
 *       not tied: the profit's plan is no plan of the revenue
 *   "thu ngân sách 312 tỷ đồng nhưng vẫn không hoàn thành dự toán thu tiền sử dụng đất (180 tỷ đồng)"
 *       not tied: one revenue's plan is no plan of the budget's whole
 *   "doanh thu 96 tỷ đồng nhưng không hoàn thành kế hoạch giao về lợi nhuận (12 tỷ đồng)"
 *       not tied: the measure named after who set the plan and "về"
 */
import { fold } from "../text/fold.js";
import { foldedWords } from "./words.js";

/** Words of a plan phrase that name no measure: the plan word, who set it, when. */
const PLAN_FRAME = new Set(
  ["kế", "hoạch", "chỉ", "tiêu", "dự", "toán", "mục", "kh", "được", "giao", "đề", "ra", "năm", "nay", "của", "cả", "đã", "cấp", "trên", "tỉnh", "huyện", "xã", "thành", "phố", "bộ", "ngành", "kì", "quí", "tháng", "đầu", "cuối", "điều", "chỉnh", "trung", "ương", "hội", "đồng", "nhân", "dân", "ủy", "ban", "ubnd", "hđnd", "đặt", "pháp", "lệnh", "nghị", "quyết", "chung", "này", "tổng", "số", "hàng", "theo"].map((w) => fold(w)),
);

/** "về": the measure follows ("kế hoạch được giao về thu hồi nợ xấu"). */
const VE = fold("về");

/** The plan words that open a plan phrase. */
const PLAN_HEAD = new Set(["kế", "hoạch", "chỉ", "tiêu", "dự", "toán", "mục", "kh"].map((w) => fold(w)));

/**
 * The measure a plan phrase names right after its plan word ("kế hoạch lợi nhuận năm 2024" →
 * ["lợi", "nhuận"]; "chỉ tiêu Nghị quyết Đại hội đề ra" → []: who set it, not what it measures).
 */
function measureWords(phrase: string): string[] {
  const ws = foldedWords(phrase);
  let i = 0;
  while (i < ws.length && PLAN_HEAD.has(ws[i]!)) i++;
  // "kế hoạch (được) giao về lợi nhuận": who set it, then the measure after "về"
  let k = i;
  while (k < ws.length && PLAN_FRAME.has(ws[k]!)) k++;
  if (ws[k] === VE) i = k + 1;
  const out: string[] = [];
  for (; i < ws.length && !PLAN_FRAME.has(ws[i]!) && !/\d/.test(ws[i]!); i++) out.push(ws[i]!);
  return out;
}

/**
 * Whether a plan phrase names a measure the clause before the amount (`clause`) does not name, every
 * word of it ("dự toán thu tiền sử dụng đất" is no plan of "thu ngân sách").
 */
export function planOfOtherMeasure(phrase: string, clause: string): boolean {
  const ws = measureWords(phrase);
  if (!ws.length) return false;
  const have = new Set(foldedWords(clause));
  return !ws.every((w) => have.has(w));
}
