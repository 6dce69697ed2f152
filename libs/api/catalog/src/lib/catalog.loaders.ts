import type { DataSource } from 'typeorm';
import type { Actor, RequestContext } from '@manager/api-core';
import {
  createProductCountLoader,
  createProductPageLoader,
  DEFAULT_LIST,
  type ProductListKind,
} from './products-by-organization.loader';

/**
 * `productPage`/`productCount` are the default list (by name, every category); other orders and
 * category filters get loaders of their own on first use (`productList`), so each list still
 * batches its organizations into one statement.
 */
export function createCatalogLoaders(dataSource: DataSource, actor: Actor | null) {
  const lists = new Map<string, { page: ReturnType<typeof createProductPageLoader>; count: ReturnType<typeof createProductCountLoader> }>();
  const productPage = createProductPageLoader(dataSource, actor);
  const productCount = createProductCountLoader(dataSource, actor);
  lists.set(listKey(DEFAULT_LIST), { page: productPage, count: productCount });
  return {
    productPage,
    productCount,
    productList(kind: ProductListKind) {
      const key = listKey(kind);
      let list = lists.get(key);
      if (!list) {
        list = { page: createProductPageLoader(dataSource, actor, kind), count: createProductCountLoader(dataSource, actor, kind) };
        lists.set(key, list);
      }
      return list;
    },
  };
}
export type CatalogLoaders = ReturnType<typeof createCatalogLoaders>;

const listKey = (kind: ProductListKind) => `${kind.order}|${kind.category ?? ''}`;

export function catalogLoaders(ctx: RequestContext): CatalogLoaders {
  return ctx.loaders.catalog;
}
