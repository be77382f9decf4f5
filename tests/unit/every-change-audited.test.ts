// Every change is audited: walks every server action defined with defineOrgAction or
// defineUserAction (found in the sources, not listed by hand) and follows, through the type
// checker, the functions its `run` calls, into the project's own code, looking for a call of
// audit(tx, …) from lib/audit/audit.ts whose first argument is a transaction (never the bare
// client, whose write would commit apart from the change). A mutating action that reaches
// none fails the test with its name. Read-only actions (`write: false`) and the few listed
// below with the reason they change nothing are left out.
import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";

const root = resolve(__dirname, "../..");

/** Actions that change no organization data, and why (each entry is checked to exist). */
const CHANGES_NOTHING: Record<string, string> = {
  "lib/orgs/switcher-organizations.ts#listSwitcherOrganizations":
    "a read: the organizations the switcher lists (a user action has no write flag)",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [join(root, path)] : [];
  });
}

type FoundAction = { name: string; write: boolean; run: ts.Node };

function program(): ts.Program {
  const config = ts.readConfigFile(join(root, "tsconfig.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  return ts.createProgram([...sourceFiles("lib"), ...sourceFiles("app")], { ...parsed.options, noEmit: true });
}

function findActions(prog: ts.Program): FoundAction[] {
  const found: FoundAction[] = [];
  for (const file of prog.getSourceFiles()) {
    if (file.isDeclarationFile || !file.fileName.startsWith(root) || file.fileName.includes("node_modules")) continue;
    const visit = (node: ts.Node) => {
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        /^define(Org|User)Action$/.test(node.expression.text) &&
        node.arguments[0] &&
        ts.isObjectLiteralExpression(node.arguments[0])
      ) {
        const definition = node.arguments[0];
        const property = (name: string) =>
          definition.properties.find((p) => (ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p)) && p.name.getText() === name);
        const write = property("write");
        const run = property("run");
        let owner: ts.Node = node.parent;
        while (owner && !ts.isVariableDeclaration(owner) && !ts.isSourceFile(owner)) owner = owner.parent;
        const exported = ts.isVariableDeclaration(owner) ? owner.name.getText() : "?";
        const readOnly = write && ts.isPropertyAssignment(write) && write.initializer.kind === ts.SyntaxKind.FalseKeyword;
        const name = `${relative(root, file.fileName)}#${exported}`;
        if (run) found.push({ name, write: !readOnly, run });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

/** For a call `action.run(…)` of an action defined with define…Action, the `run` of its definition. */
function definedRun(checker: ts.TypeChecker, call: ts.CallExpression): ts.Node | undefined {
  if (!ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== "run") return undefined;
  let symbol = checker.getSymbolAtLocation(call.expression.expression);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.declarations?.[0];
  const definition = declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
  if (!definition || !ts.isCallExpression(definition) || !ts.isIdentifier(definition.expression)) return undefined;
  if (!/^define(Org|User)Action$/.test(definition.expression.text)) return undefined;
  const literal = definition.arguments[0];
  if (!literal || !ts.isObjectLiteralExpression(literal)) return undefined;
  return literal.properties.find((p) => (ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p)) && p.name.getText() === "run");
}

/** Whether `start` calls audit(tx, …), directly or through the project's functions it calls. */
function reachesAudit(checker: ts.TypeChecker, start: ts.Node, auditFile: string, seen = new Set<ts.Node>()): boolean {
  if (seen.has(start)) return false;
  seen.add(start);
  let reached = false;
  const visit = (node: ts.Node) => {
    if (reached) return;
    // One action composed of others (`createContactInvitation.run(…)`): the run of their definition.
    const composed = ts.isCallExpression(node) ? definedRun(checker, node) : undefined;
    if (composed && reachesAudit(checker, composed, auditFile, seen)) {
      reached = true;
      return;
    }
    if (ts.isCallExpression(node)) {
      let symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(node.expression) ? node.expression.name : node.expression);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      for (const declaration of symbol?.declarations ?? []) {
        const file = declaration.getSourceFile().fileName;
        if (file === auditFile && symbol?.name === "audit") {
          const first = node.arguments[0]?.getText();
          if (first && first !== "db") reached = true;
        } else if (file.startsWith(root) && !file.includes("node_modules") && !file.includes("/generated/")) {
          const body =
            ts.isFunctionDeclaration(declaration) || ts.isMethodDeclaration(declaration)
              ? declaration.body
              : ts.isVariableDeclaration(declaration)
                ? declaration.initializer
                : ts.isPropertyAssignment(declaration)
                  ? declaration.initializer
                  : undefined;
          if (body && reachesAudit(checker, body, auditFile, seen)) reached = true;
        }
        if (reached) return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(start);
  return reached;
}

describe("every change is audited", () => {
  it("every mutating server action records an audit event in its transaction", { timeout: 300_000 }, () => {
    const prog = program();
    const checker = prog.getTypeChecker();
    const auditFile = join(root, "lib/audit/audit.ts");
    const actions = findActions(prog);
    // The walk found the actions (a broken walk would pass vacuously).
    expect(actions.length).toBeGreaterThan(30);
    for (const name of Object.keys(CHANGES_NOTHING)) expect(actions.map((a) => a.name)).toContain(name);
    const mutating = actions.filter((action) => action.write && !(action.name in CHANGES_NOTHING));
    const unaudited = mutating.filter((action) => !reachesAudit(checker, action.run, auditFile)).map((action) => action.name);
    expect(unaudited).toEqual([]);
    // The walk can fail: read-only actions reach no audit(…).
    const reads = actions.filter((action) => !action.write);
    expect(reads.length).toBeGreaterThan(3);
    for (const read of reads) expect(reachesAudit(checker, read.run, auditFile), read.name).toBe(false);
  });
});
