import type { EntityManager } from 'typeorm';
import { badUserInput, notFound, organizationAccess, unauthenticated, type OrganizationAccess, type RequestContext, type TxContext } from '@manager/api-core';
import { Membership } from '../membership.entity';
import { productsOfOrganization } from './organization-products';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** The signed-in user's id; resolvers behind `@Authorized()` always have one. */
export function actorUserId(ctx: RequestContext): string {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor.userId;
}

/**
 * A membership looked up by id, locked for the rest of the transaction, and only when it belongs to
 * an organization the actor reaches: anything else is NOT_FOUND, exactly like a missing row.
 * The lock makes role checks (is it the legal responsible?) hold until the change commits.
 */
export async function lockMembershipInReach(
  ctx: TxContext,
  membershipId: string,
): Promise<{ membership: Membership; access: OrganizationAccess }> {
  const { tx } = ctx;
  if (!isUuid(membershipId)) throw notFound('Membership');
  const membership = await tx
    .createQueryBuilder(Membership, 'm')
    .setLock('pessimistic_write')
    .where('m.id = :membershipId', { membershipId })
    .getOne();
  const access = membership ? await organizationAccess(ctx, membership.organizationId) : null;
  if (!membership || !access) throw notFound('Membership');
  return { membership, access };
}

/**
 * The distinct product ids, all of them products of `organizationId`, at least one: the set an
 * EXTERNAL member is granted. Another organization's product or a made-up id is refused on
 * `productIds` without telling which exists. Products are catalog's: catalog answers which ones
 * the organization owns (see organization-products.ts).
 */
export async function checkGrantableProducts(tx: EntityManager, organizationId: string, productIds: readonly string[]): Promise<string[]> {
  const ids = [...new Set(productIds)];
  if (!ids.length) throw badUserInput('productIds', 'Choose at least one product: an external member sees only the products granted to them.');
  if (!ids.every(isUuid)) throw badUserInput('productIds', 'Choose products of this organization.');
  const owned = await productsOfOrganization(tx, organizationId, ids);
  if (owned.length !== ids.length) throw badUserInput('productIds', 'Choose products of this organization.');
  return ids;
}

/**
 * The rows of an `UPDATE … RETURNING` or `DELETE … RETURNING` (TypeORM's raw query answers those
 * with `[rows, rowCount]`, and plain rows for everything else).
 */
export async function returningRows<T>(manager: EntityManager, sql: string, parameters: unknown[]): Promise<T[]> {
  const result: unknown = await manager.query(sql, parameters);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}
