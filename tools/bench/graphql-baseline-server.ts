/**
 * The baseline of bench:graphql: the API's GraphQL without Apollo and Express. `node:http` and
 * the API's executor in a process of its own, doing everything the API does for an operation and nothing
 * else, with the API's own pieces:
 * - the same schema (`buildApiSchema`), pool and database (`openDatabase`), request context
 *   (`buildRequestContext`: the session, fresh loaders) and error formatter;
 * - a document cache: each query text is parsed (with the API's token bound) and validated
 *   (graphql-js's rules and the API's depth and alias limits) once;
 * - per request, the API's operation guard (`guardOperation`: introspection rule, variables and
 *   argument text, the cost check), then the API's executor (`jitExecutor`: graphql-jit, each
 *   operation compiled once, as the API runs it behind Apollo);
 * - a JSON body of at most 100 kB, as `express.json` takes it; refusals found before execution
 *   are HTTP 400 as in the API.
 * What it leaves out is what the comparison measures: Express and its middleware (pino-http,
 * helmet, compression, cookie-parser), Apollo's request pipeline and plugins, the per-request SQL
 * counting scope.
 */
import 'reflect-metadata';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type DocumentNode,
  getOperationAST,
  GraphQLError,
  type GraphQLFormattedError,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import pino from 'pino';
import type { Request, Response } from 'express';
import { openDatabase } from '../../apps/api/src/database';
import { OPERATION_PARSE_OPTIONS, OPERATION_VALIDATION_RULES } from '../../apps/api/src/graphql/apollo';
import { buildRequestContext } from '../../apps/api/src/graphql/context';
import { createErrorFormatter } from '../../apps/api/src/graphql/format-error';
import { jitExecutor } from '../../apps/api/src/graphql/jit-gateway';
import { guardOperation } from '../../apps/api/src/graphql/operation-guard.plugin';
import { buildApiSchema } from '../../apps/api/src/graphql/schema';
import { primeOwnRoles } from '@manager/api-core';
import { installProbe, reportReady } from './server-probe';

const PRODUCTION = true;
const BODY_LIMIT = 100 * 1024;

type Cached = { document: DocumentNode; errors: readonly GraphQLError[] } | { document: null; errors: readonly GraphQLError[] };

function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const name = part.slice(0, at).trim();
    if (!(name in cookies)) {
      try {
        cookies[name] = decodeURIComponent(part.slice(at + 1).trim());
      } catch {
        cookies[name] = part.slice(at + 1).trim();
      }
    }
  }
  return cookies;
}

/** What buildRequestContext and the session cookie writer read of Express's request and response. */
function expressShims(req: IncomingMessage, res: ServerResponse): { request: Request; response: Response } {
  const request = Object.assign(req, {
    cookies: parseCookies(req.headers.cookie),
    secure: false,
    ip: req.socket.remoteAddress,
    // Express's req.get for the headers the context reads (user-agent, accept-language).
    get: (name: string) => req.headers[name.toLowerCase()],
  });
  const setCookies: string[] = [];
  const cookie = (name: string, value: string, options: { expires?: Date; maxAge?: number } = {}) => {
    const expires = options.expires ? `; Expires=${options.expires.toUTCString()}` : '';
    setCookies.push(`${name}=${encodeURIComponent(value)}; Path=/${expires}; HttpOnly; SameSite=Lax`);
    res.setHeader('set-cookie', setCookies);
  };
  const response = Object.assign(res, {
    // What the API's bearer-token middleware leaves for the context: nothing, the benchmark signs in with the cookie.
    locals: {},
    cookie,
    clearCookie: (name: string) => cookie(name, '', { expires: new Date(0) }),
  });
  return { request: request as unknown as Request, response: response as unknown as Response };
}

async function main(): Promise<void> {
  installProbe();
  const log = pino({ level: 'silent' });
  const database = await openDatabase({ databaseUrl: process.env['BENCH_DATABASE_URL'] ?? null, dataDir: '', log });
  const dataSource = database.dataSource;
  const schema = await buildApiSchema();
  const formatError = createErrorFormatter(log, { production: PRODUCTION });
  const documents = new Map<string, Cached>();
  // The API's own executor (graphql-jit, compiled once per cached document), as the API runs it behind Apollo.
  const execute = jitExecutor(schema);

  const prepare = (query: string): Cached => {
    let cached = documents.get(query);
    if (!cached) {
      try {
        const document = parse(query, OPERATION_PARSE_OPTIONS);
        cached = { document, errors: validate(schema, document, [...specifiedRules, ...OPERATION_VALIDATION_RULES]) };
      } catch (error) {
        cached = { document: null, errors: [error as GraphQLError] };
      }
      documents.set(query, cached);
    }
    return cached;
  };

  const format = (errors: readonly GraphQLError[]): GraphQLFormattedError[] =>
    errors.map((error) => {
      const formatted = error.toJSON();
      if (formatted.extensions?.['http']) {
        const { http: _http, ...extensions } = formatted.extensions;
        return formatError({ ...formatted, extensions }, error);
      }
      return formatError(formatted, error);
    });

  const reply = (res: ServerResponse, status: number, body: unknown) => {
    const json = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
    res.end(json);
  };
  const refuse = (res: ServerResponse, status: number, message: string, code: string) => reply(res, status, { errors: [{ message, extensions: { code } }] });

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.url?.split('?')[0] !== '/graphql' || req.method !== 'POST') return refuse(res, 404, 'Not found.', 'NOT_FOUND');
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return refuse(res, 415, 'Send the operation as JSON.', 'BAD_REQUEST');
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > BODY_LIMIT) return refuse(res, 413, 'The request is too large.', 'BAD_REQUEST');
      chunks.push(chunk as Buffer);
    }
    let body: { query?: unknown; variables?: unknown; operationName?: unknown };
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return refuse(res, 400, 'The body is not valid JSON.', 'BAD_REQUEST');
    }
    if (Array.isArray(body) || typeof body?.query !== 'string') return refuse(res, 400, 'Send one operation: { "query": "…" }.', 'BAD_REQUEST');
    const variables = (body.variables ?? undefined) as Record<string, unknown> | undefined;
    const operationName = typeof body.operationName === 'string' ? body.operationName : undefined;
    const { request, response } = expressShims(req, res);
    const contextValue = await buildRequestContext(request, response, dataSource, log, () => `http://${req.headers.host}`);
    const { document, errors } = prepare(body.query);
    if (!document || errors.length) return reply(res, 400, { errors: format(errors) });
    const operation = getOperationAST(document, operationName);
    if (!operation) return refuse(res, 400, 'Name the operation to run.', 'BAD_REQUEST');
    try {
      guardOperation({ schema, document, operation, operationName, variables, signedIn: !!contextValue.actor }, { production: PRODUCTION });
      // As the API's guard does for a query: the session's own roles prime the access policy.
      if (operation.operation === 'query') primeOwnRoles(contextValue);
    } catch (error) {
      if (error instanceof GraphQLError) return reply(res, 400, { errors: format([error]) });
      throw error;
    }
    const result = await execute(document, operationName, variables, contextValue);
    // Variables that do not fit their types: no data at all, a request error (HTTP 400), as in the API.
    if (!('data' in result) || result.data === undefined) return reply(res, 400, { errors: format(result.errors ?? []) });
    reply(res, 200, result.errors?.length ? { errors: format(result.errors), data: result.data } : { data: result.data });
  }

  const server = createServer((req, res) => {
    answer(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) refuse(res, 500, 'Something went wrong on our side. Please try again.', 'INTERNAL_SERVER_ERROR');
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.once('SIGTERM', () => {
    server.closeAllConnections();
    server.close();
    void database.close().finally(() => process.exit(0));
  });
  reportReady(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
