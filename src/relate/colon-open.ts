/**
 * A colon list after a stock that tells of some of it, not all (colonSome in colon-cue.ts reads it as a subset):
 *
 *   "64 giáo viên: 20 giáo viên dạy giỏi cấp huyện, 6 giáo viên dạy giỏi cấp tỉnh"
 *   "48 công chức: 12 công chức được khen thưởng, 3 công chức bị kỷ luật"
 *       each item an award, a distinction or a qualification that some of the whole hold (and its
 *       whole's clause does not), no negated item ("đạt chuẩn" | "chưa đạt chuẩn" is all of it)
 *   (neither when an item is told by sex, area or a degree up to "đại học", which name all of a whole:
 *   "64 giáo viên: 10 giáo viên có trình độ thạc sĩ, 50 giáo viên có trình độ đại học" stays an error)
 *   "64 giáo viên: 20 giáo viên Toán, 15 giáo viên Ngữ văn, 10 giáo viên Tiếng Anh"
 *       a count's number-first items that leave a quarter or more of it out: a selection ("64 giáo viên:
 *       30 nữ, 20 nam" stays an error; not amounts or areas, whose parts are the whole's)
 *
 * Only when the parts add up to less than the whole, no word before the colon closes the list ("gồm",
 * "cụ thể", "như sau", "trong đó", "chia thành", "phân theo", "tổng", "cơ cấu") and no item is the
 * rest ("khác", "còn lại"). Parts that exceed the whole are left to the list's other readings.
 */
import { named, src } from "../text/rx.js";
import { foldedWords, type Fig, type RelateCtx } from "./context.js";
import type { Item } from "./list.js";

const CLOSING = named("colon-open.CLOSING", new RegExp(src`(?:^|[^\p{L}\p{M}])(?:${["gồm", "bao gồm", "cụ thể", "như sau", "trong đó", "trong số đó", "chia thành", "chia ra", "phân theo", "phân ra", "tổng", "cơ cấu"]})(?![\p{L}\p{M}])`, "u"));
/** Awards, distinctions and qualifications: what some of a staff hold. */
const DISTINCTION_WORDS = [
  "dạy giỏi", "danh hiệu", "được tặng", "được trao", "được khen", "khen thưởng", "bằng khen", "giấy khen", "huy hiệu", "huân chương", "kỷ niệm chương",
  "kỷ luật", "đạt chuẩn", "chuẩn quốc gia", "thi đua", "lao động giỏi", "lao động tiên tiến", "chuyên khoa", "đạt giải", "được công nhận",
];
const DISTINCTION = named("colon-open.DISTINCTION", new RegExp(src`(?:^|[^\p{L}\p{M}])(${DISTINCTION_WORDS})(?![\p{L}\p{M}])`, "u"));
const NEGATED = named("colon-open.NEGATED", new RegExp(src`(?:^|[^\p{L}\p{M}])(?:không|chưa)(?![\p{L}\p{M}])`, "u"));
const REST = named("colon-open.REST", new RegExp(src`(?:^|[^\p{L}\p{M}])(?:khác|còn lại)(?![\p{L}\p{M}])`, "u"));
/** Dimensions whose values name all of a whole between them: sex, area, the lower degrees ("đại học", not "sau đại học"). */
const WHOLE_SPLIT = named("colon-open.WHOLE_SPLIT", new RegExp(src`(?:^|[^\p{L}\p{M}])(?:nam|nữ|phụ nữ|thành thị|nông thôn|(?<!sau\s)(?:đại học|cao đẳng|trung cấp))(?![\p{L}\p{M}])`, "u"));
/** Words a number-first item's label may hold. */
const GLUE = named("colon-open.GLUE", new RegExp(src`^\s*(?:(?:và|hoặc)\s*)?$`, "u"));

/** True when the colon list `items` of `whole` (its colon at `cueAt`) tells of some of it. */
export function colonOpen(rc: RelateCtx, items: readonly Item[], whole: Fig, cueAt: number): boolean {
  if (items.length < 2 || whole.f.value <= 0) return false;
  const sum = items.reduce((s, it) => s + it.g.f.value * (it.factor ?? 1), 0);
  if (!(sum < whole.f.value) || items.some((it) => it.remainder)) return false;
  const sent = rc.sentences[whole.sent];
  const own = rc.key.slice(Math.max(sent ? sent.start : 0, whole.start - 40), cueAt);
  if (CLOSING.test(own)) return false;
  const texts = items.map((it) => `${it.label} ${foldedWords(it.g.noun).join(" ")} ${it.after}`);
  if (texts.some((t) => REST.test(t) || WHOLE_SPLIT.test(t))) return false;
  // each item a distinction its whole's clause does not hold
  if (
    texts.every((t) => {
      const m = DISTINCTION.exec(t);
      return m && !own.includes(m[1]!);
    }) &&
    !texts.some((t) => NEGATED.test(t))
  )
    return true;
  // a selection: a count's number-first items leaving a quarter or more out (amounts and areas are
  // their whole's parts: "vốn 500 tỷ đồng: 200 tỷ đồng vốn ngân sách, 100 tỷ đồng vốn vay" stays an error)
  return whole.f.kind === "count" && sum <= 0.75 * whole.f.value && items.every((it) => GLUE.test(it.label));
}
