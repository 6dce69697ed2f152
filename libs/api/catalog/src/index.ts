import { CreateCatalog1764170002000 } from './lib/migrations/1764170002000-CreateCatalog';
import { MembershipProductGrant } from './lib/membership-product-grant.entity';
import { Product } from './lib/product.entity';
import { OrganizationProductsResolver, ProductConnectionResolver } from './lib/product.resolver';

export { Product } from './lib/product.entity';
export { MembershipProductGrant } from './lib/membership-product-grant.entity';
export { catalogLoaders, createCatalogLoaders } from './lib/catalog.loaders';
export { ProductConnection } from './lib/product-connection';

export const catalogEntities = [Product, MembershipProductGrant];
export const catalogMigrations = [CreateCatalog1764170002000];
export const catalogResolvers = [OrganizationProductsResolver, ProductConnectionResolver] as const;
