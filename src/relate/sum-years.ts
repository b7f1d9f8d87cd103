/**
 * Parts told year by year before their total (relate/sum-after.ts reads the list):
 *
 *   "Năm 2021 có 12 dự án, năm 2022 có 15 dự án, năm 2023 có 18 dự án, tổng cộng 50 dự án"   12 + 15 + 18 ≠ 50
 *   "Năm 2021: 12 dự án; năm 2022: 15 dự án; năm 2023: 18 dự án; tổng cộng 45 dự án"          right
 * The join between two parts is the tail of a noun (up to three words: "ha rừng tập trung"), "," ";" or
 * "và", then "năm YYYY" and a colon or at most two words ("có", "thu hút", "trồng mới", "là"); the first
 * part is led by its own "năm YYYY" in its clause (then at most three words: "Năm 2022 Hội kết nạp"),
 * and the years are all different (one part a year).
 *
 *   "Năm 2022 trồng mới 120 ha rừng tập trung, năm 2023 trồng mới 135 ha rừng tập trung, tổng cộng trồng
 *    được 260 ha"                                                                  120 + 135 ≠ 260
 * After a list one part a year (and only then), the total may be told with its own verb ("tổng cộng đã
 * hỗ trợ", "tổng cộng trồng được"), after a noun tail of up to three words: YEAR_TOTAL.
 */
import { named, src } from "../text/rx.js";
import type { Fig, RelateCtx } from "./context.js";

/** Between two parts: "…, năm 2022 có", "…; năm 2022:", "…, năm 2022 là". */
export const JOIN_YEAR = named("sum-years.JOIN_YEAR", new RegExp(src`^(?:\s*[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)?)?(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+)năm\s+(\d{4})\s*(?::\s*|(?:[\p{L}\p{M}]+\s+){0,2})$`, "u"));
/** Before the first part, in its clause: "Năm 2021 có", "Số dự án năm 2021 là". */
const LEAD_YEAR = named("sum-years.LEAD_YEAR", /(?:^|[^\p{L}\p{M}])năm\s+(\d{4})\s*(?::\s*|(?:[\p{L}\p{M}]+\s+){0,3})$/u);
/**
 * The total after a list one part a year, told with a verb of its own: the last part's noun tail (up to
 * three words), "," or ";", "tổng cộng", then "đã" / "là" and up to two words of a verb that is no
 * stock or change ("còn", "tăng", "giảm", "thêm"), then "được": "…, tổng cộng đã hỗ trợ", "…, tổng cộng
 * trồng được". The verb (group 1) must be the parts' own: yearVerbFits.
 */
export const YEAR_TOTAL = named("sum-years.YEAR_TOTAL", new RegExp(src`^(?:\s*[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)?)?\s*[,;]\s*tổng\s+cộng(?:\s+(?:đã|là|có))?(?:\s+((?!(?:còn|tăng|giảm|thêm|là|có)(?![\p{L}\p{M}]))[\p{L}\p{M}]+(?:\s+(?!được(?![\p{L}\p{M}]))[\p{L}\p{M}]+)?))?(?:\s+được)?\s*(?::\s*)?$`, "u"));

/** Whether the parts (in text order) are one a year, each led by its own year. */
export function yearByYear(rc: RelateCtx, parts: readonly Fig[]): boolean {
  if (parts.length < 2) return false;
  const s = rc.sentences[parts[0]!.sent];
  const lead = rc.key.slice(Math.max(s ? s.start : 0, parts[0]!.start - 40), parts[0]!.start);
  const first = LEAD_YEAR.exec(lead.slice(Math.max(lead.lastIndexOf(","), lead.lastIndexOf(";")) + 1));
  if (!first) return false;
  const years = [first[1]!];
  for (let i = 1; i < parts.length; i++) {
    const m = JOIN_YEAR.exec(rc.key.slice(parts[i - 1]!.end, parts[i]!.start));
    if (!m) return false;
    years.push(m[1]!);
  }
  if (new Set(years).size !== years.length) return false;
  // one thing year by year: each part's noun and the words after it to its clause's end the same
  // (not "120 doanh nghiệp giải thể, năm 2024 có 135 doanh nghiệp thành lập mới")
  const told = parts.map((p) => `${p.f.noun ?? ""} ${TAIL.exec(rc.key.slice(p.end, p.end + 60))![0]}`.split(/[^\p{L}\p{M}]+/u).filter(Boolean).join(" "));
  return told.every((t) => t === told[0]);
}
/** The words right after a part, to a separator or the next "và năm". */
const TAIL = named("sum-years.TAIL", /^[^,;:.()\d]*?(?=\s+và\s+năm\s|[,;:.()\d]|$)/u);

/**
 * Whether the verb of a total after a list one part a year (YEAR_TOTAL's group 1) is told of the parts
 * too, in the sentence before the last part: "năm 2022 trồng 120 ha, năm 2023 trồng 135 ha, tổng cộng
 * trồng được 255 ha", not "…, tổng cộng bảo vệ 2.000 ha rừng" (another deed, another whole).
 */
export function yearVerbFits(rc: RelateCtx, parts: readonly Fig[], verb: string | undefined): boolean {
  if (!verb) return true;
  const s = rc.sentences[parts[0]!.sent];
  const told = ` ${rc.key.slice(s ? s.start : 0, parts[parts.length - 1]!.start).split(/[^\p{L}\p{M}]+/u).join(" ")} `;
  return told.includes(` ${verb.split(/\s+/u).join(" ")} `);
}
