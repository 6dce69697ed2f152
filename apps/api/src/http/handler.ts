import type { RequestListener } from 'node:http';
import { createHttpApp, type HttpAppOptions } from './app';
import { graphqlLane, isGraphqlPost } from './graphql-lane';
import { requestLogging } from './request-log';
import { precomputedSecurityHeaders, securityHeaderOptions } from './security-headers';

/**
 * What the HTTP server runs: POST /graphql on the GraphQL lane (graphql-lane.ts: the app's
 * /graphql steps without Express's router), everything else (GET /graphql and GraphiQL included) on the Express app.
 */
export function createHttpHandler(options: HttpAppOptions): RequestListener {
  const logging = requestLogging(options.log);
  const helmetOptions = securityHeaderOptions(options.webRoot);
  const app = createHttpApp(options, { logging, securityHeaders: helmetOptions });
  const lane = graphqlLane({
    app,
    apollo: options.apollo,
    dataSource: options.dataSource,
    log: options.log,
    logging,
    securityHeaders: precomputedSecurityHeaders(helmetOptions),
    publicUrl: options.publicUrl,
    countSqlStatements: options.countSqlStatements,
  });
  return (req, res) => (isGraphqlPost(req) ? lane(req, res) : app(req, res));
}
