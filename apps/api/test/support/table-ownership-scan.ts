import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { type ContextName, crossContextAccess, type TableName, tableOwners } from '../../src/table-ownership';

/**
 * Finds the places in `libs/api` where a context's code touches another context's table: table
 * names in SQL strings (FROM/JOIN read; INSERT INTO, UPDATE, DELETE FROM, ALTER TABLE write) and
 * TypeORM calls on an entity class imported from another context.
 */
export interface Trespass {
  readonly file: string;
  readonly line: number;
  readonly context: string;
  readonly table: string;
  readonly owner: string;
  readonly kind: 'read' | 'write';
}

export const REPOSITORY_ROOT = join(__dirname, '../../../..');

/** Upper-case keywords mark a string as SQL (a fragment such as `a JOIN b ON …` included), never an English sentence. */
const SQL_KEYWORDS = /\b(SELECT|INSERT|UPDATE|DELETE|WITH|FROM|JOIN|ALTER TABLE|CREATE INDEX)\b/;
const TABLE_REFERENCE = /\b(FROM|JOIN|INSERT\s+INTO|UPDATE|DELETE\s+FROM|ALTER\s+TABLE|TRUNCATE|CREATE\s+(?:UNIQUE\s+)?INDEX\s+\S+\s+ON)\s+"?([a-z_]+)"?/gi;
const WRITE_VERBS = /^(INSERT|UPDATE|DELETE|ALTER|TRUNCATE|CREATE)/i;
/** TypeORM methods that take an entity class first (on a manager, data source or query builder). */
const ORM_METHODS = new Set([
  'getRepository', 'save', 'insert', 'update', 'upsert', 'delete', 'remove', 'softDelete', 'increment', 'decrement',
  'create', 'find', 'findOne', 'findBy', 'findOneBy', 'findOneOrFail', 'findOneByOrFail', 'findAndCount', 'count', 'countBy',
  'exists', 'existsBy', 'createQueryBuilder', 'from', 'innerJoin', 'leftJoin', 'innerJoinAndSelect', 'leftJoinAndSelect', 'into',
]);

const owners: Record<string, ContextName> = tableOwners;

/** The entity classes each context exports, by the table they map (read from its sources). */
function entityTables(librariesRoot: string): Map<string, string> {
  const tables = new Map<string, string>();
  for (const file of sourceFiles(librariesRoot)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/@Entity\(\{?\s*(?:name:\s*)?'([a-z_]+)'[^)]*\)\s*export\s+class\s+(\w+)/g)) {
      tables.set(match[2], match[1]);
    }
  }
  return tables;
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((span) => ` $x ${span.literal.text}`).join('');
  return undefined;
}

/** The trespasses in one source file of `context` (exported so the test can show the check failing). */
export function trespassesIn(file: string, context: string, source: string, entityTable: Map<string, string>): Trespass[] {
  const found: Trespass[] = [];
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const isMigration = file.includes('/migrations/');
  const note = (node: ts.Node, table: string, kind: 'read' | 'write') => {
    const owner = owners[table];
    if (!owner || owner === context) return;
    const line = sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    found.push({ file, line, context, table, owner, kind });
  };
  // Entity classes imported from another context's public API.
  const foreignEntities = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && node.moduleSpecifier.text.startsWith('@manager/api-')) {
      const bindings = node.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) if (entityTable.has(element.name.text)) foreignEntities.add(element.name.text);
      }
    }
    const text = literalText(node);
    // keysetPage's `from: 'partnership ps JOIN …'` names its first table without a keyword.
    const fromProperty = text !== undefined && !!node.parent && ts.isPropertyAssignment(node.parent) && node.parent.initializer === node && node.parent.name.getText() === 'from';
    if (text !== undefined && fromProperty) {
      const first = /^\s*"?([a-z_]+)"?/.exec(text);
      if (first) note(node, first[1], 'read');
    }
    if (text !== undefined && SQL_KEYWORDS.test(text)) {
      for (const match of text.matchAll(TABLE_REFERENCE)) {
        const kind = WRITE_VERBS.test(match[1]) ? 'write' : 'read';
        // A migration may name another context's table in a foreign key or a read; never write it.
        if (isMigration && kind === 'read') continue;
        note(node, match[2].toLowerCase(), kind);
      }
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ORM_METHODS.has(node.expression.name.text)) {
      const [first] = node.arguments;
      if (first && ts.isIdentifier(first) && foreignEntities.has(first.text)) {
        const method = node.expression.name.text;
        const reads = /^(find|count|exists|getRepository|createQueryBuilder|from|innerJoin|leftJoin)/.test(method);
        note(node, entityTable.get(first.text) as string, reads ? 'read' : 'write');
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** Every trespass in `libs/api`, declared or not. */
export function allTrespasses(): Trespass[] {
  const librariesRoot = join(REPOSITORY_ROOT, 'libs/api');
  const entityTable = entityTables(librariesRoot);
  return readdirSync(librariesRoot).flatMap((context) =>
    sourceFiles(join(librariesRoot, context, 'src')).flatMap((path) =>
      trespassesIn(relative(REPOSITORY_ROOT, path), context, readFileSync(path, 'utf8'), entityTable),
    ),
  );
}

function declares(trespass: Trespass): boolean {
  const declared = crossContextAccess.find((access) => access.file === trespass.file);
  const allowed: readonly TableName[] | undefined = trespass.kind === 'read' ? declared?.reads : declared?.writes;
  return !!allowed?.includes(trespass.table as TableName);
}

/** Every trespass in `libs/api`, minus what `crossContextAccess` declares. */
export function undeclaredTrespasses(trespasses = allTrespasses()): Trespass[] {
  return trespasses.filter((trespass) => !declares(trespass));
}

/** Declarations no code needs any more ("file reads table"), so that the map never grows stale. */
export function staleDeclarations(trespasses = allTrespasses()): string[] {
  return crossContextAccess.flatMap((access) => [
    ...(access.reads ?? []).filter((table) => !trespasses.some((t) => t.file === access.file && t.kind === 'read' && t.table === table)).map((table) => `${access.file} reads ${table}`),
    ...(access.writes ?? []).filter((table) => !trespasses.some((t) => t.file === access.file && t.kind === 'write' && t.table === table)).map((table) => `${access.file} writes ${table}`),
  ]);
}

export { entityTables };
