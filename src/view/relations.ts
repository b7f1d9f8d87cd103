/**
 * The relations the view draws on the text (issue 15): which figures are tied, and how.
 *
 * Read generically, so the view draws whatever the report states:
 *   - `report.relations` when the report has them (issue 10):
 *       { id: "r1", kind: "breakdown", closed: true, parts: "disjoint", certainty: "explicit",
 *         cue: { span, text: "gồm" }, members: [{ role: "whole", figure: "f1", span, text }, …] }
 *     members that are not figures ("(mười bảy)", "tổng kết năm 2023", a title) keep their span;
 *     a relation without `members` has its figure ids read from its fields ("whole": "f1",
 *     "parts": ["f2", "f3"]);
 *   - otherwise the links on the figures themselves:
 *       "03 nhiệm vụ (trong đó 02 … và 01 …)"  f1.children = [f2, f3] → breakdown  whole f1, parts f2 f3
 *       "đạt 3 tỷ đồng, bằng 150% kế hoạch 2 tỷ" f2.refersTo = f1, f2.comparison.basisFigure = f3
 *                                               → plan  percent f2, actual f1, plan f3
 *       "tăng 20% so với cùng kỳ (100 tỷ đồng)"  → growth  percent, value, base
 * The first member is the hub the lines start from.
 */
import type { Figure, Report } from "../schema.js";
import { named } from "../text/rx.js";

export interface ViewSpan {
  start: number;
  end: number;
}

export interface ViewMember {
  role: string;
  /** The figure, when the member is one. */
  figure?: string;
  /** Where a member that is not a figure is written. */
  span?: ViewSpan;
  text?: string;
  /** Its value or what it is, as the report says ("17", "kế hoạch năm"). */
  detail?: string;
}

export interface ViewRelation {
  /** r1, r2… as the report names them. */
  id: string;
  /** breakdown, plan, growth, share, percent-total, restatement…: as the report names it. */
  type: string;
  members: ViewMember[];
  /** "closed, disjoint", "explicit", "exhaustive"…: what the report says of it. */
  note?: string;
  /** The words that tie them ("gồm", "so với kế hoạch"), when the report says. */
  cue?: ViewSpan & { text?: string };
  /** Roles the relation needs but the text does not state. */
  missing?: string[];
}

const PLAN = named("relations.PLAN", /kế hoạch|ke hoach|chỉ tiêu|chi tieu|dự toán|du toan|plan/i);
const GROWTH = new Set(["tăng", "giảm"]);

/** The relations of a report, from `report.relations` when present, else from figure links. */
export function relationsOf(report: Report): ViewRelation[] {
  const ids = new Set(report.figures.map((f) => f.id));
  const stated = (report as { relations?: unknown }).relations;
  if (Array.isArray(stated)) return stated.map((r, i) => fromStated(r, i, ids)).filter((r): r is ViewRelation => !!r && r.members.length > 0);
  return fromFigures(report.figures);
}

const TYPE_KEYS = ["kind", "type", "relation", "name"];
const SKIP_KEYS = new Set([...TYPE_KEYS, "id", "cue", "span", "evidence", "rule", "missing", "members", "directionCue"]);
const NOTE_KEYS = ["closed", "parts", "certainty", "direction", "measure", "form", "excess", "exhaustive", "open", "disjoint", "basis", "change", "status"];

function fromStated(r: unknown, i: number, ids: Set<string>): ViewRelation | undefined {
  if (!r || typeof r !== "object") return undefined;
  const o = r as Record<string, unknown>;
  const type = TYPE_KEYS.map((k) => o[k]).find((v): v is string => typeof v === "string") ?? "relation";
  const members: ViewMember[] = [];
  const seen = new Set<string>();
  const add = (role: string, v: unknown) => {
    if (typeof v === "string") {
      if (ids.has(v) && !seen.has(v)) {
        seen.add(v);
        members.push({ role, figure: v });
      }
      return;
    }
    if (!v || typeof v !== "object" || Array.isArray(v)) return;
    const m = v as Record<string, unknown>;
    const r2 = typeof m.role === "string" ? m.role : role;
    const f = typeof m.figure === "string" ? m.figure : typeof m.id === "string" ? m.id : undefined;
    if (f && ids.has(f)) {
      if (!seen.has(f)) {
        seen.add(f);
        members.push({ role: r2, figure: f, ...detailOf(m) });
      }
      return;
    }
    const span = spanLike(m);
    if (span) members.push({ role: r2, span: { start: span.start, end: span.end }, ...(typeof m.text === "string" ? { text: m.text } : {}), ...detailOf(m) });
  };
  if (Array.isArray(o.members)) for (const m of o.members) add("member", m);
  else
    for (const [k, v] of Object.entries(o)) {
      if (SKIP_KEYS.has(k)) continue;
      if (Array.isArray(v)) for (const x of v) add(singular(k), x);
      else add(k, v);
    }
  const notes = NOTE_KEYS.filter((k) => o[k] !== undefined && typeof o[k] !== "object").map((k) =>
    typeof o[k] === "boolean" ? (k === "closed" ? (o[k] ? "closed" : "open") : o[k] ? k : `not ${k}`) : k === "parts" || k === "certainty" ? String(o[k]) : `${k}: ${String(o[k])}`,
  );
  const cue = spanLike(o.cue ?? o.span ?? o.evidence);
  const missing = Array.isArray(o.missing) ? o.missing.filter((x): x is string => typeof x === "string") : [];
  return {
    id: typeof o.id === "string" && /^[\w.-]+$/.test(o.id) ? o.id : `r${i + 1}`,
    type,
    members,
    ...(notes.length ? { note: notes.join(", ") } : {}),
    ...(cue ? { cue } : {}),
    ...(missing.length ? { missing } : {}),
  };
}

function detailOf(m: Record<string, unknown>): { detail?: string } {
  const bits: string[] = [];
  if (typeof m.label === "string") bits.push(m.label);
  if (typeof m.value === "number") bits.push(String(m.value) + (typeof m.of === "number" ? `/${m.of}` : ""));
  if (typeof m.from === "string") bits.push(m.to && m.to !== m.from ? `${m.from} – ${String(m.to)}` : m.from);
  return bits.length ? { detail: bits.join(" · ") } : {};
}

function spanLike(v: unknown): (ViewSpan & { text?: string }) | undefined {
  if (!v || typeof v !== "object") return undefined;
  const o = v as Record<string, unknown>;
  const s = (o.span && typeof o.span === "object" ? o.span : o) as Record<string, unknown>;
  if (typeof s.start !== "number" || typeof s.end !== "number" || !(s.end > s.start)) return undefined;
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
