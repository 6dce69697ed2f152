import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { ErrorCode, requestError, type RequestContext } from '@manager/api-core';
import { chargeApiToken, type RateCharge, rateLimitHeaders, tokenRateCapacity } from '../usage/rate-limit';
import { recordApiTokenUse } from '../usage/record-use';
import type { AuthenticatedToken } from './authenticate-token';

interface TokenRequest {
  token: AuthenticatedToken;
  ip: string;
  charge?: RateCharge;
}

/**
 * The token behind a request's context (set by the app when it builds the context), under a
 * symbol: Apollo hands plugins and resolvers a shallow copy of the context, which keeps it.
 */
const TOKEN_REQUEST = Symbol('apiTokenRequest');
type WithTokenRequest = RequestContext & { [TOKEN_REQUEST]?: TokenRequest };

const tokenRequests = {
  get: (ctx: RequestContext): TokenRequest | undefined => (ctx as WithTokenRequest)[TOKEN_REQUEST],
  set: (ctx: RequestContext, request: TokenRequest): void => {
    (ctx as WithTokenRequest)[TOKEN_REQUEST] = request;
  },
};

/**
 * Ties an authenticated token to the request's context, and records its use once the response is
 * out (`onFinished`: the caller's hook on the HTTP response), so the coalesced usage write never
 * delays an answer. The organizations used are those the policy granted during the request.
 */
export function attachApiToken(ctx: RequestContext, token: AuthenticatedToken, onFinished: (record: () => void) => void, log: Logger): void {
  tokenRequests.set(ctx, { token, ip: ctx.ip });
  onFinished(() => {
    recordApiTokenUse(ctx.dataSource, token, ctx.loaders.core.reached, ctx.ip).catch((error: unknown) =>
      log.warn({ err: error, tokenId: token.actor.token.id }, 'could not record an API token use'),
    );
  });
}

export function tooManyRequests429(charge: RateCharge): GraphQLError {
  return new GraphQLError(`This token has spent its request budget. Try again in ${charge.retryAfterSeconds} s.`, {
    extensions: { code: ErrorCode.TOO_MANY_REQUESTS, retryAfterSeconds: charge.retryAfterSeconds, http: { status: 429 } },
  });
}

/**
 * Charges the estimated cost of a token request's operation to its bucket, once the operation is
 * known and before anything runs: refused with HTTP 429 (TOO_MANY_REQUESTS, Retry-After) when
 * the bucket cannot take it, with 400 when no bucket ever could. Requests with a session: nothing.
 */
export async function chargeApiTokenOperation(ctx: RequestContext, cost: number): Promise<void> {
  const request = tokenRequests.get(ctx);
  if (!request) return;
  if (cost > tokenRateCapacity()) {
    throw requestError(
      `This operation costs ${cost}; a token may spend at most ${tokenRateCapacity()} at once. Ask for smaller pages.`,
      { code: 'GRAPHQL_VALIDATION_FAILED' },
    );
  }
  request.charge = await chargeApiToken(ctx.dataSource, request.token.actor.token.id, cost);
  if (!request.charge.accepted) throw tooManyRequests429(request.charge);
}

/**
 * Every token answer says where its budget stands: RateLimit-* headers and `extensions.cost`
 * `{ requested, remaining }` (Retry-After and status 429 when refused).
 */
export function apiTokenPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const charge = tokenRequests.get(contextValue)?.charge;
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
      };
    },
  };
}
