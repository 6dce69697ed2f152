import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The Node flags the API is deployed with (V8 heap sizing): those of `npm start`, which the
 * Dockerfile's CMD repeats (apps/api/test/launch-flags.spec.ts keeps them equal).
 */
export function deployedNodeFlags(): string[] {
  const start: string = JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')).scripts.start;
  const flags = /\bnode ((?:--\S+ )*)dist\/apps\/api\/main\.js/.exec(start);
  if (!flags) throw new Error(`npm start does not run dist/apps/api/main.js: ${start}`);
  return flags[1].split(' ').filter(Boolean);
}

/**
 * The Node flags of EVERY server a benchmark starts, the API and the floor or baseline it is
 * compared with alike: the deployed ones. The heap's sizing is no part of what a comparison
 * measures (the work of a request, and what Apollo or the API's layers add to it); a baseline
 * on Node's defaults (a young generation growing to 16 MB per semi-space instead of 4) scavenges
 * a quarter as often and reads as a faster server for that alone.
 * BENCH_NODE_FLAGS replaces them for all ('' for Node's defaults everywhere).
 */
export function benchNodeFlags(): string[] {
  const override = process.env['BENCH_NODE_FLAGS'];
  if (override !== undefined) return override.split(' ').filter(Boolean);
  return deployedNodeFlags();
}

/** What a benchmark prints of them. */
export function benchNodeFlagsLine(): string {
  const flags = benchNodeFlags();
  return `every server runs with ${flags.length ? `node ${flags.join(' ')}` : "Node's default flags"} (the API's deployed flags unless BENCH_NODE_FLAGS says otherwise)`;
}
