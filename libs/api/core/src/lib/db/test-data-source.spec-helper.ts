import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source';
import { closeReads } from './sql-read';

/**
 * A real PostgreSQL for the unit specs that run SQL (the global setup provides it), in a schema
 * of its own (first on every connection's search_path, dropped on close): the tables a spec
 * creates there are seen by TypeORM's connection and by sqlRead's, which are different sessions
 * (sql-read.ts keeps a pool of its own for reads), where a temporary table would be seen by one.
 * TypeORM's pool has one connection, so prepared statements stay visible from one query to the next.
 */
export async function openTestDataSource(): Promise<{ dataSource: DataSource; close(): Promise<void> }> {
  const url = process.env['TEST_DATABASE_URL'];
  if (!url) throw new Error('TEST_DATABASE_URL is unset: run the specs through Jest (global setup).');
  const schema = `spec_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE SCHEMA ${schema}`);
  const inSchema = new URL(url);
  inSchema.searchParams.set('options', `-c search_path=${schema},public`);
  const dataSource = createDataSource({ url: inSchema.toString(), entities: [], migrations: [], log: pino({ level: 'silent' }), poolSize: 1 });
  await dataSource.initialize();
  return {
    dataSource,
    async close() {
      await closeReads(dataSource);
      await dataSource.destroy();
      await admin(`DROP SCHEMA ${schema} CASCADE`);
    },
  };
}
