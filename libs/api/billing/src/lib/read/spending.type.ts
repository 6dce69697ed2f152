import { Field, Int, ObjectType } from 'type-graphql';
import { Money } from '@manager/api-core';

@ObjectType({ description: 'What an organization paid in one UTC calendar month: its invoices added up, per currency.' })
export class SpendingMonth {
  @Field({ description: '"2026-11".' })
  month!: string;

  @Field(() => Int)
  invoiceCount!: number;

  @Field(() => Money, { description: 'Before VAT.' })
  net!: Money;

  @Field(() => Money)
  vat!: Money;

  @Field(() => Money)
  total!: Money;
}
