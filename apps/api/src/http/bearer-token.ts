import type { RequestHandler, Response } from 'express';
import type { DataSource } from 'typeorm';
import { sendJsonError } from '@manager/api-core';
import { type AuthenticatedToken, authenticateApiToken, parseToken, rateLimitHeaders, TOKEN_REFUSALS } from '@manager/api-tokens';
import type { ParsedToken } from '@manager/api-tokens';
import { readSessionToken } from './session-cookie';

/**
 * `Authorization: Bearer <token>` on /graphql and the file routes — the only place an API token
 * is read (never from a cookie or the query string). Mount it after the cookie parser:
 * - no Authorization header: the request goes on as before (session cookie or nobody);
 * - a session cookie AND an Authorization header: 400, the caller must pick one;
 * - anything but `Bearer <token>`, or a token whose format or checksum is wrong: 401
 *   UNAUTHENTICATED with `WWW-Authenticate: Bearer`, before any database access, worded exactly
 *   like an unknown token or a wrong secret (TOKEN_REFUSALS.INVALID);
 * - on /graphql, a well-formed token is checked by the operation guard, in the same statement as
 *   the charge of the operation's cost (`res.locals.apiTokenCandidate`);
 * - on a file route (`chargeFiles`: its fixed cost), it is checked and charged here
 *   (`res.locals.apiToken`): 401 when refused, 429 with Retry-After when its budget is spent.
 */
export function bearerToken(dataSource: DataSource, options: { chargeFiles?: number } = {}): RequestHandler {
  return async (req, res, next) => {
    const header = req.headers.authorization;
    if (header === undefined) return next();
    try {
      if (readSessionToken(req) !== undefined) {
        return sendJsonError(res, 400, 'BAD_REQUEST', 'Send either the session cookie or an API token (Authorization: Bearer), not both.');
      }
      const match = /^Bearer +([^\s]+) *$/i.exec(header);
      if (!match) return refuse(res, 'Send the API token as "Authorization: Bearer <token>".');
      const parsed = parseToken(match[1]);
      if (!parsed) return refuse(res, TOKEN_REFUSALS.INVALID, 'invalid_token');
      if (!options.chargeFiles) {
        res.locals['apiTokenCandidate'] = parsed;
        return next();
      }
      const result = await authenticateApiToken(dataSource, parsed, options.chargeFiles);
      if (!result.ok) return refuse(res, TOKEN_REFUSALS[result.refusal], 'invalid_token');
      res.set(rateLimitHeaders(result.charge));
      if (!result.charge.accepted) {
        return sendJsonError(res, 429, 'TOO_MANY_REQUESTS', `This token has spent its request budget. Try again in ${result.charge.retryAfterSeconds} s.`);
      }
      res.locals['apiToken'] = result.token;
      next();
    } catch (error) {
      next(error);
    }
  };
}

function refuse(res: Response, message: string, error?: string): void {
  res.set('WWW-Authenticate', error ? `Bearer realm="manager", error="${error}"` : 'Bearer realm="manager"');
  sendJsonError(res, 401, 'UNAUTHENTICATED', message);
}

/** What `bearerToken` found: a token already authenticated (file routes) or one to check with its operation (GraphQL). */
export function requestApiToken(res: Response): { authenticated?: AuthenticatedToken; candidate?: ParsedToken } {
  return { authenticated: res.locals['apiToken'] as AuthenticatedToken | undefined, candidate: res.locals['apiTokenCandidate'] as ParsedToken | undefined };
}
