import type { EntityManager } from 'typeorm';
import { badUserInput, sqlRead, type SqlReader } from '@manager/api-core';
import { ownedProductIds, productNames } from '@manager/api-catalog';
import type { BillingOwner, PartnershipAccess } from '@manager/domain';
import { isUuid } from './partnership-lookup';

export interface ScopeChoice {
  access: PartnershipAccess;
  productIds?: readonly string[] | null;
  billingOwner?: BillingOwner | null;
}

export interface CheckedScope {
  access: PartnershipAccess;
  /** LIMITED: the distinct products in scope; COMPLETE: empty (it covers every product). */
  productIds: string[];
  /** COMPLETE: who pays; LIMITED: null. */
  billingOwner: BillingOwner | null;
}

/**
 * The scope a client grants, checked against its own products:
 * - LIMITED: at least one product, every one of them the client's; no billing owner (only
 *   complete access asks who pays);
 * - COMPLETE: a billing owner; no product list (it covers every product, today's and tomorrow's).
 * Another organization's product or a made-up id is refused on `productIds` without telling which exists.
 */
export async function checkScope(tx: EntityManager, clientOrganizationId: string, choice: ScopeChoice): Promise<CheckedScope> {
  if (choice.access === 'COMPLETE') {
    if (!choice.billingOwner) {
      throw badUserInput('billingOwner', 'Choose who pays with complete access: the client (CLIENT) or the partner (PARTNER).');
    }
    if (choice.productIds?.length) {
      throw badUserInput('productIds', 'Complete access covers every product of the organization: leave the product list out.');
    }
    return { access: 'COMPLETE', productIds: [], billingOwner: choice.billingOwner };
  }
  if (choice.billingOwner) {
    throw badUserInput('billingOwner', 'Only complete access asks who pays: leave the billing owner out for limited access.');
  }
  const ids = [...new Set(choice.productIds ?? [])];
  if (!ids.length) throw badUserInput('productIds', 'Choose at least one product: limited access covers only the products you choose.');
  if (!ids.every(isUuid)) throw badUserInput('productIds', 'Choose products of this organization.');
  const owned = await ownedProductIds(tx, clientOrganizationId, ids);
  if (owned.length !== ids.length) throw badUserInput('productIds', 'Choose products of this organization.');
  return { access: 'LIMITED', productIds: ids, billingOwner: null };
}

/** An end date must lie in the future (null: no end date). */
export function checkEndsAt(endsAt: Date | null | undefined, now = new Date()): Date | null {
  if (!endsAt) return null;
  if (Number.isNaN(endsAt.getTime())) throw badUserInput('endsAt', 'Enter a valid date.');
  if (endsAt.getTime() <= now.getTime()) throw badUserInput('endsAt', 'Choose an end date in the future.');
  return endsAt;
}

/** Replaces a partnership's product scope (LIMITED) or empties it (COMPLETE). */
export async function writeScopeProducts(tx: EntityManager, partnershipId: string, productIds: readonly string[]): Promise<void> {
  await tx.query(`DELETE FROM partnership_product WHERE partnership_id = $1 AND NOT (product_id = ANY($2::uuid[]))`, [
    partnershipId,
    productIds,
  ]);
  if (productIds.length) {
    await tx.query(
      `INSERT INTO partnership_product (partnership_id, product_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [partnershipId, productIds],
    );
  }
}

/** The names of the products in a partnership's scope, sorted (for emails and previews). Pass the transaction when inside one. */
export async function scopeProductNames(db: SqlReader, partnershipId: string): Promise<string[]> {
  const productIds = await sqlRead(
    db,
    { name: 'partners.scope-product-ids', text: 'SELECT product_id FROM partnership_product WHERE partnership_id = $1', values: [partnershipId] },
    (row: { product_id: string }) => row.product_id,
  );
  return productNames(db, productIds);
}
