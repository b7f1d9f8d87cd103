/**
 * The one-screen summary that `baocao extract FILE` prints on a terminal (issue 11): the event,
 * the people with their positions, the figures grouped by kind with their values, the findings
 * with the sentence they come from. JSON stays the output of a pipe or of `--format`.
 *
 *   seed.txt — Hội nghị cán bộ, viên chức và Tổng kết công tác năm 2022 của Trung tâm …
 *   Event    hội nghị · 2022-12-20 ("Sáng ngày 20/12/2022") · reviews 2022
 *
 *   People (5)
 *     Hoàng Ngọc Nhân (TS, Đồng chí) — Phó Viện trưởng, Viện Ứng dụng công nghệ · phát biểu
 *   Figures (11)
 *     count (9)
 *       3 nhiệm vụ cấp Bộ · task                    "03 nhiệm vụ cấp Bộ"
 *         ├ 2 nhiệm vụ chuyển tiếp · task           "02 nhiệm vụ chuyển tiếp"
 *     money (1)
 *       3.247.000.000 VND · doanh thu · estimated   "3,247 tỉ đồng"
 *   Findings (1)
 *     error [plan.ratio] 150% of a plan of 2 billion is 3 billion, not 2.5 billion.
 *       "… đạt ⟦2,5 tỷ đồng⟧, bằng ⟦150%⟧ kế hoạch ⟦2 tỷ đồng⟧."
 *
 * Long lists are cut ("… 12 more") so that the whole fits one screen (about 45 lines).
 */
import type { Figure, FigureKind, Finding, Person, Report } from "../schema.js";
import { makeDoc } from "../text/normalize.js";
import { sentences, sentenceStartingBefore } from "../text/segment.js";
import { named } from "../text/rx.js";

export interface SummaryOptions {
  /** Where the post came from: a file name, "stdin", "news.jsonl:7". */
  source?: string;
  /** ANSI colours (a terminal that wants them). */
  color?: boolean;
  /** Longest line (the terminal's width); longer ones are cut with "…", findings wrapped. Default 100. */
  width?: number;
}

/** At most this many lines of each part; the figures share FIGURE_LINES across the kinds. */
const PEOPLE_LINES = 8;
const FIGURE_LINES = 16;
const FINDINGS_SHOWN = 4;
const WARNINGS_SHOWN = 3;
const KIND_ORDER: FigureKind[] = ["count", "money", "percent", "measure"];

const NUMBER = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 4 });
const BOUND = { about: "~", lower: "≥", upper: "≤" } as const;

interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  mark(s: string): string;
}

function paint(color: boolean): Paint {
  const sgr = (open: number, close: number) => (s: string) => (color ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), yellow: sgr(33, 39), mark: color ? sgr(7, 27) : (s) => `⟦${s}⟧` };
}

const ESCAPE = named("summary.ESCAPE", /\u001b\[\d+m/y);
/** The colour code starting at `i`, if one does. */
function escapeAt(line: string, i: number): RegExpExecArray | null {
  if (line.charCodeAt(i) !== 27) return null;
  ESCAPE.lastIndex = i;
  return ESCAPE.exec(line);
}

/** The visible length of a line (without colour codes). */
const visible = (s: string) => s.replace(/\u001b\[\d+m/g, "").length;

/** Cut a line to `width` visible characters (colour codes kept balanced by a final reset). */
function fit(line: string, width: number): string {
  if (visible(line) <= width) return line;
  let out = "";
  let n = 0;
  for (let i = 0; i < line.length && n < width - 1; i++) {
    const esc = escapeAt(line, i);
    if (esc) {
      out += esc[0];
      i += esc[0].length - 1;
      continue;
    }
    out += line[i];
    n++;
  }
  return out + "…" + (out.includes("\u001b[") ? "\u001b[0m" : "");
}

/** Break a long line at spaces into lines of at most `width` visible characters. */
function wrap(line: string, width: number, indent: string): string[] {
  const out: string[] = [];
  let rest = line;
  while (visible(rest) > width) {
    // the last space that keeps the visible part within the width
    let cut = -1;
    let n = 0;
    for (let i = 0; i < rest.length && n <= width; i++) {
      const esc = escapeAt(rest, i);
      if (esc) {
        i += esc[0].length - 1;
        continue;
      }
      if (rest[i] === " " && n > indent.length) cut = i;
      n++;
    }
    if (cut < 0) break;
    out.push(rest.slice(0, cut));
    rest = indent + rest.slice(cut + 1);
  }
  out.push(rest);
  return out;
}

/** A number as Vietnamese writes it: 3.247.000.000; 3,5. */
const num = (n: number) => NUMBER.format(n);

/** "3.247.000.000 VND", "~50", "10–15%", "18/20". */
export function figureValue(f: Figure): string {
  const bound = f.approx && f.bound ? BOUND[f.bound] : "";
  const range = f.range ? `${num(f.range.from)}–${num(f.range.to)}` : num(f.value);
  const v = bound + range;
  switch (f.kind) {
    case "money":
      return `${v} ${f.currency}${f.per?.length ? `/${f.per.join("/")}` : ""}`;
    case "percent":
      return `${v}%`;
    case "measure":
      return `${v} ${f.unit}`;
    case "count":
      return f.of !== undefined ? `${v}/${num(f.of)}` : v;
  }
}

/** What a figure is about, in a few words: "nhiệm vụ cấp Bộ (task)", "doanh thu · estimated". */
function figureAbout(f: Figure, byId: Map<string, Figure>): string {
  const parts: string[] = [];
  if (f.kind === "count") parts.push(f.noun ? `${f.noun} (${f.category})` : `(${f.category})`);
  else if (f.subject) parts.push(f.subject);
  if (f.kind === "percent" && f.refersTo) {
    const t = byId.get(f.refersTo);
    if (t) parts.push(`of ${figureValue(t)}`);
  }
  const c = f.comparison;
  if (c && (c.relation || c.basis)) {
    const basis = c.basisFigure && byId.get(c.basisFigure) ? `${c.basis ?? ""} (${figureValue(byId.get(c.basisFigure)!)})`.trim() : c.basis;
    parts.push([c.relation, basis].filter(Boolean).join(" "));
  }
  if (f.estimated) parts.push("estimated");
  if (f.ambiguous) parts.push("digit groups ambiguous");
  return parts.join(" · ");
}

function personLine(p: Person): string {
  const positions = p.positions.map((x) => (x.org ? `${x.title}, ${x.org}` : x.title));
  return [p.name, p.honorifics.length ? ` (${p.honorifics.join(", ")})` : "", positions.length ? ` — ${positions.join("; ")}` : "", p.roles.length ? ` · ${p.roles.join(", ")}` : ""].join("");
}

/** The figures of one kind as lines: wholes first, their parts indented under them. */
function figureLines(figs: Figure[], byId: Map<string, Figure>, budget: number, p: Paint): string[] {
  const out: string[] = [];
  const line = (f: Figure, indent: string) => {
    const about = figureAbout(f, byId);
    const sep = f.kind === "count" ? " " : " · ";
    out.push(`${indent}${p.bold(figureValue(f))}${about ? sep + about : ""}  ${p.dim(`"${f.text}"`)}`);
  };
  const shown = new Set<string>();
  for (const f of figs) {
    if (out.length >= budget) break;
    if (shown.has(f.id) || (f.parent && figs.some((g) => g.id === f.parent))) continue;
    shown.add(f.id);
    line(f, "    ");
    const kids = (f.children ?? []).map((id) => byId.get(id)).filter((k): k is Figure => !!k);
    kids.forEach((k, i) => {
      if (out.length >= budget) return;
      shown.add(k.id);
      line(k, `      ${i === kids.length - 1 ? "└" : "├"} `);
    });
  }
  const rest = figs.filter((f) => !shown.has(f.id)).length;
  if (rest) out.push(p.dim(`    … ${rest} more`));
  return out;
}

/** The sentence a finding comes from, its figures marked; cut around them when long. */
function findingSentence(text: string, finding: Finding, spansOf: (at: number) => { start: number; end: number } | undefined, p: Paint): string | undefined {
  const first = finding.spans[0];
  if (!first) return undefined;
  const s = spansOf(first.start);
  if (!s) return undefined;
  const marks = finding.spans.filter((x) => x.start >= s.start && x.end <= s.end).sort((a, b) => a.start - b.start);
  let from = s.start;
  let to = s.end;
  const MAX = 220;
  if (to - from > MAX && marks.length) {
    const lo = marks[0]!.start;
    const hi = marks[marks.length - 1]!.end;
    from = Math.max(s.start, Math.min(lo - 60, hi - MAX + 60));
    to = Math.min(s.end, Math.max(hi + 60, from + MAX));
  }
  let out = from > s.start ? "…" : "";
  let at = from;
  for (const m of marks) {
    if (m.start < at || m.end > to) continue;
    out += text.slice(at, m.start) + p.mark(text.slice(m.start, m.end));
    at = m.end;
  }
  out += text.slice(at, to) + (to < s.end ? "…" : "");
  return out.replace(/\s+/g, " ").trim();
}

/** Render a report (with the text it was read from) as a summary for people. */
export function renderSummary(report: Report, text: string, options: SummaryOptions = {}): string {
  const p = paint(!!options.color);
  const width = options.width ?? 100;
  const byId = new Map(report.figures.map((f) => [f.id, f]));
  const lines: string[] = [];
  const source = options.source ?? report.input?.source ?? report.id ?? "";
  const title = report.event.title ?? report.input?.title;
  lines.push(p.bold([source, title].filter(Boolean).join(" — ") || "(untitled)"));

  const ev = report.event;
  const when = ev.date ? `${ev.date}${ev.dateEvidence ? ` ("${ev.dateEvidence.text}")` : ""}` : "date unknown";
  const event = [ev.kind, when, ev.host, ev.year ? `reviews ${ev.year}` : ""].filter(Boolean).join(" · ");
  lines.push(`${p.bold("Event")}    ${event}`);

  lines.push("", p.bold(`People (${report.people.length})`));
  if (!report.people.length) lines.push(p.dim("  none found"));
  for (const person of report.people.slice(0, PEOPLE_LINES)) lines.push(`  ${personLine(person)}`);
  if (report.people.length > PEOPLE_LINES) lines.push(p.dim(`  … ${report.people.length - PEOPLE_LINES} more`));

  lines.push("", p.bold(`Figures (${report.figures.length})`));
  if (!report.figures.length) lines.push(p.dim("  none found"));
  const kinds = KIND_ORDER.map((k) => [k, report.figures.filter((f) => f.kind === k)] as const).filter(([, fs]) => fs.length);
  // the kinds share the lines: a kind that needs fewer than its share leaves the rest to the others
  const share = new Map<FigureKind, number>();
  let budget = FIGURE_LINES;
  [...kinds].sort((a, b) => a[1].length - b[1].length).forEach(([kind, figs], i, all) => {
    const give = Math.max(2, Math.min(figs.length, Math.floor(budget / (all.length - i))));
    share.set(kind, give);
    budget -= give;
  });
  for (const [kind, figs] of kinds) lines.push(`  ${kind} (${figs.length})`, ...figureLines(figs, byId, share.get(kind)!, p));

  const findings = report.findings;
  lines.push("", p.bold(`Findings (${findings.length})`));
  if (!findings.length) lines.push(p.dim("  none: the figures agree with each other as far as the checks can tell"));
  if (findings.length) {
    const doc = makeDoc(text);
    const sents = sentences(doc);
    const sentenceAt = (pos: number) => {
      const s = sents[sentenceStartingBefore(sents, doc.normAt(pos))];
      return s ? doc.span(s.start, s.end) : undefined;
    };
    const order = { error: 0, warning: 1, info: 2 } as const;
    const shown = [...findings].sort((a, b) => order[a.severity] - order[b.severity]).slice(0, FINDINGS_SHOWN);
    for (const f of shown) {
      const sev = f.severity === "error" ? p.red(f.severity) : f.severity === "warning" ? p.yellow(f.severity) : f.severity;
      const arithmetic = f.expected !== undefined || f.found !== undefined ? ` (expected ${fmtValue(f.expected)}, found ${fmtValue(f.found)})` : "";
      lines.push(...wrap(`  ${sev} [${f.rule}] ${f.message.en}${arithmetic}`, width, "    "));
      const sentence = findingSentence(text, f, sentenceAt, p);
      if (sentence) lines.push(...wrap(`    "${sentence}"`, width, "     "));
    }
    if (findings.length > FINDINGS_SHOWN) lines.push(p.dim(`  … ${findings.length - FINDINGS_SHOWN} more (baocao check FILE lists them all)`));
  }

  const warnings = report.warnings;
  if (warnings.length) {
    lines.push("", p.bold(`Warnings (${warnings.length})`));
    for (const w of warnings.slice(0, WARNINGS_SHOWN)) lines.push(`  ${w.code}: ${w.message}`);
    if (warnings.length > WARNINGS_SHOWN) lines.push(p.dim(`  … ${warnings.length - WARNINGS_SHOWN} more`));
  }
  lines.push("", p.dim("All of it as JSON: --format json (or pipe the output); one line per post: --format jsonl."));
  return lines.map((l) => fit(l, width)).join("\n") + "\n";
}

const fmtValue = (v: number | string | undefined) => (v === undefined ? "—" : typeof v === "number" ? num(v) : v);
