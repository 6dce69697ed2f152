export { Product, productPropertiesRead, type ProductProperty } from './lib/product.entity';
export { catalogLoaders } from './lib/catalog.loaders';
export { ProductConnection } from './lib/product-connection';
export { carriedProductPage } from './lib/products-by-organization.loader';
export { createOrderedProduct, lockProductToRenew, renewProduct, type NewProduct, type ProductToRenew } from './lib/ordered-products';
/** Product reads for other contexts' services (scope checks, emails, billing previews). */
export { ownedProductIds, productCategoriesOf, productNames, productsByRenewal, type RenewingProduct } from './lib/queries/product-queries';
export { catalogModule } from './lib/catalog.module';
