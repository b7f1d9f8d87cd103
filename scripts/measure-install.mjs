#!/usr/bin/env node
// What a user installs (issue 11): the library alone, and the library with its command line.
// Packs both packages from this checkout (build first), installs each into an empty folder with
// npm, and reports packages, bytes on disk, tarball sizes and the bundle size of one import.
//
//   npm run build && node scripts/measure-install.mjs [--json] [--keep]
//
//   library only  (npm install baocao)           N packages  X MB
//   command line  (npm install baocao-cli)       N packages  X MB
//   import { fold } from "baocao", esbuild --bundle --minify: X kB
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync, lstatSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const tmp = mkdtempSync(join(tmpdir(), "baocao-install-"));
const npm = (cwd, ...a) => execFileSync("npm", a, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

function bytesOf(p) {
  const st = lstatSync(p);
  if (st.isSymbolicLink()) return 0;
  if (!st.isDirectory()) return st.size;
  return readdirSync(p).reduce((s, e) => s + bytesOf(join(p, e)), 0);
}

function pack(dir) {
  const [info] = JSON.parse(npm(dir, "pack", "--json", "--ignore-scripts", "--pack-destination", tmp));
  return { file: join(tmp, info.filename), size: info.size, unpacked: info.unpackedSize, files: info.entryCount };
}

function install(name, tarballs) {
  const dir = join(tmp, name);
  mkdirSync(dir);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: `try-${name}`, private: true, type: "module" }));
  npm(dir, "install", "--no-audit", "--no-fund", "--loglevel=error", ...tarballs);
  const packages = npm(dir, "ls", "--all", "--parseable").trim().split("\n").length - 1;
  return { dir, packages, bytes: bytesOf(join(dir, "node_modules")) };
}

const lib = pack(root);
const cli = pack(join(root, "packages/cli"));
const libOnly = install("library", [lib.file]);
const full = install("cli", [lib.file, cli.file]);

// the library works, and its `baocao` command says what it lacks
const parse = spawnSync(process.execPath, ["--input-type=module", "-e", 'import { parseReport } from "baocao"; console.log(parseReport("Doanh thu đạt 3,5 tỷ đồng.").figures[0].value)'], { cwd: libOnly.dir, encoding: "utf8" });
const libCmd = spawnSync(join(libOnly.dir, "node_modules/.bin/baocao"), ["--version"], { encoding: "utf8" });
const fullCmd = spawnSync(join(full.dir, "node_modules/.bin/baocao"), ["extract", join(root, "fixtures/seed.txt"), "--format", "facts"], { encoding: "utf8" });

// what one import costs a bundle
const esbuild = join(root, "node_modules/.bin/esbuild");
const bundle = (what) => {
  writeFileSync(join(libOnly.dir, "entry.js"), `import { ${what} } from "baocao"; console.log(${what});\n`);
  execFileSync(esbuild, ["entry.js", "--bundle", "--minify", "--format=esm", "--platform=neutral", "--main-fields=module,main", "--outfile=out.js", "--log-level=error"], { cwd: libOnly.dir });
  return statSync(join(libOnly.dir, "out.js")).size;
};
const sizes = { fold: bundle("fold"), parseReport: bundle("parseReport") };

const result = {
  tarball: { baocao: lib, "baocao-cli": cli },
  libraryOnly: { packages: libOnly.packages, bytes: libOnly.bytes },
  withCli: { packages: full.packages, bytes: full.bytes },
  bundle: sizes,
  checks: {
    libraryParses: parse.stdout.trim() === "3500000000",
    libraryCommandExplains: libCmd.status === 1 && /npm install -g baocao-cli/.test(libCmd.stderr),
    cliCommandWorks: fullCmd.status === 0 && JSON.parse(fullCmd.stdout.split("\n")[0]).figures.length > 0,
  },
};
const mb = (b) => `${(b / 1e6).toFixed(2)} MB`;
const kb = (b) => `${(b / 1e3).toFixed(1)} kB`;
if (args.includes("--json")) console.log(JSON.stringify(result, null, 2));
else {
  console.log(`tarball baocao       ${kb(lib.size)} packed, ${kb(lib.unpacked)} unpacked, ${lib.files} files`);
  console.log(`tarball baocao-cli   ${kb(cli.size)} packed, ${kb(cli.unpacked)} unpacked, ${cli.files} files`);
  console.log(`library only  (npm install baocao)      ${libOnly.packages} packages  ${mb(libOnly.bytes)}`);
  console.log(`command line  (npm install baocao-cli)  ${full.packages} packages  ${mb(full.bytes)}`);
  console.log(`esbuild --bundle --minify: import { fold } ${kb(sizes.fold)}, import { parseReport } ${kb(sizes.parseReport)}`);
  for (const [k, v] of Object.entries(result.checks)) console.log(`${v ? "ok  " : "FAIL"} ${k}`);
  if (!result.checks.libraryCommandExplains) console.log(libCmd.status, libCmd.stderr);
  if (!result.checks.cliCommandWorks) console.log(fullCmd.status, fullCmd.stderr);
}
if (!args.includes("--keep")) rmSync(tmp, { recursive: true, force: true });
else console.log(`kept ${tmp}`);
process.exitCode = Object.values(result.checks).every(Boolean) ? 0 : 1;
