#!/usr/bin/env node
/**
 * The `baocao` command. The library needs zod alone; the command line needs six more packages,
 * which a library install leaves out (they are optional peer dependencies). This entry checks
 * that they can be found before it loads the command line, and says how to get them if not:
 *
 *   npm install -g baocao-cli        the library and the command line, with all it needs
 *   npx baocao-cli extract FILE      the same, without installing
 */
import { readFileSync } from "node:fs";

const CLI_PACKAGES = ["commander", "@mozilla/readability", "linkedom", "iconv-lite", "cli-progress", "piscina"] as const;

function missingPackages(): string[] {
  return CLI_PACKAGES.filter((name) => {
    try {
      import.meta.resolve(name);
      return false;
    } catch {
      return true;
    }
  });
}

const missing = missingPackages();
if (missing.length) {
  let ranges: Record<string, string> = {};
  try {
    ranges = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { peerDependencies?: Record<string, string> }).peerDependencies ?? {};
  } catch {
    // the message below still names the packages
  }
  const specs = missing.map((n) => (ranges[n] ? `${n}@${ranges[n]}` : n)).join(" ");
  process.stderr.write(
    `baocao: the command line needs ${missing.join(", ")}, which an install of the library alone leaves out.\n` +
      `  Install the command line:     npm install -g baocao-cli    (or run it once: npx baocao-cli …)\n` +
      `  or add them to this project:  npm install ${specs}\n`,
  );
  process.exit(1);
}
await import("./cli/main.js");
