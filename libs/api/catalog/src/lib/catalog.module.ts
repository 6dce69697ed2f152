import { defineContext } from '@manager/api-core';
import { answerProductsOfOrganization } from '@manager/api-organizations';
import { createCatalogLoaders, type CatalogLoaders } from './catalog.loaders';
import { CreateCatalog1764170002000 } from './migrations/1764170002000-CreateCatalog';
import { Product } from './product.entity';
import { OrganizationProductsResolver, ProductConnectionResolver } from './product.resolver';
import { productsOfOrganization } from './products-of-organization';

declare module '@manager/api-core' {
  interface Loaders {
    catalog: CatalogLoaders;
  }
}

// Organizations grants products to EXTERNAL members but sits below catalog: catalog answers its
// question about products when it registers (see organizations' organization-products.ts).
answerProductsOfOrganization(productsOfOrganization);

/** Products (the grants of products to EXTERNAL members are organizations'). */
export const catalogModule = defineContext({
  name: 'catalog',
  resolvers: [OrganizationProductsResolver, ProductConnectionResolver],
  entities: [Product],
  migrations: [CreateCatalog1764170002000],
  loaders: createCatalogLoaders,
});
