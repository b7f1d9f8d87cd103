/**
 * The category of a count (GOLD.md `category`): from the counted noun's head and its modifiers.
 *
 *   "126 nhiệm vụ", "29 bài báo", "145 học viên"         → the head's list (count-nouns.ts)
 *   "kiểm tra hơn 200 hướng dẫn viên", "xử phạt 3 người" → other (people inspected, fined, treated)
 *   "vinh danh 120 doanh nghiệp"                           → award
 *   "5 dự án đoạt giải", "63 tác phẩm để trao giải"        → award (whatever the head)
 *   "430 học viên tốt nghiệp"                              → training
 *   "số học sinh … đều trên 2.000 em" (learners named in the sentence) → training
 *   "Cả 10 học sinh tham dự đội tuyển đều có giải"         → training (the head; "có giải" is what they won)
 *   "610 mô hình dòng họ học tập"                          → award (a title inside the phrase)
 *   "740 cán bộ được tập huấn", "làm chết 9 người"        → training, other (the clause)
 *
 * Order of precedence when words disagree — the first that applies decides:
 *   1. the verb right before the number, for nouns of people, units or works (OBJECT_VERBS → other,
 *      for people but not members of a party, union or board, MEMBER_NOUNS; AWARD_VERBS, maybe with
 *      AWARD_LINKS, or AWARD_FOR_VERBS … "cho" → award);
 *   2. the words right after the noun, its modifiers (AWARD_AFTER → award, any head but "lần";
 *      TRAINING_AFTER → training, people; an exam, "dự thi" → training for people in general;
 *      PARTICIPATION_AFTER → the head's own category);
 *   3. an award title inside the noun phrase (AWARD_TITLES_IN_PHRASE → award);
 *   4. the clause around a noun of people or units, nearest clue first (awards, training; victims,
 *      patients and defendants → other for people in general only), within 90 characters, not inside
 *      a capitalised name ("Bộ Giáo dục và Đào tạo" is no training), an award not when it is another
 *      count's noun ("400 điển hình tiên tiến và 120 đại biểu");
 *      exam words make people in general candidates (EXAM_CLUES → training); in a court or crime
 *      report (CRIME_DOC_WORDS, three of them) people in general and office holders left as staff
 *      are other, unless their sentence disciplines them (DISCIPLINE_CLUES: staff);
 *      works in a sentence about films or songs → other;
 *   5. the head's own list: the longest listed noun; a classifier gives way to the noun after it.
 */
import type { Category } from "../schema.js";
import type { Ctx } from "./types.js";
import { sentenceAt } from "./date.js";
import { letterRunEnd } from "./count-words.js";
import { firstWordsOf } from "./phrase.js";
import { fold } from "../text/fold.js";
import { L as LS, R as RS, named, src, words } from "../text/rx.js";
import {
  AWARD_NOUNS,
  EVENT_NOUNS,
  ORGANIZATION_NOUNS,
  OTHER_NOUNS,
  PEOPLE_FLEX,
  PERSONNEL_NOUNS,
  PUBLICATION_NOUNS,
  TASK_NOUNS,
  TRAINING_NOUNS,
  MEMBER_NOUNS,
  UNIT_FLEX,
  WORK_FLEX,
} from "../lexicon/count-nouns.js";
import { AWARD_CLUES, CRIME_DOC_WORDS, INCIDENT_DOC_WORDS, DISCIPLINE_CLUES, EXAM_CLUES, FIGHT_CLUES, CHILD_AFTER, GROUP_NOUNS, LEARNER_NOUNS, LEARNER_PRONOUNS, OTHER_PEOPLE_CLUES, SCREEN_CLUES, TRAINING_CLUES } from "../lexicon/count-clues.js";
import {
  AWARD_AFTER,
  AWARD_FOR_VERBS,
  AWARD_LINKS,
  AWARD_TITLES_IN_PHRASE,
  AWARD_VERBS,
  DESCRIBING_WORDS,
  GENERIC_PEOPLE,
  OBJECT_LINKS,
  OBJECT_VERBS,
  PARTICIPATION_AFTER,
  TRAINING_AFTER,
} from "../lexicon/count-modifiers.js";
import { clueInUnitName } from "./clue-in-name.js";
import { cls, DIGIT as DIGIT_BIT, LETTER as LETTER_BIT, unitAt } from "../text/chars.js";

const L = named("category.L", new RegExp(LS));
const R = named("category.R", new RegExp(RS));

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
export const CATEGORY = new Map<string, Category>();
for (const [cat, list] of BY_CATEGORY) for (const w of list) if (!CATEGORY.has(fold(w))) CATEGORY.set(fold(w), cat);
const PEOPLE = new Set(PEOPLE_FLEX.map(fold));
const UNITS = new Set(UNIT_FLEX.map(fold));
const GENERIC = new Set(GENERIC_PEOPLE.map(fold));
const WORKS = new Set(WORK_FLEX.map(fold));
const MEMBERS = new Set(MEMBER_NOUNS.map(fold));
const EXAMS = new Set(EXAM_CLUES.map(fold));
/** Counts of times: never what was awarded. */
const TIMES = new Set(["lần", "lượt"].map(fold));
/** Office holders read as defendants in a court or crime report ("xét xử 5 cán bộ địa chính …"); not police on duty ("cán bộ, chiến sĩ"). */
const CRIME_PEOPLE = new Set(["cán bộ", "cán bộ lãnh đạo", "giám đốc", "phó giám đốc", "tổng giám đốc", "chủ tịch", "phó chủ tịch", "trưởng phòng"].map(fold));

/** How far (characters) a clue may stand from the counted noun. */
const CLUE_REACH = 90;

// no left-edge lookbehind at the front (it makes V8 try every position): the edge is checked in clueDistance
const TRAINING_CLUE = named("count.training-clue", new RegExp(src`${words(TRAINING_CLUES)}${R}`, "gu"));
const AWARD_CLUE = named("count.award-clue", new RegExp(src`${words(AWARD_CLUES)}${R}`, "gu"));
const OTHER_CLUE = named("count.other-clue", new RegExp(src`${words(OTHER_PEOPLE_CLUES)}${R}`, "gu"));
const DISCIPLINE_CLUE = named("count.discipline-clue", new RegExp(src`${words(DISCIPLINE_CLUES)}${R}`, "gu"));
const SCREEN_CLUE = named("count.screen-clue", new RegExp(src`${words(SCREEN_CLUES)}${R}`, "gu"));
const FIGHT_CLUE = named("count.fight-clue", new RegExp(src`${words(FIGHT_CLUES)}${R}`, "gu"));
const GROUPS = new Set(GROUP_NOUNS.map((g) => fold(g)));
const EXAM_CLUE = named("count.exam-clue", new RegExp(src`${words(EXAM_CLUES)}${R}`, "gu"));
const CRIME_WORD = named("count.crime-word", new RegExp(src`${words(CRIME_DOC_WORDS)}${R}`, "gu"));
const INCIDENT_WORD = named("count.incident-word", new RegExp(src`${words([...CRIME_DOC_WORDS, ...INCIDENT_DOC_WORDS])}${R}`, "gu"));
const LEARNER_CLUE = named("count.learner-clue", new RegExp(src`${words(LEARNER_NOUNS)}${R}`, "gu"));
const LEARNER_PRONOUN = new Set(LEARNER_PRONOUNS.map(fold));
const CHILD = named("count.child-after", new RegExp(src`^ {1,2}${words(CHILD_AFTER)}${R}`, "u"));

/** Qualifiers between a verb and the number: "kiểm tra hơn 200 …". */
const QUALIFIER = words(["hơn", "gần", "khoảng", "trên", "dưới", "tới", "đến", "lên tới", "chừng", "cả"]);
/** An object verb right before the number, or before a link word and the number (at most 5 words between). */
const OBJECT_BEFORE = named(
  "count.object-verb",
  new RegExp(src`${L}${words(OBJECT_VERBS)}(?:(?:[ ,]{1,2}[\p{L}\p{M}]{1,8}){0,5}[ ]{1,2}${words(OBJECT_LINKS)})?[ ]{1,2}(?:${QUALIFIER}[ ]{1,2})?$`, "u"),
);
/** An honouring verb right before the number: "vinh danh 120 doanh nghiệp", "tôn vinh 100 người", "khen thưởng cho 20 em". */
const AWARD_BEFORE = named(
  "count.award-verb",
  new RegExp(
    src`${L}(?:${words(AWARD_VERBS)}(?:[ ]{1,2}${words(AWARD_LINKS)})?|${words(AWARD_FOR_VERBS)}(?:[ ]{1,2}[\p{L}\p{M}\p{N}]{1,8}){1,6}[ ]{1,2}cho)[ ]{1,2}(?:${QUALIFIER}[ ]{1,2})?$`,
    "u",
  ),
);
const AWARD_AFTER_RE = named("count.award-after", new RegExp(src`${words(AWARD_AFTER)}${R}`, "uy"));
const TRAINING_AFTER_RE = named("count.training-after", new RegExp(src`${words(TRAINING_AFTER)}${R}`, "uy"));
const PARTICIPATION_RE = named("count.participation", new RegExp(src`${words(PARTICIPATION_AFTER)}${R}`, "uy"));
/** A course right after "tham gia"/"tham dự": "tham gia đào tạo", "tham dự lớp tập huấn". */
const TRAINING_NEXT = named("count.training-next", new RegExp(src`^ {1,2}(?:(?:các|lớp|khóa|chương trình) {1,2})?${words(TRAINING_CLUES)}${R}`, "u"));
const DESCRIBING_RE = named("count.describing", new RegExp(src`${words(DESCRIBING_WORDS)}${R}`, "uy"));
const AWARD_TITLE_RE = named("count.award-title", new RegExp(src`${words(AWARD_TITLES_IN_PHRASE)}${R}`, "uy"));

export interface CountNoun {
  numStart: number;
  /** the listed noun */
  nounStart: number;
  nounEnd: number;
  /** the noun phrase (the noun and up to three words after it) */
  phraseEnd: number;
  /** folded, single-spaced */
  noun: string;
}

/** The category of a counted noun in its context (the order of precedence is in the header). */
export function countCategory(ctx: Ctx, n: CountNoun): Category {
  const { key, norm } = ctx.doc;
  // ("em" in a sentence that names learners are learners: "số học sinh … đều trên 2.000 em")
  // (not small children: "hai em bé", "3 em nhỏ")
  const base = LEARNER_PRONOUN.has(n.noun) && !CHILD.test(key.slice(n.nounEnd, n.nounEnd + 8)) && clueSentence(LEARNER_CLUE, ctx, n.numStart) ? "training" : (CATEGORY.get(n.noun) ?? "other");
  const people = PEOPLE.has(n.noun);
  const unit = UNITS.has(n.noun);
  // 1. the verb right before the number (people: any noun of staff, trainees or people in general)
  const person = people || base === "personnel" || base === "training";
  // members of a party, union or board stay members whatever is done to them ("kỷ luật 7 đảng viên")
  const member = MEMBERS.has(n.noun);
  if (person || unit || WORKS.has(n.noun)) {
    const before = clauseBefore(key, n.numStart);
    if (person && !member && OBJECT_BEFORE.test(before)) return "other";
    if (AWARD_BEFORE.test(before)) return "award";
  }
  // 2. the modifiers after the noun
  const mod = modifierAfter(key, norm, n.nounEnd, n.phraseEnd);
  // ("2 lần được phong tặng danh hiệu": times, not what was given)
  if (mod === "award" && !TIMES.has(n.noun)) return "award";
  if (mod === "training" && people) return "training";
  // candidates of an exam are learners; staff sitting one ("giáo viên dự thi") stay staff
  if (mod === "exam") return GENERIC.has(n.noun) ? "training" : base;
  if (mod === "participation") return base;
  // 3. an award title inside the noun phrase
  if (titleInPhrase(key, n.nounEnd, n.phraseEnd)) return "award";
  // 4. the clause; in a court or crime report, people in general and bare "cán bộ" the clause does not
  // make trainees or award winners are defendants, victims or witnesses ("nhận tiền của 35 người")
  if (people || unit) {
    const c = fromClause(ctx, n.numStart, n.nounStart, n.nounEnd, base, people && !member, GENERIC.has(n.noun));
    // … but staff disciplined by their office stay staff ("cách chức 2 cán bộ", "khiển trách 5 người khác")
    // (people in general in an accident or an incident investigated: passengers, witnesses, relatives)
    const generic = GENERIC.has(n.noun);
    const outsiders = generic || CRIME_PEOPLE.has(n.noun) ? crimeReport(ctx) || (generic && incidentReport(ctx)) : false;
    return c === "personnel" && outsiders && !disciplined(ctx, n.numStart, n.nounStart, n.nounEnd) ? "other" : c;
  }
  if (WORKS.has(n.noun) && screenSentence(ctx, n.numStart)) return "other";
  // the sides or gangs of a fight are no organizations ("hai bên xô xát", "2 nhóm ẩu đả")
  if (GROUPS.has(n.noun) && clueSentence(FIGHT_CLUE, ctx, n.numStart)) return "other";
  // 5. the head
  return base;
}

/** The ≤60 characters before `at` in the same clause (after the last "." ";" ":" or line break). */
function clauseBefore(key: string, at: number): string {
  const s = key.slice(Math.max(0, at - 60), at);
  let cut = -1;
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 59 || c === 58 || c === 10) {
      cut = i;
      break;
    }
  }
  return s.slice(cut + 1);
}

/**
 * What the words right after the noun say: a win, a course completed, a participation. Positions
 * tried: each word start up to the end of the noun phrase, then past describing or capitalised
 * words ("Bảy thí sinh Việt Nam giành giải", "Ba thí sinh khác được tặng").
 */
function modifierAfter(key: string, norm: string, nounEnd: number, phraseEnd: number): "award" | "training" | "participation" | "exam" | null {
  let p = nounEnd;
  for (let guard = 0; guard < 10; guard++) {
    // one space between words; stop at punctuation
    if (unitAt(key, p) !== 32) return null;
    p++;
    if (unitAt(key, p) === 32) p++;
    // (each pattern starts with one of its words' first words: the run of letters at p)
    const word = key.slice(p, letterRunEnd(key, p));
    if (MODIFIER_FIRSTS.has(word)) for (const [re, what] of MODIFIERS) {
      re.lastIndex = p;
      if (!re.test(key)) continue;
      // taking part in a course is training: "19 lượt cán bộ tham gia đào tạo, bồi dưỡng"
      if (what === "participation" && TRAINING_NEXT.test(key.slice(re.lastIndex, re.lastIndex + 40))) return "training";
      // sitting an exam: "9.500 em dự thi vào lớp 10"
      if (what === "participation" && EXAMS.has(key.slice(p, re.lastIndex).replace(/ +/g, " "))) return "exam";
      return what;
    }
    // the next word: inside the phrase, describing, or capitalised
    DESCRIBING_RE.lastIndex = p;
    const d = DESCRIBING_FIRSTS.has(word) ? DESCRIBING_RE.exec(key) : null;
    let e = d ? p + d[0].length : p;
    if (!d) while (e < key.length && isWordUnit(key.charCodeAt(e))) e++;
    if (e === p) return null;
    if (!d && p >= phraseEnd && !UPPER.test(norm[p]!)) return null;
    p = e;
  }
  return null;
}

const MODIFIERS = [
  [AWARD_AFTER_RE, "award"],
  [TRAINING_AFTER_RE, "training"],
  [PARTICIPATION_RE, "participation"],
] as const;
/** The first words of the modifiers and of the describing words (all letters: a match at p starts with the run of letters there). */
const MODIFIER_FIRSTS = firstWordsOf([...AWARD_AFTER, ...TRAINING_AFTER, ...PARTICIPATION_AFTER]);
const DESCRIBING_FIRSTS = firstWordsOf(DESCRIBING_WORDS);
for (const w of [...MODIFIER_FIRSTS, ...DESCRIBING_FIRSTS]) if (!/^[\p{L}\p{M}]+$/u.test(w)) throw new Error(`category.ts: a first word not all letters: ${w}`);

/** An award title written inside the noun phrase: "610 mô hình dòng họ học tập". */
function titleInPhrase(key: string, nounEnd: number, phraseEnd: number): boolean {
  for (let p = nounEnd; p < phraseEnd; p++) {
    if (key.charCodeAt(p) !== 32) continue;
    AWARD_TITLE_RE.lastIndex = p + 1;
    if (AWARD_TITLE_RE.test(key)) return true;
  }
  return false;
}

/** A letter, mark or digit unit (Latin and Vietnamese ranges; anything else ends a word). */
function isWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1ea0 && c <= 0x1ef9) || (c >= 0x300 && c <= 0x36f);
}

const LETTER = named("category.LETTER", /[\p{L}\p{M}\p{N}]/u);
/** (A module constant: bundlers such as esbuild rewrite a literal with \p{…} into `new RegExp` at each use.) */
const UPPER = named("category.UPPER", /\p{Lu}/u);
/** A number (and a classifier) right before a clue: the clue is another count's noun ("400 điển hình"). */
const COUNT_BEFORE = named("category.COUNT_BEFORE", /\d[ ]{0,2}(?:(?:lượt|vị|em)[ ]{1,2})?$/u);
/** A capitalised word among the two words before a clue: the clue is part of a name ("Bộ Giáo dục và Đào tạo"). */
const NAME_BEFORE = named("category.NAME_BEFORE", /\p{Lu}[\p{Ll}\p{M}]*(?: [\p{Ll}\p{M}]+)? (?:và |& )?$/u);

/**
 * Distance from the clue of `re` nearest to [numStart, nounEnd) inside key[from, to) (the slice
 * `text`), not inside the noun, not inside a capitalised name, and (for awards, `ownNounOnly`) not
 * the noun of another count;
 * Infinity when there is none.
 */
function clueDistance(re: RegExp, ctx: Ctx, text: string, from: number, numStart: number, nounStart: number, nounEnd: number, ownNounOnly = false): number {
  const { key, norm } = ctx.doc;
  let best = Infinity;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const at = from + m.index;
    if (at > 0 && letterBefore(key, at)) continue; // not at a word start
    if (at >= nounStart && at < nounEnd) continue; // the noun itself ("học viên")
    const end = at + m[0].length;
    const before = at < numStart;
    // the noun of another count: "gần 400 điển hình tiên tiến và 120 đại biểu khách mời"
    // (an award belongs to what it names; "Ngoài 4 bị cáo, … 700 người" is still the court's people)
    // (tested for every clue before the number, whatever the kind: a test for awards alone, first
    // reached after V8 had optimised fromClause, made it compile fromClause again)
    const countBefore = before && COUNT_BEFORE.test(key.slice(Math.max(0, at - 16), at));
    if (ownNounOnly && countBefore) continue;
    // inside a name: "Đại diện của Bộ Giáo dục và Đào tạo"
    // (both tested for every clue: the second, reached only after a capital, was first reached after
    // V8 had optimised fromClause, which inlines this, and it deopted)
    const upper = UPPER.test(norm[at]!);
    const nameBefore = NAME_BEFORE.test(norm.slice(Math.max(0, at - 30), at));
    if (upper && nameBefore) continue;
    // inside a unit's name read from its head: "Trưởng Ban Thi đua khen thưởng"
    if (clueInUnitName(ctx.doc, at, end)) continue;
    const d = before ? numStart - end : at - nounEnd;
    if (d < best) best = d;
  }
  return best;
}

/** The sentence of a count of works speaks of films, shows or songs ("3 tác phẩm … phòng vé"). */
function screenSentence(ctx: Ctx, at: number): boolean {
  return clueSentence(SCREEN_CLUE, ctx, at);
}
/** A clue of `re` in the sentence of `at`. */
function clueSentence(re: RegExp, ctx: Ctx, at: number): boolean {
  const s = sentenceAt(ctx, at);
  const key = ctx.doc.key;
  const text = s ? key.slice(s.start, s.end) : key.slice(Math.max(0, at - 200), at + 200);
  const from = s ? s.start : Math.max(0, at - 200);
  return clueDistance(re, ctx, text, from, at, at, at) < Infinity;
}

/** LETTER.test(key[at - 1]). */
function letterBefore(key: string, at: number): boolean {
  const c = key.charCodeAt(at - 1);
  // (ASCII by the class table: the range tests' last comparisons, reached only for a capital, were
  // first reached after V8 had optimised fromClause, which inlines this, and it deopted)
  if (c < 0x80) return (cls(c) & (LETTER_BIT | DIGIT_BIT)) !== 0;
  return LETTER.test(key[at - 1]!);
}

/** Training, award or other when the clause around the noun says so, else the noun's own category. */
function fromClause(ctx: Ctx, numStart: number, nounStart: number, nounEnd: number, base: Category, people: boolean, generic: boolean): Category {
  const key = ctx.doc.key;
  const s = sentenceAt(ctx, numStart);
  let from = Math.max(s ? s.start : 0, numStart - CLUE_REACH);
  let to = Math.min(s ? s.end : key.length, nounEnd + CLUE_REACH);
  // the clause starts after a ';' between `from` and the number (read back no further than
  // `from`: a lastIndexOf over the whole text made a long sentence without ';' quadratic)
  for (let i = numStart - 1; i >= from; i--) {
    if (key.charCodeAt(i) === 59) {
      from = i + 1;
      break;
    }
  }
  // after the noun the clause ends at a comma too: "8.500 nhân viên, tổ chức 110 khóa đào tạo"
  for (let i = nounEnd; i < to; i++) {
    const c = key.charCodeAt(i);
    if (c === 59 || c === 44) {
      to = i;
      break;
    }
  }
  const text = key.slice(from, to);
  // The five clue distances from one call site (Infinity where a clue is not asked for), in the
  // order they were tried: award (not the noun of another count), training, exam (it makes people
  // in general candidates: "8.000 em thi tuyển vào lớp 10"), other (victims, patients, defendants:
  // people in general, "làm chết 9 người", not staff near them), and discipline, asked when the
  // count is an award or an award clue was found. (Calls of their own, each first reached after
  // V8 had optimised fromClause, made it compile fromClause again.)
  let award = Infinity;
  let training = Infinity;
  let exam = Infinity;
  let other = Infinity;
  let discipline = Infinity;
  const awardBase = base === "award";
  for (let k = 0; k < CLUES.length; k++) {
    const asked = k === 0 || (k === 1 ? people : k < 4 ? people && generic : awardBase || award < Infinity);
    const d = asked ? clueDistance(CLUES[k]!, ctx, text, from, numStart, nounStart, nounEnd, k === 0) : Infinity;
    if (k === 0) award = d;
    else if (k === 1) training = d;
    else if (k === 2) exam = d;
    else if (k === 3) other = d;
    else discipline = d;
  }
  training = Math.min(training, exam);
  const best = Math.min(award, training, other);
  // (every comparison made for every count, and the answer chosen after: made only when a clue was
  // found, they had seen small integers alone, and the first Infinity deopted fromClause)
  const nearestOther = best === other;
  const nearestTraining = best === training;
  // "2 tập thể bị xử lý kỷ luật": disciplined, not awarded (when nearer than any other clue)
  if (discipline <= best && discipline < Infinity) return awardBase ? "other" : base;
  if (best === Infinity) return base;
  return nearestOther ? "other" : nearestTraining ? "training" : "award";
}

/** The clues fromClause measures, in its order. */
const CLUES = [AWARD_CLUE, TRAINING_CLUE, EXAM_CLUE, OTHER_CLUE, DISCIPLINE_CLUE];

/** A discipline word in the sentence of the count, within CLUE_REACH of it: "Sở cách chức 2 cán bộ". */
function disciplined(ctx: Ctx, numStart: number, nounStart: number, nounEnd: number): boolean {
  const key = ctx.doc.key;
  const s = sentenceAt(ctx, numStart);
  const from = Math.max(s ? s.start : 0, numStart - CLUE_REACH);
  const to = Math.min(s ? s.end : key.length, nounEnd + CLUE_REACH);
  return clueDistance(DISCIPLINE_CLUE, ctx, key.slice(from, to), from, numStart, nounStart, nounEnd) < Infinity;
}

/** A court or crime report: three or more of CRIME_DOC_WORDS in the text (counted once per document). */
function crimeReport(ctx: Ctx): boolean {
  let v = ctx.doc.memo.crime as boolean | undefined;
  if (v === undefined) ctx.doc.memo.crime = v = threeOf(ctx, CRIME_WORD);
  return v;
}

/** A report of a crime, an accident or an incident investigated: three or more of CRIME_DOC_WORDS and INCIDENT_DOC_WORDS. */
function incidentReport(ctx: Ctx): boolean {
  let v = ctx.doc.memo.incident as boolean | undefined;
  if (v === undefined) ctx.doc.memo.incident = v = threeOf(ctx, INCIDENT_WORD);
  return v;
}

/** Three different words of `re` in the text, each at a word start. */
function threeOf(ctx: Ctx, re: RegExp): boolean {
  const seen = new Set<string>();
  re.lastIndex = 0;
  for (const m of ctx.doc.key.matchAll(re)) {
    if (m.index > 0 && letterBefore(ctx.doc.key, m.index)) continue;
    seen.add(m[0].replace(/\s+/g, " "));
    if (seen.size >= 3) break;
  }
  return seen.size >= 3;
}

/** Whether `noun` (folded) is listed. */
export function listed(noun: string): boolean {
  return CATEGORY.has(noun);
}
