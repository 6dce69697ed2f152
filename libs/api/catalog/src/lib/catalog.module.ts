import { defineContext } from '@manager/api-core';
import { createCatalogLoaders, type CatalogLoaders } from './catalog.loaders';
import { CreateCatalog1764170002000 } from './migrations/1764170002000-CreateCatalog';
import { MembershipProductGrant } from './membership-product-grant.entity';
import { Product } from './product.entity';
import { OrganizationProductsResolver, ProductConnectionResolver } from './product.resolver';

declare module '@manager/api-core' {
  interface Loaders {
    catalog: CatalogLoaders;
  }
}

/** Products and the grants of products to EXTERNAL members. */
export const catalogModule = defineContext({
  name: 'catalog',
  resolvers: [OrganizationProductsResolver, ProductConnectionResolver],
  entities: [Product, MembershipProductGrant],
  migrations: [CreateCatalog1764170002000],
  loaders: createCatalogLoaders,
});
