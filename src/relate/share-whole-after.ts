/**
 * A share whose whole is named with "tổng" after the percent and stated right after its name, in a
 * bracket or after "là", when share.ts found no figure for it: the part is the figure right before
 * the percent.
 *
 *   "chi cho giáo dục 650 tỷ đồng, chiếm 70% trong tổng chi ngân sách (1.000 tỷ đồng)"
 *   "…, chiếm 70% tổng chi ngân sách năm 2024 (1.000 tỷ đồng)"        (a year in the name)
 *   "…, chiếm 70% tổng chi ngân sách là 1.000 tỷ đồng"
 *   "…, bằng 70% tổng chi (1.000 tỷ đồng)", "tương đương 70% so với tổng chi (…)"
 * Only a whole of the part's kind (the same currency, unit or counted noun) and not below the part
 * ("chiếm 70% tổng chi (700 tỷ đồng)" after the total states the part), and "bằng" only up to
 * 100% (above it a ratio to another period reads the same numbers). A share relation share.ts made
 * for the percent without a figure for its whole is replaced.
 */
import { cueOf, figById, figMember, guard, type Fig, type Rel, type RelateCtx } from "./context.js";
import { anchorOf, nextFig } from "./anchor.js";
import { measureCompatible } from "./kinds.js";
import { named } from "../text/rx.js";

/** The share word right before the percent. */
const SHARE_WORD = guard(named("share-whole-after.SHARE_WORD", /(?:^|[^\p{L}\p{M}])(chiếm(?:\s+tỉ\s+lệ|\s+tỉ\s+trọng)?|bằng|tương\s+đương|tương\s+ứng)(?:\s+(?:khoảng|gần|hơn|trên|xấp\s+xỉ))?\s*$/u), ["chiếm", "bằng", "tương"]);
/** From the percent to the whole's figure: "trong tổng chi ngân sách năm 2024 (", "tổng số lao động là ". */
const NAME_GAP = named("share-whole-after.NAME_GAP", /^\s*(?:(?:trong|so\s+với|của|trên)\s+)?tổng(?:\s+[\p{L}\p{M}]+){1,8}(?:\s+năm\s+\d{4})?(?:\s*\(\s*(?:là\s+)?|\s+là\s+|\s*:\s*)$/u);
/** Words of a plan or a period that make the percent no share: "tổng kế hoạch", "tổng chỉ tiêu". */
const NOT_SHARE = named("share-whole-after.NOT_SHARE", /(?:^|\s)(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán|cùng\s+k[iì]|năm\s+trước|k[iì]\s+trước)(?:\s|$)/u);

export function findSharesWholeAfter(rc: RelateCtx): Rel[] {
  const out: Rel[] = [];
  const key = rc.key;
  for (const p of rc.figs) {
    if (p.f.kind !== "percent" || p.f.range) continue;
    const sStart = rc.sentences[p.sent]?.start ?? 0;
    const before = key.slice(Math.max(sStart, p.start - 24), p.start);
    const sw = SHARE_WORD.test(before) ? SHARE_WORD.re.exec(before) : null;
    if (!sw) continue;
    const chiem = sw[1]!.startsWith("chiếm");
    if (!chiem && p.f.value > 100) continue;
    // a relation that already holds the percent with a whole figure is share.ts's (or a plan's, a growth's)
    const held = rc.found.filter((r) => r.members.some((m) => m.figure === p.f.id));
    if (held.some((r) => r.kind !== "share" || r.members.some((m) => m.role === "whole" && m.figure))) continue;
    const w = nextFig(rc, p.end);
    if (!w || w.sent !== p.sent || w.start - p.end > 100 || w.f.kind === "percent" || w.change || w.f.range || w.f.per || w.f.of !== undefined) continue;
    const gap = key.slice(p.end, w.start);
    if (!NAME_GAP.test(gap) || NOT_SHARE.test(gap)) continue;
    if (gap.includes("(") && !/^\s*\)/u.test(key.slice(w.end, w.end + 4))) continue;
    const old = held.find((r) => r.kind === "share");
    const oldPart = old?.members.find((m) => m.role === "part" && m.figure);
    const part: Fig | undefined = oldPart?.figure !== undefined ? figById(rc, oldPart.figure) : anchorOf(rc, p.i);
    if (!part || part.f.kind === "percent" || part.change || part.f.of !== undefined || !sameKind(part, w) || part.f.value > w.f.value) continue;
    if (old) rc.found.splice(rc.found.indexOf(old), 1);
    const cs = p.start - before.length + sw.index + sw[0].indexOf(sw[1]!);
    out.push({
      kind: "share",
      certainty: "explicit",
      cue: cueOf(rc, cs, p.start),
      members: [figMember(rc, "part", part), figMember(rc, "whole", w), figMember(rc, "percent", p)],
      rule: "relate.share.whole-after",
    });
  }
  return out;
}

/** Whether a whole counts what the part counts: one currency, one unit, one kind of noun. */
function sameKind(part: Fig, w: Fig): boolean {
  if (part.f.kind !== w.f.kind) return false;
  if (w.f.kind === "money") return part.f.currency === w.f.currency;
  if (w.f.kind === "measure") return (part.f.unit ?? "") === (w.f.unit ?? "");
  return measureCompatible(w.f, part.f, w.kinds, part.kind) === "yes";
}
