import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import compression from 'compression';
import type { Express, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '@manager/api-core';
import { buildRequestContext } from '../graphql/context';
import { graphqlRequestSteps } from './graphql-request-steps';
import { graphqlBodyErrors, jsonErrors } from './json-errors';
import { localizedRefusal } from './localize-graphql-refusals';
import { runMiddlewares } from './middleware-chain';
import type { RequestLogging } from './request-log';
import type { HeaderList } from './security-headers';

export interface GraphqlLaneOptions {
  app: Express;
  apollo: ApolloServer<RequestContext>;
  dataSource: DataSource;
  log: Logger;
  logging: RequestLogging;
  securityHeaders: HeaderList;
  publicUrl: () => string;
  countSqlStatements?: boolean;
}

/** The requests the lane answers: POST /graphql, exactly (the SPA's and the scripts' operations). */
export function isGraphqlPost(req: IncomingMessage): boolean {
  const url = req.url ?? '';
  return req.method === 'POST' && url.startsWith('/graphql') && (url.length === 8 || url[8] === '?');
}

/**
 * POST /graphql without Express's router: the same steps the app's /graphql mount runs, in the
 * same order and mostly the same middlewares (compression, cookie-parser, the bearer token check
 * before the body is read, the JSON body with express.json's 100 kB limit and coded refusals), on Express's own
 * request and response prototypes, so that `req.ip` and `req.secure` (proxy-addr with the app's
 * compiled `trust proxy`), `res.cookie` and `sendJsonError` behave exactly as on the app. What it
 * saves per request: the router's walk over every mount, pino-http's child logger (see
 * requestLogging), helmet's middlewares (their headers are computed once), the `res.send` of
 * Apollo's Express integration (an ETag hashed over every answer, useless on a POST) and the
 * integration's URL parse.
 */
export function graphqlLane(options: GraphqlLaneOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const { app, apollo, dataSource, log } = options;
  const context = (req: Request, res: Response) => buildRequestContext(req, res, dataSource, log, options.publicUrl);
  const answer: RequestHandler = async (req, res) => {
    const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: graphqlRequest(req), context: () => context(req, res) });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      // Apollo's refusals that no plugin sees (CSRF, a body that is no GraphQL request) in the caller's language.
      const body = localizedRefusal(res, response.body.string);
      res.setHeader('content-length', Buffer.byteLength(body));
      res.end(body);
      return;
    }
    for await (const chunk of response.body.asyncIterator) {
      res.write(chunk);
      (res as Response & { flush?: () => void }).flush?.();
    }
    res.end();
  };
  const compress = compression();
  const handlers: RequestHandler[] = [
    // Without Accept-Encoding, compression never compresses (it enforces identity): it only adds
    // Vary to a JSON answer (all of this lane's), which is done here without wrapping the response.
    (req, res, next) => (req.headers['accept-encoding'] === undefined ? (res.vary('Accept-Encoding'), next()) : compress(req, res, next)),
    ...graphqlRequestSteps({ dataSource, countSqlStatements: options.countSqlStatements }),
    answer,
  ];
  const errorHandlers = [graphqlBodyErrors, jsonErrors(log)];
  return (incoming, outgoing) => {
    const req = incoming as Request;
    const res = outgoing as Response;
    // What Express's app.handle and router do before the first middleware: the circular
    // references, its prototypes, res.locals, the URLs and (no route) empty params, which the request log shows.
    req.res = res;
    res.req = req;
    Object.setPrototypeOf(req, app.request);
    Object.setPrototypeOf(res, app.response);
    res.locals = Object.create(null);
    req.originalUrl = req.url;
    req.baseUrl = '';
    req.params = {};
    options.logging.lane(req, res);
    for (const [name, value] of options.securityHeaders) res.setHeader(name, value);
    runMiddlewares(req, res, handlers, errorHandlers, (error) => {
      // Only an error the JSON error handler could not answer (its headers already sent) ends here.
      if (error !== undefined) res.destroy();
    });
  };
}

/** What Apollo reads of the request: method, headers (repeated ones joined, as the Express integration does), query string, parsed body. */
function graphqlRequest(req: Request): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const name in req.headers) {
    const value = req.headers[name];
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = req.url;
  const query = url.indexOf('?');
  return { method: 'POST', headers, search: query < 0 ? '' : url.slice(query), body: req.body };
}
