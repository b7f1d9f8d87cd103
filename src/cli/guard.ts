/**
 * The output must never be one of the inputs (issue 12: `extract in.jsonl --out in.jsonl
 * --resume` left in.jsonl at 0 bytes; without --resume the input was silently replaced).
 *
 *   checkAliases(["in.jsonl"], ["in.jsonl"])           → UsageError: "--out in.jsonl is also an input …"
 *   checkAliases(["archive/"], ["archive/out.jsonl"])   → UsageError once archive/out.jsonl exists (it would be read back)
 *   a hard link, a symbolic link or another spelling of the same file → same inode: refused too
 *   standard output redirected onto an input (`>> in.jsonl`) → refused the same way
 *
 * One pass over the inputs (stat only, no reading), which also gives the progress bar its total.
 */
import { fstatSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { expandInputs } from "./paths.js";
import { UsageError } from "./output.js";

interface Target {
  name: string;
  shown: string;
  dev?: number;
  ino?: number;
}

function fdTarget(fd: number, shown: string): Target | undefined {
  try {
    const st = fstatSync(fd);
    return st.isFile() ? { name: "", shown, dev: st.dev, ino: st.ino } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Refuse when an output (its final name, .part or .lock) is an input. Returns the inputs' total
 * size in bytes (undefined when standard input or a stream is read).
 */
export async function checkAliases(args: string[], outputs: string[], opts: { stdoutShown?: string; stdin?: boolean } = {}): Promise<number | undefined> {
  const targets: Target[] = [];
  for (const out of outputs)
    for (const name of [out, `${out}.part`, `${out}.lock`]) {
      const t: Target = { name: resolve(name), shown: name };
      try {
        const st = statSync(name);
        t.dev = st.dev;
        t.ino = st.ino;
      } catch {
        /* not there yet: compared by name */
      }
      targets.push(t);
    }
  if (!outputs.length && opts.stdoutShown) {
    const t = fdTarget(1, opts.stdoutShown);
    if (t) targets.push(t);
  }
  const hit = (path: string, dev?: number, ino?: number) =>
    targets.find((t) => (t.name && t.name === resolve(path)) || (dev !== undefined && t.dev === dev && t.ino === ino));
  let total: number | undefined = 0;
  for await (const ref of expandInputs(args)) {
    if (ref.kind === "file") {
      const t = hit(ref.path, ref.dev, ref.ino);
      if (t) throw new UsageError(`${t.name ? `--out ${t.shown}` : t.shown} is also an input (${ref.path}): it would be read and overwritten at once; write the output somewhere else`);
      if (total !== undefined) total += ref.size;
    } else if (ref.kind === "stdin") {
      total = undefined;
      const s = opts.stdin !== false ? fdTarget(0, "standard input") : undefined;
      const t = s && targets.find((x) => x.dev === s.dev && x.ino === s.ino);
      if (t) throw new UsageError(`${t.name ? `--out ${t.shown}` : t.shown} is also the input (standard input is read from it); write the output somewhere else`);
    } else if (ref.kind === "stream") total = undefined;
  }
  return total;
}
