import { Field, InputType, ObjectType } from 'type-graphql';
import { MaxLength, MinLength } from 'class-validator';
import { PASSWORD_POLICY } from '@manager/domain';
import { User } from '../user.entity';

const POLICY_DESCRIPTION =
  `At least ${PASSWORD_POLICY.minLength} characters, at most ${PASSWORD_POLICY.maxLength}; ` +
  'not a common or breached password, nor built from the email address or name.';
const TOO_LONG = `A password has at most ${PASSWORD_POLICY.maxLength} characters.`;

@InputType()
export class RequestPasswordResetInput {
  @Field({ description: 'The address of the account. Whether it has one is never told.' })
  @MaxLength(320, { message: 'An email address has at most 320 characters.' })
  email!: string;
}

@ObjectType()
export class RequestPasswordResetPayload {
  @Field({ description: 'Always true: the same answer whether or not the address has an account.' })
  success!: boolean;
}

@ObjectType({ description: 'What a reset link is for, shown before the person chooses the new password.' })
export class PasswordResetLink {
  @Field({ description: 'The account whose password the link sets.' })
  email!: string;

  @Field()
  expiresAt!: Date;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'From the emailed link (its fragment).' })
  @MaxLength(200, { message: 'This link is not valid.' })
  token!: string;

  @Field({ description: POLICY_DESCRIPTION })
  @MaxLength(PASSWORD_POLICY.maxLength, { message: TOO_LONG })
  newPassword!: string;
}

@ObjectType({ description: 'The person, signed in by the same response (session cookie); every other session has ended.' })
export class ResetPasswordPayload {
  @Field(() => User)
  user!: User;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @MinLength(1, { message: 'Enter your current password.' })
  @MaxLength(PASSWORD_POLICY.maxLength, { message: TOO_LONG })
  currentPassword!: string;

  @Field({ description: POLICY_DESCRIPTION })
  @MaxLength(PASSWORD_POLICY.maxLength, { message: TOO_LONG })
  newPassword!: string;
}

@ObjectType({ description: 'The person; this session stays signed in, every other one has ended.' })
export class ChangePasswordPayload {
  @Field(() => User)
  user!: User;
}
