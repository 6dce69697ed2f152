import { Field, InputType, ObjectType } from 'type-graphql';
import { IsIn, MaxLength, MinLength } from 'class-validator';
import { ThemePreference } from '@manager/domain';
import { PendingSecondFactor } from './second-factor/second-factor.types';
import { User } from './user.entity';

@InputType()
export class LoginInput {
  @Field()
  @MinLength(1, { message: 'Enter your email address.' })
  @MaxLength(320, { message: 'An email address has at most 320 characters.' })
  email!: string;

  /** Bounded so that nobody makes the server hash megabytes. */
  @Field()
  @MinLength(1, { message: 'Enter your password.' })
  @MaxLength(1024, { message: 'A password has at most 1024 characters.' })
  password!: string;
}

@ObjectType()
export class LoginPayload {
  @Field(() => User, { nullable: true, description: 'Null while a second factor is pending (see secondFactor).' })
  user!: User | null;

  @Field(() => PendingSecondFactor, { nullable: true, description: 'Set when the account has a second factor: no session yet.' })
  secondFactor!: PendingSecondFactor | null;
}

@ObjectType()
export class LogoutPayload {
  @Field()
  success!: boolean;
}

@InputType()
export class UpdateThemePreferenceInput {
  @Field(() => ThemePreference)
  @IsIn(Object.values(ThemePreference))
  themePreference!: ThemePreference;
}

@ObjectType()
export class UpdateThemePreferencePayload {
  @Field(() => User)
  user!: User;
}
