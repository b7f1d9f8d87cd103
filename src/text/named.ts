/**
 * The registry of patterns proven free of super-linear backtracking (test/redos.test.ts,
 * `npm run prove-patterns`), and the word edges `named` makes fast. Apart from ./rx.ts (which
 * re-exports all of it) so that a module below fold.ts (chars.ts) can register its patterns
 * without an import cycle: this module imports nothing.
 */
/**
 * Letters and digits that make up nearly all Vietnamese text: a strict subset of
 * [\p{L}\p{N}], tried first in the word edges because a plain class is checked ~4× faster than
 * the Unicode property classes, which V8 would otherwise test at every position of the text.
 */
export const COMMON = String.raw`a-zA-Z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff`;
const SLOW_L = String.raw`(?<![\p{L}\p{M}\p{N}])`;
const SLOW_R = String.raw`(?![\p{L}\p{M}\p{N}])`;
/** Left word edge: not preceded by a letter, mark or digit. Never use \b on Vietnamese. */
export const L = String.raw`(?<![${COMMON}]|[\p{L}\p{M}\p{N}])`;
/** Right word edge: not followed by a letter, mark or digit. */
export const R = String.raw`(?![${COMMON}]|[\p{L}\p{M}\p{N}])`;

/** Rewrite the plain-spelled edges of a pattern source into the fast, equivalent L and R. */
export function fastEdges(source: string): string {
  return source.split(SLOW_L).join(L).split(SLOW_R).join(R);
}

/** Every pattern registered with {@link named}, for the ReDoS test. */
export const registry: { name: string; re: RegExp }[] = [];

/**
 * Register a pattern under a name so the ReDoS test can prove it safe. Returns the pattern with
 * its word edges made fast (see {@link fastEdges}): use the returned RegExp.
 */
export function named(name: string, re: RegExp): RegExp {
  const fast = fastEdges(re.source);
  const out = fast === re.source ? re : new RegExp(fast, re.flags);
  registry.push({ name, re: out });
  return out;
}
