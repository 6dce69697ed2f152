/**
 * What an API token costs a request: the same `managedClients` page asked with the session cookie
 * and with an organization token (HMAC check, one authentication statement, the rate-bucket
 * charge, the coalesced last-use write), in the same run, interleaved request by request in a
 * shuffled order so that drift, caches and the machine's load fall on both alike. Prints
 * p50/p95/p99 of each and their differences; the target is a p95 difference ≤ 1 ms.
 *
 * BENCH_REQUESTS (per variant, default 3,000), BENCH_CLIENTS (the partner's clients, default 200),
 * BENCH_PAGE (page size, default 20), BENCH_CONCURRENCY (pairs in flight, default 1).
 */
import 'reflect-metadata';
import { loadavg } from 'node:os';
import { runBenchmark } from './bench-cleanup';
import { BENCH_PASSWORD, openBenchDatabase, seedBenchUser, signIn } from './bench-fixture';
import { startServerProcess } from './server-process';

const requests = Number(process.env['BENCH_REQUESTS'] ?? 3_000);
const clients = Number(process.env['BENCH_CLIENTS'] ?? 200);
const page = Number(process.env['BENCH_PAGE'] ?? 20);
const concurrency = Number(process.env['BENCH_CONCURRENCY'] ?? 1);

const QUERY = `query Clients($partner: ID!, $first: Int!) {
  managedClients(partnerOrganizationId: $partner, first: $first) {
    totalCount edges { node { partnershipId access productsInScope organization { id name } } } } }`;

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  const db = database.dataSource;
  const partner = await seedBenchUser(db, 0);
  await db.query(
    `INSERT INTO organization (name, entity_type, country, currency)
     SELECT 'Client ' || lpad(g::text, 5, '0') || ' SA', 'COMPANY', 'CH', 'CHF' FROM generate_series(1, $1) g`,
    [clients],
  );
  await db.query(
    `INSERT INTO partnership (client_organization_id, client_name, partner_organization_id, status, access, billing_owner, initiated_by, accepted_at)
     SELECT id, name, $1, 'ACTIVE', 'COMPLETE', 'CLIENT', 'CLIENT', now() FROM organization WHERE name LIKE 'Client %'`,
    [partner],
  );
  await db.query(`ANALYZE`);
  // The API in a process of its own (as every benchmark runs it), with a rate high enough that
  // the bucket never refuses: the charge is measured, not the refusals.
  const api = await startServerProcess('API', 'product-server.ts', { BENCH_DATABASE_URL: database.url, TOKEN_RATE_POINTS_PER_MINUTE: '10000000' });
  const cookie = await signIn(api.url);
  const graphql = (headers: Record<string, string>, query: string, variables: unknown) =>
    fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const created = (await (
    await graphql({ cookie }, `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }`, {
      input: { organizationId: partner, kind: 'ORGANIZATION', name: 'bench', password: BENCH_PASSWORD },
    })
  ).json()) as { data?: { createApiToken: { secret: string } }; errors?: unknown };
  const secret = created.data?.createApiToken.secret;
  if (!secret) throw new Error(`could not create the bench token: ${JSON.stringify(created.errors)}`);

  const variants = { cookie: { cookie }, token: { authorization: `Bearer ${secret}` } } as const;
  const variables = { partner, first: page };
  const time = async (name: keyof typeof variants): Promise<number> => {
    const started = process.hrtime.bigint();
    const response = await graphql(variants[name], QUERY, variables);
    const body = (await response.json()) as { errors?: unknown };
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    if (response.status !== 200 || body.errors) throw new Error(`${name}: HTTP ${response.status} ${JSON.stringify(body.errors)}`);
    return elapsed;
  };
  // Warm up both paths (plans, pools, JIT), then measure pairs in a random order each.
  for (let i = 0; i < 300; i++) await time(i % 2 ? 'cookie' : 'token');
  const times: Record<keyof typeof variants, number[]> = { cookie: [], token: [] };
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < requests) {
        const order: (keyof typeof variants)[] = Math.random() < 0.5 ? ['cookie', 'token'] : ['token', 'cookie'];
        for (const name of order) times[name].push(await time(name));
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  const figures = Object.fromEntries(
    Object.entries(times).map(([name, list]) => {
      const sorted = [...list].sort((a, b) => a - b);
      return [name, { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99), requests: sorted.length }];
    }),
  ) as Record<keyof typeof variants, { p50: number; p95: number; p99: number; requests: number }>;
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  console.log(`token authentication vs session cookie: managedClients(first: ${page}) of ${clients} clients, ${requests} requests each, interleaved, ${concurrency} in flight, ${seconds.toFixed(1)} s`);
  for (const name of ['cookie', 'token'] as const) {
    const f = figures[name];
    console.log(`  ${name.padEnd(6)} p50 ${ms(f.p50)}  p95 ${ms(f.p95)}  p99 ${ms(f.p99)}`);
  }
  const p95 = figures.token.p95 - figures.cookie.p95;
  console.log(`  token − cookie: p50 ${ms(figures.token.p50 - figures.cookie.p50)}, p95 ${ms(p95)} (target ≤ 1 ms: ${p95 <= 1 ? 'met' : 'NOT met'}), p99 ${ms(figures.token.p99 - figures.cookie.p99)}`);
  console.log(`  load average during the run: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (2 cores shared)`);
}

runBenchmark(main);
