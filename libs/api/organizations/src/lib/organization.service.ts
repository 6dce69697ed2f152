import { notFound, requireOrganizationAccess, type RequestContext } from '@manager/api-core';
import type { Membership } from './membership.entity';
import { organizationLoaders } from './organization.loaders';
import type { Organization } from './organization.entity';

/** An organization the actor may reach; NOT_FOUND otherwise, whether it exists or not. */
export async function getOrganization(ctx: RequestContext, id: string): Promise<Organization> {
  await requireOrganizationAccess(ctx, id);
  const organization = await organizationLoaders(ctx).organizationById.load(id);
  if (!organization) throw notFound('Organization');
  return organization;
}

/**
 * A user's memberships are theirs alone: asked about anyone else, the answer is empty. An API
 * token is no person: it never lists the memberships of the one it acts as (its other organizations).
 */
export async function membershipsOf(ctx: RequestContext, userId: string): Promise<Membership[]> {
  if (ctx.actor?.userId !== userId || ctx.actor.token) return [];
  return organizationLoaders(ctx).membershipsByUser.load(userId);
}
