#!/usr/bin/env node
// The `baocao` command of the baocao library, with the packages the command line needs installed
// next to it (this package's dependencies, which the library takes as optional peers).
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

const pkg = createRequire(import.meta.url).resolve("baocao/package.json");
await import(pathToFileURL(join(dirname(pkg), "dist", "cli.js")).href);
