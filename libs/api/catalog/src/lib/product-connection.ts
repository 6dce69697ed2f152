import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@manager/api-core';
import { Product } from './product.entity';
import type { ProductListKind } from './products-by-organization.loader';

@ObjectType()
export class ProductConnection extends ConnectionType(Product, 'Product') {
  /** The organization whose products these are: lets `totalCount` batch per organization. */
  organizationId!: string;
  /** The list's order and filter, so `totalCount` counts what pages; absent: every product. */
  kind?: ProductListKind;
}
