/**
 * The static scan of test/helpers/regex-sites.ts checked against the TypeScript parser: the same
 * sites, kinds, scopes and `named()` wrapping in every file under src/. Run by
 * scripts/prove-patterns.ts (the parser takes seconds of CPU, too slow for the coverage test).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { sourceFiles, SRC } from "./load-patterns.js";
import { regexSites, type SiteKind } from "./regex-sites.js";

function kindOf(n: ts.Node): SiteKind | null {
  if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) return "literal";
  if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === "RegExp") return "RegExp";
  if (ts.isTaggedTemplateExpression(n) && ts.isIdentifier(n.tag) && n.tag.text === "rx") return "rx";
  return null;
}

/** A loop's body (not its head, which runs once). */
function inLoopBody(p: ts.Node, c: ts.Node): boolean {
  if (ts.isForStatement(p) || ts.isForOfStatement(p) || ts.isForInStatement(p) || ts.isWhileStatement(p) || ts.isDoStatement(p)) return c === p.statement;
  return false;
}

/** The differences between the scan and the parser, "file: only in …: site" (none when they agree). */
export function checkSites(): string[] {
  const out: string[] = [];
  for (const f of sourceFiles()) {
    const text = readFileSync(join(SRC, f), "utf8");
    const sf = ts.createSourceFile(f, text, ts.ScriptTarget.Latest, true);
    const want: string[] = [];
    const visit = (n: ts.Node) => {
      const k = kindOf(n);
      if (k) {
        let call = false;
        let named = false;
        let inner = false;
        for (let p = n.parent, c: ts.Node = n; p; c = p, p = p.parent) {
          if (ts.isFunctionLike(p) || inLoopBody(p, c)) call = true;
          if (ts.isPropertyDeclaration(p) && !p.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) call = true;
          if (ts.isCallExpression(p) && ts.isIdentifier(p.expression) && p.expression.text === "named") named = true;
          if (kindOf(p)) inner = true;
        }
        if (!inner) want.push(`${k} ${call ? "call" : "module"}${named ? " named" : ""} line ${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
    let got: string[];
    try {
      got = regexSites(text).map((s) => `${s.kind} ${s.scope}${s.named ? " named" : ""} line ${s.line}`);
    } catch (e) {
      out.push(`${f}: the scan failed: ${(e as Error).message}`);
      continue;
    }
    const a = new Set(want);
    const b = new Set(got);
    for (const w of want) if (!b.has(w)) out.push(`${f}: only in the parser: ${w}`);
    for (const g of got) if (!a.has(g)) out.push(`${f}: only in the scan: ${g}`);
  }
  return out;
}
