import type { RequestHandler, Response } from 'express';
import type { DataSource } from 'typeorm';
import { sendJsonError } from '@manager/api-core';
import { type AuthenticatedToken, authenticateApiToken, chargeApiToken, rateLimitHeaders, TOKEN_REFUSALS } from '@manager/api-tokens';
import { readSessionToken } from './session-cookie';

/**
 * `Authorization: Bearer <token>` on /graphql and the file routes — the only place an API token
 * is read (never from a cookie or the query string). Mount it after the cookie parser:
 * - no Authorization header: the request goes on as before (session cookie or nobody);
 * - a session cookie AND an Authorization header: 400, the caller must pick one;
 * - anything but `Bearer <token>`, or a token refused: 401 UNAUTHENTICATED with
 *   `WWW-Authenticate: Bearer` and the same JSON shape as every error. Unknown, malformed and
 *   wrong-secret tokens get one and the same message (see TOKEN_REFUSALS);
 * - a token that passed: `res.locals.apiToken`, read by the context builder.
 * With `chargeFiles`, a file download also spends a fixed cost from the token's rate bucket
 * (GraphQL requests spend their operation's cost once it is known: see the operation guard).
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
      const result = await authenticateApiToken(dataSource, match[1]);
      if (!result.ok) return refuse(res, TOKEN_REFUSALS[result.refusal], 'invalid_token');
      if (options.chargeFiles) {
        const charge = await chargeApiToken(dataSource, result.token.actor.token.id, options.chargeFiles);
        res.set(rateLimitHeaders(charge));
        if (!charge.accepted) {
          return sendJsonError(res, 429, 'TOO_MANY_REQUESTS', `This token has spent its request budget. Try again in ${charge.retryAfterSeconds} s.`);
        }
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

/** The token `bearerToken` authenticated for this request, if any. */
export function requestApiToken(res: Response): AuthenticatedToken | undefined {
  return res.locals['apiToken'] as AuthenticatedToken | undefined;
}
