import { Field, InputType, ObjectType } from 'type-graphql';
import { Equals, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { CURRENT_TERMS_VERSION } from '@manager/domain';
import { User } from '@manager/api-identity';
import { Organization } from '../organization.entity';
import { OrganizationDetailsInput, TERMS_NOT_ACCEPTED, TERMS_OUTDATED } from '../details/organization-details.input';

/** At least 10 characters: long enough against guessing, short enough to type (NIST 800-63B allows 8). */
export const MIN_PASSWORD_LENGTH = 10;

@InputType({ description: 'A new person and their first organization, in one step.' })
export class SignUpInput {
  @Field()
  @Matches(/\S/, { message: 'Enter your name.' })
  @MaxLength(200, { message: 'A name has at most 200 characters.' })
  displayName!: string;

  @Field({ description: 'Stored trimmed and lower-cased.' })
  @MaxLength(320, { message: 'An email address has at most 320 characters.' })
  @Matches(/^\s*[^\s@]+@[^\s@]+\.[^\s@]+\s*$/, { message: 'Enter a valid email address, e.g. ada@example.com.' })
  email!: string;

  @Field({ description: `${MIN_PASSWORD_LENGTH} to 1024 characters.` })
  @MinLength(MIN_PASSWORD_LENGTH, { message: `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.` })
  @MaxLength(1024, { message: 'A password has at most 1024 characters.' })
  password!: string;

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

@ObjectType({ description: 'The new person, signed in by the same response (session cookie), and their organization.' })
export class SignUpPayload {
  @Field(() => User)
  user!: User;

  @Field(() => Organization)
  organization!: Organization;
}
