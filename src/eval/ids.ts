import { named } from "../text/rx.js";
/**
 * Which documents `baocao eval` scores: a list of ids and ranges.
 *
 *   "d046-d075"          → every id from d046 to d075 that the folder holds
 *   "d046,d047"          → exactly these two (an id the folder lacks is an error)
 *   "d001-d010,d046"     → both forms together
 *
 * A range needs the same prefix on both ends ("d046-d075", "doc1-doc9"); ids inside it compare by
 * prefix and number, so "d46" and "d046" are both in "d001-d075".
 */

export interface IdSpec {
  /** the spec as given, for headings */
  label: string;
  items: ({ id: string } | { prefix: string; from: number; to: number })[];
}

const RANGE = named("ids.RANGE", /^([^\d,]*)(\d+)\s*-\s*([^\d,]*)(\d+)$/);
const SPLIT = named("ids.SPLIT", /^(.*?)(\d+)$/);

/** Parse one `--ids` value; throws an Error with a readable message on a malformed spec. */
export function parseIdSpec(spec: string): IdSpec {
  const items: IdSpec["items"] = [];
  for (const raw of spec.split(",")) {
    const part = raw.trim();
    if (!part) continue;
    const m = RANGE.exec(part);
    if (m) {
      const [, p1, a, p2, b] = m;
      if (p1 !== p2) throw new Error(`range "${part}": both ends need the same prefix`);
      const from = Number(a);
      const to = Number(b);
      if (from > to) throw new Error(`range "${part}" runs backwards`);
      items.push({ prefix: p1!, from, to });
    } else items.push({ id: part });
  }
  if (!items.length) throw new Error(`no ids in "${spec}"`);
  return { label: spec.trim(), items };
}

/** The ids of `available` that `spec` selects, in `available`'s order; an explicit id not there is an error. */
export function selectIds(spec: IdSpec, available: readonly string[]): string[] {
  const have = new Set(available);
  for (const it of spec.items) if ("id" in it && !have.has(it.id)) throw new Error(`no document "${it.id}" (with .txt and .gold.json)`);
  const picked = available.filter((id) =>
    spec.items.some((it) => {
      if ("id" in it) return it.id === id;
      const m = SPLIT.exec(id);
      if (!m || m[1] !== it.prefix) return false;
      const n = Number(m[2]);
      return n >= it.from && n <= it.to;
    }),
  );
  if (!picked.length) throw new Error(`"${spec.label}" selects no document`);
  return picked;
}
