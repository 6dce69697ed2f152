import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../src/lib/db/embedded-postgres';

export interface EmbeddedRun {
  database: EmbeddedDatabase;
  dataDir: string;
}

/**
 * The specs that run SQL (sql-read, keyset-page) need a real PostgreSQL: DATABASE_URL when set,
 * else an embedded one for the run, started here in plain Node (embedded-postgres is an ES
 * module, which Jest's sandbox cannot load). The specs create only temporary tables.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env['DATABASE_URL']) {
    process.env['TEST_DATABASE_URL'] = process.env['DATABASE_URL'];
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'manager-api-core-test-'));
  const database = await startEmbeddedPostgres(dataDir);
  Object.assign(globalThis, { __embeddedDatabase__: { database, dataDir } satisfies EmbeddedRun });
  process.env['TEST_DATABASE_URL'] = database.url;
}
