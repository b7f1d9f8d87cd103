/**
 * The body's total after a ";" ends a list (list.ts listItems): it is no part of the list's whole.
 *
 *   "Trong năm, Đảng bộ kết nạp 24 đảng viên, trong đó 10 đảng viên nữ; Đảng bộ hiện có 420 đảng viên."
 *   "… tuyển mới 420 học sinh, trong đó 210 học sinh nữ; toàn trường hiện có 1.280 học sinh."
 *   "… trong đó 10 đảng viên nữ; hiện có 420 đảng viên", "…; đến cuối năm Đảng bộ có 420 đảng viên"
 * The clause ends in a verb of having ("có", "hiện có") and opens with a word of the present total
 * ("hiện", "đến nay", "toàn …") or names again the body the list's clause opened with ("Đảng bộ …;
 * Đảng bộ có …"). Not an item named by a unit of its own: "…, trong đó chi bộ 1 có 30 đảng viên; chi bộ 2 có 25".
 */
import { BODY_STOCK_LEADS, BODY_STOCK_VERBS } from "../lexicon/list-ends.js";
import { foldedWords, PhraseList, sentenceOf, type RelateCtx } from "./context.js";

const LEADS = new PhraseList(BODY_STOCK_LEADS);
const VERBS = new PhraseList(BODY_STOCK_VERBS);

/**
 * Whether the label words `lw` of a segment after ";" (folded, before its number) tell the total of the
 * body the list's clause speaks of; `from` is where the list starts (just after its cue).
 */
export function bodyStock(rc: RelateCtx, lw: readonly string[], from: number): boolean {
  if (lw.length === 0) return false;
  // the verb closes the label: "… hiện có", "… có"
  let cut = -1;
  for (let i = Math.max(0, lw.length - 3); i < lw.length; i++) if (VERBS.at(lw, i) === lw.length - i) {
    cut = i;
    break;
  }
  if (cut < 0) return false;
  // "hiện có 420 đảng viên": the verb alone, in its present form
  if (cut === 0) return lw[0] !== VERBS_BARE;
  if (LEADS.at(lw, 0)) return true;
  // "Đảng bộ …; Đảng bộ (hiện) có …": the body of the list's clause named again, with no number of its own
  const body = lw.slice(0, cut);
  if (body.length < 2 || body.some((w) => /\d/.test(w))) return false;
  const s = rc.sentences[sentenceOf(rc, from)];
  const clause = foldedWords(rc.key.slice(s ? s.start : Math.max(0, from - 200), from).split(";").pop()!);
  for (let i = 0; i + body.length <= clause.length; i++) if (body.every((w, k) => clause[i + k] === w)) return true;
  return false;
}
const VERBS_BARE = foldedWords("có")[0];

/**
 * A segment after ";" that names a sibling of the list's whole: its label starts with the whole's
 * first two words and then parts from them ("Kim ngạch xuất khẩu 820 triệu USD, trong đó …; kim
 * ngạch nhập khẩu 560 triệu USD"). Not a label that runs on from the whole's ("Diện tích lúa 1.000 ha,
 * trong đó …; diện tích lúa lai 200 ha": a kind of it).
 */
export function siblingOfWhole(rc: RelateCtx, lw: readonly string[], from: number): boolean {
  if (lw.length < 3) return false;
  const s = rc.sentences[sentenceOf(rc, from)];
  const clause = foldedWords(rc.key.slice(s ? s.start : Math.max(0, from - 200), from).split(";").pop()!);
  // the whole's label: the clause's words before its first number
  const n = clause.findIndex((w) => /\d/u.test(w));
  const whole = n < 0 ? [] : clause.slice(0, n);
  if (whole.length < 3 || whole[0] !== lw[0] || whole[1] !== lw[1]) return false;
  return !whole.every((w, k) => lw[k] === w);
}

/**
 * A segment after ";" labelled by the bare verb "có" after items labelled by their class ("trong đó
 * nuôi tôm 920 hộ, nuôi cá 640 hộ; có 310 hộ nuôi theo tiêu chuẩn VietGAP"): a count said of the
 * whole, not one more class. Not when the items were told with "có" too.
 */
export function bareHave(lw: readonly string[], items: readonly { label: string }[]): boolean {
  if (lw.length !== 1 || lw[0] !== VERBS_BARE || !items.length) return false;
  return items.every((it) => {
    const ws = foldedWords(it.label);
    return ws.length > 0 && ws[0] !== VERBS_BARE && ws[ws.length - 1] !== VERBS_BARE;
  });
}
