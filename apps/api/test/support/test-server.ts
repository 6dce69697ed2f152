import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import pino from 'pino';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { settleApiTokenUses } from '@manager/api-tokens';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { startServer } from '../../src/server';
import { GraphQLTestClient } from './graphql-client';
import { LOG_FILE_SUFFIX, recordSecret } from './log-leaks';

export interface TestServer {
  url: string;
  dataSource: DataSource;
  /** The server's log so far, one parsed object per line (written with the real redaction). */
  logLines(): Promise<Record<string, any>[]>;
  /** A client with its own cookie jar, like a separate browser. */
  client(): GraphQLTestClient;
  /** Empties every table (migrations stay applied): each test starts from nothing. */
  reset(): Promise<void>;
  /** Stops like SIGTERM does (see RunningServer.close), then drops the database. */
  close(options?: { drainTimeoutMs?: number }): Promise<void>;
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

let servers = 0;

/**
 * The tokens in every link of every email still in the outbox (invitations, resets…), recorded for
 * the suite's log check before the rows are emptied: whatever test made them, none may be logged.
 */
async function recordEmailSecrets(dataSource: DataSource): Promise<void> {
  const rows: { text_body: string }[] = await dataSource.query(`SELECT text_body FROM email_outbox`);
  for (const { text_body } of rows) {
    for (const [, value] of text_body.matchAll(/[?&][A-Za-z]*token=([^&\s]+)/gi)) recordSecret(decodeURIComponent(value));
  }
}

/**
 * The logger `main.ts` builds (same redaction), writing to a file of the run's log folder, where
 * the global teardown looks for secrets. Level trace by default, SQL included: the more is
 * written, the more the check covers. Asynchronous writes in 8 kB chunks keep it cheap; `flush`
 * resolves once what is buffered is on disk.
 */
function testLogger(production: boolean) {
  const folder = process.env['TEST_LOG_DIR'];
  if (!folder) throw new Error('TEST_LOG_DIR is unset: run the API tests through Jest (global setup).');
  const testFile = basename((globalThis as { expect?: { getState(): { testPath?: string } } }).expect?.getState().testPath ?? 'unknown');
  servers += 1;
  const logFile = join(folder, `${testFile}.${process.pid}.${servers}${LOG_FILE_SUFFIX}`);
  const destination = pino.destination({ dest: logFile, sync: false, minLength: 8 * 1024 });
  const log = createLogger({ logLevel: process.env['TEST_LOG_LEVEL'] ?? 'trace', production }, destination);
  const flush = () => new Promise<void>((resolve, reject) => destination.flush((error) => (error ? reject(error) : resolve())));
  return { log, logFile, destination, flush };
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
    // Production refuses to start without one; every test server gets its own.
    TOKEN_HMAC_KEY: randomBytes(32).toString('base64'),
    ...env,
  });
  const { log, logFile, destination, flush } = testLogger(config.production);
  const server = await startServer(config, log);
  const dataSource = server.database.dataSource;
  const tables: { tablename: string }[] = await dataSource.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
  );
  return {
    url: server.url,
    dataSource,
    async logLines() {
      await flush();
      return readFileSync(logFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line));
    },
    client: () => new GraphQLTestClient(server.url),
    async reset() {
      // Writes a test's last token requests started after their answers would deadlock the TRUNCATE.
      await settleApiTokenUses();
      await recordEmailSecrets(dataSource);
      // Other writes that outlive their answer (a session's last activity, a security email queued
      // after the reply) can still hold a row lock when the TRUNCATE locks every table; PostgreSQL
      // then aborts one of the two. When it is the TRUNCATE, the other finishes: try again.
      const truncate = `TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`;
      for (let attempt = 1; ; attempt++) {
        try {
          await dataSource.query(truncate);
          return;
        } catch (error) {
          if ((error as { code?: string }).code !== '40P01' || attempt === 5) throw error;
          await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
        }
      }
    },
    async close(options) {
      await recordEmailSecrets(dataSource);
      await server.close(options);
      await database.drop();
      await flush();
      destination.end();
    },
  };
}
