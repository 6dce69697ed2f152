import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { LocalDateScalar, Money } from '@manager/api-core';
import { BillingOwner } from '@manager/domain';

@InputType({ description: 'The client’s legal responsible chooses who pays under a COMPLETE, ACTIVE partnership.' })
export class ChangeBillingOwnerInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  partnershipId!: string;

  @Field(() => BillingOwner)
  @IsIn(Object.values(BillingOwner))
  billingOwner!: BillingOwner;
}

@ObjectType({ description: 'What a change of billing owner would change, in plain sentences, before confirming it.' })
export class BillingOwnerChangePreview {
  @Field(() => BillingOwner)
  from!: BillingOwner;

  @Field(() => BillingOwner)
  to!: BillingOwner;

  @Field(() => [String])
  summary!: string[];
}

@ObjectType({ description: 'A product whose renewals the client pays once the partner no longer does.' })
export class RenewalHandover {
  @Field(() => ID)
  productId!: string;

  @Field()
  productName!: string;

  @Field(() => LocalDateScalar)
  renewalDate!: string;

  @Field(() => Money)
  publicPrice!: Money;
}

@ObjectType({ description: 'What ending a partnership changes in billing, shown before confirming it.' })
export class TerminationImpact {
  @Field(() => BillingOwner, { nullable: true })
  billingOwner!: BillingOwner | null;

  @Field(() => [RenewalHandover])
  renewalsFallingToClient!: RenewalHandover[];

  @Field(() => [String])
  summary!: string[];
}
