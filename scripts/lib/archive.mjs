// The posts of a JSONL archive (../shared/corpus/raw/news-2017.jsonl.gz), read line by line: the
// one reader of the bench, profile and snapshot scripts, and the one place that archive's path is
// spelled out.
//
//   const file = archiveOrSkip("bench-ab");          // ARCHIVE, or "bench-ab: skipped — …" and exit 0
//   for await (const o of archivePosts(file, 100)) … // { id, title, text, … }
import { createReadStream, existsSync } from "node:fs";
import { createGunzip } from "node:zlib";
import { createInterface } from "node:readline";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The shared corpus (../shared/corpus from the project's root); never copied into the project. */
export const CORPUS = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "shared", "corpus");
/** The 10,000 news posts of 2017 (JSONL, gzipped). */
export const ARCHIVE = join(CORPUS, "raw", "news-2017.jsonl.gz");

/**
 * `file` (ARCHIVE unless a script was given another) if it is here; else the script says it is
 * skipped, the shared corpus being absent, and exits 0 (a clean checkout without ../shared).
 */
export function archiveOrSkip(script, file = ARCHIVE) {
  if (existsSync(file)) return file;
  console.log(`${script}: skipped — ${file} is not here (the shared corpus is absent)`);
  process.exit(0);
}

/** Each post of `file` (a .gz is unzipped) that has a string `text`, as parsed, in order; at most `limit`. */
export async function* archivePosts(file, limit = Infinity) {
  if (limit <= 0) return;
  const raw = createReadStream(file);
  const rl = createInterface({ input: file.endsWith(".gz") ? raw.pipe(createGunzip()) : raw, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of rl) {
      if (!line.trim()) continue;
      const o = JSON.parse(line);
      if (typeof o.text !== "string") continue;
      yield o;
      if (++n >= limit) break;
    }
  } finally {
    rl.close();
    raw.destroy();
  }
}

/** archivePosts, into an array. */
export async function readArchive(file, limit = Infinity) {
  const out = [];
  for await (const o of archivePosts(file, limit)) out.push(o);
  return out;
}
