/**
 * @jest-environment node
 */
import { build, type Plugin } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The plugin against esbuild's own code splitting, on the smallest app that shows the problem: an
 * entry that uses `Subject` and lazily loads a module that uses `debounceTime`, both from rxjs's
 * index, as Angular's core and a lazy page do.
 */
describe('rxjs-deep-imports (esbuild plugin of web:build)', () => {
  let folder: string;
  let plugin: Plugin;

  beforeAll(async () => {
    plugin = require('./rxjs-deep-imports.mjs').default;
    folder = mkdtempSync(join(tmpdir(), 'rxjs-deep-imports-'));
    writeFileSync(join(folder, 'entry.ts'), "import { Subject } from 'rxjs';\nimport 'rxjs/operators';\nnew Subject();\nvoid import('./lazy');\n");
    writeFileSync(
      join(folder, 'lazy.ts'),
      "import { Subject, debounceTime, type OperatorFunction } from 'rxjs';\nconst op: OperatorFunction<number, number> = debounceTime(10);\nexport const lazy = new Subject<number>().pipe(op);\n",
    );
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  async function bundle(plugins: Plugin[]): Promise<{ entry: string[]; lazy: string[] }> {
    const { metafile } = await build({
      entryPoints: [join(folder, 'entry.ts')],
      absWorkingDir: folder,
      nodePaths: [join(process.cwd(), 'node_modules')],
      conditions: ['es2015'], // rxjs's ES2015 files, as Angular's builder resolves them
      bundle: true,
      splitting: true,
      format: 'esm',
      outdir: join(folder, 'out'),
      write: false,
      metafile: true,
      logLevel: 'silent',
      plugins,
    });
    // What a chunk loads before it runs: its own modules and those of the chunks it imports statically.
    const loaded = (path: string): string[] => {
      const output = metafile.outputs[path];
      const shared = output.imports.filter((i) => i.kind === 'import-statement').flatMap((i) => loaded(i.path));
      return [...Object.keys(output.inputs), ...shared].filter((input) => input.includes('rxjs/dist/'));
    };
    const pathOf = (name: string) => Object.keys(metafile.outputs).find((path) => metafile.outputs[path].entryPoint?.endsWith(name));
    const [entry, lazy] = [pathOf('entry.ts'), pathOf('lazy.ts')];
    if (!entry || !lazy) throw new Error('no entry or lazy chunk');
    const own = (path: string) => Object.keys(metafile.outputs[path].inputs);
    // The lazy chunk's own modules: what it adds to what the entry already loaded.
    return { entry: loaded(entry), lazy: own(lazy).filter((input) => input.includes('rxjs/dist/')) };
  }

  it('without it, rxjs modules only the lazy chunk uses land in the entry chunk (the index hands them over)', async () => {
    const { entry } = await bundle([]);
    expect(entry.some((file) => file.endsWith('operators/debounceTime.js'))).toBe(true);
  });

  it('with it, the entry chunk holds only what it uses, and both chunks share one Subject', async () => {
    const { entry, lazy } = await bundle([plugin]);
    expect(entry.some((file) => file.endsWith('internal/Subject.js'))).toBe(true);
    expect(entry.some((file) => /debounceTime|async|Scheduler/.test(file))).toBe(false);
    expect(lazy.some((file) => file.endsWith('operators/debounceTime.js'))).toBe(true);
    // One module instance: Subject.js is loaded with the entry, the lazy chunk imports it from there.
    expect(lazy.some((file) => file.endsWith('internal/Subject.js'))).toBe(false);
    expect(entry.concat(lazy).filter((file) => file.endsWith('/index.js'))).toEqual([]);
  });
});
