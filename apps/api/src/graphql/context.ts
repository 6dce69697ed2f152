import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { createLoaders, createPolicyLoaders, type LoaderFactory, type RequestContext } from '@manager/api-core';
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
  };
}
