/**
 * Apollo + TypeGraphQL (the API as deployed) against plain graphql-http on the same schema,
 * context, database and data, in one run: requests/s, latency percentiles, response size and SQL
 * statements per operation. Target: Apollo ≥ 0.95 × graphql-http.
 */
import 'reflect-metadata';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isDeepStrictEqual } from 'node:util';
import { spawn } from 'node:child_process';
import cookieParser from 'cookie-parser';
import express from 'express';
import { createHandler } from 'graphql-http/lib/use/express';
import pino from 'pino';
import { buildRequestContext } from '../../apps/api/src/graphql/context';
import { buildApiSchema } from '../../apps/api/src/graphql/schema';
import { startBenchApp } from './bench-fixture';

const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const connections = Number(process.env['BENCH_CONNECTIONS'] ?? 10);
const products = Number(process.env['BENCH_PRODUCTS'] ?? 100);

const QUERY = `query Products($id: ID!, $first: Int!) {
  organization(id: $id) { id name viewerRole products(first: $first) {
    totalCount
    edges { cursor node { id name category renewalDate publicPrice { amountMinor currency } } }
    pageInfo { hasNextPage endCursor } } } }`;

interface LoadResult {
  requests: { average: number };
  latency: { p50: number; p97_5: number; p99: number };
  non2xx: number;
  errors: number;
}

/** autocannon in its own process, so that the load generator does not share the servers' event loop. */
function load(url: string, cookie: string, body: string): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [require.resolve('autocannon/autocannon.js'), '--json', '-c', String(connections), '-d', String(seconds), '-m', 'POST',
        '-H', 'content-type=application/json', '-H', `cookie=${cookie}`, '-b', body, url],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', () => {
      try {
        const result = JSON.parse(output) as LoadResult;
        if (result.non2xx || result.errors) reject(new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`));
        else resolve(result);
      } catch (error) {
        reject(error);
      }
    });
  });
}

async function main(): Promise<void> {
  const app = await startBenchApp(products);
  const log = pino({ level: 'silent' });
  const baselineSchema = await buildApiSchema();
  const baseline = express();
  baseline.use(cookieParser());
  baseline.all(
    '/graphql',
    createHandler({
      schema: baselineSchema,
      context: (req) => {
        const raw = req.raw as express.Request;
        return buildRequestContext(raw, req.context.res, app.server.database.dataSource, log, () => app.server.url) as never;
      },
    }),
  );
  const baselineHttp = createServer(baseline);
  await new Promise<void>((resolve) => baselineHttp.listen(0, '127.0.0.1', resolve));
  const baselineUrl = `http://127.0.0.1:${(baselineHttp.address() as AddressInfo).port}/graphql`;
  const apolloUrl = `${app.server.url.replace('localhost', '127.0.0.1')}/graphql`;
  const body = JSON.stringify({ query: QUERY, variables: { id: app.organizationId, first: products } });

  // Both servers answer the same data (checked), then each is warmed up and measured in turn.
  const answers = await Promise.all(
    [apolloUrl, baselineUrl].map(async (url) =>
      (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie: app.cookie }, body })).text(),
    ),
  );
  if (!isDeepStrictEqual(JSON.parse(answers[0]), JSON.parse(answers[1]))) throw new Error(`the two servers answer differently:\n${answers[0].slice(0, 300)}\n${answers[1].slice(0, 300)}`);

  const statements = await startBenchApp(products, { EXPOSE_SQL_STATEMENTS: 'true' });
  const counted = await fetch(`${statements.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: statements.cookie },
    body: JSON.stringify({ query: QUERY, variables: { id: statements.organizationId, first: products } }),
  });
  const sqlStatements = ((await counted.json()) as { extensions?: { sqlStatements?: number } }).extensions?.sqlStatements;
  await statements.server.close();

  const rows: string[] = [];
  const measured: Record<string, number> = {};
  for (const [name, url] of [
    ['graphql-http (baseline)', baselineUrl],
    ['Apollo + TypeGraphQL', apolloUrl],
  ] as const) {
    await load(url, app.cookie, body).catch(() => undefined); // warm-up (JIT, pools, caches)
    const result = await load(url, app.cookie, body);
    measured[name] = result.requests.average;
    rows.push(
      `| ${name.padEnd(24)} | ${result.requests.average.toFixed(0).padStart(6)} | ${String(result.latency.p50).padStart(4)} ms | ${String(result.latency.p97_5).padStart(4)} ms | ${String(result.latency.p99).padStart(4)} ms |`,
    );
  }
  const ratio = measured['Apollo + TypeGraphQL'] / measured['graphql-http (baseline)'];
  console.log(`\norganization { products(first: ${products}) { … } }: ${answers[0].length} bytes per response, ${sqlStatements} SQL statements per operation`);
  console.log(`${connections} concurrent connections, ${seconds} s per server, after a warm-up of the same length\n`);
  console.log('| server                   |  req/s |     p50 |   p97.5 |     p99 |');
  console.log('| ------------------------ | -----: | ------: | ------: | ------: |');
  for (const row of rows) console.log(row);
  console.log(`\nApollo / graphql-http = ${ratio.toFixed(3)} (target ≥ 0.95)`);
  console.log(`memory: rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB (both servers; the load generator runs in its own process)`);

  await new Promise((resolve) => baselineHttp.close(resolve));
  await app.server.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
