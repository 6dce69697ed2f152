import { policySubject, requireActor, sqlRead, type TxContext, visibleProductsCondition } from '@manager/api-core';
import type { Currency, ProductCategory } from '@manager/domain';
import { Product } from './product.entity';

/**
 * What an order does to the catalog, inside the order's one transaction: lock the product to
 * renew, move its renewal date a year on, or create the product ordered. Billing calls these; only
 * the catalog writes `product`.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ProductToRenew {
  id: string;
  name: string;
  category: ProductCategory;
  publicPriceMinor: number;
  currency: Currency;
  /** YYYY-MM-DD */
  renewalDate: string;
}

interface ProductToRenewRow {
  id: string;
  name: string;
  category: ProductCategory;
  public_price_minor: number;
  currency: Currency;
  renewal_date: string;
}

/**
 * The product `productId` of `organizationId` if the actor sees it (the access policy's product
 * rule), locked FOR UPDATE until commit so that two renewals of it run one after the other; null
 * for anything else (a made-up id, another organization's product, one out of the actor's reach).
 */
export async function lockProductToRenew(txc: TxContext, organizationId: string, productId: string): Promise<ProductToRenew | null> {
  if (!UUID.test(productId)) return null;
  const [product] = await sqlRead(
    txc.tx,
    {
      name: 'catalog.lock-product-to-renew',
      text: `SELECT p.id, p.name, p.category, p.public_price_minor, p.currency, to_char(p.renewal_date, 'YYYY-MM-DD') AS renewal_date
             FROM product p
             WHERE p.id = $1 AND p.organization_id = $2 AND ${visibleProductsCondition('p', '$3')}
             FOR UPDATE OF p`,
      values: [productId, organizationId, policySubject(requireActor(txc))],
    },
    (row: ProductToRenewRow): ProductToRenew => ({
      id: row.id,
      name: row.name,
      category: row.category,
      publicPriceMinor: row.public_price_minor,
      currency: row.currency,
      renewalDate: row.renewal_date,
    }),
  );
  return product ?? null;
}

/** Moves a product locked with `lockProductToRenew` one year on; returns its new renewal date (YYYY-MM-DD). */
export async function renewProduct(txc: TxContext, productId: string): Promise<string> {
  const result = await txc.tx
    .createQueryBuilder()
    .update(Product)
    // The calendar's year, by PostgreSQL's rules (29 February → 28 February).
    .set({ renewalDate: () => `(renewal_date + interval '1 year')::date` })
    .where('id = :productId', { productId })
    .returning(`to_char(renewal_date, 'YYYY-MM-DD') AS renewal_date`)
    .execute();
  const [renewed] = result.raw as { renewal_date: string }[];
  if (!renewed) throw new Error(`catalog: product ${productId} to renew is gone`);
  return renewed.renewal_date;
}

export interface NewProduct {
  organizationId: string;
  category: ProductCategory;
  name: string;
  publicPriceMinor: number;
  currency: Currency;
}

/** Creates an ordered product, due for renewal a year from today (the database's date, returned as `orderedOn`). */
export async function createOrderedProduct(txc: TxContext, product: NewProduct): Promise<{ id: string; renewalDate: string; orderedOn: string }> {
  const result = await txc.tx
    .createQueryBuilder()
    .insert()
    .into(Product)
    .values({ ...product, renewalDate: () => `(current_date + interval '1 year')::date` })
    .returning(`id, to_char(renewal_date, 'YYYY-MM-DD') AS renewal_date, to_char(current_date, 'YYYY-MM-DD') AS ordered_on`)
    .execute();
  const [created] = result.raw as { id: string; renewal_date: string; ordered_on: string }[];
  return { id: created.id, renewalDate: created.renewal_date, orderedOn: created.ordered_on };
}
