import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { logTransport, smtpTransport } from '@manager/api-core';
import { setVatVerifier, viesRestVerifier } from '@manager/api-organizations';
import { setOperatorConfig } from '@manager/api-compliance';
import { configureSecondFactors } from '@manager/api-identity';
import { configureApiTokens, settleApiTokenUses } from '@manager/api-tokens';
import type { Config } from './config';
import { apiContexts } from './contexts';
import { openDatabase, type Database } from './database';
import { createApolloServer } from './graphql/apollo';
import { buildApiSchema } from './graphql/schema';
import { createHttpHandler } from './http/handler';

export interface RunningServer {
  url: string;
  database: Database;
  http: Server;
  /**
   * Stops gracefully: no new connection is accepted, requests in flight finish (for at most
   * `drainTimeoutMs`, then their connections are cut), the contexts' jobs end their current run
   * (the outbox worker its current email, releasing the rest of its batch), then the pool closes.
   */
  close(options?: { drainTimeoutMs?: number }): Promise<void>;
}

/**
 * How long a stop waits for requests in flight. Below Docker's and Kubernetes' default grace
 * period (10 s and 30 s) so that the process exits on its own before it is killed.
 */
export const DRAIN_TIMEOUT_MS = 8000;

/** Opens the database, builds the schema and listens. Used by `main.ts` and by the API tests. */
export async function startServer(config: Config, log: Logger): Promise<RunningServer> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, log });
  setOperatorConfig(config.operator);
  setVatVerifier(config.viesUrl ? viesRestVerifier(config.viesUrl, { timeoutMs: config.viesTimeoutMs }) : null);
  configureApiTokens({ hmacKey: config.tokenHmacKey, pointsPerMinute: config.tokenRatePointsPerMinute });
  // The same environment secret, under keys of their own (HKDF), seals authenticator-app secrets and recovery codes.
  configureSecondFactors({ secretKey: config.tokenHmacKey });
  try {
    const schema = await buildApiSchema();
    const apollo = createApolloServer(schema, {
      log,
      production: config.production,
      exposeSqlStatements: config.exposeSqlStatements,
    });
    await apollo.start();
    let publicUrl = config.publicUrl ?? '';
    const handler = createHttpHandler({
      apollo,
      dataSource: database.dataSource,
      log,
      webRoot: config.webRoot,
      trustProxy: config.trustProxy,
      publicUrl: () => publicUrl,
      developerPages: !config.production,
      countSqlStatements: config.exposeSqlStatements,
    });
    const http = createServer(handler);
    http.keepAliveTimeout = 65_000;
    let stopping = false;
    // Once stopping, a keep-alive connection is closed as soon as its response is written, so
    // that close() ends when the last request in flight does, not when clients hang up.
    http.on('request', (_req, res) => res.once('finish', () => stopping && setImmediate(() => http.closeIdleConnections())));
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(config.port, config.host, resolve);
    });
    const { port } = http.address() as AddressInfo;
    const url = `http://localhost:${port}`;
    publicUrl ||= url;
    const transport = config.smtpUrl ? smtpTransport(config.smtpUrl, config.mailFrom) : logTransport(log);
    // The contexts' jobs (the outbox worker, the partnership reminders) send or queue emails:
    // they all run where the outbox worker is switched on.
    const dependencies = { dataSource: database.dataSource, log, publicUrl: () => publicUrl, transport };
    const jobs = config.outboxWorker ? apiContexts.flatMap((context) => context.jobs ?? []).map((start) => start(dependencies)) : [];
    return {
      url,
      database,
      http,
      async close({ drainTimeoutMs = DRAIN_TIMEOUT_MS } = {}) {
        stopping = true;
        const drained = new Promise<void>((resolve) => http.close(() => resolve()));
        http.closeIdleConnections();
        const cut = setTimeout(() => {
          log.warn({ drainTimeoutMs }, 'requests still in flight after the drain timeout: closing their connections');
          http.closeAllConnections();
        }, drainTimeoutMs);
        void drained.then(() => clearTimeout(cut));
        // The jobs stop alongside: the worker ends the email it is sending and releases the rest.
        await Promise.all([drained, ...jobs.map((job) => job.stop())]);
        // The API tokens' last-use writes started after answers already sent.
        await settleApiTokenUses();
        await apollo.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
