/**
 * One amount written twice: in digits and words, in two units or scales, or with the separator
 * both ways.
 *
 *   "15 (mười bảy) đồng chí", "05 (bốn) hội thảo"                   words: the two must agree
 *   "36.800.000 đồng (Bằng chữ: Ba mươi sáu triệu tám mươi nghìn đồng)" words
 *   "3.200 triệu đồng (tương đương 32 tỷ đồng)", "1,615 tỷ đồng, tức 1.615 triệu đồng"  units
 *   "kế hoạch doanh thu 2.340 tỷ đồng" … "ở mức 2,340 tỷ đồng"       separator: one is a slip
 */
import { fold } from "../text/fold.js";
import { parseWords } from "../recognize/number.js";
import { IN_WORDS } from "../lexicon/relation-cues.js";
import { UNITS } from "../lexicon/units.js";
import { L, named, rx, words } from "../text/rx.js";
import { cueOf, figMember, foldedWords, textMember, type Fig, type Rel, type RelateCtx } from "./context.js";
import { lastFigBefore } from "./anchor.js";
import { measureCompatible } from "./kinds.js";
import { sameSubject } from "./growth.js";
import { cueWord, wordTokens } from "./cue-scan.js";
import { unitAt } from "../text/chars.js";

export const IN_WORDS_CUE = named("relate.in-words", rx`${L}${words(IN_WORDS)}\s*:`);
const CHU = fold("chữ");
/** Every in-words cue holds "chữ" (else every text is scanned). */
const ALL_CHU = IN_WORDS.every((w) => fold(w).endsWith(CHU));
const NAM = fold("năm");
/** Between an amount and the same in other units: "tương đương", "tức", "quy đổi" (folded "qui"); not "hay" ("2 triệu đồng hay 3 triệu đồng": one or the other). */
const RESTATE_GAP = named("restatement.RESTATE_GAP", /^\s*(?:[,(]\s*)?(?:tương\s+đương(?:\s+với)?|tức(?:\s+là)?|qui\s+đổi(?:\s+ra)?)(?:\s*(?:khoảng|gần|hơn|xấp\s+xỉ))?\s*$/u);
/** Words said after an amount in words, not part of the number: "đồng", "chẵn", "./.". */
const MONEY_TAIL = named("restatement.MONEY_TAIL", /(?<!\s)\s*(?:(?:đồng|việt\s+nam\s+đồng|vnđ|vnd)\s*)?(?:(?:chẵn|chẳn)\s*)?(?:(?<![./])[./]+\s*)?$/u);
/** Units that convert: to a base unit. */
const UNIT_FACTOR: Record<string, [string, number]> = Object.fromEntries(
  (
    [
      ["km", "m", 1000],
      ["m", "m", 1],
      ["cm", "m", 0.01],
      ["mm", "m", 0.001],
      ["ha", "m2", 10000],
      ["m2", "m2", 1],
      ["m²", "m2", 1],
      ["km2", "m2", 1e6],
      ["km²", "m2", 1e6],
      ["tấn", "kg", 1000],
      ["kg", "kg", 1],
      ["tạ", "kg", 100],
      ["yến", "kg", 10],
      ["g", "kg", 0.001],
      ["lít", "l", 1],
      ["m3", "l", 1000],
      ["m³", "l", 1000],
    ] as const
  ).map(([u, b, k]) => [fold(u), [b, k] as [string, number]]),
);

/** A unit spelled in words ("mét", reported as written) → its symbol ("m"), folded: UNIT_FACTOR is by symbol. */
const SYMBOL = new Map(UNITS.filter((u) => u[2] !== undefined).map(([, u, sym]) => [fold(u!), fold(sym!)]));
const factorOf = (unit: string | undefined): [string, number] | undefined => {
  const u = fold(unit ?? "");
  return UNIT_FACTOR[SYMBOL.get(u) ?? u];
};

export function findRestatements(rc: RelateCtx): Rel[] {
  return [...digitsAndWords(rc), ...wordsAndDigits(rc), ...inWords(rc), ...otherUnits(rc), ...countInWords(rc), ...separators(rc)];
}

const QUALIFIED = named("restatement.QUALIFIED", /(?:^|[^\p{L}\p{M}])(?:hơn|trên|gần|khoảng|xấp\s+xỉ|chừng|ngót|dưới|hàng|ước)\s+$/u);
/** "mười ba (13) ủy viên": a number in words, then the same in digits alone in a bracket. */
function wordsAndDigits(rc: RelateCtx): Rel[] {
  const out: Rel[] = [];
  const key = rc.key;
  const ns = rc.numbers;
  for (let i = 0; i + 1 < ns.length; i++) {
    const a = ns[i]!;
    const b = ns[i + 1]!;
    if (a.form !== "words" || b.form !== "digits" || b.of !== undefined || b.range) continue;
    // "năm (2023)" is the year, not five
    if (fold(key.slice(a.numStart, a.numEnd)).trim() === NAM) continue;
    if (!/^\s*\(\s*$/u.test(key.slice(a.numEnd, b.numStart)) || !/^\s*\)/u.test(key.slice(b.numEnd, b.numEnd + 4))) continue;
    // "Hơn một trăm (105) hộ", "Gần hai nghìn (1.950) người": the words are a round bound, the digits exact
    if (QUALIFIED.test(key.slice(Math.max(0, a.numStart - 16), a.numStart))) continue;
    out.push({
      kind: "restatement",
      certainty: "explicit",
      cue: cueOf(rc, a.numEnd, key.indexOf(")", b.numEnd) + 1),
      members: [textMember(rc, "value", b.numStart, b.numEnd, { value: b.value }), textMember(rc, "restated", a.numStart, a.numEnd, { value: a.value })],
      rule: "relate.restatement.words-digits",
      form: "words",
    });
  }
  return out;
}

/** "(" right after an amount, with nothing but a qualifier before the amount inside, and ")" right after it. */
const BRACKET_GAP = named("restatement.BRACKET_GAP", /^\s*\((?:\s*(?:khoảng|gần|hơn|xấp\s+xỉ))?\s*$/u);
function bracketed(rc: RelateCtx, a: Fig, b: Fig): boolean {
  return BRACKET_GAP.test(rc.key.slice(a.end, b.start)) && /^\s*\)/u.test(rc.key.slice(b.end, b.end + 4));
}

/** "1.274 hội viên (một nghìn hai trăm bảy mươi tư hội viên)": a count in digits, restated in words after its noun. */
function countInWords(rc: RelateCtx): Rel[] {
  const out: Rel[] = [];
  for (let i = 0; i + 1 < rc.figs.length; i++) {
    const a = rc.figs[i]!;
    const b = rc.figs[i + 1]!;
    if (a.sent !== b.sent || a.f.kind !== "count" || b.f.kind !== "count" || a.f.of !== undefined || b.f.of !== undefined) continue;
    if (!/\d/.test(rc.key.slice(a.n0, a.n1)) || /\d/.test(rc.key.slice(b.n0, b.n1)) || !bracketed(rc, a, b)) continue;
    if (measureCompatible(a.f, b.f) !== "yes") continue;
    out.push({
      kind: "restatement",
      certainty: "explicit",
      cue: cueOf(rc, a.end, b.start),
      members: [figMember(rc, "value", a), figMember(rc, "restated", b)],
      rule: "relate.restatement.digits-words",
      form: "words",
    });
  }
  return out;
}

/** "15 (mười bảy)", "06 (năm)": a number in digits, then the same in words in a bracket. */
function digitsAndWords(rc: RelateCtx): Rel[] {
  const out: Rel[] = [];
  const key = rc.key;
  for (const a of rc.numbers) {
    if (a.form !== "digits" || !bracketAt(key, a.numEnd)) continue;
    const m = /^\s*\(([^()\d]{1,60})\)/u.exec(key.slice(a.numEnd, a.numEnd + 64));
    if (!m) continue;
    const open = a.numEnd + m[0].indexOf("(") + 1;
    const raw = rc.norm.slice(open, open + m[1]!.length);
    const words = raw.replace(MONEY_TAIL, "").replace(/,/g, " ").replace(/\s+/g, " ").trim();
    // alone in a bracket after digits, "năm" is five, not a year
    const value = parseWords(words) ?? (fold(words) === NAM ? 5 : null);
    if (value === null) continue;
    const lead = raw.length - raw.trimStart().length;
    out.push({
      kind: "restatement",
      certainty: "explicit",
      cue: cueOf(rc, a.numEnd, a.numEnd + m[0].length),
      members: [textMember(rc, "value", a.numStart, a.numEnd, { value: a.value }), textMember(rc, "restated", open + lead, open + raw.trimEnd().length, { value })],
      rule: "relate.restatement.digits-words",
      form: "words",
    });
  }
  return out;
}

/** Whether "(" is the first unit after white space from `at` (what the pattern of digitsAndWords starts with). */
function bracketAt(key: string, at: number): boolean {
  return afterWhite(key, at) === 40;
}

/** The unit after the white space from `at` (-1 at the end of the key). */
function afterWhite(key: string, at: number): number {
  let i = at;
  while (i < key.length && WHITE.test(key[i]!)) i++;
  return unitAt(key, i);
}

/** "36.800.000 đồng (Bằng chữ: Ba mươi sáu triệu tám mươi nghìn đồng)". */
function inWords(rc: RelateCtx): Rel[] {
  const out: Rel[] = [];
  const key = rc.key;
  // every cue ends with "chữ" and a colon after it: a text without them is not scanned (most texts)
  if (ALL_CHU && !chuWordColon(rc)) return out;
  IN_WORDS_CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = IN_WORDS_CUE.exec(key))) {
    const at = m.index;
    const from = at + m[0].length;
    const stop = key.slice(from, from + 200).search(/[)\n;]|\.(?!\/)/);
    const end = from + (stop < 0 ? Math.min(200, key.length - from) : stop);
    const raw = rc.norm.slice(from, end);
    const value = parseWords(raw.replace(MONEY_TAIL, "").replace(/,/g, " ").replace(/\s+/g, " ").trim());
    if (value === null) continue;
    const j = lastFigBefore(rc, at);
    const g = j >= 0 ? rc.figs[j] : undefined;
    if (!g || g.f.kind !== "money" || at - g.end > 80 || /[.;]\s/.test(key.slice(g.end, at))) continue;
    const lead = raw.length - raw.trimStart().length;
    out.push({
      kind: "restatement",
      certainty: "explicit",
      cue: cueOf(rc, at, from),
      members: [figMember(rc, "value", g), textMember(rc, "restated", from + lead, end, { value })],
      rule: "relate.restatement.in-words",
      form: "words",
    });
  }
  IN_WORDS_CUE.lastIndex = 0;
  return out;
}

/**
 * Whether a token "chữ" (from the one pass of cue-scan.ts) stands before white space or none and
 * ":". Every match of IN_WORDS_CUE ends with such a token: its "chữ" follows white space (or the
 * left edge) and comes before white space or ":", so it is a token of its own. A "chữ" inside a
 * longer word ("Bằngchữ:", which {@link chuColon} also finds) starts no match.
 */
export function chuWordColon(rc: RelateCtx): boolean {
  const key = rc.key;
  const t = rc.doc.tokens;
  for (const k of wordTokens(rc, CHU_WORD)) if (afterWhite(key, t.end[k]!) === 58) return true;
  return false;
}
const CHU_WORD = cueWord("chữ");

/** Whether the key holds "chữ", white space or none, and ":": the test {@link chuWordColon} replaces (kept for its property test). */
export function chuColon(key: string): boolean {
  for (let at = key.indexOf(CHU); at >= 0; at = key.indexOf(CHU, at + 1)) if (afterWhite(key, at + CHU.length) === 58) return true;
  return false;
}
const WHITE = named("restatement.WHITE", /\s/);

/** "3.200 triệu đồng (tương đương 32 tỷ đồng)": the same amount in another scale or unit. */
function otherUnits(rc: RelateCtx): Rel[] {
  const out: Rel[] = [];
  for (let i = 0; i + 1 < rc.figs.length; i++) {
    const a = rc.figs[i]!;
    const b = rc.figs[i + 1]!;
    if (a.sent !== b.sent || a.f.kind !== b.f.kind || (a.f.kind !== "money" && a.f.kind !== "measure")) continue;
    if (a.f.per || b.f.per || a.f.range || b.f.range) continue;
    // "(tương đương 32 tỷ đồng)", ", tức 1.615 triệu đồng"; or a bare bracket in another unit or scale: "0,32 ha (3.200 m²)"
    const bare = !RESTATE_GAP.test(rc.key.slice(a.end, b.start));
    if (bare && !(bracketed(rc, a, b) && writtenApart(a, b))) continue;
    // "252.000 euro, tương đương 400 euro mỗi ngày": a rate, not the same amount
    if (/^\s*(?:mỗi|một|\/|trên\s+mỗi|cho\s+mỗi|mỗi\s+năm|mỗi\s+tháng|bình\s+quân)/u.test(rc.key.slice(b.end, b.end + 16))) continue;
    let factor = 1;
    if (a.f.kind === "money") {
      if (a.f.currency !== b.f.currency) continue;
    } else if (measureCompatible(a.f, b.f) !== "yes") {
      const ua = factorOf(a.f.unit);
      const ub = factorOf(b.f.unit);
      if (!ua || !ub || ua[0] !== ub[0]) continue;
      factor = ub[1] / ua[1];
    }
    const gap = rc.key.slice(a.end, b.start);
    const cs = a.end + gap.search(/\p{L}/u);
    out.push({
      kind: "restatement",
      certainty: "explicit",
      cue: cueOf(rc, cs, b.start),
      members: [figMember(rc, "value", a), factor !== 1 ? converted(rc, b, factor, `${b.f.unit} → ${a.f.unit}`) : figMember(rc, "restated", b)],
      rule: "relate.restatement.units",
      // "738 triệu đồng (bảy trăm tám mươi ba triệu đồng)": one of the two is the number in words
      form: /\d/.test(a.f.text) && /\d/.test(b.f.text) ? "units" : "words",
    });
  }
  return out;
}

/** Two amounts written in different units ("ha", "m²") or scales ("triệu đồng", "tỷ đồng"). */
function writtenApart(a: Fig, b: Fig): boolean {
  const unitWords = (g: Fig) => fold(g.f.text.replace(/^[^\d]*[\d.,]*\d/u, "")).replace(/\s+/g, " ").trim();
  if (a.f.kind === "measure") return fold(a.f.unit ?? "") !== fold(b.f.unit ?? "");
  return unitWords(a) !== unitWords(b);
}

/** A plan word in the words before an amount (folded). */
const PLAN_WORD = named("restatement.PLAN_WORD", new RegExp(`(?:^| )(${["kế hoạch", "dự toán", "chỉ tiêu", "mục tiêu"].map((w) => fold(w)).join("|")})(?= |$)`, "u"));
/** "2.340 tỷ đồng" and "2,340 tỷ đồng" in one text: the same digits, separated both ways. */
function separators(rc: RelateCtx): Rel[] {
  const out: Rel[] = [];
  const groups = new Map<string, Map<string, Fig>>();
  for (const g of rc.figs) {
    if (g.f.kind === "percent" || !g.f.value) continue;
    const w = /\d(?:[\d.,]*\d)?/.exec(g.f.text);
    if (!w || !/^\d{1,3}[.,]\d{3}$/.test(w[0])) continue;
    const scale = fold(g.f.text.slice(w.index + w[0].length).trim().split(/\s+/)[0] ?? "");
    const k = `${g.f.kind}|${g.f.currency ?? g.f.unit ?? g.kind.head}|${w[0].replace(/[.,]/, "")}|${scale}`;
    const sep = w[0].includes(".") ? "." : ",";
    const m = groups.get(k) ?? new Map<string, Fig>();
    if (!m.has(sep)) m.set(sep, g);
    groups.set(k, m);
  }
  for (const m of groups.values()) {
    const a = m.get(".");
    const b = m.get(",");
    if (!a || !b) continue;
    const [x, y] = a.start < b.start ? [a, b] : [b, a];
    // the same amount restated ("kế hoạch doanh thu 2.340 tỷ" … "kế hoạch doanh thu 2,340 tỷ"), or
    // two amounts read apart (one reading is wrong): certain; two other amounts that share their
    // digits only differ in style
    const apart = Math.abs(x.f.value - y.f.value) > 1e-9 * Math.abs(x.f.value);
    const lead = (g: Fig) => foldedWords(rc.key.slice(Math.max(0, g.start - 60), g.start)).slice(-6);
    const [lx, ly] = [lead(x), lead(y)];
    // (or the one plan named before both: "dự toán … được giao là 5.650 tỷ" … "hoàn thành dự toán 5,650 tỷ")
    const plan = (g: Fig) => {
      const prev = lastFigBefore(rc, g.start);
      const from = Math.max(0, g.start - 60, prev >= 0 ? rc.figs[prev]!.end : 0);
      return PLAN_WORD.exec(foldedWords(rc.key.slice(from, g.start)).join(" "))?.[1];
    };
    const px = plan(x);
    const same = sameSubject(lx.join(" "), ly.join(" ")) || (lx.length >= 2 && lx.slice(-2).join(" ") === ly.slice(-2).join(" ")) || (!!px && px === plan(y));
    out.push({
      kind: "restatement",
      certainty: (apart || same) && !x.f.range && !y.f.range ? "explicit" : "inferred",
      cue: cueOf(rc, y.n0, y.n1),
      members: [figMember(rc, "value", x), figMember(rc, "restated", y)],
      rule: "relate.restatement.separator",
      form: "separator",
    });
  }
  return out;
}

/** The restated amount in the first one's unit ("35.000 m2" → 3,5 ha). */
function converted(rc: RelateCtx, b: Fig, factor: number, label: string) {
  const m = figMember(rc, "restated", b, { value: b.f.value * factor, label });
  if (m.alternatives) m.alternatives = m.alternatives.map((x) => x * factor);
  return m;
}
