import { defineConfig } from '@playwright/test';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import base from './playwright.config';

/**
 * The same suite in a shuffled file order, to show that no spec depends on another having run
 * before it (Playwright has no shuffle: it runs files in name order, and with `fullyParallel`
 * hands their tests to the workers in that order).
 *
 *   E2E_PORT=4393 npx playwright test -c apps/web-e2e/playwright.shuffled.config.ts --workers=2
 *   E2E_SHUFFLE_SEED=4242 …   # replays one order
 *
 * The spec files are copied, their imports of ./support pointed back at src/support, under
 * names that sort in an order drawn from the seed (`03-auth.spec.ts`, …). The seed is chosen
 * once in the runner's main process and handed to the workers, which load this file too, through
 * the environment; the folder is then already there.
 */
const sourceDir = join(__dirname, 'src');
const seed = (process.env['E2E_SHUFFLE_SEED'] ??= String(Math.floor(Math.random() * 1_000_000)));
const shuffledDir = join(__dirname, 'test-output', 'shuffled', seed);

/** mulberry32: a tiny seeded PRNG, so that an order can be replayed. */
function random(seedValue: number): () => number {
  let a = seedValue >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

if (!process.env['TEST_WORKER_INDEX']) {
  const next = random(Number(seed));
  const specs = readdirSync(sourceDir).filter((name) => name.endsWith('.spec.ts'));
  for (let i = specs.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [specs[i], specs[j]] = [specs[j], specs[i]];
  }
  mkdirSync(shuffledDir, { recursive: true });
  const support = relative(shuffledDir, join(sourceDir, 'support')).split('\\').join('/');
  specs.forEach((name, index) => {
    const text = readFileSync(join(sourceDir, name), 'utf8').replaceAll("from './support/", `from '${support}/`);
    writeFileSync(join(shuffledDir, `${String(index + 1).padStart(2, '0')}-${name}`), text);
  });
  console.log(`E2E_SHUFFLE_SEED=${seed}: ${specs.join(', ')}`);
}

export default defineConfig({ ...base, testDir: shuffledDir });
