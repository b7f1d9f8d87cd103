/**
 * Lists of objects with one array map (issue 14, the warm-up). Code that V8 optimised on lists of
 * one map is thrown away ("wrong map" at `list.length` or `list[i]`) when a list of another map
 * comes, and compiled again. Lists of objects come in three maps:
 *   - packed: `.map()` run by the interpreter or the baseline compiler, `[]` filled by push;
 *   - holey: `.map()` once TurboFan has optimised the function that calls it (it allocates the
 *     whole length first), so a list's map changes part way through a process;
 *   - small integers: an empty `[]`, or `.map()` / `.filter()` of nothing.
 * So the lists that optimised readers meet are filled by push into {@link none}, which is packed
 * for objects from the start, empty or not:
 *
 *   const out: Value[] = none();
 *   for (const h of hits) out.push(toValue(h));
 *
 * (A shared `mapList(list, f)` around `.map()` would make every callback meet at one call site,
 * which V8 then no longer inlines.)
 *
 * (A `[]` literal learns the kind its arrays end up with, through its allocation site, once its
 * function has a feedback vector: after a few calls. The calls below teach this one at load.)
 */

/** A new empty array with the map of an array of objects. */
export function none<T>(): T[] {
  return [];
}
for (let i = 0; i < 16; i++) none<object>().push({});

/**
 * `list.sort(cmp)`, in place, the list returned, without the sort when the list is in order
 * already: Array.prototype.sort copies even an empty or sorted list into a work array of its own,
 * and most lists a text sorts (its hits, starts, mentions) come in text order (a 1 KB text sorts
 * ~18, a title ~10, 80-100% of them in order). The same order as the sort's for a comparator that
 * orders consistently: a stable sort leaves a list that is in order as it is.
 */
export function inOrder<T>(list: T[], cmp: (a: T, b: T) => number): T[] {
  for (let i = 1; i < list.length; i++) if (cmp(list[i - 1]!, list[i]!) > 0) return list.sort(cmp);
  return list;
}

/**
 * The first index k of a list in order of start with list[k].start >= x (list.length when none):
 * a binary search. Hits of several kinds come here (titles, bylines, figures, year mentions, name
 * candidates), so its read of `.start` sees several maps; bench-ab against the copies it replaced
 * measured no difference (phase 13).
 */
export function firstStartAt(list: readonly { readonly start: number }[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
