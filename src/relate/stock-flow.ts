/**
 * Stock and flow: the opening stock, what came in and went out in the period, and the closing stock
 * (the closing stock is the opening plus the inflows less the outflows).
 *
 *   "Đầu năm 2024, Hội … có 4.260 hội viên; trong năm kết nạp mới 186 hội viên, giảm 74 hội viên do
 *    từ trần …, đến cuối năm toàn huyện có 4.382 hội viên."      4.260 + 186 − 74 = 4.372 ≠ 4.382
 * Told as a closed breakdown of the closing stock ("whole"): the opening stock and the inflows are
 * parts, the outflows parts with a negative value (label "giảm"). Only when every flow is stated and
 * explicit: in one sentence or two adjacent, the opening stock right after "đầu năm/đầu kỳ/đầu nhiệm
 * kỳ/tính đến 01/01 … có", then figures each after an inflow word ("kết nạp (mới)", "phát
 * triển (mới)", "tăng", "tiếp nhận", "chuyển đến") or an outflow word ("giảm", "chuyển đi", "từ
 * trần", "xóa tên", "ra khỏi") and at most three words of what they enter or leave ("ra khỏi hợp
 * tác xã 15 xã viên"), then the closing stock after "cuối năm/cuối kỳ/31/12 … có|còn", all
 * of one measure, with at least one inflow and one outflow (with one way only, the other is left
 * out more often than nil). Any other figure between them (a part of a flow, "kết nạp 186, trong đó 40 nữ"),
 * a "trong đó/gồm/riêng" (a flow split in its parts), another period (a year, a month, a quarter),
 * a net change ("tăng 112 hội viên so với đầu năm"), an approximate figure ("hơn", "gần"), or a
 * closing stock of another body ("cuối năm, Hội CCB xã Sơn Kim có …"): no relation. A last "tăng/giảm"
 * that is what the flows before it come to is their net change, not a flow (stock-flow-net.ts).
 */
import { named } from "../text/rx.js";
import { fold } from "../text/fold.js";
import { cueOf, figMember, guard, type Fig, type Rel, type RelateCtx } from "./context.js";
import { measureCompatible } from "./kinds.js";
import { RelationDraft } from "./relation-draft.js";
import { withoutNetChange } from "./stock-flow-net.js";

// (the patterns read the folded key: "kì", "chuiển", "xoá", "huiện", "quí")
/** Before the opening stock, in its sentence: "đầu năm/kỳ/nhiệm kỳ", "tính đến (ngày) 01/01". */
const OPEN = named("stock-flow.OPEN", /(?:^|[^\p{L}\p{M}])(?:đầu\s+(?:năm|kì|nhiệm\s+kì)|tính\s+đến\s+(?:ngài\s+)?0?1[/.-]0?1)(?![\p{L}\p{M}])/u);
/**
 * OPEN tried only on a sentence's start that holds "đầu" or "tính" (one of them is in every match):
 * the pattern was tried at every position of the text before each figure of its sentence.
 */
const MAY_OPEN = guard(OPEN, ["đầu", "tính"]);
/** Right before the opening stock: "có" (up to "có tổng số", "có tổng cộng"). */
const HAS = named("stock-flow.HAS", /(?:^|[^\p{L}\p{M}])(?:có|còn)(?:\s+(?:tổng\s+số|tổng\s+cộng|tổng))?\s*$/u);
/** Before an inflow figure: the verb, then at most three words of what it is into ("kết nạp vào Hội 20 …"). */
const INFLOW = named("stock-flow.INFLOW", /(?:^|[^\p{L}\p{M}])(?:kết\s+nạp|phát\s+triển|tăng|tiếp\s+nhận|chuiển\s+đến)(?:\s+[\p{L}\p{M}]+){0,3}\s*$/u);
/** Before an outflow figure: the verb, then at most three words of what it leaves ("ra khỏi hợp tác xã 15 xã viên"). */
const OUTFLOW = named("stock-flow.OUTFLOW", /(?:^|[^\p{L}\p{M}])(?:giảm|chuiển\s+đi|từ\s+trần|xoá\s+tên|ra\s+khỏi)(?:\s+[\p{L}\p{M}]+){0,3}\s*$/u);
/** Before the closing stock: "cuối năm/kỳ/nhiệm kỳ", "(đến|tính đến) (ngày) 31/12". */
const CLOSE = named("stock-flow.CLOSE", /(?:^|[^\p{L}\p{M}])(?:cuối\s+(?:năm|kì|nhiệm\s+kì)|31[/.-]12)(?![\p{L}\p{M}])/u);
/** Between the opening and the closing stock: a flow split in its parts, a net change, another period. */
const SPOILS = named("stock-flow.SPOILS", /(?:^|[^\p{L}\p{M}])(?:trong\s+đó|bao\s+gồm|gồm|riêng|cụ\s+thể|so\s+với|tháng|quí|giai\s+đoạn|cùng\s+kì|năm\s+(?:trước|ngoái)|\d{4})(?![\p{L}\p{M}])/u);
/** Between the closing cue and the closing stock, another body: "xã …", "chi hội …" (not "toàn xã"), a name. */
const BODY = named("stock-flow.BODY", /(?:^|[^\p{L}\p{M}])(?:chi\s+hội|chi\s+bộ|cơ\s+sở|xã|phường|thị\s+trấn|huiện|tỉnh|thành\s+phố|đơn\s+vị|hội(?!\s+viên)|đảng\s+bộ)(?![\p{L}\p{M}])/u);
/** "toàn huyện", "toàn hội": the whole body, not another (taken out before BODY is looked for). */
const WHOLE_BODY = named("stock-flow.WHOLE_BODY", /toàn\s+(?:chi\s+hội|chi\s+bộ|xã|phường|thị\s+trấn|huiện|tỉnh|thành\s+phố|đơn\s+vị|hội|đảng\s+bộ)(?![\p{L}\p{M}])/gu);
const UPPER = named("stock-flow.UPPER", /\p{Lu}/u);
/** Places and bodies named in the opening stock's clause ("Hội Nông dân xã", "Chi hội Phụ nữ thôn Đông"). */
const PLACES = named("stock-flow.PLACES", /(?:^|[^\p{L}\p{M}])(thôn|ấp|bản|khu\s+phố|tổ\s+dân\s+phố|xã|phường|thị\s+trấn|thị\s+xã|huiện|quận|tỉnh|thành\s+phố)(?![\p{L}\p{M}])/gu);
const ORGS = named("stock-flow.ORGS", /(?:^|[^\p{L}\p{M}])(chi\s+hội|chi\s+bộ|hội|đảng\s+bộ|đơn\s+vị)(?![\p{L}\p{M}])/gu);
/** "toàn xã": the body the closing stock is told of. */
const WHOLE_OF = named("stock-flow.WHOLE_OF", /toàn\s+(chi\s+hội|chi\s+bộ|xã|phường|thị\s+trấn|huiện|tỉnh|thành\s+phố|đơn\s+vị|hội|đảng\s+bộ)(?![\p{L}\p{M}])/u);
/** After the closing stock, up to its clause's end: nothing but a bracket, a comma, a stop. */
const CLAUSE_END = named("stock-flow.CLAUSE_END", /^\s*(?:[,;.()!?]|$)/u);

export function findStockFlows(rc: RelateCtx): Rel[] {
  const out: Rel[] = [];
  const key = rc.key;
  for (let i = 0; i < rc.figs.length; i++) {
    const open = rc.figs[i]!;
    if (!plain(open) || open.change) continue;
    const s = rc.sentences[open.sent];
    if (!s) continue;
    const before = key.slice(s.start, open.start);
    const cueOpen = MAY_OPEN.test(before) ? OPEN.exec(before) : null;
    if (!cueOpen || !HAS.test(before) || (i > 0 && rc.figs[i - 1]!.sent === open.sent && rc.figs[i - 1]!.end > s.start + cueOpen.index)) continue;
    let flows: { g: Fig; out: boolean }[] = [];
    let close: Fig | undefined;
    let closeCue = -1;
    for (let j = i + 1; j < rc.figs.length; j++) {
      const g = rc.figs[j]!;
      if (g.sent > open.sent + 1 || !plain(g) || measureCompatible(open.f, g.f, open.kinds, g.kind) !== "yes") break;
      const gap = key.slice(rc.figs[j - 1]!.end, g.start);
      const c = CLOSE.exec(gap);
      if (c) {
        if (HAS.test(gap)) {
          close = g;
          closeCue = rc.figs[j - 1]!.end + c.index + c[0].search(/\S/u);
        }
        break;
      }
      if (INFLOW.test(gap)) flows.push({ g, out: false });
      else if (OUTFLOW.test(gap)) flows.push({ g, out: true });
      else break;
    }
    flows = withoutNetChange(flows);
    // both ways told: with only admissions ("kết nạp 80 đảng viên"), the losses are left out, not nil
    if (!close || !flows.some((x) => x.out) || !flows.some((x) => !x.out) || close.change) continue;
    if (SPOILS.test(key.slice(open.end, closeCue))) continue;
    // the closing stock is the body's: nothing but "toàn huyện", "tổng số" between its cue and it
    const tail = key.slice(closeCue, close.start);
    if (BODY.test(tail.replace(WHOLE_BODY, " ")) || UPPER.test(rc.norm.slice(closeCue, close.start))) continue;
    // "toàn xã" after an opening stock of a body within it ("Chi hội Phụ nữ thôn Đông có 120 …"): a larger body
    if (largerBody(tail, before.slice(cueOpen.index))) continue;
    // a class of the stock: "96 đảng viên nữ" after "312 đảng viên", "3.950 hội viên tham gia sinh hoạt …"
    if (subclass(rc, open, close)) continue;
    const r = new RelationDraft(
      "breakdown",
      "explicit",
      cueOf(rc, open.start - (before.length - cueOpen.index), open.start),
      [
        figMember(rc, "whole", close, { label: "cuối kỳ" }),
        figMember(rc, "part", open, { label: "đầu kỳ" }),
        ...flows.map(({ g, out: o }) => figMember(rc, "part", g, o ? { value: -Math.abs(g.f.value), label: "giảm" } : { label: "tăng" })),
      ],
      undefined,
      "relate.breakdown.stock-flow",
    );
    r.closed = true;
    r.parts = "disjoint";
    out.push(r as unknown as Rel);
    i = close.i;
  }
  return out;
}

/**
 * The closing stock told of "toàn X" when the opening stock's clause names places (or bodies) and X,
 * a place (a body), is none of them: "Đầu năm, Chi hội Phụ nữ thôn Đông có 120 hội viên; … cuối năm,
 * toàn xã có 1.372 hội viên" (a hamlet's branch, then the commune). Not "Hội Cựu chiến binh huyện …
 * toàn huyện", nor "Hội có …; … toàn huyện có" (the opening names no place).
 */
function largerBody(tail: string, opening: string): boolean {
  const whole = WHOLE_OF.exec(tail);
  if (!whole) return false;
  const x = whole[1]!.replace(/\s+/gu, " ");
  for (const re of [PLACES, ORGS]) {
    const found = new Set<string>();
    re.lastIndex = 0;
    for (let m = re.exec(opening); m; m = re.exec(opening)) found.add(m[1]!.replace(/\s+/gu, " "));
    re.lastIndex = 0;
    // (x is of this kind: a place for PLACES, a body for ORGS)
    if (!re.test(` ${x} `)) continue;
    return found.size > 0 && !found.has(x);
  }
  return false;
}

/**
 * The closing stock is a class of the stock, not all of it: its noun is the opening's and more
 * ("96 đảng viên nữ" after "312 đảng viên"), or words run on after it before its clause ends
 * ("3.950 hội viên tham gia sinh hoạt thường xuyên").
 */
function subclass(rc: RelateCtx, open: Fig, close: Fig): boolean {
  const [a, b] = [fold(open.f.noun ?? ""), fold(close.f.noun ?? "")];
  if (a && b && b !== a && b.startsWith(a + " ")) return true;
  return !CLAUSE_END.test(rc.key.slice(close.end, close.end + 8));
}

/** A figure as written: no range, bound, approximation, rate or fraction. */
const plain = (g: Fig): boolean => !g.negative && !g.f.range && !g.f.bound && !g.f.approx && !g.f.per && g.f.of === undefined && g.f.kind !== "percent";
