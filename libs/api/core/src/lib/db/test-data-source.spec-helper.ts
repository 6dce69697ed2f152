import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source';
import { closeReads } from './sql-read';

/**
 * A real PostgreSQL for the unit specs that run SQL (the global setup provides it). One
 * connection (pool of 1), so temporary tables and prepared statements stay visible from one
 * query to the next; the specs create only temporary tables.
 */
export async function openTestDataSource(): Promise<{ dataSource: DataSource; close(): Promise<void> }> {
  const url = process.env['TEST_DATABASE_URL'];
  if (!url) throw new Error('TEST_DATABASE_URL is unset: run the specs through Jest (global setup).');
  const dataSource = createDataSource({ url, entities: [], migrations: [], log: pino({ level: 'silent' }), poolSize: 1 });
  await dataSource.initialize();
  return { dataSource, close: async () => (await closeReads(dataSource), await dataSource.destroy()) };
}
