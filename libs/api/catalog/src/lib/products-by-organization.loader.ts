import type { DataSource } from 'typeorm';
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

/**
 * Products are listed by name regardless of case ("kChat" between "Domain" and "VPS"); the
 * cursor carries the database's own `lower(name)`, so it always matches the ORDER BY.
 */
const BY_NAME: KeysetOrder = { keys: [keysetKey.text('lower(p.name)'), keysetKey.uuid('p.id')], direction: 'ASC' };

/** The products of an organization the actor may see: the policy's product rule, in SQL. */
function visibleProducts(dataSource: DataSource, actor: Actor | null) {
  const products = entityRows(dataSource, Product, 'p');
  return {
    name: 'catalog.products',
    select: products.columns,
    from: 'product p',
    parent: 'p.organization_id',
    where: visibleProductsCondition('p', '$1'),
    params: [policySubject(actor)],
    order: BY_NAME,
    map: products.map,
  };
}

/**
 * One page of visible products for each organization asked about, in ONE statement whatever the
 * number of organizations (keys: `{ parentId: organizationId, first, after }`).
 */
export function createProductPageLoader(dataSource: DataSource, actor: Actor | null) {
  return keysetPageLoader(dataSource, visibleProducts(dataSource, actor), { nothingVisible: !actor });
}

/** How many products of each organization the actor may see: one GROUP BY statement. */
export function createProductCountLoader(dataSource: DataSource, actor: Actor | null) {
  return keysetCountLoader(dataSource, visibleProducts(dataSource, actor), { nothingVisible: !actor });
}
