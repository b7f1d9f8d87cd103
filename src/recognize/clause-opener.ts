/**
 * A time phrase opening a clause, closed by a comma, right before `p`: "sáng nay (10/5), ",
 * "Chiều 14/9, ", "Hôm qua, " — what follows it opens the clause as after a full stop would
 * ("Sau sự cố, sáng nay (10/5), Giám đốc Sở X, ông A đã có thư xin lỗi": the title opens the clause).
 */
import { named, src } from "../text/rx.js";
import { TIME_OPENERS } from "../lexicon/shared-titles.js";

/** The opener, read on the folded text before `p`: a clause start, the time words, a day, a comma. */
const TIME_OPENER = named(
  "person.time-opener",
  new RegExp(
    src`(?:^|[.!?:;,\n"“]\s{0,2})${TIME_OPENERS}(?:\s{1,2}(?:nay|qua|mai|ngày))?(?:\s{0,2}\(?\s{0,2}\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\s{0,2}\)?)?\s{0,2},\s{0,3}$`,
    "u",
  ),
);

/** Whether a time phrase opening a clause ends, with its comma, right before `p` of the folded text `key`. */
export function afterTimeOpener(key: string, p: number): boolean {
  return TIME_OPENER.test(key.slice(Math.max(0, p - 40), p));
}
