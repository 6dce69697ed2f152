import { In, Not, type EntityManager } from 'typeorm';
import { MembershipProductGrant } from '../membership-product-grant.entity';

/**
 * The writes of `membership_product_grant`, the products an EXTERNAL member sees. The product ids
 * come checked (`checkGrantableProducts`, or catalog's `productsOfOrganization`); each function is
 * one statement in the caller's transaction.
 */

/** Adds grants; one already there stays as it is (its `granted_at` too). */
export async function grantProducts(tx: EntityManager, membershipId: string, productIds: readonly string[]): Promise<void> {
  if (!productIds.length) return;
  await tx
    .createQueryBuilder()
    .insert()
    .into(MembershipProductGrant)
    .values(productIds.map((productId) => ({ membershipId, productId })))
    .orIgnore()
    .updateEntity(false)
    .execute();
}

/** Removes every grant but those of `keptProductIds` (at least one). */
export async function revokeGrantsExcept(tx: EntityManager, membershipId: string, keptProductIds: readonly string[]): Promise<void> {
  await tx.delete(MembershipProductGrant, { membershipId, productId: Not(In([...keptProductIds])) });
}

/** Removes all of a membership's grants: they mean something only for EXTERNAL members. */
export async function revokeAllGrants(tx: EntityManager, membershipId: string): Promise<void> {
  await tx.delete(MembershipProductGrant, { membershipId });
}
