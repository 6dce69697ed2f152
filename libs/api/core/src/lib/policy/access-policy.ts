/**
 * The access policy: the one place that decides what an actor may reach. Every resolver, list,
 * export and download asks it, directly or through the SQL condition it hands out.
 *
 * It fails closed. An actor reaches an organization only through a row that says so (today a
 * membership; partnerships will add theirs here), and anything it does not reach is reported as
 * NOT_FOUND, exactly like a missing row, so that an answer never reveals that something exists.
 * EXTERNAL members reach their organization but only the products granted to them.
 */
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { type MembershipRole, type Permission, ROLE_READS_ALL_PRODUCTS, roleCan } from '@manager/domain';
import { forbidden, notFound } from '../errors';
import type { Actor, Loaders, RequestContext } from '../request-context';

export interface OrganizationAccess {
  organizationId: string;
  /** The actor's own role in the organization. */
  role: MembershipRole;
  /** True when the actor may read every product of the organization. */
  readsAllProducts: boolean;
}

export interface PolicyLoaders {
  organizationAccess: DataLoader<string, OrganizationAccess | null>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One statement per request level, whatever the number of organizations asked about. */
export function createPolicyLoaders(dataSource: DataSource, actor: Actor | null): PolicyLoaders {
  return {
    organizationAccess: new DataLoader(async (ids: readonly string[]) => {
      if (!actor) return ids.map(() => null);
      const wellFormed = ids.filter((id) => UUID.test(id));
      const rows: { organization_id: string; role: MembershipRole }[] = wellFormed.length
        ? await dataSource.query(
            `SELECT organization_id, role FROM membership WHERE user_id = $1 AND organization_id = ANY($2::uuid[])`,
            [actor.userId, wellFormed],
          )
        : [];
      const byId = new Map(rows.map((row) => [row.organization_id, row.role]));
      return ids.map((id) => {
        const role = byId.get(id);
        return role ? { organizationId: id, role, readsAllProducts: ROLE_READS_ALL_PRODUCTS[role] } : null;
      });
    }),
  };
}

function policyLoaders(ctx: RequestContext): PolicyLoaders {
  return ctx.loaders as Loaders & PolicyLoaders;
}

/** The actor's access to an organization, or null when it has none (or nobody is signed in). */
export function organizationAccess(ctx: RequestContext, organizationId: string): Promise<OrganizationAccess | null> {
  return policyLoaders(ctx).organizationAccess.load(organizationId);
}

/** Like `organizationAccess`, but an organization out of reach is NOT_FOUND. */
export async function requireOrganizationAccess(ctx: RequestContext, organizationId: string): Promise<OrganizationAccess> {
  const access = await organizationAccess(ctx, organizationId);
  if (!access) throw notFound('Organization');
  return access;
}

/**
 * Access to an organization with a permission of the actor's role there. Out of reach: NOT_FOUND;
 * within reach but not allowed: FORBIDDEN (the actor already knows the organization exists).
 */
export async function requirePermission(
  ctx: RequestContext,
  organizationId: string,
  permission: Permission,
  refusal = 'Your role in this organization does not allow this.',
): Promise<OrganizationAccess> {
  const access = await requireOrganizationAccess(ctx, organizationId);
  if (!roleCan(access.role, permission)) throw forbidden(refusal);
  return access;
}

/**
 * The SQL condition that keeps only the products the actor may read, for queries over `product`
 * rows aliased `alias`; `actorParam` is the placeholder bound to the actor's user id ($n).
 * Queries that list products must include it: it is the same rule as above, in SQL, so that a
 * list, an export and a single lookup can never disagree.
 */
export function visibleProductsCondition(alias: string, actorParam: string): string {
  const readsAll = Object.entries(ROLE_READS_ALL_PRODUCTS)
    .filter(([, all]) => all)
    .map(([role]) => `'${role}'`)
    .join(', ');
  return `(
    EXISTS (SELECT 1 FROM membership pm
            WHERE pm.organization_id = ${alias}.organization_id AND pm.user_id = ${actorParam}
              AND pm.role IN (${readsAll}))
    OR EXISTS (SELECT 1 FROM membership_product_grant pg JOIN membership pm ON pm.id = pg.membership_id
               WHERE pg.product_id = ${alias}.id AND pm.user_id = ${actorParam})
  )`;
}
