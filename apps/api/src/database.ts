import { MigrationExecutor, type DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { createDataSource, orderMigrations, closeReads, startEmbeddedPostgres, type EmbeddedDatabase } from '@manager/api-core';
import { apiContexts } from './contexts';

export const entities = apiContexts.flatMap((context) => context.entities);
/** Every context's migrations in their declared order: the chain of their `runsAfter`. */
export const migrations = orderMigrations(apiContexts.flatMap((context) => context.migrations));

export interface Database {
  dataSource: DataSource;
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
}

/**
 * Several API processes may start at once on one database (a rolling deploy, `--scale app=3`):
 * each would see the same pending migrations and run them twice. A session-level advisory lock,
 * held on its own connection around the run, makes the others wait, then find nothing to do.
 */
async function withMigrationLock<T>(dataSource: DataSource, run: () => Promise<T>): Promise<T> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query(`SELECT pg_advisory_lock(hashtext('manager:migrations'))`);
    try {
      return await run();
    } finally {
      await lock.query(`SELECT pg_advisory_unlock(hashtext('manager:migrations'))`);
    }
  } finally {
    await lock.release();
  }
}

/**
 * TypeORM applies pending migrations by the timestamp in their names, whatever it is given. A
 * migration whose timestamp disagrees with its `runsAfter` (a branch that waited before merging)
 * would run out of its declared order: refuse to start, before anything is applied.
 */
async function assertPendingInDeclaredOrder(dataSource: DataSource): Promise<void> {
  const pending = (await new MigrationExecutor(dataSource).getPendingMigrations()).map((migration) => migration.name);
  const declared = migrations.map((migration) => migration.name).filter((name) => pending.includes(name));
  if (pending.join() !== declared.join()) {
    throw new Error(
      `The pending migrations would run as ${pending.join(', ')} but are declared as ${declared.join(', ')}: give the newest migration the newest timestamp, or fix its runsAfter.`,
    );
  }
}

/**
 * Connects to `databaseUrl`, or starts the embedded PostgreSQL when there is none, then brings
 * the schema up to date with the migrations (never `synchronize`).
 */
export async function openDatabase(options: { databaseUrl: string | null; dataDir: string; log: Logger }): Promise<Database> {
  const embedded = options.databaseUrl ? null : await startEmbeddedPostgres(options.dataDir);
  if (embedded) options.log.info({ dataDir: options.dataDir }, 'embedded PostgreSQL started');
  const dataSource = createDataSource({
    url: options.databaseUrl ?? (embedded as EmbeddedDatabase).url,
    entities,
    migrations,
    log: options.log,
  });
  try {
    await dataSource.initialize();
    const applied = await withMigrationLock(dataSource, async () => {
      await assertPendingInDeclaredOrder(dataSource);
      return dataSource.runMigrations({ transaction: 'each' });
    });
    if (applied.length) options.log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    embedded,
    async close() {
      await closeReads(dataSource);
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
