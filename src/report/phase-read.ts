/**
 * The phase `read` (phases.ts): makeDoc (NFC + offset map + folded key + tokens), the number
 * convention, the sentences. Every side of a split that starts a text imports this; it brings
 * text/ and the convention's reader (recognize/number-convention.ts), not the number scan.
 */
import { makeDoc } from "../text/normalize.js";
import { sentences } from "../text/segment.js";
import { inferConvention } from "../recognize/number-convention.js";
import type { Ctx } from "../recognize/types.js";
import type { Work } from "./work.js";

export function read(w: Work): void {
  const doc = makeDoc(w.input);
  w.conv = inferConvention(doc);
  const ctx: Ctx = { doc, sentences: sentences(doc), convention: w.conv.convention };
  if (w.options.referenceDate) ctx.referenceDate = w.options.referenceDate;
  w.ctx = ctx;
}
