/**
 * Whether two figures count the same kind of thing: the whole of a breakdown and its parts, a
 * plan and what was done, a value and its base.
 *
 *   compatible(38 đơn vị, 12 khoa)          → "yes"  (khoa ⊂ đơn vị)
 *   compatible(120 cán bộ, 80 nữ)           → "yes"  (both people)
 *   compatible(03 nhiệm vụ, 02 chuyển tiếp) → "yes"  (the noun is elided: a qualifier stands for it)
 *   compatible(3 camera, 48 megapixel)      → "no"   (a unit, not a kind of camera)
 *   compatible(52 đối tượng, 85 viên)       → "no"   (people and pills)
 *   compatible(4 gói, 600 viên)             → "unknown" (neither word is known to relate)
 *   compatible(10 tỷ đồng, 5 tỷ đồng)       → "yes"; (10 tỷ đồng, 5 triệu USD) → "no"
 */
import type { Figure } from "../schema.js";
import { fold } from "../text/fold.js";
import { foldKey } from "../text/fold-fixed.js";
import { cls, SPACE } from "../text/chars.js";
import { CLASSIFIERS, HYPERNYMS, NEVER_WHOLE, NOT_A_KIND, NOUN_ABBREVIATIONS, PEOPLE_WORDS, PREDICATE_STARTS } from "../lexicon/kinds.js";
import { FRAME_WORDS, PARTITIONS } from "../lexicon/partitions.js";
import {
  AWARD_NOUNS,
  EVENT_NOUNS,
  ORGANIZATION_NOUNS,
  OTHER_NOUNS,
  PERSONNEL_NOUNS,
  PUBLICATION_NOUNS,
  TASK_NOUNS,
  TRAINING_NOUNS,
} from "../lexicon/count-nouns.js";
import { named } from "../text/rx.js";

const f = (w: string) => fold(w).replace(/\s+/g, " ").trim();
const PEOPLE = new Set(PEOPLE_WORDS.map(f));
const CLASSIFIER = new Set(CLASSIFIERS.map(f));
const PREDICATE = new Set(PREDICATE_STARTS.map(f));
const NOT_KIND = new Set(NOT_A_KIND.map(f));
const NEVER = new Set(NEVER_WHOLE.map(f));
/** hypernym → its direct hyponyms */
const BELOW = new Map<string, Set<string>>();
for (const [h, list] of HYPERNYMS) {
  const set = BELOW.get(f(h)) ?? new Set<string>();
  for (const w of list) set.add(f(w));
  BELOW.set(f(h), set);
}
/** The kinds of things the hypernyms list (people words apart: "cá nhân" of "tập thể và cá nhân"). */
const THINGS = new Set<string>([...BELOW.values()].flatMap((x) => [...x]).filter((w) => !PEOPLE.has(w)));
/** Every noun the lexicons know, to find the head of a noun phrase (longest first). */
const KNOWN = new Set<string>([
  ...PEOPLE,
  ...NOT_KIND,
  ...[...BELOW.keys()],
  ...[...BELOW.values()].flatMap((s) => [...s]),
  ...[...TASK_NOUNS, ...PUBLICATION_NOUNS, ...TRAINING_NOUNS, ...PERSONNEL_NOUNS, ...ORGANIZATION_NOUNS, ...AWARD_NOUNS, ...EVENT_NOUNS, ...OTHER_NOUNS].map(f),
]);
const MAX_WORDS = Math.max(...[...KNOWN].map((w) => w.split(" ").length));
/** Words that start an elided noun: "02 chuyển tiếp", "03 cấp Bộ", "5 mở mới", "40 nữ". */
const PARTITION_VALUES = new Set<string>(PARTITIONS.flatMap((p) => p.values.map(f)));
const QUALIFIER_START = new Set<string>([...PARTITION_VALUES, ...FRAME_WORDS.map(f)]);
const QUALIFIER_FIRST = new Set([...QUALIFIER_START].map((w) => w.split(" ")[0]!));
const FRAMES = new Set(FRAME_WORDS.map(f));
/** "htx" → ["hợp", "tác", "xã"]: an abbreviated noun read as the noun. */
const ABBR = new Map<string, string[]>(NOUN_ABBREVIATIONS.map(([a, full]) => [f(a), f(full).split(" ")]));

export interface Kind {
  /** The head noun (folded): "đơn vị trực thuộc" of "đơn vị trực thuộc của trường", "khách" of "lượt khách du lịch". */
  head: string;
  /** The head and its shorter known forms: "đơn vị trực thuộc" → ["đơn vị trực thuộc", "đơn vị"]. */
  bases: string[];
  /** Only a classifier or a qualifier: the noun of the whole is understood ("412.000 lượt", "02 chuyển tiếp"). */
  elided: boolean;
  people: boolean;
  known: boolean;
}

/**
 * Kinds already read, by noun phrase: a text asks for the same few nouns many times (each figure,
 * each candidate whole), and reading one was most of makeRelateCtx's time. The kinds are frozen:
 * they are shared. Emptied when it grows past KIND_CACHE_MAX phrases.
 */
const KINDS = new Map<string, Kind>();
const KIND_CACHE_MAX = 20_000;

/** The head of a counted noun phrase (folded words): the longest known noun that starts it. */
export function kindOf(noun: string | undefined): Kind {
  const key = noun ?? "";
  let k = KINDS.get(key);
  if (k === undefined) {
    if (KINDS.size >= KIND_CACHE_MAX) KINDS.clear();
    k = readKind(key);
    Object.freeze(k.bases);
    KINDS.set(key, Object.freeze(k));
  }
  return k;
}

/** (the words of f(noun) with "(),;:" read as spaces: fold, then split at white space and those marks) */
function readKind(noun: string): Kind {
  return kindOfWords(splitKind(foldKey(noun)));
}
export const KIND_SPLIT = named("kinds.KIND_SPLIT", /[\s(),;:]+/);

/**
 * s.split(KIND_SPLIT).filter(Boolean) in one pass over the units, with the character tables for
 * white space (/\s/ has no member above U+FFFF): the runs between white space and "(),;:".
 */
export function splitKind(s: string): string[] {
  const out: string[] = [];
  let a = -1;
  for (let i = 0, n = s.length; i <= n; i++) {
    const c = i < n ? s.charCodeAt(i) : 32;
    const sep = c === 40 || c === 41 || c === 44 || c === 59 || c === 58 || (cls(c) & SPACE) !== 0;
    if (sep) {
      if (a >= 0) out.push(s.slice(a, i));
      a = -1;
    } else if (a < 0) a = i;
  }
  return out;
}

/** The known nouns as a trie over their words: a node per word, with the noun where one ends there. */
class NounNode {
  phrase: string | null = null;
  readonly next = new Map<string, NounNode>();
}
const NOUNS = new NounNode();
for (const w of KNOWN) {
  let n = NOUNS;
  for (const x of w.split(" ")) {
    let c = n.next.get(x);
    if (c === undefined) n.next.set(x, (c = new NounNode()));
    n = c;
  }
  n.phrase = w;
}

/** The known nouns that start at ws[i], longest first, read from the trie (no phrase joined to look up). */
export function knownAt(ws: readonly string[], i: number): string[] {
  const out: string[] = [];
  for (let node = NOUNS.next.get(ws[i]!), k = i + 1; node !== undefined; k++) {
    if (node.phrase !== null) out.push(node.phrase);
    node = k < ws.length ? node.next.get(ws[k]!) : undefined;
  }
  return out.reverse();
}

/**
 * The reading of the known nouns at words[i] that kindOfWords had before the trie (for its
 * property test): the phrases of 1, 2, … words from i, joined, then looked up longest first.
 */
export function knownAtSpec(ws: readonly string[], i: number): string[] {
  const bases: string[] = [];
  if (KNOWN_FIRST.has(ws[i]!)) {
    const phrases: string[] = [];
    for (let n = 1, acc = ""; n <= Math.min(MAX_WORDS, ws.length - i); n++) phrases.push((acc = n === 1 ? ws[i]! : `${acc} ${ws[i + n - 1]}`));
    for (let n = phrases.length; n >= 1; n--) {
      const w = phrases[n - 1]!;
      if (KNOWN.has(w)) bases.push(w);
    }
  }
  return bases;
}

/** First words of the known nouns: a head (see kindOfWords) starts with one; and of the partition values. */
const KNOWN_FIRST = new Set([...KNOWN].map((w) => w.split(" ")[0]!));
KNOWN_FIRST.delete(""); // (no head starts with no word: mayHaveHead reads "" past the end)
const PARTITION_FIRST = new Set([...PARTITION_VALUES].map((w) => w.split(" ")[0]!));

/**
 * A quick necessary test for kindOfWords(words.slice(from)) to be a known kind with a head of its
 * own (known, not elided): the head starts at the first or the second word (after a classifier),
 * abbreviations read as their nouns, so one of those two is the first word of a known noun.
 */
export function mayHaveHead(words: readonly string[], from: number): boolean {
  // (the first and second word an abbreviation reads as, from tables: an abbreviation is rare, and
  // reading its words from the list ABBR gives was the deopt of nounBefore where one came)
  const w0 = words[from] ?? "";
  const w1 = words[from + 1] ?? "";
  const a0 = ABBR_FIRST.get(w0);
  const a1 = ABBR_SECOND.get(w0);
  const e0 = a0 !== undefined ? a0 : w0;
  const e1 = a1 !== undefined ? a1 : (ABBR_FIRST.get(w1) ?? w1);
  // ("" for a word past the end: no known noun starts with "", see KNOWN_FIRST)
  return KNOWN_FIRST.has(e0) || KNOWN_FIRST.has(e1);
}
/** The reading {@link mayHaveHead} follows (kept for its property test, test/relate-scans.test.ts). */
export function mayHaveHeadSpec(words: readonly string[], from: number): boolean {
  const a = ABBR.get(words[from] ?? "");
  const e0 = a ? a[0] : words[from];
  const e1 = a && a.length > 1 ? a[1] : (ABBR.get(words[from + 1] ?? "")?.[0] ?? words[from + 1]);
  return (e0 !== undefined && KNOWN_FIRST.has(e0)) || (e1 !== undefined && KNOWN_FIRST.has(e1));
}
/** An abbreviation's first word, and its second (if it reads as two words or more). */
const ABBR_FIRST = new Map<string, string>([...ABBR].map(([a, ws]) => [a, ws[0]!]));
const ABBR_SECOND = new Map<string, string>([...ABBR].filter(([, ws]) => ws.length > 1).map(([a, ws]) => [a, ws[1]!]));

/**
 * `words.flatMap((w) => ABBR.get(w) ?? [w])`, by push (a list of the map every word list here
 * has); `words` itself when none is an abbreviation (most lists: then no copy). One call for both
 * cases: a call made only when an abbreviation came was a deopt of kindOfWords.
 */
function expanded(words: readonly string[]): readonly string[] {
  let i = 0;
  while (i < words.length && !ABBR.has(words[i]!)) i++;
  if (i === words.length) return words;
  const out: string[] = words.slice(0, i);
  for (; i < words.length; i++) {
    const w = words[i]!;
    const a = ABBR.get(w);
    if (a === undefined) out.push(w);
    else for (const x of a) out.push(x);
  }
  return out;
}

/**
 * kindOf of a phrase already split into folded words with no punctuation of "(),;:" (as
 * context.ts foldedWords gives them): kindOf(words.join(" ")) without folding and splitting again.
 */
export function kindOfWords(words: readonly string[]): Kind {
  // (abbreviations are rare: the words themselves unless one is there)
  const ws = expanded(words);
  if (!ws.length) return { head: "", bases: [], elided: true, people: false, known: false };
  let i = 0;
  // "lượt khách du lịch" → "khách"; "chiếc" alone → elided
  if (CLASSIFIER.has(ws[0]!) && ws.length === 1) return { head: ws[0]!, bases: [ws[0]!], elided: true, people: false, known: true };
  // "1.872 lượt mắc bệnh lý": a predicate after the classifier, which alone is the noun
  if (CLASSIFIER.has(ws[0]!) && PREDICATE.has(ws[1]!)) return { head: ws[0]!, bases: [ws[0]!], elided: true, people: false, known: true };
  if (CLASSIFIER.has(ws[0]!) && !KNOWN.has(`${ws[0]} ${ws[1]}`)) i = 1;
  // "03 cấp Bộ", "02 chuyển tiếp": a qualifier of two words or more stands for the noun of the whole
  // (a value that is itself a counted noun, "bác sĩ", "giáo viên", counts that noun)
  // (each list is looked up only when one of its phrases starts with the word)
  if (PARTITION_FIRST.has(ws[i]!))
    for (let n = Math.min(4, ws.length - i); n >= 2; n--) {
      const p = ws.slice(i, i + n).join(" ");
      if (PARTITION_VALUES.has(p) && !PEOPLE.has(p)) return { head: ws[i]!, bases: [], elided: true, people: false, known: false };
    }
  const bases = knownAt(ws, i);
  const head = bases.length ? bases[0]! : "";
  // (a head the hypernyms list as a kind of thing names no person, whatever its first word: "khách sạn" is no "khách")
  if (head) return { head, bases, elided: false, people: bases.some((b) => PEOPLE.has(b)) && (PEOPLE.has(head) || !THINGS.has(head)), known: true };
  const first = ws[i]!;
  if (QUALIFIER_FIRST.has(first)) {
    const two = ws.slice(i, i + 2).join(" ");
    // "02 chuyển tiếp", "03 cấp Bộ"; a frame word alone ("6 cấp") is no qualifier
    const frameAlone = FRAMES.has(first) && ws.length === i + 1;
    if (!frameAlone && (QUALIFIER_START.has(first) || QUALIFIER_START.has(two) || QUALIFIER_START.has(ws.slice(i, i + 3).join(" "))))
      return { head: first, bases: [], elided: true, people: false, known: false };
  }
  return { head: first, bases: [first], elided: false, people: false, known: false };
}

/**
 * A primer (as text/segment.ts has): a few calls at load with an abbreviation, so that kindOfWords
 * and expanded have the type feedback of their rare path (an abbreviation to read as its words)
 * before they are optimised; the first abbreviation in the posts was their deopt. Keeps no state.
 */
for (let i = 0; i < 16; i++) kindOfWords([NOUN_ABBREVIATIONS[0]![0], "x"]);

/** Whether `part` is `whole` or a kind of it (following the hypernym list down, a few levels). */
export function isKindOf(part: string, whole: string): boolean {
  if (part === whole) return true;
  let level = [whole];
  const seen = new Set(level);
  for (let depth = 0; depth < 4 && level.length; depth++) {
    const next: string[] = [];
    for (const w of level)
      for (const x of BELOW.get(w) ?? []) {
        if (x === part) return true;
        if (!seen.has(x)) {
          seen.add(x);
          next.push(x);
        }
      }
    level = next;
  }
  // "trường mầm non" under "trường": the same first word, known as a kind
  return part.startsWith(whole + " ");
}

export type Compat = "yes" | "no" | "unknown";

/**
 * Whether a part's kind is the whole's or one of its kinds, by the whole's head or base noun and
 * the part's head or a shorter known name of two words or more ("phòng ban chức năng" → "phòng
 * ban"); never by a first word alone ("đơn" of "đơn khiếu nại" is no "đơn vị").
 */
export function kindUnder(part: Kind, whole: Kind): boolean {
  const partNames = [part.head, ...part.bases.filter((b) => b.includes(" "))];
  for (const w of whole.bases.length ? whole.bases : [whole.head]) for (const p of partNames) if (isKindOf(p, w)) return true;
  return false;
}

/** Whether two kinds of counted things can be whole and part (or plan and actual). */
export function kindsCompatible(whole: Kind, part: Kind): Compat {
  if (NEVER.has(whole.head)) return "no";
  if (part.elided) return "yes";
  // "6.215 giấy cấp lần đầu" of "18.460 giấy chứng nhận …": a whole read as a qualifier (an award's
  // name) whose first word is the part's own noun, a word the text does not know otherwise
  if (whole.elided && !part.known && !part.people && part.head === whole.head) return "yes";
  if (whole.elided) return "unknown";
  if (whole.head === part.head) return "yes";
  if (whole.people && part.people) return "yes";
  // "19 vụ" of "46 vụ tai nạn", "khoa" of "đơn vị trực thuộc": a kind of the whole or of its base noun
  if (kindUnder(part, whole)) return "yes";
  if (NOT_KIND.has(part.head) || NOT_KIND.has(whole.head)) return "no";
  // "42 bài" of "126 bài báo": a word the text does not know, the first of the whole's noun, stands for it
  if (!part.known && !part.people && whole.known && whole.head.startsWith(`${part.head} `)) return "yes";
  if (whole.people !== part.people && (whole.known || whole.people) && (part.known || part.people)) return "no";
  if (whole.known && part.known) return "no";
  return "unknown";
}

/** Same measure: kind, currency and unit; counts by their nouns (see kindsCompatible). */
export function measureCompatible(a: Figure, b: Figure, ka?: Kind[], kb?: Kind): Compat {
  if (a.kind !== b.kind || a.kind === "percent") return "no";
  if (!!a.per !== !!b.per) return "no";
  if (a.kind === "money") return a.currency === b.currency ? "yes" : "no";
  if (a.kind === "measure") return fold(a.unit ?? "") === fold(b.unit ?? "") ? "yes" : "no";
  const wholes = ka ?? [kindOf(a.noun)];
  const part = kb ?? kindOf(b.noun);
  let best: Compat = "no";
  for (const w of wholes) {
    const c = kindsCompatible(w, part);
    if (c === "yes") return "yes";
    if (c === "unknown") best = "unknown";
  }
  return best;
}

export function isPeople(noun: string | undefined): boolean {
  return kindOf(noun).people;
}
