// Which catalog messages a client component asks for, read statically: every translator it
// makes (`const t = useTranslations("users")`) and the keys it calls that translator with
// (`t("columns.name")`, `t.rich(…)`, both branches of `t(a ? "x" : "y")`). A key built at run
// time counts by its fixed start (`t(\`actions.${kind}\`)` asks for something under
// "users.actions"); a key held in a variable, by the translator's namespace alone.
import ts from "typescript";

export type UsedKey = { path: string; prefix: boolean };

export function messageKeysUsed(fileName: string, text: string): UsedKey[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const translators = new Map<string, string>();
  const used: UsedKey[] = [];

  const literalKeys = (node: ts.Node, found: UsedKey[] = []): UsedKey[] => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push({ path: node.text, prefix: false });
    else if (ts.isTemplateExpression(node)) {
      const head = node.head.text;
      found.push({ path: head.includes(".") ? head.slice(0, head.lastIndexOf(".")) : "", prefix: true });
    } else if (ts.isConditionalExpression(node)) {
      literalKeys(node.whenTrue, found);
      literalKeys(node.whenFalse, found);
    } else if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) literalKeys(node.expression, found);
    // A key in a variable: something under the translator's namespace.
    else found.push({ path: "", prefix: true });
    return found;
  };

  const visit = (node: ts.Node) => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      ts.isCallExpression(node.initializer) &&
      ts.isIdentifier(node.initializer.expression) &&
      node.initializer.expression.text === "useTranslations"
    ) {
      const [namespace] = node.initializer.arguments;
      translators.set(node.name.text, namespace && ts.isStringLiteral(namespace) ? namespace.text : "");
    }
    if (ts.isCallExpression(node) && node.arguments.length > 0) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee) &&
            ts.isIdentifier(callee.expression) &&
            ["rich", "markup", "has"].includes(callee.name.text)
          ? callee.expression.text
          : null;
      const namespace = name !== null ? translators.get(name) : undefined;
      if (namespace !== undefined) {
        for (const key of literalKeys(node.arguments[0])) {
          used.push({ path: [namespace, key.path].filter(Boolean).join("."), prefix: key.prefix });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  // Translators are declared before they are called, in the order of the text.
  visit(source);
  return used;
}

/** Whether the declared paths bring this key (a declared namespace brings everything under it). */
export function covers(declared: readonly string[], key: UsedKey): boolean {
  return declared.some(
    (path) =>
      path === "" ||
      key.path === path ||
      key.path.startsWith(`${path}.`) ||
      // A key built at run time under a declared part: "users.actions" built, "users.actions.edit" declared.
      (key.prefix && (path.startsWith(`${key.path}.`) || key.path === "")),
  );
}
