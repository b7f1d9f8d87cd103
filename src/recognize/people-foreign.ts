/**
 * More of what makes a foreign name (no Vietnamese family name) a person, read by people-accept.ts
 * besides a title or a role word right before it:
 *
 *   "Laura Brixton, một nhà văn người Anh", "Owen Tate – nhà sáng lập …"   a role after it (apposition)
 *   "CEO Acme, Owen Tate", "người đồng sáng lập Acme, Owen Tate"          a role and its organisation before
 *   "… Tate nói: …", "Tate cũng thừa nhận" with "Owen Tate" elsewhere      the family name alone speaks
 * Not people: "Goldman Sachs cho biết" (the name's last word never speaks alone), "Philippines cho biết"
 * (a country), "Arsenal Chelsea" (a word after several capitalised words), "Trên Facebook" (a
 * Vietnamese word opens the run), "Video Chelsea", "Thomson Reuters", "Atletico Madrid" (a label, an
 * outlet, a club: lexicon/foreign-names.ts), "Mercedes-Benz tiết lộ" (a hyphen joins), "Harvard
 * Kennedy School - nhà nghiên cứu …" (a school's last word before the role).
 */
import type { NameCandidate } from "./name.js";
import { escapeRe, named } from "../text/rx.js";
import { fold } from "../text/fold.js";
import { unitAt } from "../text/chars.js";
import { FOUNDER_ROLES, PERSON_ROLES, SPEECH_VERBS, TITLES } from "../lexicon/titles.js";
import { COUNTRY_WORDS, FOREIGN_ORG_WORDS } from "../lexicon/org-heads.js";
import { FOREIGN_CLUBS, FOREIGN_LABELS, FOREIGN_NOT_NAMES, FOREIGN_ORG_ENDS } from "../lexicon/foreign-names.js";
import { isPlace, isSyllable } from "./name.js";
import { PhraseSet, phraseAt, phraseBefore, unitClass } from "./phrase.js";
import { skipBack, skipFwd, type PeopleText } from "./people-text.js";
import { firstIds } from "../text/id-trie.js";
import { freshTokens } from "../text/words.js";

const ROLES = new PhraseSet(PERSON_ROLES);
/** Before an organisation and a comma, the founders too. */
const ROLES_OF_ORG = new PhraseSet([...PERSON_ROLES, ...FOUNDER_ROLES]);
/** Before the words name-lead.ts left out of a name's run, a title too. */
const TITLES_OR_ROLES = new PhraseSet([...TITLES, ...PERSON_ROLES, ...FOUNDER_ROLES]);
const NOT_NAME_WORD = new Set<string>([...COUNTRY_WORDS, ...FOREIGN_ORG_WORDS, ...FOREIGN_NOT_NAMES]);
const COUNTRIES = new Set<string>(COUNTRY_WORDS);
/** Never a name's first word: a label before what it labels ("Video Chelsea", "Clip Tzuyu"). */
const NOT_FIRST = new Set<string>(FOREIGN_LABELS);
/** Never a name's last word: a club, or the city that ends a club's name ("Atletico Madrid"). */
const NOT_LAST = new Set<string>(FOREIGN_CLUBS);
/** Never a name's last word before a role: a school's, an institute's ("Harvard Kennedy School - nhà nghiên cứu …"). */
const ORG_END = new Set<string>([...FOREIGN_ORG_WORDS, ...FOREIGN_ORG_ENDS]);
/** After the name: a comma or a dash, then "một", "là", "vốn là", "cũng là" before the role ("Laura Brixton, một nhà văn"). */
const APPOSITION = named("person.apposition", /^ {0,2}(?:,|[-–]) {0,2}(?:(?:một|là|vốn là|cũng là) {1,2})?/u);
/** A speech verb right after a word (the folded key), "đã", "cũng", "vừa" between allowed. */
const SPEAKS = named("person.speaks-after", new RegExp(`^ {1,2}(?:(?:đã|cũng|vừa|còn) {1,2})?(?:${SPEECH_VERBS.map((v) => escapeRe(fold(v))).join("|")})(?![\\p{L}\\p{M}\\p{N}])`, "u"));

/** Three lower-case words (or the clause's end first): what follows a role that describes the name before it. */
const LOWER_NEXT = named("person.apposition-next", /^(?: {1,2}[\p{Ll}\p{M}]+){3}|^(?: {1,2}[\p{Ll}\p{M}]+){0,2} {0,2}[.,;:!?)"”\n]/u);

/**
 * A role word after the name, past a comma or a dash, that describes it: "Laura Brixton, một nhà
 * văn …" ("một", "là" before the role), or the name opening its clause and three lower-case words
 * after the role ("Owen Tate – doanh nhân không bao giờ …"). Not a role that opens the next name
 * ("Theo Daily Mail, tiền vệ Hakan …", "trên tờ Foreign Policy, nhà nghiên cứu cấp cao …").
 */
export function roleAfter(pt: PeopleText, start: number, end: number): boolean {
  // (APPOSITION needs a "," or a dash after at most two spaces: most names have none, and are
  // answered with no slice and no pattern)
  let p = end;
  while (p < end + 2 && pt.key.charCodeAt(p) === 32) p++;
  const u = pt.key.charCodeAt(p);
  if (u !== 44 && u !== 45 && u !== 0x2013) return false;
  const m = APPOSITION.exec(pt.key.slice(end, end + 24));
  if (!m || m[0].trim() === "") return false;
  let w = end;
  while (w > start && unitClass(pt.norm.charCodeAt(w - 1)) & 2) w--;
  if (ORG_END.has(pt.norm.slice(w, end))) return false;
  const e = phraseAt(pt.doc, end + m[0].length, ROLES);
  if (e < 0) return false;
  const next = pt.norm.slice(e, e + 40);
  // ("một", "là": a lower-case word or the clause's end after the role, "một nhà văn người Canada")
  if (/(?:một|là) {1,2}$/u.test(m[0])) return /^ {0,2}[.,;:!?)"”\n]|^ {1,2}[\p{Ll}\p{M}]/u.test(next);
  return LOWER_NEXT.test(next) && pt.clauseStart(start);
}

/**
 * A role word, then one to three capitalised words (the organisation or the country it belongs
 * to) and a comma, right before the name: "CEO Acme, Owen Tate", "cầu thủ Real Madrid, Luka Modric".
 */
export function roleOfOrgBefore(pt: PeopleText, start: number, cut = false): boolean {
  const norm = pt.norm;
  let j = skipBack(norm, start);
  if (unitAt(norm, j - 1) !== 44) return brandBefore(pt, j, cut);
  j = skipBack(norm, j - 1);
  for (let n = 0; n < 3; n++) {
    // one word back: letters and marks, the first one a capital
    let b = j;
    while (b > 0 && unitClass(norm.charCodeAt(b - 1)) & 2) b--;
    // (not a person's name: "doanh nhân Hoàng Khải, Gloria Jean's …")
    if (b === j || !(unitClass(norm.charCodeAt(b)) & 1) || pt.nameStarts.has(b)) return false;
    j = skipBack(norm, b);
    if (j === b) return false;
    if (phraseBefore(pt.doc, j, ROLES_OF_ORG) >= 0) return true;
  }
  return false;
}

/**
 * A role word, then a brand or an outlet with no comma, right before the name: "nhà đồng sáng lập
 * Apple Steve Wozniak" (name.ts leaves the brand out of the run's name). `cut`: name-lead.ts left
 * the words before the name out of its run as an organisation's or a country's, and one to three
 * capitalised words may stand there after a title too ("Ngoại trưởng Italia Angelino Alfano").
 */
function brandBefore(pt: PeopleText, j: number, cut: boolean): boolean {
  const norm = pt.norm;
  for (let n = 0; n < (cut ? 3 : 1); n++) {
    let b = j;
    while (b > 0 && unitClass(norm.charCodeAt(b - 1)) & 2) b--;
    if (b === j || !(unitClass(norm.charCodeAt(b)) & 1)) return false;
    if (!cut && (!NOT_NAME_WORD.has(norm.slice(b, j)) || COUNTRIES.has(norm.slice(b, j)))) return false;
    const r = skipBack(norm, b);
    if (r === b) return false;
    if (phraseBefore(pt.doc, r, cut ? TITLES_OR_ROLES : ROLES_OF_ORG) >= 0) return true;
    j = r;
  }
  return false;
}

/** The run opens with a Vietnamese word (a syllable with a Vietnamese letter or tone): "Trên Facebook", "Phía Syria" are no one's names. */
export function vietnameseFirst(c: NameCandidate): boolean {
  const w = c.tokens[0]!.text;
  // (a letter past ASCII first, in a loop: most foreign runs open with an ASCII word, and the
  // syllable test was most of this function's time)
  return nonAscii(w) && isSyllable(w);
}

/** A code unit past U+007F (a code point past ASCII: /[^\p{ASCII}]/u). */
function nonAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 0x7f) return true;
  return false;
}

/** Lexicon ids of the speech verbs' first words ("cho" of "cho biết", "nói"). */
const SPEECH_FIRST = firstIds(SPEECH_VERBS);

/** Per document (its memo's slot): {@link speakersIn}, and the last words already read, whether each speaks alone. */
interface Spoken {
  speakers: Set<string>;
  seen: Map<string, boolean> | null;
}
function spokenOf(pt: PeopleText): Spoken {
  const memo = pt.doc.memo;
  let s = memo.speakers as Spoken | undefined;
  if (s === undefined) memo.speakers = s = { speakers: speakersIn(pt), seen: null };
  return s;
}

/**
 * The folded words of a document that stand right before a speech verb (SPEAKS after them), each
 * a whole run of letters, marks and digits written with a capital: found once, from the token
 * table (the tokens that open a speech verb, and the word before them or before "đã", "cũng" …),
 * where lastSpeaks searched the text for each last word.
 */
function speakersIn(pt: PeopleText): Set<string> {
  const out = new Set<string>();
  const { key, norm } = pt;
  const t = freshTokens(pt.doc);
  const ids = t.id;
  const firsts = SPEECH_FIRST;
  const n = t.count;
  for (let i = 1; i < n; i++) {
    const id = ids[i]!;
    if (id >= firsts.length || firsts[id] === 0) continue;
    // the word right before the verb, or before "đã", "cũng", "vừa", "còn" and the verb (SPEAKS tells)
    for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
      const e = t.end[j]!;
      let b = e;
      while (b > 0 && unitClass(norm.charCodeAt(b - 1)) & 6) b--;
      if (b < e && unitClass(norm.charCodeAt(b)) & 1 && SPEAKS.test(key.slice(e, skipFwd(norm, e) + 24))) out.add(key.slice(b, e));
    }
  }
  return out;
}

/** Every unit a letter, a mark or a digit. */
function wordUnits(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (!(unitClass(w.charCodeAt(i)) & 6)) return false;
  return true;
}

/**
 * The last word of a two-word name stands alone elsewhere, not after another capitalised word, right
 * before a speech verb: "Isaacson nói", "Tate cũng thừa nhận" ("Goldman Sachs cho biết": Sachs
 * never speaks without Goldman).
 */
export function lastSpeaks(pt: PeopleText, c: NameCandidate): boolean {
  const n = c.tokens.length;
  if (n !== 2) return false;
  const first = c.tokens[0]!;
  const prev = c.tokens[n - 2]!.key;
  const last = c.tokens[n - 1]!;
  const word = last.key;
  if (word.length < 3 || /\s/u.test(word) || prev === word) return false;
  // (a word that stands before no speech verb anywhere in the text speaks nowhere: most last words,
  // answered here, before the word lists and with no search; a word of letters, marks and digits
  // only is a run speakersIn reads whole)
  const spoken = spokenOf(pt);
  if (wordUnits(word) && !spoken.speakers.has(word)) return false;
  // a country, a place or a company speaks too ("Philippines cho biết", "Facebook tuyên bố")
  if (NOT_NAME_WORD.has(last.text) || NOT_NAME_WORD.has(first.text) || isPlace(word)) return false;
  // a label, a club ("Video Chelsea", "Atletico Madrid")
  if (NOT_FIRST.has(first.text) || NOT_LAST.has(last.text)) return false;
  const seen = (spoken.seen ??= new Map());
  const memo = `${prev} ${word}`;
  const had = seen.get(memo);
  if (had !== undefined) return had;
  const { key, norm } = pt;
  let ok = false;
  for (let at = key.indexOf(word); at >= 0; at = key.indexOf(word, at + 1)) {
    const e = at + word.length;
    // a whole word, written with a capital
    if ((at > 0 && unitClass(norm.charCodeAt(at - 1)) & 6) || (e < norm.length && unitClass(norm.charCodeAt(e)) & 6) || !(unitClass(norm.charCodeAt(at)) & 1)) continue;
    // (a hyphen joins: "Mercedes-Benz tiết lộ" is one word, its "Benz" not alone; "Ibra-Griezmann-Costa" says nothing either way)
    if (norm.charCodeAt(e) === 45 || (at > 0 && norm.charCodeAt(at - 1) === 45)) continue;
    // alone: the word before it is not capitalised (the sentence's start, a stop, a lower-case word)
    const b = skipBack(norm, at);
    let w = b;
    while (w > 0 && unitClass(norm.charCodeAt(w - 1)) & 2) w--;
    if (w < b && unitClass(norm.charCodeAt(w)) & 1) {
      // after another capitalised word inside a sentence, the word is a name of its own, no family
      // name ("Arsenal Chelsea", "đội West Brom Chelsea"): not this one's
      if (key.slice(w, b) !== prev && !pt.clauseStart(w)) {
        ok = false;
        break;
      }
      continue;
    }
    ok ||= SPEAKS.test(key.slice(e, skipFwd(norm, e) + 24));
  }
  seen.set(memo, ok);
  return ok;
}
