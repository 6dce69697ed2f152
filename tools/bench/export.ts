/**
 * bench:export — POST /exports of BENCH_EXPORT_LINES (1,000,000) invoice lines, the API (as
 * deployed, in a process of its own: product-server.ts) beside PostgreSQL's own COPY of the
 * same statement, with the same settings, read by a bare `pg` client that throws the bytes away
 * (the floor: what the database alone takes). Prints, per format: first byte, last byte, rows/s,
 * MB/s, and the API process's peak RSS (VmHWM from /proc, and the highest VmRSS sampled during
 * the download); the targets of issue 12: first byte ≤ 1 s, last byte ≤ 5 s, peak RSS ≤ 150 MB.
 *
 * The run's database is its own (embedded PostgreSQL, or a database created on DATABASE_URL's
 * server) and goes at the end, however the run ends (bench-cleanup.ts).
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { exportCopy, exportPlanner, exportSelect } from '@manager/api-billing';
import { type ExportFormat } from '@manager/domain';
import { policySubject } from '@manager/api-core';
import { runBenchmark, trackChild } from './bench-cleanup';
import { BENCH_EMAIL, openBenchDatabase, seedBenchUser, signIn } from './bench-fixture';
import { writeBulkInvoices } from '../../apps/api/test/support/bulk-invoices';
import { fixed, loadAverage, table, verdict } from './report';
import { benchNodeFlags } from './deployed-node-flags';
import { startServerProcess } from './server-process';

const lines = Number(process.env['BENCH_EXPORT_LINES'] ?? 1_000_000);
/** The built API (`npx nx build api`), as deployed: its RSS is the figure that matters. Without it, the sources through SWC. */
const builtApi = resolve(__dirname, '../..', process.env['BENCH_API_MAIN'] ?? 'dist/apps/api/main.js');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

/** `node dist/apps/api/main.js` on the run's database, production settings, until /healthz answers. */
async function startBuiltApi(databaseUrl: string): Promise<{ pid: number; url: string; stop(): void }> {
  const port = await freePort();
  const child = trackChild(
    spawn(process.execPath, [...benchNodeFlags(), builtApi], {
      stdio: 'ignore',
      env: {
        ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, DEMO_SEED: 'false', OUTBOX_WORKER: 'false',
        NODE_ENV: 'production', LOG_LEVEL: 'silent', TOKEN_HMAC_KEY: randomBytes(32).toString('base64'),
      },
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; !(await fetch(`${url}/healthz`).then((r) => r.ok, () => false)); tries++) {
    if (child.exitCode !== null || tries > 600) throw new Error('the built API did not start');
    await new Promise((done) => setTimeout(done, 100));
  }
  return { pid: child.pid as number, url, stop: () => child.kill('SIGTERM') };
}
const FROM = '2025-01-01';
const TO = '2027-01-01';

interface Download {
  firstByteMs: number;
  lastByteMs: number;
  bytes: number;
  rows: number;
}

/** What the API process holds: VmRSS now and VmHWM (its peak since it started), in MB. */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

function countLines(chunk: Buffer): number {
  let n = 0;
  for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) n += 1;
  return n;
}

/** One download over plain node:http (no decompression, nothing kept): times and sizes. */
function download(url: string, cookie: string, body: unknown): Promise<Download> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let firstByteMs = 0;
    let bytes = 0;
    let rows = 0;
    const req = request(url, { method: 'POST', headers: { cookie, 'content-type': 'application/json' } }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        return reject(new Error(`export answered ${res.statusCode}`));
      }
      res.on('data', (chunk: Buffer) => {
        if (!firstByteMs) firstByteMs = performance.now() - started;
        bytes += chunk.length;
        rows += countLines(chunk);
      });
      res.on('end', () => resolve({ firstByteMs, lastByteMs: performance.now() - started, bytes, rows: rows - 1 }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

/** The same COPY, on a connection of its own, bytes thrown away: what PostgreSQL alone takes. */
async function copyAlone(url: string, format: ExportFormat, settings: Record<string, string>): Promise<Download> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    for (const [name, value] of Object.entries(settings)) await client.query(`SELECT set_config($1, $2, true)`, [name, value]);
    const started = performance.now();
    let firstByteMs = 0;
    let bytes = 0;
    let rows = 0;
    const stream = client.query(copyTo(exportCopy('INVOICES', format)));
    await new Promise<void>((resolve, reject) => {
      stream.on('data', (chunk: Buffer) => {
        if (!firstByteMs) firstByteMs = performance.now() - started;
        bytes += chunk.length;
        rows += countLines(chunk);
      });
      stream.on('end', resolve);
      stream.on('error', reject);
    });
    const lastByteMs = performance.now() - started;
    await client.query('COMMIT');
    return { firstByteMs, lastByteMs, bytes, rows: rows - 1 };
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const db = await openBenchDatabase();
  const seeding = performance.now();
  const partnerId = await seedBenchUser(db.dataSource, 0);
  await db.dataSource.query(`UPDATE membership SET role = 'LEGAL_RESPONSIBLE' WHERE organization_id = $1`, [partnerId]);
  const [{ id: userId }] = await db.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [BENCH_EMAIL]);
  const clientIds: string[] = (
    await db.dataSource.query(
      `INSERT INTO organization (name, entity_type, country, currency) SELECT 'Bench client ' || g, 'COMPANY', 'CH', 'CHF' FROM generate_series(1, 200) g RETURNING id`,
    )
  ).map((row: { id: string }) => row.id);
  await writeBulkInvoices(db.dataSource, { payerOrganizationId: partnerId, payerName: 'Bench SA', placedByUserId: userId, clientIds, lines, from: new Date(`${FROM}T00:00:00Z`), days: 700 });
  console.log(`seeded ${lines.toLocaleString('en')} invoice lines in ${fixed((performance.now() - seeding) / 1000, 1)} s`);

  const built = existsSync(builtApi);
  const api = built
    ? await startBuiltApi(db.url)
    : await startServerProcess('API', 'product-server.ts', { BENCH_DATABASE_URL: db.url }).then((p) => ({ pid: p.child.pid as number, url: p.url.replace(/\/graphql$/, ''), stop: () => void p.stop() }));
  const { pid } = api;
  const base = api.url;
  const cookie = await signIn(`${base}/graphql`);
  console.log(built ? `API: node ${[...benchNodeFlags(), builtApi].join(' ')} (the deployed flags unless BENCH_NODE_FLAGS says otherwise)` : 'API: the sources through @swc-node/register (no build found): its RSS includes the compiler');
  const settings = (decimal: string) => ({
    'manager_export.subject': policySubject({ userId, sessionId: 'bench' }) as string,
    'manager_export.organization': partnerId,
    'manager_export.from': `${FROM}T00:00:00.000Z`,
    'manager_export.to': `${TO}T00:00:00.000Z`,
    'manager_export.clients': '',
    'manager_export.decimal': decimal,
    // The planner settings the API's export transaction runs with (export-stream.ts).
    ...exportPlanner('INVOICES'),
  });

  if (process.env['BENCH_EXPLAIN']) {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    await client.query('BEGIN');
    for (const [name, value] of Object.entries(settings('.'))) await client.query(`SELECT set_config($1, $2, true)`, [name, value]);
    const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${exportSelect('INVOICES', 'CSV')}`);
    console.log(plan.rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n'));
    await client.query('COMMIT');
    await client.end();
  }
  console.log(`API process after start: ${JSON.stringify(memoryOf(pid))} MB`);

  const rows: string[][] = [];
  const figures: { format: ExportFormat; api: Download; peak: number; sampled: number; copy: Download; before: number }[] = [];
  for (const format of ['CSV', 'CSV_EXCEL'] as const) {
    const copy = await copyAlone(db.url, format, settings(format === 'CSV' ? '.' : ','));
    const before = memoryOf(pid).rss;
    let sampled = 0;
    const sampler = setInterval(() => (sampled = Math.max(sampled, memoryOf(pid).rss)), 20);
    const result = await download(`${base}/exports`, cookie, { organizationId: partnerId, type: 'INVOICES', format, from: FROM, to: TO, locale: 'fr-CH' });
    clearInterval(sampler);
    const { peak } = memoryOf(pid);
    if (result.rows !== lines || copy.rows !== lines) throw new Error(`expected ${lines} rows, the API sent ${result.rows} and COPY ${copy.rows}`);
    figures.push({ format, api: result, peak, sampled, copy, before });
    const row = (who: string, d: Download, memory: string) => [
      `${format} ${who}`,
      fixed(d.firstByteMs, 0),
      fixed(d.lastByteMs, 0),
      Math.round(d.rows / (d.lastByteMs / 1000)).toLocaleString('en'),
      fixed(d.bytes / 1e6 / (d.lastByteMs / 1000), 0),
      fixed(d.bytes / 1e6, 0),
      memory,
    ];
    rows.push(row('API', result, `${fixed(peak, 0)} (${fixed(before, 0)} → ${fixed(sampled, 0)})`));
    rows.push(row('COPY alone', copy, ''));
  }
  api.stop();

  console.log(`\nPOST /exports, INVOICES, ${lines.toLocaleString('en')} lines; ${loadAverage()}`);
  console.log(table(['', 'first byte ms', 'last byte ms', 'rows/s', 'MB/s', 'MB', 'API peak RSS MB (before → highest during)'], rows));
  for (const { format, api: result, peak, sampled, before, copy } of figures) {
    console.log(
      `${format}: first byte ${fixed(result.firstByteMs, 0)} ms ${verdict(result.firstByteMs, 1000, 'atMost')}, ` +
        `last byte ${fixed(result.lastByteMs / 1000, 2)} s ${verdict(result.lastByteMs, 5000, 'atMost')} ` +
        `(${fixed(result.lastByteMs / copy.lastByteMs, 2)}× COPY alone), peak RSS ${fixed(peak, 0)} MB ${verdict(peak, 150, 'atMost')} ` +
        `(the export itself: +${fixed(sampled - before, 0)} MB over the idle process)`,
    );
  }
}

runBenchmark(main);
