import { AsyncResource } from 'node:async_hooks';
import express, { type Request, type RequestHandler } from 'express';

/** express.json's `100kb`. */
export const GRAPHQL_BODY_LIMIT = 100 * 1024;

const PLAIN_JSON = /^application\/json(?:\s*;\s*charset="?utf-8"?)?$/i;

/** A refusal as body-parser makes it: what graphqlBodyErrors reads is its `type` and `status`. */
function bodyError(status: number, type: string, message: string): Error {
  return Object.assign(new Error(message), { status, statusCode: status, expose: true, type });
}

/**
 * The JSON body of a GraphQL POST, as `express.json({ limit: '100kb' })` reads it, with a short
 * way for what every client sends (UTF-8 JSON, its length announced, not compressed): read the
 * bytes and JSON.parse them, without body-parser's media-type, charset and decoder machinery per
 * request. Everything else (another charset, a compressed or chunked body, no length, over the
 * limit, empty) goes to body-parser itself, with its refusals. Both refuse alike what is no JSON
 * object or array (strict mode: `entity.parse.failed`).
 */
export function graphqlJsonBody(): RequestHandler {
  const parser = express.json({ limit: GRAPHQL_BODY_LIMIT });
  return (req, res, next) => {
    const { headers } = req;
    const length = Number(headers['content-length']);
    const plain =
      length > 0 && length <= GRAPHQL_BODY_LIMIT && headers['content-encoding'] === undefined && headers['transfer-encoding'] === undefined && PLAIN_JSON.test(headers['content-type'] ?? '');
    if (!plain) return parser(req, res, next);
    readPlainJson(req, length, next);
  };
}

function readPlainJson(req: Request, length: number, onRead: (error?: unknown) => void): void {
  // The body's events run in the socket's async context: go on in the request's (the SQL
  // statement log's scope, see withSqlStatementLog), as raw-body does for body-parser. A resource
  // of its own rather than AsyncResource.bind, which also defines deprecated accessors on every
  // function it binds (two util.deprecate wrappers per request).
  const scope = new AsyncResource('graphql-json-body');
  const next = (error?: unknown) => scope.runInAsyncScope(onRead, undefined, error);
  const chunks: Buffer[] = [];
  let received = 0;
  let settled = false;
  const settle = (error?: unknown) => {
    if (settled) return;
    settled = true;
    req.removeListener('data', onData);
    req.removeListener('end', onEnd);
    req.removeListener('close', onClose);
    next(error);
  };
  const onData = (chunk: Buffer) => {
    received += chunk.length;
    chunks.push(chunk);
  };
  const onEnd = () => {
    // Node's parser never hands over more than Content-Length; fewer only when the client stopped.
    if (received !== length) return settle(bodyError(400, 'request.size.invalid', 'request size did not match content length'));
    let text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, received)).toString('utf8');
    // body-parser's decoder (iconv-lite) drops a byte order mark.
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      return settle(bodyError(400, 'entity.parse.failed', (error as Error).message));
    }
    // Strict, as body-parser: only an object or an array (a batch, which Apollo then refuses).
    if (body === null || typeof body !== 'object') return settle(bodyError(400, 'entity.parse.failed', 'the body is no JSON object or array'));
    req.body = body;
    settle();
  };
  const onClose = () => {
    if (!req.complete) settle(bodyError(400, 'request.aborted', 'request aborted'));
  };
  req.on('data', onData);
  req.on('end', onEnd);
  req.on('close', onClose);
}
