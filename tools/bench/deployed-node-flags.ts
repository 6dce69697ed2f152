import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The Node flags the API is deployed with (V8 heap sizing): those of `npm start`, which the
 * Dockerfile's CMD repeats (apps/api/test/launch-flags.spec.ts keeps them equal). Every
 * benchmark starts the API with them, so that its CPU and GC are those of the deployed process.
 * BENCH_API_NODE_FLAGS replaces them ('' for none: what the process costs without).
 */
export function deployedNodeFlags(): string[] {
  const override = process.env['BENCH_API_NODE_FLAGS'];
  if (override !== undefined) return override.split(' ').filter(Boolean);
  const start: string = JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')).scripts.start;
  const flags = /\bnode ((?:--\S+ )*)dist\/apps\/api\/main\.js/.exec(start);
  if (!flags) throw new Error(`npm start does not run dist/apps/api/main.js: ${start}`);
  return flags[1].split(' ').filter(Boolean);
}
