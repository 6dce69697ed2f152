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
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';

const BARRELS = ['rxjs', 'rxjs/operators'];

/** `name → absolute file` for each barrel, from its `export { a, b } from './internal/x'` lines. */
function exportedFiles(barrelFile) {
  const files = new Map();
  const source = readFileSync(barrelFile, 'utf8');
  for (const [, names, from] of source.matchAll(/export \{([^}]+)\} from '([^']+)';/g)) {
    const file = join(dirname(barrelFile), `${from}.js`);
    for (const name of names.split(',').map((n) => n.trim())) {
      if (/^\w+$/.test(name)) files.set(name, file);
    }
  }
  // Fewer than rxjs 7's ~100 names per index: its layout changed, and this plugin needs a look.
  if (files.size < 50) throw new Error(`rxjs-deep-imports: ${barrelFile} lists ${files.size} names`);
  return files;
}

/**
 * For each barrel, the names an importer takes from it (`import { a, b as c }`, `export { a }`; a
 * bare `import 'rxjs'`, which Angular's packages keep, takes none), or null when it takes the
 * whole namespace (`import * as`, `export *`): that importer keeps the index. One parse answers
 * every barrel, so a file importing both (Angular's core bundle does) is read and parsed once.
 */
function importedNamesByBarrel(importerSource, fileName) {
  const file = ts.createSourceFile(fileName, importerSource, ts.ScriptTarget.Latest, false);
  const byBarrel = new Map(BARRELS.map((specifier) => [specifier, new Set()]));
  for (const statement of file.statements) {
    const from = statement.moduleSpecifier;
    if (!from || !ts.isStringLiteral(from)) continue;
    const names = byBarrel.get(from.text);
    if (!names) continue;
    let elements;
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (!clause || clause.isTypeOnly) continue;
      // A default import (rxjs has none: the error is left to esbuild) or a namespace: the index.
      if (clause.name || (clause.namedBindings && !ts.isNamedImports(clause.namedBindings))) {
        byBarrel.set(from.text, null);
        continue;
      }
      if (!clause.namedBindings) continue;
      elements = clause.namedBindings.elements;
    } else if (ts.isExportDeclaration(statement)) {
      if (statement.isTypeOnly) continue;
      if (!statement.exportClause || !ts.isNamedExports(statement.exportClause)) {
        byBarrel.set(from.text, null);
        continue;
      }
      elements = statement.exportClause.elements;
    } else {
      byBarrel.set(from.text, null);
      continue;
    }
    for (const element of elements) {
      if (!element.isTypeOnly) names.add((element.propertyName ?? element.name).text);
    }
  }
  return byBarrel;
}

export default {
  name: 'rxjs-deep-imports',
  setup(build) {
    // Each index as esbuild resolves it for this build (rxjs's ES2015 files, symlinks resolved):
    // the files named below are then the very modules the index re-exports.
    let barrels;
    const resolveBarrels = async (resolveDir) => {
      const entries = await Promise.all(
        BARRELS.map(async (specifier) => {
          const resolved = await build.resolve(specifier, { kind: 'import-statement', resolveDir, pluginData: { ownLookup: true } });
          if (resolved.errors.length) throw new Error(`rxjs-deep-imports: ${specifier}: ${resolved.errors[0].text}`);
          return [specifier, exportedFiles(resolved.path)];
        }),
      );
      return new Map(entries);
    };
    // Each importer's names, read once for all its rxjs import records; anew for every (re)build.
    const importsOf = new Map();
    build.onStart(() => importsOf.clear());
    const filter = new RegExp(`^(${BARRELS.map((b) => b.replace('/', '\\/')).join('|')})$`);

    build.onResolve({ filter }, async (args) => {
      if (args.pluginData?.ownLookup || args.kind !== 'import-statement' || !args.importer || args.namespace !== 'file') return undefined;
      let imports = importsOf.get(args.importer);
      if (!imports) {
        try {
          imports = importedNamesByBarrel(readFileSync(args.importer, 'utf8'), args.importer);
        } catch {
          return undefined;
        }
        importsOf.set(args.importer, imports);
      }
      const names = imports.get(args.path);
      if (!names) return undefined;
      barrels ??= resolveBarrels(args.resolveDir);
      const files = (await barrels).get(args.path);
      // A name the index does not list is a type (TypeScript drops it from the JavaScript); were it
      // a value after all, esbuild would stop the build: "No matching export".
      const values = [...names].filter((name) => files.has(name));
      return {
        path: `${args.importer}|${args.path}`,
        namespace: 'rxjs-deep-imports',
        sideEffects: false,
        pluginData: { exports: values.map((name) => `export { ${name} } from ${JSON.stringify(files.get(name))};`).join('\n') },
      };
    });

    build.onLoad({ filter: /.*/, namespace: 'rxjs-deep-imports' }, ({ pluginData }) => ({
      contents: pluginData.exports,
      loader: 'js',
      // Absolute paths only: any folder resolves them.
      resolveDir: process.cwd(),
    }));
  },
};
