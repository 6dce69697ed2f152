import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { MembershipRole, PASSWORD_POLICY } from '@manager/domain';
import { Membership } from '../membership.entity';
import { Organization } from '../organization.entity';
import { MAX_GRANTED_PRODUCTS } from '../members/members.inputs';
import { MemberInvitation } from './member-invitation.entity';

@InputType()
export class InviteMemberInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  organizationId!: string;

  /** Checked by the service once trimmed and lower-cased (a pasted address often has spaces). */
  @Field()
  @IsString()
  @MaxLength(320, { message: 'An email address has at most 320 characters.' })
  email!: string;

  @Field(() => MembershipRole, { description: 'ADMIN, USER or EXTERNAL; the legal responsible changes only by transfer.' })
  @IsIn(Object.values(MembershipRole))
  role!: MembershipRole;

  @Field(() => [ID], { nullable: true, description: 'For EXTERNAL: the products they will see (at least one).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_GRANTED_PRODUCTS, { message: `Grant at most ${MAX_GRANTED_PRODUCTS} products.` })
  @IsString({ each: true })
  productIds?: string[] | null;
}

@InputType()
export class CancelMemberInvitationInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  invitationId!: string;
}

@InputType()
export class ResendMemberInvitationInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  invitationId!: string;
}

@InputType()
export class AcceptMemberInvitationInput {
  @Field()
  @IsString()
  @MaxLength(200)
  token!: string;

  @Field(() => String, { nullable: true, description: 'Required when the account does not exist yet.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'A name has at most 200 characters.' })
  displayName?: string | null;

  /** Same policy as signing up, applied by the service once the invited email is known. */
  @Field(() => String, {
    nullable: true,
    description: `Required when the account does not exist yet: at least ${PASSWORD_POLICY.minLength} characters, at most ${PASSWORD_POLICY.maxLength}; not a common or breached password, nor built from the email address or name.`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(PASSWORD_POLICY.maxLength, { message: `A password has at most ${PASSWORD_POLICY.maxLength} characters.` })
  password?: string | null;
}

@InputType()
export class DeclineMemberInvitationInput {
  @Field({ description: 'The token of the invitation link.' })
  @IsString()
  @MaxLength(200)
  token!: string;
}

@ObjectType()
export class InviteMemberPayload {
  @Field(() => MemberInvitation)
  invitation!: MemberInvitation;
}

@ObjectType()
export class MemberInvitationPayload {
  @Field(() => MemberInvitation)
  invitation!: MemberInvitation;
}

@ObjectType()
export class AcceptMemberInvitationPayload {
  @Field(() => Membership)
  membership!: Membership;

  @Field(() => Organization)
  organization!: Organization;
}

@ObjectType({ description: 'What the person holding an invitation link sees before accepting it.' })
export class MemberInvitationPreview {
  @Field()
  organizationName!: string;

  @Field()
  email!: string;

  @Field(() => MembershipRole)
  role!: MembershipRole;

  @Field(() => String, { nullable: true })
  invitedByName!: string | null;

  @Field()
  expiresAt!: Date;

  @Field({ description: 'true: sign in as `email` to accept; false: the account is created on acceptance.' })
  accountExists!: boolean;
}
