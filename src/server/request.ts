/**
 * Reading a request of `baocao serve`: the body within its limit, and the input it carries.
 *
 *   POST /parse  Content-Type: application/json   {"text": "…", "id": "a", "referenceDate": "2017-06-21"}
 *   POST /parse?id=a&referenceDate=2017  Content-Type: text/plain; charset=utf-8   (the text itself)
 *
 * Every way a request can be wrong is an HttpError with its status and a code a program can test:
 * 400 invalid-json / invalid-utf8, 413 too-large (by Content-Length, or counted while a chunked
 * body is read), 415 unsupported-media-type, 422 invalid-input (which field, and why).
 */
import type { IncomingMessage } from "node:http";
import { named } from "../text/rx.js";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface Input {
  text: string;
  id?: string;
  referenceDate?: string;
}

/** "2017", "2017-06", "2017-06-21". */
const REFERENCE_DATE = named("request.REFERENCE_DATE", /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/);
const FIELDS = new Set(["text", "id", "referenceDate"]);

/** The body as bytes, refusing more than `max` (by Content-Length at once, or while reading). */
export async function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) > max) throw tooLarge(max);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) throw tooLarge(max);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

const tooLarge = (max: number) => new HttpError(413, "too-large", `the body is larger than the limit of ${max} bytes (--max-body)`);

const UTF8 = new TextDecoder("utf-8", { fatal: true });

function utf8(bytes: Buffer): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new HttpError(400, "invalid-utf8", "the body is not valid UTF-8");
  }
}

/** The media type and charset of a Content-Type header: "text/plain; charset=UTF-8" → ["text/plain", "utf-8"]. */
function mediaType(header: string | undefined): [string, string | undefined] {
  if (!header) return ["", undefined];
  const [type, ...params] = header.split(";");
  const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(p)?.[1]).find(Boolean);
  return [type!.trim().toLowerCase(), charset?.toLowerCase()];
}

function field(obj: Record<string, unknown>, name: string): string | undefined {
  const v = obj[name];
  if (v === undefined) return undefined;
  if (typeof v !== "string") throw new HttpError(422, "invalid-input", `"${name}" must be a string, not ${v === null ? "null" : Array.isArray(v) ? "an array" : typeof v}`);
  return v;
}

function checkDate(d: string | undefined): string | undefined {
  if (d !== undefined && !REFERENCE_DATE.test(d)) throw new HttpError(422, "invalid-input", `"referenceDate" must be YYYY, YYYY-MM or YYYY-MM-DD, not ${JSON.stringify(d.slice(0, 40))}`);
  return d || undefined;
}

/** The input of a POST: a JSON object, or the text itself (id and referenceDate in the query). */
export function inputOf(contentType: string | undefined, body: Buffer, query: URLSearchParams): Input {
  const [type, charset] = mediaType(contentType);
  if (charset && charset !== "utf-8" && charset !== "utf8") throw new HttpError(415, "unsupported-media-type", `only UTF-8 is read, not ${charset}`);
  if (type === "application/json" || type.endsWith("+json")) {
    let value: unknown;
    try {
      value = JSON.parse(utf8(body));
    } catch (err) {
      if (err instanceof HttpError) throw err;
      throw new HttpError(400, "invalid-json", `the body is not valid JSON: ${(err as Error).message}`);
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) throw new HttpError(422, "invalid-input", `expected a JSON object {"text": "…"}, not ${value === null ? "null" : Array.isArray(value) ? "an array" : typeof value}`);
    const obj = value as Record<string, unknown>;
    const unknown = Object.keys(obj).filter((k) => !FIELDS.has(k));
    if (unknown.length) throw new HttpError(422, "invalid-input", `unknown field${unknown.length > 1 ? "s" : ""} ${unknown.map((k) => JSON.stringify(k)).join(", ")}: expected text, id, referenceDate`);
    const text = field(obj, "text");
    if (text === undefined) throw new HttpError(422, "invalid-input", `"text" is required`);
    const id = field(obj, "id") ?? query.get("id") ?? undefined;
    return { text, ...(id !== undefined ? { id } : {}), ...optionalDate(checkDate(field(obj, "referenceDate") ?? query.get("referenceDate") ?? undefined)) };
  }
  if (type === "text/plain") {
    const id = query.get("id") ?? undefined;
    return { text: utf8(body), ...(id !== undefined ? { id } : {}), ...optionalDate(checkDate(query.get("referenceDate") ?? undefined)) };
  }
  throw new HttpError(
    415,
    "unsupported-media-type",
    `send Content-Type: application/json ({"text": "…"}) or text/plain; charset=utf-8 (the text), not ${type ? JSON.stringify(type) : "no Content-Type"}`,
  );
}

const optionalDate = (d: string | undefined) => (d ? { referenceDate: d } : {});
