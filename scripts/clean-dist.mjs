// Empty dist/ before a build, so no module deleted from src/ lingers in the package; and remove
// the build's build info and declarations (node_modules/.cache/baocao: tsconfig.build.json is
// composite), so that tsc writes every output again rather than only what changed since then.
import { rmSync } from "node:fs";
rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
for (const p of ["build.tsbuildinfo", "types"]) rmSync(new URL(`../node_modules/.cache/baocao/${p}`, import.meta.url), { recursive: true, force: true });
