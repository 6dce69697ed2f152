import { Field, Float, ObjectType } from 'type-graphql';

/** A partner's own profile, read by its members (rates included); see partner-listing.type.ts for what others see. */
@ObjectType({ description: "The organization's partner profile: its own members only." })
export class PartnerProfile {
  @Field()
  publicName!: string;

  @Field()
  contactEmail!: string;

  @Field(() => String, { nullable: true })
  country!: string | null;

  @Field()
  description!: string;

  @Field({ description: 'Whether the partner directory finds it.' })
  listed!: boolean;

  @Field(() => Float, { description: '0.15 = 15 %, set by the operator.' })
  resellerDiscountRate!: number;

  @Field(() => Float, { description: '0.15 = 15 %, set by the operator.' })
  commissionRate!: number;
}
