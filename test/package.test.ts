/**
 * A small install (issue 11): the library needs zod alone; the command line's six packages are
 * optional peers, installed by the baocao-cli package (packages/cli); the tarball ships each
 * module once, without source maps; an import a bundler can trim to what it uses.
 *
 * scripts/measure-install.mjs measures the same on real installs (packages, MB).
 */
import { describe, expect, test } from "vitest";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { build } from "esbuild";


/** Tests that start processes: a loaded machine makes them slower, never wrong. */
const SPAWN_TIMEOUT = 180_000;
const root = resolve(__dirname, "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const cliPkg = JSON.parse(readFileSync(join(root, "packages/cli/package.json"), "utf8"));
const CLI_PACKAGES = ["@mozilla/readability", "cli-progress", "commander", "iconv-lite", "linkedom", "piscina"];
const built = existsSync(join(root, "dist/index.js"));

describe("package.json", () => {
  test("the library depends on zod alone; the command line's packages are optional peers", () => {
    expect(Object.keys(pkg.dependencies)).toEqual(["zod"]);
    expect(Object.keys(pkg.peerDependencies).sort()).toEqual(CLI_PACKAGES);
    for (const p of CLI_PACKAGES) {
      expect(pkg.peerDependenciesMeta[p]).toEqual({ optional: true });
      expect(pkg.devDependencies[p], p).toBe(pkg.peerDependencies[p]); // for development and tests
    }
  });

  test("baocao-cli brings the library at this version and the same ranges of the peers", () => {
    expect(cliPkg.version).toBe(pkg.version);
    expect(cliPkg.dependencies).toEqual({ baocao: pkg.version, ...pkg.peerDependencies });
    expect(cliPkg.bin).toEqual({ baocao: "./bin/baocao.js" });
    expect(cliPkg.engines).toEqual(pkg.engines);
  });

  test("exports, side effects, metadata, licence", () => {
    expect(pkg.exports["."]).toEqual({ types: "./dist/index.d.ts", default: "./dist/index.js" });
    expect(pkg.exports["./report.schema.json"]).toBe("./dist/report.schema.json");
    expect(pkg.exports["./facts.schema.json"]).toBe("./dist/facts.schema.json");
    // only the command line's entry runs anything when imported
    expect(pkg.sideEffects).toEqual(["./dist/cli.js", "./dist/cli/main.js"]);
    for (const k of ["repository", "homepage", "bugs", "keywords", "author", "license", "engines"]) expect(pkg[k], k).toBeTruthy();
    expect(pkg.license).toBe("MIT");
    const licence = readFileSync(join(root, "LICENSE"), "utf8");
    expect(licence).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
    expect(licence).toContain("THE SOFTWARE IS PROVIDED \"AS IS\"");
    expect(readFileSync(join(root, "packages/cli/LICENSE"), "utf8")).toBe(licence);
  });
});

describe.skipIf(!built)("the built package", () => {
  test("importing baocao reaches zod and nothing else outside the package", () => {
    const seen = new Set<string>();
    const outside = new Set<string>();
    const todo = [join(root, "dist/index.js")];
    while (todo.length) {
      const file = todo.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const m of readFileSync(file, "utf8").matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)) {
        const spec = (m[1] ?? m[2])!;
        if (spec.startsWith(".")) todo.push(resolve(dirname(file), spec));
        else outside.add(spec);
      }
    }
    expect([...outside]).toEqual(["zod"]);
    expect(seen.size).toBeGreaterThan(20); // the walk did follow the modules
    expect([...seen].some((f) => f.includes(`${join("dist", "cli")}`))).toBe(false);
  });

  test("the tarball: each module once, no source maps, no CommonJS copy, no sources or tests", () => {
    const r = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const [info] = JSON.parse(r.stdout) as { files: { path: string; size: number }[]; unpackedSize: number }[];
    const paths = info!.files.map((f) => f.path);
    expect(paths.filter((p) => /\.(map|cjs|d\.cts)$/.test(p))).toEqual([]);
    expect(paths.filter((p) => /^(src|test|scripts|packages)\//.test(p))).toEqual([]);
    expect(paths).toEqual(expect.arrayContaining(["LICENSE", "README.md", "package.json", "dist/index.js", "dist/index.d.ts", "dist/cli.js", "dist/report.schema.json", "dist/facts.schema.json"]));
    // one JavaScript file per module of src/, nothing bundled twice
    const js = paths.filter((p) => p.endsWith(".js")).map((p) => p.replace(/^dist\//, "").replace(/\.js$/, ""));
    const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
    const sources = walk(join(root, "src")).filter((f) => f.endsWith(".ts")).map((f) => f.slice(join(root, "src").length + 1).replace(/\.ts$/, ""));
    expect(js.sort(), "dist/ is not built from this src/: run npm run build").toEqual(sources.sort());
    // The JavaScript is the sources without their types: never more than the sources, as it
    // would be with a second copy or inlined maps; the whole package under twice the sources.
    const srcBytes = walk(join(root, "src")).filter((f) => f.endsWith(".ts")).reduce((n, f) => n + statSync(f).size, 0);
    const jsBytes = info!.files.filter((f) => f.path.endsWith(".js")).reduce((n, f) => n + f.size, 0);
    expect(jsBytes).toBeLessThan(srcBytes);
    expect(info!.unpackedSize).toBeLessThan(2 * srcBytes);
  }, SPAWN_TIMEOUT);

  test("import { fold } bundles to a few kilobytes (esbuild, minified)", async () => {
    const out = await build({
      stdin: { contents: 'import { fold } from "./dist/index.js"; console.log(fold("Hoà"));', resolveDir: root, loader: "js" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "node",
      write: false,
      logLevel: "silent",
    });
    const code = out.outputFiles[0]!.text;
    expect(code.length).toBeLessThan(5_000);
    expect(code).not.toMatch(/ZodError|\$ZodType/);
  });

  test("without the command line's packages, `baocao` says what to install", () => {
    const dir = mkdtempSync(join(tmpdir(), "baocao-bare-"));
    try {
      // the package alone, with no node_modules to find the peers in
      cpSync(join(root, "dist"), join(dir, "dist"), { recursive: true });
      cpSync(join(root, "package.json"), join(dir, "package.json"));
      const r = spawnSync(process.execPath, [join(dir, "dist/cli.js"), "--version"], { encoding: "utf8" });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain("npm install -g baocao-cli");
      expect(r.stderr).toContain(`commander@${pkg.peerDependencies.commander}`);
      expect(r.stderr.split("\n")[0]).toMatch(/^baocao: the command line needs commander, @mozilla\/readability, linkedom, iconv-lite, cli-progress, piscina/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, SPAWN_TIMEOUT);

  test("with them, `baocao` runs", () => {
    const r = spawnSync(process.execPath, [join(root, "dist/cli.js"), "--version"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  }, SPAWN_TIMEOUT);
});
