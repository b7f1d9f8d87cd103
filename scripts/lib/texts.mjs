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
