import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType } from '@manager/api-core';

/** A listed partner as the directory shows it: its public profile, never its rates. */
@ObjectType({ description: 'A listed partner in the directory: public profile only.' })
export class PartnerListing {
  @Field(() => ID)
  organizationId!: string;

  @Field()
  publicName!: string;

  @Field()
  contactEmail!: string;

  @Field(() => String, { nullable: true })
  country!: string | null;

  @Field()
  description!: string;
}

@ObjectType()
export class PartnerListingConnection extends ConnectionType(PartnerListing, 'PartnerListing') {
  /** The LIKE pattern searched: lets `totalCount` count the same rows. */
  pattern!: string;
}
