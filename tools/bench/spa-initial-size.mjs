#!/usr/bin/env node
/**
 * What the SPA's first screens really transfer, measured in Chromium (Debian's, through
 * playwright-core) against the built app: `dist/apps/api/main.js` serving `dist/apps/web/browser`
 * on an embedded PostgreSQL with the demo data, exactly as the e2e suite runs it.
 *
 * Every screen is opened in a fresh browser context (empty cache) and followed until the network
 * is idle; everything it loads counts (HTML, scripts, styles, GraphQL answers):
 *   - login:      /login, signed out;
 *   - dashboard:  /, signed in as a demo member (it redirects to the first organization);
 *   - clients:    /org/<id>/clients, signed in as the demo partner's legal responsible;
 *   - login → dashboard: what signing in through the form adds on top of the login screen.
 * Per screen: requests, bytes as served (the server may gzip), raw bytes, and brotli (quality 11)
 * of every response body, which is what a brotli-serving CDN would send; then the JS chunks.
 * Targets: login ≤ 100 kB brotli, dashboard ≤ 160 kB.
 *
 * Usage (after `npx nx run-many -t build -p api web`):
 *   node tools/bench/spa-initial-size.mjs
 * Env: BENCH_API_MAIN (default dist/apps/api/main.js), WEB_ROOT (default dist/apps/web/browser),
 * CHROMIUM_PATH (default /usr/bin/chromium). The API, its PostgreSQL and the temporary data folder
 * are removed at the end, also on Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';

const apiMain = resolve(process.env.BENCH_API_MAIN ?? 'dist/apps/api/main.js');
const webRoot = resolve(process.env.WEB_ROOT ?? 'dist/apps/web/browser');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** Demo people (tools/demo-seed): a member of two organizations, and the partner's legal responsible. */
const MEMBER_EMAIL = 'alice@muller-chocolat.ch';
const PARTNER_EMAIL = 'paul@pixel-partners.ch';
const TARGETS = { login: 100_000, dashboard: 160_000 };

for (const [what, path] of [
  ['the API build', apiMain],
  ['the SPA build', join(webRoot, 'index.html')],
]) {
  if (!existsSync(path)) {
    console.error(`${what} is missing (${path}): run \`npx nx run-many -t build -p api web\` first.`);
    process.exit(1);
  }
}

// ---------- what this run starts, and how it is stopped ----------

const dataDir = mkdtempSync(join(tmpdir(), 'manager-bench-spa-'));
let api;
let browser;
let cleaned = false;

async function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  await browser?.close().catch(() => undefined);
  if (api && api.exitCode === null && api.signalCode === null) {
    // SIGTERM lets the API stop its embedded PostgreSQL; the whole group goes if it hangs.
    const exited = new Promise((done) => api.once('exit', done));
    api.kill('SIGTERM');
    const timer = setTimeout(() => {
      try {
        process.kill(-api.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 15_000);
    await exited;
    clearTimeout(timer);
  }
  rmSync(dataDir, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
    server.once('error', fail);
  });
}

/** Starts the built API on the demo data; resolves with its URL and the demo password it prints. */
async function startApi() {
  const port = await freePort();
  let output = '';
  api = spawn(process.execPath, [apiMain], {
    // Its own process group, so a hung API can be stopped with its PostgreSQL children.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      WEB_ROOT: webRoot,
      DEMO_SEED: 'true',
      LOG_LEVEL: 'warn',
    },
  });
  api.stdout.on('data', (chunk) => (output += chunk));
  api.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (api.exitCode !== null) throw new Error(`the API stopped while starting:\n${output}`);
    const password = /password for all: (\S+)\)/.exec(output)?.[1];
    if (password && (await fetch(`${url}/healthz`).then((r) => r.ok, () => false))) {
      for (const email of [MEMBER_EMAIL, PARTNER_EMAIL]) {
        if (!output.includes(email)) throw new Error(`${email} is not among the demo logins:\n${output}`);
      }
      return { url, password };
    }
    if (Date.now() > deadline) throw new Error(`the API did not start within 120 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

// ---------- measuring ----------

const brotli = (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Records every response the page receives: its URL, type, bytes as served, raw and brotli. */
function recordResponses(page) {
  const pending = [];
  const rows = [];
  page.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response) return;
        const sizes = await request.sizes();
        const body = await response.body().catch(() => Buffer.alloc(0));
        rows.push({
          url: request.url(),
          type: request.resourceType(),
          served: sizes.responseBodySize + sizes.responseHeadersSize,
          raw: body.length,
          brotli: body.length ? brotli(body) : 0,
        });
      })(),
    );
  });
  page.on('requestfailed', (request) => rows.push({ url: request.url(), type: 'failed', served: 0, raw: 0, brotli: 0 }));
  return async () => {
    await Promise.all(pending);
    return rows;
  };
}

/** Opens `path` in `page`, waits until nothing has been loading for 500 ms, checks it shows `ready`. */
async function openScreen(page, path, ready) {
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.locator(ready).first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
}

async function signIn(context, baseURL, email, password) {
  const response = await context.request.post(`${baseURL}/graphql`, {
    headers: { 'content-type': 'application/json' },
    data: {
      query: 'mutation Login($input: LoginInput!) { login(input: $input) { user { id } } }',
      variables: { input: { email, password } },
    },
  });
  const body = await response.json();
  if (!body.data?.login?.user) throw new Error(`sign-in as ${email} failed: ${JSON.stringify(body.errors)}`);
}

async function partnerOrganizationId(context, baseURL) {
  const response = await context.request.post(`${baseURL}/graphql`, {
    headers: { 'content-type': 'application/json' },
    data: { query: '{ me { memberships { role organization { id partnerProfile { publicName } } } } }' },
  });
  const body = await response.json();
  const memberships = body.data?.me?.memberships ?? [];
  const partner = memberships.find((m) => m.role === 'LEGAL_RESPONSIBLE' && m.organization?.partnerProfile);
  if (!partner) throw new Error(`the demo partner user leads no partner organization: ${JSON.stringify(body)}`);
  return partner.organization.id;
}

async function measure(baseURL, name, { before, path, ready, after }) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  try {
    // `before` signs in (cookies only: the page's cache stays cold) and may name the page to open.
    const target = (await before?.(context)) ?? path;
    const page = await context.newPage();
    if (after) await openScreen(page, target, 'body');
    const collect = recordResponses(page);
    if (after) await after(page);
    else await openScreen(page, target, ready);
    return { name, url: new URL(page.url()).pathname, rows: await collect() };
  } finally {
    await context.close();
  }
}

// ---------- the run ----------

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const sum = (rows, key) => rows.reduce((total, row) => total + row[key], 0);
const file = (url) => new URL(url).pathname.replace(/^\//, '') || '/';

try {
  const { url: baseURL, password } = await startApi();
  browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
  const screens = [
    await measure(baseURL, 'login', { path: '/login', ready: 'input[autocomplete="current-password"]' }),
    await measure(baseURL, 'dashboard', {
      before: (context) => signIn(context, baseURL, MEMBER_EMAIL, password),
      path: '/',
      ready: '[data-testid="products-count"]',
    }),
    await measure(baseURL, 'partner clients', {
      // The page of the partner organization Paul leads, found once signed in.
      before: async (context) => {
        await signIn(context, baseURL, PARTNER_EMAIL, password);
        return `/org/${await partnerOrganizationId(context, baseURL)}/clients`;
      },
      ready: '[data-testid="client-row"]',
    }),
    await measure(baseURL, 'login → dashboard', {
      path: '/login',
      after: async (page) => {
        await page.locator('input[autocomplete="current-password"]').waitFor();
        await page.locator('input[type="email"]').fill(MEMBER_EMAIL);
        await page.locator('input[type="password"]').fill(password);
        await page.locator('button[type="submit"]').click();
        await page.locator('[data-testid="products-count"]').first().waitFor({ timeout: 30_000 });
        await page.waitForLoadState('networkidle');
      },
    }),
  ];

  console.log(`SPA screens in Chromium (${browser.version()}), cold cache, until network idle`);
  console.log(
    'screen'.padEnd(20),
    'requests'.padStart(8),
    'served'.padStart(10),
    'raw'.padStart(10),
    'brotli'.padStart(10),
    'JS brotli'.padStart(10),
    '  target',
  );
  for (const screen of screens) {
    const js = screen.rows.filter((r) => r.type === 'script');
    const target = TARGETS[screen.name];
    const verdict = target ? `≤ ${kB(target)}: ${sum(screen.rows, 'brotli') <= target ? 'met' : 'NOT met'}` : '';
    console.log(
      screen.name.padEnd(20),
      String(screen.rows.length).padStart(8),
      kB(sum(screen.rows, 'served')).padStart(10),
      kB(sum(screen.rows, 'raw')).padStart(10),
      kB(sum(screen.rows, 'brotli')).padStart(10),
      kB(sum(js, 'brotli')).padStart(10),
      ' ',
      verdict,
    );
  }
  for (const screen of screens) {
    console.log(`\n${screen.name} (${screen.url}):`);
    for (const row of [...screen.rows].sort((a, b) => b.brotli - a.brotli)) {
      console.log(
        '  ',
        row.type.padEnd(10),
        file(row.url).slice(0, 34).padEnd(34),
        kB(row.served).padStart(10),
        kB(row.raw).padStart(10),
        kB(row.brotli).padStart(10),
      );
    }
  }
  console.log(`\nload average: ${(await import('node:os')).loadavg().map((n) => n.toFixed(2)).join(' ')}`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
