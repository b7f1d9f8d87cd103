/**
 * positions.conflict — the same person given positions that exclude each other.
 *
 *   "Giám đốc Sở Y tế Nguyễn Văn A … Phó Giám đốc Sở Y tế Nguyễn Văn A"  → warning: head and deputy
 *   "Bộ trưởng Bộ Tài chính Trần Văn B … Thứ trưởng Bộ Tài chính Trần Văn B" → warning
 *   "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lê Văn C"                          → consistent (two posts)
 *   "nguyên Giám đốc …" and "Giám đốc …"                                   → consistent (former post)
 * A warning, not an error: profiles list past posts without "nguyên".
 */
import type { Finding, Position } from "../schema.js";
import { fold } from "../text/fold.js";
import { finding, type CheckCtx } from "./util.js";

const DEPUTY = /^(?:phó|thứ)\s+/;

/** "Phó Giám đốc" → ["giám đốc", true]; "Thứ trưởng" → ["bộ trưởng", true]; "nguyên …" → null. */
function rank(title: string): [string, boolean] | null {
  const t = fold(title).replace(/\s+/g, " ").trim();
  if (/^(?:nguyên|cựu|tân|quyền)\s/.test(t)) return null;
  if (t === "thứ trưởng") return ["bộ trưởng", true];
  const deputy = DEPUTY.test(t);
  return [deputy ? t.replace(DEPUTY, "") : t, deputy];
}

function orgKey(p: Position): string | null {
  return p.org ? fold(p.org).replace(/\s+/g, " ").trim() : null;
}

function sameOrg(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  return a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}

export function checkPositions(ctx: CheckCtx): Finding[] {
  const out: Finding[] = [];
  for (const person of ctx.report.people) {
    const ps = person.positions;
    for (let i = 0; i < ps.length; i++)
      for (let j = i + 1; j < ps.length; j++) {
        const a = rank(ps[i]!.title);
        const b = rank(ps[j]!.title);
        if (!a || !b || a[0] !== b[0] || a[1] === b[1]) continue;
        if (!sameOrg(orgKey(ps[i]!), orgKey(ps[j]!))) continue;
        const show = (p: Position) => `${p.title}${p.org ? ` ${p.org}` : ""}`;
        out.push(
          finding(
            "positions.conflict",
            "warning",
            `${person.name} được ghi vừa là "${show(ps[i]!)}" vừa là "${show(ps[j]!)}".`,
            `${person.name} is given both "${show(ps[i]!)}" and "${show(ps[j]!)}".`,
            [],
            { spans: [ps[i]!.span, ps[j]!.span], expected: show(ps[i]!), found: show(ps[j]!) },
          ),
        );
      }
  }
  return out;
}
