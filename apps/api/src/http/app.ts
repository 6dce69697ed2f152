import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import express, { type Express, type Request, type Response } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { ApolloServer } from '@apollo/server';
import { withSqlStatementLog, type RequestContext } from '@manager/api-core';
import { exportRouter, invoicePdfRouter } from '@manager/api-billing';
import { dpaDownloadRouter, dpaVerificationRouter, operatorRouter } from '@manager/api-compliance';
import { leakedTokensRouter } from '@manager/api-tokens';
import type { TrustProxy } from '../config';
import { buildRequestContext } from '../graphql/context';
import { HTTP_LOG_SERIALIZERS } from '../logger';
import { bearerToken } from './bearer-token';
import { fileRouteAuthentication } from './file-route-authentication';
import { graphiqlAssets, graphiqlPage } from './graphiql';
import { inlineScriptSources } from './inline-scripts';
import { developerPages } from './developer-pages';
import { graphqlBodyErrors, jsonErrors, jsonNotFound } from './json-errors';
import { localizeGraphqlRefusals } from './localize-graphql-refusals';
import { spaRouter } from './spa';

export interface HttpAppOptions {
  apollo: ApolloServer<RequestContext>;
  dataSource: DataSource;
  log: Logger;
  webRoot: string;
  trustProxy: TrustProxy;
  /** Read per request: known only once the server listens (port 0 in tests). */
  publicUrl: () => string;
  /** Serve the developer pages (/dev/emails, loopback only): never in production, where /dev/* is a 404. */
  developerPages: boolean;
  /**
   * Open a SQL statement log per GraphQL request (EXPOSE_SQL_STATEMENTS: tests, benchmarks).
   * Off, no scope is opened: an AsyncLocalStorage scope switches on Node's promise hooks for the
   * whole process, a cost every promise of every request would pay for a count nobody reads.
   */
  countSqlStatements?: boolean;
}

/** The HTTP surface: health, GraphQL (+ GraphiQL for browsers) and the SPA. */
export function createHttpApp(options: HttpAppOptions): Express {
  const { apollo, dataSource, log } = options;
  const app = express();
  app.disable('x-powered-by');
  // The client IP (per-IP throttles) and req.secure (the __Host- cookie) come from the trusted hops only.
  if (options.trustProxy !== false) app.set('trust proxy', options.trustProxy);

  // The logger's redaction covers these lines; pino-http needs the redacting serializers itself.
  app.use(pinoHttp({ logger: log, serializers: HTTP_LOG_SERIALIZERS, autoLogging: { ignore: (req) => req.url === '/healthz' } }));
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          // Angular inserts component styles at run time; scripts stay 'self' plus the browser
          // check inlined in index.html, by its hash.
          'script-src': ["'self'", ...inlineScriptSources(options.webRoot)],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'font-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          // Upgrading would break plain-HTTP installs (localhost); HTTPS deployments get HSTS.
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  app.use(compression());

  app.get('/healthz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ok', database: 'ok' });
    } catch (error) {
      log.error({ err: error }, 'health check failed');
      res.status(503).json({ status: 'error', database: 'unreachable' });
    }
  });

  app.use(graphiqlAssets);
  app.use(
    '/graphql',
    graphiqlPage(),
    // Apollo's refusals that no plugin sees (CSRF, a body that is no GraphQL request) in the caller's language.
    localizeGraphqlRefusals,
    // Each GraphQL request gets its own statement log when the count is reported (see countSqlStatements).
    ...(options.countSqlStatements ? [(_req: unknown, _res: unknown, next: () => void) => withSqlStatementLog(next)] : []),
    cookieParser(),
    // API tokens: the Authorization header only; refused before the body is even parsed.
    bearerToken(dataSource),
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, { context: ({ req, res }) => buildRequestContext(req, res, dataSource, log, options.publicUrl) }),
  );
  // What the JSON parser refused: a GraphQL error with its 4xx status, not an HTML page.
  app.use('/graphql', graphqlBodyErrors);
  // Invoice PDFs: the same session cookie or API token and the same access policy as GraphQL.
  const contextOf = (req: Request, res: Response) => buildRequestContext(req, res, dataSource, log, options.publicUrl);
  app.use('/invoices', ...fileRouteAuthentication(dataSource), invoicePdfRouter(contextOf));
  // Billing exports (CSV, streamed): the same ways in, CSRF prevention for the cookie (it is a POST).
  app.use('/exports', ...fileRouteAuthentication(dataSource, { csrf: true }), exportRouter(contextOf));
  // The data processing agreement (GDPR certificate): generated by the organization's legal
  // responsible and administrators (session only), verified by anyone; the operator's public facts.
  app.use('/organizations', cookieParser(), dpaDownloadRouter(contextOf, options.publicUrl));
  app.use('/dpa-verification', dpaVerificationRouter(dataSource));
  app.use('/public', cookieParser(), operatorRouter(contextOf));
  // Public: secret scanners and finders report leaked tokens here (rate-limited per IP).
  app.use('/api-tokens', leakedTokensRouter(dataSource, options.publicUrl, log));
  app.use('/dev', developerPages(dataSource, { enabled: options.developerPages }));

  app.use(spaRouter(options.webRoot));
  app.use(jsonNotFound);
  app.use(jsonErrors(log));
  return app;
}
