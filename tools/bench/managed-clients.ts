/**
 * bench:managed-clients — `managedClients` at scale, the API against its floor in the same run.
 *
 * The API (apps/api as deployed, product-server.ts) and the floor (floor-server.ts: node:http +
 * pg, one hand-written SQL statement per request) run in processes of their own on one database
 * and answer the same operations; every answer is checked to be the same JSON, then each
 * scenario is measured interleaved (A/B/A/B, interleaved.ts) with one load generator. Per server:
 * req/s, p50/p95/p99, Node CPU ms and MB allocated per request (the server's own, from its probe),
 * SQL statements per request, PostgreSQL's CPU per request; then the ratios API/floor against the
 * targets of issue 10.
 *
 * Default: a partner with BENCH_CLIENTS (10,000) clients among BENCH_OTHER_ORGS (2,000) other
 * organizations; first page by name, a page 9,000 deep, a search, the first page by date (20
 * clients each), 100 clients with their products. BENCH_EXPLAIN=1 adds the plans of the API's
 * statements for each scenario.
 *
 * `--scale` (or BENCH_MODE=scale): a partner with 50 clients, first page by name, in a database
 * with BENCH_OTHER_ORGS (2,000) and in one beside it with BENCH_SCALE_OTHER_ORGS (200,000) other
 * organizations, the API and floor of each measured interleaved: p95 and CPU of both and their
 * same-run ratio (target ≤ 1.2×), with EXPLAIN (ANALYZE, BUFFERS) of the API's statements
 * (shared buffers hit + read per page).
 */
import 'reflect-metadata';
import { isDeepStrictEqual } from 'node:util';
import { livePartnershipCondition, visibleProductsCondition } from '@manager/api-core';
import { ROLES_ACTING_FOR_PARTNER } from '@manager/domain';
import { runBenchmark } from './bench-cleanup';
import { openBenchDatabase, openSiblingDatabase, seedBenchUser, signIn, type BenchDatabase } from './bench-fixture';
import { explainStatements, type ExplainedStatement } from './explain';
import type { FloorPolicySql } from './floor-server';
import { type Figures, measureInterleaved, type RunSettings, settingsFromEnv } from './interleaved';
import { LIST, type ListVariables, WITH_PRODUCTS } from './managed-clients.queries';
import { seedClients, seedOtherOrganizations, settle } from './managed-clients.seed';
import { FIGURE_HEADER, figureCells, fixed, loadAverage, oneLine, table, times, verdict } from './report';
import type { CapturedStatement } from './server-probe';
import { benchNodeFlagsLine } from './deployed-node-flags';
import { startServerProcess, type ServerProcess } from './server-process';

const clients = Number(process.env['BENCH_CLIENTS'] ?? 10_000);
const otherOrganizations = Number(process.env['BENCH_OTHER_ORGS'] ?? 2_000);
const scaleOtherOrganizations = Number(process.env['BENCH_SCALE_OTHER_ORGS'] ?? 200_000);
const SCALE_CLIENTS = 50;

/** The access policy's own SQL conditions, handed to the floor (which loads nothing of the API). */
const POLICY_SQL: FloorPolicySql = {
  liveListed: livePartnershipCondition('ps'),
  liveCounted: livePartnershipCondition('c'),
  visibleProducts: visibleProductsCondition('p', 'actor.subject'),
  actingRoles: `(${ROLES_ACTING_FOR_PARTNER.map((role) => `'${role}'`).join(', ')})`,
};

interface Contenders {
  api: ServerProcess;
  floor: ServerProcess;
  cookie: string;
}

async function startContenders(db: BenchDatabase): Promise<Contenders> {
  const api = await startServerProcess('API', 'product-server.ts', { BENCH_DATABASE_URL: db.url });
  const floor = await startServerProcess('floor', 'floor-server.ts', { BENCH_DATABASE_URL: db.url, FLOOR_POLICY_SQL: JSON.stringify(POLICY_SQL) });
  return { api, floor, cookie: await signIn(api.url) };
}

async function post(url: string, cookie: string, body: string): Promise<string> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
  const text = await response.text();
  if (response.status !== 200 || JSON.parse(text).errors) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 500)}`);
  return text;
}

interface Scenario {
  name: string;
  query: string;
  variables: ListVariables | { partner: string; first: number };
  /** Target: API p95 at most this many times the floor's. */
  p95Target: number;
  /** Target: at most this many SQL statements per request. */
  sqlTarget?: number;
}

interface Measured {
  scenario: Scenario;
  api: Figures;
  floor: Figures;
  statements: CapturedStatement[];
  explained: ExplainedStatement[] | null;
}

/** Both servers answer the same data (checked), then both are measured, interleaved. */
async function measureScenario(db: BenchDatabase, contenders: Contenders, scenario: Scenario, settings: RunSettings, explain: boolean): Promise<Measured> {
  const { api, floor, cookie } = contenders;
  const body = JSON.stringify({ query: scenario.query, variables: scenario.variables });
  const apiAnswer = await post(api.url, cookie, body);
  const floorAnswer = await post(floor.url, cookie, body);
  if (!isDeepStrictEqual(JSON.parse(apiAnswer).data, JSON.parse(floorAnswer).data)) {
    throw new Error(`${scenario.name}: the floor answers differently from the API\nAPI:   ${apiAnswer.slice(0, 400)}\nfloor: ${floorAnswer.slice(0, 400)}`);
  }
  const statements = await api.captureStatements(() => post(api.url, cookie, body));
  const [apiFigures, floorFigures] = await measureInterleaved(
    [
      { server: api, expectBody: apiAnswer },
      { server: floor, expectBody: floorAnswer },
    ],
    { body, headers: { 'content-type': 'application/json', cookie } },
    settings,
  );
  const explained = explain ? await explainStatements(db.url, statements) : null;
  return { scenario, api: apiFigures, floor: floorFigures, statements, explained };
}

function printStatements(measured: readonly Measured[]): void {
  console.log('\nSQL statements the API sends for one request:');
  for (const { scenario, statements } of measured) {
    console.log(`\n${scenario.name}: ${statements.length}`);
    statements.forEach((statement, i) => console.log(`  ${i + 1}. ${statement.name ? `[${statement.name}] ` : ''}${oneLine(statement.text)}`));
  }
}

function printPlans(title: string, explained: readonly ExplainedStatement[], withPlans: (statement: ExplainedStatement) => boolean): void {
  const hit = explained.reduce((sum, statement) => sum + statement.sharedHit, 0);
  const read = explained.reduce((sum, statement) => sum + statement.sharedRead, 0);
  console.log(`\n${title}: shared buffers hit ${hit} + read ${read} = ${hit + read} for the page (${explained.length} statements)`);
  console.log(
    table(
      ['statement', 'hit', 'read', 'exec ms'],
      explained.map((statement) => [statement.label, String(statement.sharedHit), String(statement.sharedRead), fixed(statement.executionMs, 3)]),
    ),
  );
  for (const statement of explained.filter(withPlans)) console.log(`\n${statement.label}\n${statement.plan}`);
}

/** A cursor `depth` clients deep, reached by paging the API 100 at a time. */
async function cursorAt(contenders: Contenders, partner: string, depth: number): Promise<string | null> {
  let after: string | null = null;
  for (let i = 0; i < depth / 100; i++) {
    const page = JSON.parse(await post(contenders.api.url, contenders.cookie, JSON.stringify({ query: LIST, variables: { partner, first: 100, after } })));
    after = page.data.managedClients.pageInfo.endCursor;
  }
  return after;
}

async function defaultMode(settings: (pid: number | null) => RunSettings): Promise<void> {
  const startedAt = loadAverage();
  const db = await openBenchDatabase();
  const run = settings(db.postmasterPid);
  const seeding = Date.now();
  const partner = await seedBenchUser(db.dataSource, 0);
  await seedClients(db.dataSource, partner, clients);
  await seedOtherOrganizations(db.dataSource, partner, 1, otherOrganizations);
  await settle(db.dataSource);
  const seeded = (Date.now() - seeding) / 1000;
  const contenders = await startContenders(db);
  const deep = await cursorAt(contenders, partner, Math.min(9_000, Math.floor((clients * 0.9) / 100) * 100));
  const live = JSON.parse(await post(contenders.api.url, contenders.cookie, JSON.stringify({ query: LIST, variables: { partner, first: 1 } }))).data.managedClients.totalCount;

  const scenarios: Scenario[] = [
    { name: 'first page by name (20)', query: LIST, variables: { partner, first: 20 }, p95Target: 1.5 },
    { name: `page ${Math.min(9_000, Math.floor((clients * 0.9) / 100) * 100).toLocaleString('en')} deep by name (20)`, query: LIST, variables: { partner, first: 20, after: deep }, p95Target: 1.5 },
    { name: 'search "lient 012" (20)', query: LIST, variables: { partner, first: 20, search: 'lient 012' }, p95Target: 1.5 },
    { name: 'first page by date (20)', query: LIST, variables: { partner, first: 20, orderBy: 'SINCE' }, p95Target: 1.5 },
    { name: '100 clients + products(first: 10)', query: WITH_PRODUCTS, variables: { partner, first: 100 }, p95Target: 2, sqlTarget: 4 },
  ];
  const measured: Measured[] = [];
  // BENCH_ONLY: the scenarios whose name contains it (a profile of one of them, while developing).
  const only = process.env['BENCH_ONLY'];
  for (const scenario of scenarios.filter((candidate) => !only || candidate.name.includes(only))) {
    measured.push(await measureScenario(db, contenders, scenario, run, !!process.env['BENCH_EXPLAIN']));
    console.error(`measured: ${scenario.name}`);
  }

  console.log(`\nbench:managed-clients — ${live.toLocaleString('en')} live clients of one partner among ${(clients + otherOrganizations).toLocaleString('en')} organizations (seeded in ${seeded.toFixed(1)} s)`);
  console.log(`${run.connections} concurrent requests; per server: ${run.warmupSeconds} s warm-up, then ${run.rounds} × ${run.seconds} s, interleaved A/B`);
  console.log(benchNodeFlagsLine());
  console.log(`load average: at start ${startedAt}; at end ${loadAverage()}\n`);
  console.log(
    table(
      ['scenario', 'server', ...FIGURE_HEADER],
      measured.flatMap(({ scenario, api, floor }) => [
        [scenario.name, 'API', ...figureCells(api)],
        ['', 'floor', ...figureCells(floor)],
      ]),
      (i) => i > 1,
    ),
  );
  console.log('\nAPI / floor, same run (targets of issue 10):\n');
  console.log(
    table(
      ['scenario', 'req/s', 'p95', 'p95 target', '', 'CPU/req', 'CPU target', '', 'MB/req', 'SQL/req', 'SQL target', ''],
      measured.map(({ scenario, api, floor, statements }) => {
        const p95 = api.p95 / floor.p95;
        const cpu = api.cpuMs / floor.cpuMs;
        return [
          scenario.name,
          times(api.rps / floor.rps),
          times(p95),
          `≤ ${scenario.p95Target}×`,
          verdict(p95, scenario.p95Target, 'atMost'),
          times(cpu),
          '≤ 4×',
          verdict(cpu, 4, 'atMost'),
          times(api.allocMB / floor.allocMB),
          String(statements.length),
          scenario.sqlTarget ? `≤ ${scenario.sqlTarget}` : '',
          scenario.sqlTarget ? verdict(statements.length, scenario.sqlTarget, 'atMost') : '',
        ];
      }),
      (i) => i > 0,
    ),
  );
  printStatements(measured);
  for (const { scenario, explained } of measured) {
    if (explained) printPlans(`EXPLAIN (ANALYZE, BUFFERS), ${scenario.name}`, explained, () => true);
  }
}

/** One system size of --scale: its own database, API and floor, and the request for its partner. */
interface ScaleSize {
  others: number;
  seconds: number;
  db: BenchDatabase;
  contenders: Contenders;
  body: string;
  apiAnswer: string;
  floorAnswer: string;
}

async function seedScaleSize(db: BenchDatabase, others: number): Promise<ScaleSize> {
  const seeding = Date.now();
  const partner = await seedBenchUser(db.dataSource, 0);
  await seedClients(db.dataSource, partner, SCALE_CLIENTS);
  await seedOtherOrganizations(db.dataSource, partner, 1, others);
  await settle(db.dataSource);
  const seconds = (Date.now() - seeding) / 1000;
  console.error(`seeded ${others.toLocaleString('en')} other organizations (${seconds.toFixed(1)} s)`);
  const contenders = await startContenders(db);
  const body = JSON.stringify({ query: LIST, variables: { partner, first: 20 } });
  const apiAnswer = await post(contenders.api.url, contenders.cookie, body);
  const floorAnswer = await post(contenders.floor.url, contenders.cookie, body);
  if (!isDeepStrictEqual(JSON.parse(apiAnswer).data, JSON.parse(floorAnswer).data)) {
    throw new Error(`${others} others: the floor answers differently from the API\nAPI:   ${apiAnswer.slice(0, 400)}\nfloor: ${floorAnswer.slice(0, 400)}`);
  }
  return { others, seconds, db, contenders, body, apiAnswer, floorAnswer };
}

/**
 * Both sizes at once: one database with BENCH_OTHER_ORGS others and a sibling on the same
 * PostgreSQL with BENCH_SCALE_OTHER_ORGS, each with its API and floor, the four measured
 * interleaved (API small, API large, floor small, floor large, again…): the ratio large/small is
 * a same-run ratio, as the API/floor ones are, and not the drift of a shared machine between
 * two runs.
 */
async function scaleMode(settings: (pid: number | null) => RunSettings): Promise<void> {
  const startedAt = loadAverage();
  const smallDb = await openBenchDatabase();
  const largeDb = await openSiblingDatabase(smallDb);
  const run = settings(smallDb.postmasterPid);
  const small = await seedScaleSize(smallDb, otherOrganizations);
  const large = await seedScaleSize(largeDb, scaleOtherOrganizations);
  const sizes = [small, large];
  const statements = await Promise.all(sizes.map((size) => size.contenders.api.captureStatements(() => post(size.contenders.api.url, size.contenders.cookie, size.body))));
  const headers = (size: ScaleSize) => ({ 'content-type': 'application/json', cookie: size.contenders.cookie });
  const figures = await measureInterleaved(
    [
      ...sizes.map((size) => ({ server: size.contenders.api, expectBody: size.apiAnswer, request: { body: size.body, headers: headers(size) } })),
      ...sizes.map((size) => ({ server: size.contenders.floor, expectBody: size.floorAnswer, request: { body: size.body, headers: headers(size) } })),
    ],
    { body: small.body, headers: headers(small) },
    run,
  );
  const [apiSmall, apiLarge, floorSmall, floorLarge] = figures;
  const explained = await Promise.all(sizes.map((size, i) => explainStatements(size.db.url, statements[i])));

  console.log(`\nbench:managed-clients --scale — a partner with ${SCALE_CLIENTS} clients, first page by name (20), in a system of ${small.others.toLocaleString('en')} and of ${large.others.toLocaleString('en')} other organizations side by side`);
  console.log(`${run.connections} concurrent requests; per server: ${run.warmupSeconds} s warm-up, then ${run.rounds} × ${run.seconds} s, the four servers interleaved`);
  console.log(benchNodeFlagsLine());
  console.log(`load average: at start ${startedAt}; at end ${loadAverage()}\n`);
  console.log(
    table(
      ['other organizations', 'seeded in', 'server', ...FIGURE_HEADER],
      [
        [small.others.toLocaleString('en'), `${small.seconds.toFixed(1)} s`, 'API', ...figureCells(apiSmall)],
        ['', '', 'floor', ...figureCells(floorSmall)],
        [large.others.toLocaleString('en'), `${large.seconds.toFixed(1)} s`, 'API', ...figureCells(apiLarge)],
        ['', '', 'floor', ...figureCells(floorLarge)],
      ],
      (i) => i !== 2,
    ),
  );
  const ratioRows = [
    ['API', apiSmall, apiLarge, true],
    ['floor', floorSmall, floorLarge, false],
  ].map(([name, atSmall, atLarge, target]) => {
    const p95 = (atLarge as Figures).p95 / (atSmall as Figures).p95;
    const cpu = (atLarge as Figures).cpuMs / (atSmall as Figures).cpuMs;
    return [name as string, times(p95), target ? verdict(p95, 1.2, 'atMost') : '', times(cpu), target ? verdict(cpu, 1.2, 'atMost') : ''];
  });
  console.log(`\n${large.others.toLocaleString('en')} / ${small.others.toLocaleString('en')} other organizations, same run (target for the API: ≤ 1.2×):\n`);
  console.log(table(['server', 'p95', '', 'CPU/req', ''], ratioRows));
  printStatements(sizes.map((size, i) => ({ scenario: { name: `first page by name (20), ${size.others.toLocaleString('en')} others`, query: LIST, variables: { partner: '', first: 20 }, p95Target: 1.5 }, api: figures[i], floor: figures[2 + i], statements: statements[i], explained: explained[i] })));
  for (const [i, size] of sizes.entries()) {
    printPlans(`EXPLAIN (ANALYZE, BUFFERS), API, ${size.others.toLocaleString('en')} others`, explained[i], (statement) => /\bLIMIT\b/i.test(statement.plan) || /page/.test(statement.label));
  }
}

runBenchmark(async () => {
  const scale = process.argv.includes('--scale') || process.env['BENCH_MODE'] === 'scale';
  await (scale ? scaleMode(settingsFromEnv) : defaultMode(settingsFromEnv));
});
