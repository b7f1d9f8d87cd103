import { expect, test } from "vitest";
import { check } from "recheck";
import "/work/main/src/index.ts";
import { registry } from "/work/main/src/text/rx.ts";
const mine = registry.filter((p) => p.name.startsWith("link.") || p.name.startsWith("check."));
test.each(mine.map((p) => [p.name, p.re] as const))("%s", async (_n, re) => {
  const r = await check(re.source, re.flags.replace(/[gy]/g, ""), { randomSeed: 42 });
  const attack = r.status === "vulnerable" ? ` (${r.complexity.summary}; attack ${JSON.stringify(r.attack.string.slice(0, 60))})` : "";
  expect(r.status + attack).toBe("safe");
}, 60000);
