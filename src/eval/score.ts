/**
 * Scoring exactly as ../shared/corpus/GOLD.md describes.
 *
 * Strings are compared after NFC, lower-casing and collapsing white space. People match one to
 * one by equal name; over matched pairs: honorific accuracy (equal sets), title P/R/F1 (titles
 * matched by equal title), org accuracy over matched titles. Figures match one to one by kind,
 * currency/unit and value within a relative 1e-9; over matched counts, category accuracy. Date:
 * accuracy over documents with a gold date. Overall: micro F1 of names and figures together.
 */
import type { FactFigure, FactPerson, Facts } from "../schema.js";

export const canon = (s: string | null | undefined): string =>
  s == null ? "" : s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

export interface PRF {
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}
export function prf(tp: number, predicted: number, gold: number): PRF {
  const precision = predicted ? tp / predicted : gold ? 0 : 1;
  const recall = gold ? tp / gold : predicted ? 0 : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, predicted, gold, precision, recall, f1 };
}
export interface Ratio {
  right: number;
  total: number;
  accuracy: number;
}
const ratio = (right: number, total: number): Ratio => ({ right, total, accuracy: total ? right / total : 1 });

/** Counts for one document; add them up with {@link sumCounts}, turn into scores with {@link finish}. */
export interface Counts {
  names: { tp: number; predicted: number; gold: number };
  honorifics: { right: number; total: number };
  titles: { tp: number; predicted: number; gold: number };
  orgs: { right: number; total: number };
  figures: Record<string, { tp: number; predicted: number; gold: number }>;
  categories: { right: number; total: number };
  date: { right: number; total: number };
}

/** One document's differences, for people reading the evaluation. */
export interface Diff {
  id: string;
  missedPeople: string[];
  extraPeople: string[];
  honorifics: { name: string; gold: string[]; predicted: string[] }[];
  titles: { name: string; missed: string[]; extra: string[] }[];
  orgs: { name: string; title: string; gold: string | null; predicted: string | null }[];
  missedFigures: FactFigure[];
  extraFigures: FactFigure[];
  categories: { text: string; gold?: string; predicted?: string }[];
  date?: { gold: string | null; predicted: string | null };
}

export function scoreDoc(pred: Facts, gold: Facts): { counts: Counts; diff: Diff } {
  const diff: Diff = {
    id: gold.id,
    missedPeople: [],
    extraPeople: [],
    honorifics: [],
    titles: [],
    orgs: [],
    missedFigures: [],
    extraFigures: [],
    categories: [],
  };
  const counts = emptyCounts();
  counts.names.predicted = pred.people.length;
  counts.names.gold = gold.people.length;

  // people, one to one by name
  const free = [...pred.people];
  for (const g of gold.people) {
    const k = free.findIndex((p) => canon(p.name) === canon(g.name));
    if (k < 0) {
      diff.missedPeople.push(g.name);
      continue;
    }
    const p = free.splice(k, 1)[0]!;
    counts.names.tp++;
    scorePair(p, g, counts, diff);
  }
  diff.extraPeople = free.map((p) => p.name);

  // figures, one to one by kind + currency/unit + value; prefer pairs that agree on category
  const kinds = new Set([...gold.figures, ...pred.figures].map((f) => f.kind));
  for (const kind of kinds) counts.figures[kind] = { tp: 0, predicted: 0, gold: 0 };
  for (const f of pred.figures) counts.figures[f.kind]!.predicted++;
  for (const f of gold.figures) counts.figures[f.kind]!.gold++;
  const predLeft = pred.figures.map((f) => f as FactFigure | null);
  const goldLeft = gold.figures.map((f) => f as FactFigure | null);
  for (const strict of [true, false]) {
    goldLeft.forEach((g, gi) => {
      if (!g) return;
      const pi = predLeft.findIndex((p) => p && sameFigure(p, g) && (!strict || p.category === g.category));
      if (pi < 0) return;
      const p = predLeft[pi]!;
      predLeft[pi] = null;
      goldLeft[gi] = null;
      counts.figures[g.kind]!.tp++;
      if (g.kind === "count") {
        counts.categories.total++;
        if (p.category === g.category) counts.categories.right++;
        else diff.categories.push({ text: g.text, gold: g.category, predicted: p.category });
      }
    });
  }
  diff.missedFigures = goldLeft.filter((f): f is FactFigure => !!f);
  diff.extraFigures = predLeft.filter((f): f is FactFigure => !!f);

  if (gold.date != null) {
    counts.date.total = 1;
    if (pred.date === gold.date) counts.date.right = 1;
    else diff.date = { gold: gold.date, predicted: pred.date };
  }
  return { counts, diff };
}

function scorePair(p: FactPerson, g: FactPerson, counts: Counts, diff: Diff): void {
  counts.honorifics.total++;
  const ph = new Set(p.honorifics.map(canon));
  const gh = new Set(g.honorifics.map(canon));
  if (ph.size === gh.size && [...gh].every((h) => ph.has(h))) counts.honorifics.right++;
  else diff.honorifics.push({ name: g.name, gold: g.honorifics, predicted: p.honorifics });

  counts.titles.predicted += p.positions.length;
  counts.titles.gold += g.positions.length;
  const left = [...p.positions];
  const missed: string[] = [];
  for (const gp of g.positions) {
    const k = left.findIndex((pp) => canon(pp.title) === canon(gp.title) && canon(pp.org) === canon(gp.org));
    const k2 = k >= 0 ? k : left.findIndex((pp) => canon(pp.title) === canon(gp.title));
    if (k2 < 0) {
      missed.push(gp.title + (gp.org ? ` | ${gp.org}` : ""));
      continue;
    }
    const pp = left.splice(k2, 1)[0]!;
    counts.titles.tp++;
    counts.orgs.total++;
    if (canon(pp.org) === canon(gp.org)) counts.orgs.right++;
    else diff.orgs.push({ name: g.name, title: gp.title, gold: gp.org, predicted: pp.org });
  }
  if (missed.length || left.length)
    diff.titles.push({ name: g.name, missed, extra: left.map((x) => x.title + (x.org ? ` | ${x.org}` : "")) });
}

export function sameFigure(a: FactFigure, b: FactFigure): boolean {
  if (a.kind !== b.kind) return false;
  if (canon(a.currency) !== canon(b.currency)) return false;
  if (canon(a.unit) !== canon(b.unit)) return false;
  const scale = Math.max(Math.abs(a.value), Math.abs(b.value));
  return scale === 0 ? a.value === b.value : Math.abs(a.value - b.value) <= 1e-9 * scale;
}

export function emptyCounts(): Counts {
  return {
    names: { tp: 0, predicted: 0, gold: 0 },
    honorifics: { right: 0, total: 0 },
    titles: { tp: 0, predicted: 0, gold: 0 },
    orgs: { right: 0, total: 0 },
    figures: {},
    categories: { right: 0, total: 0 },
    date: { right: 0, total: 0 },
  };
}

export function sumCounts(all: Counts[]): Counts {
  const t = emptyCounts();
  const add3 = (a: { tp: number; predicted: number; gold: number }, b: typeof a) => {
    a.tp += b.tp;
    a.predicted += b.predicted;
    a.gold += b.gold;
  };
  for (const c of all) {
    add3(t.names, c.names);
    add3(t.titles, c.titles);
    for (const [k, v] of Object.entries(c.figures)) add3((t.figures[k] ??= { tp: 0, predicted: 0, gold: 0 }), v);
    for (const key of ["honorifics", "orgs", "categories", "date"] as const) {
      t[key].right += c[key].right;
      t[key].total += c[key].total;
    }
  }
  return t;
}

export interface Scores {
  documents: number;
  overall_f1: number;
  overall: PRF;
  people: { names: PRF; honorifics: Ratio; titles: PRF; orgs: Ratio };
  figures: { all: PRF; byKind: Record<string, PRF>; categories: Ratio };
  date: Ratio;
}

export function finish(c: Counts, documents: number): Scores {
  const figAll = Object.values(c.figures).reduce(
    (a, b) => ({ tp: a.tp + b.tp, predicted: a.predicted + b.predicted, gold: a.gold + b.gold }),
    { tp: 0, predicted: 0, gold: 0 },
  );
  const overall = prf(c.names.tp + figAll.tp, c.names.predicted + figAll.predicted, c.names.gold + figAll.gold);
  const byKind: Record<string, PRF> = {};
  for (const k of Object.keys(c.figures).sort()) byKind[k] = prf(c.figures[k]!.tp, c.figures[k]!.predicted, c.figures[k]!.gold);
  return {
    documents,
    overall_f1: overall.f1,
    overall,
    people: {
      names: prf(c.names.tp, c.names.predicted, c.names.gold),
      honorifics: ratio(c.honorifics.right, c.honorifics.total),
      titles: prf(c.titles.tp, c.titles.predicted, c.titles.gold),
      orgs: ratio(c.orgs.right, c.orgs.total),
    },
    figures: { all: prf(figAll.tp, figAll.predicted, figAll.gold), byKind, categories: ratio(c.categories.right, c.categories.total) },
    date: ratio(c.date.right, c.date.total),
  };
}

export function formatScores(s: Scores): string {
  const p = (x: number) => x.toFixed(3);
  const row = (name: string, r: PRF) =>
    `${name.padEnd(22)} ${p(r.precision)}  ${p(r.recall)}  ${p(r.f1)}   ${String(r.tp).padStart(5)} ${String(r.predicted).padStart(5)} ${String(r.gold).padStart(5)}`;
  const acc = (name: string, r: Ratio) => `${name.padEnd(22)} ${p(r.accuracy)}  (${r.right}/${r.total})`;
  return [
    `documents: ${s.documents}`,
    `${"".padEnd(22)} prec   rec    F1       tp  pred  gold`,
    row("overall (names+figs)", s.overall),
    row("people: names", s.people.names),
    row("people: titles", s.people.titles),
    row("figures: all", s.figures.all),
    ...Object.entries(s.figures.byKind).map(([k, v]) => row(`figures: ${k}`, v)),
    acc("honorific accuracy", s.people.honorifics),
    acc("org accuracy", s.people.orgs),
    acc("category accuracy", s.figures.categories),
    acc("date accuracy", s.date),
    `overall_f1 ${p(s.overall_f1)}`,
  ].join("\n");
}
