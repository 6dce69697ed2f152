/**
 * The API as deployed (`startServer`: Express, Apollo, every plugin, the real pool), in a process
 * of its own with the probe installed. Started by the benchmarks (server-process.ts) on the
 * run's database: BENCH_DATABASE_URL. Production settings, silent logs, no outbox worker; a
 * benchmark may switch on EXPOSE_SQL_STATEMENTS, off by default (the probe counts statements).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { loadConfig } from '../../apps/api/src/config';
import { startServer } from '../../apps/api/src/server';
import { installProbe, reportReady } from './server-probe';

async function main(): Promise<void> {
  installProbe();
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: process.env['BENCH_DATABASE_URL'] ?? '',
    DEMO_SEED: 'false',
    OUTBOX_WORKER: 'false',
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    EXPOSE_SQL_STATEMENTS: process.env['EXPOSE_SQL_STATEMENTS'] ?? 'false',
    // Production refuses to start without the API tokens' key; a benchmark's tokens live one run.
    TOKEN_HMAC_KEY: process.env['TOKEN_HMAC_KEY'] ?? randomBytes(32).toString('base64'),
    ...(process.env['TOKEN_RATE_POINTS_PER_MINUTE'] ? { TOKEN_RATE_POINTS_PER_MINUTE: process.env['TOKEN_RATE_POINTS_PER_MINUTE'] } : {}),
  });
  if (!config.databaseUrl) throw new Error('BENCH_DATABASE_URL is not set: the benchmark gives the server its database');
  const server = await startServer(config, pino({ level: 'silent' }));
  process.once('SIGTERM', () => void server.close({ drainTimeoutMs: 1000 }).finally(() => process.exit(0)));
  reportReady(`${server.url.replace('localhost', '127.0.0.1')}/graphql`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
