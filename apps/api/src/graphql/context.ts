import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { type Actor, createLoaders, createPolicyLoaders, type LoaderFactory, type RequestContext } from '@manager/api-core';
import { createBillingReadLoaders } from '@manager/api-billing';
import { createCatalogLoaders } from '@manager/api-catalog';
import { resolveSession } from '@manager/api-identity';
import { createMemberLoaders, createOrganizationDetailsLoaders, createOrganizationLoaders } from '@manager/api-organizations';
import { createPartnershipReadLoaders } from '@manager/api-partners';
import { readSessionToken, sessionCookieWriter } from '../http/session-cookie';

const loaderFactories: readonly LoaderFactory[] = [
  createPolicyLoaders,
  createOrganizationLoaders,
  createMemberLoaders,
  createOrganizationDetailsLoaders,
  createCatalogLoaders,
  createPartnershipReadLoaders,
  createBillingReadLoaders,
];

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
    loaders: createLoaders(loaderFactories, dataSource, actor),
    session: sessionCookieWriter(req, res),
    // Methods on the context itself (not closures), so that a copy made to act as someone else
    // (`{ ...ctx, actor }`) switches its own loaders, never the original's.
    signIn(this: RequestContext, next: Actor) {
      this.actor = next;
      this.loaders = createLoaders(loaderFactories, dataSource, next);
    },
    signOut(this: RequestContext) {
      this.actor = null;
      this.loaders = createLoaders(loaderFactories, dataSource, null);
    },
  };
}
