import { Field, ID, InputType, ObjectType } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  Equals,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { COUNTRIES, CURRENT_TERMS_VERSION, EntityType } from '@manager/domain';
import { Organization } from '../organization.entity';

const COUNTRY_CODES = COUNTRIES.map((country) => country.code);
const NOT_BLANK = /\S/;
const UNKNOWN_COUNTRY = 'Choose the country from the list (an ISO 3166-1 code such as CH or FR).';

/** Bounds of the details form, shared with the messages below. */
export const DETAILS_LIMITS = { name: 200, recipient: 200, street: 200, postcode: 20, city: 100, addresses: 20 } as const;

@InputType({ description: 'One billing address in the details form; the list replaces the current one.' })
export class BillingAddressInput {
  @Field(() => ID, { nullable: true, description: 'An existing address of this organization; omit for a new one.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'Optional, e.g. "Accounts payable".' })
  @IsOptional()
  @MaxLength(DETAILS_LIMITS.recipient, { message: `A recipient has at most ${DETAILS_LIMITS.recipient} characters.` })
  recipient?: string | null;

  @Field()
  @Matches(NOT_BLANK, { message: 'Enter the street and number.' })
  @MaxLength(DETAILS_LIMITS.street, { message: `A street has at most ${DETAILS_LIMITS.street} characters.` })
  street!: string;

  @Field()
  @Matches(NOT_BLANK, { message: 'Enter the postcode.' })
  @MaxLength(DETAILS_LIMITS.postcode, { message: `A postcode has at most ${DETAILS_LIMITS.postcode} characters.` })
  postcode!: string;

  @Field()
  @Matches(NOT_BLANK, { message: 'Enter the city.' })
  @MaxLength(DETAILS_LIMITS.city, { message: `A city has at most ${DETAILS_LIMITS.city} characters.` })
  city!: string;

  @Field({ description: 'ISO 3166-1 alpha-2.' })
  @IsIn(COUNTRY_CODES, { message: UNKNOWN_COUNTRY })
  country!: string;

  @Field()
  @IsBoolean()
  isDefault!: boolean;
}

@InputType({ description: 'The organization details form: name, entity type, country, VAT number, billing addresses.' })
export class OrganizationDetailsInput {
  @Field(() => EntityType, { description: 'Ignored by updateOrganization: the entity type is fixed at creation.' })
  @IsIn(Object.values(EntityType))
  entityType!: EntityType;

  @Field()
  @Matches(NOT_BLANK, { message: 'Enter the name of the organization.' })
  @MaxLength(DETAILS_LIMITS.name, { message: `A name has at most ${DETAILS_LIMITS.name} characters.` })
  name!: string;

  @Field({ description: 'ISO 3166-1 alpha-2.' })
  @IsIn(COUNTRY_CODES, { message: UNKNOWN_COUNTRY })
  country!: string;

  @Field(() => String, { nullable: true, description: 'EU VAT number, companies in the EU only; empty or null for none.' })
  @IsOptional()
  @MaxLength(40, { message: 'A VAT number has at most 40 characters.' })
  vatNumber?: string | null;

  @Field(() => [BillingAddressInput], { description: 'At least one; exactly one isDefault.' })
  @ArrayMinSize(1, { message: 'Add a billing address.' })
  @ArrayMaxSize(DETAILS_LIMITS.addresses, { message: `An organization has at most ${DETAILS_LIMITS.addresses} billing addresses.` })
  @ValidateNested({ each: true })
  billingAddresses!: BillingAddressInput[];
}

/** The terms checkbox every form that creates or edits an organization carries. */
export const TERMS_NOT_ACCEPTED = 'Read and accept the general terms of use to continue.';
export const TERMS_OUTDATED =
  'The general terms of use have changed since this page was opened: read and accept the current version.';

@InputType()
export class CreateOrganizationInput {
  @Field(() => OrganizationDetailsInput)
  @ValidateNested()
  organization!: OrganizationDetailsInput;

  @Field({ description: 'Must be true.' })
  @Equals(true, { message: TERMS_NOT_ACCEPTED })
  acceptTerms!: boolean;

  @Field({ description: 'Must equal termsOfUse.version.' })
  @Equals(CURRENT_TERMS_VERSION, { message: TERMS_OUTDATED })
  termsVersion!: string;
}

@ObjectType()
export class CreateOrganizationPayload {
  @Field(() => Organization)
  organization!: Organization;
}

@InputType()
export class UpdateOrganizationInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  organizationId!: string;

  @Field(() => OrganizationDetailsInput, { description: 'The whole details form: name, country, VAT number, addresses.' })
  @ValidateNested()
  organization!: OrganizationDetailsInput;

  @Field({ description: 'Must be true: saving the details accepts the terms again.' })
  @Equals(true, { message: TERMS_NOT_ACCEPTED })
  acceptTerms!: boolean;

  @Field({ description: 'Must equal termsOfUse.version.' })
  @Equals(CURRENT_TERMS_VERSION, { message: TERMS_OUTDATED })
  termsVersion!: string;
}

@ObjectType()
export class UpdateOrganizationPayload {
  @Field(() => Organization)
  organization!: Organization;
}
