/**
 * Bytes → text for the batch CLI (issue 6): finds the encoding of an old post and decodes it.
 *
 *   EF BB BF "Người…"              → utf8 (BOM dropped)          "Người…"
 *   FF FE 4E 00 67 00 …            → utf16le (BOM or NUL pattern) "Ng…"
 *   "Ng\xfd\xf0\xccn"… (no BOM)    → windows-1258 (tone marks combined, NFC)
 *   "Ng\xad\xeai ViÖt"             → tcvn (TCVN3 / ABC)           "Người Việt"
 *   "Ngöôøi Vieät"                 → vni (VNI-Windows)            "Người Việt"
 *   "%PDF-1.4…", "PK\x03\x04…", NULs → error "binary (PDF)"
 *   "" or only spaces              → error "empty"
 *
 * Detection: BOM, then the NUL-byte pattern of UTF-16, then strict UTF-8; when the bytes are
 * not UTF-8 each legacy Vietnamese encoding is tried and scored by how many words come out
 * as well-formed Vietnamese syllables; none good → "undecodable (try --encoding)".
 */
import { isUtf8 } from "node:buffer";
import { iconv, loadIconv } from "./lazy.js";
import { decodeUtf8Counted } from "./lines.js";
import { named } from "../text/rx.js";

export type EncodingName = "utf8" | "utf16le" | "utf16be" | "windows1258" | "tcvn" | "vni" | "viscii";
export const ENCODINGS: readonly EncodingName[] = ["utf8", "utf16le", "utf16be", "windows1258", "tcvn", "vni", "viscii"];

/** Accepted spellings of --encoding, mapped to one name. */
const ALIASES: Record<string, EncodingName> = {
  utf8: "utf8",
  "utf-8": "utf8",
  utf16: "utf16le",
  "utf-16": "utf16le",
  utf16le: "utf16le",
  "utf-16le": "utf16le",
  utf16be: "utf16be",
  "utf-16be": "utf16be",
  windows1258: "windows1258",
  "windows-1258": "windows1258",
  cp1258: "windows1258",
  tcvn: "tcvn",
  tcvn3: "tcvn",
  "tcvn-3": "tcvn",
  tcvn5712: "tcvn",
  abc: "tcvn",
  vni: "vni",
  "vni-windows": "vni",
  viscii: "viscii",
};

export function encodingName(name: string): EncodingName | undefined {
  return ALIASES[name.toLowerCase().replace(/_/g, "-")] ?? ALIASES[name.toLowerCase().replace(/[-_]/g, "")];
}

export class DecodeError extends Error {}

export interface Decoded {
  text: string;
  encoding: EncodingName;
  /** Bytes that were not valid in the encoding, each replaced by U+FFFD (a lossy read). */
  replaced?: number;
}

const MAGIC: [string, number[]][] = [
  ["PDF", [0x25, 0x50, 0x44, 0x46]],
  ["ZIP/DOCX/XLSX", [0x50, 0x4b, 0x03, 0x04]],
  ["PNG", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG", [0xff, 0xd8, 0xff]],
  ["GIF", [0x47, 0x49, 0x46, 0x38]],
  ["gzip", [0x1f, 0x8b]],
  ["MS Office (DOC/XLS)", [0xd0, 0xcf, 0x11, 0xe0]],
  ["RAR", [0x52, 0x61, 0x72, 0x21]],
  ["7z", [0x37, 0x7a, 0xbc, 0xaf]],
  ["ELF", [0x7f, 0x45, 0x4c, 0x46]],
];

function startsWith(b: Uint8Array, sig: number[]): boolean {
  return b.length >= sig.length && sig.every((x, i) => b[i] === x);
}

/** "utf16le" / "utf16be" when the bytes look like UTF-16 without a BOM (many NULs on one side). */
function sniffUtf16(b: Uint8Array): "utf16le" | "utf16be" | null {
  const n = Math.min(b.length, 8192) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > half * 0.25 && even < half * 0.05) return "utf16le";
  if (even > half * 0.25 && odd < half * 0.05) return "utf16be";
  return null;
}

const utf8Strict = new TextDecoder("utf-8", { fatal: true });

/** Whether decoding these bytes may need iconv-lite (a legacy encoding, named or to be guessed). */
export function needsIconv(bytes: Uint8Array, forced?: EncodingName): boolean {
  if (forced) return !/^utf/.test(forced);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]) || startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return false;
  return !isUtf8(bytes) && !sniffUtf16(bytes);
}

function countFffd(s: string): number {
  let n = 0;
  for (let i = s.indexOf("\ufffd"); i >= 0; i = s.indexOf("\ufffd", i + 1)) n++;
  return n;
}

/**
 * Decode with one named encoding. UTF-8 and UTF-16 that are not valid: a DecodeError, or with
 * `lossy`, U+FFFD for each bad sequence and the count in `replaced`.
 */
export function decodeWith(bytes: Uint8Array, enc: EncodingName, lossy = false): { text: string; replaced: number } {
  let text: string;
  let replaced = 0;
  switch (enc) {
    case "utf8":
      if (isUtf8(bytes)) text = utf8Strict.decode(bytes);
      else if (!lossy) throw new DecodeError("undecodable: not valid UTF-8");
      else ({ text, replaced } = decodeUtf8Counted(bytes));
      break;
    case "utf16le":
    case "utf16be": {
      const label = enc === "utf16le" ? "UTF-16LE" : "UTF-16BE";
      if (bytes.length % 2 && !lossy) throw new DecodeError(`undecodable: odd number of bytes for ${label}`);
      try {
        text = new TextDecoder(enc === "utf16le" ? "utf-16le" : "utf-16be", { fatal: true }).decode(bytes);
      } catch {
        if (!lossy) throw new DecodeError(`undecodable: not valid ${label}`);
        let written = 0;
        for (let i = 0; i + 1 < bytes.length; i += 2) if (enc === "utf16le" ? bytes[i] === 0xfd && bytes[i + 1] === 0xff : bytes[i] === 0xff && bytes[i + 1] === 0xfd) written++;
        text = new TextDecoder(enc === "utf16le" ? "utf-16le" : "utf-16be").decode(bytes);
        replaced = Math.max(1, countFffd(text) - written);
      }
      break;
    }
    case "vni":
      text = vniToUnicode(iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "windows1252"));
      break;
    default:
      text = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), enc);
      if (enc === "windows1258") text = text.normalize("NFC");
      // bytes the code page leaves undefined come out as U+FFFD
      replaced = countFffd(text);
  }
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, replaced };
}

/** Decode with one named encoding; throws DecodeError when the bytes are not valid in it. */
export function decodeAs(bytes: Uint8Array, enc: EncodingName): string {
  return decodeWith(bytes, enc).text;
}

/**
 * Find the encoding and decode. `forced` skips detection (but a BOM still wins for UTF-16/8).
 * Throws DecodeError with a one-line message for binary, empty and undecodable input. UTF-8
 * with a few bad bytes (or any bad bytes under a forced UTF encoding) is read with U+FFFD in
 * their place and `replaced` says how many: the caller reports the loss.
 */
export async function decodeBytes(bytes: Uint8Array, forced?: EncodingName): Promise<Decoded> {
  if (needsIconv(bytes, forced)) await loadIconv();
  return decodeBytesSync(bytes, forced);
}

/** {@link decodeBytes} once iconv-lite is loaded (or not needed). */
export function decodeBytesSync(bytes: Uint8Array, forced?: EncodingName): Decoded {
  if (bytes.length === 0) throw new DecodeError("empty file");
  let enc: EncodingName | null = null;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) enc = "utf8";
  else if (startsWith(bytes, [0xff, 0xfe])) enc = "utf16le";
  else if (startsWith(bytes, [0xfe, 0xff])) enc = "utf16be";
  if (!enc && forced) enc = forced;
  if (!enc) {
    for (const [name, sig] of MAGIC) if (startsWith(bytes, sig)) throw new DecodeError(`binary file (${name}), not text`);
    enc = sniffUtf16(bytes);
  }
  if (!enc) {
    const head = bytes.subarray(0, 65536);
    let nul = 0;
    let ctl = 0;
    for (const x of head) {
      if (x === 0) nul++;
      else if (x < 9 || (x > 13 && x < 32 && x !== 27)) ctl++;
    }
    // TCVN3 puts a few capitals in the control range, hence the 5% allowance.
    if (nul > 0 || ctl > head.length * 0.05) throw new DecodeError("binary file (control bytes), not text");
  }
  let text: string;
  let replaced = 0;
  if (enc) {
    ({ text, replaced } = decodeWith(bytes, enc, enc === "utf8" || enc === "utf16le" || enc === "utf16be"));
  } else if (isUtf8(bytes)) {
    text = utf8Strict.decode(bytes);
    enc = "utf8";
    if (looksVni(text)) {
      // VNI typed into a Unicode file ("Vieät Nam"): the same table applies to the characters.
      text = vniToUnicode(text);
      enc = "vni";
    }
  } else {
    // Not UTF-8: a legacy encoding, or UTF-8 with a few bad bytes (a cut download, a bad disk).
    const lossy = decodeUtf8Counted(bytes);
    const good = countMultibyte(lossy.text);
    const guess = good >= 4 * lossy.replaced ? null : guessLegacy(bytes);
    if (guess) ({ text, encoding: enc, replaced } = { ...guess, replaced: guess.replaced ?? 0 });
    else if (good > lossy.replaced) ({ text, replaced, encoding: enc } = { ...lossy, encoding: "utf8" });
    else throw new DecodeError("undecodable: not UTF-8, and neither windows-1258, TCVN3 nor VNI gives Vietnamese (try --encoding)");
  }
  if (!text.trim()) throw new DecodeError(bytes.length ? "empty (only white space)" : "empty file");
  return { text, encoding: enc, ...(replaced ? { replaced } : {}) };
}

/** Characters outside ASCII that decoded well (not U+FFFD). */
function countMultibyte(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 && c !== 0xfffd) n++;
  }
  return n;
}

// ---- scoring ---------------------------------------------------------------------------

const TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
const VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
const VI_LETTERS = new Set<string>();
for (const v of VOWELS) for (const t of TONES) {
  const c = (v + t).normalize("NFC");
  VI_LETTERS.add(c);
  VI_LETTERS.add(c.toUpperCase());
}
for (const c of "bcdfghjklmnpqrstvwxzđ") {
  VI_LETTERS.add(c);
  VI_LETTERS.add(c.toUpperCase());
}
const TONED = new Set<string>();
for (const v of VOWELS) for (const t of TONES.slice(1)) {
  const c = (v + t).normalize("NFC");
  TONED.add(c);
  TONED.add(c.toUpperCase());
}

/** +1 per well-formed word with a Vietnamese letter, −2 per word with a stray non-ASCII character. */
export function vietnameseScore(text: string): { good: number; bad: number } {
  let good = 0;
  let bad = 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (const raw of sample.split(/[\s\d.,;:!?()[\]{}"'“”‘’«»\-–—…•/\\|*+=<>_#@&%$~`^]+/)) {
    if (!raw || /^[\x00-\x7f]*$/.test(raw)) continue;
    let ok = true;
    let toned = 0;
    for (const ch of raw) {
      if (!VI_LETTERS.has(ch)) {
        ok = false;
        break;
      }
      if (TONED.has(ch)) toned++;
    }
    if (ok && toned <= 1) good++;
    else bad++;
  }
  return { good, bad };
}

function guessLegacy(bytes: Uint8Array): Decoded | null {
  let best: (Decoded & { score: number }) | null = null;
  for (const enc of ["windows1258", "tcvn", "vni", "viscii"] as const) {
    const { text, replaced } = decodeWith(bytes, enc);
    const { good, bad } = vietnameseScore(text);
    const score = good - 2 * bad;
    if (good > bad && (!best || score > best.score)) best = { text, encoding: enc, score, replaced };
  }
  return best ? { text: best.text, encoding: best.encoding, ...(best.replaced ? { replaced: best.replaced } : {}) } : null;
}

// ---- VNI -------------------------------------------------------------------------------

const VNI_CIRC: Record<string, string> = { â: "\u0302", á: "\u0302\u0301", à: "\u0302\u0300", å: "\u0302\u0309", ã: "\u0302\u0303", ä: "\u0302\u0323" };
const VNI_BREVE: Record<string, string> = { ê: "\u0306", é: "\u0306\u0301", è: "\u0306\u0300", ú: "\u0306\u0309", ü: "\u0306\u0303", ë: "\u0306\u0323" };
const VNI_TONE: Record<string, string> = { ù: "\u0301", ø: "\u0300", û: "\u0309", õ: "\u0303", ï: "\u0323" };
const VNI_LETTER: Record<string, string> = { ô: "ơ", ö: "ư", ñ: "đ", æ: "ỉ", ó: "ĩ", ò: "ị", î: "ỵ" };
for (const t of [VNI_CIRC, VNI_BREVE, VNI_TONE, VNI_LETTER]) for (const [k, v] of Object.entries(t)) t[k.toUpperCase()] = t === VNI_LETTER ? v.toUpperCase() : v;

const VNI_CIRC_RE = named("decode.VNI_CIRC_RE", /([aeoAEO])([âáàåãäÂÁÀÅÃÄ])/g);
const VNI_BREVE_RE = named("decode.VNI_BREVE_RE", /([aA])([êéèúüëÊÉÈÚÜË])/g);
const VNI_LETTER_RE = named("decode.VNI_LETTER_RE", /[ôöñæóòîÔÖÑÆÓÒÎ]/g);
const VNI_TONE_RE = named("decode.VNI_TONE_RE", /([aeiouyAEIOUYơưƠƯ][\u0302\u0306]?)([ùøûõïÙØÛÕÏ])/g);

/** VNI-Windows text read as windows-1252 → Unicode NFC. "Vieät Nam" → "Việt Nam". */
export function vniToUnicode(s: string): string {
  return s
    .replace(VNI_CIRC_RE, (_, b: string, m: string) => b + VNI_CIRC[m])
    .replace(VNI_BREVE_RE, (_, b: string, m: string) => b + VNI_BREVE[m])
    .replace(VNI_LETTER_RE, (m) => VNI_LETTER[m] ?? m)
    .replace(VNI_TONE_RE, (_, b: string, m: string) => b + VNI_TONE[m])
    .normalize("NFC");
}

/** A Unicode text typed in VNI: many "eä", "öø", "ñ" pairs and almost no real Vietnamese letters. */
function looksVni(text: string): boolean {
  const sample = text.slice(0, 50_000);
  const vni = (sample.match(/[aeoAEO][âáàåãäÂÁÀÅÃÄ]|[öô][ùøûõï]|ñ/g) ?? []).length;
  if (vni < 5) return false;
  const real = (sample.match(/[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/gi) ?? []).length;
  return real < vni / 4;
}
