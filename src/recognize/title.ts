/**
 * Position titles and the organisation written right after them (read by title-org.ts).
 *
 *   "Phó Viện trưởng Viện Ứng dụng công nghệ"   → title "Phó Viện trưởng", org "Viện Ứng dụng công nghệ"
 *   "Phó Giám đốc phụ trách"                      → title with its modifier, org null
 *   "Thứ trưởng Bộ Tư pháp Lê Minh Khoa"          → org "Bộ Tư pháp" (stops before the name)
 *   "Trưởng ban Tuyên giáo Trung ương"            → title "Trưởng ban", org "Ban Tuyên giáo Trung ương"
 *   "Vụ trưởng Kế hoạch - Tài chính"              → org "Vụ Kế hoạch - Tài chính" (the head the title begins with)
 *   "nguyên Chủ nhiệm Ủy ban Kiểm tra", "P.Giám đốc", "PCT" (as written; merged with "Phó Chủ tịch")
 * Where a title starts: title-scan.ts; the words a title may start with: title-first.ts.
 */
import type { RuleOf } from "../schema.js";
import type { Doc } from "../text/normalize.js";
import { fold } from "../text/fold.js";
import { abbrMatches, nextTitle } from "./title-scan.js";
import { dashesAsWritten, namedHeadAt, parseOrg } from "./title-org.js";
import { PhraseSet } from "./phrase.js";
import { skipSpaces } from "./org-token.js";
import { DROPPED_PREFIXES, LEADING_HEADS, SHARED_HEADS, SHARED_HEAD_KINDS, SHORT_SHARED_HEADS, TITLE_ORG_LINKS, TITLE_ABBREVIATIONS, TITLES_ONLY_BEFORE, VU_COMPOUNDS } from "../lexicon/titles.js";
import { unitAt } from "../text/chars.js";

export interface TitleHit {
  start: number;
  /** End of the title words. */
  end: number;
  title: string;
  /** Folded title without prefixes, for merging repeats ("Phó Thủ tướng" ≈ "Phó Thủ tướng thường trực"). */
  base: string;
  org: string | null;
  orgStart: number;
  orgEnd: number;
  /** End of the title and its organisation. */
  chainEnd: number;
  rule: RuleOf<"position">;
}

const VU = fold("vụ ");
const CHUC = VU_COMPOUNDS.map((w) => fold(`${w} `));
const DROPPED = new Set(DROPPED_PREFIXES.map((p) => fold(p)));
const ONLY_BEFORE = new Map(Object.entries(TITLES_ONLY_BEFORE).map(([t, orgs]) => [fold(t), orgs.map((o) => fold(o))]));
const LEADING = new Map(Object.entries(LEADING_HEADS).map(([k, v]) => [fold(k), v]));
/** Shared heads: [the folded title words, the head it names, the first of those words], longest first. */
const SHARED = [...Object.entries(SHARED_HEADS), ...Object.entries(SHORT_SHARED_HEADS).map(([k, v]) => [k, v.head] as const)]
  .map(([k, v]) => [fold(k), v, fold(k).split(" ")[0]!] as const)
  .sort((a, b) => b[0].length - a[0].length);
type Shared = (typeof SHARED)[number];
/** The words between a title and its organisation ("đại diện đến từ …"), by folded title, longest first. */
const LINKS = new Map(Object.entries(TITLE_ORG_LINKS).map(([t, ws]) => [fold(t), ws.map((w) => `${fold(w)} `).sort((a, b) => b.length - a.length)]));
/** The kinds of board each shared head names with a stop word ("trưởng ban chỉ đạo …"), by the head as written. */
const KINDS = new Map(Object.entries(SHARED_HEAD_KINDS).map(([h, ws]) => [h, new PhraseSet(ws)]));
/** The shared head a folded title ends in (SHARED's first hit; null: none). */
function sharedHeadOf(own: string): Shared | null {
  for (const sh of SHARED) if (own.endsWith(sh[0]) && (own.length === sh[0].length || own[own.length - sh[0].length - 1] === " ")) return sh;
  return null;
}
/** text.split(" ")[0] without the array (split's arrays came with another map: optimised add deopted, "wrong map"). */
function firstWordOf(text: string): string {
  const sp = text.indexOf(" ");
  return sp < 0 ? text : text.slice(0, sp);
}

const ASSEMBLY = fold("quốc hội");
/** Whether the text names the National Assembly (read only for "đại biểu" before a name, rare). */
const assemblyText = (doc: Doc): boolean => doc.key.includes(ASSEMBLY);

/** Every title in the document, with the organisation after it. */
export function findTitles(doc: Doc, nameStarts: Set<number>): TitleHit[] {
  const out: TitleHit[] = [];
  const { norm } = doc;
  const add = (start: number, end: number, title: string, base: string, rule: RuleOf<"position">) => {
    // (an abbreviation restores its own short head: "Chánh VP UBND tỉnh" → org "VP UBND tỉnh")
    const own = rule === "person.title-abbr" ? fold(title) : base;
    const sharedHead = sharedHeadOf(own);
    // shared head only when the title ends in it ("trưởng ban"), not for titles naming it whole ("thanh tra" alone)
    const shared = sharedHead !== null && own !== sharedHead[0] ? sharedHead : null;
    // "GVCC. Viện Vật lý Kỹ thuật": an abbreviation's dot before its organisation
    let dot = rule === "person.title-abbr" && unitAt(norm, end) === 46 && unitAt(norm, end + 1) === 32 ? 1 : 0;
    const links = LINKS.get(base);
    if (links !== undefined) {
      const at = skipSpaces(norm, end);
      const w = links.find((l) => doc.key.startsWith(l, at));
      if (w !== undefined) dot = at + w.length - end;
    }
    const span = parseOrg(doc, end + dot, nameStarts, shared !== null, shared !== null ? (KINDS.get(shared[1]) ?? null) : null);
    let org: string | null = null;
    if (span) {
      const text = dashesAsWritten(doc, span.start, span.end);
      org = shared !== null && fold(firstWordOf(text)) !== shared[2] ? `${shared[1]} ${text}` : text;
      // "Vụ trưởng Kế hoạch - Tài chính" → "Vụ Kế hoạch - Tài chính": the head the title begins with
      const lead = LEADING.get(base.startsWith("phó ") ? base.slice(4) : base);
      if (lead && !fold(`${text} `).startsWith(`${fold(lead)} `) && !namedHeadAt(doc, span.start) && /^\p{Lu}[\p{Ll}\p{M}]/u.test(text) && !/^(?:các|những)(?: |$)/.test(fold(text))) org = `${lead} ${text}`;
    }
    // "Đại biểu" is a post only before "Quốc hội" or "HĐND" (its abbreviation "ĐB" before a name names a deputy)
    const only = rule === "person.title-abbr" ? undefined : ONLY_BEFORE.get(base);
    // (… or right before a name in a text about the Assembly: "trả lời câu hỏi của đại biểu Nguyễn Thị A",
    // a deputy, as "ĐB Nguyễn Thị A" is; a delegate elsewhere: "đại biểu Nguyễn Văn B phát biểu tại hội nghị")
    if (only && !(org !== null && only.some((o) => fold(`${org} `).startsWith(`${o} `))) && !(span === null && nameStarts.has(skipSpaces(norm, end)) && assemblyText(doc))) return false;
    out.push({ start, end, title, base, org, orgStart: span?.start ?? end, orgEnd: span?.end ?? end, chainEnd: span?.end ?? end, rule });
    return true;
  };
  let m: RegExpExecArray | null;
  let covered = 0;
  let from = 0;
  while ((m = nextTitle(doc, from))) {
    const g = m.groups!;
    // the title starts after the separator before it (the left word edge)
    const at = m.index;
    from = at + m[0].length;
    if (at < covered) continue;
    // "chức vụ Trưởng ban …", "nhiệm vụ phó …": "vụ" closes a word (VU_COMPOUNDS), it opens no "Vụ trưởng";
    // but a capital "Vụ" after the word in lower case does ("giữ chức Vụ trưởng Vụ Kế hoạch")
    if (g.base!.startsWith(VU) && CHUC.some((w) => doc.key.endsWith(w, at) && !(/\p{Lu}/u.test(norm[at]!) && /\p{Ll}/u.test(norm[at - w.length]!)))) {
      from = at + 1;
      continue;
    }
    let end = at + m[0].length;
    // a word must end here, or a capital follow ("Giám đốcSở Y tế"); else drop the suffix
    const edge = (e: number) => !/[\p{L}\p{M}\p{N}]/u.test(norm[e] ?? "") || /\p{Lu}/u.test(norm[e]!);
    if (!edge(end)) {
      if (!g.suf) continue;
      end -= g.suf.length + 1;
      if (!edge(end)) continue;
    }
    const dropped = !!g.pre && DROPPED.has(g.pre);
    let start = at;
    if (dropped) start = skipSpaces(norm, at + g.pre!.length);
    const parts: string[] = [];
    let p = at;
    if (g.pre) {
      if (!dropped) parts.push(g.pre === "q." ? "Q." : norm.slice(p, p + g.pre.length));
      p = skipSpaces(norm, p + g.pre.length);
    }
    if (g.pho) {
      parts.push(g.pho === "p." ? "Phó" : norm.slice(p, p + 3));
      p = skipSpaces(norm, p + g.pho.length);
    }
    parts.push(norm.slice(p, end));
    const title = parts.join(" ");
    const base = `${g.pho ? "phó " : ""}${g.base!}`;
    if (add(start, end, title, base, "person.title")) covered = out[out.length - 1]!.chainEnd;
  }
  for (m of abbrMatches(doc)) {
    if (m.index < covered && out.some((t) => t.start <= m!.index && m!.index < t.chainEnd)) continue;
    // reported as written ("PCT"); the expansion is the base that merges it with the title in full
    const full = TITLE_ABBREVIATIONS[m[0]]!;
    add(m.index, m.index + m[0].length, m[0], fold(full), "person.title-abbr");
  }
  return out.sort((a, b) => a.start - b.start);
}
