import { Field, ObjectType } from 'type-graphql';
import { Money } from '@manager/api-core';
import { ProductCategory } from '@manager/domain';

@ObjectType('NewProductOffer', { description: 'What can be ordered new (a small catalog), priced in the organization’s currency.' })
export class NewProductOfferType {
  @Field(() => ProductCategory)
  category!: ProductCategory;

  @Field()
  name!: string;

  @Field(() => Money)
  publicPrice!: Money;
}
