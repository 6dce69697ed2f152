import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { sendJsonError } from '@manager/api-core';

/** What body-parser's errors mean to a client (the `type` it sets on each of them). */
const BODY_ERRORS: Record<string, { status: number; message: string }> = {
  'entity.parse.failed': { status: 400, message: 'The request body is not a JSON object. Send {"query": "…", "variables": {…}}.' },
  'entity.too.large': { status: 413, message: 'The request body is too large.' },
  'charset.unsupported': { status: 415, message: 'Send the request body as UTF-8 JSON.' },
  'encoding.unsupported': { status: 415, message: 'This content encoding is not supported; send gzip, deflate, br or none.' },
};

/**
 * Body-parser's refusals on /graphql as GraphQL errors (BAD_REQUEST) with their HTTP status,
 * instead of Express's HTML page with a stack trace. Anything else goes on to `jsonErrors`.
 */
export const graphqlBodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
  const type = (error as { type?: unknown }).type;
  const status = Number((error as { status?: unknown }).status);
  const known = typeof type === 'string' ? BODY_ERRORS[type] : undefined;
  if (known) return sendJsonError(res, known.status, 'BAD_REQUEST', known.message);
  // body-parser's other 4xx (aborted request, bad length…): the client's doing too.
  if (typeof type === 'string' && status >= 400 && status < 500) return sendJsonError(res, status, 'BAD_REQUEST', 'The request body could not be read.');
  next(error);
};

/** Last in line for what nobody answered (no HTML "Cannot GET" page): JSON 404. */
export const jsonNotFound: RequestHandler = (_req, res) => sendJsonError(res, 404, 'NOT_FOUND', 'Nothing here.');

/**
 * Last error handler: a client's mistake Express noticed (a 4xx error) answered as such, any
 * other error logged and answered 500 without details, always in JSON, never a stack page.
 */
export function jsonErrors(log: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const status = Number((error as { status?: unknown; statusCode?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode);
    if (status >= 400 && status < 500) return sendJsonError(res, status, 'BAD_REQUEST', 'This request is not valid.');
    ((req as { log?: Logger }).log ?? log).error({ err: error }, 'unexpected HTTP error');
    sendJsonError(res, 500, 'INTERNAL_SERVER_ERROR', 'Something went wrong on our side. Please try again.');
  };
}
