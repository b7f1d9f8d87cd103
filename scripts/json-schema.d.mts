import type { ZodType } from "zod";
/** The JSON Schema (draft-07, Ajv-strict clean) of a Zod schema, as baocao publishes it. */
export function jsonSchemaOf(schema: ZodType, title: string): Record<string, unknown>;
