import { defineConfig } from '@playwright/test';
import { workspaceRoot } from '@nx/devkit';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * End-to-end journeys against the BUILT app (`dist/apps/api/main.js` serving `dist/apps/web/browser`):
 * the `e2e` target depends on `build` of api and web (see project.json), this config never builds.
 *
 * Every run gets a fresh embedded PostgreSQL in its own temporary DATA_DIR, so the demo seed runs
 * on an empty database and tests start from known data. The path is chosen once, in the runner's
 * main process, and handed to the worker processes (which load this file too) through the
 * environment; the API creates the folder, and the main process deletes it on exit, after the
 * web server has been stopped.
 *
 * Tests build the people and organizations they need through the public API (src/support/world.ts),
 * from one account global setup signs up once the server answers: they share no mutable data, so
 * they run fully parallel, in any order.
 */
const port = Number(process.env['E2E_PORT'] ?? 4310);
const baseURL = `http://localhost:${port}`;
const isCI = !!process.env['CI'];

if (!process.env['E2E_DATA_DIR']) {
  const dataDir = join(tmpdir(), `manager-e2e-${process.pid}-${Date.now().toString(36)}`);
  process.env['E2E_DATA_DIR'] = dataDir;
  process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
}
const dataDir = process.env['E2E_DATA_DIR'];
// A private copy of the built app (other builds may overwrite dist/ during a run):
// E2E_API_MAIN=/tmp/x-api/main.js (with node_modules reachable from it) and WEB_ROOT=/tmp/x-web,
// which the API reads from the environment the web server inherits.
const apiMain = process.env['E2E_API_MAIN'] ?? 'dist/apps/api/main.js';

const outputRoot = join(__dirname, 'test-output');

export default defineConfig({
  testDir: './src',
  globalSetup: './src/support/global-setup.ts',
  outputDir: join(outputRoot, 'results'),
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  // Generous: CI machines have 2 cores, and a build may share them.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: join(outputRoot, 'report') }]],
  use: {
    baseURL,
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/Zurich',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium; `npx playwright install` is never used here.
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: `node ${apiMain}`,
    cwd: workspaceRoot,
    url: `${baseURL}/healthz`,
    timeout: 120_000,
    reuseExistingServer: !isCI,
    // SIGTERM lets the API stop its embedded PostgreSQL before the data folder is removed.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      DEMO_SEED: 'true',
      // Two optional cookie categories (the shipped config/operator.json has none), for compliance.spec.ts.
      OPERATOR_CONFIG: 'config/examples/operator-with-optional-cookies.json',
    },
  },
});
