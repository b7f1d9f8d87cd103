/**
 * CSV tables of the batch CLI (issue 6): one table per record type, joined on `post`.
 *
 *   posts.csv     post,source,title,url,date,event,people,figures,findings,errors,warnings
 *   people.csv    post,person,name,honorifics,positions,roles,mentions
 *                 "a","p1","Nguyễn Văn An","TS","Viện trưởng (Viện Khoa học); Bí thư (Đảng ủy)","chủ trì",3
 *   figures.csv   post,figure,kind,value,currency,unit,category,of,approx,bound,subject,relation,basis,parent,text,rule,start,end
 *   findings.csv  post,rule,severity,message_vi,message_en,figures,expected,found,start,end
 *
 * Cells are quoted when they hold a comma, quote, line break or leading/trailing space (RFC 4180):
 * a value comes back exactly as it was, line breaks included (issue 12: ids with a line break
 * were written with spaces, did not match on --resume, and their posts came out twice).
 */
import type { Finding, Report } from "../schema.js";

export const TABLES = ["posts", "people", "figures", "findings"] as const;
export type TableName = (typeof TABLES)[number];

export const HEADERS: Record<TableName, string[]> = {
  posts: ["post", "source", "title", "url", "date", "event", "people", "figures", "findings", "errors", "warnings"],
  people: ["post", "person", "name", "honorifics", "positions", "roles", "mentions"],
  figures: ["post", "figure", "kind", "value", "currency", "unit", "category", "of", "approx", "bound", "subject", "relation", "basis", "parent", "text", "rule", "start", "end"],
  findings: ["post", "rule", "severity", "message_vi", "message_en", "figures", "expected", "found", "start", "end"],
};

type Cell = string | number | boolean | null | undefined;

export function csvCell(v: Cell): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "true" : "";
  return /[",\r\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function csvLine(cells: Cell[]): string {
  return cells.map(csvCell).join(",") + "\n";
}

/** The cells of one CSV row (a complete record: quoted cells may hold line breaks). */
export function csvCells(row: string): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (row[i] === '"') {
      let out = "";
      let j = i + 1;
      for (;;) {
        const q = row.indexOf('"', j);
        if (q < 0) {
          out += row.slice(j);
          j = row.length;
          break;
        }
        out += row.slice(j, q);
        if (row[q + 1] === '"') {
          out += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      cells.push(out);
      i = j;
    } else {
      const c = row.indexOf(",", i);
      cells.push(row.slice(i, c < 0 ? row.length : c));
      i = c < 0 ? row.length : c;
    }
    if (row[i] !== ",") return cells;
    i++;
  }
}

/** First cell of a CSV row (the post id), unquoted. */
export function firstCell(row: string): string {
  return csvCells(row)[0] ?? "";
}

export function csvRows(report: Report, findings: Finding[]): Record<TableName, string> {
  const post = report.id ?? "";
  const errors = findings.filter((f) => f.severity === "error").length;
  return {
    posts: csvLine([
      post,
      report.input?.source,
      report.input?.title,
      report.input?.url,
      report.event.date,
      report.event.kind,
      report.people.length,
      report.figures.length,
      findings.length,
      errors,
      report.warnings.map((w) => w.code).join("; "),
    ]),
    people: report.people
      .map((p) =>
        csvLine([
          post,
          p.id,
          p.name,
          p.honorifics.join("; "),
          p.positions.map((x) => (x.org ? `${x.title} (${x.org})` : x.title)).join("; "),
          p.roles.join("; "),
          p.mentions.length,
        ]),
      )
      .join(""),
    figures: report.figures
      .map((f) =>
        csvLine([
          post,
          f.id,
          f.kind,
          f.value,
          f.currency,
          f.unit,
          f.category,
          f.of,
          f.approx,
          f.bound,
          f.subject,
          f.comparison?.relation,
          f.comparison?.basis,
          f.parent,
          f.text,
          f.rule,
          f.span.start,
          f.span.end,
        ]),
      )
      .join(""),
    findings: findings
      .map((f) =>
        csvLine([
          post,
          f.rule,
          f.severity,
          f.message.vi,
          f.message.en,
          f.figures?.join("; "),
          f.expected,
          f.found,
          f.spans[0]?.start,
          f.spans[0]?.end,
        ]),
      )
      .join(""),
  };
}
