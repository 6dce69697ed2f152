/**
 * An esbuild plugin for web:build: every `import { a, b } from 'rxjs'` (or 'rxjs/operators')
 * imports straight from the files that define `a` and `b`, not through rxjs's index.
 *
 * Why: with code splitting, esbuild gives a module to every chunk that reaches it through any
 * import record of a live file, even a re-export that tree shaking drops. Angular's core and
 * router import from rxjs's index in the initial chunk, so every rxjs module that a lazy page or
 * Material uses anywhere (the animation-frame and asap schedulers, ReplaySubject, debounceTime,
 * forkJoin, shareReplay…) was placed in the initial chunk, which the login screen loads
 * (about 11 kB of 35 kB of rxjs there; the same cause as oven-sh/bun#41145 describes for Bun's
 * copy of esbuild's algorithm). Importing from the defining files lets each chunk reach only
 * what it uses. The files are rxjs's own ES2015 build (`dist/esm`, the one its index points to),
 * so every importer shares the same module instances.
 *
 * What an importer takes is read from its source with TypeScript's parser (type-only names are
 * skipped). Anything else — `import * as`, `export * from`, a dynamic `import()`, a name rxjs's
 * index does not list — keeps the index, so the result is never wrong, only less small.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';

const BARRELS = ['rxjs', 'rxjs/operators'];
const require = createRequire(import.meta.url);

/** `name → absolute file` for each barrel, from its `export { a, b } from './internal/x'` lines. */
function exportedFiles(barrelFile) {
  const files = new Map();
  const source = readFileSync(barrelFile, 'utf8');
  for (const [, names, from] of source.matchAll(/export \{([^}]+)\} from '([^']+)';/g)) {
    const file = realpathSync(join(dirname(barrelFile), `${from}.js`));
    for (const name of names.split(',').map((n) => n.trim())) {
      if (/^\w+$/.test(name)) files.set(name, file);
    }
  }
  // Fewer than rxjs 7's ~100 names per index: its layout changed, and this plugin needs a look.
  if (files.size < 50) throw new Error(`rxjs-deep-imports: ${barrelFile} lists ${files.size} names`);
  return files;
}

/**
 * The names an importer takes from `specifier` (`import { a, b as c }`, `export { a }`; a bare
 * `import 'rxjs'`, which Angular's packages keep, takes none), or null when it takes the whole
 * namespace (`import * as`, `export *`): that importer keeps the index.
 */
function importedNames(importerSource, fileName, specifier) {
  const file = ts.createSourceFile(fileName, importerSource, ts.ScriptTarget.Latest, false);
  const names = new Set();
  for (const statement of file.statements) {
    const from = statement.moduleSpecifier;
    if (!from || !ts.isStringLiteral(from) || from.text !== specifier) continue;
    let elements;
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (!clause || clause.isTypeOnly) continue;
      if (clause.name) return null; // a default import: rxjs has none, leave the error to esbuild
      if (!clause.namedBindings) continue;
      if (!ts.isNamedImports(clause.namedBindings)) return null;
      elements = clause.namedBindings.elements;
    } else if (ts.isExportDeclaration(statement)) {
      if (statement.isTypeOnly) continue;
      if (!statement.exportClause || !ts.isNamedExports(statement.exportClause)) return null;
      elements = statement.exportClause.elements;
    } else {
      return null;
    }
    for (const element of elements) {
      if (!element.isTypeOnly) names.add((element.propertyName ?? element.name).text);
    }
  }
  return names;
}

export default {
  name: 'rxjs-deep-imports',
  setup(build) {
    const rxjsRoot = dirname(realpathSync(require.resolve('rxjs/package.json')));
    const barrels = new Map(BARRELS.map((specifier) => [specifier, exportedFiles(join(rxjsRoot, specifier.replace(/^rxjs/, 'dist/esm'), 'index.js'))]));
    const filter = new RegExp(`^(${BARRELS.map((b) => b.replace('/', '\\/')).join('|')})$`);

    build.onResolve({ filter }, (args) => {
      if (args.kind !== 'import-statement' || !args.importer || args.namespace !== 'file') return undefined;
      let source;
      try {
        source = readFileSync(args.importer, 'utf8');
      } catch {
        return undefined;
      }
      const names = importedNames(source, args.importer, args.path);
      if (!names) return undefined;
      const files = barrels.get(args.path);
      // A name the index does not list is a type (TypeScript drops it from the JavaScript); were it
      // a value after all, esbuild would stop the build: "No matching export".
      const values = [...names].filter((name) => files.has(name));
      return { path: `${args.importer}|${args.path}`, namespace: 'rxjs-deep-imports', sideEffects: false, pluginData: { names: values, files } };
    });

    build.onLoad({ filter: /.*/, namespace: 'rxjs-deep-imports' }, ({ pluginData: { names, files } }) => ({
      contents: names.map((name) => `export { ${name} } from ${JSON.stringify(files.get(name))};`).join('\n'),
      loader: 'js',
      // A module of no folder: its absolute imports resolve from rxjs's own.
      resolveDir: rxjsRoot,
    }));
  },
};
