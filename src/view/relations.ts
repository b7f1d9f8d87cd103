/**
 * The relations the view draws on the text (issue 15): which figures are tied, and how.
 *
 * Read generically, so the view draws whatever the report states:
 *   - `report.relations` when the report has them (issue 10): every field of a relation that
 *     names figures by id — a string ("whole": "f1") or a list ("parts": ["f2", "f3"]), or
 *     objects with a `figure` — becomes a member with that field's name as its role; the first
 *     member is the hub the lines start from;
 *   - otherwise the links on the figures themselves:
 *       "03 nhiệm vụ (trong đó 02 … và 01 …)"  f1.children = [f2, f3] → breakdown  whole f1, parts f2 f3
 *       "đạt 3 tỷ đồng, bằng 150% kế hoạch 2 tỷ" f2.refersTo = f1, f2.comparison.basisFigure = f3
 *                                               → plan  percent f2, actual f1, plan f3
 *       "tăng 20% so với cùng kỳ (100 tỷ đồng)"  → growth  percent, value, base
 */
import type { Figure, Report } from "../schema.js";

export interface ViewMember {
  role: string;
  figure: string;
}

export interface ViewRelation {
  /** r1, r2… in the order given. */
  id: string;
  /** breakdown, plan, growth, share, percent-of, restatement…: as the report names it. */
  type: string;
  members: ViewMember[];
  /** "closed"/"open", "exhaustive"/"partial"… when stated. */
  note?: string;
  /** Where the cue that ties them is written ("trong đó", "kế hoạch"), when the report says. */
  cue?: { start: number; end: number; text?: string };
}

const PLAN = /kế hoạch|ke hoach|chỉ tiêu|chi tieu|dự toán|du toan|plan/i;
const GROWTH = new Set(["tăng", "giảm"]);

/** The relations of a report, from `report.relations` when present, else from figure links. */
export function relationsOf(report: Report): ViewRelation[] {
  const ids = new Set(report.figures.map((f) => f.id));
  const stated = (report as { relations?: unknown }).relations;
  if (Array.isArray(stated)) return stated.map((r, i) => fromStated(r, i, ids)).filter((r): r is ViewRelation => !!r && r.members.length > 1);
  return fromFigures(report.figures);
}

const TYPE_KEYS = ["type", "kind", "relation", "name"];
const NOTE_KEYS = ["closed", "exhaustive", "open", "disjoint", "status", "direction"];

function fromStated(r: unknown, i: number, ids: Set<string>): ViewRelation | undefined {
  if (!r || typeof r !== "object") return undefined;
  const o = r as Record<string, unknown>;
  const type = TYPE_KEYS.map((k) => o[k]).find((v): v is string => typeof v === "string") ?? "relation";
  const members: ViewMember[] = [];
  const seen = new Set<string>();
  const add = (role: string, v: unknown) => {
    if (typeof v === "string" && ids.has(v) && !seen.has(v)) {
      seen.add(v);
      members.push({ role, figure: v });
    } else if (v && typeof v === "object" && !Array.isArray(v)) {
      const f = (v as Record<string, unknown>).figure ?? (v as Record<string, unknown>).id;
      if (typeof f === "string") add(role, f);
    }
  };
  for (const [k, v] of Object.entries(o)) {
    if (TYPE_KEYS.includes(k) || k === "id") continue;
    if (Array.isArray(v)) for (const x of v) add(singular(k), x);
    else add(k, v);
  }
  const notes = NOTE_KEYS.filter((k) => o[k] !== undefined && typeof o[k] !== "object").map((k) => (typeof o[k] === "boolean" ? (o[k] ? k : `not ${k}`) : `${k}: ${String(o[k])}`));
  const cueRaw = o.cue ?? o.span ?? o.evidence;
  const cue = spanLike(cueRaw);
  return {
    id: typeof o.id === "string" ? o.id : `r${i + 1}`,
    type,
    members,
    ...(notes.length ? { note: notes.join(", ") } : {}),
    ...(cue ? { cue } : {}),
  };
}

function spanLike(v: unknown): ViewRelation["cue"] | undefined {
  if (!v || typeof v !== "object") return undefined;
  const o = v as Record<string, unknown>;
  const s = (o.span && typeof o.span === "object" ? o.span : o) as Record<string, unknown>;
  if (typeof s.start !== "number" || typeof s.end !== "number" || s.end <= s.start) return undefined;
  return { start: s.start, end: s.end, ...(typeof o.text === "string" ? { text: o.text } : {}) };
}

function singular(k: string): string {
  return k.endsWith("ies") ? k.slice(0, -3) + "y" : k.endsWith("s") ? k.slice(0, -1) : k;
}

function fromFigures(figures: Figure[]): ViewRelation[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const out: ViewRelation[] = [];
  for (const f of figures) {
    const parts = (f.children ?? []).filter((c) => byId.has(c));
    if (parts.length) {
      out.push({
        id: `r${out.length + 1}`,
        type: "breakdown",
        members: [{ role: "whole", figure: f.id }, ...parts.map((c) => ({ role: "part", figure: c }))],
        ...(f.breakdown ? { note: f.breakdown } : {}),
      });
    }
  }
  for (const f of figures) {
    if (f.kind !== "percent") continue;
    const actual = f.refersTo && byId.has(f.refersTo) ? f.refersTo : undefined;
    const base = f.comparison?.basisFigure && byId.has(f.comparison.basisFigure) ? f.comparison.basisFigure : undefined;
    if (!actual && !base) continue;
    const rel = f.comparison?.relation;
    const growth = rel !== undefined && GROWTH.has(rel);
    const plan = !growth && PLAN.test(f.comparison?.basis ?? "");
    const type = growth ? "growth" : plan ? "plan" : rel === "chiếm" ? "share" : "percent-of";
    const members: ViewMember[] = [{ role: "percent", figure: f.id }];
    if (actual) members.push({ role: growth ? "value" : plan ? "actual" : "of", figure: actual });
    if (base && base !== actual) members.push({ role: growth ? "base" : plan ? "plan" : "basis", figure: base });
    out.push({ id: `r${out.length + 1}`, type, members, ...(rel ? { note: rel } : {}) });
  }
  return out;
}
