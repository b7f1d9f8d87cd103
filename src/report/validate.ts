/**
 * A Report checked against the Zod schema (schema.ts): what is wrong with it, or null. finish.ts
 * runs it when validation is asked; parse.ts gives it to finish.ts when loaded, and a worker that
 * runs only the last phases loads it when it will validate (sides.ts loadValidation): zod and the
 * schemas cost ~0.2 s of CPU to import, a third of such a worker's load.
 */
import { Report } from "../schema.js";

/** The first three issues of a Report that fails the schema, as one message; null when it passes. */
export function schemaProblem(report: Report): string | null {
  const parsed = Report.safeParse(report);
  if (parsed.success) return null;
  return `the report did not validate: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`;
}
