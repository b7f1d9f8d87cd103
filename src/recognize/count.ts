/**
 * Counts: a number followed by what it counts, with the category of that noun.
 *
 *   "126 nhiệm vụ", "08/11 chỉ tiêu"                  → task 126; task 8 of 11
 *   "hơn 1.200 DN", "35.214hội viên mới"              → organization 1200 (approx); personnel
 *   "17 lượt cán bộ", "615 lượt đoàn viên"            → the noun after "lượt" decides
 *   "740 cán bộ được tập huấn", "03 lượt đào tạo"     → training (the clause speaks of training)
 *   "23 đồng chí được tặng Huy hiệu Đảng"             → award
 *   "12.340 CĐ cơ sở/15.678 đơn vị"                   → organization 12 340 of 15 678
 *   "hai doanh nghiệp", "Bốn bị cáo", "12 triệu đoàn viên" → 2, 4, 12 000 000
 *   "3-4 lần", "khoảng 6-7 người"                     → two counts each
 *   "3 người con", "làm chết 9 người"                 → other (not staff: the clause says so)
 *   "2 tập thể bị xử lý kỷ luật", "3 tác phẩm điện ảnh" → other (disciplined; films, not books)
 *   "86 kỳ quay số", "2.364 điểm thi"                 → event, other (a longer listed noun
 *                                                        beats the blocked word "kỳ", "điểm")
 *   "45/52" (no noun)                                 → 45 of 52, category of the noun before it
 *
 * Not counts: years, dates, ordinals ("lần thứ 12", "khóa XIV"), durations and ages ("50 năm",
 * "6 tháng đầu năm", "30 tuổi") — no counted noun follows them; numbers inside names ("Điều 226
 * Bộ luật", "Viện 95"), addresses ("số 18", "tổ 51"), ranks ("xếp thứ 07/13", "top 4"),
 * multipliers ("gấp 2 lần"), frequencies ("2 buổi/ngày"), articles ("một thành viên").
 * Money, percent and measure win an overlap in figures.ts.
 */
import type { Ctx, CountHit } from "./types.js";
import { shaped } from "./types.js";
import { parseDigits, scanNumbers, type NumberHit } from "./number.js";
import { sentenceAt } from "./date.js";
import { capitalised, isSpace, lastWord, loneLetterBefore, placeBefore, plainNumberWord, previousWordCapitalised, spacedWordEnd, wordEnd, wordsAfter } from "./count-words.js";
import { fold } from "../text/fold.js";
import { L as LS, R as RS, named, src } from "../text/rx.js";
import { NOT_COUNTED, VEHICLE_MAX, VEHICLE_NOUNS, VEHICLE_PLACES, VEHICLE_PLACE_VERBS, VEHICLE_THING_AFTER, VEHICLE_WORDS } from "../lexicon/count-nouns.js";
import { PHRASE_STOP_VERBS, PHRASE_STOPS } from "../lexicon/count-modifiers.js";
import { CATEGORY, countCategory } from "./category.js";
import { roleBefore } from "./count-role.js";
import { companyTypeBefore, docTypeBefore, idBefore, markAfterScore, numberedBodyBefore } from "./count-before.js";
import { UNITS as MEASURE_UNITS } from "../lexicon/units.js";
import { afterLead, listedNounAt } from "./count-noun-trie.js";
import { labelledListItem } from "./count-list-item.js";
import { houseNumber } from "./count-address.js";
import type { Doc } from "../text/normalize.js";
import { unitAt } from "../text/chars.js";

const L = named("count.L", new RegExp(LS));
const R = named("count.R", new RegExp(RS));

/** One word of a noun: letters, with inner "/" or "-" ("đ/c", "CNVC-LĐ"). */
const TOKEN = named("count.token", /(?:đ\/c|[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*)(?![\p{L}\p{M}])/uy);
/** A short parenthesis between a pair and its noun: "45/52 (đạt 86%) đơn vị". */
const PAREN = named("count.paren", /\s{0,2}\([^()\n]{1,30}\)/uy);
/** Between the number and the noun: spaces and an opening quote ("4 “Mái ấm …”"), or nothing ("48.676hội viên"): see afterLead. */
/** Between two words of a noun: a space, or a comma and a space ("tỉnh, thành phố"). */
const GAP = named("count.gap", /,? {1,2}/uy);
/** Words before a noun that give way to it ("17 lượt cán bộ", "4 nhóm nhiệm vụ"); alone they are the noun ("tám vị", "3 nhóm"). */
const CLASSIFIERS = new Set(["lượt", "em", "vị", "nhóm"].map(fold));
/** Their first two units (each has two or more). */
const CLASSIFIER_PAIRS = new Set([...CLASSIFIERS].map((w) => w.charCodeAt(0) * 65536 + w.charCodeAt(1)));
interface NounMatch {
  nounStart: number;
  end: number;
  /** folded, single-spaced */
  noun: string;
  cls?: string;
  listed: boolean;
}

/** The counted noun after a number: listed ("nhiệm vụ"), after a classifier ("lượt cán bộ"). */
function nounAfter(doc: Doc, at: number): NounMatch | null {
  const key = doc.key;
  const direct = listedNounAt(doc, at, true);
  if (direct && !CLASSIFIERS.has(direct.noun) && direct.noun !== "lượt") return { nounStart: direct.start, end: direct.end, noun: direct.noun, listed: true };
  // "17 lượt cán bộ", "150 em học sinh": the noun after the classifier decides
  const s = afterLead(key, at);
  // (a classifier's first two units, or no TOKEN read can be one)
  if (!CLASSIFIER_PAIRS.has(unitAt(key, s) * 65536 + unitAt(key, s + 1))) return direct ? { nounStart: direct.start, end: direct.end, noun: direct.noun, listed: true } : null;
  TOKEN.lastIndex = s;
  const t = TOKEN.exec(key);
  if (t && CLASSIFIERS.has(t[0])) {
    GAP.lastIndex = s + t[0].length;
    const g = GAP.exec(key);
    const inner = g ? listedNounAt(doc, s + t[0].length + g[0].length, false) : null;
    if (inner) return { nounStart: inner.start, end: inner.end, noun: inner.noun, cls: t[0], listed: true };
  }
  return direct ? { nounStart: direct.start, end: direct.end, noun: direct.noun, listed: true } : null;
}

/** "64% (2.310)": a number in brackets right after a percent. */
function bracketAfterPercent(key: string, h: NumberHit): boolean {
  return key.charCodeAt(h.end) === 41 && key.charCodeAt(h.start - 1) === 40 && /%\s?$/.test(key.slice(Math.max(0, h.start - 3), h.start - 1));
}

/** Where a short parenthesis at `at` ends ("45/52 (đạt 86%) đơn vị"), or -1. */
function parenEnd(key: string, at: number): number {
  PAREN.lastIndex = at;
  // (the sticky test leaves lastIndex at the match's end, and at 0 when it fails)
  const found = PAREN.test(key);
  const end = PAREN.lastIndex;
  return found ? end : -1;
}

/** "/21.148" right after a counted noun: the whole of "12.340 CĐ cơ sở/15.678 đơn vị". */
const WHOLE_AFTER = named("count.whole", /^ {0,2}\/ {0,2}(\d{1,3}(?:[.,]\d{3})+|\d{1,9})(?![\p{N}]|[.,]\d)/u);

/** A "/" or a "t" after at most two white spaces: a cheap necessary test for NOT_AFTER_NOUN. */
function mayBeNotAfter(key: string, at: number): boolean {
  let i = at;
  while (i - at < 2 && isSpace(unitAt(key, i))) i++;
  const c = unitAt(key, i);
  return c === 47 || c === 116;
}

/** A "/" after at most two spaces: a cheap necessary test for WHOLE_AFTER. */
function slashAfter(key: string, at: number): boolean {
  let i = at;
  while (i - at < 2 && unitAt(key, i) === 32) i++;
  return unitAt(key, i) === 47;
}

/** (Any other lower-case word after the number, "60 bậc", "4 kịch bản", is read by count-words.ts wordsAfter and checked against NOT_COUNTED.) */
const WORD_START = named("count.word-start", /(?<![\p{L}\p{M}])[\p{L}\p{M}]/gu);
const NOT_COUNTED_SET = new Set([...NOT_COUNTED, ...MEASURE_UNITS.map((u) => u[0])].map(fold));

/** First syllables of compounds a counted noun phrase must not end on. */
const COMPOUND_START = new Set(["tiến", "thạc", "cơ", "nhà", "cử", "kĩ", "khoa", "nghiên", "sinh", "giáo", "doanh", "tập", "kinh"].map(fold));
const STOP = new Set(PHRASE_STOPS.map(fold));
/** Compounds whose second syllable is a stop word elsewhere: kept in the noun phrase. */
const STOP_COMPOUNDS = new Set(["dự bị"].map(fold));
const STOP_VERB = new Set(PHRASE_STOP_VERBS.map(fold));
/** After the noun: "con số", "lần thứ", "lần/tháng" (a frequency), "buổi/ngày". */
const NOT_AFTER_NOUN = named("count.not-after", new RegExp(src`^(?:\s{0,2}/\s{0,2}(?:\d{1,2}\s{0,2})?(?:ngày|tuần|tháng|năm|quí|lần|buổi|giờ)${R}|\s{1,2}thứ${R})`, "u"));
const BAD_NOUN = new Set(["con số", "con người", "con đường", "con đẻ", "con cháu", "con em", "lần lượt", "bộ phận", "bộ luật", "vụ trưởng", "ban hành", "ban đầu", "phần lớn", "phần nào", "phần trăm", "cơ sở vật chất", "đơn vị tính", "đoàn kết", "em út", "em trai", "em gái", "căn bệnh", "căn cứ", "con dấu", "bên đường", "bên cạnh", "bên trong", "bên ngoài", "bên lề", "bên bờ", "bên kia", "bên này"].map(fold));
const VEHICLE_NOUN_SET = new Set(VEHICLE_NOUNS.map(fold));
const VEHICLE_MAX_OF = new Map(Object.entries(VEHICLE_MAX).map(([w, n]) => [fold(w), n]));
/** A vehicle's word before the number, or before a first number of a list or range ("xe 3-4 bánh", "xe 7 chỗ, 16 chỗ"). */
const VEHICLE_BEFORE = named(
  "count.vehicle-before",
  new RegExp(
    src`${L}(?<!phân\s{1,2})${VEHICLE_WORDS}(?:\s{1,2}(?:dưới|trên|từ|khoảng|chừng))?\s{1,2}(?:\d{1,2}\s{0,2}(?:chỗ|bánh)?\s{0,2}(?:,|-|–|đến|hoặc|và)\s{0,2})?$`,
    "u",
  ),
);
/** A place for vehicles before the number of seats: "bãi đỗ xe 50 chỗ" (a capacity). */
const VEHICLE_PLACE = named("count.vehicle-place", new RegExp(src`${L}${VEHICLE_PLACES}(?:\s{1,2}${VEHICLE_PLACE_VERBS})?\s{1,2}(?:xe|ô\s{1,2}tô|ôtô)\s{1,2}$`, "u"));
const SEATS = fold("chỗ");
/** A thing counted right after "bánh"/"chỗ": "xe 12 bánh heroin". */
const VEHICLE_THING = named("count.vehicle-thing", new RegExp(src`^\s{1,2}${VEHICLE_THING_AFTER}${R}`, "u"));
/** The first words of BAD_NOUN. */
const BAD_FIRST = new Set([...BAD_NOUN].map((w) => w.split(" ")[0]!));
/** A noun's first word: up to its first space or comma ("tỉnh, thành phố" → "tỉnh"). */
function firstWord(noun: string): string {
  let i = 0;
  while (i < noun.length && noun.charCodeAt(i) !== 32 && noun.charCodeAt(i) !== 44) i++;
  return i === noun.length ? noun : noun.slice(0, i);
}
/** A one-letter word right before the number ("m 3 khí", "x 2"), other than the preposition "ở". */
const LONE_LETTER_BEFORE = named("count.LONE_LETTER_BEFORE", /(?:^|[^\p{L}])(?!ở)\p{L}\s{1,2}$/u);
/** Words after which "một" counts (people, units, or what wins an award): "có một cán bộ", "chỉ còn một doanh nghiệp". */
const ONE_AFTER = new Set(["có", "gồm", "chỉ", "còn", "thêm"].map(fold));
const ONE_COUNTS = new Set(["personnel", "training", "organization"]);
/** "gồm một phụ huynh và 10 học sinh": "một" is a part of a breakdown whose next part is counted. */
const GOM = fold("gồm");
const BREAKDOWN_NEXT = named("count.breakdown-next", /^(?: [\p{L}\p{M}]+){0,3}(?:,| và) {1,2}(?:\d|(?:hai|ba|bốn|năm|sáu|bải|tám|chín|mười)(?![\p{L}\p{M}]))/u);
/** "có một thành viên mới là bà X": an article introducing someone, not a count. */
const INTRODUCES = named("count.INTRODUCES", /^(?:\s{1,2}[\p{L}\p{M}]{1,6}){0,2}\s{1,2}là\s/u);
/** Nouns of BAD_NOUN that a digit number counts ("24 bộ phận cò"). */
const DIGIT_NOUNS = new Set(["bộ phận"].map(fold));
const CLASSIFIER_ONE = ["căn", "lô", "chiếc", "ngôi", "mảnh", "thửa", "camera", "con", "tấm"].map(fold);

/** A multiplier: "tăng gấp 2 lần", "tăng 3 lần", "gấp tới gần 20 lần" (up to two words between). */
/** (Not a bare "hơn": "khám bệnh hơn 50 lần" counts visits; "cao hơn 3 lần" is a multiplier.) */
/** (The second of two: "cao gấp 245 và 260 lần", "gấp 3 hoặc 4 lần", "gấp 2, 3 lần".) */
const MULTIPLIER = named("count.multiplier", new RegExp(src`${L}(?:gấp|tăng|giảm|nhân|lớn|cao|nhiều|ít)(?:\s{1,2}(?:gấp|hơn|khoảng|gần|tới|đến|lên)){0,2}\s{1,3}(?:\d[\d.,]{0,8}(?:\s{1,2}(?:và|hoặc)|,)\s{1,2})?$`, "u"));


export function recognizeCounts(ctx: Ctx): CountHit[] {
  const { doc } = ctx;
  const key = doc.key;
  const norm = doc.norm;
  const nums = scanNumbers(ctx);
  const out: CountHit[] = [];
  // the numbers a part/whole pair took in ("12.340 CĐ cơ sở/15.678 đơn vị"): those up to this index
  let consumedTo = -1;

  for (let i = 0; i < nums.length; i++) {
    const h = nums[i]!;
    if (i <= consumedTo) continue;
    if (!Number.isInteger(h.value) || h.value <= 0 || (h as { yearLike?: boolean }).yearLike) continue;
    if (h.form === "words" && !plainNumberWord(norm.slice(h.numStart, h.numEnd), norm, h.numStart)) continue;
    const beforeFrom = Math.max(0, h.numStart - 24);
    // ordinals and identifiers are small plain numbers: "cấp 3", "tổ 51", not "sơ cấp 13.464 người",
    // nor a level of training: "trung cấp 400 người", "sơ cấp 80 người"
    if (idBefore(key, h.numStart, h.numEnd, !!h.approx)) continue;
    // a mark, not a count: "đạt điểm 10 môn Toán", "điểm 10 tuyệt đối"
    if (markAfterScore(key, norm, h.numStart, h.numEnd, h.value)) continue;

    // the noun right after the number; else after its closing bracket ("64% (2.310) ý kiến"); else,
    // for a part of a whole, a listed noun after a short parenthesis ("45/52 (đạt 86%) đơn vị")
    // (both places worked out for every number, and each tried at the one call site: sites of their
    // own, first reached after V8 had optimised recognizeCounts, made it compile it again)
    const bracket = bracketAfterPercent(key, h);
    const afterBracket = h.end + 1;
    const afterParen = h.of !== undefined ? parenEnd(key, h.end) : -1;
    const second = bracket ? afterBracket : afterParen;
    let m: NounMatch | null = null;
    for (let at = h.end, k = 0; m === null && at >= 0; k++) {
      m = nounAfter(doc, at) ?? (k === 0 || bracket ? anyNoun(norm, key, at) : null);
      at = k === 0 ? second : -1;
    }
    if (!m) {
      if (h.of !== undefined && h.of > 12 && h.form === "digits") out.push(bare(ctx, h));
      else {
        const r = roleBefore(ctx, h);
        if (r) out.push(r);
      }
      continue;
    }
    // "chiếm 2/3 diện tích": a fraction of something that is not counted
    if (!m.listed && h.of !== undefined && h.of <= 12) continue;
    // "Viện 95 luôn …", "m 3 khí": a number inside a name or after a unit letter
    // a document named by its number: "Nghị định 205 hướng dẫn", "Thông tư số 15 quy định"
    // a body or programme named by its number: "Ban Chỉ đạo 389 quốc gia", "Chương trình 135 xã"
    if (docTypeBefore(norm, h.numStart) || numberedBodyBefore(norm, key, h.numStart)) continue;
    // ("Thông tư 15 …" reaches two words back; "Hà Nội có 3 cột mốc" does not: "có" states a count)
    const reach = STATES_COUNT.has(lastWord(key, h.numStart)) ? 1 : 2;
    // (a lone letter before the number is a unit or a label, "m 3 khí"; not the word "ở": "ở 22 lĩnh vực")
    // (a place's name is no name the number belongs to: "bàn giao cho Cảnh sát biển Việt Nam 6 tàu tuần tra";
    // in digits and two or more: "Hà Nội 1", "Một ngôi sao" after a place stay out)
    // ("khối Nội 120 giường, khối Ngoại 85 giường": a labelled item of a list of one noun is counted)
    if (!m.listed && ((previousWordCapitalised(norm, h.numStart, reach) && !(h.form === "digits" && h.value >= 2 && placeBefore(key, h.numStart)) && !(h.form === "digits" && labelledListItem(norm, key, h.numStart, m.nounStart, m.end))) || loneLetterBefore(key, beforeFrom, h.numStart, LONE_LETTER_BEFORE))) continue;
    const { noun, nounStart } = m;
    // a house number before a street: "1152 - 1154 đường Láng", "tại 25 phố Huế"
    if (houseNumber(key, norm, h.numStart, nounStart, !!h.range)) continue;
    // "Công ty TNHH một thành viên": a kind of company
    if (companyTypeBefore(key, h.numStart, noun)) continue;
    let end = m.end;
    // ("một bộ phận" is a part; "24 bộ phận cò" are counted)
    // (both start with the noun's first word, which must then start a BAD_NOUN entry)
    const bad = BAD_FIRST.has(firstWord(noun)) && (BAD_NOUN.has(key.slice(nounStart, Math.min(key.length, wordEnd(key, end))).replace(/\s+/g, " ")) || BAD_NOUN.has(noun));
    // (a counted digit noun tested for every noun, not only a bad one: first reached after V8 had
    // optimised recognizeCounts, the test made it compile recognizeCounts again)
    const digitNoun = h.form === "digits" && h.value > 1 && DIGIT_NOUNS.has(noun + " " + key.slice(end + 1, wordEnd(key, end)));
    if (bad && !digitNoun) continue;
    // a class of vehicle: "xe 3 bánh", "xe khách 45 chỗ", "ô tô 7 chỗ, 16 chỗ" (not "xe 42 bánh
    // heroin", "xe 3.600 bánh trung thu", "bãi đỗ xe 1.200 chỗ", "phân loại 300 chỗ"): a plausible
    // number of wheels or seats, no thing named after the noun
    if (
      VEHICLE_NOUN_SET.has(firstWord(noun)) &&
      h.value <= (VEHICLE_MAX_OF.get(firstWord(noun)) ?? 0) &&
      VEHICLE_BEFORE.test(key.slice(Math.max(0, h.start - 40), h.start)) &&
      !VEHICLE_THING.test(key.slice(end, end + 24)) &&
      !(firstWord(noun) === SEATS && VEHICLE_PLACE.test(key.slice(Math.max(0, h.start - 24), h.start)))
    )
      continue;
    if (mayBeNotAfter(key, end) && NOT_AFTER_NOUN.test(key.slice(end, end + 16))) continue;
    // ("gấp 2 - 3 lần": before the range's first number)
    if (noun === "lần" && MULTIPLIER.test(key.slice(Math.min(beforeFrom, h.start), h.range ? h.start : h.numStart))) continue;
    // "một thành viên mới" is an article; "một căn chung cư", "một lô đất" are counted
    // … unless the sentence counts the same noun beside it: "tám vị …, hai vị … và một vị …"
    // … or after "có/gồm/chỉ/còn" it counts people or units: "Toàn ngành có một cán bộ", "chỉ còn một doanh nghiệp"
    // … or what "có một …" counts wins an award: "Năm 2012 có một dự án đoạt giải Nhất"
    if (
      h.value === 1 &&
      h.form === "words" &&
      !CLASSIFIER_ONE.some((c) => noun === c || (noun.startsWith(c) && noun.charCodeAt(c.length) === 32)) &&
      !countedBeside(ctx, h.numStart, key.slice(nounStart, m.end)) &&
      !(lastWord(key, h.numStart) === GOM && BREAKDOWN_NEXT.test(key.slice(m.end, m.end + 40))) &&
      !(
        ONE_AFTER.has(lastWord(key, h.numStart)) &&
        !INTRODUCES.test(key.slice(m.end, m.end + 16)) &&
        (ONE_COUNTS.has(CATEGORY.get(noun) ?? "other") || countCategory(ctx, { numStart: h.numStart, nounStart, nounEnd: m.end, phraseEnd: extendPhrase(key, m.end), noun }) === "award")
      )
    )
      continue;
    // a number inside a name: "Điều 226 Bộ luật", "Viện 95 Bộ Quốc phòng"
    if (capitalised(norm, nounStart) && previousWordCapitalised(norm, h.numStart)) continue;

    const cls = m.cls;
    const phraseEnd = extendPhrase(key, end);
    const category = countCategory(ctx, { numStart: h.numStart, nounStart, nounEnd: m.end, phraseEnd, noun });
    end = phraseEnd;

    const hit: CountHit = shaped<CountHit>({
      kind: "count",
      start: h.start,
      end,
      rule: h.of !== undefined ? "count.pair" : cls ? "count.classifier" : CATEGORY.has(noun) ? "count.noun" : "count.other",
      value: discreteValue(h, key),
      category,
      noun: norm.slice(nounStart, end).trim(),
      numStart: h.numStart,
      numEnd: h.numEnd,
      of: h.of,
      approx: h.approx ? true : undefined,
      bound: h.bound ? h.bound : undefined,
      range: h.range ? h.range : undefined,
      ambiguous: h.ambiguous ? true : undefined,
    });

    // "12.340 CĐ cơ sở/15.678 đơn vị": a part and its whole, one figure
    consumedTo = pairWhole(ctx, hit, h.value, m.end, nums, i, consumedTo);
    out.push(hit);
  }
  return out;
}

/**
 * "12.340 CĐ cơ sở/15.678 đơn vị": when "/" and a larger whole follow the hit's noun (ending at
 * `nounEnd`), the hit becomes the pair (its `of`, rule and end), and the numbers the whole took
 * in, after the i-th, are consumed: the index of the last of them is returned, else `consumedTo`.
 * (A function of its own, called for every hit: in recognizeCounts the block, which few texts
 * reach, had no type feedback when V8 optimised it, and it compiled recognizeCounts again, the
 * dearest recompile of a cold process.)
 */
function pairWhole(ctx: Ctx, hit: CountHit, value: number, nounEnd: number, nums: NumberHit[], i: number, consumedTo: number): number {
  const key = ctx.doc.key;
  if (hit.of !== undefined || !slashAfter(key, nounEnd)) return consumedTo;
  const whole = WHOLE_AFTER.exec(key.slice(nounEnd, nounEnd + 40));
  const wv = whole ? parseDigits(whole[1]!, ctx.convention) : null;
  if (!whole || !wv || !Number.isInteger(wv.value) || !(wv.value > value)) return consumedTo;
  const wholeEnd = nounEnd + whole[0].length;
  const m2 = nounAfter(ctx.doc, wholeEnd);
  hit.of = wv.value;
  hit.rule = "count.pair";
  hit.end = m2 ? extendPhrase(key, m2.end) : wholeEnd;
  let last = consumedTo;
  for (let k = i + 1; k < nums.length && nums[k]!.numStart < wholeEnd; k++) last = k;
  return last;
}

/** Another number in the sentence counts the same noun: "môn Sử có một học sinh đạt giải Nhất, môn Văn có 2 học sinh …". */
const BESIDE_NUMBER = named("count.BESIDE_NUMBER", /(?:^|[^\p{L}\p{M}\p{N}])(?:\d{1,3}(?:[.,]\d{3})*|hai|ba|bốn|tư|năm|sáu|bải|bẩi|tám|chín|mười)\s{1,2}$/u);
function countedBeside(ctx: Ctx, at: number, noun: string): boolean {
  const s = sentenceAt(ctx, at);
  if (!s) return false;
  const key = ctx.doc.key;
  // (the occurrences that start inside the sentence: searched in it, not on to the end of the text)
  const text = key.slice(s.start, s.end + noun.length - 1);
  for (let j = text.indexOf(noun); j >= 0; j = text.indexOf(noun, j + 1)) {
    const i = s.start + j;
    if (Math.abs(i - at) < noun.length + 6) continue; // this count's own noun
    if (BESIDE_NUMBER.test(key.slice(Math.max(s.start, i - 12), i))) return true;
  }
  return false;
}

/**
 * The value of a count: "328,000 nhân viên" in a post that groups thousands by dots elsewhere is
 * 328 000 people, not 328 — things counted are whole, so a comma before exactly three digits
 * (with no scale word) groups thousands.
 */
function discreteValue(h: NumberHit, key: string): number {
  if (h.form !== "digits" || h.scaleWord !== undefined) return h.value;
  const digits = key.slice(h.numStart, h.numEnd);
  return COMMA_GROUP.test(digits) ? Number(digits.replace(",", "")) : h.value;
}
const COMMA_GROUP = named("count.COMMA_GROUP", /^\d{1,3},\d{3}$/);

/** A common noun that is in no list: counted as "other" unless NOT_COUNTED has it. */
function anyNoun(norm: string, key: string, at: number): NounMatch | null {
  // WORD_AFTER on the text as written (a lower-case word); the folded words are the same slices of doc.key
  const m = wordsAfter(norm, at);
  if (!m) return null;
  const nounStart = m.w;
  const w = key.slice(nounStart, m.wEnd);
  if (NOT_COUNTED_SET.has(w)) return null;
  if (m.w2End > m.wEnd) {
    const w2 = `${w} ${key.slice(m.wEnd + 1, m.w2End)}`;
    if (NOT_COUNTED_SET.has(w2)) return null;
  }
  return { nounStart, end: nounStart + w.length, noun: w, listed: false };
}

/** "45/52", "1.024/1.150": a part of a whole with no noun after it; the noun before decides. */
function bare(ctx: Ctx, h: NumberHit): CountHit {
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
    const n = listedNounAt(ctx.doc, at, false);
    if (n && n.end <= h.numStart) {
      last = n.noun;
      covered = n.end;
    }
  }
  const hit: CountHit = shaped<CountHit>({
    kind: "count",
    start: h.start,
    end: h.end,
    rule: "count.pair",
    value: h.value,
    of: h.of,
    category: (last && CATEGORY.get(last)) || "other",
    numStart: h.numStart,
    numEnd: h.numEnd,
    approx: h.approx ? true : undefined,
    ambiguous: h.ambiguous ? true : undefined,
  });
  return hit;
}

/**
 * Extend a noun with up to three following words that are not function words: "nhiệm vụ cấp Bộ";
 * one more when the third is the first syllable of a compound ("trình độ tiến" + "sĩ").
 */
function extendPhrase(key: string, end: number): number {
  let e = end;
  let prevEnd = end;
  let last = "";
  for (let k = 0; k < 4; k++) {
    if (k === 3 && !COMPOUND_START.has(last)) break;
    const w = spacedWordEnd(key, e, 24);
    if (w < 0) break;
    const word = key.slice(key.charCodeAt(e + 1) === 32 ? e + 2 : e + 1, w);
    // ("dự bị": one word with the stop word "bị", "12 đảng viên dự bị")
    if (STOP.has(word) && !(k > 0 && STOP_COMPOUNDS.has(`${last} ${word}`))) {
      // "một con trở nên …": the whole verb is left out, not only its stop word
      if (k > 0 && STOP_VERB.has(`${last} ${word}`)) e = prevEnd;
      break;
    }
    prevEnd = e;
    e = w;
    last = word;
  }
  return e;
}

/** Verbs and words after which a number states how many: "có 3 …", "gồm 5 …", "là 90 …". */
const STATES_COUNT = new Set(["có", "là", "gồm", "với", "được", "đạt", "thêm", "còn", "chỉ", "và", "mới", "tổng", "hơn", "khoảng", "gần", "trên", "dưới", "hết", "mất", "cả"].map(fold));

