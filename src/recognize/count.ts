/**
 * Counts: a number followed by what it counts, with the category of that noun.
 *
 *   "153 nhiệm vụ", "08/11 chỉ tiêu"                  → task 153; task 8 of 11
 *   "hơn 1.000 DN", "48.676hội viên mới"              → organization 1000 (approx); personnel
 *   "19 lượt cán bộ", "792 lượt đoàn viên"            → the noun after "lượt" decides
 *   "852 cán bộ được tập huấn", "03 lượt đào tạo"     → training (the clause speaks of training)
 *   "21 đồng chí được tặng Huy hiệu Đảng"             → award
 *   "19.260 CĐ cơ sở/21.148 đơn vị"                   → organization 19 260 of 21 148
 *   "hai doanh nghiệp", "Bốn bị cáo", "10 triệu đoàn viên" → 2, 4, 10 000 000
 *   "3-4 lần", "khoảng 4-5 người"                     → two counts each
 *   "47/56" (no noun)                                 → 47 of 56, category of the noun before it
 *
 * Not counts: years, dates, ordinals ("lần thứ 12", "khóa XIV"), durations and ages ("50 năm",
 * "6 tháng đầu năm", "30 tuổi") — no counted noun follows them; numbers inside names ("Điều 226
 * Bộ luật", "Viện 78"), addresses ("số 18", "tổ 51"), ranks ("xếp thứ 07/13", "top 4"),
 * multipliers ("gấp 2 lần"), frequencies ("2 buổi/ngày"), articles ("một thành viên").
 * Money, percent and measure win an overlap in figures.ts.
 */
import type { Category } from "../schema.js";
import type { Ctx, FigureHit } from "./types.js";
import { parseDigits, scanNumbers, type NumberHit } from "./number.js";
import { sentenceAt } from "./date.js";
import { fold } from "../text/fold.js";
import { L as LS, R as RS, named, src, words } from "../text/rx.js";
import {
  AWARD_CLUES,
  AWARD_NOUNS,
  EVENT_NOUNS,
  ORGANIZATION_NOUNS,
  OTHER_NOUNS,
  PEOPLE_FLEX,
  PERSONNEL_NOUNS,
  PUBLICATION_NOUNS,
  TASK_NOUNS,
  TRAINING_CLUES,
  TRAINING_NOUNS,
  UNIT_FLEX,
  NOT_COUNTED,
  OTHER_PEOPLE_CLUES,
} from "../lexicon/count-nouns.js";
import { UNITS as MEASURE_UNITS } from "../lexicon/units.js";

const L = new RegExp(LS);
const R = new RegExp(RS);

const BY_CATEGORY: [Category, readonly string[]][] = [
  ["task", TASK_NOUNS],
  ["publication", PUBLICATION_NOUNS],
  ["training", TRAINING_NOUNS],
  ["personnel", PERSONNEL_NOUNS],
  ["organization", ORGANIZATION_NOUNS],
  ["award", AWARD_NOUNS],
  ["event", EVENT_NOUNS],
  ["other", OTHER_NOUNS],
];
/** folded noun → category (the first list that has it) */
const CATEGORY = new Map<string, Category>();
for (const [cat, list] of BY_CATEGORY) for (const w of list) if (!CATEGORY.has(fold(w))) CATEGORY.set(fold(w), cat);
const PEOPLE = new Set(PEOPLE_FLEX.map(fold));
const UNITS = new Set(UNIT_FLEX.map(fold));

/** One word of a noun: letters, with inner "/" or "-" ("đ/c", "CNVC-LĐ"). */
const TOKEN = named("count.token", /(?:đ\/c|[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*)(?![\p{L}\p{M}])/uy);
/** A short parenthesis between a pair and its noun: "47/56 (đạt 84%) đơn vị". */
const PAREN = named("count.paren", /\s{0,2}\([^()\n]{1,30}\)/uy);
/** Between the number and the noun: spaces and an opening quote ("4 “Mái ấm …”"), or nothing ("48.676hội viên"). */
const LEAD = named("count.lead", /[ \t“"'‘]{0,3}/uy);
/** Between two words of a noun: a space, or a comma and a space ("tỉnh, thành phố"). */
const GAP = named("count.gap", /,? {1,2}/uy);
const CLASSIFIERS = new Set(["lượt", "em", "vị"].map(fold));
/** The longest listed noun a phrase may have, in words. */
const MAX_WORDS = Math.max(...[...CATEGORY.keys()].map((w) => w.split(" ").length));
/** Every word prefix of a listed noun ("cán", "cán bộ", "cán bộ giảng"): the walk stops when none fits. */
const PREFIXES = new Set<string>();
for (const w of CATEGORY.keys()) {
  const parts = w.split(" ");
  for (let k = 1; k <= parts.length; k++) PREFIXES.add(parts.slice(0, k).join(" "));
}

interface NounMatch {
  nounStart: number;
  end: number;
  /** folded, single-spaced */
  noun: string;
  cls?: string;
  listed: boolean;
}

/** The longest listed noun starting at `at` (after LEAD when `lead`), else null. */
function listedNounAt(key: string, at: number, lead: boolean): { start: number; end: number; noun: string } | null {
  let i = at;
  if (lead) {
    LEAD.lastIndex = at;
    i = at + LEAD.exec(key)![0].length;
  }
  const start = i;
  const ends: number[] = [];
  const phrases: string[] = [];
  let phrase = "";
  let sep = "";
  for (let k = 0; k < MAX_WORDS; k++) {
    TOKEN.lastIndex = i;
    const t = TOKEN.exec(key);
    if (!t) break;
    phrase += sep + t[0];
    if (!PREFIXES.has(phrase)) break;
    i += t[0].length;
    ends.push(i);
    phrases.push(phrase);
    GAP.lastIndex = i;
    const g = GAP.exec(key);
    if (!g) break;
    i += g[0].length;
    sep = g[0].includes(",") ? ", " : " ";
  }
  for (let k = ends.length - 1; k >= 0; k--) if (CATEGORY.has(phrases[k]!)) return { start, end: ends[k]!, noun: phrases[k]! };
  return null;
}

/** The counted noun after a number: listed ("nhiệm vụ"), after a classifier ("lượt cán bộ"). */
function nounAfter(key: string, at: number): NounMatch | null {
  const direct = listedNounAt(key, at, true);
  if (direct && !CLASSIFIERS.has(direct.noun) && direct.noun !== "lượt") return { nounStart: direct.start, end: direct.end, noun: direct.noun, listed: true };
  // "19 lượt cán bộ", "200 em học sinh": the noun after the classifier decides
  LEAD.lastIndex = at;
  const s = at + LEAD.exec(key)![0].length;
  TOKEN.lastIndex = s;
  const t = TOKEN.exec(key);
  if (t && CLASSIFIERS.has(t[0])) {
    GAP.lastIndex = s + t[0].length;
    const g = GAP.exec(key);
    const inner = g ? listedNounAt(key, s + t[0].length + g[0].length, false) : null;
    if (inner) return { nounStart: inner.start, end: inner.end, noun: inner.noun, cls: t[0], listed: true };
  }
  return direct ? { nounStart: direct.start, end: direct.end, noun: direct.noun, listed: true } : null;
}

/** "/21.148" right after a counted noun: the whole of "19.260 CĐ cơ sở/21.148 đơn vị". */
const WHOLE_AFTER = named("count.whole", /^ {0,2}\/ {0,2}(\d{1,3}(?:[.,]\d{3})+|\d{1,9})(?![\p{N}]|[.,]\d)/u);

/** Any other lower-case word after the number: "60 bậc", "3 kịch bản" (checked against NOT_COUNTED). */
const WORD_AFTER = named("count.word", / {1,2}(?<w>[\p{Ll}][\p{L}\p{M}]*)(?: (?<w2>[\p{L}\p{M}]+))?/uy);
const WORD_START = named("count.word-start", /(?<![\p{L}\p{M}])[\p{L}\p{M}]/gu);
const NOT_COUNTED_SET = new Set([...NOT_COUNTED, ...MEASURE_UNITS.map((u) => u[0])].map(fold));

/** The words a noun phrase may not run into: "77 CĐCS | thuộc …", "9 tập thể | và". */
/** First syllables of compounds a counted noun phrase must not end on. */
const COMPOUND_START = new Set(["tiến", "thạc", "cơ", "nhà", "cử", "kĩ", "khoa", "nghiên", "sinh", "giáo", "doanh"].map(fold));

const STOP = new Set(
  [
    "và", "với", "của", "trong", "được", "đã", "đang", "sẽ", "cho", "tại", "là", "có", "đạt", "từ", "đến", "theo",
    "thuộc", "trên", "dưới", "so", "này", "đó", "các", "những", "nhưng", "khi", "để", "về", "bị", "vào", "ra",
    "tham", "nhận", "tăng", "giảm", "chiếm", "gồm", "trong", "như", "cùng", "thì", "mà", "hay", "hoặc", "không",
    "chưa", "còn", "vẫn", "đều", "cũng", "tới", "qua", "sau", "trước", "năm", "tháng", "ngày", "ở", "người", "đi", "trị",
  ].map(fold),
);
/** Before the number: ordinals, identifiers, addresses, ranks, multipliers. */
const NOT_BEFORE = named(
  "count.not-before",
  new RegExp(
    src`${L}(?:thứ|(?<!(?:tổng|với|có)\s{1,2})số|top|hạng|khóa|lần|đợt|tổ|lớp|điều|khoản|chương|mục|tập|giai\s{1,2}đoạn|kì|(?<!(?:được|trung|sơ|cao)\s{1,2})cấp|phòng|tầng|ngõ|ngách|hẻm|đường|gấp|nhân|chia|phiên\s{1,2}bản|mã|quận|phường|km|quốc\s{1,2}lộ|tỉnh\s{1,2}lộ|xếp|đứng|version|bài|trang|câu|hình|ảnh|bảng|biểu|phụ\s{1,2}lục|mẫu|khối|xóm|ấp|thôn|khu\s{1,2}phố|khóm|tổ\s{1,2}dân\s{1,2}phố|đội|tiết|tuần|quí|tiểu\s{1,2}khu|lô|nhà|block|dãy|làn|cổng|kênh|tuyến)[\s.]{0,3}$`,
    "u",
  ),
);
/** After the noun: "con số", "lần thứ", "lần/tháng" (a frequency), "buổi/ngày". */
const NOT_AFTER_NOUN = named("count.not-after", new RegExp(src`^(?:\s{0,2}/\s{0,2}(?:\d{1,2}\s{0,2})?(?:ngày|tuần|tháng|năm|quí|lần|buổi|giờ)${R}|\s{1,2}thứ${R})`, "u"));
const BAD_NOUN = new Set(["con số", "con người", "con đường", "con đẻ", "con cháu", "con em", "lần lượt", "bộ phận", "bộ luật", "vụ trưởng", "ban hành", "ban đầu", "phần lớn", "phần nào", "phần trăm", "cơ sở vật chất", "đơn vị tính", "đoàn kết", "em út", "em trai", "em gái", "căn bệnh", "căn cứ", "con dấu", "bên đường", "bên cạnh", "bên trong", "bên ngoài", "bên lề", "bên bờ", "bên kia", "bên này"].map(fold));
const CLASSIFIER_ONE = ["căn", "lô", "chiếc", "ngôi", "mảnh", "thửa", "camera", "con", "tấm"].map(fold);
/** A multiplier: "tăng gấp 2 lần", "tăng 3 lần". */
const MULTIPLIER = named("count.multiplier", new RegExp(src`${L}(?:gấp|tăng|giảm|hơn|nhân|lớn|cao|nhiều|ít)(?:\s{1,2}(?:gấp|hơn|khoảng|gần|tới|đến|lên))?\s{1,3}$`, "u"));

/** How far (characters) a clue may stand from the counted noun. */
const CLUE_REACH = 90;

export function recognizeCounts(ctx: Ctx): FigureHit[] {
  const { doc } = ctx;
  const key = doc.key;
  const norm = doc.norm;
  const nums = scanNumbers(ctx);
  const out: FigureHit[] = [];
  const consumed = new Set<NumberHit>();

  for (let i = 0; i < nums.length; i++) {
    const h = nums[i]!;
    if (consumed.has(h)) continue;
    if (!Number.isInteger(h.value) || h.value <= 0 || (h as { yearLike?: boolean }).yearLike) continue;
    if (h.form === "words" && !plainNumberWord(norm.slice(h.numStart, h.numEnd), norm, h.numStart)) continue;
    const before = key.slice(Math.max(0, h.numStart - 24), h.numStart);
    // ordinals and identifiers are small plain numbers: "cấp 3", "tổ 51", not "sơ cấp 13.464 người",
    // nor a level of training: "trung cấp 400 người", "sơ cấp 80 người"
    if (!h.approx && !/\d[.,]\d{3}/.test(key.slice(h.numStart, h.numEnd)) && NOT_BEFORE.test(before)) continue;

    let m = nounAfter(key, h.end) ?? anyNoun(norm, h.end);
    if (!m && h.of !== undefined) {
      PAREN.lastIndex = h.end;
      const p = PAREN.exec(key);
      if (p) m = nounAfter(key, h.end + p[0].length);
    }
    if (!m) {
      if (h.of !== undefined && h.of > 12 && h.form === "digits") out.push(bare(ctx, h));
      continue;
    }
    // "chiếm 2/3 diện tích": a fraction of something that is not counted
    if (!m.listed && h.of !== undefined && h.of <= 12) continue;
    // "Viện 78 luôn …", "m 3 khí": a number inside a name or after a unit letter
    if (!m.listed && (previousWordCapitalised(norm, h.numStart, 2) || /(?:^|[^\p{L}])\p{L}\s{1,2}$/u.test(before))) continue;
    const { noun, nounStart } = m;
    let end = m.end;
    if (BAD_NOUN.has(key.slice(nounStart, Math.min(key.length, wordEnd(key, end))).replace(/\s+/g, " ")) || BAD_NOUN.has(noun)) continue;
    if (NOT_AFTER_NOUN.test(key.slice(end, end + 16))) continue;
    if (noun === "lần" && MULTIPLIER.test(before)) continue;
    // "một thành viên mới" is an article; "một căn chung cư", "một lô đất" are counted
    if (h.value === 1 && h.form === "words" && !CLASSIFIER_ONE.some((c) => noun === c || noun.startsWith(c + " "))) continue;
    // a number inside a name: "Điều 226 Bộ luật", "Viện 78 Bộ Quốc phòng"
    if (capitalised(norm, nounStart) && previousWordCapitalised(norm, h.numStart)) continue;

    let category = CATEGORY.get(noun) ?? "other";
    const cls = m.cls;
    const phraseEnd = extendPhrase(key, end);
    if (PEOPLE.has(noun) || UNITS.has(noun)) category = fromClause(ctx, h.numStart, nounStart, m.end, category, PEOPLE.has(noun));
    end = phraseEnd;

    const hit: FigureHit = {
      kind: "count",
      start: h.start,
      end,
      rule: h.of !== undefined ? "count.pair" : cls ? "count.classifier" : CATEGORY.has(noun) ? "count.noun" : "count.other",
      value: h.value,
      category,
      noun: norm.slice(nounStart, end).trim(),
      numStart: h.numStart,
      numEnd: h.numEnd,
    };
    if (h.of !== undefined) hit.of = h.of;
    if (h.approx) hit.approx = true;
    if (h.bound) hit.bound = h.bound;
    if (h.range) hit.range = h.range;
    if (h.ambiguous) hit.ambiguous = true;

    // "19.260 CĐ cơ sở/21.148 đơn vị": a part and its whole, one figure
    const whole = hit.of === undefined ? WHOLE_AFTER.exec(key.slice(m.end, m.end + 40)) : null;
    const wv = whole ? parseDigits(whole[1]!, ctx.convention) : null;
    if (whole && wv && Number.isInteger(wv.value) && wv.value > h.value) {
      const wholeEnd = m.end + whole[0].length;
      const m2 = nounAfter(key, wholeEnd);
      hit.of = wv.value;
      hit.rule = "count.pair";
      hit.end = m2 ? extendPhrase(key, m2.end) : wholeEnd;
      for (let k = i + 1; k < nums.length && nums[k]!.numStart < wholeEnd; k++) consumed.add(nums[k]!);
    }
    out.push(hit);
  }
  return out;
}

/** A common noun that is in no list: counted as "other" unless NOT_COUNTED has it. */
function anyNoun(norm: string, at: number): NounMatch | null {
  WORD_AFTER.lastIndex = at;
  const m = WORD_AFTER.exec(norm);
  if (!m) return null;
  const w = fold(m.groups!.w!);
  const w2 = m.groups!.w2 ? `${w} ${fold(m.groups!.w2)}` : "";
  if (NOT_COUNTED_SET.has(w) || (w2 && NOT_COUNTED_SET.has(w2))) return null;
  const nounStart = at + m[0].indexOf(m.groups!.w!);
  return { nounStart, end: nounStart + w.length, noun: w, listed: false };
}

/** "47/56", "1.048/1.161": a part of a whole with no noun after it; the noun before decides. */
function bare(ctx: Ctx, h: NumberHit): FigureHit {
  const key = ctx.doc.key;
  const s = sentenceAt(ctx, h.numStart);
  const from = s ? s.start : Math.max(0, h.numStart - 120);
  let last: string | undefined;
  const window = key.slice(Math.max(from, h.numStart - 120), h.numStart);
  const base = h.numStart - window.length;
  let covered = 0;
  for (const w of window.matchAll(WORD_START)) {
    const at = base + w.index;
    if (at < covered) continue; // "bộ" inside "cán bộ giảng dạy"
    const n = listedNounAt(key, at, false);
    if (n && n.end <= h.numStart) {
      last = n.noun;
      covered = n.end;
    }
  }
  const hit: FigureHit = {
    kind: "count",
    start: h.start,
    end: h.end,
    rule: "count.pair",
    value: h.value,
    of: h.of,
    category: (last && CATEGORY.get(last)) || "other",
    numStart: h.numStart,
    numEnd: h.numEnd,
  };
  if (h.approx) hit.approx = true;
  if (h.ambiguous) hit.ambiguous = true;
  return hit;
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;

/** Where each kind of clue stands in a clause: [start, end] pairs in text order. */
interface Clues {
  award: Int32Array;
  training: Int32Array;
  other: Int32Array;
}

// no left-edge lookbehind at the front (it makes V8 try every position): the edge is checked in findClues
const TRAINING_CLUE = named("count.training-clue", new RegExp(src`${words(TRAINING_CLUES)}${R}`, "gu"));
const AWARD_CLUE = named("count.award-clue", new RegExp(src`${words(AWARD_CLUES)}${R}`, "gu"));
const OTHER_CLUE = named("count.other-clue", new RegExp(src`${words(OTHER_PEOPLE_CLUES)}${R}`, "gu"));

/** The clues inside key[from, to), positions in the document. */
function findClues(key: string, from: number, to: number, people: boolean): Clues {
  const text = key.slice(from, to);
  const scan = (re: RegExp) => {
    const out: number[] = [];
    for (const m of text.matchAll(re)) {
      const at = from + m.index;
      if (at === 0 || !LETTER.test(key[at - 1]!)) out.push(at, at + m[0].length);
    }
    return Int32Array.from(out);
  };
  const none = new Int32Array(0);
  return { award: scan(AWARD_CLUE), training: people ? scan(TRAINING_CLUE) : none, other: people ? scan(OTHER_CLUE) : none };
}

/** Distance from the clue nearest to [numStart, nounEnd) inside [from, to), not inside the noun. */
function nearest(list: Int32Array, from: number, to: number, numStart: number, nounStart: number, nounEnd: number): number {
  let lo = 0;
  let hi = list.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid * 2]! < from) lo = mid + 1;
    else hi = mid;
  }
  let best = Infinity;
  for (let i = lo; i < list.length / 2 && list[i * 2]! < to; i++) {
    const at = list[i * 2]!;
    const end = list[i * 2 + 1]!;
    if (at >= nounStart && at < nounEnd) continue; // the noun itself ("học viên")
    if (end > to) break;
    const d = at < numStart ? numStart - end : at - nounEnd;
    if (d < best) best = d;
  }
  return best;
}

/** Training, award or other when the clause around the noun says so, else the noun's own category. */
function fromClause(ctx: Ctx, numStart: number, nounStart: number, nounEnd: number, base: Category, people: boolean): Category {
  const key = ctx.doc.key;
  const s = sentenceAt(ctx, numStart);
  let from = Math.max(s ? s.start : 0, numStart - CLUE_REACH);
  let to = Math.min(s ? s.end : key.length, nounEnd + CLUE_REACH);
  const semiBefore = key.slice(from, numStart).lastIndexOf(";");
  if (semiBefore >= 0) from += semiBefore + 1;
  // after the noun the clause ends at a comma too: "9.000 nhân viên, tổ chức 120 khóa đào tạo"
  const semiAfter = key.slice(nounEnd, to).search(/[;,]/);
  if (semiAfter >= 0) to = nounEnd + semiAfter;
  const clues = findClues(key, from, to, people);
  const award = nearest(clues.award, from, to, numStart, nounStart, nounEnd);
  const training = people ? nearest(clues.training, from, to, numStart, nounStart, nounEnd) : Infinity;
  const other = people ? nearest(clues.other, from, to, numStart, nounStart, nounEnd) : Infinity;
  const best = Math.min(award, training, other);
  if (best === Infinity) return base;
  return best === other ? "other" : best === training ? "training" : "award";
}

/**
 * Extend a noun with up to three following words that are not function words: "nhiệm vụ cấp Bộ";
 * one more when the third is the first syllable of a compound ("trình độ tiến" + "sĩ").
 */
function extendPhrase(key: string, end: number): number {
  let e = end;
  let last = "";
  for (let k = 0; k < 4; k++) {
    if (k === 3 && !COMPOUND_START.has(last)) break;
    const m = /^ {1,2}([\p{L}\p{M}]+)/u.exec(key.slice(e, e + 24));
    if (!m || STOP.has(m[1]!)) break;
    e += m[0].length;
    last = m[1]!;
  }
  return e;
}

function wordEnd(key: string, at: number): number {
  const m = /^ {1,2}[\p{L}\p{M}]+/u.exec(key.slice(at, at + 20));
  return m ? at + m[0].length : at;
}

/** "hay" (or) folds like "hai"; "HAI" in capitals is a name; "đòn bẩy" is a lever. */
function plainNumberWord(text: string, norm: string, at: number): boolean {
  const t = text.trim();
  if (/^hay$/iu.test(t) || /(?:^|\s)hay(?:\s|$)/iu.test(t)) return false;
  if (t.length > 1 && t === t.toUpperCase() && t !== t.toLowerCase()) {
    // all capitals inside a sentence that is not itself in capitals
    const around = norm.slice(Math.max(0, at - 40), at + 40);
    if (around !== around.toUpperCase()) return false;
  }
  if (/^bẩy$/iu.test(t) && /đòn\s+$/iu.test(norm.slice(Math.max(0, at - 6), at))) return false;
  return true;
}

function capitalised(norm: string, at: number): boolean {
  const c = norm[at] ?? "";
  return c !== c.toLowerCase();
}

/** The word right before the number (no punctuation between) begins with a capital, mid-sentence. */
function previousWordCapitalised(norm: string, numStart: number, words = 1): boolean {
  let at = numStart;
  for (let k = 0; k < words; k++) {
    const m = /([\p{L}\p{M}]+)\s{1,2}$/u.exec(norm.slice(Math.max(0, at - 30), at));
    if (!m) return false;
    at -= m[0].length;
    const w = m[1]!;
    if (w[0] === w[0]!.toLowerCase()) continue;
    const before = norm.slice(Math.max(0, at - 30), at);
    if (!/(?:^|[.!?:;\n"“(\-]\s*)$/u.test(before)) return true;
  }
  return false;
}
