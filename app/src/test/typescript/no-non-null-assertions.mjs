// Fails when a file uses a non-null assertion (value!): the scenario must get by on the types the document gives.
import { readFileSync } from "node:fs";
import ts from "typescript";

let found = 0;
for (const file of process.argv.slice(2)) {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (ts.isNonNullExpression(node)) {
      const { line, character } = source.getLineAndCharacterOfPosition(node.getStart());
      console.error(`${file}:${line + 1}:${character + 1}: non-null assertion ${node.getText()}`);
      found++;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
if (found > 0) {
  console.error(`${found} non-null assertion(s): the generated types must be enough without them`);
  process.exit(1);
}
