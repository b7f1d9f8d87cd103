// Texts of one size cut from the archive, for the benches' per-size (flatness) figures.

/** The first `total` characters (2 MB) of the posts, one after the other, a blank line between. */
export function archiveStream(docs, total = 2 << 20) {
  let stream = "";
  for (const d of docs) {
    if (stream.length >= total) break;
    stream += d + "\n\n";
  }
  return stream.slice(0, total);
}

/** `stream` cut into texts of exactly `size` characters (the last one shorter). */
export function cutEvery(stream, size) {
  const out = [];
  for (let at = 0; at < stream.length; at += size) out.push(stream.slice(at, at + size));
  return out;
}

/**
 * The texts a bench reads from the archive's posts: their texts, or their titles (`tiny`: the fixed
 * cost per post); with `size` > 0, the first 2 MB of those cut into texts of `size` characters
 * (per-size flatness: compare --size 1024 or 131072 with --size 2097152).
 */
export function benchTexts(posts, { tiny = false, size = 0 } = {}) {
  const docs = posts.map((o) => (tiny ? (o.title ?? "") : o.text));
  return size > 0 ? cutEvery(archiveStream(docs), size) : docs;
}
