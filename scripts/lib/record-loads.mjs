// Module hooks (node:module register) that write the URL of every file module as it is loaded to
// stderr, one "LOADED <url>" line each: scripts/bench-sides.mjs --modules runs a side's imports
// under them (`node --import ./scripts/lib/record-loads.mjs …`) to list the modules it really loads.
import { register } from "node:module";
import { writeSync } from "node:fs";

if (!process.env.BAOCAO_RECORD_HOOKS) {
  process.env.BAOCAO_RECORD_HOOKS = "1";
  register(import.meta.url);
}

export async function load(url, context, next) {
  if (url.startsWith("file:")) writeSync(2, `LOADED ${url}\n`);
  return next(url, context);
}
