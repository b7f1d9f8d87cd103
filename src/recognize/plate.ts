/**
 * A vehicle's licence plate before a number: the number is part of the plate, neither a count nor a year.
 *
 *   "xe BKS 29A - 12345 đi từ …"       → "12345" is no count
 *   "xe khách BKS Lào UN - 2043 chạy"  → "2043" is no year
 *   "mang biển kiểm soát 51F-678.90"   → "678.90" is no count
 */
import { named } from "../text/rx.js";

/**
 * The plate's word ("xe", "là" may follow), then letter/digit groups ending in a dash or a dot ("29A - ", "Lào UN - ",
 * "29B 148. "), or one group holding a digit ("52Y4 "), or only "xe"/"là" ("biển số xe là "): on the folded text before the
 * number. (Not "biển số Bình Dương làm 2 xe", "không biển số và mang theo 1 khẩu súng": no dash, no digit.)
 */
const PLATE_BEFORE = named(
  "plate.before",
  /(?:^|[^\p{L}\p{M}])(?:bks|biển số|biển kiểm soát)(?:(?: {1,2}xe)?(?: {1,2}là)?(?:(?: {1,2}[\p{L}\p{M}\d]{1,6}){1,3} {0,2}[-–.]| {1,2}[\p{L}\p{M}]{0,3}\d[\p{L}\p{M}\d]{0,4})| {1,2}xe(?: {1,2}là)?| {1,2}là) {0,2}$/u,
);

/** Whether the number at `at` (an index into `key`, the folded text) is written inside a licence plate. */
export function plateBefore(key: string, at: number): boolean {
  return PLATE_BEFORE.test(key.slice(Math.max(0, at - 40), at));
}
