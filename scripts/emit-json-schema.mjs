// Publish the Zod schemas as JSON Schema for non-TypeScript users: dist/report.schema.json, dist/facts.schema.json
import { writeFileSync } from "node:fs";
import { z } from "zod";
import { Report, Facts } from "../dist/index.js";

for (const [name, schema] of [["report", Report], ["facts", Facts]]) {
  writeFileSync(new URL(`../dist/${name}.schema.json`, import.meta.url), JSON.stringify(z.toJSONSchema(schema), null, 2) + "\n");
}
