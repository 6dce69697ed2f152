export { Product } from './lib/product.entity';
export { MembershipProductGrant } from './lib/membership-product-grant.entity';
export { catalogLoaders } from './lib/catalog.loaders';
export { ProductConnection } from './lib/product-connection';
export { catalogModule } from './lib/catalog.module';
