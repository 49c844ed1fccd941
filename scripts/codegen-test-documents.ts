/**
 * A GraphQL Code Generator document loader for the tests: it finds the GraphQL documents that
 * test/**\/*.ts send as plain strings (graphql(app, '…'), const QUERY = `…`) so codegen validates
 * them against schema.gql like the client's own operations, without rewriting the tests.
 *
 * A string counts as a document when it starts with `query`, `mutation`, `subscription`,
 * `fragment` or a selection set (`{ field …`). Template substitutions are filled in from string
 * constants declared anywhere in test/ (e.g. ACCOUNT_FIELDS); a document built at run time from
 * other values (a function argument) cannot be checked and is skipped. A test that sends an
 * invalid document on purpose marks the line before it with `// codegen-skip-next-document`.
 *
 * One source per test file; its operations are renamed `<file>_<name>_<n>` (anonymous ones too) so
 * that graphql's one-anonymous-operation and unique-name rules, which concern a single request,
 * do not fire between unrelated requests.
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, Source, type DefinitionNode, type DocumentNode } from 'graphql';
import ts from 'typescript';

const DOCUMENT_START =
  /^\s*(?:(?:query|mutation|subscription)\b\s*(?:[_A-Za-z]\w*\s*)?[({@]|fragment\s+[_A-Za-z]\w*\s+on\b|\{\s*[_A-Za-z]\w*\s*(?:[({:@]|\s[_A-Za-z{}]))/;
const SKIP_MARKER = 'codegen-skip-next-document';

function sourceOf(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

function visit(node: ts.Node, callback: (node: ts.Node) => void): void {
  callback(node);
  node.forEachChild((child) => visit(child, callback));
}

const constantsByRoot = new Map<string, Map<string, ts.Expression>>();

/** Every `const NAME = '…' | `…`` in test/, by name (a name declared twice with different text is ambiguous and left out). */
function stringConstants(root: string): Map<string, ts.Expression> {
  const cached = constantsByRoot.get(root);
  if (cached) return cached;
  const found = new Map<string, ts.Expression | null>();
  for (const file of globSync('test/**/*.ts', { cwd: root })) {
    visit(sourceOf(path.join(root, file)), (node) => {
      if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || !node.initializer) return;
      const init = node.initializer;
      if (!ts.isStringLiteral(init) && !ts.isNoSubstitutionTemplateLiteral(init) && !ts.isTemplateExpression(init)) return;
      const name = node.name.text;
      const previous = found.get(name);
      found.set(name, previous === undefined || previous?.getText() === init.getText() ? init : null);
    });
  }
  const constants = new Map([...found].filter((entry): entry is [string, ts.Expression] => entry[1] !== null));
  constantsByRoot.set(root, constants);
  return constants;
}

/** The text of a string expression, or undefined when it depends on run-time values. */
function evaluate(expression: ts.Expression, known: Map<string, ts.Expression>, depth = 0): string | undefined {
  if (depth > 10) return undefined;
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return expression.text;
  if (ts.isParenthesizedExpression(expression)) return evaluate(expression.expression, known, depth + 1);
  if (ts.isIdentifier(expression)) {
    const value = known.get(expression.text);
    return value ? evaluate(value, known, depth + 1) : undefined;
  }
  if (ts.isTemplateExpression(expression)) {
    let text = expression.head.text;
    for (const span of expression.templateSpans) {
      const part = evaluate(span.expression, known, depth + 1);
      if (part === undefined) return undefined;
      text += part + span.literal.text;
    }
    return text;
  }
  if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = evaluate(expression.left, known, depth + 1);
    const right = evaluate(expression.right, known, depth + 1);
    return left === undefined || right === undefined ? undefined : left + right;
  }
  return undefined;
}

function isSkipped(node: ts.Node, source: ts.SourceFile): boolean {
  const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
  const lines = source.text.split('\n');
  return [lines[line], lines[line - 1]].some((text) => text?.includes(SKIP_MARKER));
}

/** The GraphQL documents one test file sends, as one document (see above). */
export function testDocuments(file: string, root = process.cwd()): DocumentNode | undefined {
  const source = sourceOf(path.resolve(root, file));
  const known = stringConstants(root);
  const definitions: DefinitionNode[] = [];
  const fragments = new Set<string>();
  let count = 0;
  const prefix = file.replace(/\.ts$/, '').replace(/[^_0-9A-Za-z]+/g, '_');
  visit(source, (node) => {
    if (!ts.isStringLiteral(node) && !ts.isNoSubstitutionTemplateLiteral(node) && !ts.isTemplateExpression(node)) return;
    // A template's parts are visited as its own children; only whole strings are documents.
    if (ts.isTemplateSpan(node.parent) || ts.isTemplateExpression(node.parent)) return;
    const head = ts.isTemplateExpression(node) ? node.head.text : node.text;
    if (!DOCUMENT_START.test(head) || isSkipped(node, source)) return;
    const text = evaluate(node, known);
    if (text === undefined) return;
    const location = `${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
    let document: DocumentNode;
    try {
      document = parse(new Source(text, location));
    } catch (error) {
      throw new Error(
        `${location}: not a GraphQL document (${(error as Error).message}); mark it with // ${SKIP_MARKER} if that is on purpose`,
        { cause: error },
      );
    }
    for (const definition of document.definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION) {
        count += 1;
        const name = `${prefix}_${definition.name?.value ?? 'Anonymous'}_${count}`;
        definitions.push({ ...definition, name: { kind: Kind.NAME, value: name } });
      } else if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        if (fragments.has(definition.name.value)) continue;
        fragments.add(definition.name.value);
        definitions.push(definition);
      } else {
        definitions.push(definition);
      }
    }
  });
  return definitions.length > 0 ? { kind: Kind.DOCUMENT, definitions } : undefined;
}

/** The codegen `documents` entries: every test file, each read by the loader above. */
export function testDocumentPointers(
  root = process.cwd(),
): Record<string, { loader: (pointer: string) => { document: DocumentNode; location: string } | undefined }> {
  const loader = (pointer: string) => {
    const document = testDocuments(pointer, root);
    return document ? { document, location: pointer } : undefined;
  };
  return Object.fromEntries(
    globSync('test/**/*.ts', { cwd: root })
      .sort()
      .map((file) => [file, { loader }]),
  );
}
