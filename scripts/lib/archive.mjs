// The posts of a JSONL archive (../shared/corpus/raw/news-2017.jsonl.gz), read line by line: the
// one reader of the bench, profile and snapshot scripts.
import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import { createInterface } from "node:readline";

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
