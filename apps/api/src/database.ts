import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { createDataSource, outboxEntities, outboxMigrations, startEmbeddedPostgres, type EmbeddedDatabase } from '@manager/api-core';
import { billingEntities, billingMigrations } from '@manager/api-billing';
import { catalogEntities, catalogMigrations } from '@manager/api-catalog';
import { complianceEntities, complianceMigrations } from '@manager/api-compliance';
import { identityEntities, identityMigrations } from '@manager/api-identity';
import { organizationEntities, organizationMigrations } from '@manager/api-organizations';
import { partnerEntities, partnerMigrations } from '@manager/api-partners';

export const entities = [
  ...identityEntities,
  ...organizationEntities,
  ...catalogEntities,
  ...outboxEntities,
  ...complianceEntities,
  ...partnerEntities,
  ...billingEntities,
];
/**
 * Applied in timestamp order (TypeORM sorts them by the number in their name); sorted here the
 * same way, since a context's later migrations come after other contexts' earlier ones.
 */
export const migrations = [
  ...identityMigrations,
  ...organizationMigrations,
  ...catalogMigrations,
  ...outboxMigrations,
  ...complianceMigrations,
  ...partnerMigrations,
  ...billingMigrations,
].sort((a, b) => Number(/\d{13}$/.exec(a.name)?.[0]) - Number(/\d{13}$/.exec(b.name)?.[0]));

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
    const applied = await withMigrationLock(dataSource, () => dataSource.runMigrations({ transaction: 'each' }));
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
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
