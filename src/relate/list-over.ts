/**
 * A figure past a ";" that is larger than the whole of the list before it starts a new statement: the
 * list has ended before it (src/relate/breakdown.ts).
 *
 *   "Chi bộ kết nạp 12 đảng viên mới, trong đó 7 đảng viên nữ; Đảng bộ hiện có 420 đảng viên."
 *   "Tổng thu là 450 tỷ đồng, trong đó thu từ doanh nghiệp là 300 tỷ đồng; chi ngân sách là 520 tỷ đồng."
 *   "… 320 vụ vi phạm, trong đó 120 vụ về ma túy; năm 2023 phát hiện 350 vụ."
 * Not a figure whose label reads like the part's before it ("7 trẻ em mồ côi; 24 trẻ em khuyết tật", "chi
 * hội 1 có 20 …; chi hội 2 có 40 …"): that is a sibling part, and larger than its whole, a contradiction.
 * A part larger than its whole right after the cue is no such figure: "… 8.460 tỷ đồng, trong đó … là
 * 8.640 tỷ đồng" stays a part (and a contradiction). Nor is a whole written as a bound ("hơn 10 kg …").
 */
import type { Fig } from "./context.js";
import type { Item } from "./list.js";

/** Whether item `n` of `items` (not the first) comes after a ";" and is larger than its whole `whole`. */
export function overAfterSemicolon(key: string, items: readonly Item[], n: number, whole: Fig): boolean {
  if (n < 1 || whole.f.bound || whole.f.approx) return false;
  const it = items[n]!;
  if (it.g.f.value * (it.factor ?? 1) <= whole.f.value) return false;
  return key.slice(items[n - 1]!.g.end, it.g.start).includes(";") && !sameFrame(items[n - 1]!.label, it.label);
}

/**
 * Whether an item's label reads like the one before it, so it is a sibling part (and a contradiction when
 * larger than the whole): both with the number first ("7 trẻ em mồ côi; 24 trẻ em khuyết tật"), or the
 * same label but for a number ("chi hội 1 có …; chi hội 2 có …"). A label of its own ("chi thường xuyên
 * là" after "chi từ nguồn sử dụng đất là") is not enough: it may name a sibling of the whole.
 */
function sameFrame(before: string, label: string): boolean {
  return before.trim().replace(/\d+/g, "#") === label.trim().replace(/\d+/g, "#");
}
