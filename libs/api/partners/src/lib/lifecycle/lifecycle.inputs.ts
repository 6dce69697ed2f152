import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsArray, IsDate, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { BillingOwner, PartnershipAccess } from '@manager/domain';
import { Partnership } from '../partnership.entity';

/** More products than anyone grants by hand; bounds the work of one request. */
export const MAX_SCOPE_PRODUCTS = 1000;
export const MAX_REQUEST_MESSAGE = 500;

const ACCESS_VALUES = Object.values(PartnershipAccess);
const BILLING_VALUES = Object.values(BillingOwner);

@InputType()
export class GrantPartnerAccessInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  clientOrganizationId!: string;

  @Field(() => ID, { description: 'A partner listed in the directory.' })
  @IsString()
  @MaxLength(100)
  partnerOrganizationId!: string;

  @Field(() => PartnershipAccess)
  @IsIn(ACCESS_VALUES)
  access!: PartnershipAccess;

  @Field(() => [ID], { nullable: true, description: 'LIMITED: at least one, all of them the client organization’s.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SCOPE_PRODUCTS, { message: `Choose at most ${MAX_SCOPE_PRODUCTS} products.` })
  @IsString({ each: true })
  productIds?: string[] | null;

  @Field(() => BillingOwner, { nullable: true, description: 'COMPLETE: required; LIMITED: leave it out.' })
  @IsOptional()
  @IsIn(BILLING_VALUES)
  billingOwner?: BillingOwner | null;

  @Field(() => Date, { nullable: true, description: 'Optional, in the future: the partnership grants nothing after it.' })
  @IsOptional()
  @IsDate()
  endsAt?: Date | null;
}

@InputType()
export class RequestClientAccessInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  partnerOrganizationId!: string;

  /** Checked by the service once trimmed and lower-cased. */
  @Field()
  @IsString()
  @MaxLength(320, { message: 'An email address has at most 320 characters.' })
  legalResponsibleEmail!: string;

  @Field(() => PartnershipAccess)
  @IsIn(ACCESS_VALUES)
  access!: PartnershipAccess;

  @Field(() => BillingOwner, { nullable: true, description: 'COMPLETE: your proposal (the client may change it); LIMITED: leave it out.' })
  @IsOptional()
  @IsIn(BILLING_VALUES)
  billingOwner?: BillingOwner | null;

  @Field(() => String, { nullable: true, description: `An optional note put in the email, at most ${MAX_REQUEST_MESSAGE} characters.` })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_REQUEST_MESSAGE, { message: `A message has at most ${MAX_REQUEST_MESSAGE} characters.` })
  message?: string | null;
}

@ObjectType({ description: 'Never says whether such a client exists.' })
export class RequestClientAccessPayload {
  @Field()
  requestedEmail!: string;
}

@InputType({ description: 'The client’s legal responsible accepts a partner’s request, possibly changing its scope and billing.' })
export class ReviewPartnerRequestInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  partnershipId!: string;

  @Field(() => PartnershipAccess)
  @IsIn(ACCESS_VALUES)
  access!: PartnershipAccess;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SCOPE_PRODUCTS, { message: `Choose at most ${MAX_SCOPE_PRODUCTS} products.` })
  @IsString({ each: true })
  productIds?: string[] | null;

  @Field(() => BillingOwner, { nullable: true })
  @IsOptional()
  @IsIn(BILLING_VALUES)
  billingOwner?: BillingOwner | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  endsAt?: Date | null;
}

@InputType()
export class PartnershipIdInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  partnershipId!: string;
}

@InputType()
export class UpdatePartnershipScopeInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  partnershipId!: string;

  @Field(() => PartnershipAccess)
  @IsIn(ACCESS_VALUES)
  access!: PartnershipAccess;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SCOPE_PRODUCTS, { message: `Choose at most ${MAX_SCOPE_PRODUCTS} products.` })
  @IsString({ each: true })
  productIds?: string[] | null;

  @Field(() => BillingOwner, { nullable: true })
  @IsOptional()
  @IsIn(BILLING_VALUES)
  billingOwner?: BillingOwner | null;
}

@InputType()
export class SetPartnershipEndDateInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  partnershipId!: string;

  @Field(() => Date, { nullable: true, description: 'In the future; null clears it.' })
  @IsOptional()
  @IsDate()
  endsAt?: Date | null;
}

@InputType()
export class TerminatePartnershipInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  partnershipId!: string;

  @Field({ description: 'The acting user’s password: the second confirmation.' })
  @IsString()
  @MaxLength(1024)
  password!: string;
}

@ObjectType()
export class PartnershipPayload {
  @Field(() => Partnership)
  partnership!: Partnership;
}
