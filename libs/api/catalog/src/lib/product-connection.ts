import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@manager/api-core';
import { Product } from './product.entity';

@ObjectType()
export class ProductConnection extends ConnectionType(Product, 'Product') {
  /** The organization whose products these are: lets `totalCount` batch per organization. */
  organizationId!: string;
}
