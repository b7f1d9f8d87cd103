/**
 * The JSON Schema of a Zod schema as baocao publishes it (dist/report.schema.json,
 * dist/facts.schema.json, and GET /schema of `baocao serve`).
 *
 * Draft-07: the draft that plain `new Ajv()` and most other validators accept. The result passes
 * Ajv's strict mode: a nullable value is written as anyOf [type, null] rather than a union type
 * (["string", "null"]), which strict mode refuses.
 *
 *   jsonSchemaOf(Report, "baocao Report") → { $schema: "http://json-schema.org/draft-07/schema#", title, type: "object", … }
 */
import { z } from "zod";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** `{ type: ["string", "null"], … }` → `{ anyOf: [{ type: "string", … }, { type: "null" }] }`, everywhere. */
function noUnionTypes(node: Json): Json {
  if (Array.isArray(node)) return node.map(noUnionTypes);
  if (!node || typeof node !== "object") return node;
  const out: { [k: string]: Json } = {};
  for (const [k, v] of Object.entries(node)) {
    // under properties/definitions the keys are names, not keywords ("type" is a field of Sections)
    out[k] = (k === "properties" || k === "definitions") && v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).map(([p, s]) => [p, noUnionTypes(s)]))
      : noUnionTypes(v);
  }
  if (!Array.isArray(out.type)) return out;
  const { type, description, ...rest } = out;
  return { ...(description !== undefined ? { description } : {}), anyOf: type.map((t) => (t === "null" ? { type: "null" } : { type: t, ...rest })) };
}

// (zod's core type, as z.toJSONSchema takes: relating Report to z.ZodType cost tsc ~3 s of CPU)
export function jsonSchemaOf(schema: z.core.$ZodType, title: string): { [k: string]: Json } {
  const json = noUnionTypes(z.toJSONSchema(schema, { target: "draft-7" }) as Json) as { [k: string]: Json };
  return { $schema: json.$schema!, title, ...json };
}
