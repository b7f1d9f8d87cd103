/**
 * Candidate person names: runs of capitalised syllables, cut to the part that starts with a
 * Vietnamese family name (src/lexicon/surnames.ts), two to five syllables.
 *
 *   "Thứ trưởng Bộ Tư pháp Lê Minh Khoa nhấn mạnh"   → "Lê Minh Khoa"
 *   "Bí thư Tỉnh ủy Nam Định Phạm Văn Bình"            → "Phạm Văn Bình" ("Nam Định" is a place)
 *   "Bà Trần Thị Bình - Ủy viên"                         → "Trần Thị Bình" (leading honorific dropped)
 *   "TS. Phạm QuangHuy"                                  → "Phạm Quang Huy" (glued syllables split)
 *   "Ông Kenji Tanaka"                                    → "Kenji Tanaka" (no family name: surname=false)
 *   "Tổng thống Hàn Quốc Park Jin-woo"                   → "Park Jin-woo" (foreign: a word that is not a Vietnamese syllable)
 *   "Giáo sư Trần Văn Bảo Phân tích về…"                 → "Trần Văn Bảo" (a clause glued on is cut off)
 * Whether a candidate is a person is decided in people.ts from its context.
 */
import type { Doc } from "../text/normalize.js";
import { fold } from "../text/fold.js";
import { runAt } from "./name-run.js";
import { cls, SPACE } from "../text/chars.js";
import { foreignWord, isCaps, isSyllable, joined, nameReading, tokenize, type Token } from "./name-words.js";
import { lexicon, T_CAP, T_DIGITS, T_GAP, T_ODD, T_WORD, type Tokens } from "../text/tokens.js";
import { freshTokens } from "../text/words.js";
import { peopleIndex } from "./people-index.js";
import { byPrefix, PLACE } from "./place.js";
import { IdTrie, PhraseSet, phraseAt, phraseBefore, unitClass, wordBefore } from "./phrase.js";
import { CLAUSE_STARTS, SURNAMES, WEAK_SURNAMES } from "../lexicon/surnames.js";
import { COUNTRY_WORDS, FIXED_NAMES, FOREIGN_ORG_WORDS, ORG_HEADS, PLACES } from "../lexicon/org-heads.js";
import { COUNTRY_PLACES } from "../lexicon/countries.js";
import { HONORIFICS } from "../lexicon/honorifics.js";
import { TITLES } from "../lexicon/titles.js";
import { endsElsewhere, lowerPlaceLead, lowerWordAfter, lowerWordBefore, orgLead, postBefore, ROLE_BEFORE_BRAND, spacesBefore, westernGivenFirst } from "./name-lead.js";
import { FOREIGN_ADDRESS, FOREIGN_CLUBS, FOREIGN_LABELS, FOREIGN_NOT_NAMES } from "../lexicon/foreign-names.js";
import { named } from "../text/rx.js";
import { negativeBefore } from "./name-negative.js";


export { foreignWord, isSyllable, nameReading, tokenFold, type Token } from "./name-words.js";
export { isPlace } from "./place.js";
export { negativeBefore } from "./name-negative.js";

export interface NameCandidate {
  start: number;
  end: number;
  name: string;
  tokens: Token[];
  /** Starts with a family name from the list. */
  surname: boolean;
  /** The family name is one that also starts place names ("Hà", "Thái", "Lâm"). */
  weak: boolean;
  /** All tokens in capitals ("LAN CHI"): only bylines read these as names. */
  caps: boolean;
  /** Index of the first name token in its run (0: nothing capitalised before it in the run). */
  offset: number;
  /** "Hồ Chí Minh" and the like: a person only in a strong context. */
  fixed: boolean;
  /** No family name and a word that is not a Vietnamese syllable ("Donald Trump", "Jean-Claude Juncker"). */
  foreign: boolean;
  /** The run's first words were left out as an organisation's, a brand's or a place's (name-lead.ts): the name ends the organisation before it. */
  cut: boolean;
  /** Written after a word that makes it part of another name ("đường", "THPT", "số 18"; "tỉnh", "huyện" only before two syllables). Always false without a family name. */
  negative: boolean;
}


/** Family names compare on the lower-cased spelling, not the folded key ("May" is not "Mai"). */
const SURNAME = new Set(SURNAMES.map((s) => s.toLowerCase()));
const WEAK = new Set(WEAK_SURNAMES.map((s) => s.toLowerCase()));
/**
 * Folded names by their word prefixes: prefix → whether it is a whole name. placeAt reads on
 * only while the words read are the start of a listed name.
 */
const FIXED = byPrefix(FIXED_NAMES);
/** The same names as tries over the lexicon ids of their folded words (placeAt reads a run's tokens by id). */
const idTrie = (names: readonly string[]) => new IdTrie(names.map((n) => fold(n).split(" ")));
const PLACE_IDS = idTrie(PLACES);
const FIXED_IDS = idTrie(FIXED_NAMES);
const COUNTRY = new Set<string>(COUNTRY_WORDS);
const FOREIGN_ORG = new Set<string>(FOREIGN_ORG_WORDS);
/** Brands, outlets and leagues that speak as themselves (lexicon/foreign-names.ts): never a person's first name. */
const BRAND = new Set<string>(FOREIGN_NOT_NAMES);
/** Clubs and the cities that end their names ("Atletico Madrid"): never a person's first name after a title either. */
const NOT_LAST = new Set<string>(FOREIGN_CLUBS);
const MAX_PLACE = Math.max(...[...PLACES, ...FIXED_NAMES].map((p) => p.split(" ").length));
const ORG_WORD = new Set(ORG_HEADS.filter((h) => !h.includes(" ")).map((h) => fold(h)));
const HONORIFIC_WORD = new Set(HONORIFICS.filter((h) => !h.form.includes(" ")).map((h) => fold(h.form)));

const LETTER = named("name.LETTER", /\p{L}/u);
/** The run's left edge (tested in JS, a leading lookbehind is slow): not after a letter, mark or digit, nor after "X." ("TP.Hồ Chí Minh"). */
const runStartOk = (norm: string, i: number) => !wordBefore(norm, i) && !(i > 1 && norm[i - 1] === "." && LETTER.test(norm[i - 2]!));
/** A title starting at a token: the name stops before it. */
const TITLE_SET = new PhraseSet([...TITLES, ...TITLES.map((t) => `phó ${t}`)]);
/** A multi-word organisation head at a token ("Đoàn Thanh niên", "Trung tâm"): not a name. */
const ORG_HEAD_SET = new PhraseSet(ORG_HEADS.filter((h) => h.includes(" ")));

/**
 * phraseAt(doc, tok.start, ps, glued), its first step read from the name token: on a whole
 * document token of plain letters phraseAt reads the token table by id, and an id that starts
 * no phrase of the set is no match — known here without the search for the token and the call.
 * (Most words of a run start no title and no head.) `nameReading.spec`: phraseAt always.
 */
function phraseAtToken(doc: Doc, toks: Tokens, tok: Token, ps: PhraseSet, glued = true): number {
  if (tok.ti >= 0 && !nameReading.spec && !ps.longWords && (toks.flags[tok.ti]! & (T_WORD | T_DIGITS | T_ODD)) === T_WORD && ps.forward.next(0, tok.id) < 0) return -1;
  return phraseAt(doc, tok.start, ps, glued);
}

/** Folded family names: a token whose key is not here is no family name (a cheap test before the exact one). */
const SURNAME_KEY = new Set(SURNAMES.map((s) => fold(s)));
/** The same sets of folded words as lexicon ids: a name token is looked up by its id (the id of its key). */
const idSet = (words: Iterable<string>): ReadonlySet<number> => new Set([...words].map((w) => lexicon.intern(w)));
const SURNAME_IDS = idSet(SURNAME_KEY);
const ORG_WORD_IDS = idSet(ORG_WORD);
const HONORIFIC_IDS = idSet(HONORIFIC_WORD);
/**
 * The country words by the lexicon ids of their folds (each one token: test/lexicon-people.test.ts).
 * A whole document token is a country word only if its id is one of these; the word is then
 * compared as written (the list is case-sensitive: "Mỹ", not "MỸ"). A part of a glued word has no
 * document token and is compared as written only.
 */
export const COUNTRY_IDS = idSet(COUNTRY_WORDS.map((w) => fold(w)));
const isCountry = (t: Token): boolean => (t.ti < 0 || COUNTRY_IDS.has(t.id)) && COUNTRY.has(t.text);
/** `word` as written (any case), from the working copy: NFC already (normalize.ts), so not normalised again per call. */
export function isSurname(word: string): boolean {
  return SURNAME.has(word.toLowerCase());
}


/** placeAt by the tokens' folded words, joined, in a Map of every prefix (the specification). */
function placeAtKeys(tokens: Token[], i: number, names: Map<string, boolean>, len = tokens.length): number {
  let k = tokens[i]!.key;
  if (!names.has(k)) return 0;
  let best = 0;
  const last = Math.min(MAX_PLACE, len - i);
  for (let n = 2; n <= last; n++) {
    k += " " + tokens[i + n - 1]!.key;
    const whole = names.get(k);
    if (whole === undefined) break;
    if (whole) best = n;
  }
  return best;
}

/** Length (in tokens) of a place or fixed name of two words or more starting at token i, or 0. */
/** (`len`: the first len tokens only are read, as if the run ended there.) */
function placeAt(tokens: Token[], i: number, names: IdTrie, len = tokens.length): number {
  if (nameReading.spec) return placeAtKeys(tokens, i, names === PLACE_IDS ? PLACE : FIXED, len);
  let node = names.next(0, tokens[i]!.id);
  if (node < 0) return 0;
  let best = 0;
  const last = Math.min(MAX_PLACE, len - i);
  for (let n = 2; n <= last; n++) {
    node = names.next(node, tokens[i + n - 1]!.id);
    if (node < 0) break; // no listed name starts with these words
    if (names.isEnd(node)) best = n;
  }
  return best;
}

function cutEnd(doc: Doc, toks: Tokens, tokens: Token[], i: number): number {
  // names have at most five syllables: look no further (keeps long capitalised runs linear)
  const end = Math.min(tokens.length, i + 6);
  for (let k = i + 1; k < end; k++) {
    if (phraseAtToken(doc, toks, tokens[k]!, TITLE_SET) > 0) return k;
    if (k >= i + 2 && (isCaps(tokens[k]!) || placeAt(tokens, k, PLACE_IDS))) return k;
    // "Đoàn TNCS Hồ Chí Minh": an acronym right after the family name is no given name
    if (k === i + 1 && isCaps(tokens[k]!) && tokens[k]!.text.length >= 3) return k;
    if (k >= i + 3 && k === tokens.length - 1 && opensClause(doc.key, tokens[k]!)) return k;
    // the run's last word opens an organisation written on in lower case: "Đoàn Văn A Công an tỉnh …"
    if (k >= i + 2 && k === tokens.length - 1 && phraseAtToken(doc, toks, tokens[k]!, ORG_HEAD_SET, false) > 0) return k;
    // one name written twice, a signature's slip: "Minh An Minh An"
    if (k === i + 2 && k + 1 < tokens.length && tokens[k]!.id === tokens[i]!.id && tokens[k + 1]!.id === tokens[i + 1]!.id) return k;
  }
  return end;
}

const CLAUSE = new PhraseSet(CLAUSE_STARTS);
/** CLAUSE's one-word phrases and the first words of its phrases as lexicon ids (a token's id is the id of its key). */
const CLAUSE_WORD_IDS = idSet([...CLAUSE.set].filter((w) => !w.includes(" ")));
const CLAUSE_FIRST_IDS = idSet([...CLAUSE.prefixes].filter((w) => !w.includes(" ")));
/** CLAUSE.has(t.key), by id (`nameReading.spec`: by the key). */
const clauseWord = (t: Token): boolean => (nameReading.spec ? CLAUSE.has(t.key) : CLAUSE_WORD_IDS.has(t.id));
const NEXT_WORD = named("name.NEXT_WORD", /^ {1,2}([\p{L}\p{M}]+)(?: {1,2}([\p{L}\p{M}]+))?/u);
/** The last word of a run opens the next clause: "Phân" of "Trần Văn An Phân tích", "Nhà" of "… Nhà nghiên cứu". */
function opensClause(key: string, t: Token): boolean {
  if (clauseWord(t)) return true;
  if (nameReading.spec ? !CLAUSE.prefixes.has(t.key) : !CLAUSE_FIRST_IDS.has(t.id)) return false;
  const m = NEXT_WORD.exec(key.slice(t.end, t.end + 30));
  if (!m) return false;
  const two = `${t.key} ${m[1]}`;
  return CLAUSE.has(two) || (!!m[2] && CLAUSE.has(`${two} ${m[2]}`));
}

/**
 * How many runs of white space (/\s+/) key[s, e) holds: key.slice(s, e).split(/\s+/).length - 1.
 * (fromRun reads it on every path, over the token itself when there is no organisation head.)
 */
export function spaceRuns(key: string, s: number, e: number): number {
  let n = 0;
  let prev = false;
  for (let i = s; i < e; i++) {
    const sp = (cls(key.charCodeAt(i)) & SPACE) !== 0;
    n += sp && !prev ? 1 : 0;
    prev = sp;
  }
  return n;
}

function candidate(doc: Doc, tokens: Token[], i: number, end: number, surname: boolean, fixed = false, cut = false): NameCandidate {
  const toks = tokens.slice(i, end);
  return {
    start: toks[0]!.start,
    end: toks[toks.length - 1]!.end,
    name: nameReading.spec ? toks.map((t) => t.text).join(" ") : joined(doc.norm, toks),
    tokens: toks,
    surname,
    weak: surname && WEAK.has(toks[0]!.text.toLowerCase()),
    caps: toks.every(isCaps),
    offset: i,
    fixed,
    foreign: !surname && toks.every((t) => foreignWord(t.text) && !FOREIGN_ORG.has(t.text)) && toks.some((t) => t.text.includes("-") || !isSyllable(t.text)),
    // two syllables after an admin word are a place ("huyện Triệu Phong"); longer runs may be a name
    // (read only for names with a family name: the name-start sets are built from those alone)
    negative: surname && negativeBefore(doc, toks[0]!.start, toks.length < 3),
    cut,
  };
}

/** Name candidates inside one run of tokens, added to `out`. */
function fromRun(doc: Doc, toks: Tokens, tokens: Token[], out: NameCandidate[]): NameCandidate[] {
  const key = doc.key;
  const before = out.length;
  let i = 0;
  let fallback: NameCandidate | null = null;
  let weakPick: NameCandidate | null = null;
  // (past the end of a place begun before the run: "châu Âu …")
  const lead = lowerPlaceLead(key, toks, tokens, PLACE_IDS, MAX_PLACE);
  i = lead;
  while (i < tokens.length - 1) {
    const fixed = placeAt(tokens, i, FIXED_IDS);
    if (fixed) {
      out.push(candidate(doc, tokens, i, i + fixed, true, true));
      i += fixed;
      continue;
    }
    const place = placeAt(tokens, i, PLACE_IDS);
    if (place) {
      i += place;
      continue;
    }
    const t = tokens[i]!;
    if (HONORIFIC_IDS.has(t.id)) {
      i++;
      continue;
    }
    // an unlisted family name before "Thị" ("Vưu Thị An"): the run reads as a name
    // (i + 1 added once, on every path: see the step below)
    const i1 = i + 1;
    const thi = tokens[i1]?.key === "thị" && !isCaps(t) && !ORG_WORD_IDS.has(t.id) && isSyllable(t.text);
    if ((thi || (SURNAME_IDS.has(t.id) && isSurname(t.text))) && !isCaps(t)) {
      // "Đoàn Việt Nam", "Đoàn Hà Nội": a delegation, not a person
      const placeNext = placeAt(tokens, i1, PLACE_IDS);
      const pl = ORG_WORD_IDS.has(t.id) ? placeNext : 0;
      // (or an organisation head: "Đoàn Thanh niên …" is stepped over by its words)
      const he = pl ? 0 : phraseAtToken(doc, toks, t, ORG_HEAD_SET, false);
      // (the step is counted on every path and only taken in the rare one: its arithmetic, met in a
      // rare branch alone, had no type feedback in optimised code, and deopted fromRun)
      const placeStep = 1 + pl;
      const headStep = spaceRuns(key, t.start, he > 0 ? he : t.end) + 1;
      const over = i + (pl ? placeStep : headStep);
      if (pl || he > 0) {
        i = over;
        continue;
      }
      const end = cutEnd(doc, toks, tokens, i);
      const r = end - i;
      // (one call site for both candidates made here, the common one and the rare five-syllable
      // fallback: a call met in the rare branch alone had no feedback and deopted fromRun)
      const c: NameCandidate | null = (r >= 2 && r <= 4) || (r === 5 && !fallback) ? candidate(doc, tokens, i, end, true) : null;
      if (c !== null && r === 5) fallback = c;
      else if (c !== null) {
        // "Bệnh viện Bạch Mai Đào Xuân Cơ", "Trung ương Đoàn Bùi Quang Huy": a common family name later
        // in the run wins over a weak one or one that is also an organisation head
        if (!c.weak && !ORG_WORD_IDS.has(t.id)) {
          // "Cao Nguyễn Quỳnh Trang", "Mai Hoàng Anh": a weak family name opening a run of three or
          // four syllables, the next one also a family name, is the name whole
          if (weakPick && weakPick.offset === 0 && i === 1 && weakPick.end === tokens[tokens.length - 1]!.end && weakPick.tokens.length >= 3 && !ORG_WORD_IDS.has(weakPick.tokens[0]!.id)) out.push(weakPick);
          // "chỉ Đoàn Vũ Duy, người …", "ông Đoàn Vũ Duy": a family name that is also an organisation head
          // right before a two-syllable name, after a form of address or a lower-case word, is the name
          // whole (not "Trung ương Đoàn Bùi Huy", nor "Đoàn Bùi Quang Huy": four syllables)
          else if (weakPick && weakPick.offset === i - 1 && r === 2 && weakPick.tokens.length === 3 && weakPick.end === c.end && ORG_WORD_IDS.has(weakPick.tokens[0]!.id) && (weakPick.offset > 0 ? HONORIFIC_IDS.has(tokens[weakPick.offset - 1]!.id) : lowerWordBefore(doc, weakPick.start))) out.push(weakPick);
          // "Paul Lê Nguyễn": a Western given name first is the name's (name-lead.ts)
          else out.push(r <= 3 && givenAt(tokens, i, end) && westernGivenFirst(doc, tokens[i - 1]!, i > 1, notGiven, r === 2 && lowerWordAfter(doc.norm, c.end) && endsElsewhere(doc.norm, tokens[i - 1]!.start, tokens[i]!.end)) ? candidate(doc, tokens, i - 1, end, true) : c);
          return out;
        }
        weakPick ??= c;
      }
    }
    i++;
  }
  // (one push for either: the fallback's own push, met alone in a rare branch, deopted fromRun)
  const pick = weakPick ?? fallback;
  if (pick) {
    out.push(pick);
    return out;
  }
  if (out.length > before) return out;
  // no family name: the run itself, without the end of a place begun before it ("châu Âu …"),
  // leading honorifics and acronyms
  let s = lead;
  const allCaps = tokens.every(isCaps);
  // and leading places ("Hàn Quốc Moon Jae In", "Mỹ Bill Gates")
  // (where a foreign country among them ends: -1 when none does)
  let country = -1;
  for (;;) {
    if (s >= tokens.length) break;
    const pl = s < tokens.length - 1 ? placeAt(tokens, s, PLACE_IDS) : 0;
    // ("Đại sứ Trung Quốc tại Việt Nam Hồng Tiểu Dũng": the place of a post abroad, after "tại", as a country)
    if (pl) s = countryPlaceAt(tokens, s, pl) || (s === lead && key.startsWith(TAI, tokens[s]!.start - TAI.length)) ? (country = s + pl) : s + pl;
    // (a country word that is a Vietnamese syllable, "Đức", "Trung", may be a name's first word: "nhạc sĩ Đức Trí")
    else if (isCountry(tokens[s]!)) country = isSyllable(tokens[s++]!.text) ? country : s;
    else if (HONORIFIC_IDS.has(tokens[s]!.id) || (isCaps(tokens[s]!) && !allCaps)) s++;
    else break;
  }
  // and a capitalised function word opening the sentence ("Còn Brian Lan")
  while (s < tokens.length && clauseWord(tokens[s]!)) s++;
  // and a brand or an outlet after a title or a role, before a name of two words or more ("Giám đốc
  // điều hành Facebook Mark Zuckerberg", "nhà đồng sáng lập Apple Steve Wozniak"): the organisation,
  // not the name's first word (not after any other word: "qua Google Earth Degteryov sống …")
  const s0 = s;
  if (s < tokens.length - 2 && BRAND.has(tokens[s]!.text) && phraseBefore(doc, s > 0 ? tokens[s - 1]!.end : spacesBefore(key, tokens[0]!.start), ROLE_BEFORE_BRAND) >= 0) {
    while (s < tokens.length - 2 && BRAND.has(tokens[s]!.text)) s++;
  }
  let e = tokens.length;
  for (let k = s; k < e; k++) {
    const tk = tokens[k]!;
    if (phraseAtToken(doc, toks, tk, TITLE_SET) > 0 || phraseAtToken(doc, toks, tk, ORG_HEAD_SET, false) > 0 || ORG_WORD_IDS.has(tk.id)) e = k;
  }
  // a clause glued on after the run: "Ricky Sáng nay", "Travis Kalanick Bên cạnh đó", "… Ông X"
  if (e > s + 2 && e === tokens.length && (opensClause(key, tokens[e - 1]!) || HONORIFIC_IDS.has(tokens[e - 1]!.id))) e--;
  // and an organisation's or a brand's words after a title ("Tập đoàn Alibaba Jack Ma", "Grab Việt
  // Nam Jerry Lim", name-lead.ts)
  if (s === s0) s = orgLead(doc, tokens, s, e, (k) => placeAt(tokens, k, PLACE_IDS, e), (t) => BRAND.has(t.text) || NOT_LAST.has(t.text), (t) => foreignWord(t.text) && !isSyllable(t.text));
  // (the run read as if it ended at e)
  let rest = e - s;
  let c = rest >= 2 && rest <= 4 && !placeAt(tokens, s, PLACE_IDS, e) ? candidate(doc, tokens, s, e, false, false, lead > 0 || s > s0) : null;
  // (a name left after an organisation's words is a foreign one: "Công ty Việt An Hòa" is one organisation)
  if (s > s0 && !c?.foreign) {
    s = s0;
    rest = e - s;
    c = rest >= 2 && rest <= 4 && !placeAt(tokens, s, PLACE_IDS, e) ? candidate(doc, tokens, s, e, false, false, lead > 0) : null;
  }
  // "Chủ tịch Trung Quốc Tập Cận Bình", "Thủ tướng Campuchia Hun Sen": two or three syllables with no
  // family name right after a title and a foreign country are a foreign name (written in syllables)
  // (each a syllable, none in capitals, no place nor country among them: "Đại sứ Nhật Bản Tại Việt Nam")
  if (c !== null && !c.foreign && country >= 0 && c.offset === country && rest <= 3 && syllablesOnly(c.tokens) && !placeIn(tokens, s, e) && titleBeforeRun(doc, tokens[0]!.start)) c.foreign = true;
  // "Thứ trưởng Bộ Ngoại giao Belarus Rybakov, …": one foreign word after a title, its unit and a country,
  // closed by punctuation, is a family name (not "Công ty Nhật Bản Toyota sản xuất …")
  if (c === null && rest === 1 && country === s && s > 0 && oneForeignName(doc, tokens[s]!) && postBefore(doc, tokens[0]!.start)) c = candidate(doc, tokens, s, s + 1, false);
  if (c !== null && c.tokens.length === 1) c.foreign = true;
  if (c !== null) out.push(c);
  return out;
}

/** A foreign family name alone: a capitalised word of 4+ letters, no syllable, not in capitals, punctuation after it. */
function oneForeignName(doc: Doc, t: Token): boolean {
  const c = doc.norm.charCodeAt(t.end);
  return t.text.length >= 4 && !isCaps(t) && foreignWord(t.text) && !isSyllable(t.text) && !NOT_LAST.has(t.text) && !BRAND.has(t.text) && (c === 44 || c === 46 || c === 59 || c === 41);
}
/** `p` moved past the spaces and tabs at it. */
function skipSpaces(s: string, p: number): number {
  while (p < s.length && (s.charCodeAt(p) === 32 || s.charCodeAt(p) === 9)) p++;
  return p;
}
/** Every token a Vietnamese syllable, none in capitals. */
function syllablesOnly(tokens: Token[]): boolean {
  for (const t of tokens) if (isCaps(t) || !isSyllable(t.text)) return false;
  return true;
}
/** A listed place or a country word starts at one of tokens [s, e). */
function placeIn(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (isCountry(tokens[k]!) || (k < e - 1 && placeAt(tokens, k, PLACE_IDS, e))) return true;
  return false;
}
/**
 * Token i - 1 is the first of the run but its honorifics, where a given name before the family name at
 * i may stand, and the name [i, end) is Vietnamese syllables with no clause glued on ("Kaity Nguyễn
 * Những ngày qua", "Milor Trần Stylist").
 */
function givenAt(tokens: Token[], i: number, end: number): boolean {
  if (i < 1) return false;
  for (let k = 0; k < i - 1; k++) if (!HONORIFIC_IDS.has(tokens[k]!.id)) return false;
  for (let k = i; k < end; k++) if (!isSyllable(tokens[k]!.text) || isCaps(tokens[k]!)) return false;
  return !clauseWord(tokens[end - 1]!);
}
/** Never a person's Western given name: a brand, a firm's word, a club, a country, a label, an organisation's head, a form of address. */
const NOT_GIVEN = new Set<string>([...FOREIGN_NOT_NAMES, ...FOREIGN_ORG_WORDS, ...FOREIGN_CLUBS, ...COUNTRY_WORDS, ...FOREIGN_LABELS, ...FOREIGN_ADDRESS]);
const notGiven = (t: Token): boolean => NOT_GIVEN.has(t.text) || ORG_WORD_IDS.has(t.id);
/** The folded countries of two words or more (COUNTRY_PLACES). */
const COUNTRY_PLACE_KEYS = new Set<string>(COUNTRY_PLACES.map((p) => fold(p)));
/** "tại" and a space before a place: where a post abroad is held. */
const TAI = `${fold("tại")} `;
/** The place of `pl` tokens at token i is a foreign country ("Trung Quốc", not "Hà Nội"). */
function countryPlaceAt(tokens: Token[], i: number, pl: number): boolean {
  let k = tokens[i]!.key;
  for (let n = 1; n < pl; n++) k += ` ${tokens[i + n]!.key}`;
  return COUNTRY_PLACE_KEYS.has(k);
}
/**
 * A title or a role ends right before the run, or before up to three words, the first capitalised,
 * that hold no organisation's head ("Bộ trưởng Quốc phòng | Trung Quốc …"; not "Giám đốc Công ty | Trung
 * Quốc Thiên Long", a firm's name, nor "Phó Tổng Biên tập báo | Pháp Luật", a paper's).
 */
function titleBeforeRun(doc: Doc, at: number): boolean {
  const { norm, key } = doc;
  let p = spacesBefore(norm, at);
  for (let n = 0; n <= 3; n++) {
    if ((n === 0 || unitClass(norm.charCodeAt(skipSpaces(norm, p))) & 1) && phraseBefore(doc, p, ROLE_BEFORE_BRAND) >= 0) return true;
    // (back over one word of letters, then its spaces: punctuation ends the search)
    let w = p;
    while (w > 0 && unitClass(norm.charCodeAt(w - 1)) & 6) w--;
    if (w === p || w === 0 || (norm.charCodeAt(w - 1) !== 32 && norm.charCodeAt(w - 1) !== 9)) return false;
    // (a capitalised word opening a head: "Công ty", "Sở"; "Quốc phòng" is none)
    if (unitClass(norm.charCodeAt(w)) & 1 && (ORG_WORD.has(key.slice(w, p)) || phraseAt(doc, w, ORG_HEAD_SET, false) > 0)) return false;
    p = spacesBefore(norm, w);
  }
  return false;
}

/**
 * A quick necessary test for runAt at token i: a run's first word (letters, hyphenated parts, an
 * apostrophe) is tokens with no white space between, and one space and a capital follow it, so
 * the first token after i with white space before it is one space after the token before it and
 * starts with a capital (T_CAP; a letter above U+FFFF makes it T_ODD, read by runAt).
 */
function mayRun(norm: string, t: Tokens, i: number): boolean {
  let j = i + 1;
  while (j < t.count && !(t.flags[j]! & T_GAP)) j++;
  if (j >= t.count || !(t.flags[j]! & (T_CAP | T_ODD))) return false;
  const s = t.start[j]!;
  return s - t.end[j - 1]! === 1 && norm.charCodeAt(s - 1) === 32;
}

/**
 * The run from token i to `end` is one listed place of two words or more ("Việt Nam", "Hà Nội",
 * "Thổ Nhĩ Kỳ"; a third of the runs), each word one document token of plain letters (no T_ODD)
 * with one space between, and no fixed name of two words or more starts it. fromRun then reads
 * nothing from it (placeAt skips the place, and no word is left), so the run is not split into
 * Token objects at all: read here over the token ids, as placeAt reads them.
 */
function placeRun(norm: string, t: Tokens, i: number, end: number): boolean {
  let place = PLACE_IDS.next(0, t.id[i]!);
  let fixed = FIXED_IDS.next(0, t.id[i]!);
  for (let j = i, n = 1; place >= 0; ) {
    if (t.flags[j]! & T_ODD) return false;
    if (t.end[j] === end) return n >= 2 && n <= MAX_PLACE && PLACE_IDS.isEnd(place);
    // the next word: one space, then a token that starts it (else a hyphen, an apostrophe, … : fromRun's way)
    if (j + 1 >= t.count || t.start[j + 1] !== t.end[j]! + 1 || norm.charCodeAt(t.end[j]!) !== 32) return false;
    j++;
    n++;
    place = PLACE_IDS.next(place, t.id[j]!);
    if (fixed >= 0 && (fixed = FIXED_IDS.next(fixed, t.id[j]!)) >= 0 && FIXED_IDS.isEnd(fixed)) return false;
  }
  return false;
}

/** Every name candidate of the document, in text order. */
export function nameCandidates(doc: Doc): NameCandidate[] {
  const hit = doc.memo.names as NameCandidate[] | undefined;
  if (hit) return hit;
  const out: NameCandidate[] = [];
  doc.memo.names = out;
  const { norm } = doc;
  const t = freshTokens(doc);
  // a run (person.run) starts where a word starts with a capital: at a token flagged T_CAP (the
  // token table's word edges are the run's left edge), never inside a run read before
  let covered = 0;
  for (const i of peopleIndex(doc).caps) {
    const at = t.start[i]!;
    if (at < covered) continue;
    if (!nameReading.spec && !mayRun(norm, t, i)) continue;
    const end = runAt(norm, at);
    if (end < 0 || !runStartOk(norm, at)) continue;
    covered = end;
    if (!nameReading.spec && placeRun(norm, t, i, end)) continue;
    const tokens = tokenize(doc, at, norm.slice(at, end), t, i);
    if (tokens.length < 2) continue;
    fromRun(doc, t, tokens, out);
  }
  return out;
}
