/**
 * Lunar days: a day the text dates by the lunar calendar, which the solar calendar does not judge.
 *
 *   "Ngày 30 tháng 2 năm Giáp Thìn (tức ngày 8/4/2024)"  → "30 tháng 2" is lunar (a can-chi year)
 *   "ngày 15/7 âm lịch", "mùng 10/3 (ÂL)"                 → lunar ("âm lịch" after the day)
 *   "ngày 30/4/2024"                                       → solar
 * A lunar day is not a date of the report (its year and its month are not the solar ones): the
 * recogniser leaves it out, so it neither lends a year to other days nor meets the calendar checks.
 */
import { LUNAR_BRANCHES, LUNAR_STEMS, LUNAR_WORDS } from "../lexicon/dates.js";
import { R, named, src, words } from "../text/rx.js";

const STEM = words(LUNAR_STEMS);
const BRANCH = words(LUNAR_BRANCHES);
const LUNAR_WORD = words(LUNAR_WORDS);

/** What follows a lunar day, on the folded key: "năm Giáp Thìn", " âm lịch", " (ÂL)". */
const LUNAR_AFTER = named("date-lunar.LUNAR_AFTER", new RegExp(
  src`^[\s,]{0,3}(?:\(\s{0,2})?(?:năm\s{1,3}${STEM}\s{1,3}${BRANCH}|${LUNAR_WORD})${R}`,
  "u",
));

/** Whether the day ending at `end` in the folded key is a lunar one (the words after it say so). */
export function lunarAfter(key: string, end: number): boolean {
  return LUNAR_AFTER.test(key.slice(end, end + 30));
}
