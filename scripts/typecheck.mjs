#!/usr/bin/env node
// npm test's type check (scripts/test.mjs runs it beside vitest): src/, test/ and scripts/, with
// TypeScript's own build mode (the solution builder behind `tsc -b`), no emit. Exit 0: no errors.
//
// `npm run build` (which `npm ci` runs through `prepare`) has type-checked src/ already, and
// tsconfig.build.json being composite it leaves its build info and the declarations of every
// module under node_modules/.cache/baocao. When that build is up to date with src/ and the configs,
// test/ and scripts/ are checked as a project that references the build: src/ is read through
// those declarations, not checked a second time (on a clean clone about two thirds of the CPU of
// the whole check). When src/ or a config changed since the build (or packages were installed
// after it), the whole check runs instead, src/ with test/ and scripts/ in one program, as it
// would without a build; this script never builds the referenced project, so it never writes dist/.
//
// Either way each check keeps its own build info beside these configs: when nothing changed since
// a check that passed it says "up to date" after reading it; a check that found errors is redone
// and reports them again. The first line printed says which check ran.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const ts = createRequire(join(root, "package.json"))("typescript");
const cache = join(root, "node_modules", ".cache", "baocao");
mkdirSync(cache, { recursive: true });

// A config is written only when its text changes: a newer config would make every check out of date.
function config(name, body) {
  const file = join(cache, name);
  const text = `${JSON.stringify(body, null, 2)}\n`;
  if (!existsSync(file) || readFileSync(file, "utf8") !== text) writeFileSync(file, text);
  return file;
}
const up = "../../../";
// tsconfig.json's files without src/, which the build holds
const base = ts.readConfigFile(join(root, "tsconfig.json"), ts.sys.readFile).config;
const rest = base.include.filter((p) => p.replace(/^\.\//, "").replace(/\/$/, "") !== "src");
const whole = config("tsconfig.check.json", { extends: `${up}tsconfig.json`, compilerOptions: { incremental: true, tsBuildInfoFile: "./check.tsbuildinfo" } });
const onBuild = config("tsconfig.tests.json", {
  extends: `${up}tsconfig.json`,
  compilerOptions: { incremental: true, tsBuildInfoFile: "./tests.tsbuildinfo" },
  include: rest.map((p) => up + p),
  references: [{ path: `${up}tsconfig.build.json` }],
});

// Build mode looks only at the project's own files: after an install (npm writes
// node_modules/.package-lock.json) the packages' declarations may differ, so check everything again.
const installed = join(root, "node_modules", ".package-lock.json");
const after = (f) => existsSync(f) && existsSync(installed) && statSync(installed).mtimeMs > statSync(f).mtimeMs;
for (const info of ["check.tsbuildinfo", "tests.tsbuildinfo"]) if (after(join(cache, info))) rmSync(join(cache, info));
const buildStale = !existsSync(join(cache, "build.tsbuildinfo")) || after(join(cache, "build.tsbuildinfo"));

let errors = 0;
const report = ts.createDiagnosticReporter(ts.sys, false);
const host = ts.createSolutionBuilderHost(ts.sys, undefined, (d) => {
  if (d.category === ts.DiagnosticCategory.Error) errors++;
  report(d);
}, () => {});
const same = (a, b) => resolve(a) === resolve(b);

const builder = ts.createSolutionBuilder(host, [onBuild], {});
const next = buildStale ? undefined : builder.getNextInvalidatedProject();
let status;
if (buildStale || (next && same(next.project, join(root, "tsconfig.build.json")))) {
  process.stdout.write("src/, test/ and scripts/ (src/ or a config changed since `npm run build`)\n");
  status = ts.createSolutionBuilder(host, [whole], {}).build();
} else {
  process.stdout.write("test/ and scripts/, on the declarations of src/ that `npm run build` checked\n");
  status = next ? next.done() : ts.ExitStatus.Success;
  const more = builder.build();
  if (status === ts.ExitStatus.Success) status = more;
}
if (errors) process.stdout.write(`Found ${errors} error${errors === 1 ? "" : "s"}.\n`);
process.exitCode = status === ts.ExitStatus.Success && errors === 0 ? 0 : 1;
