import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { type Actor, loadersFactory, type RequestContext } from '@manager/api-core';
import { negotiateLanguage } from '@manager/domain';
import { resolveSession } from '@manager/api-identity';
import { attachApiTokenCandidate, recordApiTokenUseLater } from '@manager/api-tokens';
import { apiContexts } from '../contexts';
import { requestApiToken } from '../http/bearer-token';
import { readSessionToken, sessionCookieWriter } from '../http/session-cookie';

const createLoaders = loadersFactory(apiContexts);

/**
 * Builds the context of one GraphQL (or file) request: who is acting — the API token that
 * `bearerToken` authenticated (file routes), else the session cookie's person, else nobody — and
 * fresh loaders for them. A GraphQL request with a bearer token starts with nobody: the
 * operation guard authenticates the token with the charge of the operation's cost, then signs it in.
 */
export async function buildRequestContext(
  req: Request,
  res: Response,
  dataSource: DataSource,
  log: Logger,
  publicUrl: () => string,
): Promise<RequestContext> {
  const token = requestApiToken(res);
  const actor: Actor | null = token.authenticated?.actor ?? (token.candidate ? null : await resolveSession(dataSource, readSessionToken(req)));
  let requestLog: Logger | undefined;
  const ctx: RequestContext = {
    actor,
    dataSource,
    // The request's logger (its lines carry the request, see requestLogging) is made on first use: most requests log nothing.
    get log() {
      return (requestLog ??= (req as Request & { log?: Logger }).log ?? log);
    },
    set log(next: Logger) {
      requestLog = next;
    },
    ip: req.ip ?? 'unknown',
    userAgent: req.get('user-agent') ?? null,
    publicUrl: publicUrl(),
    loaders: createLoaders(dataSource, actor),
    // The person's saved preference (read with the session, no statement of its own), else Accept-Language, else English.
    language: negotiateLanguage(actor?.language, req.get('accept-language')),
    session: sessionCookieWriter(req, res),
    // Methods on the context itself (not closures), so that a copy made to act as someone else
    // (`{ ...ctx, actor }`) switches its own loaders, never the original's.
    signIn(this: RequestContext, next: Actor) {
      this.actor = next;
      this.loaders = createLoaders(dataSource, next);
    },
    signOut(this: RequestContext) {
      this.actor = null;
      this.loaders = createLoaders(dataSource, null);
    },
  };
  // Refusals answered outside GraphQL (file routes, `sendJsonError`) speak the same language.
  res.locals['language'] = ctx.language;
  // A token's use is recorded once the answer is out, coalesced (see recordApiTokenUse).
  const afterResponse = (record: () => void) => res.once('finish', record);
  if (token.candidate) attachApiTokenCandidate(ctx, token.candidate, afterResponse, ctx.log);
  const authenticated = token.authenticated;
  if (authenticated) {
    afterResponse(() => recordApiTokenUseLater(dataSource, authenticated, ctx.loaders.core.reached, ctx.ip, ctx.log));
  }
  return ctx;
}
