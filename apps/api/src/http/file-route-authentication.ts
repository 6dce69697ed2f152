import cookieParser from 'cookie-parser';
import type { RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import { sendJsonError } from '@manager/api-core';
import { API_TOKEN_RATE } from '@manager/api-tokens';
import { bearerToken } from './bearer-token';

/** Content types a browser may send cross-site without a preflight (the CSRF rule of Apollo Server). */
const SIMPLE_CONTENT_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);
const PREFLIGHT_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'];

/**
 * CSRF prevention for a cookie request that changes or exports something, the same rule as
 * /graphql: a form or a plain cross-site fetch cannot set `Content-Type: application/json` or a
 * custom header without a CORS preflight, which this server never grants. A request carrying an
 * API token needs none (a browser never adds the Authorization header by itself).
 */
const csrfPrevention: RequestHandler = (req, res, next) => {
  if (req.method === 'GET' || req.method === 'HEAD' || req.headers.authorization !== undefined) return next();
  const contentType = req.headers['content-type']?.split(';')[0].trim().toLowerCase();
  if (contentType && !SIMPLE_CONTENT_TYPES.has(contentType)) return next();
  if (PREFLIGHT_HEADERS.some((header) => req.headers[header] !== undefined)) return next();
  sendJsonError(res, 400, 'BAD_REQUEST', 'This request has been blocked as a potential Cross-Site Request Forgery (CSRF): send it with Content-Type: application/json.');
};

/**
 * Who calls a file route (invoice PDFs, exports): the session cookie, or `Authorization: Bearer`
 * authenticated and charged its fixed cost here (401/429 before the route runs; the route's
 * policy then checks the token's scopes, e.g. EXPORTS). `csrf`: for POST routes used with the cookie.
 *
 * @example app.use('/exports', ...fileRouteAuthentication(dataSource, { csrf: true }), exportRouter(contextOf));
 */
export function fileRouteAuthentication(dataSource: DataSource, options: { csrf?: boolean } = {}): RequestHandler[] {
  return [cookieParser(), bearerToken(dataSource, { chargeFiles: API_TOKEN_RATE.fileCost }), ...(options.csrf ? [csrfPrevention] : [])];
}
