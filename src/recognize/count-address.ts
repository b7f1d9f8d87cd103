/**
 * A house number before a street's name is an address, not a count (count.ts asks for each number
 * whose noun is a street word):
 *
 *   "Dự án 1152 - 1154 đường Láng", "số 88 – 90 phố Huế"   → a range of house numbers
 *   "cửa hàng tại 25 phố Huế", "trụ sở ở 12 đường Lê Lợi"   → one house number after a place word
 * Counts still: "nâng cấp 2 đường Nguyễn Trãi và Lê Lợi", "làm 3 đường giao thông", "5 tuyến phố".
 */
import { fold } from "../text/fold.js";
import { lastWord } from "./count-words.js";
import { ADDRESS_BEFORE, HOUSE_STREETS } from "../lexicon/org-heads.js";

const STREETS = HOUSE_STREETS.map(fold);
const PLACE_WORDS = new Set(ADDRESS_BEFORE.map(fold));

/**
 * Whether the number before `nounStart` is a house number: the noun starts with a street word
 * followed by a capitalised name, and the number is a range's end or follows a place word.
 */
export function houseNumber(key: string, norm: string, numStart: number, nounStart: number, range: boolean): boolean {
  const street = STREETS.find((s) => key.startsWith(s, nounStart) && key.charCodeAt(nounStart + s.length) === 32);
  if (street === undefined) return false;
  let p = nounStart + street.length;
  while (key.charCodeAt(p) === 32) p++;
  const c = norm[p] ?? "";
  if (c === c.toLowerCase()) return false;
  return range || PLACE_WORDS.has(lastWord(key, numStart));
}
