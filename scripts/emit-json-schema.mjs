// Publish the Zod schemas as JSON Schema (draft-07) for non-TypeScript users: dist/report.schema.json
// and dist/facts.schema.json, exported as baocao/report.schema.json and baocao/facts.schema.json.
import { writeFileSync } from "node:fs";
import { Report, Facts } from "../dist/index.js";
import { jsonSchemaOf } from "../dist/schema-json.js";

for (const [name, schema, title] of [["report", Report, "baocao Report"], ["facts", Facts, "baocao Facts"]]) {
  writeFileSync(new URL(`../dist/${name}.schema.json`, import.meta.url), JSON.stringify(jsonSchemaOf(schema, title), null, 2) + "\n");
}
