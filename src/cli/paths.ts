/**
 * Paths of the batch CLI → the files to read, in a fixed order (issues 6, 12).
 *
 *   archive/                → every .txt .md .html .htm .jsonl .ndjson (and .gz of them), recursively, sorted
 *   "posts/**\/*.txt"        → the files the quoted glob matches, sorted
 *   -                       → standard input;  /dev/fd/63, a FIFO → read as a stream, like standard input
 *   a symbolic link         → followed once per real path of a file, once per folder: a link back up the tree
 *                             ("symbolic link loop") or to something already read is named on
 *                             standard error and not read again; a dangling link is a failed input
 *   "B\xe1o c\xe1o.txt"      → a file name in a legacy encoding (windows-1258 here) is read through its
 *                             raw bytes and shown decoded: "Báo cáo.txt", id "Báo cáo"
 */
import { readdir, readlink, realpath, stat } from "node:fs/promises";
import type { Stats } from "node:fs";
import { isUtf8 } from "node:buffer";
import { join, normalize, sep } from "node:path";
import { HashSet64 } from "./ids.js";
import { fsWhy } from "./fs-errors.js";
import { loadIconv } from "./lazy.js";
import { vietnameseScore } from "./decode.js";
import { named } from "../text/rx.js";

export type InputRef =
  | { kind: "stdin" }
  /** A regular file. `fsPath` is what the file system needs (raw bytes for a legacy name), `path` what people read. */
  | { kind: "file"; path: string; fsPath: string | Buffer; size: number; dev: number; ino: number }
  /** A FIFO or device named on the command line: read as a stream. */
  | { kind: "stream"; path: string; fsPath: string }
  | { kind: "missing"; path: string; why: string }
  /** Something skipped on purpose (a link to a file already read): said on standard error, not a failure. */
  | { kind: "note"; path: string; message: string };

const DIR_EXT = named("paths.DIR_EXT", /\.(txt|text|md|markdown|html?|xhtml|jsonl|ndjson)(\.gz)?$/i);
const GLOB_CHARS = named("paths.GLOB_CHARS", /[*?[{]/);

async function statOr(p: string | Buffer): Promise<Stats | NodeJS.ErrnoException> {
  try {
    return await stat(p);
  } catch (err) {
    return err as NodeJS.ErrnoException;
  }
}

const isStats = (s: Stats | NodeJS.ErrnoException): s is Stats => typeof (s as Stats).isFile === "function";

/** A file name's bytes as text: UTF-8, else the legacy Vietnamese encoding that reads best. */
export async function decodeName(name: Buffer): Promise<string> {
  if (isUtf8(name)) return name.toString("utf8");
  const iconv = await loadIconv();
  let best = iconv.decode(name, "windows1258").normalize("NFC");
  let bestScore = -Infinity;
  for (const enc of ["windows1258", "tcvn", "viscii"]) {
    const t = iconv.decode(name, enc).normalize("NFC");
    const { good, bad } = vietnameseScore(t);
    if (good - 2 * bad > bestScore) {
      bestScore = good - 2 * bad;
      best = t;
    }
  }
  return best;
}

/** "a/b" joined in the file system's terms (raw bytes when either side is raw). */
function joinFs(dir: string | Buffer, name: Buffer): string | Buffer {
  if (typeof dir === "string" && isUtf8(name)) return dir === "." ? name.toString("utf8") : join(dir, name.toString("utf8"));
  const d = typeof dir === "string" ? Buffer.from(dir === "." ? "" : dir.endsWith(sep) ? dir : dir + sep) : Buffer.concat([dir, Buffer.from(sep)]);
  return Buffer.concat([d, name]);
}

async function target(p: string | Buffer): Promise<string> {
  try {
    const t = await readlink(p);
    return t;
  } catch {
    return "?";
  }
}

/** Expands paths into input references, following each real file and folder once. */
export class InputWalker {
  private files = new HashSet64();
  private dirs = new Set<string>();

  async *expand(args: string[]): AsyncGenerator<InputRef> {
    for (const arg of args) {
      if (arg === "-") {
        yield { kind: "stdin" };
        continue;
      }
      const st = await statOr(arg);
      if (isStats(st)) {
        if (st.isDirectory()) yield* this.walk(normalize(arg).replace(/[/\\]$/, "") || ".", normalize(arg).replace(/[/\\]$/, "") || ".", st, new Set());
        else if (st.isFile()) yield* this.file(normalize(arg), normalize(arg), st);
        else yield { kind: "stream", path: arg, fsPath: arg };
      } else if ((st as NodeJS.ErrnoException).code === "ENOENT" && GLOB_CHARS.test(arg)) yield* this.glob(arg);
      else if ((st as NodeJS.ErrnoException).code === "ENOENT" && arg.includes("\ufffd"))
        yield { kind: "missing", path: arg, why: "no such file or folder (its name has bytes that are not UTF-8: give the folder that holds it instead)" };
      else yield { kind: "missing", path: arg, why: fsWhy(st) };
    }
  }

  private async *file(path: string, fsPath: string | Buffer, st: Stats, via?: string): AsyncGenerator<InputRef> {
    // once per real path: symbolic links collapse; hard links are separate files (an archive
    // deduplicated with hard links still gives each of its paths a record)
    let real: string;
    try {
      real = (await realpath(fsPath, { encoding: "buffer" })).toString("latin1");
    } catch {
      real = `${st.dev}:${st.ino}`;
    }
    if (!this.files.add(real)) {
      yield { kind: "note", path, message: `the same file as one already read${via ? ` (symbolic link → ${via})` : ""}: not read again` };
      return;
    }
    yield { kind: "file", path, fsPath, size: st.size, dev: st.dev, ino: st.ino };
  }

  private async *walk(dir: string, fsDir: string | Buffer, st: Stats, ancestors: Set<string>, depth = Infinity, match?: RegExp): AsyncGenerator<InputRef> {
    const key = `${st.dev}:${st.ino}`;
    this.dirs.add(key);
    const inside = new Set(ancestors).add(key);
    let entries;
    try {
      entries = await readdir(fsDir, { withFileTypes: true, encoding: "buffer" });
    } catch (err) {
      yield { kind: "missing", path: dir, why: `cannot read folder: ${fsWhy(err)}` };
      return;
    }
    const named = [];
    for (const e of entries) {
      const raw = e.name as unknown as Buffer;
      if (raw[0] === 0x2e) continue; // dot files and folders
      named.push({ e, raw, name: await decodeName(raw) });
    }
    named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const { e, raw, name } of named) {
      const p = dir === "." ? name : join(dir, name);
      const fsP = joinFs(fsDir, raw);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      let est: Stats | undefined;
      let via: string | undefined;
      if (e.isSymbolicLink()) {
        via = await target(fsP);
        const s = await statOr(fsP);
        if (!isStats(s)) {
          const code = s.code;
          if (code === "ELOOP") yield { kind: "missing", path: p, why: `symbolic link loop (→ ${via})` };
          else if (code === "ENOENT") {
            if (match ? match.test(p.split(sep).join("/")) : DIR_EXT.test(name) || !/\.\w+$/.test(name)) yield { kind: "missing", path: p, why: `dangling symbolic link (→ ${via}, which does not exist)` };
          } else yield { kind: "missing", path: p, why: `cannot follow symbolic link (→ ${via}): ${fsWhy(s)}` };
          continue;
        }
        est = s;
        isDir = s.isDirectory();
        isFile = s.isFile();
      }
      if (isDir) {
        if (depth <= 1) continue;
        est ??= await statOr(fsP).then((s) => (isStats(s) ? s : undefined));
        if (!est) continue;
        const k = `${est.dev}:${est.ino}`;
        if (inside.has(k)) yield { kind: "note", path: p, message: `symbolic link loop (→ ${via ?? "a folder above"}): not followed` };
        else if (this.dirs.has(k)) yield { kind: "note", path: p, message: `a folder already read${via ? ` (symbolic link → ${via})` : ""}: not read again` };
        else yield* this.walk(p, fsP, est, inside, depth - 1, match);
      } else if (isFile && (match ? match.test(p.split(sep).join("/")) : DIR_EXT.test(name))) {
        est ??= await statOr(fsP).then((s) => (isStats(s) ? s : undefined));
        if (!est) yield { kind: "missing", path: p, why: "vanished while the folder was read" };
        else yield* this.file(p, fsP, est, via);
      }
    }
  }

  private async *glob(pattern: string): AsyncGenerator<InputRef> {
    const p = pattern.split(sep).join("/").replace(/^\.\//, "");
    const parts = p.split("/");
    const first = parts.findIndex((s) => GLOB_CHARS.test(s));
    const base = parts.slice(0, first).join("/") || (p.startsWith("/") ? "/" : ".");
    const rest = parts.slice(first);
    const depth = rest.some((s) => s.includes("**")) ? Infinity : rest.length;
    const match = globToRegExp(p);
    const st = await statOr(base);
    let any = false;
    if (isStats(st) && st.isDirectory())
      for await (const ref of this.walk(base, base, st, new Set(), depth, match)) {
        any = true;
        yield ref;
      }
    if (!any) yield { kind: "missing", path: pattern, why: "no file matches this pattern" };
  }
}

/** A glob ("*", "?", "**", "[abc]", "{a,b}") as a regular expression over "/"-separated paths. */
export function globToRegExp(glob: string): RegExp {
  let re = "";
  let inBrace = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*") {
      if (glob[i + 1] === "*") {
        i++;
        if (glob[i + 1] === "/") {
          i++;
          re += "(?:[^/]*/)*";
        } else re += ".*";
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end < 0) re += "\\[";
      else {
        re += "[" + glob.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\") + "]";
        i = end;
      }
    } else if (c === "{") {
      inBrace++;
      re += "(?:";
    } else if (c === "}" && inBrace) {
      inBrace--;
      re += ")";
    } else if (c === "," && inBrace) re += "|";
    else re += c.replace(/[.+^$()|\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

/** Files, folders (recursive), globs and "-" → input references, in order. */
export function expandInputs(args: string[]): AsyncGenerator<InputRef> {
  return new InputWalker().expand(args);
}
