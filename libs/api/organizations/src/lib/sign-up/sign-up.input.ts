import { Field, InputType, ObjectType } from 'type-graphql';
import { Equals, Matches, MaxLength, ValidateNested } from 'class-validator';
import { CURRENT_TERMS_VERSION, type Language, LanguageEnum, PASSWORD_POLICY } from '@manager/domain';
import { User } from '@manager/api-identity';
import { Organization } from '../organization.entity';
import { OrganizationDetailsInput, TERMS_NOT_ACCEPTED, TERMS_OUTDATED } from '../details/organization-details.input';

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

  /** The rest of the password policy (length in code points, common passwords, email and name) runs in the service. */
  @Field({
    description: `At least ${PASSWORD_POLICY.minLength} characters, at most ${PASSWORD_POLICY.maxLength}; not a common or breached password, nor built from the email address or name.`,
  })
  @MaxLength(PASSWORD_POLICY.maxLength, { message: `A password has at most ${PASSWORD_POLICY.maxLength} characters.` })
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

  @Field(() => LanguageEnum, { nullable: true, description: 'The language the person reads the Manager and their emails in; when left out, the one their browser asks for (Accept-Language), else English.' })
  language?: Language | null;
}

@ObjectType({ description: 'The new person, signed in by the same response (session cookie), and their organization.' })
export class SignUpPayload {
  @Field(() => User)
  user!: User;

  @Field(() => Organization)
  organization!: Organization;
}
