/**
 * The ReDoS proof of the registered patterns (src/text/rx.ts `named()`), and its record
 * (test/redos-proofs.json).
 *
 * `npm test` does not run a checker: it asks that every registered pattern, keyed by a hash of
 * its flags and source, has a recorded proof. A new or changed pattern has none, so the test
 * fails until `npm run prove-patterns` proves it and records it; a pattern that has not changed
 * is never proven again. Nothing in the test depends on time or load.
 *
 * The proof (scripts/prove-patterns.ts → `prove()` below) is deterministic:
 * 1. recheck's automaton checker, which decides from the pattern alone. It does not model
 *    look-around, so a pattern with look-around is proven in a relaxed form: every look-around
 *    is replaced by the empty pattern (an assertion only prunes backtracking paths, so if the
 *    relaxed pattern is linear the original has no more paths); a look-around body of bounded
 *    length costs O(1) per test; an unbounded body is proven on its own, anchored where it is
 *    tested (a look-behind body forward: reversal keeps the degree of ambiguity);
 * 2. where the automaton cannot decide (its construction is exponential in the loops of long word
 *    lists with `\s+` inside words; `automatonMs` ends it) or the relaxation is too coarse: the
 *    ambiguity analysis of ./ambiguity.ts on the same relaxed parts — the position automaton of
 *    the pattern behind a loop for the unanchored search, proven free of EDA and IDA by pair and
 *    triple products, exact char sets (refa) — with the start contexts the pattern's
 *    look-behinds forbid (a look-behind that keeps a match from starting inside a word is what
 *    makes such a scan linear). Sound and conservative: it does not use the fact that a match
 *    ends an attempt, which recheck does, so it comes second;
 * 3. last, for what neither proves, recheck's fuzzer with a fixed seed and every time budget off
 *    (its verdict depends on the pattern and the seed, not on the machine's load). One pattern
 *    needs it today (person.run: linear only because an attempt that reaches its second name
 *    always succeeds and the next attempt starts past it; see README).
 * The record says which method proved each pattern.
 */
import { createHash } from "node:crypto";
import { RegExpParser, visitRegExpAST, type AST } from "@eslint-community/regexpp";
import { check, type Diagnostics } from "recheck";
import { ambiguity, startConstraint } from "./ambiguity.js";

export interface ProofPart {
  /** "main", or the look-around body it came from. */
  role: string;
  source: string;
  flags: string;
}

export interface Verdict {
  status: "safe" | "vulnerable" | "unknown";
  /** For a vulnerable or unknown part: which part and why. */
  detail?: string;
}

const parser = new RegExpParser({ ecmaVersion: 2025 });

/** The proof's cache key: the pattern as the engine runs it (flags that change matching + source). */
export function proofKey(re: RegExp): string {
  const flags = re.flags.replace(/[gyd]/g, "");
  return createHash("sha256").update(`${flags}/${re.source}`).digest("hex").slice(0, 24);
}

function bounded(node: AST.Node): boolean {
  let ok = true;
  visitRegExpAST(node, {
    onQuantifierEnter(q) {
      if (q.max === Infinity) ok = false;
    },
    onBackreferenceEnter() {
      ok = false;
    },
  });
  return ok;
}

/** The parts to prove for one pattern source: the relaxed main pattern and unbounded look-around bodies. */
export function proofParts(source: string, flags: string, role = "main"): ProofPart[] {
  const unicode = flags.includes("u");
  const ast = parser.parsePattern(source, 0, source.length, { unicode, unicodeSets: flags.includes("v") });
  const outer: AST.LookaroundAssertion[] = [];
  visitRegExpAST(ast, {
    onAssertionEnter(a) {
      if (a.kind !== "lookahead" && a.kind !== "lookbehind") return;
      for (let p: AST.Node | null = a.parent; p; p = p.parent) {
        if (p.type === "Assertion" && (p.kind === "lookahead" || p.kind === "lookbehind")) return;
      }
      outer.push(a);
    },
  });
  const parts: ProofPart[] = [];
  let relaxed = "";
  let at = 0;
  for (const a of outer) {
    relaxed += source.slice(at, a.start);
    at = a.end;
    if (!bounded(a)) {
      const first = a.alternatives[0]!;
      const last = a.alternatives[a.alternatives.length - 1]!;
      const body = source.slice(first.start, last.end);
      parts.push(...proofParts(`^(?:${body})`, flags, `${role} › ${a.raw.slice(0, 40)}`));
    }
  }
  relaxed += source.slice(at);
  parts.unshift({ role, source: relaxed, flags });
  return parts;
}

/** How a pattern was proven; see the module comment. */
export type Method =
  | "automaton"
  | "automaton, look-around relaxed"
  | "ambiguity analysis (NFA products)"
  | "fuzz, seeded, no time budget";

/**
 * Step 2 of the proof: the ambiguity of the relaxed pattern's position automaton (see
 * ./ambiguity.ts), every part of `proofParts`; the main part with the start contexts its
 * look-behinds forbid. Deterministic and fast; "unsafe" only means "not proven".
 */
export function proveByAmbiguity(source: string, flags: string): { safe: boolean; detail: string } {
  const parts = proofParts(source, flags);
  for (const [i, part] of parts.entries()) {
    let v;
    try {
      v = ambiguity(part.source, part.flags, i === 0 ? { forbidden: startConstraint(source, flags) } : {});
    } catch (e) {
      return { safe: false, detail: `${part.role}: ${(e as Error).message}` };
    }
    if (v.status !== "safe") return { safe: false, detail: `${part.role}: ${v.detail}` };
  }
  return { safe: true, detail: "" };
}

/** One recheck run, deterministic: no time budget (an offline budget may abort it: `signal`). */
async function run(source: string, flags: string, checker: "automaton" | "fuzz", signal?: AbortSignal): Promise<Diagnostics> {
  return check(source, flags, {
    checker,
    timeout: null,
    maxNFASize: 10_000_000,
    maxPatternSize: 1_000_000,
    randomSeed: 42,
    attackTimeout: null,
    incubationTimeout: null,
    seedingTimeout: null,
    recallTimeout: -1,
    signal,
  });
}

function describe(d: Diagnostics, role: string): string {
  if (d.status === "vulnerable") return `${role}: ${d.complexity.summary}; attack ${JSON.stringify(d.attack.string.slice(0, 60))}`;
  if (d.status === "unknown") return `${role}: ${d.error.kind}${"message" in d.error ? ` (${d.error.message})` : ""}`;
  return `${role}: safe`;
}

/**
 * Prove one pattern safe. First by automaton: exactly when the pattern has no look-around,
 * else in its relaxed form (every part must be safe). When the automaton cannot decide within
 * `automatonMs` (it is exponential in the loops of large word lists) or the relaxation is too
 * coarse (a look-behind that keeps a match from starting inside a word), by the ambiguity
 * analysis (`proveByAmbiguity`); what that leaves, by recheck's fuzzer with a fixed seed and no
 * time budget, whose verdict is the same on every run.
 */
export async function prove(re: RegExp, automatonMs = 20_000): Promise<Verdict & { method?: Method }> {
  const flags = re.flags.replace(/[gyd]/g, "");
  const parts = proofParts(re.source, flags);
  const exact = parts.length === 1 && parts[0]!.source === re.source;
  let why = "";
  automaton: {
    for (const part of parts) {
      const d = await run(part.source, part.flags, "automaton", AbortSignal.timeout(automatonMs));
      if (d.status === "vulnerable" && exact) return { status: "vulnerable", detail: describe(d, part.role) };
      if (d.status !== "safe") {
        why = describe(d, part.role);
        break automaton;
      }
    }
    return { status: "safe", method: exact ? "automaton" : "automaton, look-around relaxed" };
  }
  const amb = proveByAmbiguity(re.source, flags);
  if (amb.safe) return { status: "safe", method: "ambiguity analysis (NFA products)", detail: `automaton: ${why}` };
  const d = await run(re.source, flags, "fuzz");
  if (d.status === "safe") return { status: "safe", method: "fuzz, seeded, no time budget", detail: `automaton: ${why}; ambiguity: ${amb.detail}` };
  return { status: d.status, detail: describe(d, "fuzz") };
}

export interface CacheEntry {
  name: string;
  /** "bounded": not linear, kept because its call sites bound its input (./redos-bounded.ts). */
  status: "safe" | "bounded";
  method: Method | "bounded input (call sites)";
  /** For a bounded one: the bound, and the CPU time on the attack over that on ordinary text, at the bound and at ten times it. */
  max?: number;
  /** The attack measured: [prefix, pump, suffix]. */
  attack?: string;
  ratio?: number;
  ratio10?: number;
}
export type ProofCache = Record<string, CacheEntry>;
