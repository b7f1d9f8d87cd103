/**
 * A category clue inside a unit's name is no clue (category.ts): "Hai người còn lại là Trưởng Ban Thi đua
 * khen thưởng" names the board, it honours no one; "Phó Giám đốc Trung tâm Huấn luyện đào tạo" trains no one.
 * Told by a capitalised unit head (CLUE_UNIT_HEADS) a few words before the clue and, right after the head,
 * a capitalised field units are named after (CLUE_UNIT_FIELDS) that reaches past the clue: "Sở Nội vụ khen
 * thưởng 20 tập thể" keeps its clue. (No organisation reader here: the figures' side loads none.)
 */
import type { Doc } from "../text/normalize.js";
import { CLUE_UNIT_FIELDS, CLUE_UNIT_HEADS } from "../lexicon/count-clues.js";
import { isLetterOrMark } from "./count-words.js";
import { PhraseSet, phraseAt } from "./phrase.js";
import { named } from "../text/rx.js";

const HEADS = new PhraseSet(CLUE_UNIT_HEADS);
const FIELDS = new PhraseSet(CLUE_UNIT_FIELDS);
const UPPER = named("clue-in-name.UPPER", /^\p{Lu}/u);
/** Words read back from the clue for the head. */
const MAX_WORDS = 5;

/** Whether the clue key[at, end) lies inside a unit's name that starts a few words before it. */
export function clueInUnitName(doc: Doc, at: number, end: number): boolean {
  const { key, norm } = doc;
  let p = at;
  for (let w = 0; w < MAX_WORDS; w++) {
    // back over the spaces (and a dash: "Thi đua - Khen thưởng") before, then one word
    let q = p;
    while (q > 0 && p - q < 4 && (key.charCodeAt(q - 1) === 32 || key.charCodeAt(q - 1) === 45)) q--;
    if (q === p) return false;
    let s = q;
    while (s > 0 && isLetterOrMark(key, s - 1)) s--;
    if (s === q) return false;
    p = s;
    if (!UPPER.test(norm.slice(s, s + 1))) continue;
    const he = phraseAt(doc, s, HEADS, false);
    if (he < 0 || he >= at) continue;
    let f = he;
    while (f < at && key.charCodeAt(f) === 32) f++;
    if (f === he || !UPPER.test(norm.slice(f, f + 1))) continue;
    return phraseAt(doc, f, FIELDS, false) >= end;
  }
  return false;
}
