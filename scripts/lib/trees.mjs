// Two builds side by side: the src/ of a git ref extracted beside the working tree, and either
// one bundled into a single ES module for the A/B and snapshot scripts.
//
//   const sha = resolveRef(root, "main");
//   extractSrc(root, sha, dir);                        // dir/src/… as it was at that commit
//   await bundleTree(join(dir, "src", "index.ts"), out); // import(out) → the library
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";

/** The full commit name of a ref (throws when it names none). */
export function resolveRef(root, ref) {
  return execFileSync("git", ["-C", root, "rev-parse", "--verify", `${ref}^{commit}`], { encoding: "utf8" }).trim();
}

/** The src/ folder of commit `sha`, written afresh under `dir`. */
export function extractSrc(root, sha, dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync("sh", ["-c", `git -C "${root}" archive ${sha} src | tar -x -C "${dir}"`]);
}

/**
 * One ES module from an entry file, dependencies left as imports. Target ES2022, as tsconfig.json
 * builds dist/: esbuild's "node20" target rewrites a literal such as /\p{Lu}/u into `new RegExp(…)`
 * at each use, which dist/ does not pay, so an A/B of such bundles would not measure what ships.
 */
export async function bundleTree(entry, outfile, { plugins = [] } = {}) {
  const esbuild = await import("esbuild");
  await esbuild.build({ entryPoints: [entry], bundle: true, platform: "node", format: "esm", target: "es2022", packages: "external", outfile, logLevel: "error", plugins });
}
