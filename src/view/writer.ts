/**
 * Writes a batch's pages as they come (issue 15): DIR/posts/<id>.html for each post, one line
 * per post in DIR/index/<bucket>.jsonl (error, warning, info, clean, failed), and at the end
 * DIR/index.html with its data scripts, errors first. Nothing is held per post but its id at
 * the very end, so memory stays flat however long the archive.
 *
 *   const site = new HtmlSite("out/", { resume: false });
 *   site.page({ id: "a", source: "a.txt", html, entry })   → out/posts/a.html (whole or absent)
 *   site.failed({ id: "b", source: "b.pdf", error: "binary file (PDF), not text" })
 *   await site.finish()                                     → out/index.html, out/index/data-0001.js …
 *
 * --resume: the bucket lines of the cut run are kept and the new ones appended; a post written
 * twice (cut between its page and its record) is listed once.
 */
import { closeSync, createReadStream, existsSync, mkdirSync, openSync, readdirSync, renameSync, unlinkSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { Lang } from "./format.js";
import { chunkName, chunkScript, indexPage, ROWS_PER_CHUNK, type IndexTotals } from "./index-page.js";
import type { IndexEntry } from "./page.js";

const BUCKETS = ["error", "warning", "info", "clean", "failed"] as const;
type Bucket = (typeof BUCKETS)[number];

export interface SiteOptions {
  resume?: boolean;
  lang?: Lang;
  mode?: "extract" | "check";
}

/** A file name for an id: safe on every file system, the same for the same id. */
export function pageFile(id: string): string {
  const slug = id
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}._-]+/gu, "_")
    .replace(/^[._]+|_+$/g, "")
    .slice(0, 80);
  return `posts/${slug && slug === id ? slug : `${slug || "post"}-${fnv(id)}`}.html`;
}

function fnv(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

export class HtmlSite {
  private fds = new Map<Bucket, number>();
  private written = 0;
  constructor(
    readonly dir: string,
    private o: SiteOptions = {},
  ) {
    mkdirSync(join(dir, "posts"), { recursive: true });
    mkdirSync(join(dir, "index"), { recursive: true });
    for (const b of BUCKETS) this.fds.set(b, openSync(join(dir, "index", `${b}.jsonl`), o.resume ? "a" : "w"));
  }

  get pages(): number {
    return this.written;
  }

  /** Write one post's page, then its index line. */
  page(p: { id: string; html: string; entry: IndexEntry }): void {
    const file = pageFile(p.id);
    const path = join(this.dir, file);
    writeFileSync(path + ".tmp", p.html);
    renameSync(path + ".tmp", path);
    this.written++;
    const e = p.entry;
    this.line(e.e ? "error" : e.w ? "warning" : e.n ? "info" : "clean", { ...e, i: p.id, h: file });
  }

  failed(p: { id: string; source: string; error: string }): void {
    this.line("failed", { i: p.id, s: p.source, f: 0, p: 0, n: 0, e: 0, w: 0, x: p.error });
  }

  private line(b: Bucket, e: IndexEntry) {
    const data = Buffer.from(JSON.stringify(e) + "\n", "utf8");
    const fd = this.fds.get(b)!;
    for (let off = 0; off < data.length; ) off += writeSync(fd, data, off);
  }

  /** Stop without the index (Ctrl-C): the lines so far stay for --resume. */
  abort(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }

  /** Write the index: errors first, each bucket in input order, each post once. */
  async finish(): Promise<{ index: string; totals: IndexTotals }> {
    this.abort();
    const t: IndexTotals = { posts: 0, withErrors: 0, withWarnings: 0, failed: 0, figures: 0, people: 0, findings: 0, errors: 0, chunks: 0, mode: this.o.mode ?? "extract" };
    const seen = new Set<string>();
    let rows: IndexEntry[] = [];
    const flush = () => {
      if (!rows.length) return;
      t.chunks++;
      const path = join(this.dir, chunkName(t.chunks));
      writeFileSync(path + ".tmp", chunkScript(rows));
      renameSync(path + ".tmp", path);
      rows = [];
    };
    for (const b of BUCKETS) {
      const path = join(this.dir, "index", `${b}.jsonl`);
      if (!existsSync(path)) continue;
      const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
      for await (const line of lines) {
        let e: IndexEntry;
        try {
          e = JSON.parse(line) as IndexEntry;
        } catch {
          continue; // a line torn by a kill
        }
        if (seen.has(e.i)) continue;
        seen.add(e.i);
        t.posts++;
        if (e.x) t.failed++;
        if (e.e) t.withErrors++;
        if (e.w) t.withWarnings++;
        t.figures += e.f;
        t.people += e.p;
        t.findings += e.n;
        t.errors += e.e;
        rows.push(e);
        if (rows.length >= ROWS_PER_CHUNK) flush();
      }
    }
    flush();
    // Chunks of an earlier, longer run in the same folder.
    for (const name of readdirSync(join(this.dir, "index"))) {
      const m = /^data-(\d+)\.js$/.exec(name);
      if (m && Number(m[1]) > t.chunks) unlinkSync(join(this.dir, "index", name));
    }
    const index = join(this.dir, "index.html");
    writeFileSync(index + ".tmp", indexPage(t, this.o.lang));
    renameSync(index + ".tmp", index);
    return { index, totals: t };
  }
}
