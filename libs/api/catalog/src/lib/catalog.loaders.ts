import type { DataSource } from 'typeorm';
import type { Actor, RequestContext } from '@manager/api-core';
import { createProductCountLoader, createProductPageLoader } from './products-by-organization.loader';

export function createCatalogLoaders(dataSource: DataSource, actor: Actor | null) {
  return {
    productPage: createProductPageLoader(dataSource, actor),
    productCount: createProductCountLoader(dataSource, actor),
  };
}
export type CatalogLoaders = ReturnType<typeof createCatalogLoaders>;

export function catalogLoaders(ctx: RequestContext): CatalogLoaders {
  return ctx.loaders.catalog;
}
