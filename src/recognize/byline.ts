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
import { wordBefore } from "./phrase.js";

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
  if ((credit && ORG_WORD.has(key[0]!) && !isSurname(words[0]!)) || /^(?:báo|tin|nguồn|theo|ảnh|ông|bà)$/.test(key[0]!)) return false;
  if (isPlace(key.join(" "))) return false;
  return true;
}

const PHOTO = named("person.photo-credit", /ảnh\s{0,2}:\s{0,2}/gu);
/** "cổ đông tên Đức Trí", "nạn nhân tên là Minh Anh": a person noun, "tên", then the name. */
const NAMED = named(
  "person.named",
  /(?:cổ đông|người|đối tượng|bị can|bị cáo|nạn nhân|cháu|bé|học sinh|sinh viên|công nhân|cán bộ|đảng viên|đoàn viên|phóng viên|nữ sinh|nam sinh|thanh niên|phụ nữ|cụ)(?: có)? tên(?: là)? /gu,
);
const PAIR = named("person.byline-pair", /([.!?…”"]\s{1,3})(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+) - (\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)(?= \p{Lu})/gu);

export function findBylines(doc: Doc): BylineHit[] {
  const out: BylineHit[] = [];
  const { norm, key } = doc;
  // 1. photo credits anywhere
  PHOTO.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PHOTO.exec(key))) {
    if (wordBefore(key, m.index)) {
      PHOTO.lastIndex = m.index + 1;
      continue;
    }
    const at = m.index + m[0].length;
    const tail = norm.slice(at, at + 60);
    const w = /^(?:\p{Lu}[\p{L}\p{M}]*)(?: \p{Lu}[\p{L}\p{M}]*)*/u.exec(tail);
    if (!w) continue;
    const words = w[0].split(" ");
    // the next sentence may follow with no stop: it starts at the word followed by a lower-case word
    const rest = tail.slice(w[0].length);
    let n = words.length;
    if (/^ [\p{Ll}]/u.test(rest)) n = words.length - 1;
    n = Math.min(n, 4);
    const pick = words.slice(0, n);
    if (!validName(pick, true)) continue;
    const name = pick.join(" ");
    out.push({ start: at, end: at + name.length, name, rule: "person.photo-credit" });
  }
  // 1b. a person introduced by name: "cổ đông tên Đức Trí"
  NAMED.lastIndex = 0;
  while ((m = NAMED.exec(key))) {
    if (wordBefore(key, m.index)) {
      NAMED.lastIndex = m.index + 1;
      continue;
    }
    const at = m.index + m[0].length;
    const w = /^\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*){1,3}/u.exec(norm.slice(at, at + 40));
    if (!w) continue;
    const words = w[0].split(" ");
    if (!validName(words)) continue;
    out.push({ start: at, end: at + w[0].length, name: w[0], rule: "person.named" });
  }
  // 2. digest items signed by two people: "… hơn nữa. Đỗ Đạt - Xuân Trường LĐLĐ tỉnh …"
  PAIR.lastIndex = 0;
  while ((m = PAIR.exec(norm))) {
    const at = m.index + m[1]!.length;
    const a = m[2]!;
    const b = m[3]!;
    if (!validName(a.split(" "), true) || !validName(b.split(" "), true)) continue;
    out.push({ start: at, end: at + a.length, name: a, rule: "person.byline" });
    const bs = m.index + m[0].length - b.length;
    out.push({ start: bs, end: bs + b.length, name: b, rule: "person.byline" });
  }
  // 3. the signature at the end of the post
  const trimmed = norm.trimEnd();
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
  // the tail must be nothing but signatures ("Huỳnh Hải - Xuân Lương"), initials dropped ("Tr.Hoàng")
  const parts = tail.split(/ - |, /).map((part) => part.split(" ").filter((w) => w && !w.includes(".")));
  if (!parts.every((words) => words.length === 0 || validName(words))) return out;
  let pos = tailStart;
  for (const words of parts) {
    if (!words.length) continue;
    const name = words.join(" ");
    const s = norm.indexOf(name, pos);
    if (s < 0) continue;
    pos = s + name.length;
    if (out.some((o) => o.start === s)) continue;
    out.push({ start: s, end: s + name.length, name, rule: "person.byline" });
  }
  return out;
}
