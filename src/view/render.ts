/**
 * The view of one post (issue 15): Report + the text it was read from → HTML, pure (no DOM,
 * no Node), so the CLI, a worker and the browser page all make the same view.
 *
 *   renderView(parseReport(text), text) → '<div class="bc-root" …><header>…</header>
 *       <article class="bc-text">…<mark class="bc-m k-money" data-key="f6" …>3,247 tỉ đồng</mark>…</article>
 *       <aside class="bc-side"><ol class="bc-findings"><li class="bc-f sev-error" data-targets="f1 f2 f3">…'
 *   renderPage(report, text) → a whole self-contained document (styles and script inline)
 *
 * Every figure, person mention, organisation and date becomes a highlight whose text is its
 * span of the input; every finding a card naming its severity, message, arithmetic and the
 * highlights it ties (data-targets); relations are listed and, by the page script, drawn.
 */
import type { DateValue, Figure, Organization, Person, Report } from "../schema.js";
import { arithmetic } from "./arithmetic.js";
import { esc, num, scriptJson, WORDS, type Lang, type Words } from "./format.js";
import { markText, type MarkItem } from "./marks.js";
import { SEVERITY, type MarkKind, type SeverityName } from "./palette.js";
import { relationsOf, type ViewRelation } from "./relations.js";

export interface ViewOptions {
  /** Language of the page's words (the findings show both languages, this one first). */
  lang?: Lang;
  /** Link back to the index page (batch pages: "../index.html"). */
  indexHref?: string;
  /** Heading; default: the report's input title, event title or id. */
  title?: string;
}

type Row = [string, string];
export interface Tip {
  title: string;
  rows: Row[];
}

/** What the page script reads (embedded as JSON). */
export interface ViewData {
  tips: Record<string, Tip>;
  /** The relations as highlights: the first member is the hub the lines start from. */
  relations: { id: string; type: string; members: { role: string; key: string }[] }[];
  words: { finding: string; of: string; marked: string };
}

/** The highlights, tooltips and findings of a report, before HTML. */
function buildView(report: Report, text: string, lang: Lang = "en") {
  const w: Words = WORDS[lang];
  const byId = new Map(report.figures.map((f) => [f.id, f]));
  const relations = relationsOf(report);
  const items: MarkItem[] = [];
  const tips: Record<string, Tip> = {};
  const fig = (id: string | undefined) => (id ? byId.get(id) : undefined);
  const figText = (id: string | undefined) => {
    const f = fig(id);
    return f ? `${f.text} (${f.id})` : (id ?? "");
  };

  for (const f of report.figures) {
    items.push({ key: f.id, ref: f.id, kind: f.kind, start: f.span.start, end: f.span.end });
    tips[f.id] = { title: f.text, rows: figureRows(f, w, lang, figText) };
  }
  report.people.forEach((p, pi) => {
    const rows = personRows(p, w);
    p.mentions.forEach((m, i) => {
      const key = `${safe(p.id, "p" + (pi + 1))}.${i}`;
      items.push({ key, ref: safe(p.id, "p" + (pi + 1)), kind: "person", start: m.span.start, end: m.span.end });
      tips[key] = { title: p.name, rows: [...rows, [w.rule, m.rule]] };
    });
  });
  report.organizations.forEach((o, i) => {
    const key = safe(o.id, `o${i + 1}`);
    items.push({ key, ref: key, kind: "org", start: o.span.start, end: o.span.end });
    tips[key] = { title: o.name, rows: orgRows(o, w) };
  });
  report.dates.forEach((d, i) => {
    const key = `d${i + 1}`;
    items.push({ key, ref: key, kind: "date", start: d.span.start, end: d.span.end });
    tips[key] = { title: d.text, rows: dateRows(d, w) };
  });

  // Places a finding or relation points at that no highlight covers get their own.
  const at = new Map<string, string>();
  for (const m of items) if (!at.has(`${m.start}:${m.end}`)) at.set(`${m.start}:${m.end}`, m.key);
  const place = (s: { start: number; end: number }, key: string, tip: Tip): string | undefined => {
    const found = at.get(`${s.start}:${s.end}`);
    if (found) return found;
    if (!(s.start >= 0 && s.end <= text.length && s.start < s.end)) return undefined;
    items.push({ key, ref: key, kind: "span", start: s.start, end: s.end });
    tips[key] = tip;
    at.set(`${s.start}:${s.end}`, key);
    return key;
  };

  // Relations: each member a highlight (a figure's own, or a place), the cue a plain span.
  const relKeys = new Map<string, { role: string; key: string }[]>();
  for (const r of relations) {
    const members: { role: string; key: string }[] = [];
    r.members.forEach((m, j) => {
      const key = m.figure ?? (m.span ? place(m.span, `${r.id}.${j}`, { title: m.text ?? text.slice(m.span.start, m.span.end), rows: [[w.kind, w.span]] }) : undefined);
      if (!key) return;
      members.push({ role: m.role, key });
      tips[key]?.rows.push([w.relation, `${r.type} · ${m.role}${m.detail ? ` (${m.detail})` : ""}${r.note ? ` — ${r.note}` : ""}`]);
    });
    if (r.missing?.length) for (const x of members) tips[x.key]?.rows.push([w.missing, r.missing.join(", ")]);
    if (r.cue && r.cue.start >= 0 && r.cue.end <= text.length && r.cue.start < r.cue.end) items.push({ key: `cue.${r.id}`, ref: r.id, kind: "span", start: r.cue.start, end: r.cue.end, cue: r.id });
    relKeys.set(r.id, members);
  }

  // Findings: the highlights each ties (its figures, its places, its relation's members).
  const flags = new Map<string, { n: number[]; worst: SeverityName }>();
  const sevRank = { error: 0, warning: 1, info: 2 } as const;
  const findings = report.findings.map((f, i) => {
    const targets: string[] = [];
    for (const id of f.figures ?? []) if (byId.has(id) && !targets.includes(id)) targets.push(id);
    f.spans.forEach((s, j) => {
      if (targets.some((k) => byId.get(k)?.span.start === s.start && byId.get(k)?.span.end === s.end)) return;
      const key = place(s, `s${i + 1}.${j}`, { title: text.slice(s.start, s.end), rows: [[w.kind, w.span]] });
      if (key && !targets.includes(key)) targets.push(key);
    });
    // issue 10: a finding names the relation it is about (until then: undefined)
    const relId = (f as { relation?: unknown }).relation;
    const rel = typeof relId === "string" ? relKeys.get(relId) : undefined;
    for (const m of rel ?? []) if (!targets.includes(m.key)) targets.push(m.key);
    for (const k of targets) {
      const fl = flags.get(k) ?? { n: [], worst: f.severity };
      fl.n.push(i + 1);
      if (sevRank[f.severity] < sevRank[fl.worst]) fl.worst = f.severity;
      flags.set(k, fl);
      tips[k]?.rows.push([w.finding, `${SEVERITY[f.severity].icon} #${i + 1} ${f.rule}`]);
    }
    return { finding: f, n: i + 1, targets, relation: rel ? (relId as string) : undefined, arithmetic: arithmetic(f, byId, lang, w) };
  });
  for (const m of items) {
    const fl = flags.get(m.key);
    if (fl) m.attrs = ` data-findings="${fl.n.join(" ")}" data-fn="${SEVERITY[fl.worst].icon}${fl.n.join(",")}" data-sev="${fl.worst}"`;
  }

  const data: ViewData = {
    tips,
    relations: relations.map((r) => ({ id: r.id, type: r.type, members: relKeys.get(r.id) ?? [] })),
    words: { finding: w.finding, of: w.of, marked: w.marked },
  };
  return { items, findings, relations, relKeys, data, words: w, byId };
}

function safe(id: string | undefined, fallback: string): string {
  return id && /^[A-Za-z0-9_-]+$/.test(id) ? id : fallback;
}

function figureRows(f: Figure, w: Words, lang: Lang, figText: (id: string | undefined) => string): Row[] {
  const rows: Row[] = [[w.kind, w[f.kind]]];
  let v = num(f.value, lang);
  if (f.range) v = `${num(f.range.from, lang)} – ${num(f.range.to, lang)}`;
  if (f.of !== undefined) v += ` / ${num(f.of, lang)}`;
  if (f.kind === "percent" && !f.range) v += "%";
  rows.push([w.value, v]);
  if (f.currency) rows.push([w.currency, f.currency]);
  if (f.unit) rows.push([w.unit, f.unit]);
  if (f.per?.length) rows.push([w.unit, `/ ${f.per.join(" / ")}`]);
  if (f.category) rows.push([w.category, f.category]);
  if (f.noun) rows.push([w.noun, f.noun]);
  if (f.subject && f.subject !== f.noun) rows.push([w.subject, f.subject]);
  if (f.approx) rows.push([w.approx, w.yes]);
  if (f.bound) rows.push([w.bound, f.bound]);
  if (f.estimated) rows.push([w.estimated, w.yes]);
  if (f.ambiguous) rows.push([w.ambiguous, w.yes]);
  const c = f.comparison;
  if (c && (c.relation || c.basis || c.basisFigure))
    rows.push([w.comparison, [c.relation, c.basis, c.basisFigure ? `→ ${figText(c.basisFigure)}` : ""].filter(Boolean).join(" ")]);
  if (f.refersTo) rows.push([w.refersTo, figText(f.refersTo)]);
  if (f.parent) rows.push([w.partOf, figText(f.parent)]);
  if (f.children?.length) rows.push([w.parts, `${f.children.map(figText).join(" + ")}${f.breakdown ? ` (${f.breakdown})` : ""}`]);
  rows.push([w.rule, f.rule], [w.id, f.id]);
  return rows;
}

function personRows(p: Person, w: Words): Row[] {
  const rows: Row[] = [[w.kind, w.person]];
  if (p.honorifics.length) rows.push([w.honorifics, p.honorifics.join(", ")]);
  for (const pos of p.positions) rows.push([w.positions, pos.org ? `${pos.title} — ${pos.org}` : pos.title]);
  if (p.roles.length) rows.push([w.roles, p.roles.join(", ")]);
  rows.push([w.mentions, String(p.mentions.length)]);
  return rows;
}

function orgRows(o: Organization, w: Words): Row[] {
  return [
    [w.kind, w.org],
    [w.name, o.name],
    [w.head, o.head],
    [w.rule, o.rule],
  ];
}

function dateRows(d: DateValue, w: Words): Row[] {
  const rows: Row[] = [
    [w.kind, w.date],
    [w.value, d.value],
    [w.precision, d.precision],
  ];
  if (d.yearInferred) rows.push([w.yearInferred, w.yes]);
  if (d.invalid) rows.push([w.invalid, w.yes]);
  rows.push([w.rule, d.rule]);
  return rows;
}

/** The view as an HTML fragment (one root element). Styles and script are the caller's. */
export function renderView(report: Report, text: string, o: ViewOptions = {}): string {
  const lang = o.lang ?? "en";
  const v = buildView(report, text, lang);
  const w = v.words;
  const other: Lang = lang === "en" ? "vi" : "en";
  const title = o.title ?? report.input?.title ?? report.event.title ?? report.id ?? "";
  const counts = countsOf(report);
  const kinds: MarkKind[] = ["count", "money", "percent", "measure", "person", "org", "date"];

  const head = [
    `<header class="bc-head">`,
    `<a class="bc-skip" href="#bc-findings">${esc(w.skip)}</a>`,
    o.indexHref ? `<nav class="bc-nav"><a href="${esc(o.indexHref)}">← ${esc(w.index)}</a></nav>` : "",
    `<h1 class="bc-title">${esc(title || report.id || "baocao")}</h1>`,
    report.input?.source || report.input?.url
      ? `<p class="bc-src">${esc(w.source)}: ${report.input?.url ? `<a href="${esc(report.input.url)}" rel="noreferrer noopener">${esc(report.input?.source ?? report.input.url)}</a>` : esc(report.input?.source ?? "")}${report.id ? ` · <code>${esc(report.id)}</code>` : ""}</p>`
      : "",
    `<ul class="bc-counts">`,
    `<li><strong>${counts.figures}</strong> ${esc(w.figures.toLowerCase())}</li>`,
    `<li><strong>${counts.people}</strong> ${esc(w.people.toLowerCase())}</li>`,
    `<li><strong>${counts.orgs}</strong> ${esc(w.organizations.toLowerCase())}</li>`,
    `<li><strong>${counts.dates}</strong> ${esc(w.dates.toLowerCase())}</li>`,
    `<li><strong>${counts.findings}</strong> ${esc(w.findings.toLowerCase())}${counts.errors ? ` (<span class="bc-sev sev-error">${SEVERITY.error.icon} ${counts.errors} ${esc(w.error.toLowerCase())}</span>)` : ""}</li>`,
    `</ul>`,
    `<div class="bc-legend" aria-label="${esc(w.legend)}"><span class="bc-legend-h">${esc(w.legend)}:</span> `,
    kinds.map((k) => `<span class="bc-sample k-${k}">${esc(w[k])}</span>`).join(" "),
    ` <label class="bc-toggle"><input type="checkbox" class="bc-labels-toggle"> ${esc(w.labels)}</label>`,
    `</div>`,
    `<p class="bc-keys">${esc(w.keys)}</p>`,
    `</header>`,
  ].join("");

  const cards = v.findings.map(({ finding: f, n, targets, relation, arithmetic: ar }) => {
    const sev = SEVERITY[f.severity];
    const roles = roleOf(relation ? [v.relKeys.get(relation)!] : [...v.relKeys.values()], targets);
    const ties = targets
      .map((k) => {
        const tip = v.data.tips[k];
        const label = v.byId.get(k)?.text ?? tip?.title ?? k;
        const role = roles.get(k);
        return `<li><a href="#bc-${esc(k)}" data-key="${esc(k)}">${esc(label)}</a>${role ? ` <span class="bc-role">${esc(role)}</span>` : ""}</li>`;
      })
      .join("");
    return [
      `<li class="bc-f sev-${f.severity}" id="bc-finding-${n}" data-n="${n}" data-targets="${esc(targets.join(" "))}"${relation ? ` data-rel="${esc(relation)}"` : ""}>`,
      `<button type="button" class="bc-fb" aria-describedby="bc-fd-${n}">`,
      `<span class="bc-sev sev-${f.severity}">${sev.icon} ${esc(w[f.severity])}</span> `,
      `<span class="bc-fn">#${n}</span> <code class="bc-rule">${esc(f.rule)}</code>`,
      `<span class="bc-msg" lang="${lang}">${esc(f.message[lang] || f.message[other])}</span>`,
      `</button>`,
      `<div id="bc-fd-${n}" class="bc-fdetail">`,
      f.message[other] && f.message[other] !== f.message[lang] ? `<p class="bc-msg2" lang="${other}">${esc(f.message[other])}</p>` : "",
      ar ? `<p class="bc-arith"><span class="bc-k">${esc(w.arithmetic)}:</span> <code>${esc(ar)}</code></p>` : "",
      ties ? `<ul class="bc-ties" aria-label="${esc(w.ties)}">${ties}</ul>` : "",
      `</div>`,
      `</li>`,
    ].join("");
  });
  const side = [
    `<aside class="bc-side" aria-labelledby="bc-findings">`,
    `<h2 id="bc-findings" tabindex="-1">${esc(w.findings)} (${report.findings.length})</h2>`,
    cards.length ? `<ol class="bc-findings">${cards.join("")}</ol>` : `<p class="bc-none">${esc(w.noFindings)}</p>`,
    `</aside>`,
  ].join("");

  const body = [
    `<main class="bc-grid">`,
    `<section class="bc-textbox" aria-label="${esc(w.text)}">`,
    `<article class="bc-text" lang="vi">${markText(text, v.items, (k) => w[k])}</article>`,
    `<svg class="bc-links" aria-hidden="true" focusable="false"></svg>`,
    `</section>`,
    side,
    `</main>`,
  ].join("");

  return [
    `<div class="bc-root" data-lang="${lang}">`,
    head,
    body,
    details(report, v.relations, v.relKeys, v.data.tips, v.byId, w, lang),
    `<div class="bc-tip" role="tooltip" id="bc-tip" hidden></div>`,
    `<div class="bc-live" aria-live="polite" role="status"></div>`,
    `<script type="application/json" class="bc-data">${scriptJson(v.data)}</script>`,
    `</div>`,
  ].join("\n");
}

/** The role each target plays in a relation among the targets ("whole", "part", "plan"…). */
function roleOf(relations: { role: string; key: string }[][], targets: string[]): Map<string, string> {
  const set = new Set(targets);
  const out = new Map<string, string>();
  for (const members of relations) {
    if (members.filter((m) => set.has(m.key)).length < 2) continue;
    for (const m of members) if (set.has(m.key) && !out.has(m.key)) out.set(m.key, m.role);
  }
  return out;
}

export function countsOf(report: Report) {
  return {
    figures: report.figures.length,
    people: report.people.length,
    orgs: report.organizations.length,
    dates: report.dates.length,
    findings: report.findings.length,
    errors: report.findings.filter((f) => f.severity === "error").length,
    warnings: report.findings.filter((f) => f.severity === "warning").length,
  };
}

function details(
  report: Report,
  relations: ViewRelation[],
  relKeys: Map<string, { role: string; key: string }[]>,
  tips: Record<string, Tip>,
  byId: Map<string, Figure>,
  w: Words,
  lang: Lang,
): string {
  const link = (key: string) => `<a href="#bc-${esc(key)}" data-key="${esc(key)}">${esc(byId.get(key)?.text ?? tips[key]?.title ?? key)}</a>`;
  const rel = relations.length
    ? `<ul class="bc-rels">${relations
        .map(
          (r) =>
            `<li data-rel="${esc(r.id)}"><strong>${esc(r.type)}</strong>${r.note ? ` <span class="bc-note">(${esc(r.note)})</span>` : ""}${r.cue?.text ? ` «${esc(r.cue.text)}»` : ""}: ${(relKeys.get(r.id) ?? [])
              .map((m) => `<span class="bc-role">${esc(m.role)}</span> ${link(m.key)}`)
              .join(", ")}${r.missing?.length ? ` <span class="bc-role">(${esc(w.missing)}: ${esc(r.missing.join(", "))})</span>` : ""}</li>`,
        )
        .join("")}</ul>`
    : `<p>${esc(w.noRelations)}</p>`;
  const figs = report.figures
    .map((f) => {
      const unit = f.currency ?? f.unit ?? "";
      const cmp = f.comparison ? [f.comparison.relation, f.comparison.basis].filter(Boolean).join(" ") : "";
      return `<tr><td>${esc(f.id)}</td><td>${link(f.id)}</td><td>${esc(w[f.kind])}</td><td class="bc-num">${esc(num(f.value, lang))}${f.kind === "percent" ? "%" : ""}</td><td>${esc(unit)}</td><td>${esc(f.category ?? "")}</td><td>${esc(cmp)}</td><td><code>${esc(f.rule)}</code></td></tr>`;
    })
    .join("");
  const people = report.people
    .map(
      (p, i) =>
        `<tr><td><a href="#bc-${esc(safe(p.id, "p" + (i + 1)))}.0">${esc(p.name)}</a></td><td>${esc(p.honorifics.join(", "))}</td><td>${esc(p.positions.map((x) => (x.org ? `${x.title} — ${x.org}` : x.title)).join("; "))}</td><td>${esc(p.roles.join(", "))}</td><td class="bc-num">${p.mentions.length}</td></tr>`,
    )
    .join("");
  const th = (xs: string[]) => `<thead><tr>${xs.map((x) => `<th scope="col">${esc(x)}</th>`).join("")}</tr></thead>`;
  return [
    `<section class="bc-details" aria-label="${esc(w.details)}">`,
    `<h2>${esc(w.relations)} (${relations.length})</h2>`,
    rel,
    `<h2>${esc(w.figures)} (${report.figures.length})</h2>`,
    report.figures.length ? `<div class="bc-scroll"><table>${th([w.id, w.text1, w.kind, w.value, w.unit, w.category, w.comparison, w.rule])}<tbody>${figs}</tbody></table></div>` : "",
    `<h2>${esc(w.people)} (${report.people.length})</h2>`,
    report.people.length ? `<div class="bc-scroll"><table>${th([w.name, w.honorifics, w.positions, w.roles, w.mentions])}<tbody>${people}</tbody></table></div>` : "",
    `</section>`,
  ].join("");
}
