/**
 * A base stated in the clause after a change, by its period told again:
 *
 *   "… thu được 1.350 triệu đồng, tăng 25% so với cùng kỳ; cùng kỳ năm trước thu được 1.180 triệu đồng"
 *   "… kết nạp 64 hội viên, tăng 28% so với năm 2023. Năm 2023, hội kết nạp 50 hội viên."
 *
 * The clause opens (after "trong khi", "còn" …, and words of the value's own clause) with the basis's period, or one that holds it ("cùng kỳ" in
 * "cùng kỳ năm trước"), and its first figure is of the value's measure, told by no word the value's clause
 * does not have: "cùng kỳ năm trước, Chi nhánh B thu được …" (another body), "cùng kỳ năm trước chi …"
 * (another flow) or "so với tháng trước; cùng kỳ năm trước …" (another period) is no base.
 */
import { BASE_CLAUSE_LEADS, BASE_WORDS } from "../lexicon/relation-cues.js";
import { fold } from "../text/fold.js";
import type { Basis } from "./anchor.js";
import { nextFig } from "./anchor.js";
import { foldedWords, PhraseList, type Fig, type RelateCtx } from "./context.js";
import { clauseLeadStart, narrower, WEAK } from "./growth-base.js";
import { measureCompatible } from "./kinds.js";

const LEADS = new PhraseList(BASE_CLAUSE_LEADS);
const PERIOD = new PhraseList(BASE_WORDS);
/** Words a period runs on with: "cùng kỳ năm 2023", "năm trước". */
const PERIOD_MORE = new Set(foldedWords("năm trước ngoái cùng kỳ thời điểm này"));
/** Verbs and glue between the period and the base that say nothing of what is counted. */
const GLUE = new Set(foldedWords("chỉ mới cũng đã ở mức đạt là có được thực hiện ước"));

/** The base in the clause after the percent's basis, or undefined. */
export function nextClauseBase(rc: RelateCtx, value: Fig, p: Fig, basis: Basis): Fig | undefined {
  if (basis.kind !== "base") return undefined;
  const key = rc.key;
  // the basis ends its clause: a ";" "," or "." right after it
  const brk = /^\s*[;,.]\s*/u.exec(key.slice(basis.end, basis.end + 6));
  if (!brk) return undefined;
  const from = basis.end + brk[0].length;
  const g = nextFig(rc, from);
  if (!g || g.sent > p.sent + 1 || g.start - from > 90 || (g.sent !== p.sent && g.sent !== rc.figs[p.i + 1]?.sent)) return undefined;
  const gap = key.slice(from, g.start);
  if (/[;.()]/u.test(gap)) return undefined;
  const ws = foldedWords(gap);
  // (the value's own words may come first: "doanh thu cùng kỳ năm trước là …")
  const mine = new Set(foldedWords(key.slice(clauseLeadStart(rc, value), value.end)));
  let i = 0;
  for (let n = LEADS.at(ws, i); n; n = LEADS.at(ws, i)) i += n;
  const lead = i;
  for (let k = 0; k < 4 && !PERIOD.at(ws, i) && ws[i] !== "năm" && (mine.has(ws[i] ?? "") || WEAK.has(ws[i] ?? "")); k++) i++;
  const named = i > lead;
  // the period: a basis word ("cùng kỳ năm trước") or "năm 2023", run on over period words and a year
  const p0 = i;
  let n = PERIOD.at(ws, i);
  if (!n && ws[i] === "năm" && /^\d{4}$/.test(ws[i + 1] ?? "")) n = 2;
  if (!n) return undefined;
  i += n;
  while (i < ws.length && (PERIOD_MORE.has(ws[i]!) || (/^\d{4}$/.test(ws[i]!) && ws[i - 1] === "năm"))) i++;
  const period = ws.slice(p0, i).join(" ");
  const told = foldedWords(basis.text).join(" ");
  if (!(` ${period} `.includes(` ${told} `) || ` ${told} `.includes(` ${period} `))) return undefined;
  // the base: of the value's measure, a whole of it (not a narrower kind), no change or rate
  if (g.f.kind === "percent" || g.change || g.negative || g.f.per || g.f.range || g.f.of !== undefined) return undefined;
  if (measureCompatible(value.f, g.f, value.kinds, g.kind) !== "yes") return undefined;
  // (with the value's words before the period, narrower() would read the period as their qualifier: a count
  // then names the value's own noun, an amount is told by the words checked below)
  if (named ? g.f.kind === "count" && fold(g.f.noun ?? "") !== fold(value.f.noun ?? "") : narrower(rc, value, g)) return undefined;
  // told by no word the value's clause does not have (a name, a place, another flow)
  for (const w of ws.slice(i)) if (!WEAK.has(w) && !GLUE.has(w) && !mine.has(w) && !/^\d/.test(w)) return undefined;
  return g;
}
