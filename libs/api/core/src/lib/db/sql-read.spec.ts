import 'reflect-metadata';
import { type DataSource, QueryFailedError, type QueryRunner } from 'typeorm';
import { closeReads, sqlRead } from './sql-read';
import { countSqlStatements } from './sql-statement-counter';
import { openTestDataSource } from './test-data-source.spec-helper';

describe('sqlRead', () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;

  beforeAll(async () => ({ dataSource, close } = await openTestDataSource()));
  afterAll(() => close());

  const prepared = () =>
    sqlRead(dataSource, { name: 'spec.prepared', text: 'SELECT name, statement FROM pg_prepared_statements ORDER BY name' }, (row: { name: string; statement: string }) => row);

  it('runs a named prepared statement on the pool and maps each row', async () => {
    const text = 'SELECT n, n * $1::int AS times FROM generate_series(1, 3) AS n';
    const rows = await sqlRead(dataSource, { name: 'spec.times', text, values: [10] }, (row: { n: number; times: number }) => `${row.n}→${row.times}`);
    expect(rows).toEqual(['1→10', '2→20', '3→30']);
    // The pool has one connection: the statement is prepared there, under its name.
    expect((await prepared()).filter((row) => row.name.startsWith('spec.times:'))).toEqual([{ name: expect.any(String), statement: text }]);
    expect(await sqlRead(dataSource, { name: 'spec.times', text, values: [2] }, (row: { times: number }) => row.times)).toEqual([2, 4, 6]);
    expect((await prepared()).filter((row) => row.name.startsWith('spec.times:'))).toHaveLength(1);
  });

  it('plans its statements generically, with in-memory page costs, on connections of its own; TypeORM keeps the default plan choice', async () => {
    const text = "SELECT current_setting('plan_cache_mode') AS mode, current_setting('random_page_cost') AS cost, pg_backend_pid() AS pid";
    const [read] = await sqlRead(dataSource, { name: 'spec.plan-mode', text }, (row: { mode: string; cost: string; pid: number }) => row);
    const [typeorm] = (await dataSource.query(text)) as { mode: string; cost: string; pid: number }[];
    expect(read).toMatchObject({ mode: 'force_generic_plan', cost: '1.1' });
    expect(typeorm.mode).toBe('auto');
    expect(read.pid).not.toBe(typeorm.pid);
  });

  it('closeReads ends a read in flight and the read pool; a later read opens a new one', async () => {
    const stuck = sqlRead(dataSource, { name: 'spec.sleep', text: 'SELECT pg_sleep(30) AS slept' }, (row) => row).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    await closeReads(dataSource);
    expect(await stuck).toBeInstanceOf(QueryFailedError);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await sqlRead(dataSource, { name: 'spec.after', text: 'SELECT 1 AS one' }, (row: { one: number }) => row.one)).toEqual([1]);
  });

  it('gives two texts under one name two statements (pg refuses one name for two texts)', async () => {
    const one = await sqlRead(dataSource, { name: 'spec.variant', text: 'SELECT 1 AS v' }, (row: { v: number }) => row.v);
    const two = await sqlRead(dataSource, { name: 'spec.variant', text: 'SELECT 2 AS v' }, (row: { v: number }) => row.v);
    expect([one, two]).toEqual([[1], [2]]);
    expect((await prepared()).filter((row) => row.name.startsWith('spec.variant:'))).toHaveLength(2);
  });

  it('counts its statements where TypeORM counts its own (extensions.sqlStatements)', async () => {
    const { statements } = await countSqlStatements(async () => {
      await sqlRead(dataSource, { name: 'spec.count', text: 'SELECT 1 AS one' }, (row) => row);
      await dataSource.query('SELECT 2 AS two');
      await sqlRead(dataSource.manager, { name: 'spec.count', text: 'SELECT 3 AS three' }, (row) => row);
    });
    expect(statements).toEqual(['SELECT 1 AS one', 'SELECT 2 AS two', 'SELECT 3 AS three']);
  });

  it('reads inside a transaction, on its connection, seeing its writes (manager or query runner)', async () => {
    const { result, statements } = await countSqlStatements(() =>
      dataSource.transaction(async (tx) => {
        await tx.query('CREATE TEMPORARY TABLE spec_tx (x int) ON COMMIT DROP');
        await tx.query('INSERT INTO spec_tx VALUES (41)');
        const viaManager = await sqlRead(tx, { name: 'spec.tx', text: 'SELECT x + 1 AS y FROM spec_tx' }, (row: { y: number }) => row.y);
        const viaRunner = await sqlRead(tx.queryRunner as QueryRunner, { name: 'spec.tx', text: 'SELECT x + 2 AS y FROM spec_tx' }, (row: { y: number }) => row.y);
        return [...viaManager, ...viaRunner];
      }),
    );
    expect(result).toEqual([42, 43]);
    expect(statements).toContain('SELECT x + 1 AS y FROM spec_tx');
    expect(statements).toContain('SELECT x + 2 AS y FROM spec_tx');
  });

  it('fails as TypeORM does (QueryFailedError with the driver error), counted as TypeORM counts a failure', async () => {
    const text = 'SELECT nope FROM nowhere';
    const ours = await countSqlStatements(() => sqlRead(dataSource, { name: 'spec.broken', text }, (row) => row).catch((error: unknown) => error));
    const typeorms = await countSqlStatements(() => dataSource.query(text).catch((error: unknown) => error));
    expect(ours.result).toBeInstanceOf(QueryFailedError);
    expect((ours.result as QueryFailedError).driverError).toMatchObject({ code: '42P01' });
    expect(ours.statements).toEqual(typeorms.statements);
    expect(ours.statements.length).toBeGreaterThan(0);
  });
});
