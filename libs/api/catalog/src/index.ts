export { Product } from './lib/product.entity';
export { catalogLoaders } from './lib/catalog.loaders';
export { ProductConnection } from './lib/product-connection';
export { createOrderedProduct, lockProductToRenew, renewProduct, type NewProduct, type ProductToRenew } from './lib/ordered-products';
export { catalogModule } from './lib/catalog.module';
