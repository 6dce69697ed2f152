import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config';
import { startServer } from '../../src/server';
import { GraphQLTestClient } from './graphql-client';

export interface TestServer {
  url: string;
  dataSource: DataSource;
  /** A client with its own cookie jar, like a separate browser. */
  client(): GraphQLTestClient;
  /** Empties every table (migrations stay applied): each test starts from nothing. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env['TEST_ADMIN_DATABASE_URL'];
  if (!url) throw new Error('TEST_ADMIN_DATABASE_URL is unset: run the API tests through Jest (global setup).');
  return url;
}

async function admin<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A database of its own for one test file, created empty. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `manager_test_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** Boots the real API (migrations included) on a free port over a fresh database. */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: database.url,
    DEMO_SEED: 'false',
    EXPOSE_SQL_STATEMENTS: 'true',
    WEB_ROOT: '/nonexistent-web-root',
    ...env,
  });
  const log = pino({ level: process.env['TEST_LOG_LEVEL'] ?? 'silent' });
  const server = await startServer(config, log);
  const dataSource = server.database.dataSource;
  const tables: { tablename: string }[] = await dataSource.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
  );
  return {
    url: server.url,
    dataSource,
    client: () => new GraphQLTestClient(server.url),
    async reset() {
      await dataSource.query(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`);
    },
    async close() {
      await server.close();
      await database.drop();
    },
  };
}
