import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Currency } from '@manager/domain';

registerEnumType(Currency, { name: 'Currency' });

@ObjectType({ description: 'An amount of money in integer minor units (cents, centimes).' })
export class Money {
  @Field(() => Int)
  amountMinor!: number;

  @Field(() => Currency)
  currency!: Currency;
}
