/**
 * Counts stated after what they count: the subject names the counted noun, the number ends the
 * clause with no noun of its own.
 *
 *   "Số cán bộ phải kê khai tài sản năm 2016 là 7.871."        → 7 871, personnel
 *   "chỉ tiêu năm nay của Đại học Đà Nẵng là 2.250, giảm …"     → 2 250, task
 *   "Tổng số đảng viên của Đảng bộ: 1.250."                     → 1 250, personnel
 *   "Số lượng doanh nghiệp thành lập mới đạt 1.745."            → 1 745, organization
 * Not counts: "Số điện thoại là 0912…" (a leading zero), "Số tài khoản là 102020000189568" (no groups), "số 18 là …" (no listed noun after "số"),
 * "là 7.871 người" (a noun after the number: count.ts reads it), "số tiền là 200 triệu" (money
 * wins the overlap), "Số người … là 7.871 và 12 đơn vị" (only a number that ends the clause).
 */
import type { Ctx, CountHit } from "./types.js";
import { shaped } from "./types.js";
import { none } from "../text/lists.js";
import { scanNumbers } from "./number.js";
import { named } from "../text/rx.js";
import { countCategory } from "./category.js";
import { listedNounAt } from "./count-noun-trie.js";
import { STATED_COUNT_LEADS } from "../lexicon/count-clues.js";

/** The link between the subject and the number, right before it (after any qualifier). */
const LINK = named("count.stated-link", /(?:[ ]là|[ ]đạt|[ ]lên tới|[ ]lên đến|[ ]đều|:)[ ]{0,2}$/u);
/** A word that numbers what it names, right before the link ("các quận: 12", "phòng số: 3"). */
const NUMBERED_BEFORE = named("count.stated-numbered", /(?:^|[^\p{L}\p{M}])(?:quận|phường|tổ|khu|số|lớp|phòng|khoá|mã)[ ]{0,2}:[ ]{0,2}$/u);
/** The number ends its clause: punctuation, the end, or a comparison ("…, giảm 900 so với …"). */
const CLAUSE_END = named("count.stated-end", /^[ ]{0,2}(?:[.,;!?)\n]|$|trên[ ]{1,2}tổng[ ]{1,2}số[ ])/u);
/** A mark between the subject and the number ("Số học sinh đạt điểm 10 môn Toán là 2.514"): no other count. */
const MARK_BETWEEN = named("count.stated-mark", /(?<![\p{L}\p{M}])điểm[ ]{1,2}\d{1,2}(?![\d.,])/gu);
/**
 * The next item of a list of stated counts: ", môn Văn là 1.430" after "Số học sinh … môn Toán là
 * 2.514" (its first word, "môn", in the first subject: the same subject, another part of it).
 */
const NEXT_ITEM = named("count.stated-next", /^[ ]{0,2}[,;][ ]{1,2}([\p{L}\p{M}]+)(?:[ ]{1,2}[\p{L}\p{M}]+){0,5}[ ]{1,2}(?:là|đạt)[ ]{1,2}$/u);
/** A lead word at a word's start, a space after it (longest first). */
const LEAD = named("count.stated-lead", new RegExp(`(?:^|[^\\p{L}\\p{M}\\p{N}])(${[...STATED_COUNT_LEADS].sort((a, b) => b.length - a.length).join("|")})(?= )`, "gu"));
/** How far before the number the subject may start. */
const REACH = 90;

export function recognizeStatedCounts(ctx: Ctx): CountHit[] {
  const { key, norm } = ctx.doc;
  const out: CountHit[] = none();
  // the last stated count and its subject (a list's next item may follow it)
  let last: { hit: CountHit; subject: string } | null = null;
  for (const h of scanNumbers(ctx)) {
    if (h.form !== "digits" || !Number.isInteger(h.value) || h.value < 2 || h.leadingZero || h.yearLike || h.of !== undefined || h.range || h.scaleWord) continue;
    if (!CLAUSE_END.test(key.slice(h.numEnd, h.numEnd + 16))) continue;
    // "Số tài khoản là 102020000189568": five digits or more with no group separator is an identifier
    if (/^\d{5,}$/.test(key.slice(h.numStart, h.numEnd))) continue;
    if (!LINK.test(key.slice(Math.max(0, h.start - 10), h.start))) continue;
    // "… tại các quận: 12, Gò Vấp": a district's, a room's number after its colon
    if (NUMBERED_BEFORE.test(key.slice(Math.max(0, h.start - 16), h.start))) continue;
    // ", môn Văn là 1.430" right after "Số học sinh … môn Toán là 2.514": the next item of the list, the same subject
    if (last && nextItem(key, last.hit, last.subject, h.start)) {
      const item: CountHit = shaped<CountHit>({ ...last.hit, start: h.start, end: h.end, value: h.value, numStart: h.numStart, numEnd: h.numEnd, approx: h.approx ? true : undefined, bound: h.bound ? h.bound : undefined, ambiguous: h.ambiguous ? true : undefined });
      out.push(item);
      last = { hit: item, subject: last.subject };
      continue;
    }
    // the subject: a lead word and a listed noun, in the same clause, no other number but a year between
    const from = Math.max(0, h.start - REACH);
    const before = key.slice(from, h.start);
    const cut = Math.max(before.lastIndexOf(". "), before.lastIndexOf(";"), before.lastIndexOf("\n"), before.lastIndexOf(": ", before.length - 5));
    const clause = before.slice(cut + 1);
    const base = from + cut + 1;
    let noun: { start: number; end: number; noun: string } | null = null;
    LEAD.lastIndex = 0;
    let m: RegExpExecArray | null;
    // the last subject before the number ("Số người dự là 200, trong đó số nữ là 120": "số nữ")
    while ((m = LEAD.exec(clause))) {
      const at = base + m.index + m[0].length;
      const lead = m[1]!;
      // ("chỉ tiêu" is its own noun; the object is made for every lead: made only for it, its reads and
      // stores were first reached after V8 had optimised this loop)
      const own = { start: at - lead.length, end: at, noun: lead };
      noun = (lead === "chỉ tiêu" ? own : listedNounAt(ctx.doc, at, true)) ?? noun;
    }
    if (!noun) continue;
    // (the hit is made before the test for another number between: V8 had optimised this loop
    // before any subject was found, and the test, then the hit, each first reached after, made it
    // compile it twice again; now once)
    const numberBetween = /\d/.test(key.slice(noun.end, h.start).replace(/\b(?:19|20)\d\d\b/g, "").replace(MARK_BETWEEN, ""));
    const category = countCategory(ctx, { numStart: h.numStart, nounStart: noun.start, nounEnd: noun.end, phraseEnd: noun.end, noun: noun.noun });
    const hit: CountHit = shaped<CountHit>({
      kind: "count",
      start: h.start,
      end: h.end,
      rule: "count.stated",
      value: h.value,
      category,
      noun: norm.slice(noun.start, noun.end),
      numStart: h.numStart,
      numEnd: h.numEnd,
      approx: h.approx ? true : undefined,
      bound: h.bound ? h.bound : undefined,
      ambiguous: h.ambiguous ? true : undefined,
    });
    if (!numberBetween) {
      out.push(hit);
      last = { hit, subject: key.slice(noun.start, h.start) };
    }
  }
  return out;
}

/** The number at `at` is the next item of the list whose last item is `prev` (the words of its subject in `subject`). */
function nextItem(key: string, prev: CountHit, subject: string, at: number): boolean {
  const from = prev.numEnd ?? prev.end;
  if (at - from > 60) return false;
  const m = NEXT_ITEM.exec(key.slice(from, at));
  return !!m && ` ${subject.replace(/\s+/g, " ")} `.includes(` ${m[1]} `);
}
