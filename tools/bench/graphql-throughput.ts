/**
 * bench:graphql — what Apollo + Express cost over the same execution without them.
 *
 * The API as deployed (product-server.ts) against a graphql-js baseline on node:http
 * (graphql-baseline-server.ts) with the API's schema, context, document cache, operation limits
 * and cost check, each in a process of its own on one database. Both must answer the same JSON,
 * then they are measured interleaved (A/B/A/B) with one load generator (interleaved.ts): req/s,
 * p50/p95/p99, and each server's own CPU, allocations and SQL statements per request.
 * Targets (issue 10): API ≥ 0.95 × the baseline's req/s, p99 ≤ 1.1 × the baseline's.
 */
import 'reflect-metadata';
import { isDeepStrictEqual } from 'node:util';
import { runBenchmark } from './bench-cleanup';
import { openBenchDatabase, seedBenchUser, signIn } from './bench-fixture';
import { measureInterleaved, settingsFromEnv } from './interleaved';
import { FIGURE_HEADER, figureCells, loadAverage, table, times, verdict } from './report';
import { benchNodeFlagsLine } from './deployed-node-flags';
import { startServerProcess } from './server-process';

const products = Number(process.env['BENCH_PRODUCTS'] ?? 100);

const QUERY = `query Products($id: ID!, $first: Int!) {
  organization(id: $id) { id name viewerRole products(first: $first) {
    totalCount
    edges { cursor node { id name category renewalDate publicPrice { amountMinor currency } } }
    pageInfo { hasNextPage endCursor } } } }`;

runBenchmark(async () => {
  const startedAt = loadAverage();
  const db = await openBenchDatabase();
  const run = settingsFromEnv(db.postmasterPid);
  const organizationId = await seedBenchUser(db.dataSource, products);
  const api = await startServerProcess('API', 'product-server.ts', { BENCH_DATABASE_URL: db.url });
  const baseline = await startServerProcess('baseline', 'graphql-baseline-server.ts', { BENCH_DATABASE_URL: db.url });
  const cookie = await signIn(api.url);
  const headers = { 'content-type': 'application/json', cookie };
  const body = JSON.stringify({ query: QUERY, variables: { id: organizationId, first: products } });

  const [apiAnswer, baselineAnswer] = await Promise.all(
    [api, baseline].map(async (server) => {
      const response = await fetch(server.url, { method: 'POST', headers, body });
      const text = await response.text();
      if (response.status !== 200 || JSON.parse(text).errors) throw new Error(`${server.name} answered ${response.status}: ${text.slice(0, 400)}`);
      return text;
    }),
  );
  if (!isDeepStrictEqual(JSON.parse(apiAnswer), JSON.parse(baselineAnswer))) {
    throw new Error(`the two servers answer differently:\nAPI:      ${apiAnswer.slice(0, 300)}\nbaseline: ${baselineAnswer.slice(0, 300)}`);
  }

  const [apiFigures, baselineFigures] = await measureInterleaved(
    [
      { server: api, expectBody: apiAnswer },
      { server: baseline, expectBody: baselineAnswer },
    ],
    { body, headers },
    run,
  );
  const rps = apiFigures.rps / baselineFigures.rps;
  const p99 = apiFigures.p99 / baselineFigures.p99;

  console.log(`\nbench:graphql — organization { products(first: ${products}) { … } }: ${apiAnswer.length} bytes per response`);
  console.log(`${run.connections} concurrent requests; per server: ${run.warmupSeconds} s warm-up, then ${run.rounds} × ${run.seconds} s, interleaved A/B`);
  console.log(benchNodeFlagsLine());
  console.log(`load average: at start ${startedAt}; at end ${loadAverage()}\n`);
  console.log(
    table(
      ['server', ...FIGURE_HEADER],
      [
        ['API (Apollo + Express + TypeGraphQL)', ...figureCells(apiFigures)],
        ['baseline (node:http + the API executor)', ...figureCells(baselineFigures)],
      ],
    ),
  );
  console.log('\nAPI / baseline, same run (targets of issue 10):\n');
  console.log(
    table(
      ['req/s', 'target', '', 'p95', 'p99', 'target', '', 'CPU/req', 'MB/req'],
      [
        [
          times(rps),
          '≥ 0.95×',
          verdict(rps, 0.95, 'atLeast'),
          times(apiFigures.p95 / baselineFigures.p95),
          times(p99),
          '≤ 1.1×',
          verdict(p99, 1.1, 'atMost'),
          times(apiFigures.cpuMs / baselineFigures.cpuMs),
          times(apiFigures.allocMB / baselineFigures.allocMB),
        ],
      ],
      () => true,
    ),
  );
});
