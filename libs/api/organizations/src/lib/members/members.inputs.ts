import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsArray, IsIn, IsString, MaxLength } from 'class-validator';
import { MembershipRole } from '@manager/domain';
import { Membership } from '../membership.entity';

/** More than any organization grants one person; keeps a request's work bounded. */
export const MAX_GRANTED_PRODUCTS = 500;

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  membershipId!: string;

  @Field(() => MembershipRole, { description: 'Not LEGAL_RESPONSIBLE: hand that role over with transferLegalResponsibility.' })
  @IsIn(Object.values(MembershipRole))
  role!: MembershipRole;
}

@InputType()
export class RemoveMemberInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  membershipId!: string;
}

@InputType()
export class TransferLegalResponsibilityInput {
  @Field(() => ID, { description: 'The new legal responsible; the previous one becomes ADMIN.' })
  @IsString()
  @MaxLength(100)
  membershipId!: string;
}

@InputType()
export class SetExternalProductsInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  membershipId!: string;

  @Field(() => [ID], { description: "At least one of the organization's products." })
  @IsArray()
  @ArrayMaxSize(MAX_GRANTED_PRODUCTS, { message: `Grant at most ${MAX_GRANTED_PRODUCTS} products.` })
  @IsString({ each: true })
  productIds!: string[];
}

@ObjectType()
export class MembershipPayload {
  @Field(() => Membership)
  membership!: Membership;
}

@ObjectType()
export class RemoveMemberPayload {
  @Field(() => ID)
  removedMembershipId!: string;
}

@ObjectType()
export class TransferLegalResponsibilityPayload {
  @Field(() => Membership, { description: 'The previous legal responsible, now ADMIN.' })
  previous!: Membership;

  @Field(() => Membership)
  current!: Membership;
}
