/**
 * A deterministic ReDoS prover by the ambiguity of the pattern's position automaton, for the
 * patterns recheck's automaton checker cannot decide (its construction is exponential on long
 * word lists with `\s+` inside words). Sound: "safe" means the backtracking work of an
 * unanchored global search is linear in the input.
 *
 * The model (Weideman, van der Merwe, Berglund, Watson, "Analyzing matching time behavior of
 * backtracking regular expression matchers by using ambiguity of NFA", 2016; the theory
 * recheck's automaton checker implements):
 * - The pattern (look-around free: `proofParts` relaxes it first; `^`, `$`, `\b`, `\B` are read
 *   as the empty pattern, which only adds paths) becomes its position (Glushkov) automaton: one
 *   state per character-class occurrence, the edge into a state reads that state's exact char
 *   set (refa `CharSet`). Bounded quantifiers are expanded into fresh copies, the optional
 *   iterations nested (`E{1,3}` = `E(?:E(?:E)?)?`, the engine's own choice structure). An edge
 *   carries the number of distinct ε-paths that make it (capped at 2): `(?:|)a` gives two
 *   parallel edges into `a`, as the backtracker tries both. An iteration of a loop past its
 *   minimum that matches nothing is rejected by the engine (ECMA-262 RepeatMatcher), so it
 *   adds no path.
 * - Unless every alternative starts with `^` (and no `m` flag), the search tries every start
 *   position: a leading state reading any character with a self-loop stands for the skipped
 *   prefix, so the attempts at all start positions are the paths of one automaton.
 * - The engine's work on an input is bounded by a constant (ε-moves between two characters,
 *   bounded by the pattern) times the number of paths of the automaton over the input's
 *   prefixes, every state counting as final (a path that fails is explored all the same).
 *   That number is bounded by a constant for every input iff the automaton (every state
 *   reachable and co-reachable) has neither
 *   EDA: a state p with two distinct cycles p → p reading the same string (exponential), nor
 *   IDA: states p ≠ q with cycles p → p and q → q and a path p → q, all three reading the same
 *   string w (polynomial: quadratic with the leading state, e.g. `\s+x` unanchored).
 *   (Weber and Seidl 1991; Allauzen, Mohri and Rastogi 2008 for the product tests below.)
 *   Then the search is linear. Any other verdict is "unsafe" (never rounded toward safe).
 * - EDA is tested in the pair product of each strongly connected component (both cycles stay
 *   in p's component): a product component that holds a diagonal state (x, x) and either an
 *   off-diagonal state or a doubled edge. IDA in the triple product from (p, p, q) to
 *   (p, q, q), the first component kept in p's component and the third in q's, over every p, q
 *   in non-trivial components. Char sets are intersected exactly (three at once for IDA).
 *
 * A start constraint (see `startConstraint` in redos-proof.ts) narrows the leading state: when
 * the pattern cannot start after a character of set B, the skipped prefix is split into a state
 * reading B and one reading its complement, and the pattern is entered only from the start of
 * the input or from the latter.
 */
import { CharSet, DFA, JS, NFA, type Concatenation, type Element, type Quantifier } from "refa";

export interface AmbiguityVerdict {
  status: "safe" | "unsafe";
  /** For "unsafe": EDA or IDA and the states' char sets. */
  detail?: string;
}

export interface AmbiguityOptions {
  /**
   * Contexts (the input before a start position) after which an attempt costs O(1) and adds no
   * path, as `startConstraint` reads them from a look-behind. A DFA over the input's characters.
   */
  forbidden?: DFA;
  /** Refuse (throw) beyond this many states; the product tests grow with it. */
  maxStates?: number;
}

type Count = number; // 1 or 2 (2 = "two or more")
type Edges = Map<number, Count>;

const cap = (n: number): Count => (n > 2 ? 2 : n);

function addInto(target: Edges, src: Edges, mult = 1): void {
  if (mult === 0) return;
  for (const [k, v] of src) target.set(k, cap((target.get(k) ?? 0) + v * mult));
}

interface Frag {
  nul: Count | 0;
  first: Edges;
  last: Edges;
}

class Builder {
  readonly sets: CharSet[] = [];
  readonly follow: Edges[] = [];
  constructor(private readonly maxStates: number) {}

  private state(cs: CharSet): number {
    if (this.sets.length >= this.maxStates) throw new Error(`more than ${this.maxStates} states`);
    this.sets.push(cs);
    this.follow.push(new Map());
    return this.sets.length - 1;
  }

  private link(from: Edges, to: Edges): void {
    for (const [x, a] of from) {
      const f = this.follow[x]!;
      for (const [y, b] of to) f.set(y, cap((f.get(y) ?? 0) + a * b));
    }
  }

  private concat(a: Frag, b: Frag): Frag {
    this.link(a.last, b.first);
    const first = new Map(a.first);
    addInto(first, b.first, a.nul);
    const last = new Map(b.last);
    addInto(last, a.last, b.nul);
    return { nul: cap(a.nul * b.nul) as Count, first, last };
  }

  alternatives(alts: readonly Concatenation[]): Frag {
    const out: Frag = { nul: 0, first: new Map(), last: new Map() };
    for (const c of alts) {
      let f: Frag = { nul: 1, first: new Map(), last: new Map() };
      for (const e of c.elements) f = this.concat(f, this.element(e));
      out.nul = cap(out.nul + f.nul) as Count;
      addInto(out.first, f.first);
      addInto(out.last, f.last);
    }
    return out;
  }

  private element(e: Element): Frag {
    switch (e.type) {
      case "CharacterClass": {
        const s = this.state(e.characters);
        return { nul: 0, first: new Map([[s, 1]]), last: new Map([[s, 1]]) };
      }
      case "Alternation":
        return this.alternatives(e.alternatives);
      case "Quantifier":
        return this.quantifier(e);
      default:
        throw new Error(`unsupported node ${e.type}`);
    }
  }

  private quantifier(q: Quantifier): Frag {
    let f: Frag = { nul: 1, first: new Map(), last: new Map() };
    // The mandatory iterations: an empty one is allowed (the engine checks only past the minimum).
    for (let i = 0; i < q.min; i++) f = this.concat(f, this.alternatives(q.alternatives));
    if (q.max === q.min) return f;
    // Iterations past the minimum must consume (an empty one is rejected), so their `nul` is dropped.
    let tail: Frag;
    if (q.max === Infinity) {
      const body = this.alternatives(q.alternatives);
      this.link(body.last, body.first);
      tail = { nul: 1, first: body.first, last: body.last };
    } else {
      tail = { nul: 1, first: new Map(), last: new Map() };
      for (let i = q.min; i < q.max; i++) {
        const body = this.alternatives(q.alternatives);
        const inner = this.concat({ nul: 0, first: body.first, last: body.last }, tail);
        tail = { nul: 1, first: inner.first, last: inner.last };
      }
    }
    return this.concat(f, tail);
  }
}

/** Strongly connected components (iterative Tarjan); returns the component id of every node. */
function components(n: number, succ: (v: number) => Iterable<number>): number[] {
  const index = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const comp = new Array<number>(n).fill(-1);
  const onStack = new Array<boolean>(n).fill(false);
  const stack: number[] = [];
  let counter = 0;
  let ncomp = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work: Array<[number, Iterator<number>]> = [[root, succ(root)[Symbol.iterator]()]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (work.length) {
      const top = work[work.length - 1]!;
      const [v, it] = top;
      const nx = it.next();
      if (!nx.done) {
        const w = nx.value;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = true;
          work.push([w, succ(w)[Symbol.iterator]()]);
        } else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      work.pop();
      if (work.length) {
        const u = work[work.length - 1]![0];
        low[u] = Math.min(low[u]!, low[v]!);
      }
      if (low[v] === index[v]) {
        for (;;) {
          const w = stack.pop()!;
          onStack[w] = false;
          comp[w] = ncomp;
          if (w === v) break;
        }
        ncomp++;
      }
    }
  }
  return comp;
}

/**
 * Decide whether backtracking on `source`/`flags` (no look-around, no backreference) is linear
 * for an unanchored global search. See the module comment.
 */
export function ambiguity(source: string, flags: string, options: AmbiguityOptions = {}): AmbiguityVerdict {
  const parser = JS.Parser.fromLiteral({ source, flags });
  const { expression, maxCharacter } = parser.parse({ assertions: "ignore", backreferences: "throw", simplify: false, maxNodes: 1_000_000 });
  const anchored = !flags.includes("m") && parser.ast.pattern.alternatives.every((a) => {
    const e = a.elements[0];
    return e?.type === "Assertion" && e.kind === "start";
  });
  const b = new Builder(options.maxStates ?? 20_000);
  const body = b.alternatives(expression.alternatives);
  // The initial state and the skipped prefix.
  const all = CharSet.all(maxCharacter);
  const init = new Map<number, Count>();
  const sets = b.sets;
  const follow = b.follow;
  const initial = sets.length;
  sets.push(CharSet.empty(maxCharacter)); // never entered
  follow.push(init);
  if (!anchored) {
    // The skipped prefix: one state per transition of a complete DFA of the contexts (a single
    // state looping on every character when there is no constraint), labelled with that
    // transition's characters. Deterministic, so it adds no ambiguity of its own.
    const dfa = options.forbidden;
    const dnodes = dfa ? [...dfa.nodes()] : [];
    const dindex = new Map(dnodes.map((d, i) => [d, i]));
    const trap = dnodes.length;
    const outs: Array<Array<[number, CharSet]>> = dnodes.map((d) => {
      const row: Array<[number, CharSet]> = [];
      let covered = CharSet.empty(maxCharacter);
      for (const [to, cs] of d.out.invert(maxCharacter)) {
        row.push([dindex.get(to)!, cs]);
        covered = covered.union(cs);
      }
      if (!covered.isAll) row.push([trap, all.without(covered)]);
      return row;
    });
    outs.push([[trap, all]]);
    const bad = (d: number) => d < trap && dfa!.finals.has(dnodes[d]!);
    const start = dfa ? dindex.get(dfa.initial)! : trap;
    const edgeNode = new Map<string, number>();
    const node = (from: number, to: number, cs: CharSet): number => {
      const k = `${from}>${to}`;
      let id = edgeNode.get(k);
      if (id === undefined) {
        id = sets.length;
        sets.push(cs);
        follow.push(new Map());
        edgeNode.set(k, id);
      }
      return id;
    };
    const todo: Array<[number, number]> = [[initial, start]];
    const done = new Set<number>();
    while (todo.length) {
      const [id, d] = todo.pop()!;
      if (done.has(id)) continue;
      done.add(id);
      // The pattern is entered here only when an attempt after this context may make a path.
      if (!bad(d)) addInto(follow[id]!, body.first);
      for (const [to, cs] of outs[d]!) {
        const next = node(d, to, cs);
        follow[id]!.set(next, 1);
        todo.push([next, to]);
      }
    }
  } else addInto(init, body.first);
  const n = sets.length;
  const succ = (v: number) => follow[v]!.keys();
  const comp = components(n, succ);
  const members = new Map<number, number[]>();
  for (let v = 0; v < n; v++) {
    const c = comp[v]!;
    if (!members.has(c)) members.set(c, []);
    members.get(c)!.push(v);
  }
  const cyclic = [...members.values()].filter((m) => m.length > 1 || follow[m[0]!]!.has(m[0]!));

  // Char-set intersections, memoised on distinct sets.
  const setId = new Map<string, number>();
  const distinct: CharSet[] = [];
  const sid = sets.map((cs) => {
    const key = cs.ranges.map((r) => `${r.min}-${r.max}`).join(",");
    let id = setId.get(key);
    if (id === undefined) {
      id = distinct.length;
      distinct.push(cs);
      setId.set(key, id);
    }
    return id;
  });
  const meet2 = new Map<number, boolean>();
  const meets = (x: number, y: number): boolean => {
    let a = sid[x]!;
    let c = sid[y]!;
    if (a === c) return !distinct[a]!.isEmpty;
    if (a > c) [a, c] = [c, a];
    const k = a * 1_000_003 + c;
    let r = meet2.get(k);
    if (r === undefined) meet2.set(k, (r = !distinct[a]!.isDisjointWith(distinct[c]!)));
    return r;
  };
  const meet3 = new Map<string, boolean>();
  const meets3 = (x: number, y: number, z: number): boolean => {
    if (!meets(x, y) || !meets(y, z) || !meets(x, z)) return false;
    const ids = [sid[x]!, sid[y]!, sid[z]!].sort((p, q) => p - q);
    if (ids[0] === ids[1] || ids[1] === ids[2]) return true; // two equal sets: the pairwise test is exact
    const k = ids.join(",");
    let r = meet3.get(k);
    if (r === undefined) meet3.set(k, (r = !distinct[ids[0]!]!.intersect(distinct[ids[1]!]!).isDisjointWith(distinct[ids[2]!]!)));
    return r;
  };
  const char = (c: number) => JSON.stringify(String.fromCodePoint(c)).slice(1, -1);
  const show = (v: number): string => {
    if (v === initial) return "start";
    const cs = sets[v]!;
    if (cs.isAll) return "[^]";
    const rs = cs.ranges.slice(0, 4).map((r) => (r.min === r.max ? char(r.min) : `${char(r.min)}-${char(r.max)}`));
    return `[${rs.join("")}${cs.ranges.length > 4 ? "…" : ""}]`;
  };

  // EDA: the pair product of each cyclic component, explored from its diagonal.
  for (const m of cyclic) {
    const inC = new Set(m);
    const k = m.length;
    const local = new Map(m.map((v, i) => [v, i]));
    const key = (x: number, y: number) => local.get(x)! * k + local.get(y)!;
    const nodes: Array<[number, number]> = [];
    const seen = new Map<number, number>();
    const adj: number[][] = [];
    const doubled: Array<Array<[number, number]>> = []; // edges that are two parallel edges on the diagonal
    const visit = (x: number, y: number): number => {
      const kk = key(x, y);
      let id = seen.get(kk);
      if (id === undefined) {
        id = nodes.length;
        seen.set(kk, id);
        nodes.push([x, y]);
        adj.push([]);
        doubled.push([]);
      }
      return id;
    };
    for (const v of m) visit(v, v);
    for (let i = 0; i < nodes.length; i++) {
      const [x, y] = nodes[i]!;
      for (const [x2, cx] of follow[x]!) {
        if (!inC.has(x2)) continue;
        for (const [y2] of follow[y]!) {
          if (!inC.has(y2) || !meets(x2, y2)) continue;
          const j = visit(x2, y2);
          adj[i]!.push(j);
          if (x === y && x2 === y2 && cx >= 2) doubled[i]!.push([j, 1]);
        }
      }
    }
    const pc = components(nodes.length, (v) => adj[v]!);
    const diag = new Set<number>();
    const off = new Set<number>();
    nodes.forEach(([x, y], i) => (x === y ? diag : off).add(pc[i]!));
    for (const c of diag) {
      if (off.has(c)) {
        const i = nodes.findIndex(([x, y], j) => pc[j] === c && x !== y);
        const [x, y] = nodes[i]!;
        return { status: "unsafe", detail: `EDA: two cycles through one state, diverging at ${show(x)} / ${show(y)}` };
      }
    }
    for (let i = 0; i < nodes.length; i++) {
      for (const [j] of doubled[i]!) {
        if (pc[i] === pc[j]) return { status: "unsafe", detail: `EDA: two ε-paths into ${show(nodes[j]![0])} on a cycle` };
      }
    }
  }

  // IDA: (p, p, q) ⇝ (p, q, q), p's cycle in p's component, q's in q's.
  const reach = (from: number): Set<number> => {
    const seen = new Set([from]);
    const todo = [from];
    while (todo.length) {
      for (const w of follow[todo.pop()!]!.keys()) {
        if (!seen.has(w)) {
          seen.add(w);
          todo.push(w);
        }
      }
    }
    return seen;
  };
  for (const cp of cyclic) {
    const inP = new Set(cp);
    const fromP = reach(cp[0]!);
    for (const cq of cyclic) {
      if (!fromP.has(cq[0]!)) continue;
      const inQ = new Set(cq);
      for (const p of cp) {
        for (const q of cq) {
          if (p === q || !meets(p, q)) continue;
          const k3 = (x: number, y: number, z: number) => `${x},${y},${z}`;
          const seen = new Set([k3(p, p, q)]);
          const todo: Array<[number, number, number]> = [[p, p, q]];
          while (todo.length) {
            const [x, y, z] = todo.pop()!;
            for (const x2 of follow[x]!.keys()) {
              if (!inP.has(x2)) continue;
              for (const z2 of follow[z]!.keys()) {
                if (!inQ.has(z2) || !meets(x2, z2)) continue;
                for (const y2 of follow[y]!.keys()) {
                  if (!meets3(x2, y2, z2)) continue;
                  if (x2 === p && y2 === q && z2 === q) {
                    return { status: "unsafe", detail: `IDA: cycles on ${show(p)} and ${show(q)} with a path between, on one string` };
                  }
                  const kk = k3(x2, y2, z2);
                  if (!seen.has(kk)) {
                    seen.add(kk);
                    todo.push([x2, y2, z2]);
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  return { status: "safe" };
}

/**
 * The contexts (input before a start position) after which an attempt costs O(1) and adds no
 * path, read from the pattern's look-behinds, as a DFA for `AmbiguityOptions.forbidden`;
 * undefined when none is found. Only this shape is read: the pattern (one alternative, through
 * groups of one alternative) starts with k single-character elements c1…ck (k ≥ 0; zero-width
 * assertions between them skipped), then a look-behind with a body of bounded length and no
 * assertion or backreference (so testing it costs O(1)). Its alternatives of the shape
 * Z d1…dk, Z any pattern and di single-character classes, give:
 * - negative `(?<!…)`, using the alternatives with di ⊇ ci: after a context ending in a word of
 *   Z, the body matches that word followed by the k characters read, so the look-behind fails
 *   once c1…ck are read (O(k) work, one path, no choice): forbidden = Σ*·Z;
 * - positive `(?<=…)`, only if every alternative has that shape: it holds only if the context
 *   ends in a word of some Z (the di read exactly the k characters c1…ck): forbidden =
 *   complement of Σ*·(Z1|Z2|…).
 * Several look-behinds combine (every one must hold): the union of what each forbids.
 */
export function startConstraint(source: string, flags: string): DFA | undefined {
  const parser = JS.Parser.fromLiteral({ source, flags });
  const f = parser.flags;
  if (f.unicodeSets || parser.ast.pattern.alternatives.length !== 1) return undefined;
  type El = (typeof parser.ast.pattern.alternatives)[number]["elements"][number];
  const single = (e: El): CharSet | undefined => {
    if (e.type === "Character" || (e.type === "CharacterClass" && !e.unicodeSets)) return JS.parseCharSet(e, f);
    if (e.type === "CharacterSet" && !(e.kind === "property" && e.strings)) return JS.parseCharSet(e, f);
    return undefined;
  };
  const plain = (a: El): boolean => {
    let ok = true;
    const walk = (n: unknown): void => {
      if (!n || typeof n !== "object") return;
      const node = n as { type?: string; max?: number };
      if (node.type === "Quantifier" && node.max === Infinity) ok = false;
      if (node.type === "Backreference" || (node.type === "Assertion" && node !== a)) ok = false;
      for (const [k, v] of Object.entries(n)) {
        if (k === "parent" || k === "resolved") continue;
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === "object" && "type" in v) walk(v);
      }
    };
    walk(a);
    return ok;
  };
  /** The DFA of Σ*·(zs…), complemented if asked. */
  const contexts = (zs: string[], complement: boolean): DFA => {
    const lit = { source: `[^]*(?:${zs.map((z) => `(?:${z})`).join("|")})`, flags };
    const { expression, maxCharacter: max } = JS.Parser.fromLiteral(lit).parse({ assertions: "throw", backreferences: "throw" });
    const dfa = DFA.fromFA(NFA.fromRegex(expression, { maxCharacter: max }));
    if (complement) dfa.complement();
    return dfa;
  };
  const prefix: CharSet[] = [];
  const forbidden: DFA[] = [];
  const lookbehind = (a: El & { type: "Assertion"; kind: "lookbehind" }): void => {
    if (!plain(a)) return;
    const k = prefix.length;
    const zs: string[] = [];
    for (const alt of a.alternatives) {
      const es = alt.elements;
      const tail = es.slice(es.length - k).map(single);
      const fits = es.length >= k && tail.every((d, i) => d && (!a.negate || d.isSupersetOf(prefix[i]!)));
      if (!fits) {
        if (a.negate) continue;
        return; // a positive look-behind says nothing unless every alternative fits
      }
      const cut = es.length - k;
      zs.push(cut === 0 ? "" : source.slice(es[0]!.start, es[cut - 1]!.end));
    }
    if (!zs.length) return;
    if (!a.negate && zs.includes("")) return; // holds after any context
    forbidden.push(contexts(zs, !a.negate));
  };
  const walk = (elements: readonly El[]): boolean => {
    for (const e of elements) {
      if (e.type === "Group" || e.type === "CapturingGroup") {
        if (("modifiers" in e && e.modifiers) || e.alternatives.length !== 1 || !walk(e.alternatives[0]!.elements)) return false;
        continue;
      }
      if (e.type === "Assertion") {
        if (e.kind === "lookbehind") lookbehind(e);
        continue; // zero-width: the position does not move
      }
      const cs = single(e);
      if (!cs) return false;
      prefix.push(cs);
    }
    return true;
  };
  walk(parser.ast.pattern.alternatives[0]!.elements);
  if (!forbidden.length) return undefined;
  const union = NFA.fromFA(forbidden[0]!);
  for (const d of forbidden.slice(1)) union.union(d);
  const dfa = DFA.fromFA(union);
  dfa.minimize();
  return dfa;
}
