import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { type Actor, type Connection, cursorPart, decodeCursor, encodeCursor, toConnection, visibleProductsCondition } from '@manager/api-core';
import { Product } from './product.entity';

export interface ProductPageKey {
  organizationId: string;
  first: number;
  after: string | null;
}

interface ProductRow {
  id: string;
  organization_id: string;
  category: Product['category'];
  name: string;
  public_price_minor: number;
  currency: Product['currency'];
  renewal_date: string;
  created_at: Date;
  sort_key: string;
}

function toProduct(row: ProductRow): Product {
  return Object.assign(new Product(), {
    id: row.id,
    organizationId: row.organization_id,
    category: row.category,
    name: row.name,
    publicPriceMinor: row.public_price_minor,
    currency: row.currency,
    renewalDate: row.renewal_date,
    createdAt: row.created_at,
  });
}

/**
 * Products are listed by name regardless of case ("kChat" between "Domain" and "VPS"). The cursor
 * carries the database's own `lower(name)`, so it always matches the ORDER BY.
 */
const rowCursor = (row: ProductRow) => encodeCursor([row.sort_key, row.id]);

/**
 * One page of visible products for each organization asked about, in ONE statement whatever the
 * number of organizations: a window function numbers each organization's rows and keeps the
 * first N + 1 of each (the extra row tells whether there is a next page). Keys with different
 * page arguments are grouped, one statement per distinct (first, after).
 */
export function createProductPageLoader(dataSource: DataSource, actor: Actor | null) {
  return new DataLoader<ProductPageKey, Connection<Product>, string>(
    async (keys) => {
      const groups = new Map<string, ProductPageKey[]>();
      for (const key of keys) {
        const group = `${key.first}|${key.after ?? ''}`;
        groups.set(group, [...(groups.get(group) ?? []), key]);
      }
      const pages = new Map<string, Connection<Product>>();
      for (const group of groups.values()) {
        const { first, after } = group[0];
        const [afterName, afterId] = after ? decodeCursor(after, [cursorPart.text(), cursorPart.uuid]) : [null, null];
        const organizationIds = [...new Set(group.map((key) => key.organizationId))];
        const rows: ProductRow[] = actor
          ? await dataSource.query(
              `SELECT * FROM (
                 SELECT p.*, lower(p.name) AS sort_key, row_number() OVER (PARTITION BY p.organization_id ORDER BY lower(p.name), p.id) AS position
                 FROM product p
                 WHERE p.organization_id = ANY($1::uuid[])
                   AND ${visibleProductsCondition('p', '$2')}
                   AND ($3::text IS NULL OR (lower(p.name), p.id) > ($3::text, $4::uuid))
               ) ranked
               WHERE position <= $5
               ORDER BY organization_id, position`,
              [organizationIds, actor.userId, afterName, afterId, first + 1],
            )
          : [];
        for (const organizationId of organizationIds) {
          const page = toConnection(
            rows.filter((row) => row.organization_id === organizationId),
            first,
            rowCursor,
          );
          const products = { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toProduct(edge.node) })) };
          pages.set(`${organizationId}|${first}|${after ?? ''}`, products);
        }
      }
      return keys.map((key) => pages.get(`${key.organizationId}|${key.first}|${key.after ?? ''}`) as Connection<Product>);
    },
    { cacheKeyFn: (key) => `${key.organizationId}|${key.first}|${key.after ?? ''}` },
  );
}

/** How many products of each organization the actor may see: one GROUP BY statement. */
export function createProductCountLoader(dataSource: DataSource, actor: Actor | null) {
  return new DataLoader<string, number>(async (organizationIds) => {
    if (!actor) return organizationIds.map(() => 0);
    const rows: { organization_id: string; count: string }[] = await dataSource.query(
      `SELECT p.organization_id, count(*) AS count FROM product p
       WHERE p.organization_id = ANY($1::uuid[]) AND ${visibleProductsCondition('p', '$2')}
       GROUP BY p.organization_id`,
      [organizationIds, actor.userId],
    );
    const counts = new Map(rows.map((row) => [row.organization_id, Number(row.count)]));
    return organizationIds.map((id) => counts.get(id) ?? 0);
  });
}
