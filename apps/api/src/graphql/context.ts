import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { type Actor, loadersFactory, type RequestContext } from '@manager/api-core';
import { resolveSession } from '@manager/api-identity';
import { apiContexts } from '../contexts';
import { readSessionToken, sessionCookieWriter } from '../http/session-cookie';

const createLoaders = loadersFactory(apiContexts);

/** Builds the context of one GraphQL request: who is acting, and fresh loaders for them. */
export async function buildRequestContext(
  req: Request,
  res: Response,
  dataSource: DataSource,
  log: Logger,
  publicUrl: () => string,
): Promise<RequestContext> {
  const actor = await resolveSession(dataSource, readSessionToken(req));
  return {
    actor,
    dataSource,
    log: (req as Request & { log?: Logger }).log ?? log,
    ip: req.ip ?? 'unknown',
    publicUrl: publicUrl(),
    loaders: createLoaders(dataSource, actor),
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
}
