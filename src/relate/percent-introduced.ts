/**
 * A structure introduced as the whole before a colon: "Cơ cấu lao động: nông nghiệp 52,3%, …". The
 * introduction may name its year, its owner and the dimension it is split by, which made it too
 * long or gave it digits for the first reading (percent-total.ts):
 *
 *   "Cơ cấu điện thương phẩm năm 2024 của Công ty Điện lực Vĩnh Phúc theo thành phần phụ tải:
 *    công nghiệp - xây dựng 58,4%; …; hoạt động khác 2,5%"  → introduced: the classes make 100
 *   "Cơ cấu vốn … 2.460 tỷ đồng: …"                         → not: a figure before the colon
 *   "Cơ cấu …. Trong đó: …"                                 → not: another sentence or clause
 */

import { named } from "../text/rx.js";

/** A year in an introduction ("năm 2024", "2023-2024", "quý I/2024"): no figure of the list. */
const YEAR = named("relate.percent-introduced-year", /(?<![\d.,])(?:19|20)\d\d(?:\s{0,2}[-–]\s{0,2}(?:19|20)\d\d)?(?![\d.,])/gu);
const SHORT = named("relate.percent-introduced-short", /^[^.;%\d]{0,60}:/u);
const LONG = named("relate.percent-introduced", /^[^.;%\d]{0,130}:/u);

/** Whether the stretch from a structure cue to its first class opens with an introduction closed by ":". */
export function introducedStructure(gap: string): boolean {
  if (SHORT.test(gap)) return true;
  return LONG.test(gap.replace(YEAR, "năm"));
}
