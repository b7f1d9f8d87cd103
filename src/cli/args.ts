/**
 * Option values of the batch CLI (issue 6), checked the way commander expects.
 *
 *   --max-bytes 10MB | 512k | 2000000   → bytes
 *   --jobs 4                            → 4 (a whole number ≥ 1)
 *   --encoding windows-1258 | tcvn3 | utf-16 → "windows1258" | "tcvn" | "utf16le"
 */
import { InvalidArgumentError } from "commander";
import { encodingName, ENCODINGS, type EncodingName } from "./decode.js";

/** "10MB", "512k", "2000000" → bytes. */
export function parseSize(v: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$/i.exec(v);
  if (!m) throw new InvalidArgumentError("expected a size such as 10MB, 512KB or 2000000");
  return Math.round(Number(m[1]) * { "": 1, k: 1024, m: 1 << 20, g: 1 << 30 }[m[2]!.toLowerCase() as "" | "k" | "m" | "g"]);
}

export function parseJobs(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number of at least 1");
  return n;
}

export function parseEncoding(v: string): EncodingName {
  const e = encodingName(v);
  if (!e) throw new InvalidArgumentError(`expected one of ${ENCODINGS.join(", ")} (or utf-16, windows-1258, tcvn3)`);
  return e;
}

/** "60", "2.5", "90s" → seconds (0 allowed: no limit). */
export function parseSeconds(v: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*s?\s*$/i.exec(v);
  if (!m) throw new InvalidArgumentError("expected a number of seconds, such as 60 or 2.5");
  return Number(m[1]);
}
