/**
 * relations.unchecked — what could not be checked, said once per report (info).
 *
 *   "đạt 103% kế hoạch" with no plan stated     → a plan relation missing its plan
 *   "tăng 8,7%" with no base stated              → a growth relation missing its base
 * A checker that is silent because it understood nothing must say so: this note counts the
 * relations found that lack a member, by kind and missing role.
 */
import type { Finding } from "../schema.js";
import { finding, type CheckCtx } from "./util.js";

const KIND_VI: Record<string, string> = { breakdown: "phân tổ", plan: "kế hoạch", growth: "tăng trưởng", share: "tỉ trọng", fraction: "phân số", "percent-total": "tổng tỉ lệ", restatement: "ghi lại", period: "kỳ", position: "chức vụ" };
const ROLE_VI: Record<string, string> = { plan: "số kế hoạch", actual: "số thực hiện", base: "số kỳ gốc", value: "số hiện tại", whole: "tổng", part: "phần", percent: "tỉ lệ" };

export function checkUnchecked(ctx: CheckCtx): Finding[] {
  const counts = new Map<string, { n: number; kind: string; role: string; spans: Finding["spans"] }>();
  for (const r of ctx.relations) {
    for (const role of r.missing ?? []) {
      if (r.kind === "plan" && role === "percent") continue; // a direction relation needs none
      const k = `${r.kind}|${role}`;
      const c = counts.get(k) ?? { n: 0, kind: r.kind, role, spans: [] };
      c.n++;
      if (c.spans.length < 20) c.spans.push(...(r.cue ? [r.cue.span] : r.members.slice(0, 1).map((m) => m.span)));
      counts.set(k, c);
    }
  }
  if (!counts.size) return [];
  const list = [...counts.values()];
  const total = list.reduce((t, c) => t + c.n, 0);
  const vi = list.map((c) => `${c.n} quan hệ ${KIND_VI[c.kind] ?? c.kind} thiếu ${ROLE_VI[c.role] ?? c.role}`).join("; ");
  const en = list.map((c) => `${c.n} ${c.kind} relation${c.n > 1 ? "s" : ""} without ${c.role === "base" ? "a base" : c.role === "actual" ? "the actual figure" : `the ${c.role}`}`).join("; ");
  return [
    finding("relations.unchecked", "info", { vi: `${total} quan hệ không kiểm tra được vì văn bản không nêu đủ số liệu: ${vi}.`, en: `${total} relation${total > 1 ? "s" : ""} could not be checked, the text does not state every figure: ${en}.` }, undefined, [], {
      spans: list.flatMap((c) => c.spans).slice(0, 20),
      found: total,
    }),
  ];
}
