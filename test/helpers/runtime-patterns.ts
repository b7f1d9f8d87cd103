/**
 * The RegExps under src/ built at run time (a `new RegExp(…)` or rx`…` inside a function): they
 * cannot be registered with `named()` (the registry would grow at each call), so each is listed
 * here with why it is safe and, where its shape is fixed and only its words come from data, a
 * sample of that shape that scripts/prove-patterns.ts proves like a registered pattern.
 * test/redos-coverage.test.ts fails when a file builds more (or fewer) than listed here.
 */
export interface RuntimeSite {
  /** Under src/. */
  file: string;
  /** How many such sites the file holds. */
  count: number;
  why: string;
  /** The shape, with sample words: proven by prove-patterns and recorded in redos-proofs.json. */
  samples?: RegExp[];
}

export const RUNTIME: RuntimeSite[] = [
  {
    file: "text/named.ts",
    count: 1,
    why: "named() itself: the pattern given with its word edges made fast, the same language; it is the registered one",
  },
  {
    file: "text/rx.ts",
    count: 2,
    why: "rx`…` (the composed pattern, registered by its caller's named()) and edgeAfter() (a look-behind of one character class, a part of a registered pattern)",
  },
  {
    file: "report/link.ts",
    count: 1,
    why: "one(re): a registered pattern without its g flag (the proof's key ignores g)",
  },
  {
    file: "report/sections.ts",
    count: 1,
    why: "folded(re): a word pattern on folded text, applied at load to patterns then registered folded (folding is idempotent: fl() folds them again to the same source)",
  },
  {
    file: "recognize/measure.ts",
    count: 1,
    why: "local(re): a registered pattern with flags u instead of gu (the same key)",
  },
  { file: "recognize/money.ts", count: 1, why: "local(re), as in measure.ts" },
  { file: "recognize/percent.ts", count: 1, why: "local(re), as in measure.ts" },
  { file: "recognize/number-context.ts", count: 1, why: "local(re), as in measure.ts" },
  {
    file: "check/numbers.ts",
    count: 1,
    why: "the decimal separator (',' or '.') before three digits at the end of a figure's text: two fixed patterns",
    samples: [/\.\d{3}$/, /\,\d{3}$/],
  },
  {
    file: "recognize/count-list-item.ts",
    count: 1,
    why:
      "another item of a list with the same noun: the noun is escaped, its spaces \\s+. Not linear (\\d[\\d.,]* from every digit of a run like '0,0,0,…': 2nd degree polynomial), but searched in at most 600 units and the noun: on 620 units of '0,0,…' ×301 the CPU of as much ordinary text (×3,331 at 6,200), measured in one run",
  },
  {
    file: "relate/percent-total.ts",
    count: 1,
    why: "a class of a scale said to be empty ('không có … dưới 1 ha'): the class is a lexicon word, at most five words between",
    samples: [/không có(?: [\p{L}\p{M}]+){0,5} dưới 1 ha(?: |$)/u],
  },
  {
    file: "cli/paths.ts",
    count: 1,
    why: "globToRegExp: a glob given on the command line, matched against file paths: the user's own pattern on paths of bounded length (a glob with several '**' can backtrack polynomially in the path's length); not reachable from parseReport",
    samples: [/^(?:[^/]*\/)*[^/]*\.txt$/],
  },
];
