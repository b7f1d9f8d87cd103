/** Placeholder: the number recogniser is being written (issue 2). */
import type { Doc } from "../text/normalize.js";
import type { NumberConvention } from "./types.js";

export function inferConvention(_doc: Doc): { convention: NumberConvention; evidence: string[] } {
  return { convention: "vi", evidence: [] };
}
