import { createHash } from 'node:crypto';
import { Pool, type PoolClient, type QueryResultRow } from 'pg';
import { DataSource, EntityManager, QueryFailedError, type QueryRunner } from 'typeorm';

/**
 * A read statement: `name` says what it is for (`catalog.product-page`), `text` is the SQL with
 * `$1…$n` placeholders, `values` fills them.
 */
export interface SqlStatement {
  name: string;
  text: string;
  values?: readonly unknown[];
}

/**
 * Where a read runs: the DataSource (the `pg` pool, outside any transaction), or the transaction's
 * EntityManager or QueryRunner, so that a read inside a mutation sees that mutation's writes.
 */
export type SqlReader = DataSource | EntityManager | QueryRunner;

/** PostgreSQL keeps identifiers, prepared statements' names included, to 63 bytes. */
const MAX_NAME = 63;
/** Prepared names per caller's name, then per text: no key built per call (the texts run to kilobytes). */
const names = new Map<string, Map<string, string>>();

/**
 * The name the statement is prepared under: the caller's name plus a hash of the text, so two
 * texts never share a name (pg refuses that on a connection that prepared the first one) and a
 * list whose SQL varies (with or without a search, after a cursor or not) gets one plan per
 * variant.
 */
function preparedName(statement: SqlStatement): string {
  let byText = names.get(statement.name);
  if (!byText) names.set(statement.name, (byText = new Map()));
  let name = byText.get(statement.text);
  if (!name) {
    const hash = createHash('sha256').update(statement.text).digest('base64url').slice(0, 12);
    name = `${statement.name.slice(0, MAX_NAME - hash.length - 1)}:${hash}`;
    byText.set(statement.text, name);
  }
  return name;
}

/**
 * The named reads' own connections: one pool per DataSource beside TypeORM's (same server, same
 * size), whose sessions plan prepared statements generically (`plan_cache_mode =
 * force_generic_plan`, set when the connection opens). PostgreSQL's plan cache otherwise plans a
 * prepared statement anew on every execution (a custom plan) whenever it estimates the generic
 * plan dearer, which a skewed table makes it do: one partner with twenty thousand partnerships
 * makes `partner_organization_id = $1` look large, and the managed clients' page then paid about
 * 1 ms of planning per request in a system of 200,000 organizations and nothing in one of 2,000
 * (bench:managed-clients --scale). These reads are written for plans that do not depend on their
 * values (keyset pages on the owner's index, `LIMIT first + 1`, access rules as SQL), so their
 * generic plan is the one wanted, planned once per connection. TypeORM's statements keep
 * PostgreSQL's own choice on TypeORM's pool.
 */
const readPools = new WeakMap<DataSource, Pool>();

/**
 * What every read connection sets first. `plan_cache_mode`: above. `random_page_cost = 1.1`:
 * PostgreSQL's default (4) prices a random page read as on a spinning disk, which makes a page's
 * index probes look dearer than hashing a whole table; with the data in memory or on SSD (where
 * PostgreSQL's own documentation suggests lowering it) the managed clients' page of 100 read
 * every organization to join 101 of them. A session setting: TypeORM's connections and the
 * server's other sessions keep the server's own.
 */
export const READ_SESSION_SETTINGS = 'SET plan_cache_mode = force_generic_plan; SET random_page_cost = 1.1';

function readPoolOf(dataSource: DataSource): Pool {
  let pool = readPools.get(dataSource);
  if (!pool) {
    const typeorms = (dataSource.driver as unknown as { master: Pool }).master;
    // Idle read connections never hold a process open (a test or a script that forgets closeReads).
    pool = new Pool({ ...typeorms.options, allowExitOnIdle: true });
    // The first statement of every new connection: pg runs a client's queries in order, so it
    // precedes the read the connection was opened for (should it fail, that read reports why).
    // Not a startup option, which a connection string's own `options` would replace.
    pool.on('connect', (client) => void client.query(READ_SESSION_SETTINGS).catch(() => undefined));
    // An idle connection the server ended (a restart) is dropped by the pool; nothing to answer.
    pool.on('error', () => undefined);
    readPools.set(dataSource, pool);
  }
  return pool;
}

/**
 * The connections a read holds right now, per pool. TypeORM does not know the read pool, and
 * `pool.end()` waits for them, so a stop behind a read stuck on a lock would never end.
 */
const inFlight = new WeakMap<Pool, Set<PoolClient>>();

/**
 * Ends the reads still running on `dataSource` (their queries fail with "Connection
 * terminated") and closes the read pool: called by a stop after its drain, before the
 * DataSource is destroyed, so that both pools end at once.
 */
export async function closeReads(dataSource: DataSource): Promise<void> {
  const pool = readPools.get(dataSource);
  if (!pool) return;
  readPools.delete(dataSource);
  const running = inFlight.get(pool);
  for (const client of running ?? []) client.release(true);
  running?.clear();
  await pool.end();
}

/**
 * Runs one read on PostgreSQL and maps each row through `map`: no entity hydration, no query
 * builder, just the SQL written in the owning context and a typed row mapper.
 *
 * On a DataSource (or its root manager) the statement goes to the read pool (readPoolOf) as a
 * NAMED prepared statement (`{ name, text, values }`): each connection parses and plans it once,
 * generically, later runs only bind and execute. Inside a transaction (its EntityManager or QueryRunner) it runs on the
 * transaction's connection through TypeORM's `query`, unnamed.
 *
 * Either way the statement passes through the DataSource's logger exactly as TypeORM's own
 * queries do, so it is counted (`extensions.sqlStatements`, see sql-statement-counter.ts),
 * traced, and reported when slow; a failure is a TypeORM `QueryFailedError` like any other.
 *
 * Name the columns: a `*` in a prepared statement fails ("cached plan must not change result
 * type") on connections that prepared it before a migration added a column.
 *
 * @example
 * ```ts
 * interface NameRow { id: string; name: string }
 * const names = await sqlRead(ctx.dataSource, {
 *   name: 'organizations.names',
 *   text: 'SELECT id, name FROM organization WHERE id = ANY($1::uuid[])',
 *   values: [ids],
 * }, (row: NameRow) => ({ id: row.id, name: row.name }));
 * ```
 */
export async function sqlRead<R extends QueryResultRow, T>(db: SqlReader, statement: SqlStatement, map: (row: R) => T): Promise<T[]> {
  const values = statement.values ? [...statement.values] : [];
  const inTransaction = transactionOf(db);
  if (inTransaction) return ((await inTransaction.query(statement.text, values)) as R[]).map(map);

  const dataSource = db instanceof EntityManager ? db.connection : (db as DataSource);
  const logger = dataSource.logger;
  logger.logQuery(statement.text, values);
  const started = Date.now();
  try {
    const pool = readPoolOf(dataSource);
    const client = await pool.connect();
    let running = inFlight.get(pool);
    if (!running) inFlight.set(pool, (running = new Set()));
    running.add(client);
    let result;
    try {
      result = await client.query<R>({ name: preparedName(statement), text: statement.text, values });
    } finally {
      // Not when a stop already destroyed it (closeReads): a client is released once.
      if (running.delete(client)) client.release();
    }
    const elapsed = Date.now() - started;
    const slowAfter = dataSource.options.maxQueryExecutionTime;
    if (slowAfter && elapsed > slowAfter) logger.logQuerySlow(elapsed, statement.text, values);
    return result.rows.map(map);
  } catch (error) {
    logger.logQueryError(error as Error, statement.text, values);
    throw new QueryFailedError(statement.text, values, error as Error);
  }
}

/** The transaction `db` stands for, if any: a QueryRunner, or an EntityManager bound to one. */
function transactionOf(db: SqlReader): EntityManager | QueryRunner | null {
  if (db instanceof DataSource) return null;
  if (db instanceof EntityManager) return db.queryRunner ? db : null;
  return db;
}
