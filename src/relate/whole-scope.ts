/**
 * The scope a named whole is of, and whether a figure is said of that scope.
 *
 *   "chiếm 12,6% số đảng viên mới của toàn tỉnh"   scope "tỉnh": not "Đảng bộ huyện … có 6.420 đảng viên"
 *   "chiếm 1,2% số doanh nghiệp … của cả nước"      scope "nước" (= "toàn quốc")
 *   "chiếm 25% số giường bệnh tăng thêm của cả khu vực"  scope "khu vực"
 * A figure is of the scope when its sentence says the scope with a word of a total before it
 * ("Toàn tỉnh có 50.000 lao động", "cả nước có …") or opens with it ("Tỉnh có …", "Năm 2024, tỉnh có …").
 */
import { foldedWords, type Fig, type RelateCtx } from "./context.js";
import { fold } from "../text/fold.js";

/** A word of a total, then the scope's noun: "toàn tỉnh", "cả nước", "tất cả các xã", "trên toàn quốc". */
const SCOPE_LEADS = new Set(["toàn", "cả"].map((w) => fold(w)));
const SKIP = new Set(["các", "những"].map((w) => fold(w)));
/** One country, written two ways: "cả nước" = "toàn quốc". */
const SAME = new Map([[fold("quốc"), fold("nước")]]);
const norm = (w: string) => SAME.get(w) ?? w;
/** Not a scope: a time ("so với cả năm 2023", "toàn giai đoạn") or a number ("cả hai"). */
const NOT_SCOPE = new Set(["năm", "tháng", "quý", "ngày", "tuần", "kỳ", "giai", "đợt", "khóa", "nhiệm", "hai", "ba", "bốn"].map((w) => fold(w)));

const [DANG, BO] = [fold("đảng"), fold("bộ")];
/** The noun after a word of a total at words[i] ("toàn tỉnh", "cả các xã", "toàn Đảng bộ tỉnh" → the place), or undefined. */
function scopeAt(words: readonly string[], i: number): string | undefined {
  if (!SCOPE_LEADS.has(words[i]!)) return undefined;
  let j = i + 1;
  while (j < words.length && SKIP.has(words[j]!)) j++;
  if (words[j] === DANG && words[j + 1] === BO && j + 2 < words.length) j += 2;
  return j < words.length && !NOT_SCOPE.has(words[j]!) ? norm(words[j]!) : undefined;
}

/** The scope's noun (its first word, folded) in the words after a named whole ("của toàn tỉnh" → "tỉnh"). */
export function scopeOf(words: readonly string[]): string | undefined {
  for (let i = 0; i + 1 < words.length; i++) {
    const w = scopeAt(words, i);
    if (w) return w;
  }
  return undefined;
}

/** Whether a figure's sentence, up to the figure, says the scope: after a word of a total, or opening a clause it starts with. */
export function scopeSaid(rc: RelateCtx, g: Fig, scope: string): boolean {
  const s = rc.sentences[g.sent];
  const before = rc.key.slice(Math.max(s ? s.start : 0, g.start - 160), g.start);
  const clauses = before.split(/[,;:()]/u);
  for (let c = 0; c < clauses.length; c++) {
    const ws = foldedWords(clauses[c]!);
    // the clause opens with the scope ("Tỉnh có …", "Năm 2024, tỉnh có …"): the first clause, or one after a lead of time
    if (ws[0] !== undefined && norm(ws[0]) === scope && (c === 0 || c === 1)) return true;
    for (let i = 0; i + 1 < ws.length; i++) if (scopeAt(ws, i) === scope) return true;
  }
  return false;
}

const CUA = fold("của");
const BACK_REF = new Set(["này", "đó", "ấy", "trên"].map((w) => fold(w)));
/**
 * "chiếm 15% tổng số đảng viên của Đảng bộ xã" after "Trường có 86 giáo viên, trong đó 24 giáo
 * viên là đảng viên": a whole owned by a body ("của X") not told before the percent (in its sentence
 * or the one before) is another whole than any figure there. words: those after the whole's name.
 */
export function ownedElsewhere(rc: RelateCtx, p: Fig, words: readonly string[]): boolean {
  if (words[0] !== CUA || words.length < 2 || scopeOf(words)) return false;
  // ("của mặt hàng này", "của đơn vị đó": the body told before)
  if (words.slice(2, 5).some((w) => BACK_REF.has(w))) return false;
  const owner = ` ${words.slice(1, 3).join(" ")} `;
  const s = rc.sentences[p.sent - 1] ?? rc.sentences[p.sent];
  const before = ` ${foldedWords(rc.key.slice(s ? s.start : 0, p.start)).join(" ")} `;
  return !before.includes(owner);
}

/**
 * "…, trong đó dư nợ hộ sản xuất 1.200 tỷ đồng, chiếm 8% dư nợ toàn hệ thống ngân hàng trên địa bàn
 * tỉnh", "chiếm 2% số lao động của khu công nghiệp": the words after a percent name a whole of
 * another scope or body than `whole`'s.
 */
export function anotherWhole(rc: RelateCtx, p: Fig, whole: Fig): boolean {
  const s = rc.sentences[p.sent];
  const m = /^[\s%]*([\p{L}\p{M}\s-]+)/u.exec(rc.key.slice(p.end, Math.min(s ? s.end : rc.key.length, p.end + 60)));
  if (!m) return false;
  const ws = foldedWords(m[1]!);
  for (let i = 0; i < ws.length && i <= 6; i++) {
    const scope = scopeAt(ws, i);
    if (scope) return !scopeSaid(rc, whole, scope);
    if (ws[i] === CUA) return ownedElsewhere(rc, p, ws.slice(i));
  }
  return false;
}
