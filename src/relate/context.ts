/**
 * What every relation finder reads: the figures with their place in the text (norm indexes),
 * sentence and kind of noun; the numbers of the text that are not figures ("3,03 điểm",
 * "gấp 3,8 lần", "(mười bảy)"); and small helpers on the folded text.
 *
 *   figs[i]   figure i with its hit range, number range, sentence and noun kind
 *   bare      numbers that no figure covers, each with the word after it
 *   member()  a RelationMember for a figure or a bare number
 */
import type { Doc } from "../text/normalize.js";
import { sentenceStartingBefore, type Sentence } from "../text/segment.js";
import type { Ctx, DateHit, FigureHit } from "../recognize/types.js";
import { scanNumbers, type NumberHit } from "../recognize/number.js";
import type { Figure, Person, RelationCue, RelationMember, RelationRecord, Report } from "../schema.js";
import { kindOf, kindOfWords, kindsCompatible, mayHaveHead, type Kind } from "./kinds.js";
import { CLASSIFIERS } from "../lexicon/kinds.js";
import { PLAN_WORDS } from "../lexicon/relation-cues.js";
import { fold } from "../text/fold.js";
import { cls, LETTER, MARK, SPACE, unitAt } from "../text/chars.js";
import { foldKey } from "../text/fold-fixed.js";
import { none } from "../text/lists.js";
import { foldedWords, lastCut, unitsOfClass } from "./words.js";
import { named } from "../text/rx.js";

export { foldedWords, foldedWordsSpec } from "./words.js";

export interface Fig {
  i: number;
  f: Figure;
  /** Hit range in doc.norm / doc.key. */
  start: number;
  end: number;
  /** The number inside the hit. */
  n0: number;
  n1: number;
  sent: number;
  kind: Kind;
  /** Other heads when the noun is coordinated: "42 tập thể và cá nhân" → [tập thể, cá nhân]. */
  kinds: Kind[];
  /** The counted noun phrase: the figure's, or the one written before the number ("lao động nữ 624 người"). */
  noun: string;
  /** "âm 12,4 tỷ đồng", "lỗ 5 tỷ đồng": a negative amount. */
  negative: boolean;
  /** A change, not a stock: "tăng 80 chỉ tiêu", "giảm 3 vụ", "thêm 5 người". */
  change: boolean;
  /** The number may be the tail of one split by a space: "349, 7 nghìn tỷ đồng" (349,7). */
  split: boolean;
  /**
   * f.comparison?.relation, or "" (read here for every figure: a finder that read it itself on
   * its own figures was thrown away when the first figure with a comparison came).
   */
  rel: string;
}

export interface Bare {
  value: number;
  n0: number;
  n1: number;
  /** The folded word after the number ("điểm", "lần"), if any. */
  word: string;
  form: NumberHit["form"];
  ambiguous: boolean;
}

/**
 * A Bare. Its `value` holds a fraction from the first one made (see PRIMED): made as a literal,
 * the field started as a small integer, and makeRelateCtx was thrown away ("Smi") at the first
 * bare number with a fraction.
 */
class BareNumber implements Bare {
  constructor(
    readonly value: number,
    readonly n0: number,
    readonly n1: number,
    readonly word: string,
    readonly form: NumberHit["form"],
    readonly ambiguous: boolean,
  ) {}
}
/** The first BareNumber, with a fraction (it only gives the field its representation). */
const PRIMED: Bare = new BareNumber(0.5, 0, 0, "", "digits", false);
void PRIMED;

export type Rel = RelationRecord extends infer R ? (R extends { id: string } ? Omit<R, "id"> : never) : never;

export interface RelateCtx {
  doc: Doc;
  key: string;
  norm: string;
  sentences: Sentence[];
  figs: Fig[];
  bare: Bare[];
  /** Every number of the text (scanNumbers), figures' or not. */
  numbers: NumberHit[];
  dates: DateHit[];
  people: Person[];
  event: Report["event"];
  /** Relations found so far (the finders run in order: breakdowns before shares). */
  found: Rel[];
  /** Results the finders share (per position), computed once. */
  memo: Memo;
}

/**
 * What the finders share, computed once per text, each by the finder that first needs it. Every
 * field is there from the start: a `{}` given its keys as the finders ran had one object map per
 * order of first use, and the finders that read it were thrown away at each new one.
 */
export class Memo {
  figById: unknown = undefined;
  namedWhole: unknown = undefined;
  cueScan: unknown = undefined;
  basis: unknown = undefined;
  namedListCues: unknown = undefined;
  listClause: unknown = undefined;
  anchor: unknown = undefined;
}

export interface RelateInput {
  ctx: Ctx;
  hits: FigureHit[];
  figures: Figure[];
  dates?: DateHit[];
  people?: Person[];
  event?: Report["event"];
}

export const COORD = named("context.COORD", /^\s*(?:,|và|hoặc|\/)\s*([\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+)?)/u);
/** A pattern with the words one of which every match holds (see {@link guard}). */
export interface Guard {
  readonly re: RegExp;
  readonly needs: readonly string[];
  test(s: string): boolean;
}
/** Every guard made, for the property test that each says what its pattern says (test/relate-scans.test.ts). */
export const GUARDS: Guard[] = [];

/**
 * A pattern tried only on a string that holds one of `needs`, the words one of which every match
 * of it holds: most slices before a figure hold none, and `includes` is far cheaper than a pattern
 * tried at every position of the slice.
 *
 *   const UP = guard(/(?:^|[^\p{L}\p{M}])(?:tăng|cao hơn)\s*$/u, ["tăng", "hơn"]);
 *   UP.test("doanh thu tăng ")   // true; UP.test("doanh thu đạt ") is false without running the pattern
 */
export function guard(re: RegExp, needs: readonly string[]): Guard {
  const g: Guard = {
    re,
    needs,
    test(s: string): boolean {
      for (const w of needs) if (s.includes(w)) return re.test(s);
      return false;
    },
  };
  GUARDS.push(g);
  return g;
}
const NEGATIVE = guard(named("context.NEGATIVE", /(?:^|[^\p{L}\p{M}])(?:âm|lỗ|thua lỗ|lỗ ròng)(?:\s*(?:khoảng|gần|hơn|trên))?\s*$/u), ["âm", "lỗ"]);
const CHANGE = guard(named("context.CHANGE", /(?:^|[^\p{L}\p{M}])(?:tăng|giảm|thêm|bớt|tăng thêm|giảm đi|cao hơn|thấp hơn|nhiều hơn|ít hơn|vượt)(?:\s*(?:lên|xuống|khoảng|gần|hơn|trên|được|là))?\s*$/u), ["tăng", "giảm", "thêm", "bớt", "hơn", "vượt"]);
/** The tail of a number split by a space: "349, 7" — the text before ends with a digit group, "." or ",", and a space. */
const SPLIT_BEFORE = named("context.SPLIT_BEFORE", /(?:^|[^\d.,])\d{1,3}[.,] $/u);
const SPLIT_TAIL = named("context.SPLIT_TAIL", /^\d{1,2}(?![\d.,])/u);

export function makeRelateCtx(input: RelateInput): RelateCtx {
  const { ctx, hits, figures } = input;
  const { doc, sentences } = ctx;
  const key = doc.key;
  // (by push: an optimised `.map()` makes a holey array where the interpreter made a packed one;
  // src/text/lists.ts)
  const figs: Fig[] = none();
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    const h = hits[i]!;
    const n0 = h.numStart ?? h.start;
    const n1 = h.numEnd ?? h.end;
    const sent = sentenceStartingBefore(sentences, h.start);
    // (the kind of the noun after the number, read once: nounBefore starts from it)
    const own = kindOf(f.noun);
    const before = f.kind === "count" ? nounBefore(key, sentences[sent]?.start ?? 0, h.start, f.noun, own) : undefined;
    const kind = before ? before.kind : own;
    const rel = f.comparison?.relation ?? "";
    const kinds = [kind];
    if (f.kind === "count" && coordAhead(key, h.end)) {
      const m = COORD.exec(key.slice(h.end, h.end + 30));
      if (m) {
        const alt = kindOf(m[1]);
        if (alt.known && alt.head !== kind.head) kinds.push(alt);
      }
    }
    figs.push({
      i,
      f,
      start: h.start,
      end: h.end,
      n0,
      n1,
      sent,
      kind,
      kinds,
      noun: before ? before.noun : (f.noun ?? ""),
      negative: f.kind !== "percent" && f.kind !== "count" && NEGATIVE.test(key.slice(Math.max(0, h.start - 16), n0)),
      // (SPLIT_BEFORE needs "." or "," and a space right before the number)
      split: unitAt(key, n0 - 1) === 32 && (unitAt(key, n0 - 2) === 46 || unitAt(key, n0 - 2) === 44) && SPLIT_BEFORE.test(key.slice(Math.max(0, n0 - 6), n0)) && SPLIT_TAIL.test(key.slice(n0, n1)),
      change: rel === "tăng" || rel === "giảm" || (f.kind !== "percent" && changeBefore(key.slice(Math.max(0, h.start - 20), h.start))),
      rel,
    });
  }
  const bare: Bare[] = [];
  let k = 0;
  const numbers = scanNumbers(ctx);
  for (const n of numbers) {
    while (k < figs.length && figs[k]!.end <= n.numStart) k++;
    const covered = (k < figs.length && figs[k]!.start <= n.numStart && n.numStart < figs[k]!.end) || (k > 0 && figs[k - 1]!.end > n.numStart);
    if (covered) continue;
    bare.push(new BareNumber(n.value, n.numStart, n.numEnd, wordAfter(key, n.numEnd), n.form, !!n.ambiguous));
  }
  return {
    doc,
    key,
    norm: doc.norm,
    sentences,
    figs,
    bare,
    numbers,
    dates: input.dates ?? [],
    people: input.people ?? [],
    event: input.event ?? { date: null },
    found: [],
    memo: new Memo(),
  };
}

/**
 * The word after a number: /^\s*([\p{L}\p{M}]+)/u on key[at, at + 24), read in place with the
 * character tables (a run of letters and marks after white space; a pair above U+FFFF cut by the
 * end of the 24 units ends it). "" when none.
 *
 *   wordAfter("12 điểm", 2) → "điểm"
 */
export function wordAfter(key: string, at: number): string {
  const lim = Math.min(key.length, at + 24);
  let i = at;
  while (i < lim && cls(key.charCodeAt(i)) & SPACE) i++;
  let j = i;
  for (let k; j < lim && (k = unitsOfClass(key, j, LETTER | MARK, lim)); ) j += k;
  return key.slice(i, j);
}
/** The specification of {@link wordAfter} (for its property test). */
export function wordAfterSpec(key: string, at: number): string {
  const w = /^\s*([\p{L}\p{M}]+)/u.exec(key.slice(at, at + 24));
  return w ? w[1]! : "";
}

function changeBefore(s: string): boolean {
  return CHANGE.test(s);
}

/** Words for what is counted that say only "so many of them": the noun before the number says what. */
/** A plan word before a number labels it, it is not what is counted ("(kế hoạch 1,5 triệu lượt)"). */
const PLAN_LABEL_WORDS = new Set(PLAN_WORDS.map((w) => fold(w)));
const GENERIC_AFTER = new Set(["người", "em", "cháu", "đồng chí", "lượt", "lượt người", ...CLASSIFIERS].map((w) => fold(w)));
/** Words that end a noun phrase before a number: a verb or a preposition ("hội nghị có sự tham dự của 200 người"). */
const NOT_IN_PHRASE = new Set(["có", "của", "với", "cho", "tại", "ở", "là", "được", "đã", "gồm", "đạt", "và", "hoặc", "thu", "hút", "tham", "dự", "khoảng", "gần", "hơn", "trên", "dưới", "chỉ", "còn", "mới", "về", "từ", "đến", "tới", "lên", "xuống", "bằng", "tăng", "giảm", "trong", "số", "cả", "toàn", "nay", "này", "đó"].map((w) => fold(w)));

/**
 * The noun a count names before its number when the word after it is only a classifier:
 * "lao động nữ 624 người", "hộ nghèo dân tộc thiểu số 620 hộ", "Tổng số đoàn viên 842 người" → the
 * phrase and its kind. The phrase starts with a known noun of the same kind as the word after the
 * number, and runs to it after any number before ("… 1.987 đơn vị và doanh nghiệp tư nhân 262 đơn vị") with no verb or preposition.
 */
function nounBefore(key: string, sentStart: number, at: number, after: string | undefined, a: Kind): { noun: string; kind: Kind } | undefined {
  const aw = foldKey(after ?? "").trim();
  const generic = GENERIC_AFTER.has(aw) || GENERIC_AFTER.has(a.head);
  if (!generic && !(a.known && a.head === aw)) return undefined;
  const from = Math.max(sentStart, at - 60);
  const cut = lastCut(key, from, at);
  const ws = foldedWords(key.slice(cut + 1, at));
  if (!ws.length) return undefined;
  if (ws.length > 8) return clauseLabel(ws, cut >= from ? key[cut]! : "", generic, a);
  // the phrase after the last word that cannot be inside it
  let i = ws.length;
  while (i > 0 && !NOT_IN_PHRASE.has(ws[i - 1]!)) i--;
  for (; i < ws.length; i++) {
    // (the words are folded: fold is idempotent, so this is kindOf of the phrase they make)
    if (!mayHaveHead(ws, i)) continue;
    const k = kindOfWords(ws.slice(i));
    if (!k.known || k.elided || !k.bases.length) continue;
    const noun = ws.slice(i).join(" ");
    if (!noun.startsWith(k.head)) continue;
    if (PLAN_LABEL_WORDS.has(k.head)) return undefined;
    const fits = generic ? (a.people ? k.people : !k.people) : kindsCompatible(a, k) === "yes";
    return fits ? { noun, kind: k } : undefined;
  }
  return clauseLabel(ws, cut >= from ? key[cut]! : "", generic, a);
}

const CO = fold("có");
/** "có thêm 12 đơn vị": a count of more, no clause of the noun before. */
const MORE = new Set(["thêm", "tất", "tổng"].map((w) => fold(w)));
/** Words before a list's label: "trong đó", "gồm", "và". */
const LABEL_GLUE = new Set(["và", "hoặc", "trong", "đó", "gồm", "bao"].map((w) => fold(w)));
const AND_OR = new Set(["và", "hoặc"].map((w) => fold(w)));

/**
 * A list's label that names a known noun and its relative clause ("có …") before the number: "…,
 * doanh nghiệp có vốn đầu tư nước ngoài 88 đơn vị", "… 3.702 đơn vị và doanh nghiệp có vốn đầu tư nước
 * ngoài 142 đơn vị", "trong đó doanh nghiệp có …". The label starts after the list's separator (a ",",
 * ";" or ":" and glue words, or "và" after the item before); the noun before "có" is what is counted.
 */
function clauseLabel(ws: readonly string[], cutAt: string, generic: boolean, a: Kind): { noun: string; kind: Kind } | undefined {
  const c = ws.indexOf(CO);
  if (c < 1 || c >= ws.length - 1 || ws.length - c > 7 || MORE.has(ws[c + 1]!) || ws.slice(c + 1).some((w) => NOT_IN_PHRASE.has(w))) return undefined;
  let s = c;
  while (s > 0 && !LABEL_GLUE.has(ws[s - 1]!)) s--;
  // (glue alone after a separator, or the item before's unit and "và" after its number)
  const sepBefore = /[,;:]/u.test(cutAt) && ws.slice(0, s).every((w) => LABEL_GLUE.has(w));
  const afterItem = /\d/u.test(cutAt) && s > 0 && AND_OR.has(ws[s - 1]!) && s <= 4;
  if (s === c || !(sepBefore || afterItem) || ws.slice(s, c).some((w) => NOT_IN_PHRASE.has(w))) return undefined;
  const k = kindOfWords(ws.slice(s, c));
  if (!k.known || k.elided || !k.bases.length || k.head !== ws.slice(s, c).join(" ") || PLAN_LABEL_WORDS.has(k.head)) return undefined;
  const fits = generic ? (a.people ? k.people : !k.people) : kindsCompatible(a, k) === "yes";
  return fits ? { noun: ws.slice(s).join(" "), kind: k } : undefined;
}

/**
 * Whether key[at, at + 30) holds ",", "/", "và" or "hoặc": one of them is in every match of COORD
 * on that slice (read in place, without the slice).
 */
export function coordAhead(key: string, at: number): boolean {
  for (let i = at, n = Math.min(key.length, at + 30); i < n; i++) {
    const c = key.charCodeAt(i);
    if (c === 44 || c === 47 || (c === 118 && i + VA.length <= n && key.startsWith(VA, i)) || (c === 104 && i + HOAC.length <= n && key.startsWith(HOAC, i))) return true;
  }
  return false;
}
const VA = "và";
const HOAC = "hoặc";

/** A relation member for a figure. */
export function figMember(rc: RelateCtx, role: string, g: Fig, extra: Partial<RelationMember> = {}): RelationMember {
  const alt = alternatives(g.f);
  return {
    role,
    figure: g.f.id,
    value: g.negative ? -Math.abs(g.f.value) : g.f.value,
    ...(alt.length ? { alternatives: alt } : {}),
    ...(g.f.of !== undefined ? { of: g.f.of } : {}),
    span: g.f.span,
    text: g.f.text,
    ...extra,
  };
}

/** A relation member for a stretch of text that is not a figure (norm range). */
export function textMember(rc: RelateCtx, role: string, start: number, end: number, extra: Partial<RelationMember> = {}): RelationMember {
  return { role, span: rc.doc.span(start, end), text: rc.doc.text(start, end), ...extra };
}

export function cueOf(rc: RelateCtx, start: number, end: number): RelationCue {
  return { span: rc.doc.span(start, end), text: rc.doc.text(start, end) };
}

/**
 * Other readings of a number whose separator could go either way: "1,615 tỷ" read as 1 615 tỷ
 * may be 1,615 tỷ; "2.340 tỷ" may be 2,340 tỷ. Only one separator followed by three digits.
 */
export function alternatives(f: Figure): number[] {
  const w = /\d(?:[\d.,]*\d)?/.exec(f.text)?.[0];
  if (!w || !/^\d{1,3}[.,]\d{3}$/.test(w) || !f.value) return [];
  const asInt = Number(w.replace(/[.,]/g, ""));
  const asDec = asInt / 1000;
  const v = Math.abs(f.value);
  const pow10 = (x: number) => x > 0 && Math.abs(Math.log10(x) - Math.round(Math.log10(x))) < 1e-9;
  if (pow10(v / asInt)) return [Math.sign(f.value) * asDec * (v / asInt)];
  if (pow10(v / asDec)) return [Math.sign(f.value) * asInt * (v / asDec)];
  return [];
}

/** The figure of an id (the map is made when a finder first asks: most texts never do). */
export function figById(rc: RelateCtx, id: string): Fig | undefined {
  const m = (rc.memo.figById ??= new Map(rc.figs.map((g) => [g.f.id, g]))) as Map<string, Fig>;
  return m.get(id);
}

/** Sentence index of a norm position. */
export function sentenceOf(rc: RelateCtx, pos: number): number {
  return sentenceStartingBefore(rc.sentences, pos);
}

/** Paren depth change over key[from, to): how many "(" stay open (negative: closed more). */
export function parenBalance(key: string, from: number, to: number): number {
  let d = 0;
  for (let i = from; i < to; i++) {
    const c = key.charCodeAt(i);
    if (c === 40) d++;
    else if (c === 41) d--;
  }
  return d;
}

/** Words of key[from, to) with their positions (letters, marks and digits). */
export function wordsIn(key: string, from: number, to: number): { s: number; e: number; w: string }[] {
  const out: { s: number; e: number; w: string }[] = [];
  const re = /[\p{L}\p{M}\p{N}]+(?:[/.,][\p{N}]+)*/gu;
  const slice = key.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) out.push({ s: from + m.index, e: from + m.index + m[0].length, w: m[0] });
  return out;
}

/** A folded phrase set, matched as whole words at the start of a folded string. */
export class PhraseList {
  private readonly byFirst = new Map<string, string[][]>();
  constructor(list: readonly string[]) {
    for (const p of list) {
      const ws = fold(p).replace(/[(),;:]/g, " ").split(/\s+/).filter(Boolean);
      if (!ws.length) continue;
      const l = this.byFirst.get(ws[0]!) ?? [];
      l.push(ws);
      l.sort((a, b) => b.length - a.length);
      this.byFirst.set(ws[0]!, l);
    }
  }
  /** The first words of the phrases. */
  firsts(): IterableIterator<string> {
    return this.byFirst.keys();
  }
  /** Length in words of the longest phrase starting at words[i], or 0. */
  at(words: readonly string[], i: number): number {
    const l = this.byFirst.get(words[i] ?? "");
    if (!l) return 0;
    // (p.every((w, k) => words[i + k] === w) without a closure made for every phrase tried)
    for (const p of l) {
      let k = 0;
      while (k < p.length && words[i + k] === p[k]) k++;
      if (k === p.length) return p.length;
    }
    return 0;
  }
  /** The phrase itself (folded) at words[i], or "". */
  phraseAt(words: readonly string[], i: number): string {
    const n = this.at(words, i);
    return n ? words.slice(i, i + n).join(" ") : "";
  }
  /** Whether a phrase occurs anywhere in the words. */
  find(words: readonly string[]): { i: number; n: number } | null {
    for (let i = 0; i < words.length; i++) {
      const n = this.at(words, i);
      if (n) return { i, n };
    }
    return null;
  }
}

/** Index in rc.bare (numbers no figure holds, in text order) of the first at or after a position. */
export function firstBareAt(rc: RelateCtx, from: number): number {
  const bs = rc.bare;
  let lo = 0;
  let hi = bs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bs[mid]!.n0 < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
