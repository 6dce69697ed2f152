/**
 * managedClients at scale: a partner with 10,000 clients (each with a few products, LIMITED or
 * COMPLETE), plus organizations and ended partnerships that must not show. Measures requests/s
 * and latency (p50/p95/p99) at BENCH_CONNECTIONS concurrent requests for: the first page by
 * name, a page deep in the list (by cursor), a search, the first page by date, and a page of 100
 * clients with their products (target: p95 ≤ 50 ms). The load runs in its own process.
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { startBenchApp } from './bench-fixture';

const seconds = Number(process.env['BENCH_SECONDS'] ?? 8);
const connections = Number(process.env['BENCH_CONNECTIONS'] ?? 10);
const clients = Number(process.env['BENCH_CLIENTS'] ?? 10_000);

const LIST = `query Clients($partner: ID!, $first: Int!, $after: String, $search: String, $orderBy: ManagedClientOrder! = NAME) {
  managedClients(partnerOrganizationId: $partner, first: $first, after: $after, search: $search, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { partnershipId access billingOwner since endsAt productsInScope organization { id name } } } } }`;
const WITH_PRODUCTS = `query Clients($partner: ID!, $first: Int!) {
  managedClients(partnerOrganizationId: $partner, first: $first) {
    edges { node { organization { name } productsInScope products(first: 10) { edges { node { name } } } } } } }`;

interface Figures {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
}

/** In the child process: autocannon, recording every response time (autocannon itself reports no p95). */
async function loadChild(url: string, cookie: string, body: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const autocannon = require('autocannon');
  const times: number[] = [];
  const instance = autocannon({ url, connections, duration: seconds, method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode !== 200) throw new Error(`HTTP ${statusCode}`);
    times.push(responseTime);
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  const figures: Figures = { rps: result.requests.average, p50: at(0.5), p95: at(0.95), p99: at(0.99), requests: times.length };
  process.stdout.write(JSON.stringify(figures));
}

function load(url: string, cookie: string, body: string): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, __filename, '--load', url, cookie, body], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: process.env,
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        if (code !== 0) throw new Error(`load process exited with ${code}`);
        resolve(JSON.parse(output) as Figures);
      } catch (error) {
        reject(error);
      }
    });
  });
}

async function main(): Promise<void> {
  const app = await startBenchApp(0, { EXPOSE_SQL_STATEMENTS: 'true' });
  const db = app.server.database.dataSource;
  const partner = app.organizationId; // the bench user is ADMIN there
  const started = Date.now();
  // 10,000 clients and 2,000 bystanders, 3 products each; every 4th client COMPLETE, the others
  // LIMITED to 2 products; 500 ended partnerships with bystanders; one expired client.
  await db.query(
    `INSERT INTO organization (name, entity_type, country, currency)
     SELECT CASE WHEN g % 2 = 0 THEN 'client ' ELSE 'Client ' END || lpad(g::text, 5, '0') || ' SA', 'COMPANY', 'CH', 'CHF'
     FROM generate_series(1, $1) g`,
    [clients],
  );
  await db.query(
    `INSERT INTO organization (name, entity_type, country, currency)
     SELECT 'Bystander ' || g, 'COMPANY', 'CH', 'CHF' FROM generate_series(1, 2000) g`,
  );
  await db.query(
    `INSERT INTO product (organization_id, category, name, public_price_minor, currency, renewal_date)
     SELECT o.id, 'WEB_HOSTING', o.name || ' site ' || n, 1000, 'CHF', '2027-06-30'
     FROM organization o CROSS JOIN generate_series(1, 3) n WHERE o.id <> $1`,
    [partner],
  );
  await db.query(
    `INSERT INTO partnership (client_organization_id, partner_organization_id, status, access, billing_owner, initiated_by, accepted_at)
     SELECT o.id, $1, 'ACTIVE', CASE WHEN row_number() OVER () % 4 = 0 THEN 'COMPLETE' ELSE 'LIMITED' END,
            CASE WHEN row_number() OVER () % 4 = 0 THEN 'PARTNER' END, 'CLIENT',
            now() - (random() * interval '900 days')
     FROM organization o WHERE o.name ILIKE 'client %'`,
    [partner],
  );
  await db.query(
    `INSERT INTO partnership_product (partnership_id, product_id)
     SELECT ps.id, p.id FROM partnership ps JOIN product p ON p.organization_id = ps.client_organization_id
     WHERE ps.access = 'LIMITED' AND p.name NOT LIKE '% site 3'`,
  );
  await db.query(
    `INSERT INTO partnership (client_organization_id, partner_organization_id, status, access, initiated_by)
     SELECT o.id, $1, 'TERMINATED', 'LIMITED', 'CLIENT' FROM organization o WHERE o.name LIKE 'Bystander %' LIMIT 500`,
    [partner],
  );
  await db.query(`UPDATE partnership SET ends_at = now() - interval '1 day' WHERE id = (SELECT id FROM partnership WHERE status = 'ACTIVE' LIMIT 1)`);
  await db.query(`ANALYZE`);
  const seeded = ((Date.now() - started) / 1000).toFixed(1);

  const url = `${app.server.url.replace('localhost', '127.0.0.1')}/graphql`;
  const post = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie: app.cookie }, body: JSON.stringify({ query, variables }) });
    const json = (await response.json()) as { data?: any; errors?: unknown; extensions?: { sqlStatements?: number } };
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    return json;
  };
  // A cursor 9,000 clients deep, reached by paging (100 at a time).
  let deep: string | null = null;
  for (let i = 0; i < 90; i++) deep = (await post(LIST, { partner, first: 100, after: deep })).data.managedClients.pageInfo.endCursor;
  const total = (await post(LIST, { partner, first: 1 })).data.managedClients.totalCount;
  if (process.env['BENCH_EXPLAIN']) {
    const live = `ps.partner_organization_id = $1 AND (ps.status = 'ACTIVE' AND (ps.ends_at IS NULL OR ps.ends_at > now()))`;
    for (const sql of [
      `SELECT ps.id, lower(o.name) FROM partnership ps JOIN organization o ON o.id = ps.client_organization_id WHERE ${live} ORDER BY lower(o.name), o.id LIMIT 21`,
      `SELECT ps.id FROM partnership ps JOIN organization o ON o.id = ps.client_organization_id WHERE ${live} AND (lower(o.name), o.id) > ('client 09', '00000000-0000-0000-0000-000000000000'::uuid) ORDER BY lower(o.name), o.id LIMIT 21`,
      `SELECT ps.id FROM partnership ps JOIN organization o ON o.id = ps.client_organization_id WHERE ${live} ORDER BY ps.accepted_at DESC, ps.id DESC LIMIT 21`,
      `SELECT count(*) FROM partnership ps JOIN organization o ON o.id = ps.client_organization_id WHERE ${live}`,
    ]) {
      const plan: { 'QUERY PLAN': string }[] = await db.query(`EXPLAIN (ANALYZE, BUFFERS OFF) ${sql}`, [partner]);
      console.log(plan.map((row) => row['QUERY PLAN']).join('\n'), '\n');
    }
  }

  const scenarios: [string, string, Record<string, unknown>][] = [
    ['first page by name (20)', LIST, { partner, first: 20 }],
    ['page 9,000 deep by name (20)', LIST, { partner, first: 20, after: deep }],
    ['search "lient 012" (20 of 100)', LIST, { partner, first: 20, search: 'lient 012' }],
    ['first page by date (20)', LIST, { partner, first: 20, orderBy: 'SINCE' }],
    ['100 clients + products(first: 10)', WITH_PRODUCTS, { partner, first: 100 }],
  ];
  const rows: string[] = [];
  for (const [name, query, variables] of scenarios) {
    const statements = (await post(query, variables)).extensions?.sqlStatements;
    const body = JSON.stringify({ query, variables });
    await load(url, app.cookie, body); // warm-up
    const figures = await load(url, app.cookie, body);
    rows.push(
      `| ${name.padEnd(34)} | ${figures.rps.toFixed(0).padStart(5)} | ${figures.p50.toFixed(1).padStart(5)} ms | ${figures.p95.toFixed(1).padStart(5)} ms | ${figures.p99.toFixed(1).padStart(5)} ms | ${String(statements).padStart(3)} |`,
    );
  }
  const [one, five, fifteen] = (await import('node:os')).loadavg();
  console.log(`\nmanagedClients: ${total} live clients (seeded in ${seeded} s), ${connections} concurrent requests, ${seconds} s each after a warm-up`);
  console.log(`load average during the run: ${one.toFixed(2)} ${five.toFixed(2)} ${fifteen.toFixed(2)} on ${(await import('node:os')).cpus().length} cores\n`);
  console.log('| query                              | req/s |     p50 |     p95 |     p99 | SQL |');
  console.log('| ---------------------------------- | ----: | ------: | ------: | ------: | --: |');
  for (const row of rows) console.log(row);
  console.log('\ntarget: 100 clients + products, p95 ≤ 50 ms');
  await app.server.close();
}

if (process.argv[2] === '--load') {
  loadChild(process.argv[3], process.argv[4], process.argv[5]).catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
