export { Product } from './lib/product.entity';
export { catalogLoaders } from './lib/catalog.loaders';
export { ProductConnection } from './lib/product-connection';
export { catalogModule } from './lib/catalog.module';
