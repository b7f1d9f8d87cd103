/**
 * toFacts: the compact facts view of a Report, in exactly the shape of ../shared/corpus/GOLD.md.
 */
import type { Facts, Report } from "../schema.js";

export function toFacts(report: Report, id = report.id ?? "doc"): Facts {
  return {
    id,
    date: report.event.date,
    people: report.people.map((p) => ({
      name: p.name,
      honorifics: [...p.honorifics],
      positions: p.positions.map((x) => ({ title: x.title, org: x.org })),
    })),
    figures: report.figures.map((f) => ({
      kind: f.kind,
      value: f.value,
      ...(f.currency ? { currency: f.currency } : {}),
      ...(f.unit ? { unit: f.unit } : {}),
      ...(f.kind === "count" ? { category: f.category ?? "other" } : {}),
      ...(f.of !== undefined ? { of: f.of } : {}),
      ...(f.approx ? { approx: true } : {}),
      text: f.text,
    })),
  };
}
