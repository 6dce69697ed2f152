import { sqlRead, type SqlReader } from '@manager/api-core';
import { type Currency, ProductCategory } from '@manager/domain';

/** Which of these ids are products of the organization (the others are another's, or made up). */
export function ownedProductIds(db: SqlReader, organizationId: string, productIds: readonly string[]): Promise<string[]> {
  if (!productIds.length) return Promise.resolve([]);
  return sqlRead(
    db,
    {
      name: 'catalog.owned-product-ids',
      text: 'SELECT id FROM product WHERE organization_id = $1 AND id = ANY($2::uuid[])',
      values: [organizationId, [...productIds]],
    },
    (row: { id: string }) => row.id,
  );
}

/** The names of these products, sorted as lists show them (by name regardless of case), for emails and previews. */
export function productNames(db: SqlReader, productIds: readonly string[]): Promise<string[]> {
  if (!productIds.length) return Promise.resolve([]);
  return sqlRead(
    db,
    {
      name: 'catalog.product-names',
      text: 'SELECT name FROM product WHERE id = ANY($1::uuid[]) ORDER BY lower(name), id',
      values: [[...productIds]],
    },
    (row: { name: string }) => row.name,
  );
}

export interface RenewingProduct {
  id: string;
  name: string;
  /** YYYY-MM-DD. */
  renewalDate: string;
  publicPriceMinor: number;
  currency: Currency;
}

interface RenewingProductRow {
  id: string;
  name: string;
  renewal_date: string;
  public_price_minor: number;
  currency: Currency;
  total: number;
}

/**
 * An organization's products in the order they renew (the earliest first), at most `limit` of
 * them, and how many it has in all: one statement.
 */
export async function productsByRenewal(db: SqlReader, organizationId: string, limit: number): Promise<{ products: RenewingProduct[]; total: number }> {
  const rows = await sqlRead(
    db,
    {
      name: 'catalog.products-by-renewal',
      text: `SELECT id, name, to_char(renewal_date, 'YYYY-MM-DD') AS renewal_date, public_price_minor, currency, count(*) OVER ()::int AS total
             FROM product WHERE organization_id = $1
             ORDER BY renewal_date, lower(name), id
             LIMIT $2`,
      values: [organizationId, limit],
    },
    (row: RenewingProductRow) => row,
  );
  return {
    products: rows.map((row) => ({
      id: row.id,
      name: row.name,
      renewalDate: row.renewal_date,
      publicPriceMinor: row.public_price_minor,
      currency: row.currency,
    })),
    total: rows[0]?.total ?? 0,
  };
}

/** The categories of the products an organization holds, in the vocabulary's order (the data processing agreement lists them). */
export async function productCategoriesOf(db: SqlReader, organizationId: string): Promise<ProductCategory[]> {
  const held = await sqlRead(
    db,
    { name: 'catalog.product-categories-of', text: 'SELECT DISTINCT category FROM product WHERE organization_id = $1', values: [organizationId] },
    (row: { category: ProductCategory }) => row.category,
  );
  return (Object.values(ProductCategory) as ProductCategory[]).filter((category) => held.includes(category));
}
