/**
 * A count, what each of them holds, and the total: the total is the count times the amount each
 * (a breakdown of one part that counts N times, as "2 lần 20.000 USD" does: its `factor`).
 *
 *   "trao 300 suất quà, mỗi suất 500.000 đồng, tổng trị giá 150 triệu đồng"     300 × 500.000 = 150 triệu
 *   "42 phòng thi, mỗi phòng thi có 24 thí sinh, tổng số thí sinh là 1.008"      42 × 24 = 1.008
 *   "300 suất quà, trị giá mỗi suất 500.000 đồng, với tổng số tiền 150 triệu đồng"
 * Only in one run of clauses: the count, then right after it (its noun, a comma or a bracket)
 * "mỗi <a word of the count's noun>" and the amount each, then right after that amount (its noun, a
 * comma) "tổng …" and the total, of the amount's measure. Not "mỗi suất gồm 500.000 đồng và 10 kg
 * gạo" (the amount is not all of each), nor a total after another item ("… và 50 xe đạp, tổng trị giá").
 * Nor a total that says it covers more ("tổng kinh phí 300 triệu đồng (gồm cả 60 triệu đồng sửa nhà)",
 * "…, kể cả …", "…, trong đó …"), nor a balance ("tổng quỹ hội hiện có 500 triệu đồng": what the fund
 * holds now, not the count times each), nor one of a wider scope ("…; tổng số hội viên toàn huyện là
 * 5.200 người"), nor a total whose sources are told after it in its sentence ("…, nhân dân đóng góp
 * 2,1 tỷ đồng", "(ngân sách …, nhân dân …)"), nor one whose label names something bigger than the
 * counted things in the same unit ("tổng diện tích xây dựng", product-label.ts).
 * The count is a member too ("count": cited, and its other reading when its digits are ambiguous,
 * "1.615 hộ" beside "1,615 tỷ đồng", for the check).
 */
import { named } from "../text/rx.js";
import { fold } from "../text/fold.js";
import { cueOf, figMember, type Fig, type Rel, type RelateCtx } from "./context.js";
import { measureCompatible } from "./kinds.js";
import { labelNamesOther } from "./product-label.js";
import { RelationDraft } from "./relation-draft.js";

/** From the count to the amount each: the count's noun, "," or "(", then "mỗi <noun> [có|trị giá|dài|nặng|rộng|là]" or "trị giá mỗi <noun> [là]". */
const EACH = named("product.EACH", /^[^,;:.()\d]{0,30}[,(]\s*(?:mỗi\s+([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2}?)(?:\s+(?:có|trị\s+giá|dài|nặng|rộng|là|được))?|trị\s+giá\s+mỗi\s+([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2}?)(?:\s+là)?)\s*$/u);
/** From the amount each to the total: its noun, ",", "tổng" and up to four words of what is totalled, "là" / "lên tới". */
const TOTAL = named("product.TOTAL", /^[^,;:.()\d]{0,30}\)?\s*[,;]\s*(?:với\s+|có\s+)?tổng(?:\s+(?:cộng|số|trị\s+giá|số\s+tiền|kinh\s+phí|giá\s+trị))?(?:\s+(?!là|lên|đạt)[\p{L}\p{M}]+){0,4}?(?:\s+(?:là|lên\s+tới|lên\s+đến|đạt))?\s*$/u);

/** Words of the total's label that make it a balance, not the product: "hiện có", "còn", "tồn", "lũy kế", "đến nay" (matched on the folded key: "luĩ kế", "đến nai") ("tổng dư nợ" after "cho N hộ vay, mỗi hộ …" is the product). */
const BALANCE = named("product.BALANCE", /(?:^|[^\p{L}\p{M}])(?:hiện|còn|tồn|luĩ\s+kế|đến\s+na[yi])(?![\p{L}\p{M}])/u);
/** Words of the total's label that widen its scope past the count: "tổng số hội viên toàn huyện", "của cả tỉnh", "trên địa bàn", "tổng trị giá chương trình", two things summed ("quà và tiền mặt"). */
const WIDER = named("product.WIDER", /(?:^|[^\p{L}\p{M}])(?:toàn|của|trên\s+địa\s+bàn|chương\s+trình|và)(?![\p{L}\p{M}])/u);
/** After the total, a bracket or clause that says it covers more: "(gồm cả …", ", bao gồm …", "(kể cả …", ", trong đó …". */
const COVERS_MORE = named("product.COVERS_MORE", /^[^.;:()\d]{0,30}[(,]\s*(?:bao\s+gồm|gồm|kể\s+cả|tính\s+cả|trong\s+đó|chưa\s+kể)(?![\p{L}\p{M}])/u);

export function findProducts(rc: RelateCtx): Rel[] {
  const out: Rel[] = [];
  const key = rc.key;
  for (let i = 0; i + 2 < rc.figs.length; i++) {
    const n = rc.figs[i]!;
    const each = rc.figs[i + 1]!;
    const total = rc.figs[i + 2]!;
    if (n.f.kind !== "count" || n.sent !== each.sent || each.sent !== total.sent || !plain(n) || !plain(each) || !plain(total)) continue;
    const m = EACH.exec(key.slice(n.end, each.start));
    if (!m || !TOTAL.test(key.slice(each.end, total.start))) continue;
    if (BALANCE.test(key.slice(each.end, total.start)) || WIDER.test(key.slice(each.end, total.start)) || COVERS_MORE.test(key.slice(total.end, total.end + 60))) continue;
    // "mỗi suất" of "300 suất quà": the word after "mỗi" opens the count's noun
    const word = (m[1] ?? m[2]!).split(/\s+/u)[0]!;
    if (!(" " + fold(n.f.noun ?? "") + " ").includes(" " + word + " ")) continue;
    // a label naming something bigger in the same unit: "tổng diện tích xây dựng", "tổng chiều dài tuyến kênh"
    const s0 = rc.sentences[n.sent]?.start ?? 0;
    if (labelNamesOther(key.slice(each.end, total.start), word, fold(n.noun), fold(each.noun), key.slice(s0, n.start), total.f.kind === "money")) continue;
    if (measureCompatible(total.f, each.f, total.kinds, each.kind) !== "yes") continue;
    // "Mỗi năm hội tổ chức 3 đợt, mỗi đợt 200 người, tổng cộng …": the total is of one period or of several,
    // no less than the product either way (an open breakdown: only a total short of it is judged)
    const perPeriod = PER_PERIOD.test(key.slice(s0, n.start));
    if (!perPeriod && toldBefore(rc, n, total)) continue;
    if (perPeriod && toldBefore(rc, n, total, false)) continue;
    // the total's sources told after it in its sentence ("tổng kinh phí 3,6 tỷ đồng (ngân sách 1,5 tỷ đồng, nhân dân 2,1 tỷ đồng)", ", nhân dân đóng góp 2,1 tỷ đồng"): it covers more than the product
    const next = rc.figs[i + 3];
    if (next && next.sent === total.sent && measureCompatible(next.f, total.f, next.kinds, total.kind) === "yes") continue;
    const r = new RelationDraft(
      "breakdown",
      "explicit",
      cueOf(rc, n.end + m[0].search(/mỗi|trị\s+giá/u), n.end + m[0].trimEnd().length),
      [figMember(rc, "whole", total), figMember(rc, "part", each, { factor: n.f.value, label: n.f.text }), figMember(rc, "count", n)],
      undefined,
      "relate.breakdown.product",
    );
    r.closed = !perPeriod;
    r.parts = "disjoint";
    out.push(r as unknown as Rel);
  }
  return out;
}

/** "Mỗi năm", "mỗi tháng", "mỗi quý" … before the count in its sentence: the count is per period (folded words: "quí", "ngài"). */
const PER_PERIOD = named("product.PER_PERIOD", /(?:^|[^\p{L}\p{M}])mỗi\s+(?:năm|tháng|quí|tuần|ngài|kì|học\s+kì|vụ|mùa)(?![\p{L}\p{M}])/u);

/**
 * Something else the total may cover, told before the count in its sentence: another "mỗi", an
 * amount of the total's measure, or a count of the count's kind ("trao 200 suất quà cho hộ nghèo và
 * 300 suất quà, mỗi suất …, tổng trị giá …").
 */
function toldBefore(rc: RelateCtx, n: Fig, total: Fig, each = true): boolean {
  const s = rc.sentences[n.sent];
  if (each && /(?:^|[^\p{L}\p{M}])mỗi(?![\p{L}\p{M}])/u.test(rc.key.slice(s ? s.start : 0, n.start))) return true;
  for (let j = n.i - 1; j >= 0 && rc.figs[j]!.sent === n.sent; j--) {
    const g = rc.figs[j]!;
    if (measureCompatible(total.f, g.f, total.kinds, g.kind) === "yes" || measureCompatible(n.f, g.f, n.kinds, g.kind) === "yes") return true;
  }
  return false;
}

/** A figure as written: no change, range, bound, rate or fraction. */
const plain = (g: Fig): boolean => !g.change && !g.f.range && !g.f.bound && !g.f.per && g.f.of === undefined && g.f.kind !== "percent";
