import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: true,
    target: "node20",
  },
  {
    entry: { cli: "src/cli/main.ts", worker: "src/cli/worker.ts" },
    format: ["esm"],
    target: "node20",
    sourcemap: true,
    banner: { js: "#!/usr/bin/env node" },
  },
  {
    // baocao/browser (issue 15): no Node imports, zod bundled in (a standalone file); ESM, and a
    // classic script (window.baocao) for pages opened from file://.
    entry: { browser: "src/browser.ts" },
    noExternal: [/.*/],
    format: ["esm", "iife"],
    globalName: "baocao",
    platform: "browser",
    target: "es2020",
    minify: true,
    dts: true,
    sourcemap: true,
  },
]);
