/**
 * What growth.ts reads of a base found by its year: where a figure's clause starts, the words that
 * say little, what a figure is told of (its words, names, places), a clause that names another
 * body or place, and a figure of a narrower kind than the value ("420 đảng viên nữ" for "840 đảng viên").
 */
import { fold } from "../text/fold.js";
import { PLACE_WORDS } from "../lexicon/relation-cues.js";
import type { Fig, RelateCtx } from "./context.js";
import { lastStop } from "./words.js";
import { named, src } from "../text/rx.js";

/** Words that say little about what an amount is. */
export const WEAK = new Set(
  ["tổng", "số", "giá", "trị", "mức", "khoảng", "năm", "các", "của", "đạt", "là", "và", "được", "với", "trong", "cả", "nay", "này", "giao", "kế", "hoạch", "dự", "kiến", "toán", "chỉ", "tiêu", "nhà", "nước", "thực", "hiện", "đó", "có"].map((w) => fold(w)),
);

/** Where a figure's clause starts before it: after the last ",", ";" or ":" of its sentence's 80 characters before it. */
export function clauseLeadStart(rc: RelateCtx, g: Fig): number {
  const s = rc.sentences[g.sent];
  const from = Math.max(s ? s.start : 0, g.start - 80);
  const lead = rc.key.slice(from, g.start);
  return from + lastStop(lead, ",;:") + 1;
}

/**
 * A figure told of a narrower kind than the value: the value's own words (its noun, or an amount's
 * subject) run on in the figure's with a qualifier ("420 đảng viên nữ" for "840 đảng viên", "doanh
 * thu nông sản 6 tỷ đồng" for "doanh thu đạt 9,6 tỷ đồng"): a part of what the value counts, no base
 * of it ("tổng dư nợ đạt 8.200 tỷ đồng", "doanh thu của Hợp tác xã": the run ends at a weak word).
 */
export function narrower(rc: RelateCtx, value: Fig, g: Fig): boolean {
  const own = (x: Fig) => fold((x.f.kind === "count" ? x.f.noun : x.f.subject) ?? "").split(/\s+/).filter(Boolean);
  const v = own(value).filter((w) => !WEAK.has(w));
  if (!v.length) return false;
  // a figure's words: its clause before it, then its noun (a subject read short, "thu ngân" of "thu
  // ngân sách", runs on in the value's own words, and a topic told again between the two, "lượt
  // khách du lịch … ngành du lịch … 3,68 triệu lượt khách": no qualifier)
  const words = (x: Fig) => [...fold(rc.key.slice(clauseLeadStart(rc, x), x.start)).split(/[^\p{L}\p{M}\d]+/u), ...(x.f.kind === "count" ? own(x) : [])].filter((w) => w && !/^\d/.test(w));
  const ws = words(g);
  const mine = new Set([...words(value), ...fold(rc.key.slice(g.end, Math.min(value.start, g.end + 600))).split(/[^\p{L}\p{M}\d]+/u)]);
  for (let i = 0; i + v.length < ws.length; i++) {
    let k = 0;
    while (k < v.length && ws[i + k] === v[k]) k++;
    if (k === v.length && !WEAK.has(ws[i + k]!) && !mine.has(ws[i + k]!)) return true;
  }
  return false;
}

/** Words that start what is said of a figure, after its noun phrase. */
const TAIL_END = named("growth-base.TAIL_END", /(?:^|\s)(?:tăng|giảm|bằng|vượt|so|chiếm|gấp|trong)(?=\s|$)/u);

/** What a figure is told of (subjectWords). */
export interface Subject {
  words: Set<string>;
  names: Set<string>;
  places: Set<string>;
  /** The words of a body's name: capitalised, not a place's, not an acronym ("Cục Thuế", "Trường THPT …" → cục, thuế; trường). */
  body: Set<string>;
  /** The levels of places named ("Công an tỉnh" → tỉnh, "huyện Tiên Yên" → huyện). */
  levels: Set<string>;
}

/**
 * What a figure is told of: the content words of its clause before it and of its noun phrase after
 * it ("320 học sinh đạt giải cấp tỉnh" → trường, giải, cấp, tỉnh), and the names among them (a
 * capitalised word after the clause's first), those of a place apart (the capitalised words after
 * "tỉnh", "huyện" …: "huyện Sóc Sơn" → sóc, sơn; "Cục Thuế tỉnh" names no place, only "thuế"), the
 * words of a body's name (the clause's first too, when it does not open the sentence) and the levels
 * of places ("xã hội" is none).
 */
export function subjectWords(rc: RelateCtx, g: Fig): Subject {
  const s = rc.sentences[g.sent];
  const sEnd = s ? s.end : rc.key.length;
  let tail = rc.norm.slice(g.end, Math.min(sEnd, g.end + 60));
  tail = tail.slice(0, Math.max(0, tail.search(/[,;:.()\d]|$/u)));
  const cutTail = TAIL_END.exec(fold(tail));
  if (cutTail) tail = tail.slice(0, cutTail.index);
  const from = clauseLeadStart(rc, g);
  const lead = rc.norm.slice(from, g.start);
  const words = leadWords(rc, g, from);
  for (const w of fold(tail).split(/[^\p{L}\p{M}\d]+/u)) if (w && !WEAK.has(w) && !/^\d/.test(w)) words.add(w);
  const names = new Set<string>();
  const places = new Set<string>();
  const body = new Set<string>();
  const levels = new Set<string>();
  const raw = `${lead} ${tail}`.split(/[^\p{L}\p{M}\d]+/u).filter(Boolean);
  const midSentence = !!s && from > s.start;
  let place = false;
  for (let q = 0; q < raw.length; q++) {
    const w = fold(raw[q]!);
    const cap = /^\p{Lu}/u.test(raw[q]!);
    if (cap && q > 0) (place ? places : names).add(w);
    if (cap && !place && (q > 0 || midSentence) && /\p{Ll}/u.test(raw[q]!) && !TIME_WORD.test(w)) body.add(w);
    if (PLACE_BEFORE.has(w) && !(w === XA && fold(raw[q + 1] ?? "") === HOI)) levels.add(w);
    // (a place's name runs on from its word over capitalised words: "thành phố Hạ Long")
    place = cap ? place : PLACE_BEFORE.has(w);
  }
  return { words, names, places, body, levels };
}
const TIME_WORD = named("growth-base.TIME_WORD", new RegExp(src`^(?:năm|tháng|quý|ngày|kỳ|đợt|giai)$`, "u"));
const XA = fold("xã");
const HOI = fold("hội");

/** The content words of a figure's clause before it, years and weak words left out ("Năm 2023, huyện kết nạp" → huyện, kết, nạp). */
export function leadWords(rc: RelateCtx, g: Fig, from = clauseLeadStart(rc, g)): Set<string> {
  return new Set(fold(rc.key.slice(from, g.start)).split(/[^\p{L}\p{M}\d]+/u).filter((w) => w && !WEAK.has(w) && !/^\d/.test(w)));
}

/**
 * Two clauses told of another body or place: a base of the one is no base of the other.
 *   "huyện Đông Anh" / "huyện Sóc Sơn"                    places or names, none shared
 *   "xã Đồng Tâm" / "xã Đồng Văn"                         places, each with a word the other lacks
 *   "Công an tỉnh" / "Công an huyện Tiên Yên"             places at other levels
 *   "Cục Thuế tỉnh Quảng Ninh" / "toàn tỉnh Quảng Ninh"   a body and a place with no body named
 *   "Trường THPT Tiên Yên" / "Trường THPT Ba Chẽ"         two bodies, each with a name the other lacks
 */
export function otherSubject(a: Subject, b: Subject): boolean {
  // (and all their capitalised words, names and places together: "Cục Thuế tỉnh thu …" is no base of
  // "toàn tỉnh Quảng Ninh thu …", another body may be another subject)
  if (otherNames(a.places, b.places) || otherNames(a.names, b.names) || otherNames(new Set([...a.names, ...a.places]), new Set([...b.names, ...b.places]))) return true;
  if (otherNames(a.levels, b.levels)) return true;
  // (places that share a word, each with one the other lacks: "xã Đồng Tâm" / "xã Đồng Văn")
  const apart = (x: Set<string>, y: Set<string>) => [...x].some((w) => !y.has(w));
  if (apart(a.places, b.places) && apart(b.places, a.places)) return true;
  const lacks = (x: Subject, y: Subject) => [...x.names, ...x.body].some((w) => !y.names.has(w) && !y.places.has(w) && !y.body.has(w));
  if (a.body.size && !b.body.size && b.places.size && lacks(a, b)) return true;
  if (b.body.size && !a.body.size && a.places.size && lacks(b, a)) return true;
  return a.body.size > 0 && b.body.size > 0 && lacks(a, b) && lacks(b, a);
}

/** Two clauses that each name a place (or each another name), none shared: "huyện Đông Anh" / "huyện Sóc Sơn". */
export function otherNames(a: Set<string>, b: Set<string>): boolean {
  if (!a.size || !b.size) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}
export const PLACE_BEFORE = new Set(PLACE_WORDS.map((w) => fold(w).split(" ").pop()!));
