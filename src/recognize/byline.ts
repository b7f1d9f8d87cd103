/**
 * Bylines and photo credits: pen names that count as people even without a family name.
 *
 *   "… trong thời gian tới. Thu Nguyệt"           → "Thu Nguyệt" (last words of the post)
 *   "… Tin, ảnh: THU HƯƠNG", "Hoàng Thái/VOV"     → "THU HƯƠNG", "Hoàng Thái"
 *   "Huỳnh Hải - Xuân Lương"                      → two people;  "(Tổng hợp) Duy Ngọc" → "Duy Ngọc"
 *   "Ảnh: Mai Phương/TTXVN", "(Ảnh: Tiến Tuấn)"   → photo credits
 *   "Ảnh: Bích Ngọc Các cấp Công đoàn…"          → "Bích Ngọc" (the next sentence starts glued on)
 * Not people: initials ("P.V", "T.E.A", "CTV"), outlets ("TTXVN", "Báo Tiền Phong", "Google Map").
 */
import type { Doc } from "../text/normalize.js";
import { fold } from "../text/fold.js";
import { named } from "../text/rx.js";
import { ORG_HEADS } from "../lexicon/org-heads.js";
import { isPlace, isSurname, isSyllable } from "./name.js";

export interface BylineHit {
  start: number;
  end: number;
  name: string;
  rule: string;
}

const ORG_WORD = new Set(ORG_HEADS.filter((h) => !h.includes(" ")).map((h) => fold(h)));
const WORD = /^(?:\p{Lu}\p{Ll}*|\p{Lu}+)$/u;

function validName(words: string[], credit = false): boolean {
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((w) => WORD.test(w) && isSyllable(w))) return false;
  const caps = words.map((w) => w.length > 1 && w === w.toUpperCase());
  if (caps.some((c) => c !== caps[0])) return false;
  const key = words.map((w) => fold(w));
  if ((credit && ORG_WORD.has(key[0]!) && !isSurname(words[0]!)) || /^(?:báo|tin|nguồn|theo|ảnh)$/.test(key[0]!)) return false;
  if (isPlace(key.join(" "))) return false;
  return true;
}

const PHOTO = named("person.photo-credit", /(?<![\p{L}\p{M}\p{N}])ảnh\s{0,2}:\s{0,2}/gu);
const PAIR = named("person.byline-pair", /(?<=[.!?…”"]\s{1,3})(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+) - (\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)(?= \p{Lu})/gu);

export function findBylines(doc: Doc): BylineHit[] {
  const out: BylineHit[] = [];
  const { norm, key } = doc;
  // 1. photo credits anywhere
  PHOTO.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PHOTO.exec(key))) {
    const at = m.index + m[0].length;
    const tail = norm.slice(at, at + 60);
    const w = /^(?:\p{Lu}[\p{L}\p{M}]*)(?: \p{Lu}[\p{L}\p{M}]*)*/u.exec(tail);
    if (!w) continue;
    const words = w[0].split(" ");
    const after = tail[w[0].length] ?? "";
    let n = Math.min(2, words.length);
    if (words.length >= 3 && isSurname(words[0]!) && (words.length === 3 && after !== " ")) n = 3;
    const pick = words.slice(0, n);
    if (!validName(pick, true)) continue;
    const name = pick.join(" ");
    out.push({ start: at, end: at + name.length, name, rule: "person.photo-credit" });
  }
  // 2. digest items signed by two people: "… hơn nữa. Đỗ Đạt - Xuân Trường LĐLĐ tỉnh …"
  PAIR.lastIndex = 0;
  while ((m = PAIR.exec(norm))) {
    const a = m[1]!;
    const b = m[2]!;
    if (!validName(a.split(" "), true) || !validName(b.split(" "), true)) continue;
    out.push({ start: m.index, end: m.index + a.length, name: a, rule: "person.byline" });
    const bs = m.index + m[0].length - b.length;
    out.push({ start: bs, end: bs + b.length, name: b, rule: "person.byline" });
  }
  // 3. the signature at the end of the post
  const trimmed = norm.replace(/\s+$/, "");
  const lineStart = Math.max(trimmed.lastIndexOf("\n") + 1, trimmed.length - 200);
  const line = trimmed.slice(lineStart);
  const cut = /.*(?:[.!?…:;”"»)]|\.\/\.)\s+/su.exec(line);
  let tailStart = lineStart + (cut ? cut[0].length : 0);
  let tail = trimmed.slice(tailStart);
  if (tail.length > 80) return out;
  const lead = /^(?:\([^)]*\)\s*|(?:tin|bài)?[, ]*(?:ảnh|bài)?\s*:\s*)/iu.exec(tail);
  if (lead && lead[0]) {
    tailStart += lead[0].length;
    tail = tail.slice(lead[0].length);
  }
  tail = tail.replace(/\s*\([^)]*\)\s*$/, "").replace(/\s*\/.*$/, "");
  let pos = tailStart;
  for (const part of tail.split(/ - |, /)) {
    const words = part.split(" ").filter((w) => w && !w.includes("."));
    const at = tailStart + tail.indexOf(part, pos - tailStart) + (part.length - part.trimStart().length);
    pos = at + part.length;
    if (!validName(words)) continue;
    const name = words.join(" ");
    const s = norm.indexOf(name, at);
    if (s < 0) continue;
    if (out.some((o) => o.start === s)) continue;
    out.push({ start: s, end: s + name.length, name, rule: "person.byline" });
  }
  return out;
}
