/**
 * When each document of a corpus was published, from the corpus's own `SOURCES.tsv` (a header row,
 * then one row per document, tab-separated, with an `id` column): the reference date `eval` gives
 * the parser for that document (ParseOptions.referenceDate), as an archivist passes a post's
 * publication date. The gold annotators read a year the text does not state from the same source
 * ("year 2017 from the source"), so the parser is given what they were given, never the gold.
 *
 *   id  date        source                                    → reference
 *   d1  2017-06-21  …                                         → "2017-06-21"  (a date or published column)
 *   d2              baomoi.com article 22581296, 2017         → "2017"        (a year standing alone)
 *   d3              news-2017.jsonl.gz id baomoi-22627618     → "2017"        (the archive's year)
 *   d5              (orig https://…-20210427232243242.htm)    → "2021-04-27"  (a timestamp in an address)
 *   d4              scraper:vn_news@3387ada618569fd2015b…     → none          (digits inside a hash)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { named } from "../text/rx.js";

export const SOURCES_FILE = "SOURCES.tsv";

const DATE_COLUMNS = ["date", "published", "publication_date", "published_at"];
const FULL_DATE = named("sources.FULL_DATE", /^\s*((?:19|20)\d\d(?:-\d{1,2}(?:-\d{1,2})?)?)\s*$/);
/** A time stamp in an address, YYYYMMDD then the time of day ("…-lao-dong-20210427232243242.htm"). */
const STAMP = named("sources.STAMP", /(?<!\d)((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{6,9}(?!\d)/);
/** A year with no letter or digit on either side ("…, 2017)", "news-2017.jsonl"). */
const LONE_YEAR = named("sources.LONE_YEAR", /(?<![\p{L}\p{N}])(?:19|20)\d\d(?![\p{L}\p{N}])/gu);

/** id → reference date from the row's date column, else a time stamp or the last lone year of its source column. */
export function parseSources(tsv: string): Map<string, string> {
  const out = new Map<string, string>();
  const lines = tsv.split(/\r?\n/).filter((l) => l.trim() !== "");
  if (!lines.length) return out;
  const head = lines[0]!.split("\t").map((h) => h.trim().toLowerCase());
  const id = head.indexOf("id");
  if (id < 0) return out;
  const dateCol = head.findIndex((h) => DATE_COLUMNS.includes(h));
  const source = head.indexOf("source");
  for (const line of lines.slice(1)) {
    const cells = line.split("\t");
    const key = cells[id]?.trim();
    if (!key) continue;
    const date = dateCol >= 0 ? FULL_DATE.exec(cells[dateCol] ?? "")?.[1] : undefined;
    const src = source >= 0 ? (cells[source] ?? "") : "";
    const stamp = STAMP.exec(src);
    const years = [...src.matchAll(LONE_YEAR)];
    const ref = date ?? (stamp ? `${stamp[1]}-${stamp[2]}-${stamp[3]}` : years[years.length - 1]?.[0]);
    if (ref) out.set(key, ref);
  }
  return out;
}

/** The reference dates of the documents in `dir` (empty when it has no readable SOURCES.tsv). */
export function readSources(dir: string): Map<string, string> {
  let tsv: string;
  try {
    tsv = readFileSync(join(dir, SOURCES_FILE), "utf8");
  } catch {
    return new Map();
  }
  return parseSources(tsv);
}
