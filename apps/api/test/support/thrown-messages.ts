import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

/**
 * The English error messages the API's code can throw, read from its source: the message
 * arguments of the error factories (`badUserInput`, `forbidden`, `sendJsonError`…), the
 * `message:` options of input validation decorators, and the constants passed to them. A
 * template literal's `${…}` parts become `…`, a value any catalog argument matches. Emails, PDFs
 * and CSV headers have catalogs of their own and are left out, as are startup errors (no client
 * reads them).
 */

const FACTORIES = new Set([
  'badUserInput',
  'unauthenticated',
  'forbidden',
  'notFound',
  'conflict',
  'requestError',
  'sendJsonError',
  'secondFactorRequired',
  'unauthenticatedToken',
  'GraphQLError',
  'refuse',
]);

const SKIPPED = /\/emails\/|email|pdf|\/migrations\/|\.spec\.ts$|spec-helper|processing-by-product|billing-owner|operator-config|config\.ts$|database\.ts$/u;

/** A sentence a person reads: words, and ends like a sentence. */
const SENTENCE = /^[A-Z$…{"].* .*[.?!)]$/su;

export interface ThrownMessage {
  file: string;
  line: number;
  text: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !SKIPPED.test(path) ? [path] : [];
  });
}

/** The text of a literal, `${…}` parts as `…`; null for anything else. */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((span) => `…${span.literal.text}`).join('');
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  return null;
}

export function thrownMessages(root: string, dirs: readonly string[]): ThrownMessage[] {
  const files = dirs.flatMap((dir) => sourceFiles(join(root, dir)));
  const parsed = files.map((file) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true));
  // Constants by name (`WRONG_CREDENTIALS = '…'`), wherever they are declared: they are passed across files.
  const constants = new Map<string, string>();
  for (const source of parsed) {
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && /^[A-Z][A-Z0-9_]+$/u.test(node.name.text) && node.initializer) {
        const text = literalText(node.initializer);
        if (text !== null) constants.set(node.name.text, text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  const found: ThrownMessage[] = [];
  for (const source of parsed) {
    const add = (node: ts.Node) => {
      const candidates = ts.isConditionalExpression(node) ? [node.whenTrue, node.whenFalse] : [node];
      for (const candidate of candidates) {
        const text = literalText(candidate) ?? (ts.isIdentifier(candidate) ? (constants.get(candidate.text) ?? null) : null);
        if (text !== null && SENTENCE.test(text)) {
          found.push({ file: relative(root, source.fileName), line: source.getLineAndCharacterOfPosition(candidate.getStart()).line + 1, text });
        }
      }
    };
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
        if (FACTORIES.has(name)) for (const argument of node.arguments ?? []) add(argument);
      }
      // class-validator options: `@MaxLength(200, { message: '…' })`.
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'message' && ts.isDecorator(node.parent.parent?.parent)) add(node.initializer);
      // The rows of a message table: `{ status: 400, message: '…' }`.
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'message' && !ts.isDecorator(node.parent.parent?.parent)) add(node.initializer);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
