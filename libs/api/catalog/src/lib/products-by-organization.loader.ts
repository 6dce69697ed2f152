import type { DataSource } from 'typeorm';
import type { ProductCategory } from '@manager/domain';
import {
  type Actor,
  entityRows,
  type KeysetOrder,
  keysetCountLoader,
  keysetKey,
  keysetPageLoader,
  policySubject,
  visibleProductsCondition,
} from '@manager/api-core';
import { Product } from './product.entity';
import { ProductOrder } from './product-list.inputs';

/**
 * Products are listed by name regardless of case ("kChat" between "Domain" and "VPS"); the
 * cursor carries the database's own `lower(name)`, so it always matches the ORDER BY. By renewal,
 * the date is a key as ISO text (it sorts like the date) and the cursor names the order (`tag`),
 * so one order's cursor is refused by the other.
 */
const ORDERS: Record<ProductOrder, KeysetOrder> = {
  NAME: { keys: [keysetKey.text('lower(p.name)'), keysetKey.uuid('p.id')], direction: 'ASC' },
  RENEWAL: {
    keys: [keysetKey.text(`to_char(p.renewal_date, 'YYYY-MM-DD')`), keysetKey.text('lower(p.name)'), keysetKey.uuid('p.id')],
    direction: 'ASC',
    tag: 'renewal',
  },
};

/** Which list of an organization's products: its order and, optionally, one category. */
export interface ProductListKind {
  order: ProductOrder;
  category: ProductCategory | null;
}

/** The products of an organization the actor may see: the policy's product rule, in SQL. */
function visibleProducts(dataSource: DataSource, actor: Actor | null, kind: ProductListKind) {
  const products = entityRows(dataSource, Product, 'p');
  const byCategory = kind.category !== null;
  return {
    // One prepared statement per shape: the category is a parameter, not part of the text.
    name: `catalog.products.${kind.order.toLowerCase()}${byCategory ? '.category' : ''}`,
    select: products.columns,
    from: 'product p',
    parent: 'p.organization_id',
    where: `${visibleProductsCondition('p', '$1')}${byCategory ? ' AND p.category = $2' : ''}`,
    params: byCategory ? [policySubject(actor), kind.category] : [policySubject(actor)],
    order: ORDERS[kind.order],
    map: products.map,
  };
}

/**
 * One page of visible products for each organization asked about, in ONE statement whatever the
 * number of organizations (keys: `{ parentId: organizationId, first, after }`).
 */
export function createProductPageLoader(dataSource: DataSource, actor: Actor | null, kind: ProductListKind = DEFAULT_LIST) {
  return keysetPageLoader(dataSource, visibleProducts(dataSource, actor, kind), { nothingVisible: !actor });
}

/** How many products of each organization the actor may see: one GROUP BY statement. */
export function createProductCountLoader(dataSource: DataSource, actor: Actor | null, kind: ProductListKind = DEFAULT_LIST) {
  return keysetCountLoader(dataSource, visibleProducts(dataSource, actor, kind), { nothingVisible: !actor });
}

export const DEFAULT_LIST: ProductListKind = { order: ProductOrder.NAME, category: null };
