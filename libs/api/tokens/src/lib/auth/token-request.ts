import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { ErrorCode, requestError, requestPlugin, type RequestContext } from '@manager/api-core';
import type { ParsedToken } from '../format/token-format';
import { type RateCharge, rateLimitHeaders, tokenRateCapacity } from '../usage/rate-limit';
import { recordApiTokenUseLater } from '../usage/record-use';
import { type AuthenticatedToken, authenticateApiToken, TOKEN_REFUSALS } from './authenticate-token';

/**
 * A GraphQL request carrying a well-formed token: the token is checked together with the charge
 * of the operation's cost, in one statement, once the operation (so its cost) is known — the
 * operation guard calls `authenticateTokenRequest` before anything runs. Until then the request
 * has no actor.
 */
interface TokenRequest {
  candidate: ParsedToken;
  onFinished: (record: () => void) => void;
  log: Logger;
  token?: AuthenticatedToken;
  charge?: RateCharge;
  refused?: boolean;
}

/**
 * Kept on the context under a symbol: Apollo hands plugins and resolvers a shallow copy of the
 * context, which keeps it (and `signIn` sets the actor on that copy, the one resolvers get).
 */
const TOKEN_REQUEST = Symbol('apiTokenRequest');
type WithTokenRequest = RequestContext & { [TOKEN_REQUEST]?: TokenRequest };

function tokenRequest(ctx: RequestContext): TokenRequest | undefined {
  return (ctx as WithTokenRequest)[TOKEN_REQUEST];
}

/**
 * Marks a request's context as made with the (well-formed) bearer token `candidate`;
 * `onFinished` is the caller's hook on the HTTP response, where the token's use is recorded once
 * the answer is out, so the coalesced usage write never delays it.
 */
export function attachApiTokenCandidate(ctx: RequestContext, candidate: ParsedToken, onFinished: (record: () => void) => void, log: Logger): void {
  (ctx as WithTokenRequest)[TOKEN_REQUEST] = { candidate, onFinished, log };
}

function unauthenticatedToken(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
}

function tooManyRequests429(charge: RateCharge): GraphQLError {
  return new GraphQLError(`This token has spent its request budget. Try again in ${charge.retryAfterSeconds} s.`, {
    extensions: { code: ErrorCode.TOO_MANY_REQUESTS, retryAfterSeconds: charge.retryAfterSeconds, http: { status: 429 } },
  });
}

/**
 * Authenticates the request's token and charges `cost` to its bucket (one statement): 401
 * UNAUTHENTICATED when refused, 429 TOO_MANY_REQUESTS (Retry-After) when the bucket cannot take
 * it, 400 when no bucket ever could; otherwise the token becomes the request's actor. Requests
 * without a token: nothing.
 */
export async function authenticateTokenRequest(ctx: RequestContext, cost: number): Promise<void> {
  const request = tokenRequest(ctx);
  if (!request) return;
  if (cost > tokenRateCapacity()) {
    throw requestError(`This operation costs ${cost}; a token may spend at most ${tokenRateCapacity()} at once. Ask for smaller pages.`, {
      code: 'GRAPHQL_VALIDATION_FAILED',
    });
  }
  const result = await authenticateApiToken(ctx.dataSource, request.candidate, cost);
  if (!result.ok) {
    request.refused = true;
    throw unauthenticatedToken(TOKEN_REFUSALS[result.refusal]);
  }
  request.token = result.token;
  request.charge = result.charge;
  const token = result.token;
  request.onFinished(() => recordApiTokenUseLater(ctx.dataSource, token, ctx.loaders.core.reached, ctx.ip, request.log));
  if (!result.charge.accepted) throw tooManyRequests429(result.charge);
  ctx.signIn(token.actor);
}

/**
 * Every token answer says where its budget stands: RateLimit-* headers and `extensions.cost`
 * `{ requested, remaining }` (Retry-After and status 429 when refused); a refused token gets
 * `WWW-Authenticate: Bearer`, as on the file routes.
 */
export function apiTokenPlugin(): ApolloServerPlugin<RequestContext> {
  return requestPlugin<RequestContext>({
    async willSendResponse({ contextValue, response }) {
      const request = tokenRequest(contextValue);
      if (request?.refused) response.http.headers.set('www-authenticate', 'Bearer realm="manager", error="invalid_token"');
      const charge = request?.charge;
      if (!charge) return;
      for (const [name, value] of Object.entries(rateLimitHeaders(charge))) response.http.headers.set(name.toLowerCase(), value);
      if (!charge.accepted) response.http.status = 429;
      if (response.body.kind === 'single') {
        response.body.singleResult.extensions = {
          ...response.body.singleResult.extensions,
          cost: { requested: charge.requested, remaining: charge.remaining },
        };
      }
    },
  });
}
