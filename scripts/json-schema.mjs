// The JSON Schema of a Zod schema as baocao publishes it (used by emit-json-schema.mjs and the tests).
//
// Draft-07: the draft that plain `new Ajv()` and most other validators accept. The result passes
// Ajv's strict mode: a nullable value is written as anyOf [type, null] rather than a union type
// (["string", "null"]), which strict mode refuses.
import { z } from "zod";

/** `{ type: ["string", "null"], … }` → `{ anyOf: [{ type: "string", … }, { type: "null" }] }`, everywhere. */
function noUnionTypes(node) {
  if (Array.isArray(node)) return node.map(noUnionTypes);
  if (!node || typeof node !== "object") return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    // under properties/definitions the keys are names, not keywords ("type" is a field of Sections)
    out[k] = k === "properties" || k === "definitions" ? Object.fromEntries(Object.entries(v).map(([p, s]) => [p, noUnionTypes(s)])) : noUnionTypes(v);
  }
  if (!Array.isArray(out.type)) return out;
  const { type, description, ...rest } = out;
  return { ...(description ? { description } : {}), anyOf: type.map((t) => (t === "null" ? { type: "null" } : { type: t, ...rest })) };
}

/** @param {import("zod").ZodType} schema @param {string} title */
export function jsonSchemaOf(schema, title) {
  const json = noUnionTypes(z.toJSONSchema(schema, { target: "draft-7" }));
  return { $schema: json.$schema, title, ...json };
}
