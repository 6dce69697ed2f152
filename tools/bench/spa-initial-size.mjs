#!/usr/bin/env node
/**
 * The SPA's initial load: the files index.html loads (scripts, module preloads, stylesheets) and
 * every chunk they import statically, measured raw, gzip (level 9) and brotli (quality 11).
 * Lazy chunks (dynamic import()) are not initial and are listed apart.
 * Usage: node tools/bench/spa-initial-size.mjs [dist/apps/web/browser]   (target: ≤ 100 kB brotli)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = process.argv[2] ?? 'dist/apps/web/browser';
const html = readFileSync(join(root, 'index.html'), 'utf8');
const entries = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]);

const initial = new Set();
const queue = [...entries];
while (queue.length) {
  const file = queue.shift();
  if (initial.has(file)) continue;
  initial.add(file);
  if (!file.endsWith('.js')) continue;
  const code = readFileSync(join(root, file), 'utf8');
  // Static imports only: `import … from "./chunk-X.js"` and `import "./chunk-X.js"`, not import().
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(m[1]);
}

const measure = (file) => {
  const bytes = readFileSync(join(root, file));
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const total = { raw: 0, gzip: 0, brotli: 0 };
console.log('initial file'.padEnd(28), 'raw'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10));
for (const file of initial) {
  const size = measure(file);
  for (const key of Object.keys(total)) total[key] += size[key];
  console.log(file.padEnd(28), kB(size.raw).padStart(10), kB(size.gzip).padStart(10), kB(size.brotli).padStart(10));
}
console.log('INITIAL TOTAL'.padEnd(28), kB(total.raw).padStart(10), kB(total.gzip).padStart(10), kB(total.brotli).padStart(10));
const lazy = readdirSync(root).filter((f) => f.endsWith('.js') && !initial.has(f));
const lazyBrotli = lazy.reduce((sum, f) => sum + measure(f).brotli, 0);
console.log(`lazy chunks: ${lazy.length}, ${kB(lazyBrotli)} brotli in all (loaded by the routes that use them)`);
console.log(`target ≤ 100 kB brotli: ${total.brotli <= 100_000 ? 'met' : 'NOT met'}`);
