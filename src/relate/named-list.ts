/**
 * A list cue that names its whole by its noun, and the figure that states that whole.
 *
 *   "… tiếp nhận 1.530 hồ sơ. Trong số các hồ sơ trên, 1.480 hồ sơ …"   whole: 1.530 hồ sơ
 *   "… trong đó lao động nữ 624 người. Trong số lao động nữ, 156 người …" whole: 624 (not the 2.496
 *                                                                        lao động: "nữ" names a class)
 *   "Trường có 45 giáo viên. Trong số giáo viên nữ, 12 người …"         no whole: none counts "nữ"
 * The cue is "trong số" or "trong tổng số" followed by a noun phrase and a comma or "có" (a number there is
 * the restated whole of breakdown.ts; "trong số đó/này" are plain list cues).
 */
import { fold } from "../text/fold.js";
import { foldedWords, sentenceOf, type Fig, type RelateCtx } from "./context.js";
import { lastStop } from "./words.js";
import { lastFigBefore } from "./anchor.js";
import { kindOf, kindsCompatible } from "./kinds.js";
import { classWords } from "./named-whole.js";
import { cueWord, tokenFlags, wordTokens } from "./cue-scan.js";
import { T_ODD } from "../text/tokens.js";
import { inOrder } from "../text/lists.js";

const OPENERS = ["trong số", "trong tổng số"].map((w) => fold(w));
const TRONG = fold("trong");
/** (every opener starts with the word "trong") */
const TRONG_WORD = cueWord("trong");
/** Words around the noun that only point back: "các hồ sơ trên", "lao động này", "những trường hợp nói trên". */
const POINTERS = new Set(["các", "những", "trên", "này", "đó", "nói", "kể", "vừa", "nêu", "đã", "ấy"].map((w) => fold(w)));
/** How many sentences back a named whole is looked for. */
const BACK = 2;

export interface NamedCue {
  at: number;
  end: number;
  words: string[];
}

/** "Trong số <noun phrase>," anywhere in the text. */
export function namedListCues(rc: RelateCtx): NamedCue[] {
  return (rc.memo.namedListCues ??= findCues(rc)) as NamedCue[];
}

function findCues(rc: RelateCtx): NamedCue[] {
  const key = rc.key;
  const out: NamedCue[] = [];
  for (const at of trongStarts(rc)) for (const o of OPENERS) if (key.startsWith(o, at)) cueAt(rc, o, at, out);
  return inOrder(out, (a, b) => a.at - b.at);
}

/**
 * Where an opener may start: the tokens "trong" (from the one pass of cue-scan.ts), and the
 * places inside a token with a character above U+FFFF where "trong" follows one (the only way an
 * opener that no letter, mark or digit unit precedes starts inside a token). Every position
 * {@link namedCuesSpec} keeps is among them (test/relate-scans.test.ts).
 */
function trongStarts(rc: RelateCtx): number[] {
  const t = rc.doc.tokens;
  const key = rc.key;
  const out: number[] = [];
  for (const i of wordTokens(rc, TRONG_WORD)) out.push(t.start[i]!);
  if (!(tokenFlags(rc) & T_ODD)) return out;
  for (let i = 0; i < t.count; i++) {
    if (!(t.flags[i]! & T_ODD)) continue;
    for (let p = t.start[i]! + 1; p + TRONG.length <= t.end[i]!; p++) if (key.startsWith(TRONG, p)) out.push(p);
  }
  return inOrder(out, (a, b) => a - b);
}

/** The cue of opener `o` at `at`, if it is one (pushed on `out`). */
function cueAt(rc: RelateCtx, o: string, at: number, out: NamedCue[]): void {
  const key = rc.key;
  if (at > 0 && /[\p{L}\p{M}\p{N}]/u.test(key[at - 1]!)) return;
  const rest = key.slice(at + o.length, at + o.length + 70);
  // the noun phrase ends at a comma, or at "có" before the first number ("trong số lao động nữ có 156 người")
  const co = /\scó\s+(?=\d)/u.exec(rest);
  let comma = rest.indexOf(",");
  if (co && (comma < 0 || co.index < comma)) comma = co.index;
  if (comma < 0 || !/^\s/u.test(rest)) return;
  const np = rest.slice(0, comma);
  if (/[\d;.:()"“”]/u.test(np)) return;
  const ws = foldedWords(np);
  if (!ws.length || ws.length > 8 || ws[0] === fold("đó") || ws[0] === fold("này")) return;
  const words = ws.filter((w) => !POINTERS.has(w));
  const k = kindOf(words.join(" "));
  if (!words.length || !k.known || k.elided) return;
  out.push({ at, end: at + o.length + (co && co.index === comma ? comma + co[0].length : comma + 1), words });
}

/** The scan {@link findCues} replaces: indexOf of each opener over the whole key (kept for the property test). */
export function namedCuesSpec(rc: RelateCtx): NamedCue[] {
  const key = rc.key;
  const out: NamedCue[] = [];
  for (const o of OPENERS) for (let at = key.indexOf(o); at >= 0; at = key.indexOf(o, at + o.length)) cueAt(rc, o, at, out);
  return inOrder(out, (a, b) => a.at - b.at);
}

/**
 * The figure a named list cue points to: a count before the cue (its sentence and two before) of
 * the named noun's kind, whose clause holds every class word of the name; the one holding most of
 * the name's words, nearest first. The last word after the noun must be said of it too: "Trong số các
 * tác phẩm dự thi, …" is no part of "95 tác phẩm xuất sắc".
 */
export function wholeNamed(rc: RelateCtx, words: readonly string[], at: number): Fig | undefined {
  const k = kindOf(words.join(" "));
  // the class words, and the last word after the noun ("tác phẩm dự thi": "thi"), must be said of the whole
  const n = k.known && !k.elided && words.join(" ").startsWith(k.head) ? k.head.split(" ").length : 0;
  const rest = words.slice(n);
  const classes = [...classWords(words), ...(rest.length ? [rest[rest.length - 1]!] : [])];
  const sent = sentenceOf(rc, at);
  let best: Fig | undefined;
  let bestScore = -1;
  const from = lastFigBefore(rc, at);
  for (let j = from; j >= 0 && j > from - 16; j--) {
    const g = rc.figs[j]!;
    if (sent >= 0 && g.sent < sent - BACK) break;
    const f = g.f;
    if (f.kind !== "count" || f.per || f.range || g.change || f.of !== undefined) continue;
    if (kindsCompatible(k, g.kind) !== "yes" && kindsCompatible(g.kind, k) !== "yes") continue;
    const ws = clause(rc, g);
    if (!classes.every((w) => ws.has(w))) continue;
    const score = words.filter((w) => ws.has(w)).length;
    if (score > bestScore) {
      best = g;
      bestScore = score;
    }
  }
  return best;
}

function clause(rc: RelateCtx, g: Fig): Set<string> {
  const memo = (rc.memo.listClause ??= new Map<number, Set<string>>()) as Map<number, Set<string>>;
  let ws = memo.get(g.i);
  if (!ws) memo.set(g.i, (ws = readClause(rc, g)));
  return ws;
}

function readClause(rc: RelateCtx, g: Fig): Set<string> {
  const s = rc.sentences[g.sent];
  let before = rc.key.slice(Math.max(s ? s.start : 0, g.start - 60), g.start);
  const cut = lastStop(before, ",;:(");
  if (cut >= 0) before = before.slice(cut + 1);
  const after = rc.key.slice(g.end, Math.min(s ? s.end : rc.key.length, g.end + 50)).split(/[,;:()]/)[0] ?? "";
  return new Set(foldedWords(`${g.noun} ${before} ${after}`));
}
