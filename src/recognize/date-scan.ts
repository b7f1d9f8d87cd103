/**
 * Scanning helpers shared by the date recognisers: a left word edge tested in code (no leading
 * lookbehind, which makes V8 try a pattern at every position), and a pattern anchored at the end
 * of a short text tried only at its last word starts.
 */
const LMN = /[\p{L}\p{M}\p{N}]/u;

/** Whether the code point before `at` is a letter, mark or digit. */
export function wordCharBefore(s: string, at: number): boolean {
  if (at <= 0) return false;
  const c = s.charCodeAt(at - 1);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  // Latin-1 and Latin Extended letters, Vietnamese letters, combining marks (no regex)
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1ea0 && c <= 0x1ef9) || (c >= 0x300 && c <= 0x36f)) return true;
  if (c >= 0xdc00 && c <= 0xdfff && at >= 2) return LMN.test(String.fromCodePoint(s.codePointAt(at - 2)!));
  return LMN.test(s[at - 1]!);
}

/**
 * The matches of a global pattern that start at a left word edge: the same matches as the
 * pattern with (?<![\p{L}\p{M}\p{N}]) in front, found without trying it at every position.
 */
export function* edged(s: string, re: RegExp, from = 0): Generator<RegExpExecArray> {
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    if (wordCharBefore(s, m.index)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    yield m;
    re.lastIndex = m.index + Math.max(1, m[0].length);
  }
}

/**
 * re.exec(s) for a pattern written `${L}…$` (sticky here: flags "uy") whose matches span at most
 * `maxWords` runs of letters and digits: a match starts at a word start, so only the last
 * `maxWords` word starts are tried, leftmost first, instead of every position of `s`.
 */
export function execAtEnd(re: RegExp, s: string, maxWords: number): RegExpExecArray | null {
  // the word starts of the last string asked about are kept: callers test several patterns on one
  if (s !== lastEndText || lastEndWords < maxWords) {
    lastEndStarts.length = 0;
    let i = s.length;
    let inWord = false;
    for (; i > 0; i--) {
      const w = wordCharBefore(s, i);
      if (w === inWord) continue;
      if (inWord) {
        lastEndStarts.push(i);
        if (lastEndStarts.length === maxWords) break;
      }
      inWord = w;
    }
    if (i === 0 && inWord && lastEndStarts.length < maxWords) lastEndStarts.push(0);
    lastEndText = s;
    lastEndWords = maxWords;
  }
  for (let k = Math.min(maxWords, lastEndStarts.length) - 1; k >= 0; k--) {
    re.lastIndex = lastEndStarts[k]!;
    const m = re.exec(s);
    if (m) return m;
  }
  return null;
}
let lastEndText = "";
let lastEndWords = 0;
const lastEndStarts: number[] = [];
