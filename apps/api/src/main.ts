import 'reflect-metadata';
import { seedDemoData, DEMO_LOGINS, DEMO_PASSWORD } from '@manager/demo-seed';
import { writeFileSync } from 'node:fs';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { buildApiSchema, printApiSchema } from './graphql/schema';
import { DRAIN_TIMEOUT_MS, startServer } from './server';

async function main(): Promise<void> {
  // `node main.js --emit-schema FILE` writes the schema the SPA's codegen reads, then exits.
  const emitAt = process.argv.indexOf('--emit-schema');
  if (emitAt > 0) {
    const file = process.argv[emitAt + 1] ?? 'apps/api/schema.graphql';
    writeFileSync(file, printApiSchema(await buildApiSchema()));
    console.log(`schema written to ${file}`);
    return;
  }
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config);
  const startedAt = Date.now();
  const server = await startServer(config, log);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    // Past the drain timeout only an email still being sent (bounded by the SMTP timeouts) or a
    // database that does not answer can hold the stop; exiting then is safe: PostgreSQL rolls back
    // the worker's transaction and its claimed emails are PENDING again for another instance.
    setTimeout(() => {
      log.error('stop timed out: exiting with work unfinished');
      process.exit(1);
    }, DRAIN_TIMEOUT_MS + 1500).unref();
    try {
      await server.close();
      log.info({ signal }, 'stopped');
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'unclean stop');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  if (config.demoSeed && (await seedDemoData(server.database.dataSource))) {
    log.info('demo data seeded');
  }
  log.info({ url: server.url, ms: Date.now() - startedAt }, 'Manager is ready');
  if (config.demoSeed) {
    const rows = DEMO_LOGINS.map((login) => `  ${login.email.padEnd(34)} ${login.description}`).join('\n');
    process.stdout.write(
      `\n  Manager ready at ${server.url}   (GraphQL playground: ${server.url}/graphql)\n\n` +
        `  Demo logins (password for all: ${DEMO_PASSWORD})\n${rows}\n\n`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
