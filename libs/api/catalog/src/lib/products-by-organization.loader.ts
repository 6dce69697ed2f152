import type { DataSource } from 'typeorm';
import type { ProductCategory } from '@manager/domain';
import {
  type Actor,
  type Connection,
  entityArrayRows,
  entityRows,
  type KeysetOrder,
  keysetCountLoader,
  keysetFirstPageJson,
  keysetKey,
  keysetPageFromJson,
  keysetPageFromJsonArrays,
  keysetPageLoader,
  policySubject,
  visibleProductsCondition,
} from '@manager/api-core';
import { Product, type ProductProperty } from './product.entity';
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

/**
 * The products of an organization the actor may see: the policy's product rule, in SQL, with
 * `subjectParam` the placeholder bound to `policySubject(actor)` (`$1` in the loaders' own
 * statements; another in a statement that carries a page, see `carriedProductPage`).
 */
function visibleProducts(dataSource: DataSource, actor: Actor | null, kind: ProductListKind, subjectParam = '$1') {
  const products = entityRows(dataSource, Product, 'p');
  const byCategory = kind.category !== null;
  return {
    // One prepared statement per shape: the category is a parameter, not part of the text.
    name: `catalog.products.${kind.order.toLowerCase()}${byCategory ? '.category' : ''}`,
    select: products.columns,
    from: 'product p',
    parent: 'p.organization_id',
    where: `${visibleProductsCondition('p', subjectParam)}${byCategory ? ' AND p.category = $2' : ''}`,
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

/**
 * The default product list's first page (by name, every category) of the organization in
 * `organizationColumn`, carried as one JSON column by another statement whose rows each name an
 * organization (a partner's page of managed clients), `subjectParam` its placeholder bound to
 * `policySubject(actor)`: the same SQL as `productPage`'s, the policy's product rule included, so
 * both answer the same page. `rows`: `first + 1` when `hasNextPage` is read, else `first`.
 * `properties` (from `productPropertiesRead`): only those, as arrays, for an operation that reads
 * no cursor and no other field of the products; null, whole rows with their sort keys.
 */
export function carriedProductPage(dataSource: DataSource, organizationColumn: string, subjectParam: string, rows: number, properties: readonly ProductProperty[] | null = null) {
  const query = visibleProducts(dataSource, null, DEFAULT_LIST, subjectParam);
  // read: the column's value → the page of `first` products (`hasNextPage` meaningful only when `rows` was first + 1).
  if (properties) {
    const arrays = entityArrayRows(dataSource, Product, 'p', properties);
    return {
      sql: keysetFirstPageJson(query, organizationColumn, rows, arrays),
      read: (json: readonly unknown[], first: number): Connection<Product> => keysetPageFromJsonArrays(json as readonly (readonly unknown[])[], first, arrays.map),
    };
  }
  const products = entityRows(dataSource, Product, 'p');
  return {
    sql: keysetFirstPageJson(query, organizationColumn, rows),
    read: (json: readonly unknown[], first: number): Connection<Product> => keysetPageFromJson(query, json as readonly Record<string, unknown>[], first, products.mapJson),
  };
}
