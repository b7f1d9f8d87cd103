/**
 * The items of a list after a cue: the first figure of each segment (segments are cut by ",",
 * ";", ":", "và", "cùng", "hoặc" at the list's own bracket depth).
 *
 *   "gồm 12 khoa, 4 viện, 8 trung tâm và 15 phòng, ban chức năng. Về đội ngũ …"
 *       → 12, 4, 8, 15 (the item after "và" is the last)
 *   "trong đó: khối hành chính 3.152 người; khối doanh nghiệp 5.417 người"  → labels before the number
 *   "trong đó có 2 chiếc tất đựng 20 túi ni lông"   → 2 only (20 is inside the first item)
 *   "(trong đó kỳ trước chuyển sang 20 vụ - 49 bị can, khởi tố mới 11 vụ - 25 bị can)"
 *       → 20, 49, 11, 25 (pairs joined by " - " are items together)
 *   "gồm 31 cán bộ, 12 doanh nhân, 6 phóng viên cùng đại diện các trường" → open (an uncounted tail)
 *   "gồm 60 người dài hạn (trong đó 20 … và 40 …) và 40 người ngắn hạn" → 60, 40 (the bracket is a nested list)
 */
import { fold } from "../text/fold.js";
import { LABEL_COPULAS, OPEN_TAIL, OUTSIDE_WORDS, REMAINDER_WORDS } from "../lexicon/relation-cues.js";
import { named, src, words } from "../text/rx.js";
import { firstBareAt, foldedWords, parenBalance, PhraseList, type Fig, type RelateCtx } from "./context.js";
import { nextFig } from "./anchor.js";
import { bareHave, bodyStock, siblingOfWhole } from "./list-stock.js";
import { goesOnAfterVa } from "./list-va.js";
import { countedTail } from "./list-tail.js";
import { pairLabel } from "./noun-pair.js";
import { NEVER_WHOLE } from "../lexicon/kinds.js";

/** How far after a cue the parts of a list are looked for (a list of parts is short). */
export const MAX_LIST_CHARS = 1500;

export interface Item {
  g: Fig;
  /** "2 lần 20.000 USD": the amount counts twice. */
  factor?: number;
  /** Segment text before the number (folded): "khối hành chính sự nghiệp", "và". */
  label: string;
  /** Text after the figure up to the next separator (folded, bounded). */
  after: string;
  remainder: boolean;
}

export interface List {
  items: Item[];
  /** A segment starts with a number no figure holds, or with one of another kind: the list may lack a part. */
  unread: boolean;
  /** An uncounted tail ("cùng đại diện …", "…", "v.v."): the list is not complete. */
  open: boolean;
  /** A nested cue came after an item: the items after it may belong to the nested list. */
  truncated: boolean;
  /**
   * The nested cues the list went on past ("gồm 45 xã, trong đó 12 xã miền núi, 8 phường và 3 thị trấn"):
   * each cue's place and the index of the first item after it. Which of those items are the nested
   * list's is for the caller to tell (src/relate/breakdown.ts: nestedEnd).
   */
  nested: { at: number; from: number }[];
  end: number;
}

const TAIL = new PhraseList(OPEN_TAIL);
const REMAINDER = new PhraseList(REMAINDER_WORDS);
const OUTSIDE = new PhraseList(OUTSIDE_WORDS);
const VA = fold("và");
const CUNG = fold("cùng");
const HOAC = fold("hoặc");
/** A segment after ";" that starts a new statement rather than an item. */
const NEW_STATEMENT = new PhraseList(["tăng", "giảm", "thêm", "so với", "đã", "sẽ", "đang", "trong năm", "năm nay", "bên cạnh đó", "ngoài ra", "đồng thời"]);
/**
 * After ";", a split of its own: "…; chia theo xã: xã A 250 hộ, …", "…; theo giới tính: nam …",
 * "…; phân theo ngành …" (the whole told again by another attribute, not more parts of this list).
 */
const NEW_SPLIT = named("list.NEW_SPLIT", /;\s*(?:(?:chia|phân)\s+theo\s|theo\s[^,;:.()\d]{1,40}:)/u);
/**
 * After any separator: a comparison, a new total or the closing stock of a period ends the list ("…, so
 * với lượng khách …", "…, tổng tài sản …", "kết nạp 186 …, trong đó 40 …, cuối năm có 4.372 …").
 */
const NEW_ANYWHERE = new PhraseList(["so với", "so", "tổng", "tổng số", "tổng cộng", "nâng tổng", "trong khi", "tương đương", "cuối năm", "cuối kỳ", "cuối nhiệm kỳ", "đến cuối năm", "đến cuối kỳ", "tính đến cuối năm"]);
/** The word before a number that compares rather than lists ("bằng 2 phần", "gấp 3 lần"). */
const COMPARED = new Set(["bằng", "gấp", "hơn", "tương đương"].map((w) => fold(w)));

/**
 * Items of the list in key[from, to) (to: the end of the sentence or of the cue's bracket).
 * `nested(pos)` tells whether another list cue starts at a position (a nested list).
 */
export function listItems(rc: RelateCtx, from: number, to: number, nestedCues: readonly number[]): List {
  const key = rc.key;
  const items: Item[] = [];
  let depth = 0;
  let pos = from;
  let lastItemEnd = from;
  let afterVa = false;
  let open = false;
  let truncated = false;
  let unread = false;
  let end = to;
  // the first segment must hold a number: "trong đó có Việt Nam và Lào; 61 nước …" lists names
  const raw = key.slice(from, Math.min(to, from + 400));
  const skip = raw.length - raw.replace(/^[\s,:;]+/, "").length;
  const lead = raw.slice(skip);
  const firstSep = lead.search(/[,;(]\s|[;(]|\s(?:và|hoặc)\s/u);
  const firstNum = lead.search(/\d|(?:^|\s)(?:một|hai|ba|bốn|tư|năm|sáu|bải|tám|chín|mười)\s/u);
  const none: List = { items: [], unread: false, open: false, truncated: false, nested: [], end: from };
  const nested: List["nested"] = [];
  const g0 = nextFig(rc, from);
  if (firstNum < 0 || (firstSep >= 0 && firstSep < firstNum && !oneLabel(rc, lead.slice(0, firstNum), g0) && !pairLabel(rc, lead.slice(0, firstNum), g0) && !COPULA_LABEL.test(lead.slice(0, firstNum)) && !semicolonItem(lead, firstNum, g0 ? g0.start - (from + skip) : -1))) return none;
  // "trong đó 25% số người …": a list of shares, not of parts
  if (g0 && g0.f.kind === "percent" && g0.start <= from + skip + firstNum + 2) return none;
  const end0 = Math.min(to, from + MAX_LIST_CHARS);
  let g = nextFig(rc, from);
  let bi = firstBareAt(rc, from);
  let ci = 0;
  let seen = 0; // items, and numbers no figure holds that start a segment
  while (ci < nestedCues.length && nestedCues[ci]! < from) ci++;
  for (;;) {
    // the next number: a figure, or a number no figure holds ("hơn 11 nghìn là quốc tế")
    while (rc.bare[bi] && rc.bare[bi]!.form === "words") bi++;
    const b = rc.bare[bi];
    const bare = b && b.n0 < end0 && (!g || b.n0 < g.start) ? b : undefined;
    if (!bare && (!g || g.start >= end0)) break;
    const at = bare ? bare.n0 : g!.start;
    // bracket depth here, relative to the list
    for (let i = pos; i < at; i++) {
      const c = key.charCodeAt(i);
      if (c === 40) depth++;
      else if (c === 41) depth--;
      if (depth < 0) break;
    }
    pos = at;
    if (depth < 0) {
      end = pos;
      break;
    }
    const advance = () => {
      if (bare) bi++;
      else g = rc.figs[g!.i + 1];
    };
    if (depth > 0) {
      advance();
      continue;
    }
    // a nested cue before this number claims it (and what follows)
    while (ci < nestedCues.length && nestedCues[ci]! < lastItemEnd) ci++;
    let cut = -1;
    for (let c = ci; c < nestedCues.length && nestedCues[c]! < at; c++) if (parenBalance(key, lastItemEnd, nestedCues[c]!) <= 0) {
      cut = nestedCues[c]!;
      break;
    }
    if (cut >= 0) {
      if (!items.length) {
        end = cut;
        break;
      }
      // the outer list goes on past the nested one: its items are told apart by the caller
      truncated = true;
      nested.push({ at: cut, from: items.length });
      while (ci < nestedCues.length && nestedCues[ci]! <= cut) ci++;
    }
    const gap = key.slice(lastItemEnd, at);
    const first = seen === 0;
    const sep = lastSeparator(gap);
    if (!first && sep < 0) {
      // "20 vụ - 49 bị can": a pair, item with the one before; otherwise inside the item before
      if (!bare && /^\s*-\s*$/.test(gap) && items.length && g!.f.kind === items[items.length - 1]!.g.f.kind) items.push(item(rc, g!, "", to));
      advance();
      continue;
    }
    // "gồm 12 chi nhánh và 20 phòng giao dịch, 10 điểm bưu điện": more items of the same kind (list-va.ts)
    const more = afterVa && !bare ? goesOnAfterVa(gap, g!, items) : undefined;
    if (more === "item") afterVa = false;
    else if (more === "open") open = true;
    if (afterVa) {
      end = lastItemEnd;
      break;
    }
    let label = first ? gap : gap.slice(sep);
    let lw = foldedWords(label.replace(/[,;:]/g, " "));
    // "…; chi hội 2: 68 hội viên": the label is before the colon
    if (!first && !lw.length && gap[sep] === ":") {
      label = gap.slice(Math.max(0, lastSeparator(gap.slice(0, sep))), sep);
      lw = foldedWords(label.replace(/[,;:]/g, " "));
    }
    // "cùng đại diện …", "và các …": the rest is not counted
    const t = TAIL.find(lw.slice(0, 2));
    // (not "và các đợt hiến máu khác 2.100 đơn vị": a last item of its own, list-tail.ts)
    if (t && t.i === 0 && (bare || !countedTail(lw, g, items))) {
      open = true;
      end = lastItemEnd;
      break;
    }
    // "…; Đảng bộ hiện có 420 đảng viên": the body's total (list-stock.ts); "…; chia theo xã: …": a split of its own
    // (or a sibling of the whole, "…; kim ngạch nhập khẩu 560 …", or a bare "có" after labelled items, "…; có 310 hộ …")
    const semi = gap.slice(sep).includes(";");
    if (!first && ((semi && (NEW_STATEMENT.find(lw) || bodyStock(rc, lw, from) || siblingOfWhole(rc, lw, from) || bareHave(lw, items))) || NEW_ANYWHERE.at(lw, 0) || NEW_SPLIT.test(gap))) {
      end = lastItemEnd;
      break;
    }
    // (after changes only, "trong đó tăng 40 …, giảm 74 …, cuối năm có 4.372 …": the closing stock ends it too)
    if (first && lastItemEnd > from && /^[,;]/u.test(gap.slice(sep).trim()) && NEW_ANYWHERE.at(lw, 0)) {
      end = lastItemEnd;
      break;
    }
    const isVa = lw[0] === VA || lw[0] === HOAC;
    // "sáng đi vào bằng 2 phần": a number compared with, not a part
    if (COMPARED.has(lw[lw.length - 1] ?? "")) {
      lastItemEnd = bare ? bare.n1 : g!.end;
      advance();
      continue;
    }
    // "Tổ 1 có 20 đoàn viên", "khu phố 3 có 45 hộ": a number that names the item, its count after it;
    // "dưới 30 tuổi 9.840 người", "từ 30 đến 50 tuổi 27.560 người": an age, a time or a rank that does
    if (bare && (labelNumber(rc, bare, g, lw) || qualifierNumber(rc, bare, g))) {
      advance();
      continue;
    }
    // a number no figure holds starts this segment: "2,1 triệu tiền …" read as nothing
    if (bare) {
      unread = true;
      seen++;
      lastItemEnd = bare.n1;
      if (isVa) afterVa = true;
      advance();
      continue;
    }
    const fg = g!;
    // a percent, or a change ("giảm 309 tỷ đồng so với …"), says something of the item before
    if (fg.f.kind === "percent" || fg.change || CHANGE_REL.has(fg.rel)) {
      lastItemEnd = fg.end;
      advance();
      continue;
    }
    // "2 lần 20.000 USD": an amount paid or given several times
    const next = rc.figs[fg.i + 1];
    if (fg.f.kind === "count" && TIMES.has(fg.kind.head) && next && next.f.kind !== "count" && next.f.kind !== "percent" && /^\s*(?:mỗi\s+(?:lần|đợt|kì)\s*)?$/u.test(key.slice(fg.end, next.start))) {
      const it = item(rc, next, lw.join(" "), to);
      it.factor = fg.f.value;
      items.push(it);
      seen++;
      lastItemEnd = next.end;
      g = rc.figs[next.i + 1];
      while (rc.bare[bi] && rc.bare[bi]!.n0 < lastItemEnd) bi++;
      if (isVa) afterVa = true;
      continue;
    }
    // "…; đoàn cũng xử phạt 30 cơ sở khác ngoài đợt kiểm tra": counted outside the whole, the list has ended
    if (!first && OUTSIDE.find(foldedWords(key.slice(fg.n1, Math.min(to, fg.end + 30))).slice(0, 6))) {
      end = lastItemEnd;
      break;
    }
    items.push(item(rc, fg, lw.join(" "), to));
    seen++;
    lastItemEnd = fg.end;
    if (isVa) afterVa = true;
    advance();
  }
  // a segment that starts with a number in words no figure holds ("…, một khe cắm thẻ SD, …"): a part not counted
  if (!unread && items.length && segmentWithoutItem(key, from, end, items)) unread = true;
  // an uncounted tail after the items: "…", "v.v.", "cùng …" with no number
  const tail = key.slice(lastItemEnd, Math.min(end, lastItemEnd + 200));
  const tw = foldedWords(tail.split(/[.;]/)[0] ?? "");
  if (/…|\.\.\.|(?:^|[^\p{L}])v\.?v\b/u.test(tail.split(/[;]/)[0] ?? "")) open = true;
  for (let i = 0; i < tw.length; i++) if ((tw[i] === CUNG || (tw[i] === VA && TAIL.at(tw, i) > 1)) && TAIL.at(tw, i)) open = true;
  return { items, unread, open, truncated, nested, end };
}

const CHANGE_REL = new Set(["tăng", "giảm", "vượt"]);
/** Words after which a number is an amount, not a name: "và 5 …", "có 3 …". */
const NOT_A_LABEL = new Set(["và", "hoặc", "có", "là", "gồm", "cùng", "với", "khoảng", "gần", "hơn", "trên", "dưới", "đạt", "được"].map((w) => fold(w)));

/**
 * A number that names the item of its segment ("Tổ 1", "Chi bộ 2", "khu phố 3"): a small whole
 * number in digits right after a word of the label, and the item's figure after it with no
 * separator between ("Tổ 1 có 20 đoàn viên").
 */
function labelNumber(rc: RelateCtx, b: RelateCtx["bare"][number], g: Fig | undefined, lw: readonly string[]): boolean {
  if (!g || b.form !== "digits" || !Number.isInteger(b.value) || b.value > 999 || /[.,]/.test(rc.key.slice(b.n0, b.n1))) return false;
  const last = lw[lw.length - 1];
  if (!last || !/^[\p{L}\p{M}]+$/u.test(last) || NOT_A_LABEL.has(last)) return false;
  const between = rc.key.slice(b.n1, g.start);
  return between.length <= 16 && !/[,;()\d]/.test(between) && !/:\S/.test(between);
}
/** "30 tuổi", "5 năm", "8 điểm": a number that qualifies what is counted, never a count of it. */
const QUALIFIER_UNITS = new Set(NEVER_WHOLE.map((w) => fold(w)));
/** After a qualifier's number: ("đến 50", "đến dưới 8") its unit, ("trở lên") and then the item's figure in its segment. */
const QUALIFIER_TAIL = named("list.QUALIFIER_TAIL", /^\s*(?:(?:đến|tới|-)\s*(?:dưới\s+)?\d[\d.,]*\s*)?([\p{L}\p{M}]+)(?:\s+trở\s+(?:lên|xuống))?\s*$/u);

/**
 * A number in the label of its segment that qualifies the people or things the item counts ("dưới 30
 * tuổi 9.840 người", "từ 30 đến 50 tuổi 27.560 người", "từ 5 năm trở lên 12 người"): a number in digits no
 * figure holds, its unit a qualifier's ("tuổi", "năm", "điểm"), written before the item's figure with only
 * the end of a range and "trở lên" between.
 */
function qualifierNumber(rc: RelateCtx, b: RelateCtx["bare"][number], g: Fig | undefined): boolean {
  if (!g || b.form !== "digits" || g.start - b.n1 > 40) return false;
  const m = QUALIFIER_TAIL.exec(rc.key.slice(b.n1, g.start));
  return !!m && QUALIFIER_UNITS.has(m[1]!);
}
const TIMES = new Set(["lần", "đợt", "kì", "khoản"].map((w) => fold(w)));

function item(rc: RelateCtx, g: Fig, label: string, to: number): Item {
  const rest = rc.key.slice(g.end, Math.min(to, g.end + 60));
  const after = rest.split(/[,;:()]|\s(?:và|hoặc)\s/u)[0] ?? "";
  const aw = foldedWords(after);
  const lw = label.split(" ");
  // (or opening the label: "còn lại do nhân dân đóng góp 1,3 tỷ đồng")
  const remainder = !!REMAINDER.find(aw.slice(0, 3)) || !!REMAINDER.find(lw.slice(-3)) || !!REMAINDER.find(lw.slice(0, 3));
  return { g, label, after: aw.join(" "), remainder };
}

const NUMBER_WORD = new Set(["một", "hai", "ba", "bốn", "tư", "sáu", "bảy", "tám", "chín", "mười", "vài", "mấy"].map((w) => fold(w)));

export const AND_OR = named("list.AND_OR", /^\s(?:và|hoặc)\s/u);
const VA_OR = [VA, HOAC];
/**
 * AND_OR.test(key.slice(i, i + 7)) for a space at key[i], without a slice and a pattern at every
 * space of the list: "và" or "hoặc" right after it, then white space.
 */
export function andOrAt(key: string, i: number): boolean {
  for (const w of VA_OR) if (key.startsWith(w, i + 1) && i + 1 + w.length < Math.min(key.length, i + 7) && WHITE.test(key[i + 1 + w.length]!)) return true;
  return false;
}
const WHITE = named("list.WHITE", /\s/u);

/** Whether a segment of key[from, to) at the list's depth (split at ",", ";", "và", "hoặc") starts with a number word and holds no item. */
function segmentWithoutItem(key: string, from: number, to: number, items: readonly Item[]): boolean {
  let depth = 0;
  let start = from;
  const check = (a: number, b: number) => {
    const m = /^[\s:]*(?:và\s+|hoặc\s+)?([\p{L}\p{M}]+)\s+[\p{L}\p{M}]/u.exec(key.slice(a, Math.min(b, a + 40)));
    return !!m && NUMBER_WORD.has(m[1]!) && !items.some((it) => it.g.start >= a && it.g.start < b);
  };
  for (let i = from; i < to && i < from + MAX_LIST_CHARS; i++) {
    const c = key.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41) depth--;
    else if (depth === 0 && (c === 44 || c === 59 || (c === 32 && andOrAt(key, i)))) {
      if (check(start, i)) return true;
      start = i + 1;
    }
  }
  return check(start, Math.min(to, from + MAX_LIST_CHARS));
}

/** Index just after the last separator of a gap (",", ";", ":", "và", "cùng", "hoặc"), or -1. */
function lastSeparator(gap: string): number {
  let at = -1;
  for (let i = 0; i < gap.length; i++) {
    const c = gap[i]!;
    if (c === "," || c === ";" || c === ":") at = i;
  }
  const re = /(?:^|\s)(?:và|cùng|hoặc)\s/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(gap))) if (m.index >= at) at = m.index;
  return at;
}

/**
 * "trong đó doanh nghiệp nhỏ và vừa 2.207 doanh nghiệp": a "và" inside the label of the first
 * item, which names the noun the item counts (not "Việt Nam và Lào; 61 nước").
 */
/**
 * A list whose items are cut by ";", the first one's label holding a ","
 * ("cụ thể: khối xã, thị trấn 198 đảng viên; khối cơ quan 61 đảng viên; …"): the "," is the label's.
 * Its first ";" comes after the first number (a figure's, within 80 units), no bracket, stop or "và" before
 * it, and the next segment holds a number.
 */
function semicolonItem(lead: string, firstNum: number, fig: number): boolean {
  const semi = lead.indexOf(";");
  if (semi < firstNum || firstNum > 80 || /[().:;]|\s(?:và|hoặc)\s/u.test(lead.slice(0, firstNum))) return false;
  // the first number is a figure's ("Tổ hợp D01 gồm …" holds none), before the ";"
  if (fig < 0 || fig > firstNum + 1 || fig < firstNum - 12) return false;
  const next = lead.slice(semi + 1, semi + 120);
  const cut = next.search(/[;.]/u);
  return /\d/u.test(cut >= 0 ? next.slice(0, cut) : next);
}

/** "dư nợ hộ nghèo và hộ cận nghèo là ": one label holding "và", tied to its number by a copula. */
const COPULA_LABEL = named("list.COPULA_LABEL", new RegExp(src`^[^,;()\d]{1,80}\s(?:và|hoặc)\s[^,;()\d]{1,80}\s${words(LABEL_COPULAS)}\s{1,2}$`, "u"));

function oneLabel(rc: RelateCtx, label: string, g: Fig | undefined): boolean {
  if (!g || g.f.kind !== "count" || /[,;()]/.test(label)) return false;
  const head = g.kind.head;
  if (!head || g.kind.elided) return false;
  const lw = foldedWords(label);
  const hw = head.split(" ");
  return lw.length > hw.length && hw.every((w, k) => lw[k] === w);
}
