import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { BillingOwner, PartnershipAccess } from '@manager/domain';

@InputType({ description: 'One of them: the token of the email link, or the id from the partner’s list of pending invitations.' })
export class RespondToPartnershipInvitationInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  token?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  partnershipId?: string | null;
}

@ObjectType({ description: 'What a partnership invitation link offers, before the partner answers.' })
export class PartnershipInvitationPreview {
  @Field(() => ID)
  partnershipId!: string;

  @Field()
  clientName!: string;

  @Field()
  partnerName!: string;

  @Field(() => PartnershipAccess)
  access!: PartnershipAccess;

  @Field(() => BillingOwner, { nullable: true })
  billingOwner!: BillingOwner | null;

  @Field(() => [String])
  productNames!: string[];

  @Field()
  expiresAt!: Date;
}
